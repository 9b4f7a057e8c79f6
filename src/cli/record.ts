/** The JSON line of one article's facts, as `--json` and `build --json` print it. */
import type {Facts} from '../types.js'

/** The JSON form of one file's facts (the box's sentence context is left out). */
export function factsRecord(file: string, facts: Facts): Record<string, unknown> {
  return {
    file,
    lang: facts.lang,
    publicationDate: facts.publicationDate,
    dateline: facts.dateline,
    quotes: facts.quotes,
    dates: facts.dates.map(({sentence: _sentence, ...rest}) => rest),
    people: facts.people
  }
}
