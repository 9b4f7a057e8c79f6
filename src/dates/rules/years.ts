/** Years, decades and centuries: "2004", "1950–1953", "im Jahr 2011", "den 90er Jahren", "im 19. Jahrhundert". */
import {formatYear} from '../calendar.js'
import type {Lexicon} from './lexicon.js'
import {B, before, DIGIT, E, escape, norm, S} from './pattern.js'
import {defineRule, type Rule} from './rule.js'

export function yearRules(x: Lexicon): Rule[] {
  const rules = [year(x)]
  if (x.locale.decadeSuffix) rules.push(decade(x))
  rules.push(century(x))
  return rules
}

/**
 * The second year of "1950–1953", "1998/99" or "von 1950 bis 1953", or null where the two are not one
 * range: "zwischen 1943 und 1945" and a bare "1943 bis 1945" are two expressions, as TIMEX3 annotates them.
 */
function rangeEnd(x: Lexicon, first: number, dash: string | undefined, y2: string | undefined, rangeWord: string | undefined, ctx: string): number | null {
  if (!y2) return null
  const second = y2.length === 2 ? Math.floor(first / 100) * 100 + Number(y2) : Number(y2)
  const okWord = rangeWord === undefined || (norm(rangeWord) === norm(x.locale.rangeTo[0]) && x.cues.rangeStart.test(ctx))
  if (second <= first || second - first > 200 || !okWord) return null
  if (dash === '/' && second - first !== 1 && y2.length === 2) return null
  return second
}

/** "2000 Quadratmeter", "1500 Grenzschützer": the word after a four-digit number makes it a count, not a year. */
function countFollows(x: Lexicon, text: string, end: number, strong: boolean): boolean {
  const next = /^\s{1,3}([\p{L}.%€]+)/u.exec(text.slice(end, end + 40))
  if (!next) return false
  const w = next[1]
  if (x.words.nonYearFollowers.has(w) || x.words.nonYearFollowers.has(w.replace(/\.$/, ''))) return true
  return !strong && x.locale.capitalizedNouns && /^\p{Lu}\p{Ll}/u.test(w) && !x.words.dateWords.has(norm(w))
}

// "2004", "1950–1953", "von 1950 bis 1953", "Ende 2023", "im Jahr 2011"
function year(x: Lexicon): Rule {
  const {MOD, ART, YEARNOUN, RANGETO} = x.patterns
  return defineRule(
    'year',
    [x.locale.partModifiers, x.locale.yearNouns, DIGIT],
    [DIGIT],
    `(?<![\\p{L}\\p{N}]|\\p{N}[.,]|[€$£])(?:(${MOD})${S}(?:${ART}${S})?)?(?:(${YEARNOUN})${S})?(\\d{4})(?:\\s{0,2}([–—-]|/)\\s{0,2}(\\d{4}|\\d{2})|${S}(${RANGETO})${S}(\\d{4}))?(?![\\p{L}\\p{N}]|[.,]\\p{N}|\\s?%)`,
    (m, text, emit) => {
      const [all, mod, ynoun, y1, dash, y2a, rangeWord, y2b] = m
      const start = m.index
      const first = Number(y1)
      const ctx = before(text, start)
      const second = rangeEnd(x, first, dash, y2a ?? y2b, rangeWord, ctx)
      const partner = x.cues.afterYear.exec(ctx)
      const closesRange = partner !== null && Number(partner[1]) < first && first - Number(partner[1]) <= 200
      const strong = Boolean(mod || ynoun || second !== null || x.cues.year.test(ctx) || closesRange || /\(\s?$/.test(ctx))
      const lo = strong ? 1000 : 1900
      const hi = strong ? 2199 : 2099
      if (first < lo || first > hi) return
      if (!mod && !ynoun && x.cues.nonYear.test(ctx)) return
      const firstEnd = start + all.indexOf(y1, (mod?.length ?? 0) + (ynoun?.length ?? 0)) + 4
      const end = second !== null ? start + all.length : firstEnd
      if (second === null && countFollows(x, text, firstEnd, strong)) return
      const value = second !== null ? `${formatYear(first)}/${formatYear(second)}` : formatYear(first)
      emit({start, end, span: end - start, type: 'DATE', explicitYear: first, resolve: () => value})
    }
  )
}

// "den 90er Jahren", "Mitte der 90er Jahre", "die Neunzigerjahre", "den 90ern", "the 1990s"
function decade(x: Lexicon): Rule {
  const {MOD, ART, DECWORD, DECNOUN, DECEND} = x.patterns
  return defineRule(
    'decade',
    [x.locale.partModifiers, x.locale.articles, x.words.decadeForms, DIGIT],
    [x.words.decadeForms, DIGIT],
    `${B}(?:(${MOD})${S})?(?:(${ART})${S})?(?:(\\d{4}|\\d{2})${escape(x.locale.decadeSuffix)}|(${DECWORD}))(?:(?:-|\\s{1,2})?(${DECNOUN})|(${DECEND}))?${E}`,
    (m, _text, emit) => {
      const [all, mod, art, num, word, noun, ending] = m
      let decade: string
      if (num) {
        const v = Number(num)
        if (num.length === 4) { if (v % 10 !== 0 || v < 1000 || v > 2190) return; decade = String(v).slice(0, 3) }
        else { if (v % 10 !== 0) return; decade = `19${String(v).charAt(0)}` }
      } else {
        decade = `19${String(x.words.decadeWords.get(norm(word))!).charAt(0)}`
        if (!noun && !art) return
      }
      if (!noun && !ending && !art && !mod) return
      emit({start: m.index, end: m.index + all.length, span: all.length, type: 'DATE', resolve: () => decade})
    }
  )
}

// "im 19. Jahrhundert", "des zwanzigsten Jahrhunderts"
function century(x: Lexicon): Rule {
  const {MOD, ART, ORD, CENTNOUN} = x.patterns
  return defineRule(
    'century',
    [x.locale.partModifiers, x.locale.articles, Object.keys(x.locale.ordinals), x.locale.lastOrdinals, DIGIT],
    [x.locale.centuryNouns],
    `${B}(?:(${MOD})${S})?(?:(${ART})${S})?(?:(\\d{1,2})\\.|(${ORD}))${S}(${CENTNOUN})${E}`,
    (m, _text, emit) => {
      const [all, , , num, ord] = m
      const n = num ? Number(num) : x.words.ordinals.get(norm(ord))!
      if (!(n >= 1 && n <= 21)) return
      emit({start: m.index, end: m.index + all.length, span: all.length, type: 'DATE', resolve: () => String(n - 1).padStart(2, '0')})
    }
  )
}
