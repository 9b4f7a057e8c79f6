import type {Language, TemporalType} from '../types.js'
import {dates as de} from '../locales/de/dates.js'
import {dates as en} from '../locales/en/dates.js'
import {dates as fr} from '../locales/fr/dates.js'
import {parseDay} from './calendar.js'
import type {DateLocale} from './locale.js'
import type {Resolver, Tense} from './resolve.js'
import {type Candidate, type CompiledLocale, compileLocale} from './rules.js'

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

const locales: Record<Language, DateLocale> = {de, en, fr}

// Every pattern is compiled once, when the module loads.
const compiled: Record<Language, CompiledLocale> = {
  de: compileLocale(de),
  en: compileLocale(en),
  fr: compileLocale(fr)
}

/**
 * Finds the dates, times, durations and sets (TIMEX3) in the plain text of an article and gives each
 * its ISO 8601 / TIMEX3 value, resolving relative expressions against the publication date.
 * `text` is the plain text of a whole article, blocks (paragraphs, headings) separated by "\n\n".
 * Offsets are UTF-16 indices into `text`; text === input.slice(start, end). Sorted by start, non-overlapping.
 */
export function findTemporalExpressions(text: string, context: DateContext): TemporalMatch[] {
  const locale = compiled[context.lang] ?? compiled[locales.de.lang]
  const candidates = findCandidates(text, locale)
  const chosen = choose(candidates)
  return resolveAll(text, chosen, locale, parseDay(context.publicationDate))
}

/** Runs each pattern family once over the text. */
function findCandidates(text: string, locale: CompiledLocale): Candidate[] {
  const out: Candidate[] = []
  const emit = (c: Candidate): void => {
    if (c.end > c.start && !text.slice(c.start, c.end).includes('\n\n')) out.push(c)
  }
  for (const rule of locale.rules) {
    const re = rule.re
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      rule.handle(m, text, emit)
      if (m[0].length === 0) re.lastIndex++
    }
  }
  return out
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

/** Sentence starts: after . ! ? that ends a word (not a number) and is followed by a capital, and at line breaks. */
function sentenceStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) { starts.push(i + 1); continue }
    if (c !== 46 && c !== 33 && c !== 63) continue
    const prev = text.charAt(i - 1)
    if (c === 46 && !/[\p{L}"“”»«)’']/u.test(prev)) continue
    let j = i + 1
    while (j < text.length && /["“”»«)’']/u.test(text.charAt(j))) j++
    if (j >= text.length || !/\s/.test(text.charAt(j))) continue
    while (j < text.length && /\s/.test(text.charAt(j))) j++
    if (j < text.length && /[\p{Lu}\p{N}"„“»«(]/u.test(text.charAt(j))) starts.push(j)
  }
  return starts
}

/** How far (UTF-16 units) from an expression a tense cue may stand. */
const CUE_REACH = 250

function resolveAll(text: string, chosen: Candidate[], locale: CompiledLocale, dct: ReturnType<typeof parseDay>): TemporalMatch[] {
  const starts = sentenceStarts(text)
  // tense cues, one scan
  const cues: Array<{at: number; tense: Tense}> = []
  const re = locale.tenseCues
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) cues.push({at: m.index, tense: m[1] !== undefined ? 1 : -1})

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
