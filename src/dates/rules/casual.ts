/**
 * Casual words: deictic days ("heute", "gestern Abend"), this year ("heuer"), references to the present
 * or past ("jetzt", "damals"), vague durations ("jahrelang"), holidays ("Ostern", "Weihnachten 2023")
 * and "former" prefixes ("Ex-Minister", in German).
 */
import {addDays, easterSunday, formatDay, formatYear} from '../calendar.js'
import type {DayPart, Holiday} from '../locale.js'
import {inferYear, yearFrom} from '../reference.js'
import {durationValue} from './durations.js'
import type {Lexicon} from './lexicon.js'
import {B, before, E, norm, S} from './pattern.js'
import {defineRule, type Emit, type Rule} from './rule.js'

export function casualRules(x: Lexicon): Rule[] {
  return [casual(x)]
}

function casual(x: Lexicon): Rule {
  const {RELDAY, DPAFTER, CASUALYEAR, REFWORD, VAGUEADV, HOLIDAY, FORMER} = x.patterns
  const L = x.locale
  const words = [Object.keys(L.relativeDays), Object.keys(L.casualYears), Object.keys(L.referenceWords), Object.keys(L.vagueDurationAdverbs), Object.keys(L.holidays), L.formerPrefixes]
  return defineRule(
    'casual',
    words,
    words,
    `${B}(?:(${RELDAY})(?:${S}(${DPAFTER}))?|(${CASUALYEAR})|(${REFWORD})|(${VAGUEADV})|(${HOLIDAY})(?:${S}(\\d{4})(?![\\p{L}\\p{N}]))?)${E}|${B}(${FORMER})(?=-\\p{L})`,
    (m, text, emit) => {
      const [all, relDay, , casualYear, ref, vagueAdv, holiday, , former] = m
      const start = m.index
      const end = start + all.length
      const w = x.words
      if (relDay) { relativeDay(x, m, text, emit); return }
      if (casualYear) {
        const n = w.casualYears.get(norm(casualYear))!
        emit({start, end, span: all.length, type: 'DATE', resolve: (r) => { const y = yearFrom(r, n); return y === null ? null : formatYear(y) }})
        return
      }
      if (ref) {
        const v = w.referenceWords.get(norm(ref))!
        emit({start, end, span: all.length, type: 'DATE', resolve: () => v})
        return
      }
      if (vagueAdv) {
        const unit = w.vagueDurationAdverbs.get(norm(vagueAdv))!
        emit({start, end, span: all.length, type: 'DURATION', resolve: () => durationValue(unit, null)})
        return
      }
      if (holiday) { holidayDate(m, emit, w.holidays.get(norm(holiday))!); return }
      if (former) emit({start, end, span: all.length, type: 'DATE', resolve: () => 'PAST_REF'})
    }
  )
}

/** The text before a word ends where a sentence, a quotation or a line begins. */
const SENTENCE_START = /(?:^|[.!?:;"„“«»]\s{0,3}|\n)$/u

// "heute", "gestern", "gestern Abend", "morgen früh"
function relativeDay(x: Lexicon, m: RegExpExecArray, text: string, emit: Emit): void {
  const [all, relDay, part] = m
  const start = m.index
  const offset = x.words.relativeDays.get(norm(relDay))!
  // a capitalized "Morgen" inside a sentence is the morning, not tomorrow
  if (offset === 1 && /^\p{Lu}/u.test(relDay) && !SENTENCE_START.test(before(text, start))) return
  // "morgen früh" is tomorrow morning; "gestern morgen" yesterday morning
  const dp: DayPart | undefined = part ? x.words.dayPartsAfterDay.get(norm(part)) : undefined
  const end = dp ? start + all.length : start + relDay.length
  emit({
    start, end, span: all.length, type: dp ? 'TIME' : 'DATE',
    resolve: (r) => (r.dct ? formatDay(addDays(r.dct, offset)) + (dp ? `T${dp}` : '') : null)
  })
}

/** A holiday's day in `year`. */
function holidayDay(h: Holiday, year: number): string {
  if ('easter' in h) return formatDay(addDays(easterSunday(year), h.easter))
  return formatDay({year, month: h.month, day: h.day})
}

// "Weihnachten 2023"; "Ostern": of the year written earlier in the sentence, else the year the tense places it in
function holidayDate(m: RegExpExecArray, emit: Emit, h: Holiday): void {
  const all = m[0]
  const holidayYear = m[7]
  const start = m.index
  const end = start + all.length
  if (holidayYear) {
    const year = Number(holidayYear)
    emit({start, end, span: all.length, type: 'DATE', explicitYear: year, resolve: () => holidayDay(h, year)})
    return
  }
  emit({
    start, end, span: all.length, type: 'DATE',
    resolve: (r) => {
      const probe = 'easter' in h ? easterSunday(r.sentenceYear ?? r.published?.year ?? 2000) : {month: h.month, day: h.day}
      const y = inferYear(r, probe.month, probe.day)
      return y === null ? null : holidayDay(h, y)
    }
  })
}
