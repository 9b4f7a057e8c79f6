/** Guessing an article's language from its most common short words. */
import {fallbackLanguage, languages} from './lang/index.js'
import {isLetterCode} from './text/chars.js'
import type {Language} from './types.js'

const codes = Object.keys(languages) as Language[]
/** Each language's marker words, in the order of `codes`. */
const markers = codes.map((lang) => new Set(languages[lang].markers))

/** The longest marker word: longer words are not looked up. */
const longest = Math.max(...markers.flatMap((set) => [...set].map((w) => w.length)))
const letter = /\p{L}/u

/** Whether a letter (`\p{L}`) starts at `i`: by code unit, an astral letter by its pair. */
function letterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code >= 0xd8_00 && code <= 0xdb_ff) return letter.test(String.fromCodePoint(text.codePointAt(i)!))
  return isLetterCode(code)
}

/** The language whose marker words are most frequent in `text` (the fallback language when there is no evidence). */
export function detectLanguage(text: string): Language {
  const counts = codes.map(() => 0)
  const sample = text.slice(0, 20_000)
  // The words (runs of letters) of the sample, walked by hand: only the short ones can be marker words.
  let i = 0
  while (i < sample.length) {
    if (!letterAt(sample, i)) {
      i++
      continue
    }
    let j = i
    while (j < sample.length && letterAt(sample, j)) j += sample.charCodeAt(j) >= 0xd8_00 && sample.charCodeAt(j) <= 0xdb_ff ? 2 : 1
    if (j - i <= longest) {
      const w = sample.slice(i, j).toLowerCase()
      for (let k = 0; k < codes.length; k++) if (markers[k].has(w)) counts[k]++
    }
    i = j
  }
  let best = codes.indexOf(fallbackLanguage)
  for (let k = 0; k < codes.length; k++) if (counts[k] > counts[best]) best = k
  return codes[best]
}
