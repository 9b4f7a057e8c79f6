/**
 * The examples of src/speakers/cues.ts for sources, as tests: a source before its word ('laut': "laut X", "selon
 * X", "Pour le ministre, …"; 'so': "„…“, so X"), a source phrase ('source-phrase': "nach Angaben von X"), a source
 * before "zufolge" ('zufolge') and "Für ihn …" ('fuer-ihn').
 */
import {describe, expect, it} from 'vitest'
import {type CueRow, cuesIn, quoteMention} from './support.js'

const source = (pattern: string, text: string, mention: string | null): CueRow['cue'] => ({pattern, kind: 'source', text, mention})

const families: Array<[pattern: string, rows: CueRow[]]> = [
  [
    'laut',
    [
      {lang: 'de', sentence: 'Laut Anna Berg ist die Lage „sehr ernst“.', cue: source('laut', 'Laut', 'Anna Berg')},
      // Any case of determiner, read as if nominative.
      {lang: 'de', sentence: 'Laut einem Sprecher ist die Lage „unter Kontrolle“.', cue: source('laut', 'Laut', 'einem Sprecher')},
      // A body with its name; a noun that is no group noun takes none.
      {lang: 'de', sentence: 'Laut dem Fahrgastverband Pro Bahn ist das „ein Skandal“.', cue: source('laut', 'Laut', 'dem Fahrgastverband Pro Bahn')},
      {lang: 'de', sentence: 'Laut den Verkehrsbetrieben Zürich ist das „ein Skandal“.', cue: source('laut', 'Laut', 'den Verkehrsbetrieben')},
      {lang: 'fr', sentence: 'Selon la maire, le projet est « prématuré ».', cue: source('laut', 'Selon', 'la maire')},
      // A source with no name.
      {lang: 'fr', sentence: 'Selon une source proche du dossier, l’accord est « imminent ».', cue: source('laut', 'Selon', 'source proche du dossier')},
      {lang: 'fr', sentence: "« Il était armé », selon une source proche de l'enquête.", cue: source('laut', 'selon', "source proche de l'enquête")},
      {lang: 'fr', sentence: "D'après la préfecture, la situation est « sous contrôle ».", cue: source('laut', "D'après", 'la préfecture')},
      // "pour" after a pause, for someone.
      {lang: 'fr', sentence: 'Pour le ministre, la réforme est « indispensable ».', cue: source('laut', 'Pour', 'le ministre')},
      {lang: 'fr', sentence: 'Pour Kévin Delattre, dératiseur à Roubaix, le problème dépasse « la simple hygiène ».', cue: source('laut', 'Pour', 'Kévin Delattre')}
    ]
  ],
  ['so', [{lang: 'de', sentence: '„Wir bleiben hier“, so Anna Berg.', cue: source('so', 'so', 'Anna Berg')}]],
  [
    'source-phrase',
    [
      {lang: 'de', sentence: 'Nach Angaben von Anna Berg ist die Lage „sehr ernst“.', cue: source('source-phrase', 'Nach Angaben', 'Anna Berg')},
      {lang: 'de', sentence: 'Nach Angaben des Ministeriums ist die Lage „ernst“.', cue: source('source-phrase', 'Nach Angaben', 'des Ministeriums')},
      {lang: 'en', sentence: 'According to the ministry, the plan is “on track”.', cue: source('source-phrase', 'According to', 'the ministry')}
    ]
  ],
  [
    'zufolge',
    [
      {lang: 'de', sentence: 'Anna Berg zufolge ist die Lage „sehr ernst“.', cue: source('zufolge', 'zufolge', 'Anna Berg')},
      // An acronym in brackets may stand between.
      {lang: 'de', sentence: 'Einer Sprecherin des Deutschen Skiverbandes (DSV) zufolge ist das Rennen „abgesagt“.', cue: source('zufolge', 'zufolge', 'Einer Sprecherin des Deutschen Skiverbandes')}
    ]
  ],
  [
    'fuer-ihn',
    [
      {lang: 'de', sentence: 'Für ihn ist das „ein Fehler“.', cue: {pattern: 'fuer-ihn', kind: 'opinion', text: 'Für ihn', mention: 'ihn'}}
    ]
  ]
]

describe.each(families)('source, pattern %s', (_pattern, rows) => {
  it.each(rows)('$lang: $sentence', ({lang, sentence, cue}) => {
    expect(cuesIn(sentence, lang)).toContainEqual(cue)
  })
})

describe('source words that name no source', () => {
  it.each([
    // "pour" is a source only for someone.
    {lang: 'fr', sentence: 'Pour le recrutement, la mairie a voté « un budget ».', pattern: 'laut'},
    // "so" closes its clause: "so wichtig" is no source.
    {lang: 'de', sentence: 'Das Treffen war, so wichtig es auch war, „zu kurz“.', pattern: 'so'}
  ] as const)('$lang: $sentence', ({lang, sentence, pattern}) => {
    expect(cuesIn(sentence, lang).filter((c) => c.pattern === pattern)).toEqual([])
  })
})

describe('sources: the words that attribute the quotation (extractFacts)', () => {
  it.each([
    {lang: 'de', sentence: '„Wir bleiben hier“, so Anna Berg.', quote: 'Wir bleiben hier', mention: 'Anna Berg'},
    {lang: 'de', sentence: 'Laut einem Sprecher ist die Lage „unter Kontrolle“.', quote: 'unter Kontrolle', mention: 'einem Sprecher'},
    {lang: 'fr', sentence: 'Pour Kévin Delattre, dératiseur à Roubaix, le problème dépasse « la simple hygiène ».', quote: 'la simple hygiène', mention: 'Kévin Delattre, dératiseur à Roubaix'}
  ] as const)('$lang: $sentence', ({lang, sentence, quote, mention}) => {
    expect(quoteMention(sentence, lang, quote)).toBe(mention)
  })
})
