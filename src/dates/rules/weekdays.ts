/** Weekdays: "am Mittwoch", "Dienstagabend", "am kommenden Montag", "am heutigen Samstag". */
import {addDays, formatDay} from '../calendar.js'
import type {DayPart} from '../locale.js'
import {weekdayDay} from '../resolve.js'
import type {Lexicon} from './lexicon.js'
import {B, E, norm, S} from './pattern.js'
import {defineRule, type Rule} from './rule.js'

export function weekdayRules(x: Lexicon): Rule[] {
  return [weekday(x)]
}

function weekday(x: Lexicon): Rule {
  const {RELMOD, RELDAYADJ, WD, DPGLUED} = x.patterns
  const w = x.words
  return defineRule(
    'weekday',
    [Object.keys(x.locale.relativeModifiers), Object.keys(x.locale.relativeDayAdjectives), w.weekdayForms],
    [w.weekdayForms],
    `${B}(?:(${RELMOD}|${RELDAYADJ})${S})?(${WD})(${DPGLUED})?${E}`,
    (m, _text, emit) => {
      const [all, rel, wd, part] = m
      const weekday = w.weekdays.get(norm(wd))!
      const relDay = rel ? w.relativeDayAdjectives.get(norm(rel)) : undefined
      const modifier = rel && relDay === undefined ? (w.relativeModifiers.get(norm(rel)) ?? null) : null
      const dp: DayPart | undefined = part ? w.dayPartsAfterDay.get(norm(part)) : undefined
      const start = m.index
      emit({
        start, end: start + all.length, span: all.length, type: dp ? 'TIME' : 'DATE',
        resolve: (r) => {
          // "am heutigen Samstag": the day the adjective names; "diesen Montag": the coming one
          let day = relDay !== undefined ? (r.dct ? addDays(r.dct, relDay) : null) : weekdayDay(r, weekday, modifier === 0 ? null : modifier)
          if (relDay === undefined && modifier === 0 && r.dct) day = weekdayDay({...r, tense: 1}, weekday, null)
          if (!day) return null
          return formatDay(day) + (dp ? `T${dp}` : '')
        }
      })
    }
  )
}
