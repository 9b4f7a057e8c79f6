import {describe, expect, it} from 'vitest'
import {tag, triples} from './helpers.js'

describe('word boundaries', () => {
  it('does not read weekday or month abbreviations inside words', () => {
    expect(tag('Sie war so früh da wie in früheren Jahren, so der Sprecher.').map((m) => m.text)).toEqual([])
    expect(tag('Der Maier-Konzern und Frau Maiers Anwalt äußerten sich.')).toEqual([])
    expect(tag('Das Marktmärchen und die Sonntagsruhe waren Thema.')).toEqual([])
    expect(tag('Der Fr.-Abgeordnete und die Mo-Gruppe stimmten zu.')).toEqual([])
  })

  it('reads whole weekday and month words', () => {
    expect(triples('Die Wahl fand am Sonntag statt.', '2014-02-13')).toEqual([['Sonntag', '2014-02-09', 'DATE']])
    expect(triples('Im Mai 2019 war es kalt.')).toEqual([['Mai 2019', '2019-05', 'DATE']])
  })

  it('does not read a month name alone as a date without a cue', () => {
    expect(tag('August Schmidt und April Lee sprachen.')).toEqual([])
    expect(triples('Im August stieg der Umsatz.')).toEqual([['August', '2024-08', 'DATE']])
  })

  it('does not read digits inside longer numbers as years or dates', () => {
    expect(tag('Die Nummer 120045678 und der Code 2019-ABX sind ungültig.')).toEqual([])
    expect(tag('Der Wert lag bei 2019,5 Punkten.')).toEqual([])
  })

  it('gives offsets into the text, sorted and without overlaps', () => {
    const text = 'Am Mittwoch, 19. Juni 2024, um 10 Uhr, und seit 24 Jahren — vergangene Woche.'
    const found = tag(text)
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end)
    expect(found.map((m) => m.text)).toEqual(['Mittwoch, 19. Juni 2024', '10 Uhr', '24 Jahren', 'vergangene Woche'])
  })

  it('counts offsets in UTF-16 units after astral characters', () => {
    const text = '🎉🎉 Am 19. Juni 2024 feierten sie.'
    const [m] = tag(text)
    expect(text.slice(m.start, m.end)).toBe('19. Juni 2024')
  })
})
