/**
 * Days written out: "Donnerstag, 25. Februar", "vom 5. bis 22. November", "am 16. und 17. Mai",
 * "le 2 octobre prochain", "June 19, 2024", "15.02.2007".
 */
import {formatDay, isValidDay} from '../calendar.js'
import type {Direction} from '../locale.js'
import {dayWithoutYear, type Resolver} from '../reference.js'
import type {Lexicon} from './lexicon.js'
import {B, before, DIGIT, E, norm, S} from './pattern.js'
import {defineRule, type Rule} from './rule.js'

export function dayRules(x: Lexicon): Rule[] {
  const rules = [dayMonth(x)]
  if (x.locale.monthDayOrder) rules.push(monthDay(x))
  rules.push(numericDate(x))
  return rules
}

/** A day of a month, of the year written out or else of the year the resolver infers. */
function fullDay(year: number | null, month: number, day: number) {
  return (r: Resolver): string | null =>
    year !== null ? (isValidDay(year, month, day) ? formatDay({year, month, day}) : null) : dayWithoutYear(r, month, day)
}

/**
 * A day of a month with a weekday named and no year: the year in which that day falls on that weekday,
 * nearest to the publication year (unless a year stands earlier in the sentence).
 */
function dayOnWeekday(month: number, day: number, weekday: number) {
  return (r: Resolver): string | null => {
    if (r.published && r.sentenceYear === null) {
      const year = r.published.year
      for (const y of [year, year + 1, year - 1]) {
        if (isValidDay(y, month, day) && new Date(Date.UTC(y, month - 1, day)).getUTCDay() % 7 === weekday % 7) return formatDay({year: y, month, day})
      }
    }
    return dayWithoutYear(r, month, day)
  }
}

// "Donnerstag, 25. Februar", "19. Juni 2024", "vom 5. bis 22. November" (two days, one match), "2 octobre prochain"
function dayMonth(x: Lexicon): Rule {
  const {MONTH, WD, ART, RANGETO, DAYSUF, RELAFTER, daySuffixRequired} = x.patterns
  const {months, weekdays} = x.words
  return defineRule(
    'day-month',
    [x.words.weekdayForms, DIGIT],
    [Object.keys(x.locale.months)],
    `${B}(?:(${WD})(?:,\\s{0,3}|${S})(?:${ART}${S})?)?(\\d{1,2})${DAYSUF}(?:\\s{0,3}(?:${RANGETO}(?:${S}${ART})?|[–—/-])\\s{0,3}(\\d{1,2})${DAYSUF})?\\s{0,3}(${MONTH})${E}(?:\\.?\\s{0,3}(\\d{4})(?![\\p{L}\\p{N}])|${S}(${RELAFTER})${E})?`,
    (m, _text, emit) => {
      const [all, wd, d1, d2, mon, yr, after] = m
      const month = months.get(norm(mon))!
      const year = yr ? Number(yr) : null
      const weekday = wd ? weekdays.get(norm(wd))! : null
      const second = d2 ? Number(d2) : null
      const first = Number(d1)
      const start = m.index
      const end = start + all.length
      if (first < 1 || first > 31 || (second !== null && (second < 1 || second > 31))) return
      const resolveDay = (day: number): ((r: Resolver) => string | null) =>
        year === null && weekday !== null ? dayOnWeekday(month, day, weekday) : fullDay(year, month, day)
      const explicitYear = year ?? undefined
      const direction: Direction | undefined = after ? x.words.relativeModifiersAfter.get(norm(after)) : undefined
      if (second === null) {
        emit({start, end, span: all.length, type: 'DATE', explicitYear, direction, resolve: resolveDay(first)})
        return
      }
      const firstEnd = start + all.indexOf(d1) + d1.length + (daySuffixRequired ? 1 : 0)
      emit({start, end: firstEnd, span: all.length, type: 'DATE', explicitYear, direction, resolve: resolveDay(first)})
      const secondStart = start + all.indexOf(d2, firstEnd - start)
      emit({start: secondStart, end, span: all.length, type: 'DATE', explicitYear, direction, resolve: resolveDay(second)})
    }
  )
}

// "June 19, 2024", "Wednesday, June 19th", "May 16 and 17" (two days, one match)
function monthDay(x: Lexicon): Rule {
  const {MONTH, WD, MDSUF, RANGETO} = x.patterns
  return defineRule(
    'month-day',
    [x.words.weekdayForms, Object.keys(x.locale.months)],
    [Object.keys(x.locale.months)],
    `${B}(?:(${WD}),?${S})?(${MONTH})${S}(\\d{1,2})${MDSUF}(?:\\s{0,3}(?:${RANGETO}|[–—-])\\s{0,3}(\\d{1,2})${MDSUF})?${E}(?:,?${S}(\\d{4})(?![\\p{L}\\p{N}]))?`,
    (m, _text, emit) => {
      const [all, , mon, d, d2, yr] = m
      const month = x.words.months.get(norm(mon))!
      const day = Number(d)
      const second = d2 ? Number(d2) : null
      const year = yr ? Number(yr) : null
      if (day < 1 || day > 31 || (second !== null && (second < 1 || second > 31))) return
      const start = m.index
      const explicitYear = year ?? undefined
      if (second === null) {
        emit({start, end: start + all.length, span: all.length, type: 'DATE', explicitYear, resolve: fullDay(year, month, day)})
        return
      }
      const firstEnd = start + all.indexOf(d, all.indexOf(mon) + mon.length) + d.length
      emit({start, end: firstEnd, span: all.length, type: 'DATE', explicitYear, resolve: fullDay(year, month, day)})
      emit({start: start + all.indexOf(d2, firstEnd - start), end: start + all.length, span: all.length, type: 'DATE', explicitYear, resolve: fullDay(year, month, second)})
    }
  )
}

// "15.02.2007", "23. 3. 1976", "15/02/07"; without year only after a cue ("am 15.02.")
function numericDate(x: Lexicon): Rule {
  const {SEP} = x.patterns
  return defineRule(
    'numeric-date',
    [DIGIT],
    [DIGIT],
    `(?<![\\p{L}\\p{N}]|\\p{N}[.,:/])(\\d{1,2})${SEP}\\s?(\\d{1,2})${SEP}(?:\\s?(\\d{4})|(\\d{2}))?(?![\\p{N}]|[.,:]\\p{N})`,
    (m, text, emit) => {
      const [all, d, mo, y4, y2] = m
      const day = Number(d)
      const month = Number(mo)
      if (month < 1 || month > 12 || day < 1 || day > 31) return
      let year: number | null = y4 ? Number(y4) : null
      if (y2) year = Number(y2) + (Number(y2) < 50 ? 2000 : 1900)
      if (year === null && !x.cues.numericDate.test(before(text, m.index))) return
      if (year !== null && (year < 1000 || year > 2199)) return
      emit({start: m.index, end: m.index + all.length, span: all.length + 2, type: 'DATE', explicitYear: year ?? undefined, resolve: fullDay(year, month, day)})
    }
  )
}
