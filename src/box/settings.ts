/** Names of the sections the box can show, in the order given. */
export type SectionName = 'when' | 'who' | 'voices' | 'timeline'

/** Every section, in the default order. */
export const sectionNames: readonly SectionName[] = ['when', 'who', 'voices', 'timeline']

/**
 * The words of the box, for one language.
 *
 * Templates use `{name}` placeholders; nothing in here is HTML.
 */
export interface BoxLabels {
  /** BCP 47 tag used for `Intl` date formatting (`de`, `en`, `fr`, `de-CH` …). */
  locale: string
  /** Title of the box (“Auf einen Blick”). */
  title: string
  /** Heading of the date/place section. */
  when: string
  /** Heading of the people section. */
  who: string
  /** Heading of the quotes section. */
  voices: string
  /** Heading of the timeline section. */
  timeline: string
  /** Term for the publication date in the “when” section. */
  published: string
  /** Term for the dateline place in the “when” section. */
  dateline: string
  /** A decade (TIMEX3 `199`); `{year}` is the first year (`1990`). */
  decade: string
  /** A century (TIMEX3 `19`); `{number}` is its number (`20`), `{ordinal}` that number with its ordinal suffix. */
  century: string
  /** Suffixes that make `{ordinal}`, by `Intl.PluralRules` ordinal category of `locale` (`other` is required). */
  ordinalSuffixes: Partial<Record<Intl.LDMLPluralRule, string>> & {other: string}
  /** A quarter (TIMEX3 `2024-Q1`); `{quarter}` (`1`), `{ordinal}` (`1.`, `1st`, `1er`) and `{year}`. */
  quarter: string
  /** An ISO week (TIMEX3 `2024-W25`); `{week}` and `{year}`. */
  week: string
  /** Seasons (TIMEX3 `2024-SU`); `{year}` is the year. */
  seasons: {spring: string; summer: string; autumn: string; winter: string}
}

/**
 * What the box needs to know of a language beyond its labels: the words that tell a fragment from a
 * statement, cut a role short, open a clause, join two times into a range, and the language's
 * typography. Lower case. Each language fills it in `src/lang/<xx>/box.ts`.
 */
export interface BoxWords {
  /**
   * Words that, opening a quotation, point to someone outside it (possessives and personal pronouns:
   * "ihre", "his", "sa"): the quotation is a fragment whose subject the reader does not see.
   */
  fragmentOpeners: readonly string[]
  /** Words that open a description of a speaker rather than a name (articles: "ein", "the", "un"). */
  descriptionOpeners: readonly string[]
  /** Words a long role is cut before ("für", "of", "de"): "Professor für Koreanistik an der Universität". */
  roleBreaks: readonly string[]
  /** Words that open a relative clause (an insertion between commas). */
  relatives: readonly string[]
  /** Coordinating conjunctions, dropped at the start of an event. */
  conjunctions: readonly string[]
  /**
   * Words that open a clause with a subject of its own (articles, pronouns, prepositions,
   * subordinating conjunctions): a clause that starts with another lower-case word (a verb) takes the
   * words before it, whose subject it shares.
   */
  clauseOpeners: readonly string[]
  /** Short words an event does not end on before an ellipsis: articles, prepositions, conjunctions. */
  dangling: readonly string[]
  /** Clauses may end in their verb ("… ein Abkommen unterzeichnet"): a shortened event keeps its last words. */
  verbFinal: boolean
  /** Words that join two times or days into one range ("bis", "to", "au"). */
  rangeWords: readonly string[]
  /** The first day of a month as dates show it ("1er" in French), or null for the plain number. */
  firstOfMonth: string | null
  /** Narrow no-break spaces (U+202F) inside « » and before ; : ! ? (French). */
  narrowSpaces: boolean
}

/** How to render the box. */
export interface BoxSettings {
  /** Words, already resolved for the article’s language. */
  labels: BoxLabels
  /** Which sections, in this order (default: all four). */
  sections: SectionName[]
  /** Upper bound of quotes in “voices” (default: 3). */
  maxQuotes: number
  /** Upper bound of people in “who” (default: 4). */
  maxPeople: number
  /** Upper bound of rows in the timeline, at most 20 (default: 5). */
  maxEvents: number
  /**
   * Lowest attribution confidence (0–1) at which a voice shows its speaker's name (default: 0);
   * a quotation below it is shown without a name, after the named ones.
   */
  nameConfidence: number
  /**
   * The most of the article's text the box takes (0–1), when `articleLength` is known: at most this
   * share of the article's characters, and at least 220 (default 0.13); 1 sets no limit.
   */
  maxShare: number
  /** Rank of the box title (default: 2); section headings are one rank lower. */
  headingLevel: 1 | 2 | 3 | 4 | 5 | 6
  /** Prefix of every class name (default: `'factbox'`). */
  classPrefix: string
  /** Prefix of every id (default: `'user-content-'`). */
  idPrefix: string
  /**
   * Text of the article's headings: the box's ids never hold what a heading
   * could be slugged to (rehype-slug, Astro's heading ids).
   */
  headings?: readonly string[] | undefined
  /**
   * Length of the article's text (characters), when known: the box then takes a share of it (see
   * `boxBudget`), so that a short article gets a short box.
   */
  articleLength?: number | undefined
}
