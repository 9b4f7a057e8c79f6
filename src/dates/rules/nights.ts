/**
 * A night between two days, the night of its first day: "la nuit du 13 au 14 novembre", "nuit de samedi
 * à dimanche", "in der Nacht vom 13. auf den 14. November", "in der Nacht zum Sonntag" (the night
 * before the day named).
 */
import {addDays, type Day, formatDay, isValidDay} from '../calendar.js'
import {inferYear, type Resolver, weekdayDay} from '../reference.js'
import type {Lexicon} from './lexicon.js'
import {B, E, norm, S} from './pattern.js'
import {defineRule, type Rule} from './rule.js'

export function nightRules(x: Lexicon): Rule[] {
  return [night(x)]
}

/** One of the two days of a night: a weekday, or a day number with its month perhaps written after the other day. */
interface NightDay {
  weekday: number | null
  day: number | null
  month: number | null
}

function night(x: Lexicon): Rule {
  const {ART, NIGHT, NIGHTFROM, NIGHTTO, WD, MONTH, DAYSUF} = x.patterns
  const L = x.locale
  const day = `(?:(${WD})|(\\d{1,2})${DAYSUF}(?:\\s{1,3}(${MONTH}))?)`
  return defineRule(
    'night',
    [L.articles, L.nightNouns],
    [L.nightNouns],
    `${B}(?:${ART}${S})?${NIGHT}${S}(?:${NIGHTFROM}${S}${day}${S})?${NIGHTTO}${S}${day}${E}(?:\\s{1,3}(\\d{4})(?![\\p{L}\\p{N}]))?`,
    (m, _text, emit) => {
      const [all, wd1, d1, mon1, wd2, d2, mon2, yr] = m
      const read = (wd: string | undefined, d: string | undefined, mon: string | undefined): NightDay => ({
        weekday: wd ? x.words.weekdays.get(norm(wd))! : null,
        day: d ? Number(d) : null,
        month: mon ? x.words.months.get(norm(mon))! : null
      })
      const second = read(wd2, d2, mon2)
      const first = wd1 || d1 ? read(wd1, d1, mon1 ?? mon2) : null
      // a day number needs its month, and two days must be of one kind
      if ((second.day !== null && second.month === null) || (first && (first.day === null) !== (second.day === null))) return
      const year = yr ? Number(yr) : null
      emit({
        start: m.index, end: m.index + all.length, span: all.length, type: 'TIME', explicitYear: year ?? undefined,
        resolve: (r) => {
          const d = first ? dayOf(r, first, year) : dayOf(r, second, year)
          const eve = d && !first ? addDays(d, -1) : d
          return eve ? `${formatDay(eve)}TNI` : null
        }
      })
    }
  )
}

/** The day a night's day names: a weekday as the tense places it, a day of a month in its year. */
function dayOf(r: Resolver, d: NightDay, year: number | null): Day | null {
  if (d.weekday !== null) return weekdayDay(r, d.weekday, null)
  const y = year ?? inferYear(r, d.month!, d.day!)
  return y !== null && isValidDay(y, d.month!, d.day!) ? {year: y, month: d.month!, day: d.day!} : null
}
