#!/usr/bin/env node
// Sanity checker for blind set 7 (node builtins only); the checks are in test/support/check-gold.mjs.
//
//   node test/blind7/check.mjs            check every article, print a summary
//   node test/blind7/check.mjs --verbose  also list the quoted spans deliberately left unannotated
//                                         (distractors: titles, names, slogans, scare quotes)
//
// Every quoted span that is not annotated must be listed in DISTRACTORS. Exit code 1 if anything is wrong.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../support/check-gold.mjs';

// Quoted spans deliberately left unannotated (titles, names of schemes/programmes/petitions,
// nicknames, mottos, hashtags, scare quotes, terms), per article, as the rough span finder returns them.
const DISTRACTORS = {
  'de/diepresse-oberkienbach-schlepplift': ["Presse", "Tageskarte 24 Euro", "Kienberger Flutlichtrennen", "Unser Berg, unser Lift", "Sommerberg"],
  'de/luzernerzeitung-rotbachtaler-schwinget': ["Bäru vom Rotbach", "Zäme stark"],
  'de/spektrum-hitze-klassenzimmer-studie': ["Lernumwelten", "Hitzefrei", "Mathe vor zehn"],
  'en/dailymail-somerset-balloon-crash-landing': [],
  'en/seattletimes-everett-outfitter-sale': ["Made in Everett", "Sew it once, sew it right,", "heritage"],
  'en/stuff-fernleigh-bay-freedom-camping': ["Keep Fernleigh Free", "Dunroamin"],
  'fr/lavoixdunord-hautbecque-geant-jehan': ["Rendez-lui ses jambes", "danse", "Géants de Flandre, une histoire d’osier"],
  'fr/ledevoir-bellechasse-deneigement-fraude': ["déneigement sur papier", "Les passages de la gratte"],
  'fr/letelegramme-abers-bigorneau-perceur': ["Cahiers de l’estran", "les grains de riz", "Qui mange nos huîtres\u202f?"],
};

checkSet({
  root: dirname(fileURLToPath(import.meta.url)),
  about: 'remark-factbox blind set 7, written for the project (MIT)',
  distractors: DISTRACTORS,
  verbose: process.argv.includes('--verbose'),
});
