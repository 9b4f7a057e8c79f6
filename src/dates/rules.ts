import type {TemporalType} from '../types.js'
import {addDays, easterSunday, formatDay, formatMonth, formatTime, formatWeek, formatYear, isValidDay} from './calendar.js'
import type {CalendarNoun, DateLocale, DayPart, Direction, Holiday, Unit} from './locale.js'
import {
  dayWithoutYear,
  inferYear,
  monthWithoutYear,
  referenceDay,
  type Resolver,
  shiftUnit,
  weekdayDay,
  weekend
} from './resolve.js'

/** A temporal expression found by a rule, not yet resolved. */
export interface Candidate {
  /** Extent of the expression (what is reported). */
  start: number
  end: number
  /** The whole match, cue words included: the longer match wins an overlap. */
  span: number
  type: TemporalType
  /** Whether the expression names its own year (it then sets the year of its sentence). */
  explicitYear?: number
  resolve: (r: Resolver) => string | null
}

type Emit = (c: Candidate) => void

/**
 * One pattern family: a precompiled sticky regex, tried only where a word that can begin it stands,
 * and what to make of a match.
 */
export interface Rule {
  name: string
  re: RegExp
  /** Lower-cased first words (their leading letters and digits) a match can begin with; DIGIT for a number. */
  first: Set<string>
  /** Words of which one must stand in every match (the head: a unit, a month): the rule is tried only when one follows closely. */
  heads: Set<string>
  handle: (m: RegExpExecArray, text: string, emit: Emit) => void
}

/** Longest key a word lookup can hit. */
export const MAX_KEY_LENGTH = 40

/** Key of words that begin with a digit. */
export const DIGIT = '0'

/** The lower-cased leading run of letters and digits of a word or phrase: the key a word scan looks up. */
export function firstToken(phrase: string): string {
  const m = /^[\p{L}\p{N}]+/u.exec(phrase)
  if (!m) return ''
  return /^\p{N}/u.test(m[0]) ? DIGIT : m[0].toLowerCase()
}

/** What a word (lower-cased leading run of letters and digits) means to the scan. */
export interface WordEntry {
  /** Bit i: rule i may begin at this word. */
  begins: number
  /** Bit i: this word can be the head of rule i. */
  heads: number
  /** Tense cue: +1 future, −1 past, 0 none. */
  tense: -1 | 0 | 1
}

/** A locale compiled into rules, once. */
export interface CompiledLocale {
  rules: Rule[]
  words: Map<string, WordEntry>
  /**
   * `words` by `keyHash` of the key (keys up to `MAX_KEY_LENGTH`): the scan hashes a word's code units
   * as it reads them and compares only the keys of that hash, without slicing the word out.
   */
  byHash: Map<number, Array<{key: string; entry: WordEntry}>>
}

/** A hash of `text[from..to)`'s code units (FNV-1a, 32 bits), the same for a key and for a word in the text. */
export function keyHash(text: string, from: number, to: number): number {
  let h = 0x81_1c_9d_c5
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01_00_01_93)
  return h
}

// ---------------------------------------------------------------------------------------------
// Pattern building. Every pattern is a fixed alternation of words, bounded digit runs and bounded
// whitespace, so matching is linear in the length of the text.

const B = '(?<![\\p{L}\\p{N}])'
const E = '(?![\\p{L}\\p{N}])'
const S = '\\s{1,3}'

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One word or phrase; its first letter matches in either case, spaces match 1–3 whitespace. */
function wordPattern(w: string): string {
  const first = w.charAt(0)
  const lower = first.toLowerCase()
  const upper = first.toUpperCase()
  const head = lower === upper ? escape(first) : `[${lower}${upper}]`
  return head + w.slice(1).split(/\s+/).map(escape).join(S)
}

/** Alternation of words, longest first. */
function alt(words: Iterable<string>): string {
  const list = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length)
  if (list.length === 0) return '(?!)'
  return `(?:${list.map(wordPattern).join('|')})`
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ')

/** Case-insensitive lookup table. */
function table<V>(record: Record<string, V>): Map<string, V> {
  const map = new Map<string, V>()
  for (const [k, v] of Object.entries(record)) if (!map.has(norm(k))) map.set(norm(k), v)
  return map
}

const digitsOrWord = (s: string, words: Map<string, number>): number | null => {
  if (/^\d/.test(s)) return Number(s.replace(',', '.'))
  return words.get(norm(s)) ?? null
}

/** A regex that tells whether the text just before a position ends with one of `words`. */
function endsWith(words: string[]): RegExp {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${alt(words)}\\s{1,3}$`, 'u')
}

const before = (text: string, at: number): string => text.slice(Math.max(0, at - 40), at)

function durationValue(unit: Unit, n: number | null): string {
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

function pastPoint(r: Resolver, unit: Unit, n: number): string | null {
  const dct = r.dct
  if (!dct || !Number.isInteger(n)) return null
  switch (unit) {
    case 'Y': return formatYear(dct.year - n)
    case 'M': case 'W': case 'D': return shiftUnit(r, unit, -n)
    case 'DE': return formatYear(dct.year - 10 * n).slice(0, 3)
    case 'CE': return formatYear(dct.year - 100 * n).slice(0, 2)
    case 'WE': return `${formatWeek(addDays(dct, -7 * n))}-WE`
    default: return null
  }
}

function holidayDay(h: Holiday, year: number): string {
  if ('easter' in h) return formatDay(addDays(easterSunday(year), h.easter))
  return formatDay({year, month: h.month, day: h.day})
}

// ---------------------------------------------------------------------------------------------

export function compileLocale(L: DateLocale): CompiledLocale {
  const months = table(L.months)
  const weekdays = table(L.weekdays)
  const weekdayAdverbs = table(L.weekdayAdverbs)
  const dayParts = table(L.dayParts)
  const dayPartsAfterDay = table(L.dayPartsAfterDay)
  const relativeDays = table(L.relativeDays)
  const relDayAdj = table(L.relativeDayAdjectives)
  const casualYears = table(L.casualYears)
  const refWords = table(L.referenceWords)
  const relMods = table(L.relativeModifiers)
  const calNouns = table(L.calendarNouns)
  const shifts = table(L.anchorShifts)
  const numbers = table(L.numbers)
  const ordinals = table(L.ordinals)
  for (const w of L.lastOrdinals) ordinals.set(norm(w), -1)
  const units = table(L.units)
  const vagueAdverbs = table(L.vagueDurationAdverbs)
  const vague = new Set(L.vagueQuantifiers.map(norm))
  const agoBefore = new Set(L.agoBefore.map(norm))
  const frequencies = new Map<string, Unit>()
  for (const [stem, unit] of Object.entries(L.frequencyStems)) {
    for (const e of L.adjectiveEndings) frequencies.set(norm(stem + e), unit)
  }
  const decadeWords = table(L.decadeWords)
  const holidays = table(L.holidays)
  const yearNouns = new Set(L.yearNouns.map(norm))
  const nonYearFollowers = new Set(L.nonYearFollowers)
  const dateWords = new Set([...months.keys(), ...weekdays.keys(), ...relMods.keys(), ...calNouns.keys(), ...units.keys()])

  const MONTH = alt(Object.keys(L.months))
  const WD = alt(Object.keys(L.weekdays))
  const ART = alt(L.articles)
  const MOD = alt(L.partModifiers)
  const RELMOD = alt(Object.keys(L.relativeModifiers))
  const RELDAYADJ = alt(Object.keys(L.relativeDayAdjectives))
  const CALNOUN = alt(Object.keys(L.calendarNouns))
  const ORD = alt([...Object.keys(L.ordinals), ...L.lastOrdinals])
  const NUMWORD = alt(Object.keys(L.numbers))
  const VAGUE = alt(L.vagueQuantifiers)
  const UNIT = alt(Object.keys(L.units))
  const APPROX = alt(L.approximators)
  const DURCUE = alt([...L.durationCues, ...L.agoBefore])
  const AGOAFTER = alt([...L.agoAfter, ...L.ageCuesAfter])
  const RANGETO = alt(L.rangeTo)
  const YEARNOUN = alt(L.yearNouns)
  const YEARGEN = alt([...L.yearNounsGenitive, ...Object.entries(L.calendarNouns).filter(([, n]) => n.kind !== 'unit' && 'unit' in n && n.unit === 'Y').map(([k]) => k)])
  const daySuffixRequired = !L.daySuffixes.includes('')
  const DAYSUF = `(?:${L.daySuffixes.filter(Boolean).map(escape).join('|') || '(?!)'})${daySuffixRequired ? '' : '?'}`
  const SEP = `(?:${L.numericDateSeparators.map(escape).join('|')})`
  const DECNOUN = alt(L.decadeNouns)
  const DECWORD = alt(Object.keys(L.decadeWords))
  const CENTNOUN = alt(L.centuryNouns)
  const CLOCK = alt(L.clockWords)
  const SETQ = alt(L.setQuantifiers)
  const DPAFTER = alt(Object.keys(L.dayPartsAfterDay))
  const DPGLUED = `(?:${[...new Set(Object.keys(L.dayPartsAfterDay).map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length).map(escape).join('|')})`
  const DAYPART = alt(Object.keys(L.dayParts))
  const DPCUE = alt(L.dayPartCues)
  const DPADJ = alt(L.dayPartAdjectives)
  const RELDAY = alt(Object.keys(L.relativeDays))
  const CASUALYEAR = alt(Object.keys(L.casualYears))
  const REFWORD = alt(Object.keys(L.referenceWords))
  const VAGUEADV = alt(Object.keys(L.vagueDurationAdverbs))
  const FREQ = alt([...frequencies.keys()])
  const WDADV = alt(Object.keys(L.weekdayAdverbs))
  const HOLIDAY = alt(Object.keys(L.holidays))
  const FORMER = alt(L.formerPrefixes)
  const SHIFT = alt(Object.keys(L.anchorShifts))

  const monthCue = endsWith(L.monthCues)
  // "Jun" for "Juni", not "Mai": abbreviations alone are too often something else
  const abbreviations = new Set([...months.keys()].filter((k) => [...months.keys()].some((o) => o !== k && o.startsWith(k) && months.get(o) === months.get(k))))
  const rangeStart = endsWith(L.rangeFrom.slice(0, 1))
  // "im Mai und Juni": a month after a month and a range word
  const monthAfterMonth = new RegExp(`${MONTH}${S}${RANGETO}${S}$`, 'u')
  // the second year of a range the year rule did not join ("zwischen 1943 und 1945")
  const afterYear = new RegExp(`(?<!\\p{N})(\\d{4})${S}${RANGETO}${S}$`, 'u')
  const yearCue = endsWith([...L.yearCues, ...L.partModifiers])
  const nonYearBefore = endsWith(L.nonYearPrecursors)
  const ageBefore = endsWith(L.ageCuesBefore)
  const timeCue = endsWith(L.timeCues)
  const weekendCue = endsWith([...L.dayPartCues, 'übers', 'zum', 'vom', 'jedes', 'jedem'])
  const numericDateCue = endsWith([...L.monthCues, ...L.timeCues, ...Object.keys(L.weekdays)])

  const rules: Rule[] = []
  const keys = (lists: Array<Iterable<string>>): Set<string> => {
    const set = new Set<string>()
    for (const list of lists) for (const w of list) set.add(w === DIGIT ? DIGIT : firstToken(w))
    set.delete('')
    return set
  }
  const rule = (name: string, firsts: Array<Iterable<string>>, heads: Array<Iterable<string>>, source: string, handle: Rule['handle']): void => {
    rules.push({name, re: new RegExp(source, 'uy'), first: keys(firsts), heads: keys(heads), handle})
  }
  // decade words are also glued to their noun ("Neunzigerjahre")
  const decadeKeys = Object.keys(L.decadeWords).flatMap((w) => [w, ...L.decadeNouns.map((n) => w + n.toLowerCase())])
  // weekdays are also glued to a part of the day ("Dienstagabend")
  const wdKeys = Object.keys(L.weekdays).flatMap((wd) => [wd, ...Object.keys(L.dayPartsAfterDay).map((p) => wd + p.toLowerCase())])

  // -- "Donnerstag, 25. Februar", "19. Juni 2024", "vom 5. bis 22. November" ----------------------
  rule(
    'day-month',
    [wdKeys, DIGIT],
    [Object.keys(L.months)],
    `${B}(?:(${WD})(?:,\\s{0,3}|${S})(?:${ART}${S})?)?(\\d{1,2})${DAYSUF}(?:\\s{0,3}(?:${RANGETO}(?:${S}${ART})?|[–—-])\\s{0,3}(\\d{1,2})${DAYSUF})?\\s{0,3}(${MONTH})${E}(?:\\.?\\s{0,3}(\\d{4})(?![\\p{L}\\p{N}]))?`,
    (m, _text, emit) => {
      const [all, wd, d1, d2, mon, yr] = m
      const month = months.get(norm(mon))!
      const year = yr ? Number(yr) : null
      const weekday = wd ? weekdays.get(norm(wd))! : null
      const second = d2 ? Number(d2) : null
      const first = Number(d1)
      const start = m.index
      const end = start + all.length
      if (first < 1 || first > 31 || (second !== null && (second < 1 || second > 31))) return
      const resolveDay = (day: number) => (r: Resolver): string | null => {
        if (year !== null) return isValidDay(year, month, day) ? formatDay({year, month, day}) : null
        if (weekday !== null && r.dct && r.sentenceYear === null) {
          // the year in which that day falls on the weekday named, nearest to the publication date
          for (const y of [r.dct.year, r.dct.year + 1, r.dct.year - 1]) {
            if (isValidDay(y, month, day) && new Date(Date.UTC(y, month - 1, day)).getUTCDay() % 7 === weekday % 7) return formatDay({year: y, month, day})
          }
        }
        return dayWithoutYear(r, month, day)
      }
      if (second === null) {
        emit({start, end, span: all.length, type: 'DATE', explicitYear: year ?? undefined, resolve: resolveDay(first)})
        return
      }
      const firstEnd = start + all.indexOf(d1) + d1.length + (daySuffixRequired ? 1 : 0)
      emit({start, end: firstEnd, span: all.length, type: 'DATE', explicitYear: year ?? undefined, resolve: resolveDay(first)})
      const secondStart = start + all.indexOf(d2, firstEnd - start)
      emit({start: secondStart, end, span: all.length, type: 'DATE', explicitYear: year ?? undefined, resolve: resolveDay(second)})
    }
  )

  // -- "June 19, 2024" ----------------------------------------------------------------------------
  if (L.monthDayOrder) {
    rule(
      'month-day',
      [wdKeys, Object.keys(L.months)],
      [Object.keys(L.months)],
      `${B}(?:(${WD}),?${S})?(${MONTH})${S}(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?${S}(\\d{4})(?![\\p{L}\\p{N}]))?`,
      (m, _text, emit) => {
        const [all, , mon, d, yr] = m
        const month = months.get(norm(mon))!
        const day = Number(d)
        const year = yr ? Number(yr) : null
        if (day < 1 || day > 31) return
        emit({
          start: m.index, end: m.index + all.length, span: all.length, type: 'DATE', explicitYear: year ?? undefined,
          resolve: (r) => (year !== null ? (isValidDay(year, month, day) ? formatDay({year, month, day}) : null) : dayWithoutYear(r, month, day))
        })
      }
    )
  }

  // -- "15.02.2007", "23. 3. 1976", "am 15.02." ----------------------------------------------------
  rule(
    'numeric-date',
    [DIGIT],
    [DIGIT],
    `(?<![\\p{L}\\p{N}]|\\p{N}[.,:/])(\\d{1,2})${SEP}\\s?(\\d{1,2})${SEP}(?:\\s?(\\d{4})|(\\d{2}))?(?![\\p{N}]|[.,:]\\p{N})`,
    (m, text, emit) => {
      const [all, d, mo, y4, y2] = m
      const day = Number(d)
      const month = Number(mo)
      if (month < 1 || month > 12 || day < 1 || day > 31) return
      let year: number | null = y4 ? Number(y4) : null
      if (y2) year = Number(y2) + (Number(y2) < 50 ? 2000 : 1900)
      if (year === null && !numericDateCue.test(before(text, m.index))) return
      if (year !== null && (year < 1000 || year > 2199)) return
      emit({
        start: m.index, end: m.index + all.length, span: all.length + 2, type: 'DATE', explicitYear: year ?? undefined,
        resolve: (r) => (year !== null ? (isValidDay(year, month, day) ? formatDay({year, month, day}) : null) : dayWithoutYear(r, month, day))
      })
    }
  )

  // -- "im September 2023", "Anfang Juni", "Juli dieses Jahres" -----------------------------------
  rule(
    'month',
    [L.partModifiers, Object.keys(L.months)],
    [Object.keys(L.months)],
    `${B}(?:(${MOD})${S}(?:${ART}${S})?)?(${MONTH})${E}(?:${S}(?:(\\d{4})(?![\\p{L}\\p{N}]|[.,]\\p{N})|(?:${ART}${S})?(?:(${RELMOD})${S})?(${YEARGEN})${E}))?`,
    (m, text, emit) => {
      const [all, mod, mon, yr, rel, ynoun] = m
      const month = months.get(norm(mon))!
      const start = m.index
      const monEnd = start + all.indexOf(mon, mod ? mod.length : 0) + mon.length
      if (yr) {
        const year = Number(yr)
        if (year < 1000 || year > 2199) return
        emit({start, end: start + all.length, span: all.length, type: 'DATE', explicitYear: year, resolve: () => formatMonth(year, month)})
        return
      }
      if (ynoun) {
        const noun = calNouns.get(norm(ynoun))
        let shift: number | null = null
        if (noun && noun.kind === 'previous') shift = -1
        else if (noun && noun.kind === 'following') shift = 1
        else if (rel) shift = relMods.get(norm(rel)) ?? null
        if (shift !== null) {
          const n = shift
          emit({start, end: start + all.length, span: all.length, type: 'DATE', resolve: (r) => (r.dct ? formatMonth(r.dct.year + n, month) : null)})
          return
        }
      }
      // a month name alone needs a cue ("im September", "Anfang Juni"), else "August" may be a name
      if (!mod && !monthCue.test(before(text, start)) && !monthAfterMonth.test(before(text, start))) return
      if (abbreviations.has(norm(mon)) && !mod) return
      emit({start, end: monEnd, span: monEnd - start, type: 'DATE', resolve: (r) => monthWithoutYear(r, month)})
    }
  )

  // -- years: "2004", "1950–1953", "von 1950 bis 1953", "Ende 2023", "im Jahr 2011" -----------------
  rule(
    'year',
    [L.partModifiers, L.yearNouns, DIGIT],
    [DIGIT],
    `(?<![\\p{L}\\p{N}]|\\p{N}[.,]|[€$£])(?:(${MOD})${S}(?:${ART}${S})?)?(?:(${YEARNOUN})${S})?(\\d{4})(?:\\s{0,2}([–—-]|/)\\s{0,2}(\\d{4}|\\d{2})|${S}(${RANGETO})${S}(\\d{4}))?(?![\\p{L}\\p{N}]|[.,]\\p{N}|\\s?%)`,
    (m, text, emit) => {
      const [all, mod, ynoun, y1, dash, y2a, rangeWord, y2b] = m
      const start = m.index
      const first = Number(y1)
      const ctx = before(text, start)
      let second: number | null = null
      const y2 = y2a ?? y2b
      if (y2) {
        second = y2.length === 2 ? Math.floor(first / 100) * 100 + Number(y2) : Number(y2)
        // "1950–1953" and "von 1950 bis 1953" are one expression; "zwischen 1943 und 1945" and a bare
        // "1943 bis 1945" are two, as TIMEX3 annotates them
        const okWord = rangeWord === undefined || (norm(rangeWord) === norm(L.rangeTo[0]) && rangeStart.test(ctx))
        if (second <= first || second - first > 200 || !okWord) second = null
        if (dash === '/' && second !== null && second - first !== 1 && y2.length === 2) second = null
      }
      const partner = afterYear.exec(ctx)
      const closesRange = partner !== null && Number(partner[1]) < first && first - Number(partner[1]) <= 200
      const strong = Boolean(mod || ynoun || second !== null || yearCue.test(ctx) || closesRange || /\(\s?$/.test(ctx))
      const lo = strong ? 1000 : 1900
      const hi = strong ? 2199 : 2099
      if (first < lo || first > hi) return
      if (!mod && !ynoun && nonYearBefore.test(ctx)) return
      const firstEnd = start + all.indexOf(y1, (mod?.length ?? 0) + (ynoun?.length ?? 0)) + 4
      const end = second !== null ? start + all.length : firstEnd
      if (second === null) {
        // "2000 Quadratmeter", "1500 Grenzschützer": a count, not a year
        const next = /^\s{1,3}([\p{L}.%€]+)/u.exec(text.slice(firstEnd, firstEnd + 40))
        if (next) {
          const w = next[1]
          if (nonYearFollowers.has(w) || nonYearFollowers.has(w.replace(/\.$/, ''))) return
          if (!strong && L.capitalizedNouns && /^\p{Lu}\p{Ll}/u.test(w) && !dateWords.has(norm(w))) return
        }
      }
      const value = second !== null ? `${formatYear(first)}/${formatYear(second)}` : formatYear(first)
      emit({start, end, span: end - start, type: 'DATE', explicitYear: first, resolve: () => value})
    }
  )

  // -- decades and centuries: "den 90er Jahren", "Mitte der 90er Jahre", "im 19. Jahrhundert" ------
  if (L.decadeSuffix) rule(
    'decade',
    [L.partModifiers, L.articles, decadeKeys, DIGIT],
    [decadeKeys, DIGIT],
    `${B}(?:(${MOD})${S})?(?:(${ART})${S})?(?:(\\d{4}|\\d{2})${escape(L.decadeSuffix)}|(${DECWORD}))(?:(?:-|\\s{1,2})?(${DECNOUN})|(n))?${E}`,
    (m, _text, emit) => {
      const [all, mod, art, num, word, noun, n] = m
      let decade: string
      if (num) {
        const v = Number(num)
        if (num.length === 4) { if (v % 10 !== 0 || v < 1000 || v > 2190) return; decade = String(v).slice(0, 3) }
        else { if (v % 10 !== 0) return; decade = `19${String(v).charAt(0)}` }
      } else {
        decade = `19${String(decadeWords.get(norm(word))!).charAt(0)}`
        if (!noun && !art) return
      }
      if (!noun && !n && !art && !mod) return
      emit({start: m.index, end: m.index + all.length, span: all.length, type: 'DATE', resolve: () => decade})
    }
  )
  rule(
    'century',
    [L.partModifiers, L.articles, Object.keys(L.ordinals), L.lastOrdinals, DIGIT],
    [L.centuryNouns],
    `${B}(?:(${MOD})${S})?(?:(${ART})${S})?(?:(\\d{1,2})\\.|(${ORD}))${S}(${CENTNOUN})${E}`,
    (m, _text, emit) => {
      const [all, , , num, ord] = m
      const n = num ? Number(num) : ordinals.get(norm(ord))!
      if (!(n >= 1 && n <= 21)) return
      emit({start: m.index, end: m.index + all.length, span: all.length, type: 'DATE', resolve: () => String(n - 1).padStart(2, '0')})
    }
  )

  // -- calendar nouns: "vergangene Woche", "nächstes Jahr", "im Sommer 2024", "der ersten Woche",
  //    "des laufenden Jahres", "Tag darauf", "im dritten Quartal", "am Wochenende" -------------------
  rule(
    'calendar',
    [L.partModifiers, L.articles, Object.keys(L.relativeModifiers), Object.keys(L.relativeDayAdjectives), Object.keys(L.ordinals), L.lastOrdinals, Object.keys(L.calendarNouns), DIGIT],
    [Object.keys(L.calendarNouns)],
    `${B}(?:(${MOD})${S})?(?:(${ART})${S})?(?:(${RELMOD}|${RELDAYADJ})${S})?(?:(${ORD}|\\d{1,2}\\.)${S})?(${CALNOUN})${E}(?:${S}(?:(\\d{4})(?:/(\\d{4}|\\d{2}))?(?![\\p{L}\\p{N}]|[.,]\\p{N})|(?:${ART}${S})?(${RELMOD})${S}(${YEARGEN})${E}|(${SHIFT})${E}))?`,
    (m, text, emit) => {
      const [all, mod, art, rel, ord, nounWord, yr, , relY, yGen, shiftWord] = m
      const noun = calNouns.get(norm(nounWord)) as CalendarNoun
      const start = m.index
      const nounEnd = start + all.indexOf(nounWord, (mod?.length ?? 0) + (art?.length ?? 0) + (rel?.length ?? 0) + (ord?.length ?? 0)) + nounWord.length
      const relDir: Direction | null = rel ? (relMods.get(norm(rel)) ?? null) : null
      const relDay = rel ? relDayAdj.get(norm(rel)) : undefined
      const ordN = ord ? (/^\d/.test(ord) ? Number(ord.slice(0, -1)) : ordinals.get(norm(ord))!) : null
      const year = yr ? Number(yr) : null
      let yearShift: number | null = null
      if (yGen && relY) {
        const n = calNouns.get(norm(yGen))
        yearShift = n?.kind === 'previous' ? -1 : n?.kind === 'following' ? 1 : (relMods.get(norm(relY)) ?? null)
      } else if (yGen) {
        const n = calNouns.get(norm(yGen))
        yearShift = n?.kind === 'previous' ? -1 : n?.kind === 'following' ? 1 : null
      }
      const yrEnd = yr ? start + all.lastIndexOf(yr) + yr.length + (m[7] ? m[7].length + 1 : 0) : 0
      const full = (end: number, resolve: Candidate['resolve'], type: TemporalType = 'DATE', explicitYear?: number): void =>
        emit({start, end, span: end - start, type, resolve, explicitYear})
      const shift = shiftWord ? (shifts.get(norm(shiftWord)) ?? null) : null
      const end = start + all.length
      // an ordinal read as "letzten" is a relative modifier, not a position
      const last = ordN === -1
      const dir: Direction | null = relDir ?? (last ? -1 : null)
      switch (noun.kind) {
        case 'unit': {
          if (noun.unit === 'Y') {
            if (year !== null) { if (year >= 1000 && year <= 2199) full(yrEnd, () => formatYear(year), 'DATE', year); return }
            if (dir !== null) { full(nounEnd, (r) => shiftUnit(r, 'Y', dir)); return }
            if (mod && art) { full(nounEnd, (r) => shiftUnit(r, 'Y', 0)); return }
            return
          }
          if (noun.unit === 'M') {
            if (dir !== null) full(nounEnd, (r) => shiftUnit(r, 'M', dir))
            else if (mod && art) full(nounEnd, (r) => shiftUnit(r, 'M', 0))
            return
          }
          if (noun.unit === 'W') {
            if (shift !== null) { full(end, (r) => { const base = r.lastWeek ?? referenceDay(r); return base ? formatWeek(addDays(base, 7 * shift)) : null }); return }
            if (ordN !== null && ordN > 0) {
              full(nounEnd, (r) => { const base = referenceDay(r); return base ? formatWeek(addDays(base, 7 * (ordN - 1))) : null })
              return
            }
            if (dir !== null) full(nounEnd, (r) => shiftUnit(r, 'W', dir))
            else if (mod && art) full(nounEnd, (r) => shiftUnit(r, 'W', 0))
            return
          }
          if (noun.unit === 'D') {
            if (relDay !== undefined) { full(nounEnd, (r) => shiftUnit(r, 'D', relDay)); return }
            if (shift !== null) { full(end, (r) => shiftUnit(r, 'D', shift, referenceDay(r))); return }
            if (relDir === 1) full(nounEnd, (r) => shiftUnit(r, 'D', 1, referenceDay(r)))
            return
          }
          // weekend
          if (dir !== null) { full(nounEnd, (r) => weekend(r, dir)); return }
          if (relDay !== undefined) return
          if (art || weekendCue.test(before(text, start))) full(nounEnd, (r) => weekend(r, null))
          return
        }
        case 'previous':
        case 'following': {
          const n = noun.kind === 'previous' ? -1 : 1
          const unit = noun.unit
          full(nounEnd, (r) => shiftUnit(r, unit, n, unit === 'D' ? referenceDay(r) : r.dct))
          return
        }
        case 'season': {
          const season = noun.season
          const mid = {SP: 4, SU: 7, FA: 10, WI: 1}[season]
          if (year !== null) {
            if (year < 1000 || year > 2199) return
            full(yrEnd, () => `${formatYear(year)}-${season}`, 'DATE', year)
            return
          }
          if (yearShift !== null) { const ys = yearShift; full(end, (r) => (r.dct ? `${formatYear(r.dct.year + ys)}-${season}` : null)); return }
          if (dir !== null) {
            full(nounEnd, (r) => {
              if (!r.dct) return null
              const m0 = r.dct.month
              let y = r.dct.year
              if (dir < 0 && (season === 'WI' ? m0 < 3 : m0 <= mid + 1)) y -= 1
              if (dir > 0 && (season === 'WI' ? m0 >= 3 : m0 >= mid - 1)) y += 1
              return `${formatYear(y)}-${season}`
            })
            return
          }
          if (!mod && !art && !monthCue.test(before(text, start))) return
          full(nounEnd, (r) => { const y = inferYear(r, mid, null); return y === null ? null : `${formatYear(y)}-${season}` })
          return
        }
        case 'quarter':
        case 'half': {
          const letter = noun.kind === 'quarter' ? 'Q' : 'H'
          const max = noun.kind === 'quarter' ? 4 : 2
          if (ordN !== null && ordN > 0) {
            if (ordN > max) return
            if (year !== null) { full(yrEnd, () => `${formatYear(year)}-${letter}${ordN}`, 'DATE', year); return }
            if (yearShift !== null) { const ys = yearShift; full(end, (r) => (r.dct ? `${formatYear(r.dct.year + ys)}-${letter}${ordN}` : null)); return }
            full(nounEnd, (r) => { const y = inferYear(r, (ordN - 1) * (12 / max) + 1, null); return y === null ? null : `${formatYear(y)}-${letter}${ordN}` })
            return
          }
          if (dir !== null) {
            full(nounEnd, (r) => {
              if (!r.dct) return null
              const per = 12 / max
              const index = r.dct.year * max + Math.floor((r.dct.month - 1) / per) + dir
              return `${formatYear(Math.floor(index / max))}-${letter}${(index % max) + 1}`
            })
          }
          return
        }
      }
    }
  )

  // -- weekdays: "am Mittwoch", "Dienstagabend", "am kommenden Montag", "am heutigen Samstag" ------
  rule(
    'weekday',
    [Object.keys(L.relativeModifiers), Object.keys(L.relativeDayAdjectives), wdKeys],
    [wdKeys],
    `${B}(?:(${RELMOD}|${RELDAYADJ})${S})?(${WD})(${DPGLUED})?${E}`,
    (m, _text, emit) => {
      const [all, rel, wd, part] = m
      const weekday = weekdays.get(norm(wd))!
      const relDay = rel ? relDayAdj.get(norm(rel)) : undefined
      const modifier = rel && relDay === undefined ? (relMods.get(norm(rel)) ?? null) : null
      const dp: DayPart | undefined = part ? dayPartsAfterDay.get(norm(part)) : undefined
      const start = m.index
      emit({
        start, end: start + all.length, span: all.length, type: dp ? 'TIME' : 'DATE',
        resolve: (r) => {
          let day = relDay !== undefined ? (r.dct ? addDays(r.dct, relDay) : null) : weekdayDay(r, weekday, modifier === 0 ? null : modifier)
          if (relDay === undefined && modifier === 0 && r.dct) day = weekdayDay({...r, tense: 1}, weekday, null)
          if (!day) return null
          return formatDay(day) + (dp ? `T${dp}` : '')
        }
      })
    }
  )

  // -- sets: "jeden Montag", "jedes Jahr", "alle zwei Jahre", "montags", "täglich" ---------------
  rule(
    'set',
    [L.setQuantifiers, Object.keys(L.weekdayAdverbs), [...frequencies.keys()]],
    [wdKeys, Object.keys(L.units), Object.keys(L.weekdayAdverbs), [...frequencies.keys()]],
    `${B}(?:(${SETQ})${S}(?:(${ORD}|${NUMWORD}|\\d{1,3})${S})?(?:(${WD})|(${UNIT}))|(${WDADV})|(${FREQ}))${E}`,
    (m, _text, emit) => {
      const [all, q, mid, wd, unitWord, wdAdv, freq] = m
      const start = m.index
      const end = start + all.length
      if (wdAdv || wd) {
        const n = wdAdv ? weekdayAdverbs.get(norm(wdAdv))! : weekdays.get(norm(wd))!
        emit({start, end, span: all.length, type: 'SET', resolve: () => `XXXX-WXX-${n}`})
        return
      }
      if (freq) {
        const unit = frequencies.get(norm(freq))!
        emit({start, end, span: all.length, type: 'SET', resolve: () => durationValue(unit, 1)})
        return
      }
      if (q && unitWord) {
        const unit = units.get(norm(unitWord))!
        const n = mid ? digitsOrWord(mid, numbers) : 1
        if (n === null) return
        emit({start, end, span: all.length, type: 'SET', resolve: () => durationValue(unit, n)})
      }
    }
  )

  // -- casual words: "heute", "gestern Abend", "heuer", "jetzt", "jahrelang", holidays, "Ex-" -----
  rule(
    'casual',
    [Object.keys(L.relativeDays), Object.keys(L.casualYears), Object.keys(L.referenceWords), Object.keys(L.vagueDurationAdverbs), Object.keys(L.holidays), L.formerPrefixes],
    [Object.keys(L.relativeDays), Object.keys(L.casualYears), Object.keys(L.referenceWords), Object.keys(L.vagueDurationAdverbs), Object.keys(L.holidays), L.formerPrefixes],
    `${B}(?:(${RELDAY})(?:${S}(${DPAFTER}))?|(${CASUALYEAR})|(${REFWORD})|(${VAGUEADV})|(${HOLIDAY})(?:${S}(\\d{4})(?![\\p{L}\\p{N}]))?)${E}|${B}(${FORMER})(?=-\\p{L})`,
    (m, text, emit) => {
      const [all, relDay, part, casual, ref, vagueAdv, holiday, holidayYear, former] = m
      const start = m.index
      let end = start + all.length
      if (relDay) {
        const offset = relativeDays.get(norm(relDay))!
        // a capitalized "Morgen" inside a sentence is the morning, not tomorrow
        if (offset === 1 && /^\p{Lu}/u.test(relDay) && !/(?:^|[.!?:;"„“«»]\s{0,3}|\n)$/u.test(before(text, start))) return
        let dp: DayPart | undefined
        if (part) {
          dp = dayPartsAfterDay.get(norm(part))
          // "morgen früh" is tomorrow morning; "gestern morgen" yesterday morning
        }
        if (!dp) end = start + relDay.length
        emit({
          start, end, span: all.length, type: dp ? 'TIME' : 'DATE',
          resolve: (r) => (r.dct ? formatDay(addDays(r.dct, offset)) + (dp ? `T${dp}` : '') : null)
        })
        return
      }
      if (casual) {
        const n = casualYears.get(norm(casual))!
        emit({start, end, span: all.length, type: 'DATE', resolve: (r) => (r.dct ? formatYear(r.dct.year + n) : null)})
        return
      }
      if (ref) {
        const v = refWords.get(norm(ref))!
        emit({start, end, span: all.length, type: 'DATE', resolve: () => v})
        return
      }
      if (vagueAdv) {
        const unit = vagueAdverbs.get(norm(vagueAdv))!
        emit({start, end, span: all.length, type: 'DURATION', resolve: () => durationValue(unit, null)})
        return
      }
      if (holiday) {
        const h = holidays.get(norm(holiday))!
        if (holidayYear) {
          const year = Number(holidayYear)
          emit({start, end, span: all.length, type: 'DATE', explicitYear: year, resolve: () => holidayDay(h, year)})
          return
        }
        emit({
          start, end, span: all.length, type: 'DATE',
          resolve: (r) => {
            const probe = 'easter' in h ? easterSunday(r.dct?.year ?? 2000) : {month: h.month, day: h.day}
            const y = r.sentenceYear ?? inferYear(r, probe.month, probe.day)
            return y === null ? null : holidayDay(h, y)
          }
        })
        return
      }
      if (former) emit({start, end, span: all.length, type: 'DATE', resolve: () => 'PAST_REF'})
    }
  )

  // -- clock times: "um 20.30 Uhr", "14.30-18 Uhr", "8.30-12 und 14.30-16.30 Uhr", "um 20:30" --------
  const HM = '(\\d{1,2})(?:[.:](\\d{2}))?'
  rule(
    'time',
    [DIGIT],
    [DIGIT],
    `(?<![\\p{L}\\p{N}]|\\p{N}[.,:])(?:${HM}\\s{0,2}[–—-]\\s{0,2}${HM}${S}${RANGETO}${S})?${HM}(?:\\s{0,2}[–—-]\\s{0,2}${HM})?\\s{0,3}(${CLOCK})${E}|(?<![\\p{L}\\p{N}]|\\p{N}[.,:])(\\d{1,2}):(\\d{2})(?![\\p{N}]|[.:]\\p{N})`,
    (m, text, emit) => {
      const g = m.slice(1)
      const base = m.index
      const all = m[0]
      const times: Array<{h: string; min: string | undefined}> = []
      if (g[9] !== undefined) {
        if (!timeCue.test(before(text, base))) return
        times.push({h: g[9], min: g[10]})
      } else {
        if (g[0] !== undefined) times.push({h: g[0], min: g[1]}, {h: g[2], min: g[3]})
        times.push({h: g[4], min: g[5]})
        if (g[6] !== undefined) times.push({h: g[6], min: g[7]})
      }
      for (const t of times) if (Number(t.h) > 24 || (t.min !== undefined && Number(t.min) > 59)) return
      // locate each part in the match, left to right
      let cursor = 0
      times.forEach((t, i) => {
        const piece = t.min !== undefined ? new RegExp(`${t.h}[.:]${t.min}`).exec(all.slice(cursor)) : new RegExp(`(?<!\\d)${t.h}(?!\\d)`).exec(all.slice(cursor))
        if (!piece) return
        const s = cursor + piece.index
        let e = s + piece[0].length
        cursor = e
        if (i === times.length - 1) e = all.length
        const hour = Number(t.h)
        const minute = t.min !== undefined ? Number(t.min) : 0
        emit({
          start: base + s, end: base + e, span: all.length, type: 'TIME',
          resolve: (r) => {
            const day = r.sentenceDay ?? r.dct
            return day ? formatDay(day) + formatTime(hour, minute) : null
          }
        })
      })
    }
  )

  // -- parts of the day: "am Nachmittag", "in der Nacht", "in den frühen Morgenstunden" -----------
  rule(
    'day-part',
    [L.dayPartCues],
    [Object.keys(L.dayParts)],
    `${B}${DPCUE}${S}((?:${ART}${S})?(?:${DPADJ}${S})?(${DAYPART}))${E}`,
    (m, _text, emit) => {
      const [all, extent, part] = m
      const dp = dayParts.get(norm(part))!
      const start = m.index + all.length - extent.length
      emit({
        start, end: m.index + all.length, span: all.length, type: 'TIME',
        resolve: (r) => { const day = r.sentenceDay ?? referenceDay(r); return day ? `${formatDay(day)}T${dp}` : null }
      })
    }
  )

  // -- durations and points in the past: "seit 24 Jahren", "drei Wochen", "seit Monaten",
  //    "den vergangenen zwei Jahrzehnten", "vor drei Jahren", "14-Tage" ------------------------------
  rule(
    'duration',
    [L.durationCues, L.agoBefore, L.articles, Object.keys(L.relativeModifiers), L.approximators, Object.keys(L.numbers), L.vagueQuantifiers, Object.keys(L.units), DIGIT],
    [Object.keys(L.units)],
    `${B}(?:(${DURCUE})${S})?(?:(${ART})${S})?(?:(${RELMOD})${S})?(?:(${APPROX})${S})?(?:(${NUMWORD}|${VAGUE}|\\d{1,4}(?:,\\d{1,2})?)(?:${S}|-))?(${UNIT})${E}(?:${S}(${AGOAFTER})${E})?`,
    (m, text, emit) => {
      const [all, cue, art, rel, approx, num, unitWord, after] = m
      const unit = units.get(norm(unitWord))!
      const start = m.index
      const agoWord = Boolean(after && L.agoAfter.includes(after))
      const end = start + all.length - (after && !agoWord ? all.length - all.lastIndexOf(after) : 0)
      const unitEnd = start + all.lastIndexOf(unitWord) + unitWord.length
      let n: number | null = null
      let isVague = false
      if (num) {
        if (vague.has(norm(num))) isVague = true
        else n = digitsOrWord(num, numbers)
        if (!isVague && n === null) return
      } else {
        // a unit alone is a duration only as a plural after a cue or a relative word ("seit Monaten")
        if (!(cue || rel) || calNouns.has(norm(unitWord))) return
        if (cue && !rel && agoBefore.has(norm(cue))) return
        isVague = true
      }
      if (after && L.ageCuesAfter.includes(after)) return
      if (n !== null && /^\d/.test(num) && (unit === 'Y' || unit === 'M') && ageBefore.test(before(text, start))) return
      const ago = (cue && agoBefore.has(norm(cue))) || (after && L.agoAfter.includes(after))
      // the extent leaves out the preposition and approximators ("seit 24 Jahren" → "24 Jahren")
      let s = start + (cue ? all.indexOf(cue) + cue.length : 0)
      s = start + all.slice(s - start).search(/\S/) + (s - start)
      if (art && text.charAt(unitEnd) === '-' && num) s = start + all.indexOf(num, s - start)
      if (!art && !rel && approx) s = start + all.indexOf(num ?? unitWord, s - start + approx.length)
      if (ago && n !== null) {
        const count = n
        emit({start, end: Math.max(end, unitEnd), span: all.length, type: 'DATE', resolve: (r) => pastPoint(r, unit, count)})
        return
      }
      emit({start: s, end: unitEnd, span: all.length, type: 'DURATION', resolve: () => durationValue(unit, isVague ? null : n)})
    }
  )

  const words = new Map<string, WordEntry>()
  // each key is stored lower-cased and capitalized, the two forms the patterns accept, so that the scan
  // can look a word up as it stands
  const entry = (key: string): WordEntry => {
    let e = words.get(key)
    if (!e) {
      e = {begins: 0, heads: 0, tense: 0}
      words.set(key, e)
      words.set(key.charAt(0).toUpperCase() + key.slice(1), e)
    }
    return e
  }
  if (rules.length > 30) throw new Error('too many rules for the bit masks')
  rules.forEach((r, i) => {
    for (const key of r.first) entry(key).begins |= 1 << i
    for (const key of r.heads) entry(key).heads |= 1 << i
  })
  for (const w of L.pastCues) if (firstToken(w)) entry(firstToken(w)).tense = -1
  for (const w of L.futureCues) if (firstToken(w)) entry(firstToken(w)).tense = 1
  const byHash = new Map<number, Array<{key: string; entry: WordEntry}>>()
  for (const [key, e] of words) {
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) continue
    const h = keyHash(key, 0, key.length)
    const list = byHash.get(h)
    if (list) list.push({key, entry: e})
    else byHash.set(h, [{key, entry: e}])
  }
  return {rules, words, byHash}
}
