/**
 * Options of the plugin and of `extractFacts`, checked once: a wrong option is
 * a programmer's error and throws a `TypeError` that names it.
 */
import type {BoxLabels, SectionName} from './box/index.js'
import {sectionNames} from './box/index.js'
import {partialDate} from './frontmatter.js'
import {defaultMinConfidence} from './pipeline.js'
import type {Language} from './types.js'

/**
 * Where the box goes. A marker in the article — `<!-- factbox -->`, `::factbox` or
 * `:::factbox` (with remark-directive), or in MDX a comment expression that says
 * `factbox` — wins over every placement but `'none'`; `'marker'` puts the box only there.
 */
export type Placement = 'after-lead' | 'top' | 'bottom' | 'marker' | 'none'

export interface Options {
  /** Language of the article (`'de'`, `'en'`, `'fr'`); default: frontmatter `lang`, else detected from the text. */
  lang?: Language | null | undefined
  /**
   * Publication date `YYYY-MM-DD` for relative dates; default: read from frontmatter (`dateFields`). A date known only
   * to its month or year (`YYYY-MM`, `YYYY`) places dates without a year and warns (`partial-publication-date`).
   */
  publicationDate?: string | null | undefined
  /** Frontmatter fields that hold the publication date, in order; default `['date', 'pubDate', 'published', 'publishedAt', 'publicationDate']`. */
  dateFields?: readonly string[] | null | undefined
  /**
   * Where the box goes when the article has no marker: after the lead paragraph (default), at the top,
   * at the bottom, only at a marker (`'marker'`), or nowhere (`'none'`, facts only). A marker wins
   * over every placement but `'none'`.
   */
  placement?: Placement | null | undefined
  /** Sections of the box in order; default `['when', 'who', 'voices', 'timeline']`. */
  sections?: readonly SectionName[] | null | undefined
  /** Most quotes shown in the box; default 3. */
  maxQuotes?: number | null | undefined
  /** Most people shown in the box; default 4. */
  maxPeople?: number | null | undefined
  /** Most rows of the box's timeline, 0–20; default 5. */
  maxEvents?: number | null | undefined
  /**
   * Lowest attribution confidence (0–1) at which the box names a quotation's speaker; a quotation below
   * it is shown without a name, after the named ones. Default: the threshold chosen for the article's language on the
   * training data, at which 97.5 % of the names shown there were right (`model.boxBy`).
   */
  nameConfidence?: number | null | undefined
  /**
   * The most of the article's text the box's text takes (0–1): items that would take it further are
   * left out, down to 220 characters whatever the article. Default 0.13; 1 sets no limit.
   */
  maxShare?: number | null | undefined
  /** Rank of the box heading, 1–6; default 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | null | undefined
  /** Prefix of the box's class names; default `'factbox'`. */
  classPrefix?: string | null | undefined
  /** Prefix of the box's ids; default `'user-content-'`. */
  idPrefix?: string | null | undefined
  /** Words of the box, per language, merged over the defaults. */
  labels?: Partial<Record<Language, Partial<BoxLabels>>> | null | undefined
  /** Lowest confidence (0–1) at which a quotation's speaker is named in the facts; below it the name is withheld (`candidate`). Default 0.25. */
  minConfidence?: number | null | undefined
}

export interface Settings {
  lang: Language | null
  publicationDate: string | null
  dateFields: readonly string[] | null
  placement: Placement
  sections: SectionName[]
  maxQuotes: number
  maxPeople: number
  maxEvents: number
  /** null: the trained threshold of the article's language. */
  nameConfidence: number | null
  maxShare: number
  headingLevel: 1 | 2 | 3 | 4 | 5 | 6
  classPrefix: string
  idPrefix: string
  labels: Partial<Record<Language, Partial<BoxLabels>>>
  minConfidence: number
}

const emptyOptions: Readonly<Options> = {}
const languages = new Set(['de', 'en', 'fr'])
const placements = new Set(['after-lead', 'top', 'bottom', 'marker', 'none'])
const optionNames = new Set(['lang', 'publicationDate', 'dateFields', 'placement', 'sections', 'maxQuotes', 'maxPeople', 'maxEvents', 'nameConfidence', 'maxShare', 'headingLevel', 'classPrefix', 'idPrefix', 'labels', 'minConfidence'])

function fail(name: string, expected: string, value: unknown): never {
  throw new TypeError(`remark-factbox: option \`${name}\` must be ${expected}, not ${JSON.stringify(value) ?? String(value)}`)
}

/** Labels that are text; `ordinalSuffixes` and `seasons` are objects of text. */
const textLabels = new Set(['locale', 'title', 'when', 'who', 'voices', 'timeline', 'published', 'dateline', 'decade', 'century', 'quarter', 'week'])
const seasonNames = ['spring', 'summer', 'autumn', 'winter']
const pluralCategories = new Set(['zero', 'one', 'two', 'few', 'many', 'other'])

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Checks `labels` word by word (a `.remarkrc.json` can hold any JSON: an object where a title
 * belongs must not reach the box) and copies the words given, leaving out what is `undefined`.
 */
function checkLabels(labels: NonNullable<Options['labels']>): Settings['labels'] {
  const checked: Settings['labels'] = {}
  for (const [lang, given] of Object.entries(labels)) {
    const path = `labels.${lang}`
    if (given === undefined) continue
    if (!isRecord(given)) fail(path, 'an object of words', given)
    const words: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
      if (value === undefined) continue
      const name = `${path}.${key}`
      if (textLabels.has(key)) {
        if (typeof value !== 'string') fail(name, 'a string', value)
      } else if (key === 'seasons') {
        if (!isRecord(value)) fail(name, `an object of ${seasonNames.join(', ')}`, value)
        for (const season of Object.keys(value)) if (!seasonNames.includes(season)) throw new TypeError(`remark-factbox: unknown option \`${name}.${season}\``)
        for (const season of seasonNames) if (typeof value[season] !== 'string') fail(`${name}.${season}`, 'a string', value[season])
      } else if (key === 'ordinalSuffixes') {
        if (!isRecord(value)) fail(name, 'an object of suffixes by plural category', value)
        for (const [category, suffix] of Object.entries(value)) {
          if (!pluralCategories.has(category)) throw new TypeError(`remark-factbox: unknown option \`${name}.${category}\``)
          if (typeof suffix !== 'string') fail(`${name}.${category}`, 'a string', suffix)
        }
        if (!Object.hasOwn(value, 'other')) fail(`${name}.other`, 'a string', undefined)
      } else {
        throw new TypeError(`remark-factbox: unknown option \`${name}\``)
      }
      words[key] = value
    }
    if (typeof words.locale === 'string') {
      // A tag Intl cannot read would throw a RangeError while the box is made.
      try {
        Intl.getCanonicalLocales(words.locale)
      } catch {
        fail(`${path}.locale`, 'a BCP 47 language tag', words.locale)
      }
    }
    checked[lang as Language] = words as Partial<BoxLabels>
  }
  return checked
}

/** Whether `value` is a calendar day `YYYY-MM-DD`. */
export function isDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value)
  if (!m) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** Checks options and fills in defaults. */
export function resolveOptions(options: Readonly<Options> | null | undefined): Settings {
  const given = options ?? emptyOptions
  if (typeof given !== 'object' || Array.isArray(given)) fail('options', 'an object', given)
  for (const key of Object.keys(given)) {
    if (!optionNames.has(key)) throw new TypeError(`remark-factbox: unknown option \`${key}\``)
  }
  const {lang, publicationDate, dateFields, placement, sections, maxQuotes, maxPeople, maxEvents, nameConfidence, maxShare, headingLevel, classPrefix, idPrefix, labels, minConfidence} = given
  if (lang != null && !languages.has(lang)) fail('lang', "'de', 'en' or 'fr'", lang)
  if (publicationDate != null && (typeof publicationDate !== 'string' || !(isDay(publicationDate) || partialDate(publicationDate) === publicationDate))) fail('publicationDate', 'a date YYYY-MM-DD (or YYYY-MM, YYYY)', publicationDate)
  if (dateFields != null && (!Array.isArray(dateFields) || dateFields.some((f) => typeof f !== 'string'))) fail('dateFields', 'an array of field names', dateFields)
  if (placement != null && !placements.has(placement)) fail('placement', "'after-lead', 'top', 'bottom', 'marker' or 'none'", placement)
  if (sections != null && (!Array.isArray(sections) || sections.some((s) => !sectionNames.includes(s)))) fail('sections', `an array of ${sectionNames.map((s) => `'${s}'`).join(', ')}`, sections)
  if (maxQuotes != null && (!Number.isInteger(maxQuotes) || maxQuotes < 0)) fail('maxQuotes', 'a whole number ≥ 0', maxQuotes)
  if (maxPeople != null && (!Number.isInteger(maxPeople) || maxPeople < 0)) fail('maxPeople', 'a whole number ≥ 0', maxPeople)
  if (maxEvents != null && (!Number.isInteger(maxEvents) || maxEvents < 0 || maxEvents > 20)) fail('maxEvents', 'a whole number from 0 to 20', maxEvents)
  if (nameConfidence != null && (typeof nameConfidence !== 'number' || !(nameConfidence >= 0 && nameConfidence <= 1))) fail('nameConfidence', 'a number from 0 to 1', nameConfidence)
  if (maxShare != null && (typeof maxShare !== 'number' || !(maxShare >= 0 && maxShare <= 1))) fail('maxShare', 'a number from 0 to 1', maxShare)
  if (headingLevel != null && (!Number.isInteger(headingLevel) || headingLevel < 1 || headingLevel > 6)) fail('headingLevel', 'a whole number from 1 to 6', headingLevel)
  if (classPrefix != null && (typeof classPrefix !== 'string' || !/^[A-Za-z][\w-]*$/u.test(classPrefix))) fail('classPrefix', 'a CSS identifier', classPrefix)
  if (idPrefix != null && (typeof idPrefix !== 'string' || !/^[\w-]*$/u.test(idPrefix))) fail('idPrefix', 'letters, digits, _ and -', idPrefix)
  if (labels != null && (typeof labels !== 'object' || Array.isArray(labels) || Object.keys(labels).some((k) => !languages.has(k)))) fail('labels', 'an object keyed by language', labels)
  const wordsOfBox = labels == null ? {} : checkLabels(labels)
  if (minConfidence != null && (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1))) fail('minConfidence', 'a number from 0 to 1', minConfidence)
  return {
    lang: lang ?? null,
    publicationDate: publicationDate ?? null,
    dateFields: dateFields ?? null,
    placement: placement ?? 'after-lead',
    sections: [...(sections ?? sectionNames)],
    maxQuotes: maxQuotes ?? 3,
    maxPeople: maxPeople ?? 4,
    maxEvents: maxEvents ?? 5,
    nameConfidence: nameConfidence ?? null,
    maxShare: maxShare ?? 0.13,
    headingLevel: headingLevel ?? 2,
    classPrefix: classPrefix ?? 'factbox',
    idPrefix: idPrefix ?? 'user-content-',
    labels: wordsOfBox,
    minConfidence: minConfidence ?? defaultMinConfidence
  }
}
