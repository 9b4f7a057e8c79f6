/**
 * The languages the temporal tagger reads: what each knows about dates (`src/lang/<xx>/dates.ts`).
 * This is the only place where date locales are listed; adding a language is adding its module here.
 */
import type {DateLocale} from '../dates/locale.js'
import type {Language} from '../types.js'
import {dates as de} from './de/dates.js'
import {dates as en} from './en/dates.js'
import {dates as fr} from './fr/dates.js'

export const dateLocales: Readonly<Record<Language, DateLocale>> = {de, en, fr}

/** The language read when an article's language has no date locale. */
export const fallbackDateLanguage: Language = 'de'
