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

/** How to render the box. */
export interface BoxSettings {
  /** Words, already resolved for the article’s language. */
  labels: BoxLabels
  /** Which sections, in this order (default: all four). */
  sections: SectionName[]
  /** Upper bound of quotes in “voices” (default: 4). */
  maxQuotes: number
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
}
