/** Guessing an article's language from its most common short words. */
import type {Language} from './types.js'

const markers: Record<Language, ReadonlySet<string>> = {
  de: new Set(['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'des', 'auf', 'für', 'ein', 'eine', 'dem', 'den', 'zu', 'von', 'sagte', 'wurde', 'auch']),
  en: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'in', 'was', 'for', 'on', 'with', 'said', 'as', 'by', 'it', 'he', 'she', 'at', 'from', 'have']),
  fr: new Set(['le', 'la', 'les', 'et', 'des', 'est', 'une', 'pour', 'dans', 'que', 'qui', 'du', 'un', 'pas', 'au', 'sur', 'a', 'il', 'elle', 'avec'])
}

/** The language whose marker words are most frequent in `text` (German when there is no evidence). */
export function detectLanguage(text: string): Language {
  const counts: Record<Language, number> = {de: 0, en: 0, fr: 0}
  const words = text.slice(0, 20_000).toLowerCase().match(/\p{L}+/gu) ?? []
  for (const w of words) {
    for (const lang of ['de', 'en', 'fr'] as const) if (markers[lang].has(w)) counts[lang]++
  }
  let best: Language = 'de'
  for (const lang of ['en', 'fr'] as const) if (counts[lang] > counts[best]) best = lang
  return best
}
