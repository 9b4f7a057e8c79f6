import {describe, expect, it} from 'vitest'
import {findTemporalExpressions} from '../../src/dates/index.js'
import type {Language} from '../../src/types.js'

const run = (text: string, lang: Language = 'de') => findTemporalExpressions(text, {publicationDate: '2024-06-19', lang})

// Every pattern is a bounded alternation of words and bounded digit and space runs; on hostile input the
// tagger must return (vitest's default timeout is the bound). These inputs would blow up a regex with
// nested quantifiers over the same characters.
describe('linear time on hostile input', () => {
  const size = 100_000
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

  it.each([
    ['digits', fill('9')],
    ['dots', fill('.')],
    ['dashes', fill('-')],
    ['spaces', fill(' ')],
    ['digits and dots', fill('1.')],
    ['dates without separators', fill('12.12.')],
    ['dash ranges', fill('2024-')],
    ['month names', fill('Juni ')],
    ['month names and years', fill('März 2024 ')],
    ['cue words', fill('seit vor in den vergangenen ')],
    ['mixed', fill('19.-–Juni 2024..1950–1953 vor drei 20.30 Uhr-')],
    // tense cues read a bounded stretch after a modal, before a clause end that never comes
    ['modals', fill('soll ')],
    ['modals and participles', fill('soll getötet ')],
    ['modals before a perfect infinitive', fill('soll er getötet haben ')],
    ['nights', fill('Nacht vom 13. auf den ')],
    ['compound numbers', fill('zweiundvierzig ')],
    ['French modals', fill('aurait été '), 'fr'],
    ['French future endings', fill('réunira caméra '), 'fr'],
    ['French nights', fill('nuit du 13 au '), 'fr'],
    ['French compound numbers', fill('quatre-vingt-dix-'), 'fr'],
    ['English phrases', fill('is due to would not have '), 'en'],
    ['English compound numbers', fill('forty-two twenty '), 'en']
  ] as Array<[string, string, Language?]>)('returns on 100 kB of %s', (_name, text, lang) => {
    const found = run(text, lang)
    expect(Array.isArray(found)).toBe(true)
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end)
  })

  it('still finds the dates in a long run of month names and years', () => {
    const found = run(fill('März 2024 '))
    expect(found.length).toBeGreaterThan(9000)
    expect(found[0]).toMatchObject({text: 'März 2024', value: '2024-03'})
  })
})
