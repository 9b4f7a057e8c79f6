/**
 * Tense cues as the scan reads them: single words ("wurde", "will"), phrases ("is due to", "se sont"),
 * modal verbs whose direction turns past with a perfect ("soll … erschossen haben", "would have met",
 * "aurait tué"), and verb endings of the future and the conditional ("réunira", "serait"). Every test
 * here looks a bounded number of code units from the cue word, so reading cues stays linear.
 */
import type {DateLocale, Direction} from './locale.js'
import {escape, norm} from './rules/pattern.js'

/** A phrase cue: a sticky pattern tried at its first word, and the tense it marks. */
export interface PhraseCue {
  re: RegExp
  tense: Direction
}

/** What the scan needs of a locale's tense words, compiled once. */
export interface TenseLexicon {
  /** Infinitive → whether any participle before it makes a perfect (else only the listed ones). */
  perfectInfinitives: Map<string, boolean>
  perfectAfterModal: Set<string>
  participleAfterModal: boolean
  participleWords: Set<string>
  participleExceptions: Set<string>
  modalSkips: Set<string>
  participleEndings: string[]
  participleStarts: string[]
  participleInfixes: string[]
  /** Future endings by their last code unit. */
  endings: Map<number, string[]>
  /** Lower-cased words that end like a future verb and are none. */
  endingExceptions: Set<string>
}

/** How far (UTF-16 units) after a modal its clause may run before the perfect is looked for. */
const CLAUSE_REACH = 200

export function compileTense(L: DateLocale): TenseLexicon {
  const endings = new Map<number, string[]>()
  for (const e of L.futureEndings) {
    const last = e.charCodeAt(e.length - 1)
    endings.set(last, [...(endings.get(last) ?? []), e].sort((a, b) => b.length - a.length))
  }
  const set = (words: string[]): Set<string> => new Set(words.map(norm))
  return {
    perfectInfinitives: new Map(Object.entries(L.perfectInfinitives).map(([w, any]) => [norm(w), any])),
    perfectAfterModal: set(L.perfectAfterModal),
    participleAfterModal: L.participleAfterModal,
    participleWords: set(L.participleWords),
    participleExceptions: set(L.participleExceptions),
    modalSkips: set(L.modalSkips),
    participleEndings: L.participleEndings,
    participleStarts: L.participleStarts,
    participleInfixes: L.participleInfixes,
    endings,
    endingExceptions: set(L.futureEndingExceptions)
  }
}

/** Words of a phrase as a sticky pattern: any run of 1–3 spaces between words, either apostrophe. */
export function phrasePattern(phrase: string): RegExp {
  const words = phrase.trim().split(/\s+/).map((w) => escape(w).replace(/['’]/g, "['’]"))
  return new RegExp(`${words.join('\\s{1,3}')}(?![\\p{L}\\p{N}])`, 'iuy')
}

/** Whether the phrase cue `p` stands at `at`. */
export function phraseAt(text: string, at: number, p: PhraseCue): boolean {
  p.re.lastIndex = at
  return p.re.test(text)
}

const LETTER = /[\p{L}’']/u

/** The lower-cased word that starts at or after `from` (past spaces), and where it ends; null when none follows on the line. */
function wordAfter(text: string, from: number): {word: string; end: number} | null {
  let i = from
  while (i < text.length && i < from + 4 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i++
  let j = i
  while (j < text.length && j < i + 40 && LETTER.test(text.charAt(j))) j++
  return j > i ? {word: text.slice(i, j).toLowerCase(), end: j} : null
}

/** A stretch of a clause: no comma, colon, quotation mark, bracket or full stop (but the one after a day number), at most `CLAUSE_REACH` long. */
const CLAUSE = new RegExp(`(?:[^,;:!?»«"“”„()\\n.]|(?<=\\d)\\.){0,${CLAUSE_REACH}}`, 'uy')

/** Where the clause that runs on from `from` ends, at most `CLAUSE_REACH` on. */
function clauseEnd(text: string, from: number): number {
  CLAUSE.lastIndex = from
  return from + CLAUSE.exec(text)![0].length
}

/** The word that ends at `end` (past spaces back), and where it starts; the word is as written. */
function wordBefore(text: string, end: number, limit: number): {word: string; start: number} {
  let j = end
  while (j > limit && /\s/.test(text.charAt(j - 1))) j--
  let i = j
  while (i > limit && LETTER.test(text.charAt(i - 1))) i--
  return {word: text.slice(i, j), start: i}
}

/** Whether `word` (as written) looks like a past participle. */
function isParticiple(word: string, T: TenseLexicon): boolean {
  if (word === '' || word.charAt(0) !== word.charAt(0).toLowerCase()) return false
  if (T.participleWords.has(word)) return true
  if (T.participleExceptions.has(word)) return false
  if (!T.participleEndings.some((e) => word.length > e.length + 1 && word.endsWith(e))) return false
  return T.participleStarts.length === 0 || T.participleStarts.some((p) => word.startsWith(p)) || T.participleInfixes.some((p) => word.includes(p, 1))
}

/**
 * The tense a modal ending at `end` gives its clause: past when a perfect follows it ("would have",
 * "aurait été", a clause ending in a participle and "haben"), else its own direction `own` (0: none).
 */
export function modalTense(text: string, end: number, own: Direction, T: TenseLexicon): Direction {
  let next = wordAfter(text, end)
  if (next && T.modalSkips.has(next.word)) next = wordAfter(text, next.end)
  if (next && (T.perfectAfterModal.has(next.word) || (T.participleAfterModal && isParticiple(next.word, T)))) return -1
  if (T.perfectInfinitives.size > 0) {
    const last = wordBefore(text, clauseEnd(text, end), end)
    const any = T.perfectInfinitives.get(last.word)
    const before = any === undefined ? '' : wordBefore(text, last.start, end).word
    if (any === undefined || before === '') return own
    if (any ? isParticiple(before, T) : T.participleWords.has(before)) return -1
  }
  return own
}

/** Whether the word `text[from..to)`, in lower case, ends like a verb in the future or the conditional. */
export function hasFutureEnding(text: string, from: number, to: number, T: TenseLexicon): boolean {
  const list = T.endings.get(text.charCodeAt(to - 1))
  if (list === undefined || to - from < 3) return false
  const first = text.charCodeAt(from)
  if ((first >= 65 && first <= 90) || (first >= 0xc0 && String.fromCharCode(first).toLowerCase().charCodeAt(0) !== first)) return false
  for (const e of list) {
    if (to - from > e.length && text.startsWith(e, to - e.length)) return !T.endingExceptions.has(text.slice(from, to))
  }
  return false
}
