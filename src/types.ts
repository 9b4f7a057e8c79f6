import type {Position} from 'unist'

/** A language the extractor has words for. */
export type Language = 'de' | 'en' | 'fr'

/** TIMEX3 types. */
export type TemporalType = 'DATE' | 'TIME' | 'DURATION' | 'SET'

/** A date, time, duration or set found in the article. */
export interface TemporalExpression {
  /** The words as they stand in the article, with TIMEX3 extent ("Mittwoch" in "am Mittwoch"). */
  text: string
  /** TIMEX3 / ISO 8601 value (`2024-06-19`, `2023-09`, `1950/1953`, `P24Y`), or null when it cannot be resolved. */
  value: string | null
  type: TemporalType
  /**
   * False when the value rests on a direction the article does not give: a year-less date or a bare
   * weekday in a sentence with no tense cue (published Wednesday, "am Montag" may be last Monday or
   * the next), a day just after the publication date in a past sentence or just before it in a future
   * one, "ce mardi" with no tense cue, a date known only to the year, or a day taken from one that was
   * guessed ("am Tag darauf", a clock time). True for every other value, and for a value of null.
   */
  certain: boolean
  /** Where the expression stands in the source file. */
  position: Position
  /** The sentence the expression stands in (plain text), for the timeline. */
  sentence: string
}

/** Whether a quotation is a whole statement or a few words worked into the reporter's sentence. */
export type QuotationKind = 'full' | 'partial'

/** A direct quotation. */
export interface Quotation {
  /** The quoted words, without the enclosing marks; nested marks are kept. */
  text: string
  /**
   * Canonical (fullest) name of who said it, or null when nobody can be named with confidence, or when the speaker is
   * known only by a role or a description ("der Staatsanwalt", "a spokeswoman"): those words are then in `mention`.
   */
  speaker: string | null
  /** The words in the article that attribute the quotation ("der Kremlchef", "er", "Putin"), or null. */
  mention: string | null
  /** The attribution cue ("sagte", "so", "laut", "fuhr … fort"), or null. */
  cue: string | null
  kind: QuotationKind
  /** False when the quotation is left open and ends with its paragraph. */
  closed: boolean
  /**
   * How sure the attribution is, from 0 to 1 (at most 0.99), calibrated on held-out training articles: of the
   * speakers given 0.8, about 8 in 10 were right. 0 when no one was found.
   */
  confidence: number
  /**
   * The id of the pattern whose reading won (`cue`, `sentence-mention`, `pronoun-subject`, `previous-speaker`, …),
   * when one did; `factbox --explain` shows every reading weighed.
   */
  reason?: string
  /**
   * Who the extractor would name when it withholds the name: the attribution's
   * confidence is below `minConfidence`, so `speaker` is null and the box shows
   * the quotation without a name. Absent otherwise.
   */
  candidate?: string
  /** Where the quotation stands in the source, enclosing marks included. */
  position: Position
}

/** A person the article names. */
export interface Person {
  /** The fullest name the article uses. */
  name: string
  /** Role or function as the article gives it ("russischer Präsident"), or null. */
  role: string | null
}

/** Everything the extractor found in one article. */
export interface Facts {
  lang: Language
  /** Publication date (YYYY-MM-DD; YYYY-MM or YYYY when only that is known) the relative dates were resolved against, or null. */
  publicationDate: string | null
  /** Place name of the dateline ("(Seoul) …" → "Seoul"), or null. */
  dateline: string | null
  quotes: Quotation[]
  dates: TemporalExpression[]
  people: Person[]
}
