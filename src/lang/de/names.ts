/** German names of people: titles, particles, and the words that make a quotation a name. */
import {capitalParticles, nameParticles} from '../international.js'
import type {Names} from '../types.js'

export const names: Names = {
  notNameStarts: ['mehr', 'ehemalige', 'ehemaliger', 'frühere', 'früherer', 'warum', 'wie', 'was', 'wann', 'wo', 'auch', 'dennoch', 'jedoch', 'später', 'zuvor', 'gefragt', 'laut'],
  titles: ['herr', 'frau', 'dr', 'prof', 'professor', 'professorin', 'sir', 'lady', 'lord', 'mr', 'mrs', 'ms'],
  objectTitles: ['herrn'],
  titleGenders: {frau: 'f', professorin: 'f', lady: 'f', mrs: 'f', ms: 'f', herr: 'm', sir: 'm', lord: 'm', mr: 'm'},
  nameParticles,
  capitalParticles,
  loneArticles: ['der', 'den', 'des', 'dem'],
  articleParticles: ['von', 'van', 'de'],
  doubleFirstName: /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u,
  possessive: null,
  pluralPossessive: null,
  namingWords: [
    'sogenannt', 'sogenannte', 'sogenannten', 'sogenannter', 'sogenanntes', 'genannt', 'genannte', 'genannten', 'namens',
    'titel', 'motto', 'slogan', 'stichwort', 'schlagwort', 'begriff', 'wort', 'unwort', 'name', 'namen', 'marke',
    'betitelt', 'heißt', 'hieß', 'nennt', 'nannte', 'taufte', 'getauft'
  ],
  knownAs: ['als'],
  knownBy: ['bekannt', 'genannt', 'betitelt'],
  namePhrases: ['unter dem namen', 'mit dem namen'],
  soGenannt: ['so genannt', 'so genannte', 'so genannten', 'so genannter', 'so genanntes', 'so bezeichnet', 'so bezeichnete', 'so bezeichneten'],
  personPrepositions: ['bei', 'mit', 'für', 'gegen', 'neben'],
  sides: []
}
