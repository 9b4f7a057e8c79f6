/** French words that attribute a quotation to a source: "selon X", "d'après X", "indique-t-on à …". */
import type {Sources} from '../types.js'

export const sources: Sources = {
  sourceBefore: ['selon', 'pour', 'd’après', "d'après"],
  pauseSources: ['pour'],
  closingSources: [],
  personSources: ['pour'],
  sourcePhrases: ["d' après", 'de l’avis', "de l' avis"],
  sourcePrepositions: [],
  sourceAfter: [],
  opinionPhrases: ['convaincu', 'convaincue', 'persuadé', 'persuadée'],
  viewPrepositions: [],
  withWords: null,
  agentMarkers: ['par'],
  addresseeMarkers: ['à'],
  quotingNouns: ['mots', 'propos', 'termes', 'phrase', 'déclaration', 'promesse', 'paroles'],
  wordNouns: ['terme', 'mot', 'expression', 'formule', 'qualificatif'],
  ownerMarkers: {de: 'preposition', du: 'fused', des: 'genitive'},
  documentPointers: ['y', 'où'],
  statementSources: ['à', 'au', 'aux', 'auprès', 'de', 'du', 'chez'],
  placePrepositions: ['à'],
  insidePrepositions: []
}
