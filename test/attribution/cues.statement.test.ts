/**
 * The examples of src/speakers/cues.ts for statements with no speaker named as subject, as tests: in a relative
 * clause ('relative-statement': "…, in der es heißt"), impersonal ('impersonal': "heißt es", "hieß es aus dem
 * Rathaus", "indique-t-on", "on assure"), and the document just named ('document': "Darin steht: „…“").
 */
import {describe, expect, it} from 'vitest'
import {buildDocument} from '../../src/document/index.js'
import type {Language} from '../../src/types.js'
import {type CueRow, cuesIn, quoteMention} from './support.js'

const source = (pattern: string, text: string, mention: string | null): CueRow['cue'] => ({pattern, kind: 'source', text, mention})

const families: Array<[pattern: string, rows: CueRow[]]> = [
  [
    'relative-statement',
    [
      // A document speaks for whoever issued it.
      {lang: 'de', sentence: 'Die Polizei veröffentlichte eine Erklärung, in der es heißt: „Die Lage ist unter Kontrolle.“', cue: source('relative-statement', 'heißt', 'Die Polizei')},
      {lang: 'de', sentence: 'Die Stadt veröffentlichte ein Schreiben, in dem es zu den Kosten auch heißt: „Wir zahlen nicht.“', cue: source('relative-statement', 'heißt', 'Die Stadt')},
      // Or for its author.
      {lang: 'de', sentence: 'Sie verweist auf einen Bericht des Umweltbundesamts, in dem es heißt: „Die Werte sind zu hoch.“', cue: source('relative-statement', 'heißt', 'des Umweltbundesamts')},
      // Else the speaker ends at the comma, past the particle that ends the clause before.
      {lang: 'de', sentence: 'Er kritisierte den Tenor chinesischer Medien, in denen es seit Tagen heißt, der Westen sei „schuld“.', cue: source('relative-statement', 'heißt', 'Medien')},
      {lang: 'de', sentence: 'Er griff den Tenor chinesischer Medien auf, in denen es seit Tagen heißt, der Westen sei „schuld“.', cue: source('relative-statement', 'heißt', 'Medien')},
      // A document nobody is said to have issued speaks for nobody.
      {lang: 'de', sentence: 'Im Netz kursiert ein Schreiben, in dem es heißt: „Wir zahlen nicht.“', cue: source('relative-statement', 'heißt', null)}
    ]
  ],
  [
    'impersonal',
    [
      {lang: 'de', sentence: '„Wir sind zufrieden“, hieß es.', cue: source('impersonal', 'hieß es', null)},
      {lang: 'de', sentence: '„Wir sind zufrieden“, heißt es aus dem Wiener Rathaus.', cue: source('impersonal', 'heißt es', 'dem Wiener Rathaus')},
      {lang: 'de', sentence: '„Wir sind zufrieden“, hieß es aus dem Wiener Rathaus.', cue: source('impersonal', 'hieß es', 'dem Wiener Rathaus')},
      {lang: 'de', sentence: '„Wir sind zufrieden“, hieß es aus dem Rathaus.', cue: source('impersonal', 'hieß es', 'dem Rathaus')},
      {lang: 'de', sentence: 'Aus dem Ministerium hieß es, man prüfe den Fall „sehr genau“.', cue: source('impersonal', 'hieß es', 'dem Ministerium')},
      {lang: 'de', sentence: '„Wir prüfen das“, hieß es bei Wiener Wohnen.', cue: source('impersonal', 'hieß es', 'Wiener Wohnen')},
      // A source with no name.
      {lang: 'de', sentence: '„Eine Einigung steht bevor“, hieß es aus Regierungskreisen.', cue: source('impersonal', 'hieß es', 'Regierungskreise')},
      {lang: 'fr', sentence: '« Il était armé », a-t-on appris de source policière.', cue: source('impersonal', 'a-t-on appris', 'source policière')},
      // A document whose author the sentence names with it.
      {lang: 'de', sentence: 'In einem Positionspapier des Bundesministeriums des Innern heißt es, die Lage sei „ernst“.', cue: source('impersonal', 'heißt es', 'des Bundesministeriums des Innern')},
      // A document with no author: the sentence before names it.
      {lang: 'de', sentence: 'In einer Stellungnahme hieß es: „Wir bedauern den Vorfall.“', cue: source('impersonal', 'hieß es', null)},
      {lang: 'fr', sentence: '« La route restera fermée », indique-t-on à la préfecture.', cue: source('impersonal', 'indique-t-on', 'la préfecture')},
      {lang: 'fr', sentence: '« Rien n’est décidé », a-t-on appris auprès de la préfecture.', cue: source('impersonal', 'a-t-on appris', 'la préfecture')},
      {lang: 'fr', sentence: '« Rien ne presse », indique-t-on du côté de la Drac.', cue: source('impersonal', 'indique-t-on', 'Drac')},
      {lang: 'fr', sentence: '« Le trafic reprendra lundi », indique-t-on à la SNCF.', cue: source('impersonal', 'indique-t-on', 'SNCF')},
      // "chez" names the source itself, not a place.
      {lang: 'fr', sentence: '« Nous étudions le dossier », indique-t-on chez Renault.', cue: source('impersonal', 'indique-t-on', 'Renault')},
      // A body the sentence is about beats the town it speaks from.
      {lang: 'fr', sentence: 'La région Grand Est « prend acte » de la décision, indique-t-on à Strasbourg.', cue: source('impersonal', 'indique-t-on', 'La région Grand Est')},
      // The same statement in the plain word order, its source opening the sentence; "au" holds the determiner
      // ("au ministère" is read as "à le ministère").
      {lang: 'fr', sentence: 'Au ministère, on assure que tout est « sous contrôle ».', cue: source('impersonal', 'assure', 'ministère')},
      {lang: 'fr', sentence: 'Au ministère, on nous indique que tout est « sous contrôle ».', cue: source('impersonal', 'indique', 'ministère')},
      {lang: 'fr', sentence: "Au ministère de l'Économie, on assure que tout est « sous contrôle ».", cue: source('impersonal', 'assure', "ministère de l'Économie")},
      {lang: 'fr', sentence: 'Côté SNCF, on assure que tout est « sous contrôle ».', cue: source('impersonal', 'assure', 'SNCF')},
      // A lower-case noun with no article names no source.
      {lang: 'fr', sentence: 'Côté préfecture, on assure que tout est « sous contrôle ».', cue: source('impersonal', 'assure', null)},
      // "on" speaks for the source of the sentence before, whether "indique-t-on" or "dit-on".
      {lang: 'fr', sentence: 'Du côté de la Drac Occitanie, on se montre prudent. « Rien ne presse », indique-t-on.', cue: source('impersonal', 'indique-t-on', null)},
      {lang: 'fr', sentence: '« Rien n’est décidé », dit-on.', cue: source('impersonal', 'dit-on', null)},
      {lang: 'de', sentence: 'Bei der Agentur Ecoplus verweist man auf die Zahlen. „Wir warten ab“, hieß es auf Anfrage.', cue: source('impersonal', 'hieß es', null)},
      // "darin heißt es": the document just named.
      {lang: 'de', sentence: 'Die Stadt legte einen Bericht vor. Darin heißt es: „Die Werte sind zu hoch.“', cue: source('impersonal', 'heißt es', null)}
    ]
  ],
  [
    'document',
    [
      {lang: 'de', sentence: 'Die Zeitung berichtete über den Vertrag. Darin steht: „Die Miete steigt.“', cue: source('document', 'steht', null)},
      {lang: 'en', sentence: 'The council published a letter. It reads: “We regret the decision.”', cue: source('document', 'reads', null)}
    ]
  ]
]

describe.each(families)('statement, pattern %s', (_pattern, rows) => {
  it.each(rows)('$lang: $sentence', ({lang, sentence, cue}) => {
    expect(cuesIn(sentence, lang)).toContainEqual(cue)
  })
})

/** The last cue of `pattern` in `markdown`, with the flags that send it to the sentence before. */
function flagsOf(markdown: string, lang: Language, pattern: string): {fromPrevious: boolean; bodyOnly: boolean} {
  const cue = buildDocument(markdown, {lang}).sentences.flatMap((s) => s.cues).findLast((c) => c.pattern === pattern)
  return {fromPrevious: cue?.fromPrevious === true, bodyOnly: cue?.bodyOnly === true}
}

describe('statements that speak for the sentence before', () => {
  it.each([
    // "on" and an impersonal "hieß es": only a body the sentence before names may speak.
    {lang: 'fr', sentence: 'La mairie se tait. « Rien n’est décidé », indique-t-on.', pattern: 'impersonal', fromPrevious: true, bodyOnly: true},
    {lang: 'fr', sentence: '« Rien n’est décidé », dit-on.', pattern: 'impersonal', fromPrevious: true, bodyOnly: true},
    {lang: 'de', sentence: 'Bei der Agentur Ecoplus verweist man auf die Zahlen. „Wir warten ab“, hieß es auf Anfrage.', pattern: 'impersonal', fromPrevious: true, bodyOnly: true},
    // A document just named, or one the statement stands in ("in einer Stellungnahme"): its author.
    {lang: 'de', sentence: 'Die Stadt legte einen Bericht vor. Darin heißt es: „Die Werte sind zu hoch.“', pattern: 'impersonal', fromPrevious: true, bodyOnly: false},
    {lang: 'de', sentence: 'In einer Stellungnahme hieß es: „Wir bedauern den Vorfall.“', pattern: 'impersonal', fromPrevious: true, bodyOnly: false},
    {lang: 'de', sentence: 'Die Zeitung berichtete über den Vertrag. Darin steht: „Die Miete steigt.“', pattern: 'document', fromPrevious: true, bodyOnly: false},
    // A source named: the sentence before has no say.
    {lang: 'de', sentence: '„Wir sind zufrieden“, heißt es aus dem Wiener Rathaus.', pattern: 'impersonal', fromPrevious: false, bodyOnly: false}
  ] as const)('$lang: $sentence', ({lang, sentence, pattern, fromPrevious, bodyOnly}) => {
    expect(flagsOf(sentence, lang, pattern)).toEqual({fromPrevious, bodyOnly})
  })
})

describe('statements: the words that attribute the quotation (extractFacts)', () => {
  it.each([
    {lang: 'de', sentence: '„Wir sind zufrieden“, heißt es aus dem Wiener Rathaus.', quote: 'Wir sind zufrieden', mention: 'dem Wiener Rathaus'},
    {lang: 'de', sentence: 'Die Polizei veröffentlichte eine Erklärung, in der es heißt: „Die Lage ist unter Kontrolle.“', quote: 'Die Lage ist unter Kontrolle.', mention: 'Die Polizei'},
    {lang: 'fr', sentence: '« Rien n’est décidé », a-t-on appris auprès de la préfecture.', quote: 'Rien n’est décidé', mention: 'la préfecture'}
  ] as const)('$lang: $sentence', ({lang, sentence, quote, mention}) => {
    expect(quoteMention(sentence, lang, quote)).toBe(mention)
  })
})
