import {
  addDays,
  addMonths,
  type Day,
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
