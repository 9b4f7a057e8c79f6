/** Sets (recurring times): "jeden Montag", "jedes Jahr", "alle zwei Jahre", "montags", "täglich". */
import {durationValue} from './durations.js'
import type {Lexicon} from './lexicon.js'
import {B, digitsOrWord, E, norm, S} from './pattern.js'
import {defineRule, type Rule} from './rule.js'

export function setRules(x: Lexicon): Rule[] {
  return [set(x)]
}

function set(x: Lexicon): Rule {
  const {SETQ, ORD, NUMWORD, WD, UNIT, WDADV, FREQ} = x.patterns
  const w = x.words
  const L = x.locale
  return defineRule(
    'set',
    [L.setQuantifiers, Object.keys(L.weekdayAdverbs), [...w.frequencies.keys()]],
    [w.weekdayForms, Object.keys(L.units), Object.keys(L.weekdayAdverbs), [...w.frequencies.keys()]],
    `${B}(?:(${SETQ})${S}(?:(${ORD}|${NUMWORD}|\\d{1,3})${S})?(?:(${WD})|(${UNIT}))|(${WDADV})|(${FREQ}))${E}`,
    (m, _text, emit) => {
      const [all, q, mid, wd, unitWord, wdAdv, freq] = m
      const start = m.index
      const end = start + all.length
      if (wdAdv || wd) {
        const n = wdAdv ? w.weekdayAdverbs.get(norm(wdAdv))! : w.weekdays.get(norm(wd))!
        emit({start, end, span: all.length, type: 'SET', resolve: () => `XXXX-WXX-${n}`})
        return
      }
      if (freq) {
        const unit = w.frequencies.get(norm(freq))!
        emit({start, end, span: all.length, type: 'SET', resolve: () => durationValue(unit, 1)})
        return
      }
      if (q && unitWord) {
        const unit = w.units.get(norm(unitWord))!
        const n = mid ? digitsOrWord(mid, w.numbers) : 1
        if (n === null) return
        emit({start, end, span: all.length, type: 'SET', resolve: () => durationValue(unit, n)})
      }
    }
  )
}
