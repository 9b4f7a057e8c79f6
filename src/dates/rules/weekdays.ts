/** Weekdays: "am Mittwoch", "Dienstagabend", "am kommenden Montag", "am heutigen Samstag", "ce mardi", "samedi dernier". */
import {addDays, type Day, formatDay} from '../calendar.js'
import type {DayPart, Direction} from '../locale.js'
import {type Resolver, thisWeekday, weekdayDay} from '../reference.js'
import type {Lexicon} from './lexicon.js'
import {B, E, norm, S} from './pattern.js'
import {defineRule, type Rule} from './rule.js'

export function weekdayRules(x: Lexicon): Rule[] {
  return [weekday(x)]
}

function weekday(x: Lexicon): Rule {
  const {RELMOD, RELAFTER, RELDAYADJ, WD, DPGLUED} = x.patterns
  const w = x.words
  return defineRule(
    'weekday',
    [Object.keys(x.locale.relativeModifiers), Object.keys(x.locale.relativeDayAdjectives), w.weekdayForms],
    [w.weekdayForms],
    `${B}(?:(${RELMOD}|${RELDAYADJ})${S})?(${WD})(${DPGLUED})?${E}(?:${S}(${RELAFTER})${E})?`,
    (m, _text, emit) => {
      const [all, rel, wd, part, after] = m
      const weekday = w.weekdays.get(norm(wd))!
      const relDay = rel ? w.relativeDayAdjectives.get(norm(rel)) : undefined
      const modifier: Direction | null = relDay !== undefined ? null
        : rel ? (w.relativeModifiers.get(norm(rel)) ?? null)
        : after ? (w.relativeModifiersAfter.get(norm(after)) ?? null) : null
      const dp: DayPart | undefined = part ? w.dayPartsAfterDay.get(norm(part)) : undefined
      const start = m.index
      emit({
        start, end: start + all.length, span: all.length, type: dp ? 'TIME' : 'DATE',
        resolve: (r) => {
          const day = dayOf(r, weekday, relDay, modifier)
          return day ? formatDay(day) + (dp ? `T${dp}` : '') : null
        }
      })
    }
  )
}

/** "am heutigen Samstag": the day the adjective names; "ce mardi", "diesen Montag": that day of the week; else as the modifier or the tense says. */
function dayOf(r: Resolver, weekday: number, relDay: number | undefined, modifier: Direction | null): Day | null {
  if (relDay !== undefined) return r.dct ? addDays(r.dct, relDay) : null
  if (modifier === 0) return thisWeekday(r, weekday)
  return weekdayDay(r, weekday, modifier)
}
