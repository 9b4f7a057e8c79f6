/** A date locale compiled, once, into its rules and an index of the words the scan looks up. */
import type {DateLocale, Direction} from './locale.js'
import {compileLexicon, DIGIT, families, firstToken, type Rule} from './rules/index.js'
import {compileTense, type PhraseCue, phrasePattern, type TenseLexicon} from './tense.js'

/** Longest key a word lookup can hit. */
export const MAX_KEY_LENGTH = 40

/** What a word (lower-cased leading run of letters and digits) means to the scan. */
export interface WordEntry {
  /** Bit i: rule i may begin at this word. */
  begins: number
  /** Bit i: this word can be the head of rule i. */
  heads: number
  /** Tense cue: +1 future, −1 past, 0 none. */
  tense: Direction
  /** A modal verb: the direction it gives without a perfect (see `modalTense`); null for none. */
  modal: Direction | null
  /** Phrase cues that begin with this word ("is due to"). */
  phrases: PhraseCue[] | null
}

/** A locale compiled into rules, once. */
export interface CompiledLocale {
  rules: Rule[]
  words: Map<string, WordEntry>
  /** The entry of words that begin with a digit. */
  digit: WordEntry | undefined
  /** `words` by `keyHash` of the key (keys up to `MAX_KEY_LENGTH`), for `lookUp`. */
  byHash: HashIndex
  tense: TenseLexicon
}

/**
 * The word index as an open-addressing hash table: the scan hashes a word's code units as it reads
 * them and compares only the keys of that hash, without slicing the word out (and without a `Map` of
 * numbers, whose hashes beyond small integers are boxed).
 */
export interface HashIndex {
  /** Slots − 1 (a power of two − 1). */
  mask: number
  /** Per slot: the key's hash. */
  hashes: Int32Array
  /** Per slot: 1 + the index of its key in `keys`, 0 when empty. */
  slots: Int32Array
  keys: string[]
  entries: WordEntry[]
}

/** A hash of `text[from..to)`'s code units (FNV-1a, 32 bits), the same for a key and for a word in the text. */
export function keyHash(text: string, from: number, to: number): number {
  let h = 0x81_1c_9d_c5
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01_00_01_93)
  return h
}

export function compileLocale(L: DateLocale): CompiledLocale {
  const lexicon = compileLexicon(L)
  const rules = families.flatMap((family) => family(lexicon))
  const words = indexWords(rules, L)
  return {rules, words, digit: words.get(DIGIT), byHash: hashWords(words), tense: compileTense(L)}
}

/**
 * Each word a rule may begin with or needs as its head, and each tense cue. Each key is stored
 * lower-cased and capitalized, the two forms the patterns accept, so that the scan can look a word up
 * as it stands.
 */
function indexWords(rules: Rule[], L: DateLocale): Map<string, WordEntry> {
  const words = new Map<string, WordEntry>()
  const entry = (key: string): WordEntry => {
    let e = words.get(key)
    if (!e) {
      e = {begins: 0, heads: 0, tense: 0, modal: null, phrases: null}
      words.set(key, e)
      words.set(key.charAt(0).toUpperCase() + key.slice(1), e)
    }
    return e
  }
  if (rules.length > 30) throw new Error('too many rules for the bit masks')
  rules.forEach((r, i) => {
    for (const key of r.first) entry(key).begins |= 1 << i
    for (const key of r.heads) entry(key).heads |= 1 << i
  })
  indexCues(entry, L)
  return words
}

/**
 * The tense cues of a locale in the word index: single words, phrases at their first word, modals; and
 * the words that only look like future verbs ("caméra"), so that the scan, finding them, does not test
 * their ending.
 */
function indexCues(entry: (key: string) => WordEntry, L: DateLocale): void {
  const cue = (w: string, tense: Direction): void => {
    const key = firstToken(w)
    if (!key) return
    const e = entry(key)
    if (!/\s/.test(w.trim()) && !/['’]/.test(w)) { e.tense = tense; return }
    e.phrases = [...(e.phrases ?? []), {re: phrasePattern(w), tense}]
  }
  for (const w of L.pastCues) cue(w, -1)
  for (const w of L.futureCues) cue(w, 1)
  for (const [w, d] of Object.entries(L.modalCues)) entry(firstToken(w)).modal = d
  for (const w of L.futureEndingExceptions) entry(w.toLowerCase())
}

function hashWords(words: Map<string, WordEntry>): HashIndex {
  let size = 16
  while (size < words.size * 2) size *= 2
  const index: HashIndex = {mask: size - 1, hashes: new Int32Array(size), slots: new Int32Array(size), keys: [], entries: []}
  for (const [key, e] of words) {
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) continue
    const h = keyHash(key, 0, key.length)
    let slot = h & index.mask
    while (index.slots[slot] !== 0) slot = (slot + 1) & index.mask
    index.keys.push(key)
    index.entries.push(e)
    index.hashes[slot] = h
    index.slots[slot] = index.keys.length
  }
  return index
}

/** The entry of the word `text[from..to)` whose `keyHash` is `h`, if the index holds it. */
export function lookUp(index: HashIndex, text: string, from: number, to: number, h: number): WordEntry | undefined {
  const length = to - from
  for (let slot = h & index.mask, k: number; (k = index.slots[slot]) !== 0; slot = (slot + 1) & index.mask) {
    if (index.hashes[slot] !== h) continue
    const key = index.keys[k - 1]
    if (key.length === length && text.startsWith(key, from)) return index.entries[k - 1]
  }
  return undefined
}
