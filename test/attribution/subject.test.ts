/**
 * The examples of src/speakers/cues.ts for the subject of a sentence, as tests: where it starts (`subjectStart`:
 * past fillers and datelines), what it is (`sentenceSubject`: past fronted phrases, the verb that comes second, a
 * clause in first place), the words a sentence points back to (`wordsPointedBack`) and the source it opens with
 * (`openingSource`).
 */
import {describe, expect, it} from 'vitest'
import {openingSource, sentenceSubject, subjectStart, wordsPointedBack} from '../../src/speakers/cues.js'
import type {Language} from '../../src/types.js'
import {readSentence, shown} from './support.js'

interface Row {
  lang: Language
  sentence: string
  /** The text of the mention, or null for none. */
  subject: string | null
}

/** The word the subject starts at, by `subjectStart`. */
function startWord(sentence: string, lang: Language): string {
  const read = readSentence(sentence, lang)
  return read.tokens[subjectStart(read.tokens, read.lexicon)].text
}

/** `sentenceSubject` from where `subjectStart` puts it; `known` tells which names the article has met. */
function subjectOf(sentence: string, lang: Language, known: (name: string) => boolean): string | null {
  const read = readSentence(sentence, lang)
  return sentenceSubject(read.tokens, subjectStart(read.tokens, read.lexicon), read.text, read.lexicon, known)?.text ?? null
}

describe('subjectStart: where the subject starts', () => {
  it.each([
    {lang: 'de', sentence: 'Auch die Sprecherin nannte den Plan „mutig“.', word: 'die'},
    {lang: 'de', sentence: 'Zudem sagte der Minister, das sei „ein Fehler“.', word: 'sagte'},
    // Past a dateline.
    {lang: 'de', sentence: 'BERLIN (AFP) – Der Minister nannte den Plan „mutig“.', word: 'Der'},
    {lang: 'fr', sentence: 'La Loge des Gardes (France) (AFP) - Le maire a qualifié le projet d’« absurde ».', word: 'Le'},
    {lang: 'fr', sentence: '(Seoul) Le ministre a jugé la proposition « inacceptable ».', word: 'Le'},
    // A lower-case word ends the look for a dateline.
    {lang: 'de', sentence: 'BERLIN (dpa) – Der Minister nannte den Plan „mutig“.', word: 'BERLIN'},
    // The side a sentence opens with is set off by its comma.
    {lang: 'fr', sentence: "Côté Entre-Deux-Mers, l'entraîneur a salué « un match solide ».", word: "l'entraîneur"},
    // A time or place comes first, not the subject.
    {lang: 'de', sentence: 'Bereits am Sonntagabend hatte der Bürgermeister von einem „schwarzen Tag“ gesprochen.', word: 'Bereits'}
  ] as const)('$lang: $sentence', ({lang, sentence, word}) => {
    expect(startWord(sentence, lang)).toBe(word)
  })
})

describe('sentenceSubject: the subject of a sentence', () => {
  const rows: Row[] = [
    // Past fronted phrases, each set off by a comma.
    {lang: 'fr', sentence: 'Mardi soir, devant la mairie, une riveraine a dénoncé « un scandale ».', subject: 'une riveraine'},
    // A role without its article opens the sentence, the name follows.
    {lang: 'fr', sentence: "Gérante d'une boulangerie depuis 1998, Martine Deprez a dénoncé « un scandale ».", subject: 'Martine Deprez'},
    // A source the sentence opens with is whom it is about.
    {lang: 'fr', sentence: 'Pour Kévin Delattre, dératiseur à Roubaix, le problème dépasse « la simple hygiène ».', subject: 'Kévin Delattre'},
    {lang: 'fr', sentence: 'Selon la maire, le projet est prématuré.', subject: 'la maire'},
    // A name before its apposition.
    {lang: 'fr', sentence: 'Dans la cuisine de chez Gérald, retraité, qui vit seul, des souris courent.', subject: 'Gérald'},
    {lang: 'en', sentence: 'In March, Oliver Strang, a retired teacher, said no.', subject: 'Oliver Strang'},
    // Past a clause with its own subject there is no fronted phrase.
    {lang: 'en', sentence: 'At the meeting she read a letter from Washington, which was signed.', subject: null},
    // Where the verb comes second: the subject after it.
    {lang: 'de', sentence: 'Zum Schluss wandte sich die Gerichtspräsidentin an den Angeklagten.', subject: 'die Gerichtspräsidentin'},
    {lang: 'de', sentence: 'Mittlerweile betreut sie drei Gruppen.', subject: 'sie'},
    {lang: 'de', sentence: 'Auf der anderen Seite haderte Hellwegs Trainer Sven Thorbecke mit dem Schiedsrichter.', subject: 'Hellwegs Trainer Sven Thorbecke'},
    {lang: 'de', sentence: 'Bereits am Sonntag zogen Demonstranten vor den Sitz der Regierung.', subject: 'Demonstranten'},
    // Never a plural of things.
    {lang: 'de', sentence: 'Seit Jahren stiegen Mieten in der Stadt.', subject: null},
    // After a copula, the name the sentence is about.
    {lang: 'de', sentence: 'Einer der Betroffenen ist Vasile, 52, aus Rumänien.', subject: 'Vasile'},
    // A clause in first place: the subject follows the verb after its comma.
    {lang: 'de', sentence: 'Ob er dabei sein wird, weiß Oltmanns noch nicht.', subject: 'Oltmanns'}
  ]
  it.each(rows)('$lang: $sentence', ({lang, sentence, subject}) => {
    expect(subjectOf(sentence, lang, () => false)).toBe(subject)
  })

  // One capitalised word nobody is called opens a sentence as often as a name does.
  it.each([
    {lang: 'de', sentence: 'Differenzierter sieht das die Wildbiologin Anna Berg so.', unknown: 'die Wildbiologin Anna Berg', known: 'Differenzierter'},
    {lang: 'de', sentence: 'Differenzierter sieht das die Wildbiologin so.', unknown: 'die Wildbiologin', known: 'Differenzierter'},
    {lang: 'en', sentence: 'Asked whether she would run again, Okonkwo-Lind laughed.', unknown: 'Okonkwo-Lind', known: 'Asked'},
    {lang: 'en', sentence: 'Among those pulled off the course was Kelly Strand, who called the conditions brutal.', unknown: 'Kelly Strand', known: 'Among'},
    // A name the article has met, after the verb.
    {lang: 'de', sentence: 'Eine Woche später lädt Hubacher zum Apéro.', unknown: null, known: 'Hubacher'}
  ] as const)('$lang: $sentence (the first word a name or not)', ({lang, sentence, unknown, known}) => {
    expect(subjectOf(sentence, lang, () => false)).toBe(unknown)
    expect(subjectOf(sentence, lang, () => true)).toBe(known)
  })
})

describe('wordsPointedBack: whose words a sentence opens by pointing back to', () => {
  it.each([
    {lang: 'de', sentence: 'Von diesem Versprechen des damaligen US-Präsidenten George Bush ist nicht viel übrig geblieben.', kind: 'name', text: 'des damaligen US-Präsidenten George Bush', name: 'George Bush'},
    {lang: 'en', sentence: 'These words of the minister were a promise.', kind: 'description', text: 'the minister', name: null},
    {lang: 'fr', sentence: 'Ces propos du maire sont une promesse.', kind: 'description', text: 'maire', name: null}
  ] as const)('$lang: $sentence', ({lang, sentence, kind, text, name}) => {
    const read = readSentence(sentence, lang)
    expect(shown(wordsPointedBack(read.tokens, read.text, read.lexicon))).toMatchObject({kind, text, name})
  })

  it('points back to nobody without a demonstrative', () => {
    const read = readSentence('Das Versprechen des Präsidenten ist gebrochen.', 'de')
    expect(wordsPointedBack(read.tokens, read.text, read.lexicon)).toBeNull()
  })
})

describe('openingSource: the source a sentence opens with', () => {
  it.each([
    {lang: 'de', sentence: 'Aus dem Ministerium hieß es, man prüfe den Fall.', text: 'dem Ministerium', name: null},
    {lang: 'fr', sentence: "Au ministère de l'Économie, on assure que tout va bien.", text: "ministère de l'Économie", name: null},
    {lang: 'fr', sentence: 'Du côté de la Drac Occitanie, on se montre prudent.', text: 'Drac Occitanie', name: 'Drac Occitanie'},
    {lang: 'fr', sentence: 'Côté SNCF, on se montre prudent.', text: 'SNCF', name: 'SNCF'},
    // A document the sentence opens with speaks for its author, in the nominative.
    {lang: 'de', sentence: 'In einem Positionspapier des Bundesministeriums heißt es, man prüfe den Fall.', text: 'des Bundesministeriums', name: 'Bundesministerium'},
    {lang: 'de', sentence: 'In einem Positionspapier des Bundesministeriums des Innern heißt es, man prüfe den Fall.', text: 'des Bundesministeriums des Innern', name: 'Bundesministerium des Innern'}
  ] as const)('$lang: $sentence', ({lang, sentence, text, name}) => {
    const read = readSentence(sentence, lang)
    const source = openingSource(read.tokens, read.text, read.lexicon)
    expect(source === 'document' ? source : shown(source)).toMatchObject({text, name})
  })

  it.each([
    // A lower-case noun with no article after "Côté" names no source.
    {lang: 'fr', sentence: 'Côté préfecture, on se montre prudent.', source: null},
    // A document with no author named with it: 'document', whose author the sentence before names.
    {lang: 'de', sentence: 'In einer Stellungnahme hieß es, man prüfe den Fall.', source: 'document'}
  ] as const)('$lang: $sentence', ({lang, sentence, source}) => {
    const read = readSentence(sentence, lang)
    expect(openingSource(read.tokens, read.text, read.lexicon)).toBe(source)
  })
})
