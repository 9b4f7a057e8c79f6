#!/usr/bin/env node
// Sanity checker for blind set 6 (node builtins only); the checks are in test/support/check-gold.mjs.
//
//   node test/blind6/check.mjs            check every article, print a summary
//   node test/blind6/check.mjs --verbose  also list the quoted spans deliberately left unannotated
//                                         (distractors: titles, names, slogans, scare quotes)
//
// Every quoted span that is not annotated must be listed in DISTRACTORS. Exit code 1 if anything is wrong.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../support/check-gold.mjs';

// Quoted spans deliberately left unannotated (titles, names of schemes/programmes/petitions,
// nicknames, mottos, hashtags, scare quotes, terms), per article, as the rough span finder returns them.
const DISTRACTORS = {
  'de/brandeins-seiffen-drechslerei-nachfolge': ["Kleiner Steiger", "drechselbube", "Handwerk mit Herz"],
  'de/srf-seeforelle-chaelbach-fischpass': ["Lebendige Urner Bäche", "Restwasserstrecke"],
  'de/welt-landgericht-hamburg-fake-shop': ["Velonova24", "Finanzagenten", "Kettenblatt"],
  'en/abc-wheatbelt-cricket-club-recess': ["the Bible", "Country Cricket Connect"],
  'en/rte-lough-derg-swim-inquest': ["Lough Derg Long Swim"],
  'en/wapo-hyattsville-backyard-cottages': ["Backyard Homes Hyattsville,", "gentle density,", "Save Our Yards"],
  'fr/24heures-vevey-theatre-quai-neuf': ["culture de proximité", "Les Riverains", "Un fauteuil pour le Quai"],
  'fr/franceinfo-thiers-coutellerie-liquidation': ["Thiers coupe, Paris tranche", "Fayolette"],
  'fr/midilibre-gorges-de-la-vis-a-sec': ["crise", "Vis ta rivière", "La Truite de la Vis"],
};

checkSet({
  root: dirname(fileURLToPath(import.meta.url)),
  about: 'remark-factbox blind set 6, written for the project (MIT)',
  distractors: DISTRACTORS,
  verbose: process.argv.includes('--verbose'),
});
