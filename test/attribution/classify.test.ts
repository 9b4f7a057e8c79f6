/**
 * The examples of src/quotes/classify.ts as tests: whether the words around a quoted span name a thing (a title, a
 * name, "so genannt", a scare quote) rather than quote someone, by `isNaming` itself (the attribution stage that calls
 * it is being changed). `attributed`: whether a cue attributes the span, as the attribution stage tells it.
 */
import {describe, expect, it} from 'vitest'
import {isNaming, shapeOf} from '../../src/quotes/classify.js'
import type {Language} from '../../src/types.js'
import {readSentence} from './support.js'

interface Row {
  lang: Language
  sentence: string
  /** The quoted words, without their marks. */
  quote: string
  attributed: boolean
  naming: boolean
}

/** `isNaming` on the quotation token of the first sentence of `sentence` that holds `quote`. */
function naming({lang, sentence, quote, attributed}: Row): boolean {
  const read = readSentence(sentence, lang)
  const at = read.tokens.findIndex((t) => t.kind === 'quote' && t.text.includes(quote))
  if (at < 0) throw new Error(`no quotation ${JSON.stringify(quote)} in ${JSON.stringify(sentence)}`)
  return isNaming(read.tokens, at, shapeOf(quote), read.lexicon, attributed)
}

const tables: Array<[title: string, rows: Row[]]> = [
  [
    'titles, names and terms are nobody’s words',
    [
      {lang: 'de', sentence: 'Er nutzt den Browser „Mozilla Firefox“.', quote: 'Mozilla Firefox', attributed: false, naming: true},
      {lang: 'de', sentence: 'Er schrieb das Buch „Deutschland schafft sich ab“.', quote: 'Deutschland schafft sich ab', attributed: false, naming: true},
      {lang: 'de', sentence: 'Das berichtete die „Financial Times“.', quote: 'Financial Times', attributed: false, naming: true},
      {lang: 'de', sentence: 'Forscher fanden so genannte „Ur-Fische“.', quote: 'Ur-Fische', attributed: false, naming: true}
    ]
  ],
  [
    'a comma inside the marks',
    [
      // It ends a sentence cut by its attribution.
      {lang: 'en', sentence: '“We will,” she said.', quote: 'We will,', attributed: true, naming: false},
      // With no attribution after it, it only sets a name off.
      {lang: 'en', sentence: 'They held a fundraiser, “Back on the Ice,” to restart the rink.', quote: 'Back on the Ice,', attributed: false, naming: true},
      {lang: 'en', sentence: 'The documentary “Salt Water Girls,” lifted her career.', quote: 'Salt Water Girls,', attributed: false, naming: true}
    ]
  ],
  [
    'named by its neighbours',
    [
      {lang: 'en', sentence: 'They sailed on a ship called “Kestrel” last year.', quote: 'Kestrel', attributed: false, naming: true},
      {lang: 'de', sentence: 'Der Bär, „Bruno“ genannt, wurde erschossen.', quote: 'Bruno', attributed: false, naming: true},
      // What someone calls a thing is their word for it.
      {lang: 'en', sentence: 'She criticised rules which she called “a headache, but not this headache”.', quote: 'a headache, but not this headache', attributed: true, naming: false},
      {lang: 'en', sentence: 'It is a measure its author called “a lifeline for families”.', quote: 'a lifeline for families', attributed: true, naming: false},
      // Someone is a pronoun, a role or a name: "sponsor" is no role, and "called" names.
      {lang: 'en', sentence: 'It is a measure its sponsor called “a lifeline for families”.', quote: 'a lifeline for families', attributed: true, naming: true},
      // A name the sentence is about, standing as its subject.
      {lang: 'de', sentence: '„Landser“ habe in seinen Liedern zur Gewalt aufgerufen.', quote: 'Landser', attributed: false, naming: true},
      {lang: 'en', sentence: '“Jaws” was released in 1975.', quote: 'Jaws', attributed: false, naming: true},
      {lang: 'fr', sentence: '« Le Monde » a révélé l’affaire.', quote: 'Le Monde', attributed: false, naming: true},
      // A title where nouns are lower case: its long words all capitalised.
      {lang: 'fr', sentence: 'Il a lu « Le Pêcheur de Lune » hier soir.', quote: 'Le Pêcheur de Lune', attributed: false, naming: true},
      {lang: 'en', sentence: 'The city started “Homes Within Reach” in May.', quote: 'Homes Within Reach', attributed: false, naming: true},
      // A cue elsewhere in the sentence does not make it speech.
      {lang: 'en', sentence: 'The trust founded its schools programme, “Strings in the Valley”, and called the closure “a tragedy”.', quote: 'Strings in the Valley', attributed: true, naming: true},
      // A quoted name before the noun it names.
      {lang: 'en', sentence: 'The firm launched its “Kestrel” line.', quote: 'Kestrel', attributed: false, naming: true},
      // A name after a definite article, whoever speaks; but a speaker's one word with a common noun's ending is their term.
      {lang: 'de', sentence: 'Das meldete die „Automobilwoche“.', quote: 'Automobilwoche', attributed: true, naming: true},
      {lang: 'de', sentence: 'Er sprach von der Aufhebung des „Kriegsrechtes“.', quote: 'Kriegsrechtes', attributed: false, naming: true},
      {lang: 'de', sentence: 'Er sagte, man werde gegen den „Terrorismus“ vorgehen.', quote: 'Terrorismus', attributed: true, naming: false}
    ]
  ],
  [
    'a name set off after its class noun',
    [
      {lang: 'de', sentence: 'Das Prinzip, „ein Mann, eine Stimme“, gebe es nicht mehr.', quote: 'ein Mann, eine Stimme', attributed: false, naming: true},
      {lang: 'fr', sentence: 'Ils ont lancé une pétition, « Sauvons les humanités », qui circule.', quote: 'Sauvons les humanités', attributed: false, naming: true},
      {lang: 'en', sentence: 'They started a crowdfunding campaign, “Keep Marram Warm”, which raised £5,000.', quote: 'Keep Marram Warm', attributed: false, naming: true},
      // Never after someone; never a phrase that opens with a preposition.
      {lang: 'de', sentence: 'Das sagte der Minister, „ohne Wenn und Aber“.', quote: 'ohne Wenn und Aber', attributed: true, naming: false},
      {lang: 'de', sentence: 'Er lobte den Einsatz, „ohne den wir verloren wären“.', quote: 'ohne den wir verloren wären', attributed: false, naming: false}
    ]
  ],
  [
    'marked as a name, or as a quotation',
    [
      {lang: 'en', sentence: 'The ship, known around town as “the Old Lady”, sank.', quote: 'the Old Lady', attributed: false, naming: true},
      {lang: 'fr', sentence: 'Il est connu sous le nom de « Bruno » dans le quartier.', quote: 'Bruno', attributed: false, naming: true},
      {lang: 'de', sentence: 'Er trat unter dem Namen „Bruno“ auf.', quote: 'Bruno', attributed: false, naming: true},
      {lang: 'en', sentence: 'He wrote under the name “Bruno” for years.', quote: 'Bruno', attributed: false, naming: true},
      {lang: 'de', sentence: 'Die so genannten „Ur-Fische“ sind selten.', quote: 'Ur-Fische', attributed: false, naming: true},
      {lang: 'de', sentence: 'Er spielte in „Jungle Fever“ (1991) mit.', quote: 'Jungle Fever', attributed: false, naming: true},
      {lang: 'de', sentence: 'Das meldete laut „news.bbc.co.uk“ die BBC.', quote: 'news.bbc.co.uk', attributed: false, naming: true},
      {lang: 'de', sentence: 'Die Gewerkschaft (kurz: „IG Bau“) protestiert.', quote: 'IG Bau', attributed: false, naming: true},
      {lang: 'de', sentence: 'Es gibt Kreuzungen („Hybride“) zwischen Wolf und Hund.', quote: 'Hybride', attributed: false, naming: true},
      // "mit den Worten „…“" announces a quotation.
      {lang: 'de', sentence: 'Er begann mit den Worten „Liebe Freunde“.', quote: 'Liebe Freunde', attributed: false, naming: false}
    ]
  ],
  [
    'a name where a noun stands',
    [
      {lang: 'de', sentence: 'Die Sonde „Cassini“ erreichte den Saturn.', quote: 'Cassini', attributed: false, naming: true},
      // The word someone is said to have used is theirs.
      {lang: 'de', sentence: 'Er verteidigte die Bezeichnung „Gesindel“.', quote: 'Gesindel', attributed: true, naming: false},
      {lang: 'de', sentence: 'Das berichtet laut „Reuters“ die Polizei.', quote: 'Reuters', attributed: false, naming: true},
      // One attributed word is a term the speaker used.
      {lang: 'de', sentence: 'Analysten sprachen von „Panikverkäufen“.', quote: 'Panikverkäufen', attributed: true, naming: false},
      // A heading-like span with a number.
      {lang: 'de', sentence: 'Das Raumschiff „Shenzhou 6“ besteht aus drei Modulen.', quote: 'Shenzhou 6', attributed: false, naming: true}
    ]
  ]
]

describe.each(tables)('isNaming: %s', (_title, rows) => {
  it.each(rows)('$lang: $sentence', (row) => {
    expect(naming(row)).toBe(row.naming)
  })
})
