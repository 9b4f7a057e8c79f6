/**
 * The examples of src/speakers/tokens.ts as tests: surnames with particles the article writes after a first name,
 * and a capitalised particle joined to its surname where the article knows it.
 */
import {describe, expect, it} from 'vitest'
import {speechLocales} from '../../src/lang/index.js'
import {lexiconOf} from '../../src/speakers/mentions.js'
import {joinParticleSurnames, particleSurnames, tokenize} from '../../src/speakers/tokens.js'

const lexicon = lexiconOf(speechLocales.de)

describe('particleSurnames', () => {
  it('finds "von der leyen" after a first name', () => {
    expect([...particleSurnames('Ursula von der Leyen sprach in Brüssel.', lexicon)]).toEqual(['von der leyen'])
  })

  it('takes an article alone for a genitive, not a particle: "Der Präsident der Ukraine"', () => {
    expect([...particleSurnames('Der Präsident der Ukraine sprach in Kiew.', lexicon)]).toEqual([])
  })
})

describe('joinParticleSurnames', () => {
  it('reads "Von der Leyen betonte" like "Leyen betonte": one name token', () => {
    const text = 'Ursula von der Leyen kam. Von der Leyen betonte das.'
    const tokens = joinParticleSurnames(tokenize(text, 26, text.length, []), text, particleSurnames(text, lexicon))
    expect(tokens.map((t) => t.text)).toEqual(['Von der Leyen', 'betonte', 'das', '.'])
    expect(tokens[0]).toMatchObject({kind: 'word', upper: true, lower: 'von der leyen'})
  })
})

describe('tokenize', () => {
  it('reads a run of four or more of one mark as one token, and shorter runs, sentence ends and quotation marks mark by mark', () => {
    const text = 'Es kam ;;;;;; dann -- und ,,,, also!!!! „x“ ...'
    expect(tokenize(text, 0, text.length, []).map((t) => t.text)).toEqual(['Es', 'kam', ';;;;;;', 'dann', '-', '-', 'und', ',,,,', 'also', '!', '!', '!', '!', '„', 'x', '“', '.', '.', '.'])
  })

  it('keeps a quotation after a long run of marks attributable ("sagte Anna Berg" past a million semicolons)', async () => {
    const {extractFacts} = await import('../../src/index.js')
    const facts = extractFacts(`„Wir kommen wieder“, sagte Anna Berg ${';'.repeat(1_000_000)} und ging.`, {lang: 'de'})
    expect(facts.quotes.map((q) => [q.text, q.speaker])).toEqual([['Wir kommen wieder', 'Anna Berg']])
  })
})
