/**
 * TIMEX3 values: parse the ones that name a point or stretch on the calendar,
 * order them, format them in a language and tell which can go in `<time datetime>`.
 */
import type {BoxLabels} from './settings.js'

/** One calendar value (no range). */
export interface TimexPoint {
  granularity:
    | 'century'
    | 'decade'
    | 'year'
    | 'season'
    | 'quarter'
    | 'half'
    | 'month'
    | 'week'
    | 'day'
    | 'time'
  year: number
  /** 1–12 (first month of a season, quarter or half year). */
  month: number
  day: number
  hour: number
  minute: number
  second: number
  /** Season, quarter, half or week number when that is the granularity. */
  part: number | string
  /** Offset as written (`Z`, `+02:00`), for times. */
  zone: string
  /** First millisecond (UTC, wall clock) the value covers. */
  start: number
  /** Last millisecond (UTC, wall clock) the value covers. */
  end: number
}

/** A parsed value: a point, or a range of two points (`1950/1953`). */
export interface Timex {
  from: TimexPoint
  to: TimexPoint | undefined
  /** First millisecond covered. */
  start: number
  /** Last millisecond covered. */
  end: number
}

const seasonStart: Record<string, number> = {SP: 3, SU: 6, FA: 9, WI: 12}

/**
 * Parse a TIMEX3 value that denotes a calendar point or a range of two.
 *
 * Gives `undefined` for anything that cannot be placed on the calendar:
 * durations (`P24Y`), sets, references (`PRESENT_REF`), values with
 * unknown digits (`XXXX-06`), open ranges.
 */
export function parseTimex(value: string): Timex | undefined {
  const trimmed = value.trim()
  const slash = trimmed.indexOf('/')

  if (slash !== -1) {
    const from = parsePoint(trimmed.slice(0, slash))
    const to = parsePoint(trimmed.slice(slash + 1))
    if (!from || !to || to.end < from.start) return undefined
    return {from, to, start: from.start, end: to.end}
  }

  const point = parsePoint(trimmed)
  return point ? {from: point, to: undefined, start: point.start, end: point.end} : undefined
}

function parsePoint(value: string): TimexPoint | undefined {
  let match: RegExpExecArray | null

  if ((match = /^(\d{2})$/.exec(value))) {
    const year = Number(match[1]) * 100
    return point('century', year, 1, 1, span(year, 1, 1), span(year + 100, 1, 1) - 1)
  }

  if ((match = /^(\d{3})$/.exec(value))) {
    const year = Number(match[1]) * 10
    return point('decade', year, 1, 1, span(year, 1, 1), span(year + 10, 1, 1) - 1)
  }

  if ((match = /^(\d{4})$/.exec(value))) {
    const year = Number(match[1])
    return point('year', year, 1, 1, span(year, 1, 1), span(year + 1, 1, 1) - 1)
  }

  if ((match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const year = Number(match[1])
    const month = seasonStart[match[2]]
    const result = point('season', year, month, 1, span(year, month, 1), span(year, month + 3, 1) - 1)
    result.part = match[2]
    return result
  }

  if ((match = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const year = Number(match[1])
    const quarter = Number(match[2])
    const month = quarter * 3 - 2
    const result = point('quarter', year, month, 1, span(year, month, 1), span(year, month + 3, 1) - 1)
    result.part = quarter
    return result
  }

  if ((match = /^(\d{4})-H([12])$/.exec(value))) {
    const year = Number(match[1])
    const half = Number(match[2])
    const month = half * 6 - 5
    const result = point('half', year, month, 1, span(year, month, 1), span(year, month + 6, 1) - 1)
    result.part = half
    return result
  }

  if ((match = /^(\d{4})-(\d{2})$/.exec(value))) {
    const year = Number(match[1])
    const month = Number(match[2])
    if (month < 1 || month > 12) return undefined
    return point('month', year, month, 1, span(year, month, 1), span(year, month + 1, 1) - 1)
  }

  if ((match = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(value))) return weekPoint(Number(match[1]), Number(match[2]))

  return parseDay(value)
}

/** An ISO week (`2024-W25`). */
function weekPoint(year: number, week: number): TimexPoint | undefined {
  if (week < 1 || week > weeksInYear(year)) return undefined
  const monday = isoWeekMonday(year, week)
  const date = new Date(monday)
  const result = point('week', year, date.getUTCMonth() + 1, date.getUTCDate(), monday, monday + 7 * 86_400_000 - 1)
  result.part = week
  return result
}

/** A day, with or without a clock time or a part of the day (`2024-06-19T14:30+02:00`, `2024-06-19TMO`). */
function parseDay(value: string): TimexPoint | undefined {
  let match: RegExpExecArray | null
  if (
    (match =
      /^(\d{4})-(\d{2})-(\d{2})(?:T(?:(MO|MI|AF|EV|NI|DT)|(\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?))?$/.exec(
        value
      ))
  ) {
    const year = Number(match[1])
    const month = Number(match[2])
    const day = Number(match[3])
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined

    // No clock time (or only a part of the day): the whole day.
    if (match[5] === undefined) {
      return point('day', year, month, day, span(year, month, day), span(year, month, day + 1) - 1)
    }

    const hour = Number(match[5])
    const minute = match[6] === undefined ? 0 : Number(match[6])
    const second = match[7] === undefined ? 0 : Number(match[7])
    if (hour > 23 || minute > 59 || second > 59) return undefined
    const zone = match[8] === undefined ? '' : normalizeZone(match[8])
    if (zone === undefined) return undefined
    const start = Date.UTC(year, month - 1, day, hour, minute, second)
    const result = point('time', year, month, day, start, start + 59_999)
    result.hour = hour
    result.minute = minute
    result.second = second
    result.zone = zone
    return result
  }

  return undefined
}

function point(
  granularity: TimexPoint['granularity'],
  year: number,
  month: number,
  day: number,
  start: number,
  end: number
): TimexPoint {
  return {granularity, year, month, day, hour: 0, minute: 0, second: 0, part: 0, zone: '', start, end}
}

/** Milliseconds of a UTC calendar day; months and days may overflow. */
function span(year: number, month: number, day: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getTime()
}

function daysInMonth(year: number, month: number): number {
  return new Date(span(year, month + 1, 1) - 1).getUTCDate()
}

function isoWeekMonday(year: number, week: number): number {
  const january4 = span(year, 1, 4)
  const weekday = (new Date(january4).getUTCDay() + 6) % 7 // Monday = 0
  return january4 - weekday * 86_400_000 + (week - 1) * 7 * 86_400_000
}

function weeksInYear(year: number): number {
  // A year has 53 ISO weeks when December 28 falls in week 53.
  const december28 = span(year, 12, 28)
  const firstMonday = isoWeekMonday(year, 1)
  return Math.floor((december28 - firstMonday) / (7 * 86_400_000)) + 1
}

function normalizeZone(zone: string): string | undefined {
  if (zone === 'Z') return 'Z'
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)
  if (!match) return undefined
  if (Number(match[2]) > 23 || Number(match[3]) > 59) return undefined
  return match[1] + match[2] + ':' + match[3]
}

/**
 * The value for `<time datetime>`, when the point has a valid HTML
 * representation (HTML “dates and times” microsyntaxes), else `undefined`.
 */
export function htmlDatetime(point: TimexPoint): string | undefined {
  const year = pad(point.year, 4)

  switch (point.granularity) {
    case 'year': {
      // “Four or more ASCII digits, at least one of which is not 0.”
      return point.year > 0 ? year : undefined
    }

    case 'month': {
      return point.year > 0 ? year + '-' + pad(point.month, 2) : undefined
    }

    case 'day': {
      return point.year > 0 ? year + '-' + pad(point.month, 2) + '-' + pad(point.day, 2) : undefined
    }

    case 'week': {
      return point.year > 0 ? year + '-W' + pad(Number(point.part), 2) : undefined
    }

    case 'time': {
      if (point.year <= 0) return undefined
      let result =
        year +
        '-' +
        pad(point.month, 2) +
        '-' +
        pad(point.day, 2) +
        'T' +
        pad(point.hour, 2) +
        ':' +
        pad(point.minute, 2)
      if (point.second) result += ':' + pad(point.second, 2)
      return result + point.zone
    }

    default: {
      // Centuries, decades, seasons, quarters, halves: no HTML syntax.
      return undefined
    }
  }
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0')
}

/**
 * Format a point for readers, in the labels’ language. `firstOfMonth` is how the language writes the
 * first day of a month (“1er” in French: “1er avril 2024”), or null for the number.
 */
export function formatPoint(point: TimexPoint, labels: BoxLabels, firstOfMonth: string | null = null): string {
  const locale = labels.locale
  const date = new Date(point.start)

  switch (point.granularity) {
    case 'century': {
      const number = point.year / 100 + 1
      return fill(labels.century, {number: String(number), ordinal: ordinal(number, labels)})
    }

    case 'decade': {
      return fill(labels.decade, {year: String(point.year)})
    }

    case 'year': {
      return String(point.year)
    }

    case 'season': {
      const key = ({SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter'} as const)[
        point.part as 'SP' | 'SU' | 'FA' | 'WI'
      ]
      return fill(labels.seasons[key], {year: String(point.year)})
    }

    case 'quarter': {
      const quarter = Number(point.part)
      return fill(labels.quarter, {
        quarter: String(quarter),
        ordinal: ordinal(quarter, labels),
        year: String(point.year)
      })
    }

    case 'half': {
      // No label of its own: the months it spans ("Juli–Dezember 2024").
      const months = formatter(locale, 'month-name', {timeZone: 'UTC', month: 'long'})
      const last = new Date(point.end)
      return `${months.format(date)}–${months.format(last)} ${point.year}`
    }

    case 'month': {
      return formatter(locale, 'month', {timeZone: 'UTC', month: 'long', year: 'numeric'}).format(
        date
      )
    }

    case 'week': {
      return fill(labels.week, {week: String(point.part), year: String(point.year)})
    }

    case 'day': {
      const format = formatter(locale, 'day', {
        timeZone: 'UTC',
        day: 'numeric',
        month: 'long',
        year: 'numeric'
      })
      return point.day === 1 && firstOfMonth ? withFirstDay(format, date, firstOfMonth) : format.format(date)
    }

    case 'time': {
      const format = formatter(locale, 'time', {
        timeZone: 'UTC',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: 'numeric',
        minute: '2-digit'
      })
      return point.day === 1 && firstOfMonth ? withFirstDay(format, date, firstOfMonth) : format.format(date)
    }
  }
}

/** The clock time of a point alone (“18:00”), for the end of a range within one day. */
export function formatClock(point: TimexPoint, labels: BoxLabels): string {
  return formatter(labels.locale, 'clock', {timeZone: 'UTC', hour: 'numeric', minute: '2-digit'}).format(new Date(point.start))
}

/** `date` formatted with its day (the first of the month) written as `first`. */
function withFirstDay(format: Intl.DateTimeFormat, date: Date, first: string): string {
  let result = ''
  for (const part of format.formatToParts(date)) result += part.type === 'day' ? first : part.value
  return result
}

function ordinal(value: number, labels: BoxLabels): string {
  let rules = pluralRules.get(labels.locale)
  if (!rules) {
    rules = new Intl.PluralRules(labels.locale, {type: 'ordinal'})
    pluralRules.set(labels.locale, rules)
  }
  const category = rules.select(value)
  return String(value) + (labels.ordinalSuffixes[category] ?? labels.ordinalSuffixes.other)
}

/** Replace `{name}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name] : whole
  )
}

/** Compare two parsed values chronologically: by start, then by end. */
export function compareTimex(a: Timex, b: Timex): number {
  return a.start - b.start || a.end - b.end
}

/** Intl objects are costly to build: one per locale and shape, reused. */
const formatters = new Map<string, Intl.DateTimeFormat>()
const pluralRules = new Map<string, Intl.PluralRules>()

function formatter(locale: string, shape: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${shape}`
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options)
    formatters.set(key, found)
  }
  return found
}
