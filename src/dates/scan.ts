/** Stage 1 of the tagger: one scan over the words of the text proposes candidates (which may overlap). */
import {type CompiledLocale, MAX_KEY_LENGTH, type WordEntry} from './compile.js'
import type {TenseCue} from './resolve.js'
import type {Candidate} from './rules/index.js'

/** What the scan found: candidates (overlapping) and the tense cues, in text order. */
export interface Scan {
  candidates: Candidate[]
  cues: TenseCue[]
}

/** How many words after its first word a rule's head may stand. */
const HEAD_REACH = 8

const noKeys: ReadonlyArray<{key: string; entry: WordEntry}> = []

/** Which UTF-16 units are parts of words: ASCII letters and digits, and letters beyond Latin-1 punctuation. */
export const WORD_UNIT = (() => {
  const table = new Uint8Array(0x10000)
  for (let c = 0; c < 0x10000; c++) {
    let yes: boolean
    if (c < 0x80) yes = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    else if (c < 0xc0) yes = c === 0xaa || c === 0xb5 || c === 0xba || c === 0xb2 || c === 0xb3 || c === 0xb9
    else yes = c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff && c !== 0xfffd
    table[c] = yes ? 1 : 0
  }
  return table
})()

/** The words of the text: where each starts, the rules that may begin there, the rules whose head it is. */
interface Words {
  starts: number[]
  begins: number[]
  heads: number[]
}

/**
 * One scan over the words of the text. Where a word can begin a pattern family and a head word of that
 * family follows within a few words, the family's sticky regex is tried there; overlaps are settled
 * afterwards. Tense cues are collected on the way.
 */
export function scan(text: string, locale: CompiledLocale): Scan {
  const candidates: Candidate[] = []
  const cues: Scan['cues'] = []
  const emit = (c: Candidate): void => {
    if (c.end > c.start && !text.slice(c.start, c.end).includes('\n\n')) candidates.push(c)
  }
  const {starts, begins, heads} = readWords(text, locale, cues)
  const rules = locale.rules
  for (let w = 0; w < starts.length; w++) {
    let todo = begins[w]
    if (todo === 0) continue
    let ahead = 0
    for (let k = w; k < starts.length && k <= w + HEAD_REACH; k++) ahead |= heads[k]
    todo &= ahead
    const at = starts[w]
    for (let i = 0; todo !== 0; i++, todo >>>= 1) {
      if ((todo & 1) === 0) continue
      const rule = rules[i]
      rule.re.lastIndex = at
      const m = rule.re.exec(text)
      if (!m) continue
      rule.handle(m, text, emit)
    }
  }
  return {candidates, cues}
}

/** Reads the words of the text and looks each up in the locale's word index; collects the tense cues. */
function readWords(text: string, locale: CompiledLocale, cues: Scan['cues']): Words {
  const starts: number[] = []
  const begins: number[] = []
  const heads: number[] = []
  const n = text.length
  const byHash = locale.byHash
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i)
    if (WORD_UNIT[c] === 0) { i++; continue }
    // The word's end and its `keyHash`, in one pass: `words.get(text.slice(i, j))` without the slice.
    let h = Math.imul(0x81_1c_9d_c5 ^ c, 0x01_00_01_93)
    let j = i + 1
    for (let d: number; j < n && WORD_UNIT[(d = text.charCodeAt(j))] === 1; j++) h = Math.imul(h ^ d, 0x01_00_01_93)
    let e: WordEntry | undefined
    if (c >= 48 && c <= 57) e = locale.digit
    else if (j - i <= MAX_KEY_LENGTH) {
      for (const k of byHash.get(h) ?? noKeys) {
        if (k.key.length === j - i && text.startsWith(k.key, i)) {
          e = k.entry
          break
        }
      }
    }
    starts.push(i)
    begins.push(e ? e.begins : 0)
    heads.push(e ? e.heads : 0)
    if (e && e.tense !== 0) cues.push({at: i, tense: e.tense})
    i = j
  }
  return {starts, begins, heads}
}
