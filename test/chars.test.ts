/**
 * The code unit tables and word scanners answer what the Unicode regexes they
 * stand in for answer, astral letters and lone surrogates included.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {articleWordEnd, isSpaceCode, isWordCode, startsArticleWord} from '../src/text/chars.js'

const pieces = ['a', 'K', 'Ä', 'ß', '1', '٣', '\u0301', ' ', '\u00a0', '\n', "'", '’', '-', '.', '𝐀', '😀', '\ud835', '\udc00']
const text = fc.array(fc.constantFrom(...pieces), {maxLength: 16}).map((parts) => parts.join(''))
const articleWord = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu

describe('code unit tables', () => {
  it('test one code unit as the regex tests it', () => {
    for (const piece of pieces) {
      for (let i = 0; i < piece.length; i++) {
        expect(isSpaceCode(piece.charCodeAt(i))).toBe(/\s/u.test(piece[i]))
        expect(isWordCode(piece.charCodeAt(i))).toBe(/[\p{L}\p{M}\p{N}]/u.test(piece[i]))
      }
    }
    expect(isWordCode(Number.NaN)).toBe(false)
  })
})

describe('article words', () => {
  it('are the matches of the article-word pattern', () => {
    fc.assert(
      fc.property(text, (value) => {
        const found: Array<[number, number]> = []
        for (let i = 0; i < value.length; ) {
          const end = articleWordEnd(value, i)
          if (end === i) {
            i++
            continue
          }
          expect(startsArticleWord(value, i)).toBe(true)
          found.push([i, end])
          i = end
        }
        expect(found).toEqual([...value.matchAll(articleWord)].map((m) => [m.index, m.index + m[0].length]))
        const starts = new Set(found.map(([start]) => start))
        for (let i = 0; i < value.length; i++) expect(startsArticleWord(value, i)).toBe(starts.has(i))
      }),
      {numRuns: 3000}
    )
  })
})
