/** Pick the quotations worth showing in the box. */
import type {Point, Position} from 'unist'
import type {Quotation} from '../types.js'
import type {BoxWords} from './settings.js'
import {isLetterCode} from '../text/chars.js'
import {normalizeSpace, shorten} from './text.js'

/** Most quotes of one speaker. */
export const maxQuotesPerSpeaker = 2
/** Longest quote shown in full; longer ones are shortened to this. */
export const maxQuoteLength = 160
/** A quote with fewer words is not a statement of its own. */
export const minStatementWords = 6
/** A partial quote (words worked into the reporter's sentence) with fewer words is a fragment, never shown. */
export const minPartialWords = 4
/** Longest description of an unnamed speaker shown ("ein Polizeisprecher"). */
export const maxDescriptionLength = 60

/** A quote as the box shows it. */
export interface SelectedQuote {
  quote: Quotation
  /** The speaker's name, or '' when the box names nobody (unnamed, or not sure enough). */
  speaker: string
  /**
   * The article's own words for an unnamed speaker ("ein Polizeisprecher"), shown as a description,
   * never as a name; '' when there is none or a name is shown.
   */
  description: string
  /** Text to show: white space collapsed, long quotes shortened, fragments marked with a leading ellipsis. */
  text: string
  /** Whether the text was shortened. */
  shortened: boolean
  /** Its place in the order quotes were chosen in (0 first), where the list itself is in article order. */
  rank: number
}

/** How `selectQuotes` chooses. */
export interface QuoteChoice {
  /** Lowest confidence at which a speaker is named (default 0); below it the quote stands without a name. */
  nameConfidence?: number | undefined
  /** The language's words (fragment openers, description openers); without them no quote counts as a fragment. */
  words?: BoxWords | undefined
}

interface Candidate {
  quote: Quotation
  /** Name shown, or ''. */
  speaker: string
  description: string
  /** Index in the array, the last tie-breaker. */
  index: number
  /** Lower is better (see `tier`). */
  tier: number
}

/**
 * Choose at most `max` quotes, in rounds, each round in turn until `max`:
 *
 * 1. one full statement per named speaker (speakers ranked by their best quote, then by their number
 *    of quotes, then by their first quote in the article);
 * 2. full statements of unnamed speakers the article describes ("ein Polizeisprecher");
 * 3. a second full statement per named speaker;
 * 4. full statements whose speaker is not sure enough to name (below `nameConfidence`, or withheld
 *    by the extractor), without a name;
 * 5. only when none of these is there: partial quotes of four words or more (one per speaker, then
 *    a second), marked with a leading ellipsis when they start mid-sentence: words worked into the
 *    reporter's sentence, whose subject is outside them ("… drückt ihre volle Unterstützung … aus");
 * 6. only when there is nothing else: quotations that open with a possessive or pronoun pointing
 *    outside them ("Ihre Unterstützung …", "his plan …").
 *
 * At most two per speaker. A statement is full and has six words or more (shorter full quotes come
 * after the longer ones of their round); statements over 160 characters are shortened. Shown in
 * article order.
 */
export function selectQuotes(quotes: readonly Quotation[], max: number, choice: QuoteChoice = {}): SelectedQuote[] {
  const limit = Number.isFinite(max) ? Math.max(0, Math.floor(max)) : 0
  if (limit === 0) return []
  const threshold = choice.nameConfidence ?? 0
  const {openers, describers} = wordSets(choice.words)

  const named: Candidate[] = []
  const described: Candidate[] = []
  const anonymous: Candidate[] = []

  for (const [index, quote] of quotes.entries()) {
    const text = normalizeSpace(quote.text ?? '')
    if (!text) continue
    // Counted no further than the rules ask.
    const words = wordsUpTo(text, minStatementWords)
    if (quote.kind === 'partial' && words < minPartialWords) continue
    const rank = tier(quote, text, words, openers)
    const speaker = typeof quote.speaker === 'string' ? normalizeSpace(quote.speaker) : ''
    if (speaker && quote.confidence >= threshold) {
      named.push({quote, speaker, description: '', index, tier: rank})
    } else if (speaker || typeof quote.candidate === 'string') {
      // A speaker the box is not sure enough of: a whole statement only, without a name.
      if (rank <= 1) anonymous.push({quote, speaker: '', description: '', index, tier: rank})
    } else {
      const description = describe(quote.mention, describers)
      if (description && rank <= 2) described.push({quote, speaker: '', description, index, tier: rank})
    }
  }

  const inArticleOrder = (a: Candidate, b: Candidate) => comparePositions(a.quote.position, b.quote.position) || a.index - b.index
  const byQuality = (a: Candidate, b: Candidate) => a.tier - b.tier || inArticleOrder(a, b)

  // Each speaker's quotes, best first; speakers ranked by their best quote, their number of quotes, their first.
  const bySpeaker = new Map<string, Candidate[]>()
  for (const item of [...named].sort(inArticleOrder)) {
    const list = bySpeaker.get(item.speaker)
    if (list) list.push(item)
    else bySpeaker.set(item.speaker, [item])
  }
  const speakers = [...bySpeaker.values()]
    .map((items, first) => ({items: items.sort(byQuality), first}))
    .sort((a, b) => a.items[0].tier - b.items[0].tier || b.items.length - a.items.length || a.first - b.first)
    .map(({items}) => items)

  const picked: Candidate[] = []
  const shown = new Map<string, number>()
  const take = (item: Candidate | undefined): void => {
    if (!item || picked.length >= limit || picked.includes(item)) return
    if (item.speaker) {
      const count = shown.get(item.speaker) ?? 0
      if (count >= maxQuotesPerSpeaker) return
      shown.set(item.speaker, count + 1)
    }
    picked.push(item)
  }
  const full = (item: Candidate) => item.tier <= 2
  const partial = (item: Candidate) => item.tier === 3 || item.tier === 4

  for (const items of speakers) take(items.find(full))
  for (const item of [...described].sort(byQuality)) take(item)
  for (const items of speakers) take(items.filter(full)[1])
  for (const item of [...anonymous].sort(byQuality)) take(item)
  // Words worked into the reporter's sentence, and quotations that point outside themselves, only
  // when the article has no statement to show.
  if (picked.length === 0) {
    for (const items of speakers) take(items.find(partial))
    for (const items of speakers) for (const item of items.filter(partial)) take(item)
  }
  if (picked.length === 0) for (const items of speakers) for (const item of items) take(item)

  return picked
    .map((item, rank) => ({item, rank}))
    .sort((a, b) => inArticleOrder(a.item, b.item))
    .map(({item, rank}) => present(item, rank))
}

const noWords = {openers: new Set<string>(), describers: new Set<string>()}
const wordSetCache = new WeakMap<BoxWords, typeof noWords>()

/** The language's opener words as sets, made once per language. */
function wordSets(words: BoxWords | undefined): typeof noWords {
  if (!words) return noWords
  let found = wordSetCache.get(words)
  if (!found) {
    found = {openers: new Set(words.fragmentOpeners), describers: new Set(words.descriptionOpeners)}
    wordSetCache.set(words, found)
  }
  return found
}

/**
 * Lower is better: 0 a full statement of readable length, 1 a longer one, 2 a short full quote,
 * 3 a partial quote of six words or more, 4 a shorter one, 5 a quotation that opens with a word
 * pointing outside it.
 */
function tier(quote: Quotation, text: string, words: number, openers: ReadonlySet<string>): number {
  if (openers.size > 0 && openers.has(firstWord(text))) return 5
  if (quote.kind === 'full') {
    if (words < minStatementWords) return 2
    return text.length <= maxQuoteLength ? 0 : 1
  }

  return words >= minStatementWords ? 3 : 4
}

/** Words of `text` (white-space separated, normalised), counted up to `most`. */
function wordsUpTo(text: string, most: number): number {
  let words = 1
  for (let at = text.indexOf(' '); at !== -1 && words < most; at = text.indexOf(' ', at + 1)) words++
  return words
}

/** The first word, lower case, without marks or punctuation around it (up to three before it). */
function firstWord(text: string): string {
  let start = 0
  while (start < 3 && start < text.length && !isLetterCode(text.charCodeAt(start))) start++
  let end = start
  while (end < text.length && (isLetterCode(text.charCodeAt(end)) || text.charCodeAt(end) === 0x27 || text.charCodeAt(end) === 0x20_19)) end++
  return text.slice(start, end).toLowerCase()
}

/**
 * The mention of an unnamed speaker when it describes them ("ein Polizeisprecher", "the mayor"):
 * two words or more, opened by an article. '' for a pronoun, a bare name or nothing.
 */
function describe(mention: string | null | undefined, describers: ReadonlySet<string>): string {
  if (typeof mention !== 'string' || describers.size === 0) return ''
  const text = normalizeSpace(mention)
  const space = text.indexOf(' ')
  if (space === -1 || !describers.has(text.slice(0, space).toLowerCase())) return ''
  return shorten(text, maxDescriptionLength)
}

function present(item: Candidate, rank: number): SelectedQuote {
  const {quote, speaker, description} = item
  const full = normalizeSpace(quote.text)
  // A fragment picked out of the reporter's sentence: say so.
  const prefix = quote.kind === 'partial' && /^\p{Ll}/u.test(full) ? '…\u00A0' : ''
  const text = shorten(full, maxQuoteLength - prefix.length)
  return {quote, speaker, description, text: prefix + text, shortened: text !== full, rank}
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
