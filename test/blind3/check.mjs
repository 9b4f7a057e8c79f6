#!/usr/bin/env node
// Sanity checker for blind set 3 (node builtins only); the checks are in test/support/check-gold.mjs.
//
//   node test/blind3/check.mjs            check every article, print a summary
//   node test/blind3/check.mjs --verbose  also list the quoted spans deliberately left unannotated
//                                         (distractors: titles, names, slogans, scare quotes)
//
// Every quoted span that is not annotated must be listed in DISTRACTORS. Exit code 1 if anything is wrong.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../support/check-gold.mjs';

// Quoted spans deliberately left unannotated (titles, names of schemes/programmes/petitions,
// nicknames, mottos, hashtags, scare quotes, terms), per article, as the rough span finder returns them.
const DISTRACTORS = {
  'de/handelsblatt-hagedorn-stellenabbau': ["Neckarsulm bleibt Hagedorn"],
  'de/orf-hagel-oststeiermark': ["Superzelle"],
  'de/zeit-seiteneinsteiger-stendal': ["Lehrkraft plus"],
  'en/cnn-georgia-data-center-bill': ["Server Alley."],
  'en/irishtimes-cavan-milk-collection': ["Upland Route Review"],
  'en/reuters-tern-point-lng-strike': ["Hot Shift"],
  'fr/20minutes-lille-rats-moulins': ["Moulins sans rats"],
  'fr/liberation-sete-centre-d-art': ["Marée basse, mémoire haute", "purge"],
  'fr/rfi-saint-louis-pecheurs-chalutier': ["#JusticePourGuetNdar"],
};

checkSet({
  root: dirname(fileURLToPath(import.meta.url)),
  about: 'remark-factbox blind set 3, written for the project (MIT)',
  distractors: DISTRACTORS,
  verbose: process.argv.includes('--verbose'),
});
