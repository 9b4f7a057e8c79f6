/** The timeline: dated events of the article, one row per day, in chronological order. */
import type {Point, Position} from 'unist'
import {boxWords, speechLocales} from '../lang/index.js'
import {isLetterOrNumberCode as isWordCode, isSpaceCode} from '../text/chars.js'
import type {Facts, Language, Quotation, TemporalExpression} from '../types.js'
import {comparePoints, comparePositions} from './quotes.js'
import type {BoxWords} from './settings.js'
import {hasMoreWords, isClausePunctuation, leadingWhere, normalizeSpace, shorten, trimEndWhere} from './text.js'
import {compareTimex, parseTimex, type Timex} from './timex.js'
import {work} from './work.js'

/** Longest event text, ellipses included. */
export const maxEventLength = 90
/**
 * Most rows a timeline can have, and most days (or other values) read for one: the first ones the
 * article dates (no article of the evaluation sets has more than 19). A box of thousands of events
 * is no summary, and would cost many times the article to build and write out.
 */
export const maxEvents = 20
/** Rows shown when the settings say nothing. */
export const defaultMaxEvents = 5
/** Occurrences of one day whose event is read: the first few (a later one may name who acted). */
const triesPerRow = 3
/** Fewest words an event has (words with a letter or digit), and fewest of them beside its date's. */
export const minEventWords = 5
const minWordsBesideDate = 2

/** One row of the timeline. */
export interface TimelineEntry {
  /** The expression the entry comes from (a merged one for `1950`–`1953`, `13:00 bis 18:00 Uhr`). */
  date: TemporalExpression
  /** Its TIMEX3 value (trimmed). */
  value: string
  timex: Timex
  /** What happened: the clause of the sentence that holds the date, with its subject and verb. */
  event: string
  /** Whether the event's sentence names someone of the article: a person or body it names, or a quotation's speaker. */
  actor: boolean
  /** Its place in the order rows are chosen in (0 first): rows that name someone, then the others, in article order. */
  rank: number
}

/** How `buildTimeline` chooses. */
export interface TimelineChoice {
  /** Most rows, at most 20 (default 5). */
  maxEvents?: number | undefined
}

/**
 * Build the timeline from the article's dates.
 *
 * - only `DATE` and `TIME` expressions whose value is a calendar point or a
 *   range (`2024-06-19`, `2023-09`, `1950/1953`, `199`), and that are certain
 *   (`certain: false` rests on a guessed direction); durations, sets,
 *   references and unresolved values are left out;
 * - two adjacent expressions joined by a dash or a range word in their
 *   sentence (`1950–1953`, `von 13:00 bis 18:00 Uhr`) make one range;
 * - expressions inside a quotation are left out;
 * - one row per day: a time joins its day's row (and shows on it when it
 *   stands in the row's sentence); other values (a month, a year) one row each;
 * - a row's event is the clause that holds the date (see `eventText`); an
 *   event of fewer than five words, or of fewer than two beside its date's,
 *   is no event (“Am vergangenen Freitag”), and a later occurrence of the day
 *   may give one;
 * - of the first 20 rows, `maxEvents` (default 5): rows whose sentence names
 *   someone of the article first (a person or body in `facts.people`, a
 *   quotation's speaker), then the others, each in article order;
 * - in chronological order (start, then end, then article order).
 *
 * Linear in the article: the dates of one sentence are read in one pass over
 * it (each is looked for from where the one before was found), each event is
 * read from a bounded window of its sentence, and at most three occurrences
 * of a day and 20 days are read.
 */
export function buildTimeline(facts: Facts, choice: TimelineChoice = {}): TimelineEntry[] {
  const wanted = Number(choice.maxEvents ?? defaultMaxEvents)
  const limit = Number.isFinite(wanted) ? Math.min(maxEvents, Math.max(0, Math.floor(wanted))) : 0
  if (limit === 0) return []
  const words = clauseWordsOf(facts.lang)
  const dates = (facts.dates ?? [])
    .map((date, index) => ({date, index}))
    .filter(
      ({date}) =>
        (date.type === 'DATE' || date.type === 'TIME') &&
        date.certain !== false &&
        typeof date.value === 'string' &&
        date.value.trim() !== ''
    )
    .sort((a, b) => comparePositions(a.date.position, b.date.position) || a.index - b.index)
    .map(({date}) => date)

  const merged = mergeRanges(dates, words.rangeWords)
  const quoted = insideQuotes(merged, facts.quotes ?? [])
  const actors = actorsOf(facts)
  const rows = new Map<string, Row>()
  let filled = 0
  // The sentence being read, made once for all its dates (dates of a sentence come one after another).
  let sentence: SentenceText | undefined

  for (const [index, date] of merged.entries()) {
    if (quoted[index]) continue
    const value = (date.value ?? '').trim()
    const timex = parseTimex(value)
    if (!timex) continue
    const key = rowKey(timex, value)
    let row = rows.get(key)
    const raw = date.sentence ?? ''
    if (row?.entry) {
      // A clock time of the row's own sentence: the row shows it.
      if (row.entry.date.sentence === raw && timex.from.granularity === 'time' && row.entry.timex.from.granularity === 'day') {
        row.entry = {...row.entry, date, value, timex}
      }
      if (row.entry.actor || row.tries >= triesPerRow) continue
    } else if (row) {
      if (row.tries >= triesPerRow) continue
    } else {
      // The first 20 days or values the article dates; the rest are not read.
      if (filled >= maxEvents) break
      row = {entry: undefined, tries: 0, order: 0}
      rows.set(key, row)
    }
    row.tries++
    if (sentence?.raw !== raw) sentence = sentenceText(raw)
    const event = eventIn(sentence, date.text ?? '', words)
    // A date with nothing to say about it is no event; a later one may be.
    if (!isEvent(event, date.text ?? '')) continue
    const actor = names(sentence.window ?? event, actors)
    if (!row.entry) {
      row.order = filled++
      row.entry = {date, value, timex, event, actor, rank: 0}
    } else if (actor) {
      row.entry = {date, value, timex, event, actor, rank: 0}
    }
  }

  const entries: Array<{entry: TimelineEntry; order: number}> = []
  for (const row of rows.values()) if (row.entry) entries.push({entry: row.entry, order: row.order})
  return entries
    .sort((a, b) => Number(b.entry.actor) - Number(a.entry.actor) || a.order - b.order)
    .slice(0, limit)
    .map(({entry, order}, rank) => ({entry: {...entry, rank}, order}))
    .sort((a, b) => compareTimex(a.entry.timex, b.entry.timex) || a.order - b.order)
    .map(({entry}) => entry)
}

/** A row being filled: its entry once an occurrence gave an event, the occurrences read, its place in the article. */
interface Row {
  entry: TimelineEntry | undefined
  tries: number
  order: number
}

/** The row a value goes on: its day when it names a day or a time of day, else the value itself. */
function rowKey(timex: Timex, value: string): string {
  const {granularity, year, month, day} = timex.from
  if (granularity !== 'day' && granularity !== 'time') return value
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Words of an event (with a letter or a digit); enough of them, and enough beside the date's. */
function isEvent(event: string, dateText: string): boolean {
  if (!event) return false
  const all = countWords(event)
  return all >= minEventWords && all - countWords(dateText) >= minWordsBesideDate
}

/** Words with a letter or digit. */
function countWords(text: string): number {
  let count = 0
  let inWord = false
  let counted = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x20) {
      inWord = false
      continue
    }
    if (!inWord) {
      inWord = true
      counted = false
    }
    if (!counted && isWordCode(code)) {
      count++
      counted = true
    }
  }
  return count
}

/**
 * The names that make an event someone's: each person's and speaker's name and last name (with a
 * genitive -s), from the article's people and quotations.
 */
function actorsOf(facts: Facts): Set<string> {
  const found = new Set<string>()
  const add = (name: string | null | undefined): void => {
    if (typeof name !== 'string') return
    const full = normalizeSpace(name)
    const last = full.slice(full.lastIndexOf(' ') + 1)
    // Upper case: a letter that lower case changes.
    if (last.length >= 3 && last[0] !== last[0].toLowerCase()) {
      found.add(last)
      found.add(last + 's')
    }
  }
  for (const person of facts.people ?? []) add(person.name)
  for (const quote of facts.quotes ?? []) add(quote.speaker)
  return found
}

/** Whether `text` (an event's sentence, or the window of it the event was read from) holds one of `actors` as a word. */
function names(text: string, actors: ReadonlySet<string>): boolean {
  if (actors.size === 0) return false
  work.steps += text.length
  // Words (letters, digits and hyphens) read in one pass, each looked up once.
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20
    if (isWordCode(code) || code === 0x2d) {
      if (start === -1) start = i
    } else if (start !== -1) {
      if (actors.has(text.slice(start, i))) return true
      start = -1
    }
  }
  return false
}

/** The words the timeline reads, per language: made once. */
interface ClauseWords {
  relative: Set<string>
  conjunction: Set<string>
  openers: Set<string>
  dangling: Set<string>
  speechVerbs: ReadonlyMap<string, readonly string[]>
  auxiliaries: Set<string>
  verbFinal: boolean
  rangeWords: readonly string[]
}

const clauseWordCache = new Map<Language, ClauseWords>()

function clauseWordsOf(lang: Language): ClauseWords {
  const key: Language = Object.hasOwn(boxWords, lang) ? lang : 'en'
  let found = clauseWordCache.get(key)
  if (!found) {
    const box: BoxWords = boxWords[key]
    found = {
      relative: new Set(box.relatives),
      conjunction: new Set(box.conjunctions),
      openers: new Set(box.clauseOpeners),
      dangling: new Set(box.dangling),
      speechVerbs: speechLocales[key].speechVerbs,
      auxiliaries: new Set(speechLocales[key].auxiliaries),
      verbFinal: box.verbFinal,
      rangeWords: box.rangeWords
    }
    clauseWordCache.set(key, found)
  }
  return found
}

/**
 * Join `1950` + `1953` into `1950/1953` when the sentence has them as `1950–1953`.
 *
 * Each date is looked for in its sentence from where the one before it was
 * found, and the dash is looked for right after it: one pass over a sentence
 * for all its dates.
 */
function mergeRanges(dates: TemporalExpression[], rangeWords: readonly string[]): TemporalExpression[] {
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
      const end = rangeEnd(a.sentence, at + from.length, b.text.trim(), rangeWords)
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

/**
 * End of `to` when `text` from `at` holds white space, a dash or a range word (`bis`, `to`), white
 * space and `to` (`–1953`, ` bis 18:00 Uhr`), else -1.
 */
function rangeEnd(text: string, at: number, to: string, rangeWords: readonly string[]): number {
  let index = at
  while (isSpaceCode(text.charCodeAt(index))) index++
  const dash = text.charCodeAt(index)
  // - – —
  if (dash === 0x2d || dash === 0x20_13 || dash === 0x20_14) {
    index++
  } else {
    const word = rangeWords.find((word) => isSpaceCode(text.charCodeAt(index + word.length)) && text.slice(index, index + word.length).toLowerCase() === word)
    if (!word || index === at) return -1
    index += word.length
  }
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
  /** The window the last event was read from: who it names is looked for there. */
  window?: string | undefined
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
 * parentheses and outside the date. A clause that is little more than the
 * date (“Am vergangenen Freitag,”) takes the next ones along; a clause that
 * follows a short subject and relative insertions (“Nordkorea und Russland,
 * die …, hätten am Mittwoch …”) gets that subject back; a relative clause
 * gets the noun it belongs to; a clause that opens with its verb, or that
 * attributes words (“…, the company confirmed last Tuesday”), starts with
 * the sentence; in a language whose clauses end in their verb, a clause with
 * an auxiliary runs on to its participle. A date in parentheses
 * (“Koreakrieg (1950–1953)”) is dropped from the text, as the timeline shows
 * it; a leading dateline (“(Seoul)”) and conjunction (“und”) are dropped too.
 * A long event leaves words out in the middle (see `fit`).
 */
export function eventText(sentence: string, dateText: string, lang: Language): string {
  return eventIn(sentenceText(sentence), dateText, clauseWordsOf(lang))
}

/**
 * `eventText` for the next date of a sentence. The clause is read from at
 * most 400 characters before the date and 200 after it (cut at a word
 * boundary), so a sentence of thousands of dates costs a bounded amount per
 * date.
 */
function eventIn(sentence: SentenceText, dateText: string, words: ClauseWords): string {
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
  sentence.window = text

  if (found === -1) {
    // The sentence does not hold the words (an extractor quirk): its beginning.
    return finish(text, 0, 0, words, cut)
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

/** The last clause of the event whose date stands in clause `index`: the clauses the date's own runs on into. */
function lastClause(text: string, segments: readonly Segment[], index: number, dateWords: number, words: ClauseWords): number {
  const first = index
  let last = index
  const slice = (segment: Segment) => text.slice(segment.start, segment.end).trim()
  // “Am vergangenen Freitag, …”, “Bis zum Montag, …”: the clause is (almost) only its date — take the next.
  while (last + 1 < segments.length && last - index < 2) {
    const shown = countWords(text.slice(segments[first].start, segments[last].end))
    if (shown >= minEventWords && shown - dateWords >= minWordsBesideDate) break
    last++
  }
  // “Am vergangenen Freitag, kurz nach Mitternacht, brannte …”: short clauses that open the sentence
  // (its date and what stands beside it) are followed by the clause that tells what happened.
  if (index === 0) {
    while (last + 1 < segments.length && last - index < 3 && !hasMoreWords(slice(segments[last]), 4)) last++
  }
  // “Ein Holztransporter hat am Montagmorgen, dem 18. Juni, am Wetzlarer Kreuz ein Verkehrschaos verursacht”:
  // where clauses end in their verb, a clause with an auxiliary runs on to the participle it waits for.
  if (words.verbFinal && !endsInVerb(slice(segments[last])) && hasAuxiliary(slice(segments[index]), words)) {
    for (let next = last + 1; next < segments.length && next - index <= 3; next++) {
      const clause = slice(segments[next])
      if (!endsInVerb(clause)) continue
      // A relative clause, or a clause of its own (“…, sind sich jedoch … näher gekommen”), ends in its own verb.
      if (!words.relative.has(firstWord(clause)) && !words.conjunction.has(firstWord(clause)) && !sharesSubject(clause, words)) last = next
      break
    }
  }
  // “Am Mittwoch sagte Putin, dass …”: what was said follows the attribution.
  if (last === index && last + 1 < segments.length && index === 0 && saysSomething(slice(segments[index]), words)) last++

  return last
}

/** The event of the date `date` at `at` in `text` (a window of its sentence): see `eventText`. */
function clauseEvent(text: string, at: number, date: string, words: ClauseWords, cut: Cut): string {
  // Drop a date that stands in parentheses of its own.
  const open = openingParenthesisBefore(text, at)
  const close = closingParenthesisAfter(text, at + date.length)
  let dateLength = date.length
  if (open !== -1 && close !== -1) {
    text = text.slice(0, open) + text.slice(close)
    dateLength = 0
    at = open
  }

  const segments = splitClauses(text, at, at + dateLength)
  let index = segments.findIndex((segment) => at >= segment.start && at <= segment.end)
  if (index === -1) index = segments.length - 1

  let first = index
  const slice = (segment: Segment) => text.slice(segment.start, segment.end).trim()
  const opensRelative = (segment: Segment) => words.relative.has(firstWord(slice(segment)))
  // A window cut short of the sentence's start: its first clause may be the tail of one.
  const isWhole = (segment: number) => segment > 0 || !cut.left

  const last = lastClause(text, segments, index, dateLength ? countWords(date) : 0, words)

  let parts: string[]
  /** Where the date's own clause starts in the event, when the event starts before it. */
  let clauseAt = 0

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
  } else if (index > 0 && isWhole(0) && (sharesSubject(slice(segments[index]), words) || saysSomething(slice(segments[index]), words))) {
    // “Der Vorsitzende, Wolfgang Jüttner, hatte Lenz gestern aufgefordert”: a clause that opens with its
    // verb shares the subject before it; “…, the company confirmed last Tuesday”: an attribution tells
    // what was said before it. Either way the event starts with the sentence, and its own clause
    // keeps its first words when the words between go.
    first = 0
    parts = [text.slice(segments[first].start, segments[last].end)]
    const lead = parts[0].length - parts[0].trimStart().length
    clauseAt = segments[index].start - segments[first].start - lead
    if (isSpaceCode(text.charCodeAt(segments[index].start))) clauseAt++
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
    words,
    {left: cut.left && segments[first].start === 0, right: cut.right && segments[last].end === text.length},
    prefix.length + clauseAt
  )
}

/** Whether a clause holds an auxiliary or modal verb among its first twelve words (“hat”, “wurde”, “soll”). */
function hasAuxiliary(clause: string, words: ClauseWords): boolean {
  for (const token of clause.split(' ', 12)) if (words.auxiliaries.has(token.toLowerCase())) return true
  return false
}

/** Whether a clause ends in a word shaped like a participle or infinitive (“verursacht”, “gekommen”, “festzunehmen”). */
function endsInVerb(clause: string): boolean {
  const last = trimEndWhere(clause.slice(clause.lastIndexOf(' ') + 1), isClausePunctuationOrStop)
  return /^\p{Ll}+(?:t|en|n)$/u.test(last)
}

/**
 * Whether a clause opens with a lower-case word that opens no clause of its own (a verb: “hatte Lenz
 * gestern aufgefordert”, “killing three on Monday”): its subject is before it.
 */
function sharesSubject(clause: string, words: ClauseWords): boolean {
  if (!/^\p{Ll}/u.test(clause)) return false
  return !words.openers.has(firstWord(clause))
}

/**
 * Whether a clause holds a speech verb among its first twelve words, with its particle when it needs
 * one (“teilte … mit”, “confirmed”, “a déclaré”; not “geteilt” alone): it attributes words.
 */
function saysSomething(clause: string, words: ClauseWords): boolean {
  const tokens = clause.split(' ', 12).map((word) => word.toLowerCase().replace(/[^\p{L}’'-]+/gu, ''))
  for (const token of tokens) {
    const particles = words.speechVerbs.get(token)
    if (particles && particles.some((particle) => particle === '' || tokens.includes(particle))) return true
  }
  return false
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
 * Trim, drop a leading conjunction, and fit the event into 90 characters (see `fit`). `cut` says the
 * text is a window whose start or end is not its clause's.
 */
function finish(value: string, dateAt: number, dateLength: number, words: ClauseWords, cut: Cut, clauseAt = 0): string {
  const lead = leadingWhere(value, isClausePunctuation)
  let text = trimEndWhere(lead === 0 ? value : value.slice(lead), isClausePunctuationOrStop)
  let at = dateAt - lead
  let clause = clauseAt - lead

  const conjunction = firstWord(text)
  if (!cut.left && words.conjunction.has(conjunction) && hasMoreWords(text, 2) && at >= conjunction.length) {
    const space = text.indexOf(' ') + 1
    text = text.slice(space)
    at -= space
    clause -= space
  }

  if (text.length <= maxEventLength && !cut.right) return cut.left ? '…\u00A0' + text : text
  return fit(text, Math.max(0, at), dateLength, words, cut, Math.max(0, clause))
}

/** A word of an event being fitted, with its place in the text. */
interface Token {
  text: string
  start: number
  keep: boolean
}

/**
 * Fit an event into 90 characters by leaving words out, never its date, its first words (the
 * subject), the first words of the date's own clause when the event starts before it, or the words
 * around the date (a preposition, the finite verb), and in a language whose
 * clauses end in their verb never its last words (“… Verteidigungsabkommen unterzeichnet”): what
 * goes is a run in the middle, shown as “…”, or the end. Words are put back after the date, then
 * before it, then after the clause's first words and the subject, as long as they fit:
 * “Nordkorea und Russland hätten am Mittwoch ein … Verteidigungsabkommen unterzeichnet”. When even
 * the kept words do not fit, the text is cut at a word boundary around the date.
 */
function fit(text: string, at: number, dateLength: number, words: ClauseWords, cut: Cut, clauseAt: number): string {
  const tokens: Token[] = []
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf(' ', start)
    if (end === -1) end = text.length
    if (end > start) tokens.push({text: text.slice(start, end), start, keep: false})
    start = end + 1
  }
  work.steps += tokens.length
  const n = tokens.length
  let dateStart = tokens.findIndex((token) => token.start + token.text.length > at)
  if (dateStart === -1) dateStart = n - 1
  let dateEnd = dateStart
  while (dateEnd + 1 < n && tokens[dateEnd + 1].start < at + dateLength) dateEnd++
  if (dateLength === 0) dateEnd = dateStart - 1

  const mark = (from: number, to: number): void => {
    for (let i = Math.max(0, from); i < Math.min(n, to); i++) tokens[i].keep = true
  }
  const early = dateStart <= 2
  // The date, the preposition and verb before it, and after a date that opens the clause the verb and subject after it.
  mark(dateStart - 2, dateEnd + 1)
  if (early) mark(dateEnd + 1, dateEnd + 4)
  // The subject: the clause's first words (unless the window starts mid-clause).
  if (!cut.left) mark(0, 3)
  // The first words of the date's own clause, when the event starts before it (the verb that shares the subject).
  const clauseStart = clauseAt > 0 ? tokens.findIndex((token) => token.start >= clauseAt) : -1
  if (clauseStart > 0 && clauseStart < dateStart) mark(clauseStart, clauseStart + 2)
  // The verb at the end of the clause, and the word before it (its object).
  if (words.verbFinal && !cut.right) {
    let tail = n
    while (tail > Math.max(dateEnd + 1, n - 3) && /^\p{Ll}/u.test(tokens[tail - 1].text)) tail--
    if (tail < n) mark(tail > dateEnd + 1 && /^\p{Lu}/u.test(tokens[tail - 1].text) ? tail - 1 : tail, n)
  }

  if (renderedLength(tokens, cut) > maxEventLength) {
    // Too much to keep: the date and the words around it, as a window.
    for (const token of tokens) token.keep = false
    mark(dateStart - 2, dateEnd + 4)
    if (renderedLength(tokens, cut) > maxEventLength) return window(text, at, dateLength, cut)
  }

  // Put words back: after the date, then before it (back from the date), then at the start of the
  // date's clause, then after the subject, each run until a word does not fit.
  const putBack = (from: number, step: 1 | -1): void => {
    let i = from
    while (i >= 0 && i < n && tokens[i].keep) i += step
    for (; i >= 0 && i < n && !tokens[i].keep; i += step) {
      tokens[i].keep = true
      if (renderedLength(tokens, cut) > maxEventLength) {
        tokens[i].keep = false
        break
      }
    }
  }
  putBack(dateEnd + 1, 1)
  putBack(dateStart - 1, -1)
  if (clauseStart > 0 && clauseStart < dateStart) putBack(clauseStart, 1)
  putBack(0, 1)

  // No short word (“zu”, “of the”) or bare punctuation before the closing ellipsis.
  let last = n - 1
  while (last >= 0 && !tokens[last].keep) last--
  if (last < n - 1 || cut.right) {
    for (let dropped = 0; dropped < 3 && last > dateEnd && isDangling(tokens[last].text, words); dropped++) {
      tokens[last].keep = false
      while (last >= 0 && !tokens[last].keep) last--
    }
  }

  return rendered(tokens, cut)
}

/** A word an event does not end on: an article, preposition or conjunction, or no word at all (“-”). */
function isDangling(token: string, words: ClauseWords): boolean {
  const word = trimEndWhere(token, isClausePunctuation)
  return !/[\p{L}\p{N}]/u.test(word) || words.dangling.has(word.toLowerCase())
}

/**
 * The kept words, a run of left-out words as “…”, ending on no short word (“zu”, “of the”) or
 * clause punctuation before an ellipsis.
 */
function rendered(tokens: readonly Token[], cut: Cut): string {
  const parts: string[] = []
  layout(tokens, cut, parts)
  return parts.join('')
}

/** The length of what `rendered` gives, without making it (it is asked once per word put back). */
function renderedLength(tokens: readonly Token[], cut: Cut): number {
  return layout(tokens, cut, undefined)
}

/** Lays the kept words out (into `parts`, when given): see `rendered`. Gives the length. */
function layout(tokens: readonly Token[], cut: Cut, parts: string[] | undefined): number {
  let length = 0
  let gap = cut.left
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (!token.keep) {
      gap = true
      continue
    }
    const text = tokens[i + 1]?.keep === false || (i === tokens.length - 1 && cut.right) ? trimEndWhere(token.text, isClausePunctuation) : token.text
    if (!text) continue
    const before = gap ? (length ? ' … ' : '…\u00A0') : length ? ' ' : ''
    length += before.length + text.length
    parts?.push(before, text)
    gap = false
  }
  if (!gap && !cut.right) return length
  const after = length ? '\u00A0…' : '…'
  parts?.push(after)
  return length + after.length
}

/** The words around the date, cut at word boundaries: the last resort of `fit`. */
function window(text: string, at: number, dateLength: number, cut: Cut): string {
  const room = maxEventLength - 4
  const start = Math.max(0, at - 30)
  const space = start === 0 ? -1 : text.lastIndexOf(' ', start)
  const from = space === -1 ? 0 : space + 1
  const body = shorten(text.slice(from), room, true, cut.right || at + dateLength < text.length)
  return from > 0 || cut.left ? '…\u00A0' + body : body
}

/** Cut at `,` `;` `:` and spaced dashes outside parentheses and brackets, and outside the date (from `keepFrom` to `keepTo`). */
function splitClauses(text: string, keepFrom: number, keepTo: number): Segment[] {
  const segments: Segment[] = []
  let depth = 0
  let start = 0

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // ( [
    if (code === 0x28 || code === 0x5b) depth++
    // ) ]
    else if ((code === 0x29 || code === 0x5d) && depth > 0) depth--
    else if (depth === 0 && (index < keepFrom || index >= keepTo)) {
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
