/** Stage 1 of the tagger: one scan over the words of the text proposes candidates (which may overlap). */
import {type CompiledLocale, lookUp, MAX_KEY_LENGTH, type WordEntry} from './compile.js'
import type {TenseCue} from './resolve.js'
import type {Candidate} from './rules/index.js'
import {hasFutureEnding, modalTense, phraseAt} from './tense.js'

/** What the scan found: candidates (overlapping) and the tense cues, in text order. */
export interface Scan {
  candidates: Candidate[]
  cues: TenseCue[]
}

/** How many words after its first word a rule's head may stand. */
const HEAD_REACH = 8

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

/**
 * The words of the text that matter to the rules (a rule may begin at them or needs them as its head):
 * where each starts, its place among all words, the rules that may begin there, the rules whose head it is.
 */
interface Words {
  count: number
  starts: number[]
  places: number[]
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
  const {count, starts, places, begins, heads} = readWords(text, locale, cues)
  const rules = locale.rules
  for (let w = 0; w < count; w++) {
    let todo = begins[w]
    if (todo === 0) continue
    let ahead = 0
    const reach = places[w] + HEAD_REACH
    for (let k = w; k < count && places[k] <= reach; k++) ahead |= heads[k]
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
  const words: Words = {count: 0, starts: [], places: [], begins: [], heads: []}
  const n = text.length
  const index = locale.byHash
  const endings = locale.tense.endings.size > 0
  let place = 0
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i)
    if (WORD_UNIT[c] === 0) { i++; continue }
    // The word's end and its `keyHash`, in one pass: `words.get(text.slice(i, j))` without the slice.
    let h = Math.imul(0x81_1c_9d_c5 ^ c, 0x01_00_01_93)
    let j = i + 1
    for (let d: number; j < n && WORD_UNIT[(d = text.charCodeAt(j))] === 1; j++) h = Math.imul(h ^ d, 0x01_00_01_93)
    const e = c >= 48 && c <= 57 ? locale.digit : j - i <= MAX_KEY_LENGTH ? lookUp(index, text, i, j, h) : undefined
    if (e !== undefined) {
      if ((e.begins | e.heads) !== 0) {
        words.starts.push(i)
        words.places.push(place)
        words.begins.push(e.begins)
        words.heads.push(e.heads)
        words.count++
      }
      if (e.tense !== 0 || e.modal !== null || e.phrases !== null) readCue(text, i, j, e, locale, cues)
    } else if (endings && hasFutureEnding(text, i, j, locale.tense)) {
      cues.push({at: i, tense: 1})
    }
    place++
    i = j
  }
  return words
}

/** The tense cue a word of the index stands for at `text[i..j)`: a word, a phrase that begins with it, a modal. */
function readCue(text: string, i: number, j: number, e: WordEntry, locale: CompiledLocale, cues: Scan['cues']): void {
  if (e.phrases !== null) {
    for (const p of e.phrases) if (phraseAt(text, i, p)) { cues.push({at: i, tense: p.tense}); return }
  }
  if (e.tense !== 0) cues.push({at: i, tense: e.tense})
  else if (e.modal !== null) {
    const tense = modalTense(text, j, e.modal, locale.tense)
    if (tense !== 0) cues.push({at: i, tense})
  }
}
