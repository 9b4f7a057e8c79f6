#!/usr/bin/env node
// Sanity checker for the held-out set (node builtins only); the checks are in test/support/check-gold.mjs.
//
//   node test/heldout/check.mjs            check every article, print a summary
//   node test/heldout/check.mjs --verbose  also list quoted spans left unannotated
//                                          (distractors: titles, names, slogans, scare quotes)
//
// Exit code 1 if anything is wrong.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../support/check-gold.mjs';

checkSet({
  root: dirname(fileURLToPath(import.meta.url)),
  about: 'remark-factbox held-out set, written for the project (MIT)',
  verbose: process.argv.includes('--verbose'),
});
