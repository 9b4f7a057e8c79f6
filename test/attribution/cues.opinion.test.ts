/**
 * The examples of src/speakers/cues.ts for opinions and announced quotations, as tests: the subject of the clause
 * before a colon ('colon': "X haussait les épaules : « … »"), opinion phrases ('opinion-phrase': "war der Ansicht",
 * "ist überzeugt") and "mit den Worten" ('mit-den-worten'); and reported speech in the subjunctive ("sei", "habe").
 */
import {describe, expect, it} from 'vitest'
import {type CueRow, cuesIn, quoteMention, readSentence} from './support.js'

const families: Array<[pattern: string, rows: CueRow[]]> = [
  [
    'colon',
    [
      {lang: 'fr', sentence: 'Le maire haussait les épaules : « On verra bien. »', cue: {pattern: 'colon', kind: 'opinion', text: ':', mention: 'Le maire'}},
      {lang: 'en', sentence: 'Asked whether she would run again, Okonkwo-Lind laughed: “Never say never.”', cue: {pattern: 'colon', kind: 'opinion', text: ':', mention: 'Okonkwo-Lind'}}
    ]
  ],
  [
    'opinion-phrase',
    [
      {lang: 'de', sentence: 'Die Ministerin war der Ansicht, das sei „ein Fehler“.', cue: {pattern: 'opinion-phrase', kind: 'opinion', text: 'der ansicht', mention: 'Die Ministerin'}},
      {lang: 'de', sentence: 'Die Ministerin ist überzeugt, dass der Plan „funktioniert“.', cue: {pattern: 'opinion-phrase', kind: 'opinion', text: 'überzeugt', mention: 'Die Ministerin'}}
    ]
  ],
  [
    'mit-den-worten',
    [
      {lang: 'de', sentence: 'Der Bürgermeister versuchte mit den Worten zu beruhigen: „Es besteht keine Gefahr.“', cue: {pattern: 'mit-den-worten', kind: 'verb', text: 'mit den Worten', mention: 'Der Bürgermeister'}}
    ]
  ]
]

describe.each(families)('opinion, pattern %s', (_pattern, rows) => {
  it.each(rows)('$lang: $sentence', ({lang, sentence, cue}) => {
    expect(cuesIn(sentence, lang)).toContainEqual(cue)
  })
})

describe('reported speech in the subjunctive', () => {
  it.each([
    {lang: 'de', sentence: 'Der Minister sagte, das sei „ein Fehler“.', reported: true},
    {lang: 'de', sentence: 'Der Minister sagte, er habe „keine Wahl“.', reported: true},
    {lang: 'de', sentence: 'Der Minister sagte: „Das ist ein Fehler.“', reported: false}
  ] as const)('$lang: $sentence', ({lang, sentence, reported}) => {
    expect(readSentence(sentence, lang).sentence.reported).toBe(reported)
  })
})

describe('opinions: the words that attribute the quotation (extractFacts)', () => {
  it.each([
    {lang: 'fr', sentence: 'Le maire haussait les épaules : « On verra bien. »', quote: 'On verra bien.', mention: 'Le maire'},
    {lang: 'de', sentence: 'Die Ministerin war der Ansicht, das sei „ein Fehler“.', quote: 'ein Fehler', mention: 'Die Ministerin'},
    {lang: 'de', sentence: 'Der Bürgermeister versuchte mit den Worten zu beruhigen: „Es besteht keine Gefahr.“', quote: 'Es besteht keine Gefahr.', mention: 'Der Bürgermeister'}
  ] as const)('$lang: $sentence', ({lang, sentence, quote, mention}) => {
    expect(quoteMention(sentence, lang, quote)).toBe(mention)
  })
})
