/** Months: "im September 2023", "Anfang Juni", "Juli dieses Jahres", "im Mai und Juni". */
import {formatMonth} from '../calendar.js'
import {monthWithoutYear} from '../resolve.js'
import type {Lexicon} from './lexicon.js'
import {B, before, E, norm, S} from './pattern.js'
import {defineRule, type Emit, type Rule} from './rule.js'

export function monthRules(x: Lexicon): Rule[] {
  return [month(x)]
}

/** The year a genitive year phrase points to, relative to the publication year ("dieses Jahres" 0, "des Vorjahres" −1); null for none. */
function yearShiftOf(x: Lexicon, rel: string | undefined, ynoun: string): number | null {
  const noun = x.words.calendarNouns.get(norm(ynoun))
  if (noun && noun.kind === 'previous') return -1
  if (noun && noun.kind === 'following') return 1
  if (rel) return x.words.relativeModifiers.get(norm(rel)) ?? null
  return null
}

function month(x: Lexicon): Rule {
  const {MOD, ART, MONTH, RELMOD, YEARGEN} = x.patterns
  return defineRule(
    'month',
    [x.locale.partModifiers, Object.keys(x.locale.months)],
    [Object.keys(x.locale.months)],
    `${B}(?:(${MOD})${S}(?:${ART}${S})?)?(${MONTH})${E}(?:${S}(?:(\\d{4})(?![\\p{L}\\p{N}]|[.,]\\p{N})|(?:${ART}${S})?(?:(${RELMOD})${S})?(${YEARGEN})${E}))?`,
    (m, text, emit) => {
      const [all, mod, mon, yr, rel, ynoun] = m
      const month = x.words.months.get(norm(mon))!
      const start = m.index
      if (yr) {
        const year = Number(yr)
        if (year < 1000 || year > 2199) return
        emit({start, end: start + all.length, span: all.length, type: 'DATE', explicitYear: year, resolve: () => formatMonth(year, month)})
        return
      }
      if (ynoun) {
        const n = yearShiftOf(x, rel, ynoun)
        if (n !== null) {
          emit({start, end: start + all.length, span: all.length, type: 'DATE', resolve: (r) => (r.dct ? formatMonth(r.dct.year + n, month) : null)})
          return
        }
      }
      bareMonth(x, m, text, emit, month)
    }
  )
}

/** A month name without year: a date only after a cue ("im September", "Anfang Juni"), else "August" may be a name. */
function bareMonth(x: Lexicon, m: RegExpExecArray, text: string, emit: Emit, month: number): void {
  const [all, mod, mon] = m
  const start = m.index
  const monEnd = start + all.indexOf(mon, mod ? mod.length : 0) + mon.length
  const ctx = before(text, start)
  if (!mod && !x.cues.month.test(ctx) && !x.cues.monthAfterMonth.test(ctx)) return
  if (x.words.monthAbbreviations.has(norm(mon)) && !mod) return
  emit({start, end: monEnd, span: monEnd - start, type: 'DATE', resolve: (r) => monthWithoutYear(r, month)})
}
