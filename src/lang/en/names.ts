/** English names of people: titles, particles, and the words that make a quotation a name. */
import {capitalParticles, nameParticles} from '../international.js'
import type {Names} from '../types.js'

export const names: Names = {
  loneGroupWords: [
    'republican', 'republicans', 'democrat', 'democrats', 'democratic', 'conservative', 'conservatives', 'liberal', 'liberals',
    'libertarian', 'libertarians', 'progressive', 'progressives', 'muslim', 'muslims', 'evangelicals', 'catholics'
  ],
  notNameStarts: ['another', 'among', 'of', 'who', 'whom', 'whose', 'which', 'more', 'most', 'former', 'asked', 'why', 'how', 'what', 'whatever', 'when', 'where', 'while', 'instead', 'yet', 'still', 'also', 'later', 'earlier', 'meanwhile', 'speaking', 'according', 'regarding', 'report', 'reports', 'top', 'new', 'here', 'there', 'now', 'then', 'thanks', 'despite', 'unlike', 'like',
    // Sentence adverbs before a comma: "Likewise, a paper from …".
    'likewise', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'however', 'indeed', 'similarly', 'conversely',
    // An auxiliary that opens a question: "Do we …".
    'do', 'does', 'did'],
  titles: ['mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sir', 'lady', 'lord', 'sen', 'rep', 'gov', 'capt', 'lt', 'col', 'maj', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'brig', 'rev', 'pres', 'supt', 'det'],
  objectTitles: [],
  titleGenders: {lady: 'f', mrs: 'f', ms: 'f', sir: 'm', lord: 'm', mr: 'm'},
  nameParticles,
  capitalParticles,
  loneArticles: [],
  articleParticles: [],
  doubleFirstName: null,
  possessive: /\p{L}['’]s$/u,
  pluralPossessive: /s$/u,
  namingWords: ['called', 'named', 'titled', 'entitled', 'dubbed', 'so-called', 'slogan', 'motto', 'term', 'word', 'reading', 'read', 'document', 'report', 'book', 'album', 'film', 'song', 'show', 'series'],
  knownAs: ['as'],
  knownBy: ['known', 'nicknamed', 'dubbed', 'styled', 'branded', 'referred', 'billed'],
  namePhrases: ['under the name', 'by the name'],
  soGenannt: ['so called'],
  personPrepositions: ['with', 'for', 'against', 'by'],
  sides: []
}
