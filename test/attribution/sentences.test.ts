/**
 * The examples of src/text/sentences.ts, src/quotes/scan.ts and src/quotes/merge.ts as tests: sentence boundaries
 * with abbreviations, initials and ordinals, quotations kept whole inside their sentence, quotation marks after an
 * elision, and quotations that follow each other merged into one.
 */
import {describe, expect, it} from 'vitest'
import {speechLocales} from '../../src/lang/index.js'
import {mergeAdjacent} from '../../src/quotes/merge.js'
import {scanQuotes} from '../../src/quotes/scan.js'
import {lexiconOf} from '../../src/speakers/mentions.js'
import {splitSentences} from '../../src/text/sentences.js'
import type {Language} from '../../src/types.js'

/** The quotation spans of `text` as the document stage finds them: scanned, then merged. */
function quotesOf(text: string): ReturnType<typeof scanQuotes>['quotes'] {
  return mergeAdjacent(text, scanQuotes(text).quotes)
}

/** The sentences of `text`, as strings. */
function sentencesOf(text: string, lang: Language): string[] {
  return splitSentences(text, quotesOf(text), lexiconOf(speechLocales[lang]).abbreviations).map((s) => text.slice(s.start, s.end).trim())
}

describe('splitSentences', () => {
  it.each([
    // A quotation of several sentences belongs to the one reporting sentence around it.
    {lang: 'de', text: 'Er sagte: „Wir kommen. Wir bleiben.“ Dann ging er.', sentences: ['Er sagte: „Wir kommen. Wir bleiben.“', 'Dann ging er.']},
    // A quotation that ends a sentence, the French with its space before the closing mark.
    {lang: 'de', text: '„Wir haben das Recht, ihn festzunehmen.“ Celebi widersprach.', sentences: ['„Wir haben das Recht, ihn festzunehmen.“', 'Celebi widersprach.']},
    {lang: 'fr', text: '« On ne lâchera rien ! » Un élu a quitté la salle.', sentences: ['« On ne lâchera rien ! »', 'Un élu a quitté la salle.']},
    // A missing space after a full stop.
    {lang: 'de', text: 'Das Geld war verschwunden.Der Deutsche schwieg.', sentences: ['Das Geld war verschwunden.', 'Der Deutsche schwieg.']},
    // Abbreviations ("dr", "bzw"), initials and ordinals keep the sentence whole.
    {lang: 'de', text: 'Das sagte Dr. Anna Berg. Sie lachte.', sentences: ['Das sagte Dr. Anna Berg.', 'Sie lachte.']},
    {lang: 'de', text: 'Er nannte Preise bzw. Kosten. Dann ging er.', sentences: ['Er nannte Preise bzw. Kosten.', 'Dann ging er.']},
    {lang: 'en', text: 'The book by J. R. R. Tolkien came out in 1954. It sold well.', sentences: ['The book by J. R. R. Tolkien came out in 1954.', 'It sold well.']},
    {lang: 'de', text: 'Das war am 9. März. Danach kam nichts.', sentences: ['Das war am 9. März.', 'Danach kam nichts.']},
    {lang: 'de', text: 'Sie landete auf dem 25. Platz. Er lachte.', sentences: ['Sie landete auf dem 25. Platz.', 'Er lachte.']}
  ] as const)('$lang: $text', ({lang, text, sentences}) => {
    expect(sentencesOf(text, lang)).toEqual(sentences)
  })
})

/** The quoted words of each span of `text`, without their marks. */
function quotedWords(text: string): string[] {
  return quotesOf(text).map((q) => text.slice(q.open + q.openMark.length, q.close >= 0 ? q.close : q.end).trim())
}

describe('scanQuotes: guillemets with their inner space, after an elision', () => {
  it.each([
    {text: 'Il parle d’« équilibre » et de « mot » juste.', quoted: ['équilibre', 'mot']},
    {text: 'On entre dans l’« après-Covid ».', quoted: ['après-Covid']}
  ])('$text', ({text, quoted}) => {
    expect(quotedWords(text)).toEqual(quoted)
  })

  it('reads a long run of „ as one unclosed quotation', () => {
    const text = '„'.repeat(100_000)
    expect(scanQuotes(text).quotes.length).toBeLessThanOrEqual(1)
  })
})

describe('mergeAdjacent: quotations with only space between are one', () => {
  it.each([
    {text: 'Sie sagte: „Das wäre schön, wenn es so wäre.“ „Wäre es nur so.“', quoted: ['Das wäre schön, wenn es so wäre.“ „Wäre es nur so.']},
    // A few words the sentence runs into are a quotation of their own, whatever follows.
    {text: 'She said residents had "no business subsidizing them." "My constituents are angry," she told CNN.', quoted: ['no business subsidizing them.', 'My constituents are angry,']}
  ])('$text', ({text, quoted}) => {
    expect(quotedWords(text)).toEqual(quoted)
  })
})
