/** The JSON line of one article's facts, as `--json` and `build --json` print it. */
import type {Facts, Language} from '../types.js'

/**
 * The JSON form of one file's facts (the box's sentence context is left out). `lang` is the facts'
 * language unless the command found it unknown (null: see `ArticleMeta.languageKnown`).
 */
export function factsRecord(file: string, facts: Facts, lang: Language | null = facts.lang): Record<string, unknown> {
  return {
    file,
    lang,
    publicationDate: facts.publicationDate,
    dateline: facts.dateline,
    quotes: facts.quotes,
    dates: facts.dates.map(({sentence: _sentence, ...rest}) => rest),
    people: facts.people
  }
}
