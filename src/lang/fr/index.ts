/** French: everything the extractor knows of the language. */
import type {LanguageData} from '../types.js'
import {box} from './box.js'
import {labels} from './labels.js'
import {speech} from './speech.js'

export const fr: LanguageData = {
  speech,
  labels,
  box,
  markers: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'pour', 'dans', 'que', 'qui', 'du', 'un', 'pas', 'au', 'sur', 'a', 'il', 'elle', 'avec']
}
