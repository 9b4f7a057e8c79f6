/**
 * The fast path for flat frontmatter reads what the YAML parser reads, or
 * leaves the frontmatter to it.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {parseFlat} from '../src/frontmatter.js'

const keys = ['date', 'lang', 'title', 'a', 'A-b', 'x_y', 'true', 'Null', '1k', '_k', 'a b', 'über', 'constructor', 'key:']
const values = [
  '2024-06-19', '2024-13-45', 'de', 'true', 'True', 'NULL', 'yes', 'a.b', 'Ab  cd', 'a,b', 'a-', "O'Neil", 'l’État', 'x (y)',
  '"Putin und Kim"', '"a \\" b"', '"a\\nb"', '" lead"', '"trail "', '"x: y"', '"#x"', '"ä„“"', '""', 'a #c', 'a: b', '1.5', '12',
  '.inf', '"\u00ad"', '"a\u00a0b"', 'x\u00a0y', 'a ', ' a', '', '~', '-a', '[a]', '{a}', '"a"b', "'q'", 'x\u0301'
]

describe('parseFlat', () => {
  it('reads the usual frontmatter of an article', () => {
    expect(parseFlat('title: "Jenaer Feuerteufel gefasst"\ndate: 2005-09-10\nlang: de\nsource: de.wikinews.org')).toEqual({
      title: 'Jenaer Feuerteufel gefasst',
      date: '2005-09-10',
      lang: 'de',
      source: 'de.wikinews.org'
    })
  })

  it('leaves anything it does not read as YAML does to the YAML parser', () => {
    for (const value of ['a: true', 'a: 1.5', 'a: x\na: y', 'a: "x\\ny"', 'a: b # c', '- a', 'a:', '']) expect(parseFlat(value)).toBeUndefined()
  })

  it('agrees with the YAML parser wherever it reads the frontmatter', () => {
    const line = fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...values)).map(([key, value]) => `${key}: ${value}`)
    fc.assert(
      fc.property(fc.array(line, {minLength: 1, maxLength: 4}), (lines) => {
        const source = lines.join('\n')
        const flat = parseFlat(source)
        if (flat !== undefined) expect(flat).toEqual(parse(source))
      }),
      {numRuns: 2000}
    )
  })
})
