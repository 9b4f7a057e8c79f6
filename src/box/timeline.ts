/** The timeline: dated events of the article in chronological order. */
import type {Point, Position} from 'unist'
import {isSpaceCode} from '../text/chars.js'
import type {Facts, Language, Quotation, TemporalExpression} from '../types.js'
import {comparePoints, comparePositions} from './quotes.js'
import {hasMoreWords, isClausePunctuation, leadingWhere, normalizeSpace, shorten, trimEndWhere} from './text.js'
import {compareTimex, parseTimex, type Timex} from './timex.js'
import {work} from './work.js'

/** Longest event text. */
export const maxEventLength = 90
/**
 * Most events in the timeline: the first ones the article dates (no article of the evaluation sets
 * has more than 19). A box of thousands of events is no summary, and would cost many times the
 * article to build and write out.
 */
export const maxEvents = 20

/** One line of the timeline. */
export interface TimelineEntry {
  /** The expression the entry comes from (a merged one for `1950`–`1953`). */
  date: TemporalExpression
  /** Its TIMEX3 value (trimmed). */
  value: string
  timex: Timex
  /** What happened: the clause of the sentence that holds the date. */
  event: string
}

/**
 * Words that open a relative clause (an insertion between commas), and
 * coordinating conjunctions (dropped at the start of an event).
 */
const clauseWords: Record<Language, {relative: Set<string>; conjunction: Set<string>}> = {
  de: {
    relative: new Set(
      'der die das dem den dessen deren denen welcher welche welches welchem welchen wo was'.split(' ')
    ),
    conjunction: new Set('und oder aber doch jedoch sondern denn sowie'.split(' '))
  },
  en: {
    relative: new Set('who whom whose which where'.split(' ')),
    conjunction: new Set('and or but yet so'.split(' '))
  },
  fr: {
    relative: new Set(
      "qui que qu' qu’ dont où lequel laquelle lesquels lesquelles auquel auxquels duquel desquels".split(' ')
    ),
    conjunction: new Set('et ou mais donc car puis'.split(' '))
  }
}

/**
 * Build the timeline from the article's dates.
 *
 * - only `DATE` and `TIME` expressions whose value is a calendar point or a
 *   range (`2024-06-19`, `2023-09`, `1950/1953`, `199`); durations, sets,
 *   references and unresolved values are left out;
 * - two adjacent expressions joined by a dash in their sentence
 *   (`1950–1953` annotated as `1950` and `1953`) make one range;
 * - expressions inside a quotation are left out; of the others, the first
 *   occurrence of each value is kept (that has a sentence to tell the event);
 * - at most 20 events, the first ones in the article;
 * - in chronological order (start, then end, then article order).
 *
 * Linear in the article: the dates of one sentence are read in one pass over
 * it (each is looked for from where the one before was found), and each
 * event is read from a bounded window of its sentence.
 */
export function buildTimeline(facts: Facts): TimelineEntry[] {
  const dates = (facts.dates ?? [])
    .map((date, index) => ({date, index}))
    .filter(
      ({date}) =>
        (date.type === 'DATE' || date.type === 'TIME') &&
        typeof date.value === 'string' &&
        date.value.trim() !== ''
    )
    .sort((a, b) => comparePositions(a.date.position, b.date.position) || a.index - b.index)
    .map(({date}) => date)

  const merged = mergeRanges(dates)
  const quoted = insideQuotes(merged, facts.quotes ?? [])
  const seen = new Set<string>()
  const entries: Array<{entry: TimelineEntry; order: number}> = []
  // The sentence being read, made once for all its dates (dates of a sentence come one after another).
  let sentence: SentenceText | undefined

  for (const [index, date] of merged.entries()) {
    if (entries.length >= maxEvents) break
    if (quoted[index]) continue
    const value = (date.value ?? '').trim()
    if (seen.has(value)) continue
    const timex = parseTimex(value)
    if (!timex) continue
    const raw = date.sentence ?? ''
    if (sentence?.raw !== raw) sentence = sentenceText(raw)
    const event = eventIn(sentence, date.text ?? '', facts.lang)
    // A date with nothing to say about it is no event; a later one may be.
    if (!event) continue
    seen.add(value)
    entries.push({entry: {date, value, timex, event}, order: entries.length})
  }

  return entries
    .sort((a, b) => compareTimex(a.entry.timex, b.entry.timex) || a.order - b.order)
    .map(({entry}) => entry)
}

/**
 * Join `1950` + `1953` into `1950/1953` when the sentence has them as `1950–1953`.
 *
 * Each date is looked for in its sentence from where the one before it was
 * found, and the dash is looked for right after it: one pass over a sentence
 * for all its dates.
 */
function mergeRanges(dates: TemporalExpression[]): TemporalExpression[] {
  const result: TemporalExpression[] = []
  let sentence: string | undefined
  let cursor = 0

  for (let index = 0; index < dates.length; index++) {
    const a = dates[index]
    const b = dates[index + 1]
    if (a.sentence !== sentence) {
      sentence = a.sentence
      cursor = 0
    }
    const from = a.text.trim()
    const at = from && typeof a.sentence === 'string' ? a.sentence.indexOf(from, cursor) : -1
    work.steps += at === -1 ? 1 : at + from.length - cursor
    if (at !== -1) cursor = at + from.length

    if (at !== -1 && b && a.sentence === b.sentence && !a.value!.includes('/') && !b.value!.includes('/')) {
      const end = rangeEnd(a.sentence, at + from.length, b.text.trim())
      const first = end === -1 ? undefined : parseTimex(a.value!)
      const second = first && parseTimex(b.value!)
      if (first && second && first.end < second.start) {
        result.push({
          ...a,
          text: a.sentence.slice(at, end),
          value: a.value!.trim() + '/' + b.value!.trim(),
          position: {start: a.position.start, end: b.position.end}
        })
        cursor = end
        index++
        continue
      }
    }

    result.push(a)
  }

  return result
}

/** End of `to` when `text` from `at` holds white space, a dash, white space and `to` (`–1953`), else -1. */
function rangeEnd(text: string, at: number, to: string): number {
  let index = at
  while (isSpaceCode(text.charCodeAt(index))) index++
  const dash = text.charCodeAt(index)
  // - – —
  if (dash !== 0x2d && dash !== 0x20_13 && dash !== 0x20_14) return -1
  index++
  while (isSpaceCode(text.charCodeAt(index))) index++
  work.steps += index - at
  return to && text.startsWith(to, index) ? index + to.length : -1
}

/**
 * For each date (in article order), whether it starts within a quotation's
 * range (marks included): one sweep over the quotations sorted by start,
 * keeping the furthest end of those begun so far.
 */
function insideQuotes(dates: readonly TemporalExpression[], quotes: readonly Quotation[]): boolean[] {
  const spans = quotes
    .map((quote) => quote.position)
    .filter((position): position is Position => Boolean(position?.start && position.end))
    .sort((a, b) => comparePoints(a.start, b.start))
  let next = 0
  let reach: Point | undefined

  return dates.map((date) => {
    const start: Point | undefined = date.position?.start
    if (!start) return false
    while (next < spans.length && comparePoints(spans[next].start, start) <= 0) {
      if (!reach || comparePoints(spans[next].end, reach) > 0) reach = spans[next].end
      next++
      work.steps++
    }
    work.steps++
    return reach !== undefined && comparePoints(start, reach) < 0
  })
}

interface Segment {
  start: number
  end: number
}

/** A sentence as the events of its dates are read from it. */
interface SentenceText {
  /** The sentence as the facts give it. */
  raw: string
  /** White space collapsed, a leading dateline dropped. */
  text: string
  /** `text` in lower case, made when a date is not found as written. */
  lower: string | undefined
  /** Where the next date is looked for: dates come in article order. */
  cursor: number
  /** Dates not found (each costs a look to the end); past a few, the rest are not looked for. */
  misses: number
  /** The last run of punctuation read back from a window's start, and forward from a window's end. */
  before?: Segment | undefined
  after?: Segment | undefined
}

/**
 * How much of a sentence before a date, and after it, its event is read from: the event shows at
 * most 90 characters, but a subject, a relative clause or a quotation before the date may take it
 * further back.
 */
const windowBefore = 400
const windowAfter = 200
/** Room a window keeps between a date and a cut: the event never shows the cut edge as if the clause ended there. */
const windowMargin = 100
/** Dates of one sentence that may be missed before the rest are not looked for. */
const maxMisses = 16

function sentenceText(raw: string): SentenceText {
  work.steps += raw.length
  return {raw, text: stripDateline(normalizeSpace(raw)), lower: undefined, cursor: 0, misses: 0}
}

/** Where `date` stands in the sentence, looked for from where the date before it was found; -1 when it is not there. */
function locate(sentence: SentenceText, date: string): number {
  if (!date || sentence.misses >= maxMisses) return -1
  const {text, cursor} = sentence
  let at = text.indexOf(date, cursor)
  if (at === -1) {
    sentence.lower ??= text.toLowerCase()
    at = sentence.lower.indexOf(date.toLowerCase(), cursor)
  }
  if (at === -1) {
    sentence.misses++
    work.steps += text.length - cursor
    return -1
  }
  work.steps += at + date.length - cursor
  sentence.cursor = at + date.length
  return at
}

/**
 * The event a date stands for: the clause of `sentence` that holds
 * `dateText`, at most 90 characters.
 *
 * The sentence is cut at clause punctuation (`,` `;` `:` dashes) outside
 * parentheses. A clause that is little more than the date (“Am Mittwoch,”)
 * takes the next one along; a clause that follows a short subject and
 * relative insertions (“Nordkorea und Russland, die …, hätten am Mittwoch
 * …”) gets that subject back; a relative clause gets the noun it belongs
 * to. A date in parentheses (“Koreakrieg (1950–1953)”) is dropped from the
 * text, as the timeline shows it; a leading dateline (“(Seoul)”) and
 * conjunction (“und”) are dropped too. Long clauses are shortened at word
 * boundaries, keeping the date in view.
 */
export function eventText(sentence: string, dateText: string, lang: Language): string {
  return eventIn(sentenceText(sentence), dateText, lang)
}

/**
 * `eventText` for the next date of a sentence. The clause is read from at
 * most 400 characters before the date and 200 after it (cut at a word
 * boundary), so a sentence of thousands of dates costs a bounded amount per
 * date.
 */
function eventIn(sentence: SentenceText, dateText: string, lang: Language): string {
  const words = clauseWords[lang] ?? clauseWords.en
  const date = normalizeSpace(dateText)
  const whole = sentence.text
  const found = locate(sentence, date)
  const at = found === -1 ? 0 : found
  const length = found === -1 ? 0 : date.length

  let lo = Math.max(0, at - windowBefore)
  let hi = Math.min(whole.length, at + length + windowAfter)
  // Cut at a word boundary when one is far enough from the date.
  if (lo > 0) {
    let space = lo
    while (space < at - windowMargin && whole.charCodeAt(space) !== 0x20) space++
    if (space < at - windowMargin) lo = space + 1
  }
  if (hi < whole.length) {
    let space = hi
    while (space > at + length + windowMargin && whole.charCodeAt(space) !== 0x20) space--
    if (space > at + length + windowMargin) hi = space
  }
  work.steps += hi - lo
  // Nothing but punctuation past a cut is trimmed off all the same: no cut then.
  const cut: Cut = {left: lo > 0 && punctuationBefore(sentence, lo) > 0, right: hi < whole.length && punctuationAfter(sentence, hi) < whole.length}
  const text = lo === 0 && hi === whole.length ? whole : whole.slice(lo, hi)

  if (found === -1) {
    // The sentence does not hold the words (an extractor quirk): its beginning.
    return finish(text, 0, 0, words.conjunction, cut)
  }
  return clauseEvent(text, at - lo, date, words, cut)
}

/**
 * Start of the run of clause punctuation (and white space) that ends at `at`, read back once per
 * run: the dates of a sentence share its answer.
 */
function punctuationBefore(sentence: SentenceText, at: number): number {
  const run = sentence.before
  if (run && run.start <= at && at <= run.end) return run.start
  // Back at the end of the run read before (windows move forward), the run starts where that one did.
  const stop = run && run.end < at ? run.end : -1
  let start = at
  while (start > 0 && start !== stop && isClausePunctuation(sentence.text.charCodeAt(start - 1))) start--
  work.steps += at - start
  if (run && start === stop) start = run.start
  sentence.before = {start, end: at}
  return start
}

/** End of the run of clause punctuation, full stops and white space that starts at `at`, read once per run. */
function punctuationAfter(sentence: SentenceText, at: number): number {
  const run = sentence.after
  if (run && run.start <= at && at <= run.end) return run.end
  let end = at
  while (end < sentence.text.length && isClausePunctuationOrStop(sentence.text.charCodeAt(end))) end++
  work.steps += end - at
  sentence.after = {start: at, end}
  return end
}

/** Whether the window an event is read from was cut short of the sentence's start or end. */
interface Cut {
  left: boolean
  right: boolean
}

/** The event of the date `date` at `at` in `text` (a window of its sentence): see `eventText`. */
function clauseEvent(text: string, at: number, date: string, words: (typeof clauseWords)[Language], cut: Cut): string {
  // Drop a date that stands in parentheses of its own.
  const open = openingParenthesisBefore(text, at)
  const close = closingParenthesisAfter(text, at + date.length)
  let dateLength = date.length
  if (open !== -1 && close !== -1) {
    text = text.slice(0, open) + text.slice(close)
    dateLength = 0
    at = open
  }

  const segments = splitClauses(text)
  let index = segments.findIndex((segment) => at >= segment.start && at <= segment.end)
  if (index === -1) index = segments.length - 1

  let first = index
  let last = index
  const slice = (segment: Segment) => text.slice(segment.start, segment.end).trim()
  const opensRelative = (segment: Segment) => words.relative.has(firstWord(slice(segment)))
  // A window cut short of the sentence's start: its first clause may be the tail of one.
  const isWhole = (segment: number) => segment > 0 || !cut.left

  // “Am Mittwoch, …”: the clause is (almost) only the date — take the next.
  const own = slice(segments[index])
  const rest = dateLength ? own.replace(date, ' ') : own
  if (!hasMoreWords(rest, 1) && last + 1 < segments.length) last++

  let parts: string[]

  const opensAttribution = (segment: Segment) => /^\p{Ll}/u.test(slice(segment)) && quoteMarkEndsAt(text, segment.start)
  const quoteBefore = (k: number): number => {
    // The quotation that ends right before an attribution may have commas of its own: go back to its opening mark.
    if (cut.left) return -1
    let j = k
    while (j > 0 && !/^[„“"»«‚‘‹›]/u.test(slice(segments[j]))) j--
    return /^[„“"»«‚‘‹›]/u.test(slice(segments[j])) && !/[„“"»«‚‘‹›]/u.test(text.slice(segments[0].start, segments[j].start)) ? j : -1
  }
  const said = index > 0 && opensAttribution(segments[index]) ? quoteBefore(index - 1) : -1
  if (said >= 0) {
    // “„Das reicht nicht“, sagte X am Donnerstag”: the words said are the event, with who said them;
    // a long quotation is shortened inside its marks so that the attribution stays whole.
    const attribution = trimEndWhere(normalizeSpace(text.slice(segments[index].start, segments[last].end)), isSpaceCommaColonOrStop)
    const quoted = trimEndWhere(normalizeSpace(text.slice(segments[said].start, segments[index].start)), isSpaceOrComma)
    const marks = /^([„“"»«‚‘‹›])([\s\S]*?)([“”"«»‘’‹›]?)$/u.exec(quoted)
    if (marks) {
      const room = Math.max(12, maxEventLength - attribution.length - 4)
      return `${marks[1]}${shorten(marks[2], room, true)}${marks[3]}, ${attribution}`
    }
    first = said
    parts = [text.slice(segments[first].start, segments[last].end)]
  } else if (opensRelative(segments[index]) && index > 0 && isWhole(index - 1) && !hasMoreWords(slice(segments[index - 1]), 6)) {
    // “Kim, der im September 2023 reiste”: keep the noun it belongs to.
    first = index - 1
    parts = [text.slice(segments[first].start, segments[last].end)]
  } else if (
    index >= 2 &&
    isWhole(0) &&
    segments.slice(1, index).every((segment) => opensRelative(segment)) &&
    !hasMoreWords(slice(segments[0]), 6)
  ) {
    // “Nordkorea und Russland, die …, hätten am Mittwoch …”: subject + clause.
    parts = [slice(segments[0]), text.slice(segments[first].start, segments[last].end)]
  } else {
    parts = [text.slice(segments[first].start, segments[last].end)]
  }

  const prefix = parts.length > 1 ? normalizeSpace(parts[0]) + ' ' : ''
  const clause = normalizeSpace(parts[parts.length - 1])
  const dateInClause = dateLength ? clause.indexOf(date) : -1
  return finish(
    prefix + clause,
    dateInClause === -1 ? 0 : prefix.length + dateInClause,
    dateInClause === -1 ? 0 : dateLength,
    words.conjunction,
    {left: cut.left && segments[first].start === 0, right: cut.right && segments[last].end === text.length}
  )
}

/**
 * Start of the white space and `(` right before `at` (what `/\s*\(\s*$/` finds
 * in `text.slice(0, at)`), or -1.
 */
function openingParenthesisBefore(text: string, at: number): number {
  let index = at
  while (index > 0 && isSpaceCode(text.charCodeAt(index - 1))) index--
  if (text.charCodeAt(index - 1) !== 0x28) return -1
  index--
  while (index > 0 && isSpaceCode(text.charCodeAt(index - 1))) index--
  return index
}

/** Just past the white space and `)` from `at` (what `/^\s*\)/` finds in `text.slice(at)`), or -1. */
function closingParenthesisAfter(text: string, at: number): number {
  let index = at
  while (isSpaceCode(text.charCodeAt(index))) index++
  return text.charCodeAt(index) === 0x29 ? index + 1 : -1
}

const closingMarks = new Set([...'“”"»«‘’\'‹›'].map((mark) => mark.charCodeAt(0)))

/** Whether `text` before `at` ends in a quote mark, then white space, a comma and white space (`“, `). */
function quoteMarkEndsAt(text: string, at: number): boolean {
  let index = at
  while (index > 0 && isSpaceCode(text.charCodeAt(index - 1))) index--
  if (text.charCodeAt(index - 1) === 0x2c) index--
  while (index > 0 && isSpaceCode(text.charCodeAt(index - 1))) index--
  return index > 0 && closingMarks.has(text.charCodeAt(index - 1))
}

/** White space, `,` `;` `:` `.` */
function isSpaceCommaColonOrStop(code: number): boolean {
  return code === 0x2c || code === 0x3b || code === 0x3a || code === 0x2e || isSpaceCode(code)
}

/** White space or `,`. */
function isSpaceOrComma(code: number): boolean {
  return code === 0x2c || isSpaceCode(code)
}

/** Clause punctuation (see `isClausePunctuation`) or a full stop. */
function isClausePunctuationOrStop(code: number): boolean {
  return code === 0x2e || isClausePunctuation(code)
}

/**
 * Trim, drop a leading conjunction, shorten around the date. `cut` says the
 * text is a window whose start or end is not its clause's.
 */
function finish(value: string, dateAt: number, dateLength: number, conjunctions: Set<string>, cut: Cut): string {
  const lead = leadingWhere(value, isClausePunctuation)
  let text = trimEndWhere(lead === 0 ? value : value.slice(lead), isClausePunctuationOrStop)
  let at = dateAt - lead

  const conjunction = firstWord(text)
  if (!cut.left && conjunctions.has(conjunction) && hasMoreWords(text, 2) && at >= conjunction.length) {
    const cut = text.indexOf(' ') + 1
    text = text.slice(cut)
    at -= cut
  }

  if (text.length <= maxEventLength && !cut.right) return cut.left ? '…\u00A0' + text : text

  // Keep the date in view: when it lies beyond the head, show the tail, or
  // a window from a little before the date.
  const start = Math.max(0, at)
  if (cut.left || start + dateLength > maxEventLength - 20) {
    const room = maxEventLength - 2
    let from = cut.right ? 0 : text.indexOf(' ', text.length - room - 1) + 1
    if (from === 0 || from > start) {
      const space = text.lastIndexOf(' ', Math.max(0, start - 30))
      from = space === -1 ? (cut.left ? Math.max(0, start - 30) : 0) : space + 1
    }

    if (from > 0 || cut.left) return '…\u00A0' + shorten(text.slice(from), room, true, cut.right)
  }

  return shorten(text, maxEventLength, true, cut.right)
}

/** Cut at `,` `;` `:` and spaced dashes outside parentheses and brackets. */
function splitClauses(text: string): Segment[] {
  const segments: Segment[] = []
  let depth = 0
  let start = 0

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // ( [
    if (code === 0x28 || code === 0x5b) depth++
    // ) ]
    else if ((code === 0x29 || code === 0x5d) && depth > 0) depth--
    else if (depth === 0) {
      // , ; : before a space, – — between spaces
      const isComma = (code === 0x2c || code === 0x3b || code === 0x3a) && text.charCodeAt(index + 1) === 0x20
      const isDash = (code === 0x20_13 || code === 0x20_14) && text.charCodeAt(index - 1) === 0x20 && text.charCodeAt(index + 1) === 0x20
      if (isComma || isDash) {
        segments.push({start, end: index})
        start = index + 1
      }
    }
  }

  segments.push({start, end: text.length})
  return segments
}

function firstWord(value: string): string {
  const match = /^[\p{L}’']+/u.exec(value.trim())
  return match ? match[0].toLowerCase() : ''
}

/** Drop “(Seoul) ”, “SEOUL (AP) — ”, “SEOUL — ” at the start of a sentence. */
function stripDateline(value: string): string {
  return value
    .replace(/^\([^()]{1,60}\)\s+(?=\S)/u, '')
    .replace(/^\p{Lu}[\p{Lu}\s.,'’-]{1,40}(?:\s*\([^()]{1,20}\))?\s*[—–-]\s+/u, '')
}
