/**
 * Attribution: the article read in order, sentence by sentence. Each sentence first says who is around (its
 * subject, the source it opens with, names in passing); then every quoted span in it is read, the patterns propose
 * who may have said it, the learned ranker weighs the proposals, and a second model decides whether the span is a
 * quotation at all. Names are final only at the end ("Putin" became "Wladimir Putin").
 */
import {type ArticleDocument, isHeadline, type QuoteSite} from '../document/index.js'
import {emptyPosition} from '../document/position.js'
import type {Finding} from '../document/findings.js'
import {subjectStart} from '../speakers/cues.js'
import {type Entity, isPerson} from '../speakers/entities.js'
import type {Person, Quotation} from '../types.js'
import {type Reading, startReading} from './context.js'
import type {CueCandidate} from './cue-choice.js'
import {ladderChoice, ladderKeeps, named, proposalFeatures, quotationFeatures} from './features.js'
import {type AttributionModel, model as trained} from './model.js'
import {displayName, isNameText} from './names.js'
import {noteNamesInPassing} from './passing.js'
import {type Features, patterns, type Proposal} from './patterns.js'
import {type QuotationReading, readQuotation} from './quotation.js'
import {best, calibrated, rawScore} from './rank.js'
import {noteOpeningSource, noteSubject, noteVoice} from './sentence.js'

/** Why a quotation got its speaker: the cues near it, every proposal with its features and score (for `--explain`). */
export interface Explanation {
  /** Index of the quotation in `facts.quotes`. */
  quote: number
  situation: QuotationReading['situation']
  cues: CueCandidate[]
  proposals: Array<{pattern: string; name: string; mention: string | null; score: number; features: Features}>
  /** Index of the winning proposal, or -1. */
  winner: number
  /** How likely the span is a quotation at all. */
  quotation: number
  /** What the confidence was read from. */
  certainty: Features
}

/** A quoted span as the training script sees it: its features, and every proposal with the entity behind it. */
export interface TrainingSpan {
  text: string
  features: Features
  proposals: Array<{pattern: string; entity: Entity; mention: string | null; features: Features}>
}

/**
 * For training: the gold decides, in place of the models, which spans are quotations and who said them, so that
 * what later quotations see (who spoke last) is what it would be if every decision were right.
 */
export interface Oracle {
  isQuotation(text: string): boolean
  /** The index of a proposal that names the right speaker, or -1. */
  rightProposal(text: string, proposals: TrainingSpan['proposals']): number
  spans: TrainingSpan[]
}

export interface Attribution {
  quotes: Quotation[]
  people: Person[]
  findings: Finding[]
  explanations: Explanation[]
}

export interface AttributeOptions {
  /** Below this confidence a speaker's name is withheld (`candidate`). */
  minConfidence: number
  /** The weights to rank with; the trained ones unless a training run tries others. */
  model?: AttributionModel | undefined
  explain?: boolean
  oracle?: Oracle | undefined
}

/** Attributes the quotations of a document. */
export function attribute(document: ArticleDocument, options: AttributeOptions): Attribution {
  const reading = startReading(document, options.model ?? trained)
  const explanations: Explanation[] | null = options.explain ? [] : null
  let site = 0
  for (const [index, s] of document.sentences.entries()) {
    reading.registry.startSentence()
    reading.resolved.clear()
    const heading = isHeadline(document, s.block)
    const opening = subjectStart(s.tokens, document.lexicon)
    noteSubject(reading, s, opening)
    if (!heading) {
      noteOpeningSource(reading, s)
      noteNamesInPassing(reading, s)
    }
    let attributedHere = false
    while (site < document.quotes.length && document.quotes[site].sentence === s) {
      const at = site++
      const {quotation, joined} = readQuotation(reading, document.quotes, at, index, opening)
      if (joined) site++
      // A mark left open is worth a message whether or not the span is read as a quotation.
      noteUnclosed(reading, document.quotes[site - 1])
      if (quotation && attributeQuotation(reading, quotation, explanations, options.oracle)) attributedHere = true
    }
    reading.previousSentence = s
    if (!attributedHere && !heading) noteVoice(reading, s)
  }
  return {quotes: withheld(reading, options.minConfidence), people: peopleOf(reading), findings: reading.findings, explanations: explanations ?? []}
}

/** An `unclosed-quote` finding for a span whose mark is not closed before the end of its paragraph. */
function noteUnclosed(reading: Reading, site: QuoteSite): void {
  const {span} = site
  if (span.close >= 0) return
  const mark = span.openMark.includes('`') ? `“${span.openMark}”` : `\`${span.openMark}\``
  reading.findings.push({ruleId: 'unclosed-quote', reason: `Quotation opened with ${mark} is not closed before the end of its paragraph`, position: reading.document.positions.ofBlock(reading.document.blocks[site.block], span.open, span.open + 1)})
}

/** Every pattern's proposals for a quotation. */
function propose(reading: Reading, q: QuotationReading): Proposal[] {
  const proposals: Proposal[] = []
  // A headline's capitals make names of its words ("Francois Hollande Says Donald Trump …"): no one is read from it.
  for (const pattern of patterns) if (!(q.heading && pattern.readsSentence)) pattern.propose(reading, q, proposals)
  return proposals
}

/** What the spans's features tell the quotation model, with the best proposal's score. */
function spanFeatures(base: Features, winner: Proposal | null, score: number): Features {
  const f: Features = {...base}
  if (winner) {
    f[`best:${winner.pattern}`] = 1
    f.bestScore = score
  } else f['best:none'] = 1
  return f
}

/** Attributes one quoted span and adds it to the facts when it is a quotation; returns whether someone was named. */
function attributeQuotation(reading: Reading, q: QuotationReading, explanations: Explanation[] | null, oracle: Oracle | undefined): boolean {
  const proposals = propose(reading, q)
  const base = quotationFeatures(reading, q)
  // (What the quotation itself says is the same for all its proposals: it cannot rank them, so only theirs are weighed.)
  const ladder = ladderChoice(reading, q, proposals)
  const features = proposalFeatures(reading, q, proposals, ladder)
  if (ladderKeeps(q, ladder)) base.ladderKeeps = 1
  const model = reading.model
  let {index, scores} = best(features, model.speaker)
  const raw = index >= 0 ? scores[index] : 0
  const span = spanFeatures(base, index >= 0 ? proposals[index] : null, raw)
  let quotation = calibrated(model.quote, rawScore(model.quote, span))
  if (oracle) {
    const entries = proposals.map((p, k) => ({pattern: p.pattern, entity: p.entity, mention: p.mention, features: features[k]}))
    oracle.spans.push({text: q.text, features: span, proposals: entries})
    quotation = oracle.isQuotation(q.text) ? 1 : 0
    if (quotation) index = oracle.rightProposal(q.text, entries)
  }
  // A span the words around it name as a title, a name or a scare quote must be a quotation beyond doubt.
  if (quotation < (q.naming ? model.quote.namingThreshold : model.quote.threshold)) return false
  if (!oracle && q.cue?.bodyOnly === true) index = bestForBody(proposals, scores, index)
  const winner = index >= 0 ? withLocalMention(proposals, proposals[index], scores) : null
  const certainty = winner ? confidenceFeatures(reading, q, proposals, scores, index) : {}
  if (winner && ladder >= 0) certainty[proposals[ladder].entity === winner.entity ? 'ladderAgrees' : 'ladderDisagrees'] = 1
  const confidence = winner ? (oracle ? 1 : calibrated(model.confidence, rawScore(model.confidence, certainty))) : 0
  return addQuotation(reading, q, winner, confidence, explanations, {proposals, features, scores, index, quotation, certainty})
}

/**
 * The winner, with words that name it when it has none of its own: of the proposals for the same speaker, the words
 * of the best-scored one ("“…”, the presumptive nominee tweeted" after a quotation given to Trump by the one before).
 */
function withLocalMention(proposals: readonly Proposal[], winner: Proposal, scores: readonly number[]): Proposal {
  if (winner.mention !== null) return winner
  let best = -1
  proposals.forEach((p, k) => {
    if (p.entity === winner.entity && p.mention !== null && (best < 0 || scores[k] > scores[best])) best = k
  })
  return best < 0 ? winner : {...winner, mention: proposals[best].mention, read: proposals[best].read}
}

/**
 * An impersonal statement with no source ("…“, hieß es.", "…», indique-t-on") speaks for a body, never for a person
 * named before: the best proposal that is no person, or one that reads the source of the sentence before ("Du côté de
 * la Drac Occitanie, on se montre prudent"); else none.
 */
function bestForBody(proposals: readonly Proposal[], scores: readonly number[], index: number): number {
  const allowed = (p: Proposal): boolean => !isPerson(p.entity) || p.pattern === 'previous-source' || p.pattern === 'previous-subject'
  if (index < 0 || allowed(proposals[index])) return index
  let found = -1
  proposals.forEach((p, k) => {
    if (allowed(p) && (found < 0 || scores[k] > scores[found])) found = k
  })
  return found
}

/** Proposals for how many different speakers, bucketed. */
function bucket(n: number): string {
  return n <= 1 ? String(n) : n <= 3 ? '2-3' : '4+'
}

/**
 * What tells how sure the ranker's choice is: how much of the weight the winner holds and by how far it beats the
 * next speaker, how it was found, whether the cue the sentence gives agrees, how many speakers were in play.
 */
function confidenceFeatures(reading: Reading, q: QuotationReading, proposals: readonly Proposal[], scores: readonly number[], index: number): Features {
  const winner = proposals[index]
  let total = 0
  for (const s of scores) total += Math.exp(s)
  const share = (k: number): number => Math.exp(scores[k]) / total
  let other = 0
  const entities = new Set<Entity>()
  proposals.forEach((p, k) => {
    entities.add(p.entity)
    if (p.entity !== winner.entity) other = Math.max(other, share(k))
  })
  let mine = 0
  proposals.forEach((p, k) => {
    if (p.entity === winner.entity) mine += share(k)
  })
  const chosen = proposals.find((p) => p.pattern === 'cue' && p.features.chosen === 1)
  const f: Features = {share: mine, margin: mine - other, [`pattern:${winner.pattern}`]: 1, [`mention:${winner.read?.kind ?? 'none'}`]: 1, [`speakers:${bucket(entities.size)}`]: 1, [`situation:${q.situation}`]: 1, [`language:${reading.document.lang}`]: 1}
  f[chosen ? (chosen.entity === winner.entity ? 'cueAgrees' : 'cueDisagrees') : 'noCue'] = 1
  if (named(reading, winner.entity)) f.named = 1
  if (winner.entity.body) f.body = 1
  return f
}

interface Weighing {
  certainty: Features
  proposals: Proposal[]
  features: Features[]
  scores: number[]
  index: number
  quotation: number
}

/** Adds a quotation to the facts, notes its speaker; returns whether someone was named. */
function addQuotation(reading: Reading, q: QuotationReading, winner: Proposal | null, confidence: number, explanations: Explanation[] | null, weighing: Weighing): boolean {
  const s = q.site.sentence
  const block = reading.document.blocks[s.block]
  const entity = winner && confidence >= reading.model.commit ? winner.entity : null
  if (entity) reading.registry.noteSpeaker(entity, s.block)
  reading.speakers.push(winner?.entity ?? null)
  reading.lastQuotation = {entity, mention: entity ? winner!.mention : null, block: s.block, sentence: q.index, cue: winner?.pattern === 'cue'}
  const {span} = q
  const quotation: Quotation = {
    text: q.text,
    speaker: null,
    mention: winner?.mention ?? null,
    cue: q.cue?.text ?? null,
    kind: q.full || q.alone ? 'full' : 'partial',
    closed: span.close >= 0,
    // Calibrated on a few thousand quotations, a confidence is never certainty: at most 0.99.
    confidence: winner ? Math.min(0.99, Math.round(confidence * 100) / 100) : 0,
    // TeX-style marks are two characters each: ``…''.
    position: reading.document.positions.ofBlock(block, span.openMark === '``' ? span.open - 1 : span.open, span.close >= 0 ? Math.max(span.close, span.end) + 1 : span.end) ?? emptyPosition
  }
  if (winner) quotation.reason = winner.pattern
  reading.quotes.push(quotation)
  if (explanations) {
    const proposals = weighing.proposals.map((p, k) => ({pattern: p.pattern, name: p.entity.name, mention: p.mention, score: Math.round(weighing.scores[k] * 1000) / 1000, features: weighing.features[k]}))
    explanations.push({quote: reading.quotes.length - 1, situation: q.situation, cues: q.near, proposals, winner: weighing.index, quotation: Math.round(weighing.quotation * 1000) / 1000, certainty: weighing.certainty})
  }
  if (!winner) reading.findings.push({ruleId: 'no-speaker', reason: 'Quotation has no attributable speaker', position: quotation.position})
  return entity !== null
}

/**
 * Names are final only now ("Putin" became "Wladimir Putin"). A speaker is named when the name is a name (not a role
 * or a body noun alone) and the confidence reaches `minConfidence`; below it the name is withheld: a wrong speaker in
 * a published box is worse than none.
 */
function withheld(reading: Reading, minConfidence: number): Quotation[] {
  reading.quotes.forEach((q, k) => {
    const entity = reading.speakers[k]
    const name = entity ? shownName(reading, entity) : null
    if (!entity || name === null) return
    if (q.confidence >= minConfidence) {
      q.speaker = name
      return
    }
    q.candidate = name
    reading.findings.push({ruleId: 'low-confidence-speaker', reason: `Speaker of this quotation is uncertain (${name}, confidence ${q.confidence}); it is shown without a name`, position: q.position})
  })
  return reading.quotes
}

/** The name shown for an entity (a person's without a role written onto it), or null when it has none that is a name. */
function shownName(reading: Reading, entity: Entity): string | null {
  const {lexicon} = reading.document
  if (!named(reading, entity)) return null
  if (entity.body) return entity.name
  const shown = displayName(entity.name, lexicon)
  return isNameText(shown, lexicon) ? shown : null
}

/** The people the article quotes or gives a role: people with names, not bodies. */
function peopleOf(reading: Reading): Person[] {
  const people: Person[] = []
  for (const e of reading.registry.entities) {
    if (!isPerson(e) || (e.quotes === 0 && e.role === null)) continue
    const name = shownName(reading, e)
    if (name !== null) people.push({name, role: e.role})
  }
  return people
}
