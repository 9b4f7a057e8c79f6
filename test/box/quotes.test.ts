import {describe, expect, it} from 'vitest'
import {selectQuotes} from '../../src/box/index.js'
import {goldFacts} from './fixture.js'
import {quote} from './helpers.js'

const statement = (n: number) => `Das ist die Aussage Nummer ${n} mit genug Wörtern für einen Satz`

describe('selectQuotes', () => {
  it('keeps only quotes with a speaker and a confidence of at least 0.5', () => {
    const picked = selectQuotes(
      [
        quote(statement(1), null),
        quote(statement(2), 'Anna Muster', {confidence: 0.49}),
        quote(statement(3), 'Anna Muster', {confidence: 0.5}),
        quote(statement(4), 'Ben Beispiel', {confidence: Number.NaN})
      ],
      4
    )
    expect(picked.map((item) => item.text)).toEqual([statement(3)])
  })

  it('takes at most maxQuotes, and none for 0 or nonsense', () => {
    const quotes = ['A', 'B', 'C', 'D', 'E'].map((name) => quote(statement(1), name))
    expect(selectQuotes(quotes, 3)).toHaveLength(3)
    expect(selectQuotes(quotes, 0)).toEqual([])
    expect(selectQuotes(quotes, -2)).toEqual([])
    expect(selectQuotes(quotes, Number.NaN)).toEqual([])
  })

  it('takes at most two quotes per speaker', () => {
    const quotes = [1, 2, 3, 4].map((n) => quote(statement(n), 'Anna Muster'))
    const picked = selectQuotes(quotes, 4)
    expect(picked.map((item) => item.text)).toEqual([statement(1), statement(2)])
  })

  it('puts the speaker with most quotes first, ties by first appearance', () => {
    const quotes = [
      quote(statement(1), 'Carla'),
      quote(statement(2), 'Ben'),
      quote(statement(3), 'Anna'),
      quote(statement(4), 'Anna'),
      quote(statement(5), 'Ben'),
      quote(statement(6), 'Anna')
    ]
    const picked = selectQuotes(quotes, 6)
    expect(picked.map((item) => item.speaker)).toEqual(['Anna', 'Anna', 'Ben', 'Ben', 'Carla'])
    // With little room, the minor speaker drops out.
    expect(selectQuotes(quotes, 3).map((item) => item.speaker)).toEqual(['Anna', 'Anna', 'Ben'])
  })

  it('uses article position, not array order, for ties', () => {
    const quotes = [
      quote(statement(2), 'Ben', {at: 200}),
      quote(statement(1), 'Anna', {at: 100})
    ]
    expect(selectQuotes(quotes, 4).map((item) => item.speaker)).toEqual(['Anna', 'Ben'])
  })

  it('prefers full quotes of readable length over partial ones and very long ones', () => {
    const long = 'Wort '.repeat(80).trim() + ' Ende'
    const quotes = [
      quote('hat eine ganz besondere und wichtige Rolle für das Land', 'Anna', {kind: 'partial'}),
      quote(long, 'Anna'),
      quote(statement(1), 'Anna'),
      quote(statement(2), 'Anna')
    ]
    const picked = selectQuotes(quotes, 4)
    expect(picked.map((item) => item.text)).toEqual([statement(1), statement(2)])

    const withoutReadable = selectQuotes(quotes.slice(0, 2), 4)
    // The long full statement before the partial one; shown in article order.
    expect(withoutReadable).toHaveLength(2)
    expect(withoutReadable[0].quote.kind).toBe('partial')
    expect(withoutReadable[1].shortened).toBe(true)
  })

  it('leaves out fragments (partial quotes of fewer than four words)', () => {
    const picked = selectQuotes(
      [quote('neuen Ära', 'Anna', {kind: 'partial'}), quote('überprüft', 'Anna', {kind: 'partial'})],
      4
    )
    expect(picked).toEqual([])
  })

  it('marks partial quotes that start mid-sentence with an ellipsis', () => {
    const [picked] = selectQuotes(
      [quote('ausschließlich friedlich und defensiv', 'Kim', {kind: 'partial'})],
      4
    )
    expect(picked.text).toBe('…\u00A0ausschließlich friedlich und defensiv')
  })

  it('shortens very long quotes at a word boundary, keeping the beginning', () => {
    const words = Array.from({length: 60}, (_, index) => 'wort' + index)
    const [picked] = selectQuotes([quote(words.join(' '), 'Anna')], 1)
    expect(picked.shortened).toBe(true)
    expect(picked.text.length).toBeLessThanOrEqual(220)
    expect(picked.text.startsWith('wort0 wort1 wort2')).toBe(true)
    expect(picked.text.endsWith('\u00A0…')).toBe(true)
    // Cut between words: what precedes the ellipsis is a whole word.
    const last = picked.text.slice(0, -2).split(' ').pop()
    expect(words).toContain(last)
  })

  it('does not change the quotes it is given', () => {
    const quotes = [quote('  viel   Raum  zwischen den   Wörtern und noch mehr  ', 'Anna')]
    const copy = structuredClone(quotes)
    const [picked] = selectQuotes(quotes, 1)
    expect(picked.text).toBe('viel Raum zwischen den Wörtern und noch mehr')
    expect(quotes).toEqual(copy)
  })

  it('picks the main speakers’ strongest statements from the fixture', () => {
    const picked = selectQuotes(goldFacts().quotes, 4)
    expect(picked.map((item) => item.speaker)).toEqual([
      'Wladimir Putin',
      'Wladimir Putin',
      'Kim Jong-un',
      'Kim Jong-un'
    ])
    expect(picked[0].text).toMatch(/^Der heute unterzeichnete umfassende Partnerschaftsvertrag/)
    expect(picked[1].text).toMatch(/^Sowohl Russland als auch Korea/)
    expect(picked[2].text).toMatch(/^Es besteht kein Zweifel/)
    expect(picked.every((item) => item.text.length <= 220)).toBe(true)
  })
})
