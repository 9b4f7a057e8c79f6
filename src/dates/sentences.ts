/** Where the sentences of a text start, as the resolver reads them (a year or a day holds within its sentence). */
import {WORD_UNIT} from './scan.js'

const CLOSERS = new Set([0x22, 0x201c, 0x201d, 0xbb, 0xab, 0x29, 0x2019, 0x27])
const OPENERS = new Set([0x22, 0x201e, 0x201c, 0xbb, 0xab, 0x28])
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f

/** The marks a sentence start may follow: a line break, . ! ? (a native search finds them faster than a loop over every code unit). */
const MARK = /[\n.!?]/g

/** Sentence starts: after . ! ? that ends a word (not a number) and is followed by a capital, and at line breaks. */
export function sentenceStarts(text: string): number[] {
  const starts = [0]
  const n = text.length
  MARK.lastIndex = 0
  while (MARK.test(text)) {
    const i = MARK.lastIndex - 1
    const c = text.charCodeAt(i)
    if (c === 10) { starts.push(i + 1); continue }
    if (c === 46) {
      const p = text.charCodeAt(i - 1)
      if (!((WORD_UNIT[p] === 1 && !(p >= 48 && p <= 57)) || CLOSERS.has(p))) continue
    }
    let j = i + 1
    while (j < n && CLOSERS.has(text.charCodeAt(j))) j++
    if (j >= n || !isSpace(text.charCodeAt(j))) continue
    while (j < n && isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) j++
    if (j >= n) continue
    const d = text.charCodeAt(j)
    const ch = text.charAt(j)
    if (OPENERS.has(d) || (d >= 48 && d <= 57) || (WORD_UNIT[d] === 1 && ch !== ch.toLowerCase())) starts.push(j)
  }
  return starts
}
