#!/usr/bin/env node
// Sanity checker for blind set 2 (node builtins only); the checks are in test/support/check-gold.mjs.
//
//   node test/blind2/check.mjs            check every article, print a summary
//   node test/blind2/check.mjs --verbose  also list the quoted spans deliberately left unannotated
//                                         (distractors: titles, names, slogans, scare quotes)
//
// Every quoted span that is not annotated must be listed in DISTRACTORS. Exit code 1 if anything is wrong.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../support/check-gold.mjs';

// Quoted spans deliberately left unannotated (titles, names of schemes/campaigns/operations,
// nicknames, banners, scare quotes, terms), per article, as the rough span finder returns them.
const DISTRACTORS = {
  'de/sz-kino-maxvorstadt': ["Die Stunde der Reiher", "Rettet die Isar-Lichtspiele"],
  'de/tagesanzeiger-notfall-triemli': ["Wartezeiten auf den städtischen Notfallstationen", "Permanence Triemli"],
  'de/taz-kiezblock-schillerkiez': ["Schillerkiez bleibt ruhig"],
  'en/ap-twin-cities-marathon-heat': ["red", "the most beautiful urban marathon in America."],
  'en/bbc-north-wales-bus-franchising': ["Bws i Bawb"],
  'en/times-southwark-ghost-tenants': ["Operation Keystone", "ghost tenants"],
  'fr/leparisien-bobigny-incendie': ["la Tour bleue"],
  'fr/letemps-vallee-de-joux-sous-traitant': ["Cap Vallée"],
  'fr/ouestfrance-coupe-de-france-trieux': ["Trieux jusqu’au bout", "petit Poucet"],
};

checkSet({
  root: dirname(fileURLToPath(import.meta.url)),
  about: 'remark-factbox blind set 2, written for the project (MIT)',
  distractors: DISTRACTORS,
  verbose: process.argv.includes('--verbose'),
});
