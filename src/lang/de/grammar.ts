/** German pronouns, determiners, prepositions and endings. */
import type {Grammar} from '../types.js'

export const grammar: Grammar = {
  lowercaseNouns: false,
  compoundNouns: true,
  nominativePronouns: {er: 'm', sie: 'f'},
  objectPronouns: {ihn: 'm', ihm: 'm', ihr: 'f', ihnen: 'p'},
  statementPronoun: 'es',
  impersonalSubject: null,
  datives: ['ihm', 'ihr', 'ihnen', 'uns', 'mir', 'dir', 'euch'],
  reflexives: ['sich'],
  clitics: ['sich'],
  relativePronouns: ['der', 'die', 'das', 'welcher', 'welche', 'welches'],
  relativesAreArticles: true,
  prepositionalRelatives: ['dem', 'der', 'denen', 'welchem', 'welcher', 'welchen'],
  nominativeDeterminers: ['der', 'die', 'das', 'ein', 'eine', 'dieser', 'diese', 'dieses', 'jener', 'jene', 'kein', 'keine'],
  otherDeterminers: ['den', 'dem', 'des', 'einen', 'einem', 'einer', 'eines', 'diesen', 'diesem', 'deren', 'dessen'],
  demonstratives: ['dieser', 'diese', 'dieses', 'jener', 'jene'],
  demonstrativeForms: ['dies', 'diese', 'diesem', 'diesen', 'dieser', 'dieses'],
  indefinites: ['ein', 'eine', 'einer', 'einem', 'einen', 'eines'],
  definiteArticles: ['der', 'die', 'das', 'den', 'dem', 'des'],
  definiteGenders: {der: 'm', die: 'f'},
  masculineDeterminers: ['der', 'ein', 'dieser', 'jener', 'kein', 'sein', 'ihr', 'unser', 'des', 'eines', 'dem', 'einem', 'dessen'],
  feminineDeterminers: ['die', 'eine'],
  determinerGenders: {},
  genitiveArticles: ['des', 'der'],
  nominativeArticle: 'der',
  possessives: ['sein', 'seine', 'ihr', 'ihre', 'unser', 'unsere'],
  prepositions: ['in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'für', 'gegen', 'mit', 'nach', 'seit', 'von', 'vom', 'vor', 'zu', 'zum', 'zur', 'über', 'unter', 'während', 'wegen', 'trotz', 'durch', 'ohne', 'um', 'bis', 'ab', 'neben', 'hinter', 'zwischen', 'innerhalb', 'außerhalb', 'gemäß', 'entgegen', 'samt', 'mitsamt', 'gegenüber', 'ins', 'ans', 'aufs', 'nahe'],
  fusedArticles: {},
  fusedPrepositions: ['am', 'im'],
  // Words that may stand between a verb and its subject: "sagte auch der Minister".
  fillers: [
    'auch', 'dazu', 'zudem', 'jedoch', 'aber', 'nun', 'bereits', 'ebenfalls', 'später', 'dann', 'weiter', 'weiterhin',
    'außerdem', 'allerdings', 'indes', 'hingegen', 'daraufhin', 'dabei', 'damals', 'zuletzt', 'noch', 'schon', 'sogar',
    'etwa', 'zufolge', 'gestern', 'heute', 'am', 'kürzlich', 'erneut', 'wiederum', 'seinerseits', 'ihrerseits',
    'darüber', 'hinaus', 'sich', 'ihn', 'es', 'ferner', 'zuvor', 'gleichzeitig', 'zugleich', 'ebenso', 'offenbar', 'denn', 'wörtlich'
  ],
  // Words that start a sentence without being anyone's name: prepositions, conjunctions, adverbs.
  functionWords: [
    'in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'für', 'gegen', 'mit', 'nach', 'seit', 'von', 'vom', 'vor',
    'zu', 'zum', 'zur', 'über', 'unter', 'während', 'wegen', 'trotz', 'durch', 'ohne', 'um', 'bis', 'ab', 'als', 'wie',
    'und', 'oder', 'aber', 'doch', 'denn', 'dass', 'ob', 'wenn', 'weil', 'obwohl', 'da', 'dort', 'hier', 'so', 'auch',
    'dabei', 'damit', 'darin', 'darauf', 'daraufhin', 'dazu', 'später', 'zuvor', 'unterdessen', 'außerdem', 'zudem',
    'jedoch', 'dann', 'danach', 'anschließend', 'schließlich', 'bereits', 'hingegen', 'nun', 'jetzt', 'heute',
    'gestern', 'morgen', 'laut', 'zufolge', 'es', 'man', 'wir', 'ich', 'du', 'ihr', 'sie', 'er', 'sein', 'seine', 'ihre',
    'nicht', 'noch', 'nur', 'immer', 'alle', 'viele', 'einige', 'mehrere', 'andere', 'beide', 'zwei', 'drei', 'eines',
    'dies', 'das', 'was', 'wer', 'wo', 'wann', 'warum', 'wieso', 'indem', 'sowie', 'sowohl', 'weder', 'entweder',
    // "Eine davon ist …".
    'davon', 'darunter',
    'allerdings', 'insgesamt', 'zunächst', 'erst', 'zuerst', 'zuletzt', 'derzeit', 'zurzeit', 'inzwischen',
    'mittlerweile', 'demnach', 'deshalb', 'daher', 'darum', 'trotzdem', 'dennoch', 'stattdessen', 'vielmehr',
    'ebenso', 'gleichzeitig', 'zugleich', 'ferner', 'weiter', 'weiterhin', 'einst', 'damals', 'kürzlich', 'neben',
    'hinter', 'zwischen', 'innerhalb', 'außerhalb', 'gemäß', 'entgegen', 'samt', 'mitsamt', 'gegenüber', 'wieder'
  ],
  subordinators: ['dass', 'ob', 'wenn', 'als', 'weil', 'obwohl', 'nachdem', 'bevor', 'während', 'da', 'und', 'aber', 'oder', 'denn', 'doch'],
  conjunctions: ['und', 'sowie', 'oder'],
  compoundConjunctions: ['und', 'oder'],
  comparisons: ['als', 'wie'],
  abbreviations: [
    'dr', 'prof', 'bzw', 'ca', 'vgl', 'usw', 'etc', 'nr', 'st', 'mio', 'mrd', 'bzw', 'ggf', 'evtl', 'inkl', 'zb', 'z', 'b',
    'u', 'a', 'v', 'chr', 'jh', 'jhd', 'abs', 'art', 'str', 'tel', 'hr', 'fr', 'mr', 'mrs', 'ms', 'jr', 'sr', 'co',
    'gen', 'lt', 'bsp', 'sog', 'ev', 'bzgl', 'ebd', 'inc', 'ltd', 'corp', 'min', 'max', 'ff', 'rd', 'ung', 'dt'
  ],
  numberWord: /^(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|dutzende|hunderte|tausende|mehrere|einige)$/u,
  adjectiveEnding: /(e|en|er|es|em)$/u,
  placeAdjective: /^\p{Lu}\p{Ll}+(?:er|e|en|es)$/u,
  notAdjectives: ['alle', 'allen', 'aller', 'keine', 'keinen', 'seine', 'seinen', 'seiner', 'ihre', 'ihren', 'ihrer', 'diese', 'diesen', 'dieser', 'jede', 'jeden', 'jeder', 'jedes', 'viele', 'vielen', 'wenige', 'wenigen', 'manche', 'manchen', 'einige', 'einigen', 'mehrere', 'beide', 'beiden', 'unsere', 'unseren', 'deren', 'dessen', 'eine', 'einen', 'einer', 'einem', 'des', 'der', 'den', 'dem', 'die'],
  commonNounEnding: /(ung|heit|keit|schaft|tion|tät|ismus|nis|tum|chen|ern|ungen|ionen|eien|ien)$/u,
  pluralEndings: [['innen', 'in'], ['en', ''], ['n', ''], ['s', '']],
  pluralEnding: /en$/u,
  genitiveEndings: ['es', 's'],
  genitiveName: /\p{Ll}s$/u,
  elidedArticle: null,
  elidedDefinite: null,
  elidedOf: null,
  elidedClitic: null,
  elidedReflexive: null,
  // "das auswärtige Amt" → "Auswärtiges Amt", "der oberste Gerichtshof" → "Oberster Gerichtshof".
  bareAdjective: (adjective, determiner) => (adjective.endsWith('e') ? adjective + (determiner === 'das' ? 's' : determiner === 'der' ? 'r' : '') : adjective)
}
