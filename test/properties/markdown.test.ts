/**
 * Properties of the plugin and of `extractFacts` on arbitrary Markdown, through
 * the public API. Fixed seed and bounded runs: the same cases on every run.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Position} from 'unist'
import {extractFacts} from '../../src/index.js'
import {isSubsequence, markCharacters, markdown, runs} from './arbitraries.js'
import {boxesIn, countNodes, markdownPipeline, render, runTwice} from './pipeline.js'

/** Line and column of an offset, counted the unist way (1-based; `\r\n`, `\r` and `\n` end lines). */
function pointOf(source: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (source[i] === '\n' || (source[i] === '\r' && source[i + 1] !== '\n')) {
      line++
      lineStart = i + 1
    }
  }
  return {line, column: offset - lineStart + 1}
}

function expectWellFormed(position: Position, source: string): [number, number] {
  const start = position.start.offset
  const end = position.end.offset
  expect(typeof start).toBe('number')
  expect(typeof end).toBe('number')
  expect(start).toBeGreaterThanOrEqual(0)
  expect(end).toBeGreaterThan(start!)
  expect(end).toBeLessThanOrEqual(source.length)
  expect(pointOf(source, start!)).toEqual({line: position.start.line, column: position.start.column})
  expect(pointOf(source, end!)).toEqual({line: position.end.line, column: position.end.column})
  return [start!, end!]
}

describe('on arbitrary Markdown', {timeout: 60_000}, () => {
  it('never throws, renders the same HTML, facts and messages twice, and agrees with extractFacts', () => {
    fc.assert(
      fc.property(markdown({entities: true}), (source) => {
        const first = render(source)
        const second = render(source)
        expect(second.html).toBe(first.html)
        expect(JSON.stringify(second.facts)).toBe(JSON.stringify(first.facts))
        expect(second.file.messages.map(String)).toEqual(first.file.messages.map(String))
        expect(JSON.stringify(extractFacts(source))).toBe(JSON.stringify(first.facts))
        expect(boxesIn(first.html).length).toBeLessThanOrEqual(1)
      }),
      runs()
    )
  })

  it('gives every quotation a position from its opening mark, holding its words in order', () => {
    fc.assert(
      fc.property(markdown(), (source) => {
        for (const quote of extractFacts(source).quotes) {
          const [start, end] = expectWellFormed(quote.position, source)
          const slice = source.slice(start, end)
          // Positions include the enclosing marks (types.ts): the slice opens with one ...
          expect(markCharacters.has(slice[0]), slice).toBe(true)
          // ... and, when the quotation is closed, ends with one.
          if (quote.closed) expect(markCharacters.has(slice[slice.length - 1]), slice).toBe(true)
          // Markup (emphasis, links, escapes, line indentation) may stand between the words.
          expect(isSubsequence(quote.text, slice), `${JSON.stringify(quote.text)} in ${JSON.stringify(slice)}`).toBe(true)
          expect(quote.text).toBe(quote.text.trim())
          expect(quote.text.length).toBeGreaterThan(0)
        }
      }),
      runs()
    )
  })

  it('keeps positions in the source when marks and words are character references', () => {
    fc.assert(
      fc.property(markdown({entities: true}), (source) => {
        const facts = extractFacts(source)
        for (const quote of facts.quotes) {
          const [start] = expectWellFormed(quote.position, source)
          // `&bdquo;` stands for „: the position starts at its `&`.
          expect(markCharacters.has(source[start]) || source[start] === '&', source.slice(start)).toBe(true)
        }
        for (const date of facts.dates) expectWellFormed(date.position, source)
      }),
      runs()
    )
  })

  it('gives every date a position that starts and ends with its words', () => {
    fc.assert(
      fc.property(markdown(), (source) => {
        for (const date of extractFacts(source).dates) {
          const [start, end] = expectWellFormed(date.position, source)
          const slice = source.slice(start, end)
          expect(slice[0]).toBe(date.text[0])
          expect(slice[slice.length - 1]).toBe(date.text[date.text.length - 1])
          expect(isSubsequence(date.text, slice), `${JSON.stringify(date.text)} in ${JSON.stringify(slice)}`).toBe(true)
        }
      }),
      runs()
    )
  })

  it('keeps one box when the plugin runs twice on the same tree, and the same tree', () => {
    fc.assert(
      fc.property(markdown(), (source) => {
        const {once, twice} = runTwice(source)
        expect(countNodes(once, 'factbox')).toBeLessThanOrEqual(1)
        expect(twice).toEqual(once)
      }),
      runs()
    )
  })

  it('keeps one box when the article holds the HTML of an earlier box', () => {
    fc.assert(
      fc.property(markdown(), fc.nat(), (source, where) => {
        const {html, facts} = render(source)
        const [box] = boxesIn(html)
        fc.pre(box !== undefined)
        // Pasted as an HTML block between two blocks of the article (or at its end).
        const blocks = source.split(/\n{2,}/u)
        const at = 1 + (where % blocks.length)
        const pasted = [...blocks.slice(0, at), box, ...blocks.slice(at)].join('\n\n')
        const again = render(pasted)
        expect(boxesIn(again.html)).toHaveLength(1)
        // The old box is HTML: none of its words are read as the article's.
        expect(again.facts.quotes.length).toBeLessThanOrEqual(facts.quotes.length)
        expect(again.facts.dates.length).toBeLessThanOrEqual(facts.dates.length)
      }),
      runs(100)
    )
  })

  it('keeps one box when the article is the Markdown of an earlier run', () => {
    fc.assert(
      fc.property(markdown(), (source) => {
        const written = String(markdownPipeline().processSync(source))
        const before = boxesIn(render(source).html).length
        expect(boxesIn(render(written).html)).toHaveLength(before)
        // Writing it back again changes nothing: the box leaves no trace in Markdown.
        expect(String(markdownPipeline().processSync(written))).toBe(String(markdownPipeline().processSync(written)))
      }),
      runs(100)
    )
  })
})
