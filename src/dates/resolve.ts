import type {TemporalType} from '../types.js'
import {
  addDays,
  addMonths,
  type Day,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  isValidDay,
  isoWeekday,
  parseDay
} from './calendar.js'
import type {Direction} from './locale.js'
import type {Candidate} from './rules/rule.js'

/** Tense of a sentence: past, unknown, future. */
export type Tense = Direction

/**
 * What an expression is resolved against, as the tagger reads the article from top to bottom:
 * the publication date, the tense of the current sentence, and the dates mentioned so far.
 */
export interface Resolver {
  /** Publication date; null when unknown (relative expressions then get null). */
  dct: Day | null
  /** Tense of the sentence of the expression being resolved. */
  tense: Tense
  /** Last day mentioned in the article (narrative reference time), or null. */
  anchorDay: Day | null
  /** Last day mentioned in the current sentence, or null. */
  sentenceDay: Day | null
  /** Last year written out in the current sentence, or null. */
  sentenceYear: number | null
  /** A day of the last week mentioned ("der ersten Woche"), or null. */
  lastWeek: Day | null
}

/** The narrative reference day: the last day mentioned, else the publication date. */
export const referenceDay = (r: Resolver): Day | null => r.anchorDay ?? r.dct

/**
 * Year of a month (and day) given without year, from the publication date and the tense: in a past
 * sentence the last such date on or before the publication date, in a future one the next on or after
 * it, else the nearest. A year written out earlier in the same sentence wins.
 */
export function inferYear(r: Resolver, month: number, day: number | null): number | null {
  if (r.sentenceYear !== null) return r.sentenceYear
  const dct = r.dct
  if (!dct) return null
  const cmp = month !== dct.month ? month - dct.month : day === null ? 0 : day - dct.day
  if (r.tense < 0) return cmp <= 0 ? dct.year : dct.year - 1
  if (r.tense > 0) return cmp >= 0 ? dct.year : dct.year + 1
  const diff = month - dct.month
  if (diff > 6) return dct.year - 1
  if (diff < -6) return dct.year + 1
  return dct.year
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
 * The day a weekday refers to. `modifier` −1 ("vergangenen Mittwoch") and +1 ("kommenden Mittwoch")
 * exclude the publication day itself; otherwise the tense decides: a future sentence means the next
 * such day, any other the most recent one on or before the publication date.
 */
export function weekdayDay(r: Resolver, weekday: number, modifier: Direction | null): Day | null {
  const dct = r.dct
  if (!dct) return null
  const today = isoWeekday(dct)
  const direction = modifier ?? (r.tense > 0 ? 1 : -1)
  if (direction > 0) return addDays(dct, ((weekday - today + 7) % 7) || 7)
  const back = (today - weekday + 7) % 7
  return addDays(dct, modifier === -1 && back === 0 ? -7 : -back)
}

/** Year, month or week of the publication date moved by `n` units. */
export function shiftUnit(r: Resolver, unit: 'Y' | 'M' | 'W' | 'D', n: number, base: Day | null = r.dct): string | null {
  if (!base) return null
  switch (unit) {
    case 'Y': return formatYear(base.year + n)
    case 'M': { const m = addMonths(base.year, base.month, n); return formatMonth(m.year, m.month) }
    case 'W': return formatWeek(addDays(base, 7 * n))
    default: return formatDay(addDays(base, n))
  }
}

/** The weekend of the publication week moved by `n` weeks; without direction, the tense decides. */
export function weekend(r: Resolver, n: number | null): string | null {
  const dct = r.dct
  if (!dct) return null
  let shift = n ?? 0
  if (n === null && r.tense < 0 && isoWeekday(dct) < 6) shift = -1
  return `${formatWeek(addDays(dct, 7 * shift))}-WE`
}

// ---------------------------------------------------------------------------------------------
// Stage 3: the chosen candidates resolved in text order, each against the dates before it.

/** A temporal expression found and resolved. */
export interface TemporalMatch {
  start: number
  end: number
  text: string
  value: string | null
  type: TemporalType
}

/** A tense cue found by the scan: where it stands, and the tense it marks. */
export interface TenseCue {
  at: number
  tense: Tense
}

/** How far (UTF-16 units) from an expression a tense cue may stand. */
const CUE_REACH = 250

/**
 * Resolves the chosen candidates (sorted by start) from top to bottom: each against the publication date,
 * the tense of its sentence, and the days and years mentioned before it (`starts`: the sentence starts).
 */
export function resolveAll(text: string, chosen: Candidate[], cues: TenseCue[], dct: Day | null, starts: readonly number[]): TemporalMatch[] {
  const r: Resolver = {dct, tense: 0, anchorDay: null, sentenceDay: null, sentenceYear: null, lastWeek: null}
  const out: TemporalMatch[] = []
  let sentence = -1
  let cue = 0
  for (const c of chosen) {
    // move to the sentence of the candidate
    let s = sentence
    while (s + 1 < starts.length && starts[s + 1] <= c.start) s++
    if (s !== sentence) {
      sentence = s
      r.sentenceDay = null
      r.sentenceYear = null
    }
    const from = starts[sentence]
    const to = sentence + 1 < starts.length ? starts[sentence + 1] : text.length
    // the cue nearest the expression within its sentence (outside the expression, and not too far) decides the tense
    const lo = Math.max(from, c.start - CUE_REACH)
    while (cue < cues.length && cues[cue].at < lo) cue++
    r.tense = nearestTense(cues, cue, Math.min(to, c.end + CUE_REACH), c)
    if (c.explicitYear !== undefined) r.sentenceYear = null
    const value = c.resolve(r)
    if (c.explicitYear !== undefined) r.sentenceYear = c.explicitYear
    if (value) remember(r, c.type, value)
    out.push({start: c.start, end: c.end, text: text.slice(c.start, c.end), value, type: c.type})
  }
  return out
}

/** The tense of the cue nearest the start of `c`, of the cues from index `first` that stand before `hi` and outside `c`; 0 for none. */
function nearestTense(cues: TenseCue[], first: number, hi: number, c: Candidate): Tense {
  let best: {d: number; tense: Tense} | null = null
  for (let k = first; k < cues.length && cues[k].at < hi; k++) {
    const at = cues[k].at
    if (at >= c.start && at < c.end) continue
    const d = Math.abs(at - c.start)
    if (!best || d < best.d) best = {d, tense: cues[k].tense}
  }
  return best ? best.tense : 0
}

/** A resolved value becomes what later expressions are read against: the day (and week) last mentioned. */
function remember(r: Resolver, type: TemporalType, value: string): void {
  if (type === 'DATE') {
    const day = parseDay(value)
    if (day) {
      r.anchorDay = day
      r.sentenceDay = day
      r.lastWeek = day
    } else if (/^\d{4}-W\d\d$/.test(value)) {
      r.lastWeek = weekDay(value)
    }
  } else if (type === 'TIME' && /T[A-Z]{2}$/.test(value)) {
    const day = parseDay(value)
    if (day) { r.anchorDay = day; r.sentenceDay = day }
  }
}

/** Thursday of an ISO week `YYYY-Www` (a day inside it). */
function weekDay(value: string): Day {
  const year = Number(value.slice(0, 4))
  const week = Number(value.slice(6, 8))
  const jan4 = new Date(Date.UTC(year, 0, 4))
  const day = jan4.getUTCDay() || 7
  const thursday = new Date(jan4.getTime() + ((week - 1) * 7 + (4 - day)) * 86_400_000)
  return {year: thursday.getUTCFullYear(), month: thursday.getUTCMonth() + 1, day: thursday.getUTCDate()}
}
