/** German: everything the extractor knows of the language. */
import type {LanguageData} from '../types.js'
import {box} from './box.js'
import {labels} from './labels.js'
import {speech} from './speech.js'

export const de: LanguageData = {
  speech,
  labels,
  box,
  markers: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'des', 'auf', 'für', 'ein', 'eine', 'dem', 'den', 'zu', 'von', 'sagte', 'wurde', 'auch']
}
