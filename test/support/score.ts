/**
 * Scores extracted quotations against gold annotations the way
 * ../shared/tools/score.mjs does: a quotation matches when its text is the
 * same after normalising, or when both have four words or more and their
 * word sets overlap by a Jaccard index of 0.85; a speaker is right when it is
 * the gold name or an alias, or when its last word (a capitalised surname of
 * three letters or more) is a word of one of them.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {extractFacts} from '../../src/index.js'

export interface GoldQuote {
  text: string
  speaker: string | null
  speakerAliases?: string[]
}

export interface Gold {
  quotes: GoldQuote[]
  people?: Array<{name: string; aliases?: string[]}>
}

export interface Score {
  articles: number
  gold: number
  given: number
  matched: number
  speakersRight: number
  quoteF1: number
  speakerAccuracy: number
  /** One line per miss, for a failing test's message. */
  problems: string[]
}

const marks = /[„“”‚‘’«»‹›"']/gu
const norm = (s: string): string =>
  s.normalize('NFC').replace(/\s+/gu, ' ').trim().replace(/^[\s.,;:!?…–—-]+|[\s.,;:!?…–—-]+$/gu, '')
const words = (s: string): string[] => norm(s).toLowerCase().replace(marks, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean)

function jaccard(a: string, b: string): number {
  const A = new Set(words(a))
  const B = new Set(words(b))
  let shared = 0
  for (const w of A) if (B.has(w)) shared++
  return shared / (A.size + B.size - shared || 1)
}

const sameQuote = (gold: string, given: string): boolean => norm(gold) === norm(given) || (words(gold).length >= 4 && jaccard(gold, given) >= 0.85)

/**
 * Whether the gold speaker is a description of someone unnamed ("Anwohnerin", "engineer", "prêtre"): no person of
 * the gold, and one word or written in lower case. The extractor names no one then (`speaker: null`) and gives the
 * description as its `mention`; that counts when the mention holds the gold's words.
 */
function describedRight(gold: GoldQuote, given: string | null, mention: string | null, aliases: Map<string, string[]>): boolean {
  const speaker = gold.speaker
  if (speaker === null || given !== null || mention === null || aliases.has(speaker)) return false
  if (speaker.includes(' ') && !/^\p{Ll}/u.test(speaker)) return false
  const said = words(mention)
  return words(speaker).every((w) => said.includes(w))
}

function sameSpeaker(gold: GoldQuote, given: string | null, aliases: Map<string, string[]>, mention: string | null = null): boolean {
  if (describedRight(gold, given, mention, aliases)) return true
  if (gold.speaker === null) return given === null
  if (given === null) return false
  const names = [gold.speaker, ...(gold.speakerAliases ?? []), ...(aliases.get(gold.speaker) ?? [])].map(norm)
  const p = norm(given)
  if (names.some((n) => n.toLowerCase() === p.toLowerCase())) return true
  const last = p.split(/\s+/u).pop() ?? ''
  return /^\p{Lu}[\p{L}'’-]{2,}$/u.test(last) && names.some((n) => n.split(/[\s,]+/u).includes(last))
}

/** Runs `extractFacts` over every `NAME.md` beside a `NAME.gold.json` in `dir`. */
export function scoreFolder(dir: string): Score {
  const score: Score = {articles: 0, gold: 0, given: 0, matched: 0, speakersRight: 0, quoteF1: 0, speakerAccuracy: 0, problems: []}
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold
    const facts = extractFacts(readFileSync(join(dir, file.replace(/\.gold\.json$/u, '.md')), 'utf8'))
    const aliases = new Map((gold.people ?? []).map((p) => [p.name, [p.name, ...(p.aliases ?? [])]]))
    const given = facts.quotes.map((q) => ({text: q.text, speaker: q.speaker, mention: q.mention, used: false}))
    score.articles++
    score.gold += gold.quotes.length
    score.given += given.length
    for (const g of gold.quotes) {
      const hit = given.find((p) => !p.used && sameQuote(g.text, p.text))
      if (!hit) {
        score.problems.push(`${file}: missed «${g.text.slice(0, 60)}»`)
        continue
      }
      hit.used = true
      score.matched++
      if (sameSpeaker(g, hit.speaker, aliases, hit.mention)) score.speakersRight++
      else score.problems.push(`${file}: ${JSON.stringify(hit.speaker)} for ${g.speaker} «${g.text.slice(0, 40)}»`)
    }
    for (const p of given) if (!p.used) score.problems.push(`${file}: extra «${p.text.slice(0, 60)}»`)
  }
  const precision = score.given ? score.matched / score.given : 1
  const recall = score.gold ? score.matched / score.gold : 1
  score.quoteF1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  score.speakerAccuracy = score.matched ? score.speakersRight / score.matched : 1
  return score
}

/** One suite per folder: its quotation F1 and speaker accuracy against bars, misses listed on failure. */
export function describeScores(rows: ReadonlyArray<readonly [folder: string, quoteF1: number, speakerAccuracy: number]>): void {
  const named = rows.map(([dir, quoteF1, speakerAccuracy]) => [dir.replace(/^.*\/test\//u, ''), dir, quoteF1, speakerAccuracy] as const)
  describe.each(named)('%s', (_name, dir, quoteF1, speakerAccuracy) => {
    const score = scoreFolder(dir)

    it(`finds the quotations (F1 ≥ ${quoteF1})`, () => {
      expect(score.quoteF1, score.problems.join('\n')).toBeGreaterThanOrEqual(quoteF1)
    })

    it(`names their speakers (accuracy ≥ ${speakerAccuracy})`, () => {
      expect(score.speakerAccuracy, score.problems.join('\n')).toBeGreaterThanOrEqual(speakerAccuracy)
    })
  })
}
