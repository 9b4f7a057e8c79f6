/** English words that attribute a quotation to a source: "according to X", "per X". */
import type {Sources} from '../types.js'

export const sources: Sources = {
  sourceBefore: ['per'],
  pauseSources: [],
  closingSources: [],
  personSources: [],
  sourcePhrases: ['according to', 'in the words of', 'in the view of'],
  sourcePrepositions: [],
  sourceAfter: [],
  opinionPhrases: ['believes', 'thinks', 'is convinced', 'was convinced'],
  viewPrepositions: [],
  withWords: null,
  agentMarkers: ['by'],
  addresseeMarkers: ['to'],
  quotingNouns: ['words', 'saying', 'statement', 'warning', 'promise', 'pledge', 'remark', 'remarks'],
  wordNouns: ['term', 'word', 'phrase', 'expression', 'label'],
  ownerMarkers: {of: 'preposition'},
  documentPointers: ['it', 'therein'],
  statementSources: [],
  placePrepositions: ['in'],
  insidePrepositions: []
}
