/**
 * Sentence boundaries in a block, with quotations kept whole: a quotation of
 * several sentences belongs to the one reporting sentence around it.
 */
import type {QuoteSpan} from '../quotes/scan.js'
import {isSpaceCode} from './chars.js'

export interface SentenceSpan {
  start: number
  end: number
}

const terminal = new Set(['.', '!', '?', '…'])
const closingAfterTerminal = new Set(['“', '”', '"', '»', '«', '‘', '’', "'", '›', '‹', ')', ']'])
const startsSentence = /[\p{Lu}\p{N}„“»«"‚‹›(`]/u
const wordBefore = /([\p{L}\p{N}]+)$/u

/** `terminal.has(text[i])` by code unit: . ! ? … */
function isTerminalCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026
}

let scratch = new Uint8Array(1024)

/**
 * A zeroed buffer of at least `n` bytes, the same one call after call: a new typed array per block
 * cost more than the sentence split itself. (The split is synchronous and never nested.)
 */
function insideBuffer(n: number): Uint8Array {
  // A huge block gets a buffer of its own, so that one 50 MB paragraph is not kept alive for the process.
  if (n > maxKept) return new Uint8Array(n)
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, Math.min(maxKept, scratch.length * 2)))
  else scratch.fill(0, 0, n)
  return scratch
}

/** Largest buffer kept between calls. */
const maxKept = 1 << 16

/**
 * Splits `text` into sentences. `abbreviations` are lower-case words that a
 * full stop follows without ending the sentence ("dr", "bzw").
 */
export function splitSentences(text: string, quotes: readonly QuoteSpan[], abbreviations: ReadonlySet<string>): SentenceSpan[] {
  // inside[i] is 1 between a quotation's opening mark and its end.
  const n = text.length + 1
  const inside = insideBuffer(n)
  // As `fill` on an array of `n` would clamp the range (the buffer may be longer).
  const clamp = (x: number): number => {
    const t = Math.trunc(x)
    return t < 0 ? Math.max(n + t, 0) : Math.min(t, n)
  }
  for (const q of quotes) inside.fill(1, clamp(q.open), clamp(q.end))
  const spans: SentenceSpan[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const isTerminal = isTerminalCode(text.charCodeAt(i))
    let j = i + 1
    if (!isTerminal || inside[i] === 1) {
      if (!(inside[i] === 1 && isTerminal)) continue
      // A quotation that ends a sentence: „…festzunehmen.“ Celebi …, « On ne lâchera rien ! » Un élu …
      // (French puts a space before the closing mark). The scan stops at the first other character.
      while (j < text.length && inside[j] === 1 && (text[j] === ' ' || text[j] === '\u00a0' || text[j] === '\u202f' || closingAfterTerminal.has(text[j]))) j++
      if (j >= text.length || inside[j] === 1) continue
    }
    while (j < text.length && (terminal.has(text[j]) || closingAfterTerminal.has(text[j]))) j++
    if (j >= text.length) break
    // Whatever follows, the run of marks was read once: "!!!!…" is not rescanned from each mark.
    const runEnd = j
    // A missing space after a full stop: "verschwunden.Der Deutsche …" (a lower-case word of
    // three letters or more before, an upper-case letter and a lower-case one after).
    if (!isSpaceCode(text.charCodeAt(j))) {
      if (text[i] === '.' && j === i + 1 && /\p{Ll}{3}$/u.test(text.slice(Math.max(0, i - 3), i)) && /^\p{Lu}\p{Ll}/u.test(text.slice(j, j + 2))) {
        spans.push({start, end: j})
        start = j
        i = j - 1
        continue
      }
      i = runEnd - 1
      continue
    }
    let k = j
    while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++
    if (k >= text.length || !startsSentence.test(text[k])) {
      i = runEnd - 1
      continue
    }
    if (text[i] === '.') {
      const word = wordBefore.exec(text.slice(Math.max(0, i - 24), i))?.[1]
      if (word !== undefined) {
        // Initials ("J. R. R.") and ordinals ("am 9. März", "25. Platz").
        if (abbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^\d{1,3}$/u.test(word)) {
          i = runEnd - 1
          continue
        }
      }
    }
    spans.push({start, end: j})
    start = k
    i = k - 1
  }
  let end = text.length
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  if (end > start) spans.push({start, end})
  return spans
}
