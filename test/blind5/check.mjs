#!/usr/bin/env node
// Sanity checker for blind set 5 (node builtins only); the checks are in test/support/check-gold.mjs.
//
//   node test/blind5/check.mjs            check every article, print a summary
//   node test/blind5/check.mjs --verbose  also list the quoted spans deliberately left unannotated
//                                         (distractors: titles, names, slogans, scare quotes)
//
// Every quoted span that is not annotated must be listed in DISTRACTORS. Exit code 1 if anything is wrong.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../support/check-gold.mjs';

// Quoted spans deliberately left unannotated (titles, names of schemes/programmes/petitions,
// nicknames, mottos, hashtags, scare quotes, terms), per article, as the rough span finder returns them.
const DISTRACTORS = {
  'de/blick-wolf-alp-plaun': ["Schadwolf", "Herdenschutz 2030"],
  'de/derstandard-schanigaerten-neubau': ["Schanigarten-Novelle", "Zum Grünen Krug", "Neubau bleibt offen"],
  'de/kicker-emscherbruch-derby': ["Risikospiel", "Kanalufer bleibt rot-weiß"],
  'de/stern-letzte-hebamme-haff': ["Hebammenlücke", "Gute Geburt MV", "Nachts auf der B109"],
  'en/cbc-curling-club-bookkeeper-fraud': ["Misc. ice maintenance.", "Back on the Ice,"],
  'en/npr-farmworker-heat-kidney': ["la enfermedad de la caña.", "Cool Crews"],
  'en/smh-npl-women-grand-final': ["Salt Water Girls,", "the Breakwater,", "Our Tide, Our Time"],
  'en/toi-bengaluru-lake-drain': ["green corridor", "Namma Kere, Namma Jawabdari"],
  'fr/lacroix-creuse-gardiens-eglises': ["gardiens d’église", "Veiller sur la maison commune"],
  'fr/lequipe-classique-ardennes-le-quere': ["Ardennes, terre de vélo", "le Petit Phare"],
  'fr/lesoir-ligne-37-tec': ["bus à la demande", "Rendez-nous la 37"],
  'fr/radiocanada-traversier-isle-aux-coudres': ["Grande-Anse", "Pris sur le quai", "Traverser l’avenir"],
};

checkSet({
  root: dirname(fileURLToPath(import.meta.url)),
  about: 'remark-factbox blind set 5, written for the project (MIT)',
  distractors: DISTRACTORS,
  verbose: process.argv.includes('--verbose'),
});
