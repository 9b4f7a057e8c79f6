/**
 * What an expression is resolved against — the publication date (perhaps known only to its month or
 * year), the tense of its sentence and the days mentioned before it — and the questions the rules ask
 * of it: which year a year-less date falls in, which day a weekday is, which day a time belongs to.
 * Every answer that rests on a direction no cue gave marks the resolution as guessed.
 */
import {
  addDays,
  addMonths,
  type Day,
  daysBetween,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  isValidDay,
  isoWeekday
} from './calendar.js'
import type {Direction} from './locale.js'

/** Tense of a sentence: past, unknown, future. */
export type Tense = Direction

/** What is known of the publication date: its year, its month (null when only the year is known). */
export interface Published {
  year: number
  month: number | null
}

/** A day mentioned in the article, and whether its value rested on a guess. */
export interface Mention {
  day: Day
  guessed: boolean
}

/**
 * What an expression is resolved against, as the tagger reads the article from top to bottom:
 * the publication date, the tense of the current sentence, and the dates mentioned so far.
 */
export interface Resolver {
  /** Publication date when its day is known; null otherwise (expressions that need the day then get null). */
  dct: Day | null
  /** What is known of the publication date, also when only its month or year is; null without one. */
  published: Published | null
  /** Tense of the sentence of the expression being resolved. */
  tense: Tense
  /** Direction forced by the expression's own words ("2 octobre prochain", "samedi dernier"), or null. */
  forced: Direction | null
  /** Last day mentioned in the article (narrative reference time), in the current paragraph, in the current sentence. */
  anchor: Mention | null
  paragraphDay: Mention | null
  sentenceDay: Mention | null
  /** Last year written out in the current sentence, or null. */
  sentenceYear: number | null
  /** A day of the last week mentioned ("der ersten Woche"), or null. */
  lastWeek: Mention | null
  /** Set while resolving an expression whose value rests on a guessed direction (or on a day that did). */
  guessed: boolean
}

/** How many days from the publication date a year-less day may stand and still be read as the nearest such day, whatever the tense. */
export const NEAR_DAYS = 31

/** The publication date as far as it is known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (a longer ISO string is cut). */
export function parsePublished(value: string | null | undefined): Published | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(value ?? '')
  if (!m) return null
  const month = m[2] === undefined ? null : Number(m[2])
  if (month !== null && (month < 1 || month > 12)) return null
  return {year: Number(m[1]), month}
}

export function newResolver(dct: Day | null, published: Published | null): Resolver {
  return {dct, published, tense: 0, forced: null, anchor: null, paragraphDay: null, sentenceDay: null, sentenceYear: null, lastWeek: null, guessed: false}
}

/** The day of a mention, marking the resolution guessed when the mention was. */
function use(r: Resolver, m: Mention | null): Day | null {
  if (!m) return null
  if (m.guessed) r.guessed = true
  return m.day
}

/** The narrative reference day: the last day mentioned, else the publication date. */
export const referenceDay = (r: Resolver): Day | null => use(r, r.anchor) ?? r.dct

/**
 * The day a clock time belongs to: the last day its sentence mentions; else the last day its paragraph
 * mentions, when it lies before the publication date (a report goes on narrating that day: "Am
 * vergangenen Freitag betrat er um 11.35 Uhr die Schule. Dort fielen gegen 11.40 Uhr Schüsse."); else
 * the publication date (a listing of the day's events that named a coming day for one of them).
 */
export const contextDay = (r: Resolver): Day | null => {
  const p = r.paragraphDay
  const carried = p && r.dct && daysBetween(p.day, r.dct) > 0 ? p : null
  return use(r, r.sentenceDay ?? carried) ?? r.dct
}

/** The day a part of the day ("am Abend") belongs to: the last day of its sentence, else the last day mentioned. */
export const dayPartDay = (r: Resolver): Day | null => use(r, r.sentenceDay) ?? referenceDay(r)

/** A day of the last week mentioned, else the reference day. */
export const weekDayOf = (r: Resolver): Day | null => use(r, r.lastWeek) ?? referenceDay(r)

/** The direction that places an expression: its own word, else the tense of its sentence; 0 when neither gives one. */
const directionOf = (r: Resolver): Direction => r.forced ?? r.tense

/**
 * Year of a month (and day) given without year. A year written out earlier in the same sentence wins.
 * Else the direction decides: past the last such date on or before the publication date, future the
 * next on or after it (a word such as "prochain" or "dernier" excludes the date itself), and with no
 * direction the nearest (guessed unless both directions agree, or the day is within `NEAR_DAYS`). A
 * past sentence about a day within `NEAR_DAYS` after the publication date speaks of a day to come
 * ("ont déposé un préavis de grève pour le 16 février"): that day, guessed; a future sentence about a
 * day just past keeps the tense's reading, guessed too.
 */
export function inferYear(r: Resolver, month: number, day: number | null): number | null {
  if (r.sentenceYear !== null) return r.sentenceYear
  const pub = r.published
  if (!pub) return null
  if (pub.month === null) { r.guessed = true; return pub.year }
  const ref = r.dct
  const dir = directionOf(r)
  if (day !== null && ref && r.forced === null) {
    const near = nearYear(ref, month, day)
    if (near !== null) {
      if (dir === 0) return near
      const byTense = yearByDirection(pub, ref, month, day, dir, false)
      if (byTense !== near) r.guessed = true
      return dir < 0 ? near : byTense
    }
  }
  if (day !== null && !ref && month === pub.month) { r.guessed = true; return pub.year }
  if (dir !== 0) return yearByDirection(pub, ref, month, day, dir, r.forced !== null)
  const back = yearByDirection(pub, ref, month, day, -1, false)
  const ahead = yearByDirection(pub, ref, month, day, 1, false)
  if (back !== ahead) r.guessed = true
  const diff = month - pub.month
  return diff > 6 ? pub.year - 1 : diff < -6 ? pub.year + 1 : pub.year
}

/** The year in which `month`/`day` falls within `NEAR_DAYS` of `ref`, or null. */
function nearYear(ref: Day, month: number, day: number): number | null {
  for (const year of [ref.year, ref.year - 1, ref.year + 1]) {
    if (isValidDay(year, month, day) && Math.abs(daysBetween(ref, {year, month, day})) <= NEAR_DAYS) return year
  }
  return null
}

/** The year of the last (`dir` −1) or next (+1) such date, on or before/after the publication date, or strictly so. */
function yearByDirection(pub: Published, ref: Day | null, month: number, day: number | null, dir: Direction, strict: boolean): number {
  const pm = pub.month ?? month
  const cmp = month !== pm ? month - pm : day === null || ref === null ? 0 : day - ref.day
  if (dir < 0) return cmp < 0 || (cmp === 0 && !strict) ? pub.year : pub.year - 1
  return cmp > 0 || (cmp === 0 && !strict) ? pub.year : pub.year + 1
}

/** A day of a month without year; null when it does not exist or cannot be placed. */
export function dayWithoutYear(r: Resolver, month: number, day: number): string | null {
  const year = inferYear(r, month, day)
  if (year === null || !isValidDay(year, month, day)) return null
  return formatDay({year, month, day})
}

export function monthWithoutYear(r: Resolver, month: number): string | null {
  const year = inferYear(r, month, null)
  return year === null ? null : formatMonth(year, month)
}

/**
 * The day a weekday refers to. `modifier` −1 ("vergangenen Mittwoch", "samedi dernier") and +1
 * ("kommenden Mittwoch", "lundi prochain") exclude the publication day itself; otherwise the tense
 * decides: a future sentence means the next such day, a past one the most recent on or before the
 * publication date, and with no tense cue the most recent, guessed.
 */
export function weekdayDay(r: Resolver, weekday: number, modifier: Direction | null): Day | null {
  const dct = r.dct
  if (!dct) return null
  const today = isoWeekday(dct)
  if (modifier === null && r.tense === 0) r.guessed = true
  const direction = modifier ?? (r.tense > 0 ? 1 : -1)
  if (direction > 0) return addDays(dct, ((weekday - today + 7) % 7) || 7)
  const back = (today - weekday + 7) % 7
  return addDays(dct, modifier === -1 && back === 0 ? -7 : -back)
}

/**
 * A weekday with a demonstrative ("ce mardi", "diesen Montag"): the publication day when it is that
 * weekday; else the tense decides; with no tense cue, that day of the publication week, guessed.
 */
export function thisWeekday(r: Resolver, weekday: number): Day | null {
  const dct = r.dct
  if (!dct) return null
  const today = isoWeekday(dct)
  if (today === weekday) return dct
  if (r.tense !== 0) return weekdayDay(r, weekday, null)
  r.guessed = true
  return addDays(dct, weekday - today)
}

/** Year, month, week or day of `base` (default: the publication date) moved by `n` units; a year or month needs only the part of the publication date it names. */
export function shiftUnit(r: Resolver, unit: 'Y' | 'M' | 'W' | 'D', n: number, base: Day | null = r.dct): string | null {
  if (unit === 'Y' || unit === 'M') {
    const pub = base ?? (unit === 'Y' || r.published?.month != null ? r.published : null)
    if (!pub) return null
    if (unit === 'Y') return formatYear(pub.year + n)
    const m = addMonths(pub.year, pub.month!, n)
    return formatMonth(m.year, m.month)
  }
  if (!base) return null
  return unit === 'W' ? formatWeek(addDays(base, 7 * n)) : formatDay(addDays(base, n))
}

/** The publication year moved by `n`, or null without one. */
export const yearFrom = (r: Resolver, n: number): number | null => (r.published ? r.published.year + n : null)

/** The weekend of the publication week moved by `n` weeks; without direction, the tense decides (guessed without a cue on a weekday). */
export function weekend(r: Resolver, n: number | null): string | null {
  const dct = r.dct
  if (!dct) return null
  let shift = n ?? 0
  if (n === null && isoWeekday(dct) < 6) {
    if (r.tense < 0) shift = -1
    if (r.tense === 0) r.guessed = true
  }
  return `${formatWeek(addDays(dct, 7 * shift))}-WE`
}
