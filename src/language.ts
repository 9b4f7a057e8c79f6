/** Guessing an article's language from its most common short words. */
import {fallbackLanguage, languages} from './lang/index.js'
import type {Language} from './types.js'

const codes = Object.keys(languages) as Language[]
/** Each language's marker words, in the order of `codes`. */
const markers = codes.map((lang) => new Set(languages[lang].markers))

/** The language whose marker words are most frequent in `text` (the fallback language when there is no evidence). */
export function detectLanguage(text: string): Language {
  const counts = codes.map(() => 0)
  const words = text.slice(0, 20_000).toLowerCase().match(/\p{L}+/gu) ?? []
  for (const w of words) {
    for (let k = 0; k < codes.length; k++) if (markers[k].has(w)) counts[k]++
  }
  let best = codes.indexOf(fallbackLanguage)
  for (let k = 0; k < codes.length; k++) if (counts[k] > counts[best]) best = k
  return codes[best]
}
