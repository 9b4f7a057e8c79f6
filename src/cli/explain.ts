/**
 * `factbox --explain FILE`: for each quotation, the cues near it, every speaker the patterns proposed with the
 * features the ranker weighed and its score, and which one won: what to read when a name in the box is wrong.
 */
import {shorten} from '../box/text.js'
import type {Options} from '../options.js'
import {type Explanation, extract} from '../pipeline.js'
import type {Facts} from '../types.js'
import {printable} from './terminal.js'

/** How many proposals are listed per quotation, best first (the rest are counted). */
const shownProposals = 8

/** A feature list as `name=value`, the ones that are set, values rounded. */
function featureText(features: Readonly<Record<string, number>>): string {
  return Object.entries(features)
    .filter(([, value]) => value !== 0)
    .map(([name, value]) => (value === 1 ? name : `${name}=${Math.round(value * 1000) / 1000}`))
    .join(' ')
}

/** The lines for one quotation. */
function explainQuote(facts: Facts, e: Explanation): string[] {
  const q = facts.quotes[e.quote]
  const lines = [`  ${q.position.start.line}:${q.position.start.column} «${shorten(q.text, 72)}»`]
  const named = q.speaker ?? (q.candidate ? `(withheld: ${q.candidate})` : '(no speaker)')
  lines.push(`    speaker ${named} · mention ${q.mention === null ? 'none' : `“${q.mention}”`} · reason ${q.reason ?? 'none'} · confidence ${q.confidence} · quotation ${e.quotation} · ${e.situation}`)
  if (e.cues.length > 0) lines.push(`    cues ${e.cues.map((c) => `${c.cue.text}${c.cue.mention ? ` (${c.cue.mention.text})` : ''} at ${c.distance}`).join(', ')}`)
  lines.push(`    certainty ${featureText(e.certainty) || 'none'}`)
  const order = e.proposals.map((_, k) => k).sort((a, b) => e.proposals[b].score - e.proposals[a].score || a - b)
  for (const k of order.slice(0, shownProposals)) {
    const p = e.proposals[k]
    const mark = k === e.winner ? '→' : ' '
    lines.push(`    ${mark} ${p.score.toFixed(3).padStart(7)} ${p.pattern.padEnd(18)} ${p.name}${p.mention !== null && p.mention !== p.name ? ` (“${p.mention}”)` : ''}`)
    lines.push(`              ${featureText(p.features)}`)
  }
  if (order.length > shownProposals) lines.push(`      … ${order.length - shownProposals} more proposals`)
  if (order.length === 0) lines.push('      no proposals')
  return lines
}

/** The explanation of every quotation of an article, as text for a terminal (controls shown escaped). */
export function explainArticle(file: string, text: string, options: Options): string {
  const {facts, explanations} = extract(text, {lang: options.lang, publicationDate: options.publicationDate, minConfidence: options.minConfidence, explain: true})
  const lines = [file, `  language ${facts.lang} · ${facts.quotes.length} quotation${facts.quotes.length === 1 ? '' : 's'} · candidates best first, → the winner, features that are set`]
  for (const e of explanations) lines.push(...explainQuote(facts, e))
  return lines.map(printable).join('\n') + '\n'
}
