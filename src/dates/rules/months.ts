/**
 * Months: "im September 2023", "Anfang Juni", "Juli dieses Jahres", "im November vergangenen Jahres",
 * "im Mai und Juni", "im vergangenen November", "en mars dernier".
 */
import {formatMonth} from '../calendar.js'
import type {Direction} from '../locale.js'
import {monthWithoutYear, yearFrom} from '../reference.js'
import type {Lexicon} from './lexicon.js'
import {B, before, E, norm, S} from './pattern.js'
import {type Candidate, defineRule, type Emit, type Rule} from './rule.js'

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
  const {MOD, ART, MONTH, RELMOD, RELAFTER, YEARGEN} = x.patterns
  return defineRule(
    'month',
    [x.locale.partModifiers, Object.keys(x.locale.relativeModifiers), Object.keys(x.locale.months)],
    [Object.keys(x.locale.months)],
    `${B}(?:(${MOD})${S}(?:${ART}${S})?)?(?:(${RELMOD})${S})?(${MONTH})${E}(?:${S}(?:(\\d{4})(?![\\p{L}\\p{N}]|[.,]\\p{N})|(?:${ART}${S})?(?:(${RELMOD})${S})?(${YEARGEN})${E}|(${RELAFTER})${E}))?`,
    (m, text, emit) => {
      const [all, , before, mon, yr, rel, ynoun, after] = m
      const month = x.words.months.get(norm(mon))!
      const start = m.index
      const full = (resolve: Candidate['resolve'], explicitYear?: number, direction?: Direction): void =>
        emit({start, end: start + all.length, span: all.length, type: 'DATE', explicitYear, direction, resolve})
      if (yr) {
        const year = Number(yr)
        if (year >= 1000 && year <= 2199) full(() => formatMonth(year, month), year)
        return
      }
      const n = ynoun ? yearShiftOf(x, rel, ynoun) : null
      if (n !== null) { full((r) => { const y = yearFrom(r, n); return y === null ? null : formatMonth(y, month) }); return }
      const direction = relativeOf(x, before, after)
      if (direction === 0) full((r) => { const y = yearFrom(r, 0); return y === null ? null : formatMonth(y, month) })
      else if (direction !== null) full((r) => monthWithoutYear(r, month), undefined, direction)
      else bareMonth(x, m, text, emit, month)
    }
  )
}

/** The direction of a relative word before ("vergangenen November") or after ("mars dernier") a month; null for none. */
function relativeOf(x: Lexicon, before: string | undefined, after: string | undefined): Direction | null {
  if (before) return x.words.relativeModifiers.get(norm(before)) ?? null
  if (after) return x.words.relativeModifiersAfter.get(norm(after)) ?? null
  return null
}

/** A month name without year: a date only after a cue ("im September", "Anfang Juni"), else "August" may be a name. */
function bareMonth(x: Lexicon, m: RegExpExecArray, text: string, emit: Emit, month: number): void {
  const [all, mod, , mon] = m
  const start = m.index
  const monEnd = start + all.indexOf(mon, mod ? mod.length : 0) + mon.length
  const ctx = before(text, start)
  if (!mod && !x.cues.month.test(ctx) && !x.cues.monthAfterMonth.test(ctx)) return
  if (x.words.monthAbbreviations.has(norm(mon)) && !mod) return
  emit({start, end: monEnd, span: monEnd - start, type: 'DATE', resolve: (r) => monthWithoutYear(r, month)})
}
