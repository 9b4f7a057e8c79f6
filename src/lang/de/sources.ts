/** German words that attribute a quotation to a source: "laut X", "nach Angaben von X", "X zufolge", "heißt es aus …". */
import type {Sources} from '../types.js'

export const sources: Sources = {
  // Prepositions and words that introduce a source: "laut X", "so X", "nach Angaben von X", "X zufolge".
  sourceBefore: ['laut', 'so', 'gemäß'],
  pauseSources: ['so'],
  closingSources: ['so'],
  personSources: [],
  sourcePhrases: [
    'nach angaben',
    'nach ansicht',
    'nach auffassung',
    'nach meinung',
    'nach einschätzung',
    'nach aussage',
    'nach aussagen',
    'nach worten',
    'nach den worten',
    'nach darstellung',
    'nach informationen',
    'nach überzeugung',
    'aus sicht',
    'in den worten'
  ],
  sourcePrepositions: ['von', 'vom'],
  sourceAfter: ['zufolge'],
  // Nouns and phrases that make a clause a statement: "war der Ansicht", "sprach von".
  opinionPhrases: ['der ansicht', 'der meinung', 'der auffassung', 'überzeugt', 'zuversichtlich', 'besorgt', 'sicher'],
  viewPrepositions: ['für'],
  withWords: {phrases: ['mit den worten', 'mit folgenden worten'], shown: 'mit den Worten'},
  agentMarkers: ['von', 'vom'],
  // Words that follow a name in non-nominative use: "sagte er Herrn Putin".
  addresseeMarkers: ['gegenüber', 'zu', 'an'],
  quotingNouns: ['worten', 'worte', 'satz', 'sätzen', 'aussage', 'appell', 'warnung', 'forderung', 'versprechen', 'äußerung', 'zusage', 'ankündigung'],
  wordNouns: ['bezeichnung', 'begriff', 'wort', 'ausdruck', 'formulierung', 'vokabel', 'schlagwort', 'wortwahl'],
  ownerMarkers: {des: 'genitive', der: 'genitive'},
  documentPointers: ['darin', 'dort', 'hierin'],
  statementSources: ['bei', 'beim', 'aus', 'von', 'vom', 'seitens'],
  placePrepositions: ['in'],
  insidePrepositions: ['in', 'im']
}
