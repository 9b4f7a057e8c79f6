/** The timeline: dated events of the article in chronological order. */
import type {Point} from 'unist'
import type {Facts, Language, TemporalExpression} from '../types.js'
import {comparePoints, comparePositions} from './quotes.js'
import {normalizeSpace, shorten, wordCount} from './text.js'
import {compareTimex, parseTimex, type Timex} from './timex.js'

/** Longest event text. */
export const maxEventLength = 90

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
 * - in chronological order (start, then end, then article order).
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
  const seen = new Set<string>()
  const entries: Array<{entry: TimelineEntry; order: number}> = []

  for (const date of merged) {
    if (insideQuote(date, facts)) continue
    const value = (date.value ?? '').trim()
    if (seen.has(value)) continue
    const timex = parseTimex(value)
    if (!timex) continue
    const event = eventText(date.sentence ?? '', date.text ?? '', facts.lang)
    // A date with nothing to say about it is no event; a later one may be.
    if (!event) continue
    seen.add(value)
    entries.push({entry: {date, value, timex, event}, order: entries.length})
  }

  return entries
    .sort((a, b) => compareTimex(a.entry.timex, b.entry.timex) || a.order - b.order)
    .map(({entry}) => entry)
}

/** Join `1950` + `1953` into `1950/1953` when the sentence has them as `1950–1953`. */
function mergeRanges(dates: TemporalExpression[]): TemporalExpression[] {
  const result: TemporalExpression[] = []

  for (let index = 0; index < dates.length; index++) {
    const a = dates[index]
    const b = dates[index + 1]

    if (
      b &&
      a.sentence === b.sentence &&
      !a.value!.includes('/') &&
      !b.value!.includes('/') &&
      a.text.trim() &&
      b.text.trim()
    ) {
      const pattern = new RegExp(escape(a.text.trim()) + '\\s*[–—-]\\s*' + escape(b.text.trim()))
      const match = pattern.exec(a.sentence)
      const from = parseTimex(a.value!)
      const to = parseTimex(b.value!)
      if (match && from && to && from.end < to.start) {
        result.push({
          ...a,
          text: match[0],
          value: a.value!.trim() + '/' + b.value!.trim(),
          position: {start: a.position.start, end: b.position.end}
        })
        index++
        continue
      }
    }

    result.push(a)
  }

  return result
}

function escape(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}

/** Whether the date starts within a quotation's range (marks included). */
function insideQuote(date: TemporalExpression, facts: Facts): boolean {
  const start: Point | undefined = date.position?.start
  if (!start) return false
  return (facts.quotes ?? []).some(
    (quote) =>
      quote.position?.start &&
      quote.position?.end &&
      comparePoints(quote.position.start, start) <= 0 &&
      comparePoints(start, quote.position.end) < 0
  )
}

interface Segment {
  start: number
  end: number
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
  const words = clauseWords[lang] ?? clauseWords.en
  let text = stripDateline(normalizeSpace(sentence))
  const date = normalizeSpace(dateText)
  let at = date ? text.indexOf(date) : -1
  if (at === -1 && date) at = text.toLowerCase().indexOf(date.toLowerCase())

  if (at === -1) {
    // The sentence does not hold the words (an extractor quirk): its beginning.
    return finish(text, 0, 0, words.conjunction)
  }

  // Drop a date that stands in parentheses of its own.
  const before = text.slice(0, at)
  const after = text.slice(at + date.length)
  const open = /\s*\(\s*$/.exec(before)
  const close = /^\s*\)/.exec(after)
  let dateLength = date.length
  if (open && close) {
    text = before.slice(0, open.index) + after.slice(close[0].length)
    dateLength = 0
    at = open.index
  }

  const segments = splitClauses(text)
  let index = segments.findIndex((segment) => at >= segment.start && at <= segment.end)
  if (index === -1) index = segments.length - 1

  let first = index
  let last = index
  const slice = (segment: Segment) => text.slice(segment.start, segment.end).trim()
  const opensRelative = (segment: Segment) => words.relative.has(firstWord(slice(segment)))

  // “Am Mittwoch, …”: the clause is (almost) only the date — take the next.
  const own = slice(segments[index])
  const rest = dateLength ? own.replace(date, ' ') : own
  if (wordCount(rest) <= 1 && last + 1 < segments.length) last++

  let parts: string[]

  const opensAttribution = (segment: Segment) => /^\p{Ll}/u.test(slice(segment)) && /[“”"»«‘’'‹›]\s*,?\s*$/u.test(text.slice(0, segment.start))
  const quoteBefore = (k: number): number => {
    // The quotation that ends right before an attribution may have commas of its own: go back to its opening mark.
    let j = k
    while (j > 0 && !/^[„“"»«‚‘‹›]/u.test(slice(segments[j]))) j--
    return /^[„“"»«‚‘‹›]/u.test(slice(segments[j])) && !/[„“"»«‚‘‹›]/u.test(text.slice(segments[0].start, segments[j].start)) ? j : -1
  }
  const said = index > 0 && opensAttribution(segments[index]) ? quoteBefore(index - 1) : -1
  if (said >= 0) {
    // “„Das reicht nicht“, sagte X am Donnerstag”: the words said are the event, with who said them;
    // a long quotation is shortened inside its marks so that the attribution stays whole.
    const attribution = normalizeSpace(text.slice(segments[index].start, segments[last].end)).replace(/[\s,;:.]+$/u, '')
    const quoted = normalizeSpace(text.slice(segments[said].start, segments[index].start)).replace(/[\s,]+$/u, '')
    const marks = /^([„“"»«‚‘‹›])([\s\S]*?)([“”"«»‘’‹›]?)$/u.exec(quoted)
    if (marks) {
      const room = Math.max(12, maxEventLength - attribution.length - 4)
      return `${marks[1]}${shorten(marks[2], room, true)}${marks[3]}, ${attribution}`
    }
    first = said
    parts = [text.slice(segments[first].start, segments[last].end)]
  } else if (opensRelative(segments[index]) && index > 0 && wordCount(slice(segments[index - 1])) <= 6) {
    // “Kim, der im September 2023 reiste”: keep the noun it belongs to.
    first = index - 1
    parts = [text.slice(segments[first].start, segments[last].end)]
  } else if (
    index >= 2 &&
    segments.slice(1, index).every((segment) => opensRelative(segment)) &&
    wordCount(slice(segments[0])) <= 6
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
    words.conjunction
  )
}

/** Trim, drop a leading conjunction, shorten around the date. */
function finish(value: string, dateAt: number, dateLength: number, conjunctions: Set<string>): string {
  let text = value.replace(/^[\s,;:–—-]+/, '').replace(/[\s,;:–—.-]+$/u, '')
  let at = dateAt - (value.length - value.replace(/^[\s,;:–—-]+/, '').length)

  const conjunction = firstWord(text)
  if (conjunctions.has(conjunction) && wordCount(text) > 2 && at >= conjunction.length) {
    const cut = text.indexOf(' ') + 1
    text = text.slice(cut)
    at -= cut
  }

  if (text.length <= maxEventLength) return text

  // Keep the date in view: when it lies beyond the head, show the tail, or
  // a window from a little before the date.
  const start = Math.max(0, at)
  if (start + dateLength > maxEventLength - 20) {
    const room = maxEventLength - 2
    let from = text.indexOf(' ', text.length - room - 1) + 1
    if (from === 0 || from > start) {
      const space = text.lastIndexOf(' ', Math.max(0, start - 30))
      from = space === -1 ? 0 : space + 1
    }

    if (from > 0) return '…\u00A0' + shorten(text.slice(from), room, true)
  }

  return shorten(text, maxEventLength, true)
}

/** Cut at `,` `;` `:` and spaced dashes outside parentheses and brackets. */
function splitClauses(text: string): Segment[] {
  const segments: Segment[] = []
  let depth = 0
  let start = 0

  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '(' || char === '[') depth++
    else if ((char === ')' || char === ']') && depth > 0) depth--
    else if (depth === 0) {
      const isComma = (char === ',' || char === ';' || char === ':') && text[index + 1] === ' '
      const isDash = (char === '–' || char === '—') && text[index - 1] === ' ' && text[index + 1] === ' '
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
