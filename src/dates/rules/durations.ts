/**
 * Durations and points in the past: "seit 24 Jahren", "drei Wochen", "seit Monaten",
 * "den vergangenen zwei Jahrzehnten", "vor drei Jahren", "three years ago", "14-Tage".
 */
import {addDays, formatWeek, formatYear} from '../calendar.js'
import type {Unit} from '../locale.js'
import {type Resolver, shiftUnit, yearFrom} from '../reference.js'
import type {Lexicon} from './lexicon.js'
import {B, before, digitsOrWord, DIGIT, E, norm, S} from './pattern.js'
import {defineRule, type Emit, type Rule} from './rule.js'

export function durationRules(x: Lexicon): Rule[] {
  return [duration(x)]
}

/** The TIMEX3 value of `n` units (`P3Y`, `PT4H`, `P200Y`); `n` null for a vague number (`PXY`). */
export function durationValue(unit: Unit, n: number | null): string {
  const q = n === null ? 'X' : String(n)
  switch (unit) {
    case 'H': return `PT${q}H`
    case 'MIN': return `PT${q}M`
    case 'S': return `PT${q}S`
    case 'CE': return n === null ? 'PXCE' : `P${n * 100}Y`
    case 'ML': return n === null ? 'PXML' : `P${n * 1000}Y`
    default: return `P${q}${unit}`
  }
}

/** The point `n` units before the publication date ("vor drei Jahren" → its year); null for units finer than a day, or finer than the publication date is known. */
function pastPoint(r: Resolver, unit: Unit, n: number): string | null {
  if (!Number.isInteger(n)) return null
  const year = yearFrom(r, 0)
  if (year === null) return null
  switch (unit) {
    case 'Y': return formatYear(year - n)
    case 'M': case 'W': case 'D': return shiftUnit(r, unit, -n)
    case 'DE': return formatYear(year - 10 * n).slice(0, 3)
    case 'CE': return formatYear(year - 100 * n).slice(0, 2)
    case 'WE': return r.dct ? `${formatWeek(addDays(r.dct, -7 * n))}-WE` : null
    default: return null
  }
}

function duration(x: Lexicon): Rule {
  const {DURCUE, ART, RELMOD, APPROX, NUMWORD, VAGUE, UNIT, AGOAFTER} = x.patterns
  const L = x.locale
  return defineRule(
    'duration',
    [L.durationCues, L.agoBefore, L.articles, Object.keys(L.relativeModifiers), L.approximators, Object.keys(L.numbers), L.vagueQuantifiers, Object.keys(L.units), DIGIT],
    [Object.keys(L.units)],
    `${B}(?:(${DURCUE})${S})?(?:(${ART})${S})?(?:(${RELMOD})${S})?(?:(${APPROX})${S})?(?:(${NUMWORD}|${VAGUE}|\\d{1,4}(?:,\\d{1,2})?)(?:${S}|-))?(${UNIT})${E}(?:${S}(${AGOAFTER})${E})?`,
    (m, text, emit) => readDuration(x, m, text, emit)
  )
}

function readDuration(x: Lexicon, m: RegExpExecArray, text: string, emit: Emit): void {
  const [all, cue, art, rel, approx, num, unitWord, after] = m
  const w = x.words
  const L = x.locale
  const unit = w.units.get(norm(unitWord))!
  const start = m.index
  const agoWord = Boolean(after && L.agoAfter.includes(after))
  const end = start + all.length - (after && !agoWord ? all.length - all.lastIndexOf(after) : 0)
  const unitEnd = start + all.lastIndexOf(unitWord) + unitWord.length
  let n: number | null = null
  let isVague = false
  if (num) {
    if (w.vagueQuantifiers.has(norm(num))) isVague = true
    else n = digitsOrWord(num, w.numbers)
    if (!isVague && n === null) return
  } else {
    // a unit alone is a duration only as a plural after a cue or a relative word ("seit Monaten")
    if (!(cue || rel) || w.calendarNouns.has(norm(unitWord))) return
    if (cue && !rel && w.agoBefore.has(norm(cue))) return
    isVague = true
  }
  // "24 Jahre alt", "mit 24 Jahren": an age
  if (after && L.ageCuesAfter.includes(after)) return
  if (num && isTitle(x, text, start + all.indexOf(num), unitWord)) return
  if (n !== null && /^\d/.test(num) && (unit === 'Y' || unit === 'M') && x.cues.age.test(before(text, start))) return
  const ago = (cue && w.agoBefore.has(norm(cue))) || (after && L.agoAfter.includes(after))
  if (ago && n !== null) {
    const count = n
    emit({start, end: Math.max(end, unitEnd), span: all.length, type: 'DATE', resolve: (r) => pastPoint(r, unit, count)})
    return
  }
  const count = isVague ? null : n
  emit({start: extentStart(m, text, unitEnd), end: unitEnd, span: all.length, type: 'DURATION', resolve: () => durationValue(unit, count)})
}

/** A word in lower case, then space, at the end of the text before a number. */
const LOWER_WORD_BEFORE = /(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*\s{1,3}$/u

/**
 * "selon 20 Minutes", "au quotidien 24 Heures": a unit with a capital after a word in lower case, in a
 * language that writes its nouns in lower case, is part of a name (a title-case heading keeps it).
 */
function isTitle(x: Lexicon, text: string, numAt: number, unitWord: string): boolean {
  return !x.locale.capitalizedNouns && /^\p{Lu}/u.test(unitWord) && LOWER_WORD_BEFORE.test(before(text, numAt))
}

/** Where a duration's extent starts: without its preposition and approximators ("seit rund 24 Jahren" → "24 Jahren"). */
function extentStart(m: RegExpExecArray, text: string, unitEnd: number): number {
  const [all, cue, art, rel, approx, num, unitWord] = m
  const start = m.index
  let s = start + (cue ? all.indexOf(cue) + cue.length : 0)
  s = start + all.slice(s - start).search(/\S/) + (s - start)
  if (art && text.charAt(unitEnd) === '-' && num) s = start + all.indexOf(num, s - start)
  if (!art && !rel && approx) s = start + all.indexOf(num ?? unitWord, s - start + approx.length)
  return s
}
