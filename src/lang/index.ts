/**
 * The languages the extractor speaks: the only registry. Each language is a folder, src/lang/<xx>/, whose
 * index.ts gathers everything it knows (see `LanguageData`); the engine reads only what is registered here.
 *
 * Dates: the words of the temporal tagger move to src/lang/<xx>/dates.ts and are then registered here too, as a
 * `dates` field of `LanguageData`.
 */
import type {BoxWords} from '../box/settings.js'
import type {Language} from '../types.js'
import {de} from './de/index.js'
import {en} from './en/index.js'
import {fr} from './fr/index.js'
import type {LanguageData, SpeechLocale} from './types.js'

/** Every language, by its code. The order is the order of `detectLanguage`'s ties after the fallback. */
export const languages: Readonly<Record<Language, LanguageData>> = {de, en, fr}

/** The language of a text that gives no evidence of its own. */
export const fallbackLanguage: Language = 'de'

/** The words for finding quotations and speakers, per language. */
export const speechLocales: Readonly<Record<Language, SpeechLocale>> = {de: de.speech, en: en.speech, fr: fr.speech}

/** What the key-facts box reads of each language (see `BoxWords`). */
export const boxWords: Readonly<Record<Language, BoxWords>> = {de: de.box, en: en.box, fr: fr.box}

export type {LanguageData, SpeechLocale} from './types.js'
