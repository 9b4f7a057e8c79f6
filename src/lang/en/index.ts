/** English: everything the extractor knows of the language. */
import type {LanguageData} from '../types.js'
import {box} from './box.js'
import {labels} from './labels.js'
import {speech} from './speech.js'

export const en: LanguageData = {
  speech,
  labels,
  box,
  markers: ['the', 'and', 'of', 'to', 'is', 'that', 'in', 'was', 'for', 'on', 'with', 'said', 'as', 'by', 'it', 'he', 'she', 'at', 'from', 'have']
}
