import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {findTemporalExpressions} from '../../src/dates/index.js'

// The project's own fixture article (published 2024-06-19): every date its gold asks for.
const source = readFileSync(new URL('../../fixtures/putin-kim.md', import.meta.url), 'utf8')
const body = source.replace(/^---\n[\s\S]*?\n---\n\n?/, '')

describe('fixture article', () => {
  it('finds the gold dates with their values', () => {
    const found = findTemporalExpressions(body, {publicationDate: '2024-06-19', lang: 'de'})
    expect(found.map((m) => [m.text, m.value, m.type])).toEqual([
      ['Mittwoch', '2024-06-19', 'DATE'],
      ['heute', '2024-06-19', 'DATE'],
      ['ein Jahrhundert', 'P100Y', 'DURATION'],
      ['Heute', '2024-06-19', 'DATE'],
      ['24 Jahren', 'P24Y', 'DURATION'],
      ['einem Jahr', 'P1Y', 'DURATION'],
      ['September 2023', '2023-09', 'DATE'],
      ['1950–1953', '1950/1953', 'DATE'],
      ['Februar 2022', '2022-02', 'DATE'],
      ['Monaten', 'PXM', 'DURATION'],
      ['heute', '2024-06-19', 'DATE']
    ])
    for (const m of found) expect(body.slice(m.start, m.end)).toBe(m.text)
  })

  it('keeps relative values null without a publication date', () => {
    const found = findTemporalExpressions(body, {publicationDate: null, lang: 'de'})
    expect(found.filter((m) => m.text === 'Mittwoch' || /^heute$/i.test(m.text)).map((m) => m.value)).toEqual([null, null, null, null])
    expect(found.find((m) => m.text === 'September 2023')?.value).toBe('2023-09')
  })
})
