/** Calendar arithmetic on plain year/month/day numbers (UTC, no clock). */

export interface Day {
  year: number
  month: number
  day: number
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

export const formatYear = (year: number): string => pad(year, 4)
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`
export const formatDay = (d: Day): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`
export const formatTime = (hour: number, minute: number): string => `T${pad(hour)}:${pad(minute)}`

/** Parses `YYYY-MM-DD` (a longer ISO string is cut); null when it is not a valid day. */
export function parseDay(value: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '')
  if (!m) return null
  const d = {year: Number(m[1]), month: Number(m[2]), day: Number(m[3])}
  return isValidDay(d.year, d.month, d.day) ? d : null
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

const toEpochDays = (d: Day): number => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000
const fromEpochDays = (n: number): Day => {
  const date = new Date(n * 86_400_000)
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}
}

export const addDays = (d: Day, n: number): Day => fromEpochDays(toEpochDays(d) + n)
export const daysBetween = (a: Day, b: Day): number => toEpochDays(b) - toEpochDays(a)

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: Day): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()
  return w === 0 ? 7 : w
}

/** ISO 8601 week: the week's year and number. */
export function isoWeek(d: Day): {year: number; week: number} {
  const thursday = addDays(d, 4 - isoWeekday(d))
  const jan1 = {year: thursday.year, month: 1, day: 1}
  return {year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1}
}

export function formatWeek(d: Day): string {
  const w = isoWeek(d)
  return `${pad(w.year, 4)}-W${pad(w.week)}`
}

/** Adds months, keeping the day within the month. */
export function addMonths(year: number, month: number, n: number): {year: number; month: number} {
  const index = year * 12 + (month - 1) + n
  return {year: Math.floor(index / 12), month: (index % 12) + 1}
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
export function easterSunday(year: number): Day {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return {year, month, day}
}
