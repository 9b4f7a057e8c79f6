import type {CalendarNoun, DateLocale, DayPart, Direction, Holiday, Unit} from '../locale.js'
import {alt, endsWith, escape, exact, norm, S, table} from './pattern.js'

/**
 * What the rules know of one language, compiled once from its `DateLocale`: lookups for the words a
 * match holds, pattern fragments that match them, and tests of the words before a match.
 */
export interface Lexicon {
  /** The locale as written. */
  locale: DateLocale
  words: Words
  patterns: Patterns
  cues: Cues
}

/** Case-insensitive lookups (keys by `norm`): a matched word → what it means. */
export interface Words {
  months: Map<string, number>
  weekdays: Map<string, number>
  weekdayAdverbs: Map<string, number>
  dayParts: Map<string, DayPart>
  dayPartsAfterDay: Map<string, DayPart>
  relativeDays: Map<string, number>
  relativeDayAdjectives: Map<string, number>
  casualYears: Map<string, number>
  referenceWords: Map<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>
  relativeModifiers: Map<string, Direction>
  relativeModifiersAfter: Map<string, Direction>
  calendarNouns: Map<string, CalendarNoun>
  anchorShifts: Map<string, Direction>
  numbers: Map<string, number>
  /** Ordinals → number; the last ordinals ("letzten") → −1. */
  ordinals: Map<string, number>
  units: Map<string, Unit>
  vagueDurationAdverbs: Map<string, Unit>
  vagueQuantifiers: Set<string>
  agoBefore: Set<string>
  /** Frequency words, stems with every adjective ending ("monatlichen") → unit. */
  frequencies: Map<string, Unit>
  decadeWords: Map<string, number>
  holidays: Map<string, Holiday>
  /** As written (case kept). */
  nonYearFollowers: Set<string>
  /** Month and weekday names, relative modifiers, calendar nouns and units: a capitalised one after a number does not make it a count. */
  dateWords: Set<string>
  /** Month abbreviations that a longer name of the same month starts with ("Jun" for "Juni"); a bare one is too often something else. */
  monthAbbreviations: Set<string>
  /** Weekday names, alone and glued to a part of the day ("Dienstagabend"): the words a weekday match may begin with. */
  weekdayForms: string[]
  /** Decade words, alone and glued to a decade noun ("Neunzigerjahre"). */
  decadeForms: string[]
}

/** Regex fragments (non-capturing) that match the words of the locale, each first letter in either case. */
export interface Patterns {
  MONTH: string
  WD: string
  ART: string
  /** Part modifiers: "Anfang", "Mitte", "Ende". */
  MOD: string
  RELMOD: string
  /** Relative modifiers after the date ("prochain", "dernier"). */
  RELAFTER: string
  RELDAYADJ: string
  CALNOUN: string
  /** Ordinals and last ordinals. */
  ORD: string
  NUMWORD: string
  VAGUE: string
  UNIT: string
  APPROX: string
  /** Duration cues and "ago" words before the number. */
  DURCUE: string
  /** "ago" words and age words after the unit. */
  AGOAFTER: string
  RANGETO: string
  YEARNOUN: string
  /** Genitive year nouns and the calendar nouns of a year before or after ("Vorjahres"). */
  YEARGEN: string
  /** A day number's suffix ("."), optional where the locale allows none. */
  DAYSUF: string
  /** Whether a day number always has its suffix. */
  daySuffixRequired: boolean
  /** A day number's ordinal suffix in "Month day" order ("June 19th"), optional. */
  MDSUF: string
  SEP: string
  DECNOUN: string
  DECWORD: string
  /** Endings glued to a decade without noun ("90ern"), case as written. */
  DECEND: string
  CENTNOUN: string
  CLOCK: string
  SETQ: string
  DPAFTER: string
  /** Day parts glued to a weekday, lower case ("abend" in "Dienstagabend"). */
  DPGLUED: string
  DAYPART: string
  DPCUE: string
  DPADJ: string
  RELDAY: string
  CASUALYEAR: string
  REFWORD: string
  VAGUEADV: string
  FREQ: string
  WDADV: string
  HOLIDAY: string
  FORMER: string
  NIGHT: string
  NIGHTFROM: string
  NIGHTTO: string
  SHIFT: string
}

/** Tests of the text just before a match (`before(text, start)`): does it end with such a word? */
export interface Cues {
  /** A word that makes a bare month name a date ("im", "Anfang"). */
  month: RegExp
  /** The first range word ("von"), which joins two years into one expression. */
  rangeStart: RegExp
  /** A month and a range word: "im Mai und Juni". */
  monthAfterMonth: RegExp
  /** A year and a range word: the second year of a range the year rule did not join ("zwischen 1943 und 1945"). */
  afterYear: RegExp
  /** A word that makes a bare four-digit number a year. */
  year: RegExp
  /** A word that makes a four-digit number a quantity or a label. */
  nonYear: RegExp
  /** A word that makes a number of years an age. */
  age: RegExp
  /** A word that makes a bare "20:30" a time. */
  time: RegExp
  /** A word that makes a bare weekend noun a date ("am Wochenende", "übers Wochenende"). */
  weekend: RegExp
  /** A word that makes a numeric date without year a date ("am 15.02."). */
  numericDate: RegExp
}

export function compileLexicon(L: DateLocale): Lexicon {
  const w = words(L)
  const p = patterns(L, w)
  return {locale: L, words: w, patterns: p, cues: cues(L, p)}
}

function words(L: DateLocale): Words {
  const months = table(L.months)
  const weekdays = table(L.weekdays)
  const relativeModifiers = table(L.relativeModifiers)
  const relativeModifiersAfter = table(L.relativeModifiersAfter)
  const calendarNouns = table(L.calendarNouns)
  const units = table(L.units)
  const ordinals = table(L.ordinals)
  for (const w of L.lastOrdinals) ordinals.set(norm(w), -1)
  const frequencies = new Map<string, Unit>()
  for (const [stem, unit] of Object.entries(L.frequencyStems)) {
    for (const e of L.adjectiveEndings) frequencies.set(norm(stem + e), unit)
  }
  const monthKeys = [...months.keys()]
  return {
    months, weekdays, relativeModifiers, relativeModifiersAfter, calendarNouns, units, ordinals, frequencies,
    weekdayAdverbs: table(L.weekdayAdverbs),
    dayParts: table(L.dayParts),
    dayPartsAfterDay: table(L.dayPartsAfterDay),
    relativeDays: table(L.relativeDays),
    relativeDayAdjectives: table(L.relativeDayAdjectives),
    casualYears: table(L.casualYears),
    referenceWords: table(L.referenceWords),
    anchorShifts: table(L.anchorShifts),
    numbers: table(L.numbers),
    vagueDurationAdverbs: table(L.vagueDurationAdverbs),
    vagueQuantifiers: new Set(L.vagueQuantifiers.map(norm)),
    agoBefore: new Set(L.agoBefore.map(norm)),
    decadeWords: table(L.decadeWords),
    holidays: table(L.holidays),
    nonYearFollowers: new Set(L.nonYearFollowers),
    dateWords: new Set([...monthKeys, ...weekdays.keys(), ...relativeModifiers.keys(), ...relativeModifiersAfter.keys(), ...calendarNouns.keys(), ...units.keys()]),
    monthAbbreviations: new Set(monthKeys.filter((k) => monthKeys.some((o) => o !== k && o.startsWith(k) && months.get(o) === months.get(k)))),
    weekdayForms: Object.keys(L.weekdays).flatMap((wd) => [wd, ...Object.keys(L.dayPartsAfterDay).map((p) => wd + p.toLowerCase())]),
    decadeForms: Object.keys(L.decadeWords).flatMap((w) => [w, ...L.decadeNouns.map((n) => w + n.toLowerCase())])
  }
}

/** The nouns of a year before or after ("Vorjahres", "Folgejahres"). */
const yearNounsBeforeAfter = (L: DateLocale): string[] =>
  Object.entries(L.calendarNouns).filter(([, n]) => n.kind !== 'unit' && 'unit' in n && n.unit === 'Y').map(([k]) => k)

/** Words glued to nothing, lower case, longest first, matched as written. */
const glued = (words: string[]): string => [...new Set(words.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length).map(escape).join('|')

function patterns(L: DateLocale, w: Words): Patterns {
  const daySuffixRequired = !L.daySuffixes.includes('')
  const daySuffixes = exact(L.daySuffixes.filter(Boolean))
  return {
    MONTH: L.monthsCapitalized ? `(?:${exact(Object.keys(L.months).sort((a, b) => b.length - a.length))})` : alt(Object.keys(L.months)),
    WD: alt(Object.keys(L.weekdays)),
    ART: alt(L.articles),
    MOD: alt(L.partModifiers),
    RELMOD: alt(Object.keys(L.relativeModifiers)),
    RELAFTER: alt(Object.keys(L.relativeModifiersAfter)),
    RELDAYADJ: alt(Object.keys(L.relativeDayAdjectives)),
    CALNOUN: alt(Object.keys(L.calendarNouns)),
    ORD: alt([...Object.keys(L.ordinals), ...L.lastOrdinals]),
    NUMWORD: alt(Object.keys(L.numbers)),
    VAGUE: alt(L.vagueQuantifiers),
    UNIT: alt(Object.keys(L.units)),
    APPROX: alt(L.approximators),
    DURCUE: alt([...L.durationCues, ...L.agoBefore]),
    AGOAFTER: alt([...L.agoAfter, ...L.ageCuesAfter]),
    RANGETO: alt(L.rangeTo),
    YEARNOUN: alt(L.yearNouns),
    YEARGEN: alt([...L.yearNounsGenitive, ...yearNounsBeforeAfter(L)]),
    DAYSUF: `(?:${daySuffixes})${daySuffixRequired ? '' : '?'}`,
    daySuffixRequired,
    MDSUF: `(?:${daySuffixes})?`,
    SEP: `(?:${L.numericDateSeparators.map(escape).join('|')})`,
    DECNOUN: alt(L.decadeNouns),
    DECWORD: alt(Object.keys(L.decadeWords)),
    DECEND: exact(L.decadeEndings),
    CENTNOUN: alt(L.centuryNouns),
    CLOCK: alt(L.clockWords),
    SETQ: alt(L.setQuantifiers),
    DPAFTER: alt(Object.keys(L.dayPartsAfterDay)),
    DPGLUED: `(?:${glued(Object.keys(L.dayPartsAfterDay))})`,
    DAYPART: alt(Object.keys(L.dayParts)),
    DPCUE: alt(L.dayPartCues),
    DPADJ: alt(L.dayPartAdjectives),
    RELDAY: alt(Object.keys(L.relativeDays)),
    CASUALYEAR: alt(Object.keys(L.casualYears)),
    REFWORD: alt(Object.keys(L.referenceWords)),
    VAGUEADV: alt(Object.keys(L.vagueDurationAdverbs)),
    FREQ: alt([...w.frequencies.keys()]),
    WDADV: alt(Object.keys(L.weekdayAdverbs)),
    HOLIDAY: alt(Object.keys(L.holidays)),
    FORMER: alt(L.formerPrefixes),
    NIGHT: alt(L.nightNouns),
    NIGHTFROM: alt(L.nightFrom),
    NIGHTTO: alt(L.nightTo),
    SHIFT: alt(Object.keys(L.anchorShifts))
  }
}

function cues(L: DateLocale, p: Patterns): Cues {
  return {
    month: endsWith(L.monthCues),
    rangeStart: endsWith(L.rangeFrom.slice(0, 1)),
    monthAfterMonth: new RegExp(`${p.MONTH}${S}${p.RANGETO}${S}$`, 'u'),
    afterYear: new RegExp(`(?<!\\p{N})(\\d{4})${S}${p.RANGETO}${S}$`, 'u'),
    year: endsWith([...L.yearCues, ...L.partModifiers]),
    nonYear: endsWith(L.nonYearPrecursors),
    age: endsWith(L.ageCuesBefore),
    time: endsWith(L.timeCues),
    weekend: endsWith([...L.dayPartCues, ...L.weekendCues]),
    numericDate: endsWith([...L.monthCues, ...L.timeCues, ...Object.keys(L.weekdays)])
  }
}
