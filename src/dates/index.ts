/**
 * The temporal tagger: finds the dates, times, durations and sets (TIMEX3) of an article in three
 * stages — scan (rules propose candidates, `rules/<family>.ts`), choose (overlaps settled), resolve
 * (values against the publication date, the tense and the dates before). What a language knows about
 * dates lives in `src/lang/<xx>/dates.ts`.
 */
import {dateLocales, fallbackDateLanguage} from '../lang/dates.js'
import type {Language} from '../types.js'
import {choose} from './choose.js'
import {type CompiledLocale, compileLocale} from './compile.js'
import {resolveAll, type TemporalMatch} from './resolve.js'
import {scan} from './scan.js'
import {sentenceStarts} from './sentences.js'

export type {DateLocale} from './locale.js'
export type {TemporalMatch} from './resolve.js'

export interface DateContext {
  /**
   * Publication date YYYY-MM-DD that relative expressions resolve against, or null (then relative values
   * are null). Never use the clock. A date known only to its month (YYYY-MM) or year (YYYY) resolves
   * what it allows: a year-less date gets a year, "heute" and weekdays stay null.
   */
  publicationDate: string | null
  lang: Language
}

// A language's patterns are compiled once, when an article of that language first asks for them (a site in one
// language never compiles the others', and importing the package compiles nothing).
const compiled = new Map<Language, CompiledLocale>()
function compiledFor(lang: Language): CompiledLocale {
  const known = Object.hasOwn(dateLocales, lang) ? lang : fallbackDateLanguage
  let locale = compiled.get(known)
  if (locale === undefined) compiled.set(known, (locale = compileLocale(dateLocales[known])))
  return locale
}

/**
 * Finds the dates, times, durations and sets (TIMEX3) in the plain text of an article and gives each
 * its ISO 8601 / TIMEX3 value, resolving relative expressions against the publication date.
 * `text` is the plain text of a whole article, blocks (paragraphs, headings) separated by "\n\n".
 * Offsets are UTF-16 indices into `text`; text === input.slice(start, end). Sorted by start, non-overlapping.
 */
export function findTemporalExpressions(text: string, context: DateContext): TemporalMatch[] {
  const locale = compiledFor(context.lang)
  const {candidates, cues} = scan(text, locale)
  return resolveAll(text, choose(candidates), cues, context.publicationDate, sentenceStarts(text))
}
