#!/usr/bin/env node
// Sanity checker for blind set 4 (node builtins only); the checks are in test/support/check-gold.mjs.
//
//   node test/blind4/check.mjs            check every article, print a summary
//   node test/blind4/check.mjs --verbose  also list the quoted spans deliberately left unannotated
//                                         (distractors: titles, names, slogans, scare quotes)
//
// Every quoted span that is not annotated must be listed in DISTRACTORS. Exit code 1 if anything is wrong.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../support/check-gold.mjs';

// Quoted spans deliberately left unannotated (titles, names of schemes/programmes/petitions,
// nicknames, mottos, hashtags, scare quotes, terms), per article, as the rough span finder returns them.
const DISTRACTORS = {
  'de/dpa-talbruecke-seltenbach-gesperrt': ["nicht ausreichend", "Brücken schneller bauen"],
  'de/nd-spargelhof-erntehelfer-lohn': ["kurzfristig Beschäftigte", "Beelitzer Königsstangen", "Saisonarbeitsschutzgesetz"],
  'de/nzz-hallenbad-binzmuehle': ["Bäderstrategie 2035", "Kein Quartier ohne Bad"],
  'de/spiegel-roemisches-wrack-xanten': ["die Lisbeth", "Schätze unter Wasser"],
  'en/ap-kansas-town-grocery-coop': ["Operation Bread and Milk.", "Prairie Gold,"],
  'en/bbc-coll-island-gp': ["Island Heron", "Keep Coll's Doctor"],
  'en/bloomberg-brandt-vogel-cocoa-plant': ["combined ratio,", "Noorderlicht,"],
  'en/guardian-east-pennine-orchestra': ["bridge grant", "Strings in the Valley", "Forty Winters in the Colne Valley"],
  'fr/afp-drome-vols-de-ruches': ["Essaim", "registre national des ruches volées"],
  'fr/lefigaro-cycles-dauvergne-redressement': ["après-Covid", "Randonneur E8"],
  'fr/lemonde-cantal-carte-scolaire': ["Pas d’école, pas de village", "territoires éducatifs ruraux", "Touche pas à ma classe"],
  'fr/sudouest-rugby-haut-medoc-federale': ["les Sangliers", "poule de la mort", "Se canto"],
};

checkSet({
  root: dirname(fileURLToPath(import.meta.url)),
  about: 'remark-factbox blind set 4, written for the project (MIT)',
  distractors: DISTRACTORS,
  verbose: process.argv.includes('--verbose'),
});
