/**
 * Calendar nouns, with what places them: "vergangene Woche", "nächstes Jahr", "im Sommer 2024",
 * "der ersten Woche", "des laufenden Jahres", "Tag darauf", "am Vortag", "im dritten Quartal",
 * "am Wochenende", "la semaine prochaine", "l'année dernière".
 */
import type {TemporalType} from '../../types.js'
import {addDays, formatWeek, formatYear} from '../calendar.js'
import type {CalendarNoun, Direction, Season} from '../locale.js'
import {inferYear, referenceDay, type Resolver, shiftUnit, weekDayOf, weekend, yearFrom} from '../reference.js'
import type {Lexicon} from './lexicon.js'
import {B, before, DIGIT, E, norm, S} from './pattern.js'
import {type Candidate, defineRule, type Emit, type Rule} from './rule.js'

export function calendarRules(x: Lexicon): Rule[] {
  return [calendarNoun(x)]
}

/** A calendar-noun match, read. */
interface Match {
  x: Lexicon
  text: string
  noun: CalendarNoun
  start: number
  /** End of the whole match (a shift word "darauf" or a genitive year included). */
  end: number
  /** End of the noun. */
  nounEnd: number
  /** End of the year after the noun ("Sommer 2024"). */
  yearEnd: number
  /** A part modifier and an article stand before ("Ende des Jahres"). */
  mod: boolean
  art: boolean
  /** Direction of the relative modifier ("vergangene"), or of a last ordinal ("letzten"). */
  dir: Direction | null
  /** Direction of the relative modifier alone. */
  relDir: Direction | null
  /** Offset in days of a deictic adjective ("am heutigen Tag"). */
  relDay: number | undefined
  /** The ordinal ("der ersten Woche"); −1 for a last ordinal. */
  ordinal: number | null
  /** The year written after the noun. */
  year: number | null
  /** Years from the publication year named by a genitive year phrase ("dieses Jahres" 0, "des Vorjahres" −1). */
  yearShift: number | null
  /** A shift word after the noun ("Tag darauf" +1). */
  shift: Direction | null
  /** Emits the expression from the match's start to `end`. */
  full: (end: number, resolve: Candidate['resolve'], type?: TemporalType, explicitYear?: number) => void
}

function calendarNoun(x: Lexicon): Rule {
  const {MOD, ART, RELMOD, RELAFTER, RELDAYADJ, ORD, CALNOUN, YEARGEN, SHIFT} = x.patterns
  const L = x.locale
  return defineRule(
    'calendar',
    [L.partModifiers, L.articles, Object.keys(L.relativeModifiers), Object.keys(L.relativeDayAdjectives), Object.keys(L.ordinals), L.lastOrdinals, Object.keys(L.calendarNouns), DIGIT],
    [Object.keys(L.calendarNouns)],
    `${B}(?:(${MOD})${S})?(?:(${ART})${S})?(?:(${RELMOD}|${RELDAYADJ})${S})?(?:(${ORD}|\\d{1,2}\\.)${S})?(${CALNOUN})${E}(?:${S}(?:(\\d{4})(?:/(\\d{4}|\\d{2}))?(?![\\p{L}\\p{N}]|[.,]\\p{N})|(?:${ART}${S})?(${RELMOD})${S}(${YEARGEN})${E}|(${SHIFT})${E}|(${RELAFTER})${E}))?`,
    (m, text, emit) => {
      const c = read(x, m, text, emit)
      switch (c.noun.kind) {
        case 'unit': unitNoun(c, c.noun.unit); return
        case 'previous': case 'following': nextToNoun(c, c.noun.kind === 'previous' ? -1 : 1, c.noun.unit); return
        case 'season': seasonNoun(c, c.noun.season); return
        case 'quarter': partOfYear(c, 'Q', 4); return
        case 'half': partOfYear(c, 'H', 2); return
      }
    }
  )
}

function read(x: Lexicon, m: RegExpExecArray, text: string, emit: Emit): Match {
  const [all, mod, art, rel, ord, nounWord, yr, , relY, yGen, shiftWord, after] = m
  const w = x.words
  const start = m.index
  const nounEnd = after ? start + all.length : start + all.indexOf(nounWord, (mod?.length ?? 0) + (art?.length ?? 0) + (rel?.length ?? 0) + (ord?.length ?? 0)) + nounWord.length
  const relDir: Direction | null = rel ? (w.relativeModifiers.get(norm(rel)) ?? null) : after ? (w.relativeModifiersAfter.get(norm(after)) ?? null) : null
  const ordinal = ord ? (/^\d/.test(ord) ? Number(ord.slice(0, -1)) : w.ordinals.get(norm(ord))!) : null
  let yearShift: number | null = null
  if (yGen) {
    const n = w.calendarNouns.get(norm(yGen))
    yearShift = n?.kind === 'previous' ? -1 : n?.kind === 'following' ? 1 : relY ? (w.relativeModifiers.get(norm(relY)) ?? null) : null
  }
  return {
    x, text, start, nounEnd, relDir, ordinal, yearShift,
    noun: w.calendarNouns.get(norm(nounWord))!,
    end: start + all.length,
    yearEnd: yr ? start + all.lastIndexOf(yr) + yr.length + (m[7] ? m[7].length + 1 : 0) : 0,
    mod: Boolean(mod),
    art: Boolean(art),
    // an ordinal read as "letzten" is a relative modifier, not a position
    dir: relDir ?? (ordinal === -1 ? -1 : null),
    relDay: rel ? w.relativeDayAdjectives.get(norm(rel)) : undefined,
    year: yr ? Number(yr) : null,
    shift: shiftWord ? (w.anchorShifts.get(norm(shiftWord)) ?? null) : null,
    full: (end, resolve, type = 'DATE', explicitYear) => emit({start, end, span: end - start, type, resolve, explicitYear})
  }
}

/** "Jahr", "Monat", "Woche", "Tag", "Wochenende" after what places them. */
function unitNoun(c: Match, unit: 'Y' | 'M' | 'W' | 'D' | 'WE'): void {
  const {dir, year} = c
  switch (unit) {
    case 'Y':
      // "Jahr 2011", "nächstes Jahr", "Ende des Jahres"
      if (year !== null) { if (year >= 1000 && year <= 2199) c.full(c.yearEnd, () => formatYear(year), 'DATE', year); return }
      if (dir !== null) { c.full(c.nounEnd, (r) => shiftUnit(r, 'Y', dir)); return }
      if (c.mod && c.art) c.full(c.nounEnd, (r) => shiftUnit(r, 'Y', 0))
      return
    case 'M':
      if (dir !== null) c.full(c.nounEnd, (r) => shiftUnit(r, 'M', dir))
      else if (c.mod && c.art) c.full(c.nounEnd, (r) => shiftUnit(r, 'M', 0))
      return
    case 'W': weekNoun(c); return
    case 'D': dayNoun(c); return
    case 'WE': weekendNoun(c)
  }
}

// "die Woche darauf", "der ersten Woche" (of what was last mentioned), "vergangene Woche", "Ende der Woche"
function weekNoun(c: Match): void {
  const {shift, ordinal, dir} = c
  if (shift !== null) {
    c.full(c.end, (r) => { const base = weekDayOf(r); return base ? formatWeek(addDays(base, 7 * shift)) : null })
    return
  }
  if (ordinal !== null && ordinal > 0) {
    c.full(c.nounEnd, (r) => { const base = referenceDay(r); return base ? formatWeek(addDays(base, 7 * (ordinal - 1))) : null })
    return
  }
  if (dir !== null) c.full(c.nounEnd, (r) => shiftUnit(r, 'W', dir))
  else if (c.mod && c.art) c.full(c.nounEnd, (r) => shiftUnit(r, 'W', 0))
}

// "am heutigen Tag", "am Tag darauf", "am folgenden Tag"
function dayNoun(c: Match): void {
  const {relDay, shift} = c
  if (relDay !== undefined) { c.full(c.nounEnd, (r) => shiftUnit(r, 'D', relDay)); return }
  if (shift !== null) { c.full(c.end, (r) => shiftUnit(r, 'D', shift, referenceDay(r))); return }
  if (c.relDir === 1) c.full(c.nounEnd, (r) => shiftUnit(r, 'D', 1, referenceDay(r)))
}

// "vergangenes Wochenende", "am Wochenende", "übers Wochenende"
function weekendNoun(c: Match): void {
  const {dir} = c
  if (dir !== null) { c.full(c.nounEnd, (r) => weekend(r, dir)); return }
  if (c.relDay !== undefined) return
  if (c.art || c.x.cues.weekend.test(before(c.text, c.start))) c.full(c.nounEnd, (r) => weekend(r, null))
}

// "am Vortag", "des Vorjahres", "am Folgetag": the unit before or after the reference time
function nextToNoun(c: Match, n: -1 | 1, unit: 'Y' | 'M' | 'W' | 'D'): void {
  c.full(c.nounEnd, (r) => shiftUnit(r, unit, n, unit === 'D' ? referenceDay(r) : r.dct))
}

/** The middle month of each season. */
const SEASON_MIDDLE: Record<Season, number> = {SP: 4, SU: 7, FA: 10, WI: 1}

// "im Sommer 2024", "im Herbst dieses Jahres", "vergangenen Winter", "im Frühjahr"
function seasonNoun(c: Match, season: Season): void {
  const {year, yearShift, dir} = c
  const mid = SEASON_MIDDLE[season]
  if (year !== null) {
    if (year < 1000 || year > 2199) return
    c.full(c.yearEnd, () => `${formatYear(year)}-${season}`, 'DATE', year)
    return
  }
  if (yearShift !== null) { c.full(c.end, (r) => { const y = yearFrom(r, yearShift); return y === null ? null : `${formatYear(y)}-${season}` }); return }
  if (dir !== null) { c.full(c.nounEnd, (r) => seasonNextTo(r, season, dir)); return }
  if (!c.mod && !c.art && !c.x.cues.month.test(before(c.text, c.start))) return
  c.full(c.nounEnd, (r) => { const y = inferYear(r, mid, null); return y === null ? null : `${formatYear(y)}-${season}` })
}

/** The season before (`dir` −1) or after (+1) the publication date; the one under way counts as this one. */
function seasonNextTo(r: Resolver, season: Season, dir: Direction): string | null {
  const m0 = r.published?.month
  if (!r.published || m0 == null) return null
  const mid = SEASON_MIDDLE[season]
  let y = r.published.year
  if (dir < 0 && (season === 'WI' ? m0 < 3 : m0 <= mid + 1)) y -= 1
  if (dir > 0 && (season === 'WI' ? m0 >= 3 : m0 >= mid - 1)) y += 1
  return `${formatYear(y)}-${season}`
}

// "im dritten Quartal", "im ersten Quartal 2024", "im zweiten Halbjahr", "vergangenes Quartal"
function partOfYear(c: Match, letter: 'Q' | 'H', max: number): void {
  const {ordinal, year, yearShift, dir} = c
  if (ordinal !== null && ordinal > 0) {
    if (ordinal > max) return
    const part = `${letter}${ordinal}`
    if (year !== null) { c.full(c.yearEnd, () => `${formatYear(year)}-${part}`, 'DATE', year); return }
    if (yearShift !== null) { c.full(c.end, (r) => { const y = yearFrom(r, yearShift); return y === null ? null : `${formatYear(y)}-${part}` }); return }
    c.full(c.nounEnd, (r) => { const y = inferYear(r, (ordinal - 1) * (12 / max) + 1, null); return y === null ? null : `${formatYear(y)}-${part}` })
    return
  }
  if (dir !== null) {
    c.full(c.nounEnd, (r) => {
      const pub = r.published
      if (!pub || pub.month === null) return null
      const per = 12 / max
      const index = pub.year * max + Math.floor((pub.month - 1) / per) + dir
      return `${formatYear(Math.floor(index / max))}-${letter}${(index % max) + 1}`
    })
  }
}
