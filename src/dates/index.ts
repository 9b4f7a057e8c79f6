import type {Language, TemporalType} from '../types.js'
import {dateLocales, fallbackDateLanguage} from '../lang/dates.js'
import {parseDay} from './calendar.js'
import type {Resolver, Tense} from './resolve.js'
import {type Candidate, type CompiledLocale, compileLocale, DIGIT, MAX_KEY_LENGTH as MAX_KEY, type WordEntry} from './rules.js'

const noKeys: ReadonlyArray<{key: string; entry: WordEntry}> = []

export type {DateLocale} from './locale.js'

export interface DateContext {
  /** Publication date YYYY-MM-DD that relative expressions resolve against, or null (then relative values are null). Never use the clock. */
  publicationDate: string | null
  lang: Language
}

export interface TemporalMatch {
  start: number
  end: number
  text: string
  value: string | null
  type: TemporalType
}

// Every pattern is compiled once, when the module loads.
const compiled = Object.fromEntries(
  Object.entries(dateLocales).map(([lang, locale]) => [lang, compileLocale(locale)])
) as Record<Language, CompiledLocale>

/**
 * Finds the dates, times, durations and sets (TIMEX3) in the plain text of an article and gives each
 * its ISO 8601 / TIMEX3 value, resolving relative expressions against the publication date.
 * `text` is the plain text of a whole article, blocks (paragraphs, headings) separated by "\n\n".
 * Offsets are UTF-16 indices into `text`; text === input.slice(start, end). Sorted by start, non-overlapping.
 */
export function findTemporalExpressions(text: string, context: DateContext): TemporalMatch[] {
  const locale = compiled[context.lang] ?? compiled[fallbackDateLanguage]
  const {candidates, cues} = scan(text, locale)
  return resolveAll(text, choose(candidates), cues, parseDay(context.publicationDate))
}

interface Scan {
  candidates: Candidate[]
  cues: Array<{at: number; tense: Tense}>
}

/** How many words after its first word a rule's head may stand. */
const HEAD_REACH = 8

/** Which UTF-16 units are parts of words: ASCII letters and digits, and letters beyond Latin-1 punctuation. */
const WORD_UNIT = (() => {
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
 * One scan over the words of the text. Where a word can begin a pattern family and a head word of that
 * family follows within a few words, the family's sticky regex is tried there; overlaps are settled
 * afterwards. Tense cues are collected on the way.
 */
function scan(text: string, locale: CompiledLocale): Scan {
  const candidates: Candidate[] = []
  const cues: Scan['cues'] = []
  const emit = (c: Candidate): void => {
    if (c.end > c.start && !text.slice(c.start, c.end).includes('\n\n')) candidates.push(c)
  }
  // words: start offset, rules that may begin there, rules whose head it is
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
    if (c >= 48 && c <= 57) e = locale.words.get(DIGIT)
    else if (j - i <= MAX_KEY) {
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

/** Keeps non-overlapping candidates: of overlapping ones the longest match wins, then the earliest. */
function choose(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.span - a.span || (b.end - b.start) - (a.end - a.start) || a.start - b.start)
  const taken: Candidate[] = []
  for (const c of sorted) {
    // binary search the taken list (kept sorted by start) for an overlap
    let lo = 0
    let hi = taken.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (taken[mid].start < c.start) lo = mid + 1
      else hi = mid
    }
    const prev = taken[lo - 1]
    const next = taken[lo]
    if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue
    taken.splice(lo, 0, c)
  }
  return taken
}

const CLOSERS = new Set([0x22, 0x201c, 0x201d, 0xbb, 0xab, 0x29, 0x2019, 0x27])
const OPENERS = new Set([0x22, 0x201e, 0x201c, 0xbb, 0xab, 0x28])
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f

/** Sentence starts: after . ! ? that ends a word (not a number) and is followed by a capital, and at line breaks. */
function sentenceStarts(text: string): number[] {
  const starts = [0]
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) { starts.push(i + 1); continue }
    if (c !== 46 && c !== 33 && c !== 63) continue
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

/** How far (UTF-16 units) from an expression a tense cue may stand. */
const CUE_REACH = 250

function resolveAll(text: string, chosen: Candidate[], cues: Scan['cues'], dct: ReturnType<typeof parseDay>): TemporalMatch[] {
  const starts = sentenceStarts(text)
  const r: Resolver = {dct, tense: 0, anchorDay: null, sentenceDay: null, sentenceYear: null, lastWeek: null}
  const out: TemporalMatch[] = []
  let sentence = -1
  let cue = 0
  for (const c of chosen) {
    // move to the sentence of the candidate
    let s = sentence
    while (s + 1 < starts.length && starts[s + 1] <= c.start) s++
    if (s !== sentence) {
      sentence = s
      r.sentenceDay = null
      r.sentenceYear = null
    }
    const from = starts[sentence]
    const to = sentence + 1 < starts.length ? starts[sentence + 1] : text.length
    // the cue nearest the expression within its sentence (outside the expression, and not too far) decides the tense
    const lo = Math.max(from, c.start - CUE_REACH)
    const hi = Math.min(to, c.end + CUE_REACH)
    while (cue < cues.length && cues[cue].at < lo) cue++
    let best: {d: number; tense: Tense} | null = null
    for (let k = cue; k < cues.length && cues[k].at < hi; k++) {
      const at = cues[k].at
      if (at >= c.start && at < c.end) continue
      const d = Math.abs(at - c.start)
      if (!best || d < best.d) best = {d, tense: cues[k].tense}
    }
    r.tense = best ? best.tense : 0
    if (c.explicitYear !== undefined) r.sentenceYear = null
    const value = c.resolve(r)
    if (c.explicitYear !== undefined) r.sentenceYear = c.explicitYear
    if (value && c.type === 'DATE') {
      const day = parseDay(value)
      if (day) {
        r.anchorDay = day
        r.sentenceDay = day
        r.lastWeek = day
      } else if (/^\d{4}-W\d\d$/.test(value)) {
        r.lastWeek = weekDay(value)
      }
    } else if (value && c.type === 'TIME' && /T[A-Z]{2}$/.test(value)) {
      const day = parseDay(value)
      if (day) { r.anchorDay = day; r.sentenceDay = day }
    }
    out.push({start: c.start, end: c.end, text: text.slice(c.start, c.end), value, type: c.type})
  }
  return out
}

/** Thursday of an ISO week `YYYY-Www` (a day inside it). */
function weekDay(value: string): ReturnType<typeof parseDay> {
  const year = Number(value.slice(0, 4))
  const week = Number(value.slice(6, 8))
  const jan4 = new Date(Date.UTC(year, 0, 4))
  const day = jan4.getUTCDay() || 7
  const thursday = new Date(jan4.getTime() + ((week - 1) * 7 + (4 - day)) * 86_400_000)
  return {year: thursday.getUTCFullYear(), month: thursday.getUTCMonth() + 1, day: thursday.getUTCDate()}
}
