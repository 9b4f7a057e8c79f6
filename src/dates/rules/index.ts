/**
 * The rule families, in the order they are tried where several may begin at one word (a rule's place
 * is its bit in the word index). Order matters only between candidates of equal length at one place:
 * the first one found is kept.
 */
import {calendarRules} from './calendar.js'
import {casualRules} from './casual.js'
import {dayRules} from './days.js'
import {durationRules} from './durations.js'
import type {Lexicon} from './lexicon.js'
import {monthRules} from './months.js'
import {nightRules} from './nights.js'
import type {Rule} from './rule.js'
import {setRules} from './sets.js'
import {timeRules} from './times.js'
import {weekdayRules} from './weekdays.js'
import {yearRules} from './years.js'

export const families: ReadonlyArray<(x: Lexicon) => Rule[]> = [
  dayRules,
  monthRules,
  yearRules,
  calendarRules,
  weekdayRules,
  nightRules,
  setRules,
  casualRules,
  timeRules,
  durationRules
]

export {compileLexicon, type Lexicon} from './lexicon.js'
export {DIGIT, firstToken} from './pattern.js'
export type {Candidate, Emit, Rule} from './rule.js'
