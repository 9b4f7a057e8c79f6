import type {Language} from '../types.js'

/** A calendar unit as TIMEX3 writes it in durations (`P3Y`, `P2DE`, `PT4H`). */
export type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'DE' | 'CE' | 'ML' | 'WE' | 'Q'

/** A part of the day as TIMEX3 writes it (`2024-06-19TEV`). */
export type DayPart = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT'

/** A season as TIMEX3 writes it (`2024-SU`). */
export type Season = 'SP' | 'SU' | 'FA' | 'WI'

/** Direction of a relative word: before, at or after the reference time. */
export type Direction = -1 | 0 | 1

/** What a calendar noun stands for when it follows a relative word ("vergangene Woche", "dieses Jahr"). */
export type CalendarNoun =
  | {kind: 'unit'; unit: 'Y' | 'M' | 'W' | 'D' | 'WE'}
  /** "Vorjahr", "Vormonat": the unit before the reference time. */
  | {kind: 'previous'; unit: 'Y' | 'M' | 'W' | 'D'}
  /** "Folgetag": the unit after the reference time. */
  | {kind: 'following'; unit: 'Y' | 'M' | 'W' | 'D'}
  | {kind: 'season'; season: Season}
  | {kind: 'quarter'}
  | {kind: 'half'}

/** A holiday: a fixed month and day (`12-25`), or days after Easter Sunday. */
export type Holiday = {month: number; day: number} | {easter: number}

/**
 * The words of one language that the temporal tagger needs. Plain data: the engine in `src/dates/`
 * builds its patterns from it, so adding a language is adding one of these. Word forms are listed as
 * they are written (all inflected forms); the engine matches the first letter in either case.
 */
export interface DateLocale {
  lang: Language
  /** Month names and abbreviations → 1–12. */
  months: Record<string, number>
  /** Whether month names are always written with their capital (English), so that "may" and "march" are none. */
  monthsCapitalized: boolean
  /** Weekday names → ISO weekday 1 (Monday) – 7 (Sunday). */
  weekdays: Record<string, number>
  /** Adverbs that mean "every such weekday" ("montags") → ISO weekday. */
  weekdayAdverbs: Record<string, number>
  /** Words for parts of the day, alone or glued to a weekday ("Dienstagabend") → day part. */
  dayParts: Record<string, DayPart>
  /** Words after "heute"/"gestern" that name a part of that day ("gestern Abend", "heute früh"). */
  dayPartsAfterDay: Record<string, DayPart>
  /** Prepositions or articles that must precede a lone day-part noun ("am Abend", "in der Nacht"). */
  dayPartCues: string[]
  /** Words besides the day-part cues that make a bare weekend noun a date ("übers Wochenende", "zum Wochenende"). */
  weekendCues: string[]
  /** Adjectives inside a day-part phrase ("in den frühen Morgenstunden"). */
  dayPartAdjectives: string[]
  /** Deictic day words → offset in days from the publication date ("gestern" → -1). */
  relativeDays: Record<string, number>
  /** Adjectives that put a weekday or day noun on a deictic day ("am heutigen Samstag", "am morgigen Sonntag"). */
  relativeDayAdjectives: Record<string, number>
  /** Words for "this year" ("heuer") → offset in years. */
  casualYears: Record<string, number>
  /** Words that refer to the present, past or future without a date ("jetzt", "damals"). */
  referenceWords: Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>
  /**
   * Prefixes glued with a hyphen that mean "former" ("Ex-Minister") → PAST_REF, where the annotation the
   * language is read by counts them (TimeML's German, KRAUTS, does; the French and English wire copy does not).
   */
  formerPrefixes: string[]
  /** Relative adjectives before a calendar noun, weekday or month → direction ("vergangene Woche", "nächstes Jahr", "dieses Jahr", "im vergangenen November"). */
  relativeModifiers: Record<string, Direction>
  /** Relative adjectives after a date, weekday, month or calendar noun → direction ("le 2 octobre prochain", "samedi dernier", "la semaine prochaine"). */
  relativeModifiersAfter: Record<string, Direction>
  /** Singular calendar nouns in all their forms → what they stand for. */
  calendarNouns: Record<string, CalendarNoun>
  /** Words after a day or week noun that move it from the last date mentioned ("Tag darauf", "Woche davor"). */
  anchorShifts: Record<string, Direction>
  /** Cardinal number words → number ("drei", "einem", "beiden"). */
  numbers: Record<string, number>
  /** Ordinal number words → number ("ersten", "dritten"). */
  ordinals: Record<string, number>
  /** Words that make an ordinal the last one ("letzten"); as ordinal -1. */
  lastOrdinals: string[]
  /** Duration unit words in all forms → unit ("Jahren" → Y, "Jahrzehnten" → DE). */
  units: Record<string, Unit>
  /** Adverbs that are vague durations ("jahrelang") → unit. */
  vagueDurationAdverbs: Record<string, Unit>
  /** Quantifiers that make a vague duration ("einigen Tagen" → PXD). */
  vagueQuantifiers: string[]
  /** Words before a number that leave the extent ("mehr als", "rund", "fast"). */
  approximators: string[]
  /** Prepositions that introduce a duration or make a plural unit one ("seit Monaten"). They stay out of the extent. */
  durationCues: string[]
  /** Prepositions before a number of units that make it a point in the past ("vor drei Jahren"); kept in the extent. */
  agoBefore: string[]
  /** Words after a number of units that make it a point in the past ("three years ago"); kept in the extent. */
  agoAfter: string[]
  /** Words before a number of years that make it an age, not a duration ("ab 16 Jahren", "mit 24 Jahren"). */
  ageCuesBefore: string[]
  /** Words after a number of years that make it an age ("24 Jahre alt"). */
  ageCuesAfter: string[]
  /** Words for "each, every" that make a set ("jeden Montag", "jedes Jahr"). */
  setQuantifiers: string[]
  /** Frequency adjectives/adverbs (stems, with adjectiveEndings) → unit ("täglich" → P1D). */
  frequencyStems: Record<string, Unit>
  /** Inflection endings added to frequency stems ("monatlichen"). */
  adjectiveEndings: string[]
  /** Articles that belong to the extent of a temporal noun phrase ("der ersten Woche", "den 90er Jahren"). */
  articles: string[]
  /** Words that modify a date without changing its TIMEX3 value ("Anfang Juni", "Ende 2023", "Mitte der 90er Jahre"). */
  partModifiers: string[]
  /** Words that must stand before a month name without day or year for it to count as a date ("im September"). */
  monthCues: string[]
  /** Words that make a bare four-digit number a year (the last word before it). */
  yearCues: string[]
  /** Nouns for "year" that may precede a year number ("im Jahr 2011"). */
  yearNouns: string[]
  /** Genitive year nouns after a month or season with a relative modifier ("Juli dieses Jahres"). */
  yearNounsGenitive: string[]
  /**
   * Range words: before the first part ("von", "zwischen") and between the parts ("bis", "und"). The
   * first of each makes two years one expression ("von 1950 bis 1953"); the others leave them two.
   */
  rangeFrom: string[]
  rangeTo: string[]
  /** Suffixes that follow a day number ("." in German, "st" in English, "er" in French). Empty string allowed. */
  daySuffixes: string[]
  /** Whether "Month day" order is used ("June 19, 2024"), besides "day Month". */
  monthDayOrder: boolean
  /** Separators of numeric day-month-year dates ("15.02.2007"). */
  numericDateSeparators: string[]
  /** Words for the decade after a two- or four-digit number with `decadeSuffix` ("90er"); nouns that may follow ("Jahre"). */
  decadeSuffix: string
  decadeNouns: string[]
  /** Endings glued to a decade without its noun ("den 90ern"), as written. */
  decadeEndings: string[]
  /** Decade words ("neunziger") → 10–90 (the 1900s are meant). */
  decadeWords: Record<string, number>
  /** Century nouns after an ordinal ("19. Jahrhundert"). */
  centuryNouns: string[]
  /** Clock words after the hour ("Uhr"). */
  clockWords: string[]
  /** Words that may stand before a bare time "20:30" without clock word ("um", "ab"). */
  timeCues: string[]
  /** Whether the language writes nouns with a capital (German): then a capitalized noun after a four-digit number makes it a count, not a year ("2000 Quadratmeter"). */
  capitalizedNouns: boolean
  /** Words after a four-digit number that make it a quantity, not a year ("Prozent", "km"). */
  nonYearFollowers: string[]
  /** Words before a four-digit number that make it a quantity or a label, not a year ("Nr.", "rund"). */
  nonYearPrecursors: string[]
  /** Holidays by name. */
  holidays: Record<string, Holiday>
  /** Night nouns ("nuit", "Nacht") and the words around its two days: "nuit du 13 au 14 novembre", "Nacht von Samstag auf Sonntag". */
  nightNouns: string[]
  nightFrom: string[]
  nightTo: string[]
  /**
   * Tense cues: finite verbs, auxiliaries or phrases ("is due to") that mark a sentence as future or
   * past. A phrase is a cue where all its words stand.
   */
  futureCues: string[]
  pastCues: string[]
  /**
   * Modal verbs → the direction they give unless a perfect follows them: "soll … erschossen haben" and
   * "would have met" are past, "soll … stattfinden" and "would meet" future; 0 for a modal that gives
   * none of its own ("sollte", "could") but is past with a perfect.
   */
  modalCues: Record<string, Direction>
  /**
   * Infinitives that end a clause in the perfect after a participle: a modal of that clause is past.
   * True: after any participle ("… erschossen haben"); false: only after one of `participleWords`
   * ("… festgenommen worden sein", "… gewesen sein"; "soll … geöffnet sein" is a state to come).
   */
  perfectInfinitives: Record<string, boolean>
  /** Words right after a modal that make it perfect ("would have"). */
  perfectAfterModal: string[]
  /** Whether a participle right after a modal makes it perfect ("aurait tué", "aurait été"). */
  participleAfterModal: boolean
  /**
   * What a past participle looks like (a lower-case word): one of `participleEndings`; where
   * `participleStarts` are given, also one of them at its start or one of `participleInfixes` inside
   * ("getötet", "erschossen", "festgenommen"); or one of `participleWords` ("worden"); never one of
   * `participleExceptions` ("lieu" in "aurait lieu", "bereit" in "soll bereit sein").
   */
  participleEndings: string[]
  participleStarts: string[]
  participleInfixes: string[]
  participleWords: string[]
  participleExceptions: string[]
  /** Words that may stand between a modal and its perfect ("would not have", "n'aurait pas été"). */
  modalSkips: string[]
  /**
   * Endings of finite verbs in the future or the conditional, a future in reported speech ("réunira",
   * "seront", "serait"), read on lower-case words; and lower-case words with such an ending that are no
   * such verb ("caméra", "portrait").
   */
  futureEndings: string[]
  futureEndingExceptions: string[]
}
