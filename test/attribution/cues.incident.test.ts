/**
 * The examples of src/speakers/cues.ts for verbs fused with their pronoun ('inverted': "estime-t-il";
 * 'inverted-auxiliary': "», a-t-il souri") and for any verb after a quotation whose subject follows it ('incident':
 * "« … », savoure X"; 'incident-auxiliary': "», a fait valoir l'avocat"), as tests.
 */
import {describe, expect, it} from 'vitest'
import {type CueRow, cuesIn, quoteMention} from './support.js'

const verb = (pattern: string, text: string, mention: string | null): CueRow['cue'] => ({pattern, kind: 'verb', text, mention})

const families: Array<[pattern: string, rows: CueRow[]]> = [
  [
    'inverted',
    [
      {lang: 'fr', sentence: '« C’est fini », a-t-elle ajouté.', cue: verb('inverted', 'a-t-elle', 'a-t-elle')},
      {lang: 'fr', sentence: '« C’est trop tard », estime-t-il.', cue: verb('inverted', 'estime-t-il', 'estime-t-il')},
      {lang: 'fr', sentence: '« C’est trop tard », estime-t-elle.', cue: verb('inverted', 'estime-t-elle', 'estime-t-elle')},
      {lang: 'fr', sentence: '« Nous verrons », poursuit-elle.', cue: verb('inverted', 'poursuit-elle', 'poursuit-elle')}
    ]
  ],
  [
    'inverted-auxiliary',
    [{lang: 'fr', sentence: '« Bien sûr », a-t-il souri.', cue: verb('inverted-auxiliary', 'a-t-il souri', 'a-t-il')}]
  ],
  [
    'incident',
    [
      {lang: 'fr', sentence: '« C’est magnifique », savoure Yannick Le Goff.', cue: verb('incident', 'savoure', 'Yannick Le Goff')},
      {lang: 'fr', sentence: '« Entrez », sourit le portier.', cue: verb('incident', 'sourit', 'le portier')},
      {lang: 'de', sentence: '„Das ist ein großer Tag“, lachte die Ministerin.', cue: verb('incident', 'lachte', 'die Ministerin')},
      {lang: 'en', sentence: '“We were lucky,” laughed the coach.', cue: verb('incident', 'laughed', 'the coach')},
      // A speech verb is read as one: "freute sich" is no incident.
      {lang: 'de', sentence: '„Das ist ein großer Tag“, freute sich die Ministerin.', cue: verb('verb-first', 'freute', 'die Ministerin')}
    ]
  ],
  [
    'incident-auxiliary',
    [
      {lang: 'fr', sentence: '« Il manque deux millions », a calculé le chef de groupe, Pierre-Alain Chevalley.', cue: verb('incident-auxiliary', 'a calculé', 'le chef de groupe, Pierre-Alain Chevalley')},
      // Past the infinitive of a causative.
      {lang: 'fr', sentence: "« Mon client est innocent », a fait valoir l'avocat.", cue: verb('incident-auxiliary', 'a fait valoir', "l'avocat")},
      {lang: 'fr', sentence: '« La route restera fermée », a fait savoir la préfecture.', cue: verb('incident-auxiliary', 'a fait savoir', 'la préfecture')}
    ]
  ]
]

describe.each(families)('fused and incident verbs, pattern %s', (_pattern, rows) => {
  it.each(rows)('$lang: $sentence', ({lang, sentence, cue}) => {
    expect(cuesIn(sentence, lang)).toContainEqual(cue)
  })
})

describe('fused and incident verbs that attribute nothing', () => {
  it.each([
    // Impersonal: nobody speaks.
    {lang: 'fr', sentence: '« Tout va bien », peut-on lire sur le site.'},
    {lang: 'fr', sentence: 'Faut-il rappeler que le maire avait promis « un parc » ?'},
    // The quotation must end its clause: "„Gocta“ bekannten Wasserfall".
    {lang: 'de', sentence: 'Den als „Gocta“ bekannten Wasserfall besuchten viele.'}
  ] as const)('$lang: $sentence', ({lang, sentence}) => {
    expect(cuesIn(sentence, lang).filter((c) => c.pattern.startsWith('inverted') || c.pattern.startsWith('incident'))).toEqual([])
  })
})

describe('incident verbs: the words that attribute the quotation (extractFacts)', () => {
  it.each([
    {lang: 'fr', sentence: '« C’est magnifique », savoure Yannick Le Goff.', quote: 'C’est magnifique', mention: 'Yannick Le Goff'},
    {lang: 'fr', sentence: '« Il manque deux millions », a calculé le chef de groupe, Pierre-Alain Chevalley.', quote: 'Il manque deux millions', mention: 'le chef de groupe, Pierre-Alain Chevalley'},
    {lang: 'en', sentence: '“We were lucky,” laughed the coach.', quote: 'We were lucky,', mention: 'the coach'}
  ] as const)('$lang: $sentence', ({lang, sentence, quote, mention}) => {
    expect(quoteMention(sentence, lang, quote)).toBe(mention)
  })
})
