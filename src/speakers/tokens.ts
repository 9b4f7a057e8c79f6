/**
 * Tokens of a reporting sentence, with each quotation standing as one token:
 * the words inside a quotation are never read as cues or speakers.
 */
import {isSpaceCode, isUpperCode, isWordCode} from '../text/chars.js'
import type {Lexicon} from './mentions.js'

export interface Token {
  kind: 'word' | 'punct' | 'quote'
  text: string
  lower: string
  /** Index into the block text. */
  start: number
  end: number
  /** For quote tokens: index of the quotation in the block. */
  quote: number
  /** Word starts with an upper-case letter. */
  upper: boolean
}

const upperStart = /^\p{Lu}/u

/** Marks that are never joined into a run: sentence ends and quotation marks. */
const runBreakers = new Set(['.', '!', '?', '"', "'", '„', '“', '”', '‚', '‘', '’', '«', '»', '‹', '›'])

/** `upperStart.test(word)`: by code unit, but a surrogate pair (an astral letter) is read by the regex. */
function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0)
  return code >= 0xd8_00 && code <= 0xdb_ff ? upperStart.test(word) : isUpperCode(code)
}

/**
 * Tokenizes `text.slice(from, to)`, replacing the given quote ranges
 * (`[open, end]` inclusive of the closing mark) by quote tokens.
 */
export function tokenize(
  text: string,
  from: number,
  to: number,
  quotes: ReadonlyArray<{open: number; end: number; close: number; index: number}>
): Token[] {
  const tokens: Token[] = []
  const sorted = quotes.filter((q) => q.open >= from && q.open < to).sort((a, b) => a.open - b.open)
  let next = 0
  let i = from
  while (i < to) {
    while (sorted[next] && sorted[next].open < i) next++
    const q = sorted[next]
    if (q && i === q.open) {
      // A closing mark of two characters (TeX '') ends at `end`; one of one character at `close`.
      const end = q.close >= 0 ? Math.max(q.close, q.end) + 1 : q.end
      tokens.push({kind: 'quote', text: text.slice(q.open, end), lower: '', start: q.open, end, quote: q.index, upper: false})
      i = end
      next++
      continue
    }
    const ch = text[i]
    if (isWordCode(text.charCodeAt(i))) {
      let j = i + 1
      while (j < to) {
        if (isWordCode(text.charCodeAt(j))) j++
        else if ((text[j] === '-' || text[j] === "'" || text[j] === '’') && j + 1 < to && isWordCode(text.charCodeAt(j + 1))) j += 2
        else break
      }
      const word = text.slice(i, j)
      tokens.push({kind: 'word', text: word, lower: word.toLowerCase(), start: i, end: j, quote: -1, upper: startsUpper(word)})
      i = j
      continue
    }
    // Backticks left in prose are the first half of TeX-style marks (``…''): no token.
    if (!isSpaceCode(text.charCodeAt(i)) && ch !== '`') {
      // A run of four or more of one mark ("----", ";;;;;") is one token: nothing reads such a run mark by mark, and a
      // hostile run of a million would otherwise be a million tokens. (Sentence ends and quotation marks stay single.)
      let j = i + 1
      if (!runBreakers.has(ch)) while (j < to && text[j] === ch) j++
      if (j - i < 4) j = i + 1
      const mark = text.slice(i, j)
      tokens.push({kind: 'punct', text: mark, lower: mark, start: i, end: j, quote: -1, upper: false})
      i = j
      continue
    }
    i++
  }
  return tokens
}

/**
 * Surnames with particles that the article also writes after a first name
 * ("Ursula von der Leyen"): lower case, e.g. "von der leyen". Particles are `lexicon.particles`.
 */
export function particleSurnames(text: string, lexicon: Lexicon): Set<string> {
  const found = new Set<string>()
  // Anchored at a word's start and bounded, so a long capitalised run is not tried from every letter.
  const pattern = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]{0,40}[ \u00a0]((?:\p{Ll}{1,5}[ \u00a0]){1,2})(\p{Lu}[\p{L}\p{M}'’-]{0,40})/gu
  for (const m of text.matchAll(pattern)) {
    const words = m[1].trim().split(/[ \u00a0]/u)
    // An article alone is a genitive, not a particle: "Der Präsident der Ukraine".
    if (words.length === 1 && lexicon.locale.loneArticles.includes(words[0])) continue
    if (words.every((w) => lexicon.particles.has(w))) found.add(`${words.join(' ')} ${m[2].toLowerCase()}`)
  }
  return found
}

/**
 * Joins a capitalised particle and its surname into one name token where the
 * article knows the surname: "Von der Leyen betonte" reads like "Leyen betonte".
 */
export function joinParticleSurnames(tokens: Token[], text: string, surnames: ReadonlySet<string>): Token[] {
  if (surnames.size === 0) return tokens
  const out: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    let span = 0
    if (t.kind === 'word' && t.upper) {
      for (const n of [3, 2]) {
        const parts = tokens.slice(i, i + n)
        if (parts.length === n && parts.every((p) => p.kind === 'word') && surnames.has(parts.map((p) => p.lower).join(' '))) {
          span = n
          break
        }
      }
    }
    if (span === 0) {
      out.push(t)
      continue
    }
    const end = tokens[i + span - 1].end
    out.push({kind: 'word', text: text.slice(t.start, end), lower: text.slice(t.start, end).toLowerCase(), start: t.start, end, quote: -1, upper: true})
    i += span - 1
  }
  return out.length === tokens.length ? tokens : out
}
