import {describe, expect, it} from 'vitest'
import {defaultLabels} from '../../src/box/index.js'
import {compareTimex, formatPoint, htmlDatetime, parseTimex} from '../../src/box/timex.js'
import {boxWords} from '../../src/lang/index.js'

const format = (value: string, lang: 'de' | 'en' | 'fr' = 'de') => {
  const timex = parseTimex(value)
  if (!timex) return undefined
  const parts = [timex.from, timex.to].filter((point) => point !== undefined)
  return parts.map((point) => formatPoint(point, defaultLabels[lang])).join('–')
}

const datetime = (value: string) => {
  const timex = parseTimex(value)
  return timex ? [timex.from, timex.to].filter((point) => point !== undefined).map(htmlDatetime) : undefined
}

describe('TIMEX3 values', () => {
  it('formats calendar values in the language', () => {
    expect(format('2024-06-19')).toBe('19. Juni 2024')
    expect(format('2024-06-19', 'en')).toBe('June 19, 2024')
    expect(format('2024-06-19', 'fr')).toBe('19 juin 2024')
    expect(format('2023-09')).toBe('September 2023')
    expect(format('2023-09', 'fr')).toBe('septembre 2023')
    expect(format('1950/1953')).toBe('1950–1953')
    expect(format('199')).toBe('1990er')
    expect(format('199', 'en')).toBe('1990s')
    expect(format('199', 'fr')).toBe('années 1990')
    expect(format('19')).toBe('20. Jahrhundert')
    expect(format('20', 'en')).toBe('21st century')
    expect(format('19', 'fr')).toBe('20e siècle')
    expect(format('2024-SU')).toBe('Sommer 2024')
    expect(format('2024-Q1', 'fr')).toBe('1er trimestre 2024')
    expect(format('2024-W25', 'en')).toBe('Week 25, 2024')
    expect(format('2024-H2')).toBe('Juli–Dezember 2024')
    expect(format('2024-H1', 'en')).toBe('January–June 2024')
    expect(format('2024-H2', 'fr')).toBe('juillet–décembre 2024')
    expect(format('2024-06-19T10:05', 'de')).toBe('19. Juni 2024 um 10:05')
  })

  it('rejects what is not a point on the calendar', () => {
    for (const value of ['P24Y', 'P1Y', 'PRESENT_REF', 'XXXX-06-19', '2024-13', '2023-02-29', '2024-W54', '2024-H3', '1953/1950', 'TMO', '', 'abc']) {
      expect(parseTimex(value), value).toBeUndefined()
    }
  })

  it('gives valid HTML datetime values, or none', () => {
    expect(datetime('2024-06-19')).toEqual(['2024-06-19'])
    expect(datetime('2023-09')).toEqual(['2023-09'])
    expect(datetime('1950')).toEqual(['1950'])
    expect(datetime('1950/1953')).toEqual(['1950', '1953'])
    expect(datetime('2024-W25')).toEqual(['2024-W25'])
    expect(datetime('2024-06-19T10')).toEqual(['2024-06-19T10:00'])
    expect(datetime('2024-06-19T10:00:30+0200')).toEqual(['2024-06-19T10:00:30+02:00'])
    expect(datetime('2024-06-19TEV')).toEqual(['2024-06-19'])
    // No HTML syntax for decades, centuries, seasons, quarters, halves.
    expect(datetime('199')).toEqual([undefined])
    expect(datetime('19')).toEqual([undefined])
    expect(datetime('2024-SU')).toEqual([undefined])
    expect(datetime('2024-Q2')).toEqual([undefined])
    expect(datetime('2024-H1')).toEqual([undefined])
  })

  it('orders by start, then end', () => {
    const values = ['2024-06-19', '199', '2024-06-01', '2024', '1950/1953', '2023-09', '2024-06']
    const sorted = [...values].sort((a, b) => compareTimex(parseTimex(a)!, parseTimex(b)!))
    expect(sorted).toEqual(['1950/1953', '199', '2023-09', '2024', '2024-06-01', '2024-06', '2024-06-19'])
  })
})

describe('the first day of a month', () => {
  it('is “1er” in French, with or without a time; other days and languages keep the number', () => {
    const point = (value: string) => parseTimex(value)!.from
    expect(formatPoint(point('2024-04-01'), defaultLabels.fr, boxWords.fr.firstOfMonth)).toBe('1er avril 2024')
    expect(formatPoint(point('2024-04-01T13:00'), defaultLabels.fr, boxWords.fr.firstOfMonth)).toMatch(/^1er avril 2024 à 13:00$/u)
    expect(formatPoint(point('2024-04-02'), defaultLabels.fr, boxWords.fr.firstOfMonth)).toBe('2 avril 2024')
    expect(formatPoint(point('2024-04-01'), defaultLabels.de, boxWords.de.firstOfMonth)).toBe('1. April 2024')
    expect(formatPoint(point('2024-04-01'), defaultLabels.en, boxWords.en.firstOfMonth)).toBe('April 1, 2024')
  })
})
