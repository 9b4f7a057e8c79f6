/**
 * The project's own annotated sets (MIT), one table: each folder's quotation F1 and speaker accuracy against its
 * bars. Every set was written by another hand than the rules (see each README):
 * - corpus: house-style articles; its bars are the ones issue 4 set for the Wikinews dev set;
 * - heldout, blind: scored first before any rule was touched for them; the bars guard what later general fixes
 *   reached;
 * - blind2 … blind8: each written after the fixes for the sets before it, without reading the rules, their tests
 *   or the other sets, and scored once, blind. The bars sit a margin under that first run (blind2: under what
 *   later fixes reached), so that a later change that loses ground there shows.
 * These are fictional articles: they test rules, they do not measure the product (the real news sets in
 * ../shared/eval do, see devsets.test.ts).
 */
import {fileURLToPath} from 'node:url'
import {describeScores} from './support/score.js'

const folder = (name: string): string => fileURLToPath(new URL(name, import.meta.url))

/** Set, language folder, quotation F1 bar, speaker accuracy bar. */
const bars: ReadonlyArray<readonly [string, string, number, number]> = [
  ['corpus', 'en', 0.95, 0.93],
  ['corpus', 'fr', 0.95, 0.93],
  ['corpus', 'de-styles', 0.95, 0.93],
  ['heldout', 'en', 0.95, 0.88],
  ['heldout', 'fr', 0.88, 0.75],
  ['heldout', 'de', 0.93, 0.83],
  ['blind', 'en', 0.92, 0.87],
  ['blind', 'fr', 0.95, 0.85],
  ['blind', 'de', 0.95, 0.95],
  ['blind2', 'en', 0.9, 0.8],
  ['blind2', 'fr', 0.97, 0.73],
  ['blind2', 'de', 0.96, 0.85],
  ['blind3', 'en', 0.87, 0.7],
  ['blind3', 'fr', 0.88, 0.69],
  ['blind3', 'de', 0.95, 0.64],
  ['blind4', 'en', 0.9, 0.82],
  ['blind4', 'fr', 0.91, 0.8],
  ['blind4', 'de', 0.95, 0.72],
  ['blind5', 'en', 0.91, 0.73],
  ['blind5', 'fr', 0.93, 0.58],
  ['blind5', 'de', 0.92, 0.6],
  ['blind6', 'en', 0.94, 0.7],
  ['blind6', 'fr', 0.94, 0.82],
  ['blind6', 'de', 0.94, 0.79],
  ['blind7', 'en', 0.94, 0.76],
  ['blind7', 'fr', 0.82, 0.52],
  ['blind7', 'de', 0.94, 0.7],
  ['blind8', 'en', 0.93, 0.93],
  ['blind8', 'fr', 0.94, 0.79],
  ['blind8', 'de', 0.96, 0.56]
]

describeScores(bars.map(([set, lang, quoteF1, speakerAccuracy]) => [folder(`${set}/${lang}/`), quoteF1, speakerAccuracy] as const))
