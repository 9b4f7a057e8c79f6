import type {TemporalMatch} from '../../src/dates/index.js'
import {extractFacts} from '../../src/index.js'
import type {Language} from '../../src/types.js'

/** Tags `text` as an article published on `date` (default Wednesday 2024-06-19, the fixture's date). */
export function tag(text: string, date: string | null = '2024-06-19', lang: Language = 'de'): TemporalMatch[] {
  // Through the public API: the text as a Markdown article; positions map back to the text.
  const found: TemporalMatch[] = extractFacts(text, {publicationDate: date, lang}).dates.map((d) => ({
    start: d.position.start.offset ?? -1,
    end: d.position.end.offset ?? -1,
    text: d.text,
    value: d.value,
    type: d.type,
    certain: d.certain
  }))
  for (const m of found) if (text.slice(m.start, m.end) !== m.text) throw new Error(`offsets do not match text: ${m.text}`)
  return found
}

/** The expressions as [text, value, type] triples, for compact assertions. */
export function triples(text: string, date: string | null = '2024-06-19', lang: Language = 'de'): Array<[string, string | null, string]> {
  return tag(text, date, lang).map((m) => [m.text, m.value, m.type])
}

/** The single expression whose text is `expression`. */
export function find(text: string, expression: string, date: string | null = '2024-06-19', lang: Language = 'de'): TemporalMatch {
  const hit = tag(text, date, lang).find((m) => m.text === expression)
  if (!hit) throw new Error(`no expression "${expression}" in: ${JSON.stringify(triples(text, date, lang))}`)
  return hit
}
