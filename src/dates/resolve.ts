/** Stage 3 of the tagger: the chosen candidates resolved in text order, each against the dates before it. */
import type {TemporalType} from '../types.js'
import {type Day, parseDay} from './calendar.js'
import {type Mention, newResolver, parsePublished, type Resolver, type Tense} from './reference.js'
import type {Candidate} from './rules/rule.js'

export type {Resolver, Tense} from './reference.js'

/** A temporal expression found and resolved. */
export interface TemporalMatch {
  start: number
  end: number
  text: string
  value: string | null
  type: TemporalType
  /** False when the value rests on a guessed direction (see `Resolver.guessed`). */
  certain: boolean
}

/** A tense cue found by the scan: where it stands, and the tense it marks. */
export interface TenseCue {
  at: number
  tense: Tense
}

/** How far (UTF-16 units) from an expression a tense cue may stand. */
const CUE_REACH = 250

/**
 * Resolves the chosen candidates (sorted by start) from top to bottom: each against the publication date
 * (`published`: `YYYY-MM-DD`, or only `YYYY-MM` or `YYYY`), the tense of its sentence, and the days and
 * years mentioned before it in its sentence, its paragraph and the article (`starts`: the sentence starts;
 * paragraphs are separated by a blank line).
 */
export function resolveAll(text: string, chosen: Candidate[], cues: TenseCue[], published: string | null, starts: readonly number[]): TemporalMatch[] {
  const r = newResolver(parseDay(published), parsePublished(published))
  const out: TemporalMatch[] = []
  let sentence = -1
  let cue = 0
  let paragraphEnd = -1
  for (const c of chosen) {
    // move to the paragraph and the sentence of the candidate
    if (c.start > paragraphEnd) {
      paragraphEnd = text.indexOf('\n\n', c.start)
      if (paragraphEnd < 0) paragraphEnd = text.length
      r.paragraphDay = null
    }
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
    while (cue < cues.length && cues[cue].at < lo) cue++
    r.tense = nearestTense(cues, cue, Math.min(to, c.end + CUE_REACH), c)
    r.forced = c.direction ?? null
    r.guessed = false
    if (c.explicitYear !== undefined) r.sentenceYear = null
    const value = c.resolve(r)
    if (c.explicitYear !== undefined) r.sentenceYear = c.explicitYear
    if (value) remember(r, c.type, value)
    out.push({start: c.start, end: c.end, text: text.slice(c.start, c.end), value, type: c.type, certain: value === null || !r.guessed})
  }
  return out
}

/** The tense of the cue nearest the start of `c`, of the cues from index `first` that stand before `hi` and outside `c`; 0 for none. */
function nearestTense(cues: TenseCue[], first: number, hi: number, c: Candidate): Tense {
  let best: {d: number; tense: Tense} | null = null
  for (let k = first; k < cues.length && cues[k].at < hi; k++) {
    const at = cues[k].at
    if (at >= c.start && at < c.end) continue
    const d = Math.abs(at - c.start)
    if (!best || d < best.d) best = {d, tense: cues[k].tense}
  }
  return best ? best.tense : 0
}

/** A resolved value becomes what later expressions are read against: the day (and week) last mentioned. */
function remember(r: Resolver, type: TemporalType, value: string): void {
  const mention = (day: Day): Mention => ({day, guessed: r.guessed})
  if (type === 'DATE') {
    const day = parseDay(value)
    if (day) {
      const m = mention(day)
      r.anchor = m
      r.paragraphDay = m
      r.sentenceDay = m
      r.lastWeek = m
    } else if (/^\d{4}-W\d\d$/.test(value)) {
      r.lastWeek = mention(weekDay(value))
    }
  } else if (type === 'TIME' && /T[A-Z]{2}$/.test(value)) {
    const day = parseDay(value)
    if (day) {
      const m = mention(day)
      r.anchor = m
      r.paragraphDay = m
      r.sentenceDay = m
    }
  }
}

/** Thursday of an ISO week `YYYY-Www` (a day inside it). */
function weekDay(value: string): Day {
  const year = Number(value.slice(0, 4))
  const week = Number(value.slice(6, 8))
  const jan4 = new Date(Date.UTC(year, 0, 4))
  const day = jan4.getUTCDay() || 7
  const thursday = new Date(jan4.getTime() + ((week - 1) * 7 + (4 - day)) * 86_400_000)
  return {year: thursday.getUTCFullYear(), month: thursday.getUTCMonth() + 1, day: thursday.getUTCDate()}
}
