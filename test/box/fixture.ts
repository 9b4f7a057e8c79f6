/** Build `Facts` for the box tests from the fixture's gold annotation. */
import {readFileSync} from 'node:fs'
import type {Point, Position} from 'unist'
import type {Facts, Quotation, TemporalExpression} from '../../src/types.js'

interface Gold {
  lang: Facts['lang']
  publicationDate: string | null
  dateline: string | null
  quotes: Array<{text: string; speaker: string | null; speakerMention: string | null; kind: 'full' | 'partial'; closed?: boolean}>
  dates: Array<{text: string; value: string | null}>
  people: Array<{name: string; role: string | null}>
  timeline: Array<{value: string; event: string}>
}

const root = new URL('../../fixtures/', import.meta.url)
export const source = readFileSync(new URL('putin-kim.md', root), 'utf8')
export const gold = JSON.parse(readFileSync(new URL('putin-kim.gold.json', root), 'utf8')) as Gold

/** The article's paragraphs (front matter dropped). */
export const paragraphs = source
  .replace(/^---\n[\s\S]*?\n---\n/, '')
  .split(/\n{2,}/)
  .map((paragraph) => paragraph.trim())
  .filter(Boolean)

export function pointAt(offset: number): Point {
  const before = source.slice(0, offset).split('\n')
  return {line: before.length, column: before[before.length - 1].length + 1, offset}
}

export function positionOf(start: number, end: number): Position {
  return {start: pointAt(start), end: pointAt(end)}
}

/** The sentence around `offset` (cut at `.`, `!`, `?` followed by a space and a capital or an opening mark). */
function sentenceAt(offset: number): string {
  const paragraphStart = source.lastIndexOf('\n\n', offset) + 2
  let paragraphEnd = source.indexOf('\n\n', offset)
  if (paragraphEnd === -1) paragraphEnd = source.length
  const paragraph = source.slice(paragraphStart, paragraphEnd)
  const at = offset - paragraphStart
  const ends = [...paragraph.matchAll(/[.!?][“”"]?\s+(?=[\p{Lu}„“"(])/gu)].map((match) => match.index + match[0].length)
  const start = Math.max(0, ...ends.filter((end) => end <= at))
  const end = Math.min(paragraph.length, ...ends.filter((end) => end > at))
  return paragraph.slice(start, end).trim()
}

/** Gold facts with real positions in `putin-kim.md`. */
export function goldFacts(): Facts {
  let from = source.indexOf('\n---\n', 4) + 5
  const quotes: Quotation[] = gold.quotes.map((quote) => {
    const at = source.indexOf(quote.text, from)
    if (at === -1) throw new Error('quote not found: ' + quote.text)
    from = at + quote.text.length
    return {
      text: quote.text,
      speaker: quote.speaker,
      mention: quote.speakerMention,
      cue: null,
      kind: quote.kind,
      closed: quote.closed ?? true,
      confidence: quote.speakerMention ? 0.97 : 0.6,
      // Marks included: one character either side.
      position: positionOf(at - 1, at + quote.text.length + (quote.closed === false ? 0 : 1))
    }
  })

  const dates: TemporalExpression[] = []
  for (const date of gold.dates) {
    let at = source.indexOf(date.text)
    // Every occurrence (“heute” stands three times, inside quotes).
    while (at !== -1) {
      dates.push({
        text: date.text,
        value: date.value,
        type: /^P/.test(date.value ?? '') ? 'DURATION' : 'DATE',
        certain: true,
        position: positionOf(at, at + date.text.length),
        sentence: sentenceAt(at)
      })
      at = source.indexOf(date.text, at + date.text.length)
    }
  }

  // “heute” occurrences inside quotes, case-insensitively.
  for (const match of source.matchAll(/\bheute\b/giu)) {
    if (dates.some((date) => date.position.start.offset === match.index)) continue
    dates.push({
      text: match[0],
      value: '2024-06-19',
      type: 'DATE',
      certain: true,
      position: positionOf(match.index, match.index + match[0].length),
      sentence: sentenceAt(match.index)
    })
  }

  dates.sort((a, b) => a.position.start.offset! - b.position.start.offset!)

  return {
    lang: gold.lang,
    publicationDate: gold.publicationDate,
    dateline: gold.dateline,
    quotes,
    dates,
    people: gold.people.map(({name, role}) => ({name, role}))
  }
}
