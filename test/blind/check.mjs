#!/usr/bin/env node
// Sanity checker for the blind set (node builtins only); the checks are in test/support/check-gold.mjs.
//
//   node test/blind/check.mjs            check every article, print a summary
//   node test/blind/check.mjs --verbose  also list the quoted spans deliberately left unannotated
//                                        (distractors: titles, names, slogans, scare quotes)
//
// Every quoted span that is not annotated must be listed in DISTRACTORS. Exit code 1 if anything is wrong.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../support/check-gold.mjs';

// Quoted spans deliberately left unannotated (titles, names of schemes/campaigns/brands,
// nicknames, scare quotes, terms), per article, as the rough span finder below returns them.
const DISTRACTORS = {
  'de/dpa-saalbahn-felssturz': ["Steinschlagnetze", "Starke Schiene Thüringen", "Ostthüringer Zeitung"],
  'de/nzz-velokurier-freispruch': ["Begegnungszonen", "Velovorzugsrouten"],
  'de/spiegel-wolf-egestorf': ["Weidetiere schützen", "Problemwolf"],
  'de/standard-gemeindebau-waermepumpe': ["Raus aus Gas", "Warm bleiben im Ederer-Hof"],
  'en/ap-havre-grain-elevator': ["the Old Lady,"],
  'en/guardian-seaside-lidos': ["Cold Water, Warm Hearts", "Keep Marram Warm", "lido revival"],
  'en/nyt-portugal-goats-firebreaks': ["Rebanho Vivo,"],
  'en/reuters-fjordlaks-expansion-freeze': ["Arctic Prime", "traffic light"],
  'fr/afp-marmande-crue-garonne': ["Alerte crue"],
  'fr/figaro-gironde-renovation-escroquerie': ["MaPrimeRénov’", "l’arnaque à l’isolation à un euro"],
  'fr/lalibre-ixelles-chaussee-pietonne': ["Chaussée pour tous", "piétonnier bis"],
  'fr/lemonde-lille-lettres-classiques': ["Sauvons les humanités à Lille", "petites disciplines"],
};

checkSet({
  root: dirname(fileURLToPath(import.meta.url)),
  about: 'remark-factbox blind set, written for the project (MIT)',
  distractors: DISTRACTORS,
  verbose: process.argv.includes('--verbose'),
});
