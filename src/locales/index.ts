/** The languages the extractor speaks: one module of words per language. */
import type {Language} from '../types.js'
import {de} from './de/speech.js'
import {en} from './en/speech.js'
import {fr} from './fr/speech.js'
import type {SpeechLocale} from './types.js'

export const speechLocales: Readonly<Record<Language, SpeechLocale>> = {de, en, fr}
export type {SpeechLocale} from './types.js'
