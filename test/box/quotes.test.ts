import {describe, expect, it} from 'vitest'
import {selectQuotes} from '../../src/box/index.js'
import {boxWords} from '../../src/lang/index.js'
import {goldFacts} from './fixture.js'
import {quote} from './helpers.js'

const statement = (n: number) => `Das ist die Aussage Nummer ${n} mit genug Wörtern für einen Satz`
const de = {words: boxWords.de}

describe('selectQuotes', () => {
  it('names a speaker only at nameConfidence or above; below it, a full statement stands without a name, after the named ones', () => {
    const quotes = [
      quote(statement(1), null),
      quote(statement(2), 'Anna Muster', {confidence: 0.49}),
      quote(statement(3), 'Ben Beispiel', {confidence: 0.5}),
      quote(statement(4), 'Carla Test', {confidence: Number.NaN})
    ]
    // By default (0) every speaker the extractor named is named; a confidence that is no number is not enough.
    expect(selectQuotes(quotes, 4, de).map((item) => item.speaker)).toEqual(['Anna Muster', 'Ben Beispiel', ''])
    const sure = selectQuotes(quotes, 4, {...de, nameConfidence: 0.5})
    expect(sure.map((item) => [item.text, item.speaker])).toEqual([
      [statement(2), ''],
      [statement(3), 'Ben Beispiel'],
      [statement(4), '']
    ])
    // With room for one, the named one.
    expect(selectQuotes(quotes, 1, {...de, nameConfidence: 0.5}).map((item) => item.speaker)).toEqual(['Ben Beispiel'])
    // A quotation nobody said (no speaker, no candidate, no description) is left out.
    expect(selectQuotes([quotes[0]], 4, de)).toEqual([])
  })

  it('shows a speaker whose name was withheld (a candidate) without a name, full statements only', () => {
    const withheld = quote(statement(1), null, {candidate: 'Anna Muster', mention: 'Anna Muster', confidence: 0.4})
    const short = quote('Ja, das stimmt', null, {candidate: 'Anna Muster', mention: 'Anna Muster', confidence: 0.4})
    const [item] = selectQuotes([withheld, short], 4, de)
    expect(item).toMatchObject({speaker: '', description: '', text: statement(1)})
    expect(selectQuotes([short], 4, de)).toEqual([])
  })

  it('gives an unnamed speaker the article’s own description, never as a name', () => {
    const described = quote(statement(1), null, {mention: 'ein Polizeisprecher'})
    const [item] = selectQuotes([described], 4, de)
    expect(item).toMatchObject({speaker: '', description: 'ein Polizeisprecher'})
    // A pronoun, a bare name or a withheld name is no description.
    for (const mention of ['er', 'Polizeisprecher', 'Anna Muster']) {
      expect(selectQuotes([quote(statement(1), null, {mention})], 4, de)).toEqual([])
    }
    expect(selectQuotes([quote(statement(1), null, {mention: 'der Kanzler Olaf Scholz', candidate: 'Olaf Scholz'})], 4, de)[0].description).toBe('')
    expect(selectQuotes([quote('This is what the council decided last night', null, {mention: 'the mayor'})], 4, {words: boxWords.en})[0].description).toBe('the mayor')
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

  it('takes distinct speakers first (most quoted first, ties by first appearance), shown in article order', () => {
    const quotes = [
      quote(statement(1), 'Carla'),
      quote(statement(2), 'Ben'),
      quote(statement(3), 'Anna'),
      quote(statement(4), 'Anna'),
      quote(statement(5), 'Ben'),
      quote(statement(6), 'Anna')
    ]
    expect(selectQuotes(quotes, 6).map((item) => item.speaker)).toEqual(['Carla', 'Ben', 'Anna', 'Anna', 'Ben'])
    // With room for three: one each.
    const three = selectQuotes(quotes, 3)
    expect(three.map((item) => item.speaker)).toEqual(['Carla', 'Ben', 'Anna'])
    // The order they were chosen in: the most quoted first.
    expect(three.map((item) => item.rank)).toEqual([2, 1, 0])
    expect(selectQuotes(quotes, 2).map((item) => item.speaker)).toEqual(['Ben', 'Anna'])
  })

  it('uses article position, not array order', () => {
    const quotes = [quote(statement(2), 'Ben', {at: 200}), quote(statement(1), 'Anna', {at: 100})]
    expect(selectQuotes(quotes, 4).map((item) => item.speaker)).toEqual(['Anna', 'Ben'])
  })

  it('prefers full statements of readable length over partial ones and very long ones', () => {
    const long = 'Wort '.repeat(80).trim() + ' Ende'
    const quotes = [
      quote('hat eine ganz besondere und wichtige Rolle für das Land', 'Anna', {kind: 'partial'}),
      quote(long, 'Anna'),
      quote(statement(1), 'Anna'),
      quote(statement(2), 'Anna')
    ]
    expect(selectQuotes(quotes, 4).map((item) => item.text)).toEqual([statement(1), statement(2)])

    // The long statement, shortened; the partial quote not at all while there is a statement.
    const withoutReadable = selectQuotes(quotes.slice(0, 2), 4)
    expect(withoutReadable).toHaveLength(1)
    expect(withoutReadable[0].quote.kind).toBe('full')
    expect(withoutReadable[0].shortened).toBe(true)
    expect(selectQuotes(quotes.slice(0, 1), 4).map((item) => item.quote.kind)).toEqual(['partial'])
  })

  it('shows no fragment whose subject is missing while there is a statement', () => {
    const quotes = [
      quote('drückt ihre volle Unterstützung und Solidarität mit der Regierung aus', 'Kim', {kind: 'partial'}),
      quote('Ihre Unterstützung war uns immer sehr viel wert gewesen', 'Kim'),
      quote('seine Abhängigkeit von einem anderen Verbündeten zu verringern', 'Tichonow', {kind: 'partial'}),
      quote(statement(1), 'Putin')
    ]
    // "drückt ihre …" has its subject outside; "Ihre …" and "seine …" point outside the quotation.
    expect(selectQuotes(quotes, 4, de).map((item) => item.text)).toEqual([statement(1)])
    // Without the statement: words worked into the sentence first, a quotation opened by a pronoun last.
    expect(selectQuotes(quotes.slice(0, 3), 1, de).map((item) => item.text)).toEqual(['…\u00A0drückt ihre volle Unterstützung und Solidarität mit der Regierung aus'])
    expect(selectQuotes(quotes.slice(1, 2), 1, de).map((item) => item.speaker)).toEqual(['Kim'])
    const en = {words: boxWords.en}
    expect(selectQuotes([quote('his plan was never going to work out well', 'Ann'), quote('We will keep fighting it in every court', 'Bo')], 1, en)[0].speaker).toBe('Bo')
    const fr = {words: boxWords.fr}
    expect(selectQuotes([quote('Sa décision est prise et elle est définitive', 'Ann'), quote('Nous irons jusqu’au bout de cette affaire', 'Bo')], 1, fr)[0].speaker).toBe('Bo')
  })

  it('leaves out fragments (partial quotes of fewer than four words)', () => {
    const picked = selectQuotes([quote('neuen Ära', 'Anna', {kind: 'partial'}), quote('überprüft', 'Anna', {kind: 'partial'})], 4)
    expect(picked).toEqual([])
  })

  it('marks partial quotes that start mid-sentence with an ellipsis', () => {
    const [picked] = selectQuotes([quote('ausschließlich friedlich und defensiv', 'Kim', {kind: 'partial'})], 4)
    expect(picked.text).toBe('…\u00A0ausschließlich friedlich und defensiv')
  })

  it('shortens very long quotes at a word boundary, keeping the beginning', () => {
    const words = Array.from({length: 60}, (_, index) => 'wort' + index)
    const [picked] = selectQuotes([quote(words.join(' '), 'Anna')], 1)
    expect(picked.shortened).toBe(true)
    expect(picked.text.length).toBeLessThanOrEqual(160)
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

  it('picks three speakers’ full statements from the fixture, none a fragment', () => {
    const picked = selectQuotes(goldFacts().quotes, 3, de)
    expect(picked.map((item) => item.speaker)).toEqual(['Wladimir Putin', 'Kim Jong-un', 'Koh Yu-hwan'])
    expect(picked[0].text).toMatch(/^Der heute unterzeichnete umfassende Partnerschaftsvertrag/)
    expect(picked[1].text).toMatch(/^Es besteht kein Zweifel/)
    expect(picked[2].text).toMatch(/^Russland braucht/)
    expect(picked.every((item) => item.quote.kind === 'full' && item.text.length <= 160)).toBe(true)
    expect(picked.map((item) => item.text).join(' ')).not.toMatch(/drückt ihre/)
  })
})
