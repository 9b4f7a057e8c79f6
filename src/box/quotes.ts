/** Pick the quotations worth showing in the box. */
import type {Point, Position} from 'unist'
import type {Quotation} from '../types.js'
import {normalizeSpace, shorten, wordCount} from './text.js'

/** Lowest attribution confidence a quote needs to be shown. */
export const minConfidence = 0.5
/** Most quotes of one speaker. */
export const maxQuotesPerSpeaker = 2
/** Longest quote shown in full; longer ones are shortened to this. */
export const maxQuoteLength = 220
/** A quote with fewer words is not a statement of its own. */
export const minStatementWords = 6
/** A partial quote (words worked into the reporter's sentence) with fewer words is a fragment, never shown. */
export const minPartialWords = 4

/** A quote as the box shows it. */
export interface SelectedQuote {
  quote: Quotation
  /** Speaker, non-null. */
  speaker: string
  /** Text to show: white space collapsed, long quotes shortened, fragments marked with a leading ellipsis. */
  text: string
  /** Whether the text was shortened. */
  shortened: boolean
}

/**
 * Choose at most `max` quotes.
 *
 * - only quotes with a speaker and a confidence of at least 0.5;
 *   partial quotes of fewer than 4 words are fragments and left out;
 * - speakers ranked by their number of such quotes (most first), ties by
 *   their first quote in the article;
 * - per speaker at most two: full statements of readable length first, then
 *   longer full statements, then longer partial quotes, then short ones;
 *   ties by order in the article;
 * - filled speaker by speaker until `max`; shown grouped by speaker, in
 *   article order within a speaker.
 */
export function selectQuotes(quotes: readonly Quotation[], max: number): SelectedQuote[] {
  const limit = Number.isFinite(max) ? Math.max(0, Math.floor(max)) : 0
  if (limit === 0) return []

  /** Eligible quotes, with their index in the array as last tie-breaker, and their word count (counted once). */
  const eligible: Array<{quote: Quotation; speaker: string; index: number; words: number}> = []

  for (const [index, quote] of quotes.entries()) {
    if (typeof quote.speaker !== 'string') continue
    const speaker = normalizeSpace(quote.speaker)
    if (!speaker) continue
    if (!(quote.confidence >= minConfidence)) continue
    const words = wordCount(quote.text)
    if (words === 0) continue
    if (quote.kind === 'partial' && words < minPartialWords) continue
    eligible.push({quote, speaker, index, words})
  }

  const inArticleOrder = (a: (typeof eligible)[number], b: (typeof eligible)[number]) =>
    comparePositions(a.quote.position, b.quote.position) || a.index - b.index

  eligible.sort(inArticleOrder)

  // Group by speaker; Map keeps first-appearance order.
  const bySpeaker = new Map<string, typeof eligible>()
  for (const item of eligible) {
    const list = bySpeaker.get(item.speaker)
    if (list) list.push(item)
    else bySpeaker.set(item.speaker, [item])
  }

  const speakers = [...bySpeaker.values()]
    .map((items, rank) => ({items, rank}))
    .sort((a, b) => b.items.length - a.items.length || a.rank - b.rank)

  const result: SelectedQuote[] = []

  // Quotations whose speaker was withheld (too uncertain to name) fill what room is left, without a name.
  const unnamed = quotes
    .map((quote, index) => ({quote, speaker: '', index}))
    .filter(({quote}) => quote.speaker === null && typeof quote.candidate === 'string' && wordCount(quote.text) >= minStatementWords && quote.kind === 'full')

  for (const {items} of speakers) {
    if (result.length >= limit) break
    const room = Math.min(maxQuotesPerSpeaker, limit - result.length)
    const tiers = new Map(items.map((item) => [item, tier(item.quote, item.words)]))
    const picked = [...items]
      .sort((a, b) => (tiers.get(a) ?? 0) - (tiers.get(b) ?? 0) || inArticleOrder(a, b))
      .slice(0, room)
      .sort(inArticleOrder)

    for (const item of picked) {
      result.push(present(item.quote, item.speaker))
    }
  }
  for (const item of unnamed.slice(0, Math.max(0, limit - result.length))) result.push(present(item.quote, item.speaker))

  return result
}

/** Lower is better. `words` is `wordCount(quote.text)`. */
function tier(quote: Quotation, words: number): number {
  const length = normalizeSpace(quote.text).length
  if (quote.kind === 'full') {
    if (words < minStatementWords) return 4
    return length <= maxQuoteLength ? 0 : 1
  }

  return words >= minStatementWords ? 2 : 3
}

function present(quote: Quotation, speaker: string): SelectedQuote {
  const full = normalizeSpace(quote.text)
  // A fragment picked out of the reporter's sentence: say so.
  const prefix = quote.kind === 'partial' && /^\p{Ll}/u.test(full) ? '…\u00A0' : ''
  const text = shorten(full, maxQuoteLength - prefix.length)
  return {quote, speaker, text: prefix + text, shortened: text !== full}
}

/** Order two positions by their start; 0 when unknown or equal. */
export function comparePositions(a: Position | undefined, b: Position | undefined): number {
  return comparePoints(a?.start, b?.start)
}

/** Order two points by offset, else by line and column; 0 when unknown or equal. */
export function comparePoints(a: Point | undefined, b: Point | undefined): number {
  if (!a || !b) return 0
  if (typeof a.offset === 'number' && typeof b.offset === 'number') return a.offset - b.offset
  return a.line - b.line || a.column - b.column
}
