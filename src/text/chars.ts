/**
 * Character classes tested per UTF-16 code unit, for the loops that walk a text
 * character by character.
 *
 * `codeUnitTest(/[\p{L}\p{M}\p{N}]/u)` answers exactly what `pattern.test(text[i])` answers
 * (a lone surrogate half matches no property class), but from a table filled as
 * code units are met, instead of running a Unicode regex on every character.
 */

/** A test of one code unit (`text.charCodeAt(i)`); `NaN` (past the end) is never in the class. */
export type CodeUnitTest = (code: number) => boolean

/** `pattern` must have neither the `g` nor the `y` flag (`test` would then depend on `lastIndex`). */
export function codeUnitTest(pattern: RegExp): CodeUnitTest {
  // 0 not yet asked, 1 in the class, 2 not.
  const table = new Uint8Array(0x1_00_00)
  return (code) => {
    const known = table[code]
    if (known === 1) return true
    if (known === 2) return false
    // `code` is NaN past the end of the text: table[NaN] is undefined.
    if (known === undefined) return false
    const yes = pattern.test(String.fromCharCode(code))
    table[code] = yes ? 1 : 2
    return yes
  }
}

/** White space as `/\s/u` reads it. */
export const isSpaceCode = codeUnitTest(/\s/u)
/** A letter, mark or digit: `/[\p{L}\p{M}\p{N}]/u`. */
export const isWordCode = codeUnitTest(/[\p{L}\p{M}\p{N}]/u)
/** A letter or digit: `/[\p{L}\p{N}]/u`. */
export const isLetterOrNumberCode = codeUnitTest(/[\p{L}\p{N}]/u)
/** An upper-case letter: `/\p{Lu}/u` on one code unit (a lone surrogate half is none). */
export const isUpperCode = codeUnitTest(/\p{Lu}/u)
/** A letter: `/\p{L}/u` on one code unit. */
export const isLetterCode = codeUnitTest(/\p{L}/u)
/** A lower-case letter: `/\p{Ll}/u` on one code unit. */
export const isLowerCode = codeUnitTest(/\p{Ll}/u)
/** A letter or mark: `/[\p{L}\p{M}]/u` on one code unit. */
export const isLetterOrMarkCode = codeUnitTest(/[\p{L}\p{M}]/u)

/**
 * The words (runs of letters and marks; a surrogate pair goes on a word) of `text` that start with a lower-case
 * letter, lower case: one pass by code unit.
 */
export function lowerCaseWords(text: string): Set<string> {
  const found = new Set<string>()
  const inWord = (code: number): boolean => isLetterOrMarkCode(code) || (code >= 0xd8_00 && code <= 0xdf_ff)
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (!inWord(code)) {
      i++
      continue
    }
    let j = i + 1
    while (j < text.length && inWord(text.charCodeAt(j))) j++
    if (isLowerCode(code)) found.add(text.slice(i, j).toLowerCase())
    i = j
  }
  return found
}

const wordCodePoint = /^[\p{L}\p{M}\p{N}]$/u

/**
 * How many code units the letter, mark or digit at `i` takes (1, or 2 for a surrogate pair), or 0
 * when there is none: `[\p{L}\p{M}\p{N}]` read by code point, as a `u` regex reads it.
 */
export function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code >= 0xd8_00 && code <= 0xdb_ff) {
    const low = text.charCodeAt(i + 1)
    // Astral letters (𝐀, 𠀀) are rare: the regex answers for them.
    return low >= 0xdc_00 && low <= 0xdf_ff && wordCodePoint.test(text.slice(i, i + 2)) ? 2 : 0
  }
  return isWordCode(code) ? 1 : 0
}

/**
 * End of the article word that starts at `i` (`i` itself when none does): what
 * `/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*` matches there.
 */
export function articleWordEnd(text: string, i: number): number {
  let j = i
  let n: number
  while ((n = wordCharLength(text, j)) > 0) j += n
  if (j === i) return i
  for (;;) {
    const ch = text.charCodeAt(j)
    // ' ’ -
    if ((ch !== 0x27 && ch !== 0x20_19 && ch !== 0x2d) || wordCharLength(text, j + 1) === 0) return j
    j++
    while ((n = wordCharLength(text, j)) > 0) j += n
  }
}

/** Start of the letter, mark or digit that ends just before `p` (a surrogate pair read whole), or -1. */
function wordCharBefore(text: string, p: number): number {
  if (p <= 0) return -1
  let q = p - 1
  const low = text.charCodeAt(q)
  if (low >= 0xdc_00 && low <= 0xdf_ff && q > 0) {
    const high = text.charCodeAt(q - 1)
    if (high >= 0xd8_00 && high <= 0xdb_ff) q--
  }
  return wordCharLength(text, q) > 0 ? q : -1
}

/**
 * Whether a match of the article-word pattern (see `articleWordEnd`) starts at `p` when the
 * pattern runs over the whole text from its start: a letter, mark or digit that no earlier
 * match runs into (one runs on over a letter, or over ' ’ - between letters).
 */
export function startsArticleWord(text: string, p: number): boolean {
  if (wordCharLength(text, p) === 0 || wordCharBefore(text, p) >= 0) return false
  const joiner = text.charCodeAt(p - 1)
  return !((joiner === 0x27 || joiner === 0x20_19 || joiner === 0x2d) && wordCharBefore(text, p - 1) >= 0)
}
