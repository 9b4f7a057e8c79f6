import {describe, expect, it} from 'vitest'
import {findTemporalExpressions} from '../../src/dates/index.js'
import {extractFacts} from '../../src/index.js'
import {extract} from '../../src/pipeline.js'
import type {Language} from '../../src/types.js'

// A publication date known only to its month or year resolves what it allows.
const read = (text: string, publicationDate: string, lang: Language = 'de') =>
  findTemporalExpressions(text, {publicationDate, lang}).map((m) => [m.text, m.value, m.certain])

describe('a publication date known only to its month', () => {
  it('gives a year-less date its year, as the tense places it', () => {
    expect(read('Am 7. Juni wird gewählt.', '2022-05')).toEqual([['7. Juni', '2022-06-07', true]])
    expect(read('Am 7. Juni wurde gewählt.', '2022-05')).toEqual([['7. Juni', '2021-06-07', true]])
    expect(read('Mitte Mai stiegen die Preise.', '2022-05')).toEqual([['Mitte Mai', '2022-05', true]])
    expect(read('Le 12 mai, il a neigé.', '2022-05', 'fr')).toEqual([['12 mai', '2022-05-12', false]])
    expect(read('Am Dienstag, 17. Mai, wurde gewählt.', '2022-05')).toEqual([['Dienstag, 17. Mai', '2022-05-17', true]])
  })

  it('resolves what needs only the year or the month, and leaves what needs the day', () => {
    expect(read('Heute kam er. Am Mittwoch ging er. Vergangene Woche war er da.', '2022-05')).toEqual([
      ['Heute', null, true], ['Mittwoch', null, true], ['Vergangene Woche', null, true]
    ])
    expect(read('Im vergangenen Jahr und im vergangenen Monat, vor drei Jahren, vor zwei Monaten.', '2022-05')).toEqual([
      ['vergangenen Jahr', '2021', true], ['vergangenen Monat', '2022-04', true], ['vor drei Jahren', '2019', true], ['vor zwei Monaten', '2022-03', true]
    ])
    expect(read('Der Umsatz fiel im vergangenen Quartal, heuer und im Herbst dieses Jahres.', '2022-05')).toEqual([
      ['vergangenen Quartal', '2022-Q1', true], ['heuer', '2022', true], ['Herbst dieses Jahres', '2022-FA', true]
    ])
    expect(read('Vergangenen Winter war es kalt.', '2022-05')).toEqual([['Vergangenen Winter', '2022-WI', true]])
  })
})

describe('a publication date known only to its year', () => {
  it('gives a year-less date that year, guessed, and leaves what needs the month or the day', () => {
    expect(read('Am 7. Juni wird gewählt.', '2022')).toEqual([['7. Juni', '2022-06-07', false]])
    expect(read('Im vergangenen Jahr war es so, im vergangenen Monat nicht.', '2022')).toEqual([
      ['vergangenen Jahr', '2021', true], ['vergangenen Monat', null, true]
    ])
    expect(read('Vergangenen Winter war es kalt, im vergangenen Quartal auch.', '2022')).toEqual([
      ['Vergangenen Winter', null, true], ['vergangenen Quartal', null, true]
    ])
  })
})

describe('a partial publication date in frontmatter', () => {
  it('is kept as written, with a warning', () => {
    const {facts, findings} = extract('---\ndate: 2022-05\nlang: de\n---\n\nAm 7. Juni wird gewählt. Heute nicht.\n')
    expect(facts.publicationDate).toBe('2022-05')
    expect(facts.dates.map((d) => [d.text, d.value])).toEqual([['7. Juni', '2022-06-07'], ['Heute', null]])
    expect(findings.map((f) => f.ruleId)).toEqual(['partial-publication-date'])
    expect(findings[0].reason).toMatch(/only the month \(2022-05\)/u)
  })

  it('reads a bare year, which YAML gives as a number', () => {
    const {facts, findings} = extract('---\ndate: 2022\n---\n\nAm 7. Juni wird gewählt.\n')
    expect(facts.publicationDate).toBe('2022')
    expect(facts.dates[0]).toMatchObject({value: '2022-06-07', certain: false})
    expect(findings[0]).toMatchObject({ruleId: 'partial-publication-date'})
    expect(findings[0].reason).toMatch(/only the year/u)
  })

  it('warns when it is given, too, and keeps a full date without a warning', () => {
    expect(extract('Am 7. Juni wird gewählt.', {publicationDate: '2022-05'}).findings.map((f) => f.ruleId)).toEqual(['partial-publication-date'])
    expect(extract('---\ndate: 2022-05-03\n---\n\nText.\n').findings).toEqual([])
    expect(extract('---\ndate: 2022-13\n---\n\nText.\n').findings.map((f) => f.ruleId)).toEqual(['bad-frontmatter-date'])
    expect(extractFacts('---\ndate: 2022-05\n---\n\nAm 7. Juni wird gewählt.\n').dates[0].value).toBe('2022-06-07')
  })
})
