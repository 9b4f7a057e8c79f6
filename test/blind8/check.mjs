#!/usr/bin/env node
// Sanity checker for blind set 8 (node builtins only); the checks are in test/support/check-gold.mjs.
//
//   node test/blind8/check.mjs            check every article, print a summary
//   node test/blind8/check.mjs --verbose  also list the quoted spans deliberately left unannotated
//                                         (distractors: titles, names, slogans, scare quotes)
//
// Every quoted span that is not annotated must be listed in DISTRACTORS. Exit code 1 if anything is wrong.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../support/check-gold.mjs';

// Quoted spans deliberately left unannotated (titles, names of schemes/programmes/petitions,
// nicknames, mottos, hashtags, scare quotes, terms), per article, as the rough span finder returns them.
const DISTRACTORS = {
  'de/aargauerzeitung-mettlenbach-letzter-hausarzt': ["Schweizerischen Ärztezeitung", "Gesundheitszentrum Dorfplatz"],
  'de/kleinezeitung-oberpichling-kapellmeister-abschied': ["Adieu, Kapellmeister", "ausgezeichneten Erfolg", "Oberpichlinger Schützenmarsch"],
  'de/tagesspiegel-pankow-kleingaerten-grundschule': ["Am Feldrain", "Kinder und Gärten – kein Entweder-oder", "Modularen Ergänzungsbauten"],
  'en/globeandmail-wapiti-crossing-er-closures': ["Emergency closed – call 911,", "temporary service disruption.", "Keep the Lights On,"],
  'en/independent-ie-drumcashel-school-prefabs': ["Out of the Boxes"],
  'en/theage-dixons-creek-winery-forklift-death': ["Eyes Up"],
  'fr/ledauphine-villard-ravier-lave-torrentielle': ["plage de dépôt", "Relevons le Chenevey", "catastrophe naturelle"],
  'fr/lenouvelliste-hc-bas-valais-promotion': ["Ours", "Trente ans qu’on attend ça"],
  'fr/lesechos-verrier-haudecoeur-vidrofina': ["Goutte d’Argonne", "la Vieille", "Echos"],
};

checkSet({
  root: dirname(fileURLToPath(import.meta.url)),
  about: 'remark-factbox blind set 8, written for the project (MIT)',
  distractors: DISTRACTORS,
  verbose: process.argv.includes('--verbose'),
});
