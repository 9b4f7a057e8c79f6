/** French names of people: titles, particles, and the words that make a quotation a name. */
import {capitalParticles, nameParticles} from '../international.js'
import type {Names} from '../types.js'

export const names: Names = {
  notNameStarts: ['plus', 'ancien', 'ancienne', 'pourquoi', 'comment', 'quand', 'où', 'aussi', 'pourtant', 'ensuite', 'interrogé', 'interrogée', 'selon'],
  titles: ['m', 'mme', 'mlle', 'dr', 'pr', 'monsieur', 'madame', 'maître', 'me', 'p', 'mgr'],
  objectTitles: [],
  titleGenders: {mme: 'f', madame: 'f', mlle: 'f', m: 'm', monsieur: 'm'},
  nameParticles,
  capitalParticles,
  loneArticles: ['la', 'le', 'les'],
  articleParticles: [],
  doubleFirstName: null,
  possessive: null,
  pluralPossessive: null,
  namingWords: ['appelé', 'appelée', 'baptisé', 'baptisée', 'intitulé', 'intitulée', 'surnommé', 'surnommée', 'nommé', 'slogan', 'devise', 'mot', 'terme'],
  knownAs: ['comme'],
  knownBy: ['connu', 'connue', 'connus', 'connues', 'surnommé', 'surnommée'],
  namePhrases: ['sous le nom de', 'sous le nom d’', "sous le nom d'"],
  soGenannt: ['soi disant'],
  personPrepositions: ['avec', 'pour', 'contre', 'chez', 'par'],
  sides: ['côté']
}
