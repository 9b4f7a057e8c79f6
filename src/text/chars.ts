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
