/**
 * The ranker: which pattern's proposal names a quotation's speaker. Patterns are tried in their order and the first
 * that proposes someone wins; each try is kept for `--explain`.
 */
import type {Reading} from './context.js'
import {type Pattern, type Proposal, patterns} from './patterns.js'
import type {QuotationReading} from './quotation.js'

/** One pattern tried for a quotation: what it proposed (null: no one). */
export interface Trial {
  pattern: string
  proposal: Proposal | null
}

/** The winning proposal and the pattern behind it, or none; with every pattern tried. */
export interface Ranking {
  winner: (Proposal & {reason: string}) | null
  trials: Trial[]
}

/** The reason a pattern's win is given: a cue's own pattern is named after the attribution pattern ("cue:verb-first"). */
function reasonOf(pattern: Pattern, q: QuotationReading): string {
  const cuePattern = pattern.id === 'cue' || pattern.id === 'pronoun-subject' ? q.cue?.pattern : undefined
  return cuePattern ? `${pattern.id}:${cuePattern}` : pattern.id
}

/** Ranks the patterns that apply to the quotation and returns the winner. */
export function rank(reading: Reading, q: QuotationReading, explain: boolean): Ranking {
  const trials: Trial[] = []
  for (const pattern of patterns) {
    if (!pattern.applies(reading, q)) continue
    const proposal = pattern.propose(reading, q)
    if (explain) trials.push({pattern: pattern.id, proposal})
    if (proposal) return {winner: {...proposal, reason: reasonOf(pattern, q)}, trials}
  }
  return {winner: null, trials}
}
