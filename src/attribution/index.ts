/**
 * Attribution: the article read in order, sentence by sentence. Each sentence first says who is around (its
 * subject, the source it opens with, names in passing); then each of its quotations is read and ranked patterns
 * name its speaker. Names are final only at the end ("Putin" became "Wladimir Putin").
 */
import type {ArticleDocument, Sentence} from '../document/index.js'
import {emptyPosition} from '../document/position.js'
import type {Finding} from '../document/findings.js'
import {subjectStart} from '../speakers/cues.js'
import type {Person, Quotation} from '../types.js'
import {type Reading, startReading} from './context.js'
import {noteNamesInPassing} from './passing.js'
import {type QuotationReading, readQuotation} from './quotation.js'
import {rank, type Trial} from './rank.js'
import {noteOpeningSource, noteSubject, noteVoice} from './sentence.js'
import type {CueCandidate} from './cue-choice.js'

/** Why a quotation got its speaker: the cues near it, the patterns tried and the winner (for `--explain`). */
export interface Explanation {
  /** Index of the quotation in `facts.quotes`. */
  quote: number
  situation: QuotationReading['situation']
  cues: CueCandidate[]
  /** The cue chosen, by its index among `cues`, or -1 (none, or one inside the quotation's marks). */
  chosen: number
  trials: Trial[]
}

export interface Attribution {
  quotes: Quotation[]
  people: Person[]
  findings: Finding[]
  explanations: Explanation[]
}

/** Attributes the quotations of a document; below `minConfidence` a speaker's name is withheld. */
export function attribute(document: ArticleDocument, minConfidence: number, explain = false): Attribution {
  const reading = startReading(document)
  const explanations: Explanation[] = []
  let site = 0
  for (const [index, s] of document.sentences.entries()) {
    reading.registry.startSentence()
    const heading = document.blocks[s.block].kind === 'heading'
    const opening = subjectStart(s.tokens, document.lexicon)
    noteSubject(reading, s, opening)
    if (!heading) {
      noteOpeningSource(reading, s)
      noteNamesInPassing(reading, s)
    }
    let attributedHere = false
    while (site < document.quotes.length && document.quotes[site].sentence === s) {
      const at = site++
      if (heading) continue
      const {quotation, joined} = readQuotation(reading, document.quotes, at, index, opening)
      if (joined) site++
      if (quotation && attributeQuotation(reading, quotation, explain ? explanations : null)) attributedHere = true
    }
    reading.previousSentence = s
    if (!attributedHere && !heading) noteVoice(reading, s)
  }
  return {quotes: withheld(reading, minConfidence), people: peopleOf(reading), findings: reading.findings, explanations}
}

/** Whether a quotation with no speaker is dropped: a title or a motto standing on its own, a scare quote. */
function dropped(q: QuotationReading): boolean {
  switch (q.situation) {
    case 'standalone':
      return q.span.close >= 0 && !(q.alone && q.shape.sentenceEnd)
    case 'reported':
      return q.shape.words.length < 4
    case 'fragment':
      return true
    default:
      return false
  }
}

/** Attributes one quotation and adds it to the facts; returns whether someone was named. */
function attributeQuotation(reading: Reading, q: QuotationReading, explanations: Explanation[] | null): boolean {
  const {winner, trials} = rank(reading, q, explanations !== null)
  if (!winner && dropped(q)) return false
  const s: Sentence = q.site.sentence
  const block = reading.document.blocks[s.block]
  const entity = winner?.entity ?? null
  if (entity) reading.registry.noteSpeaker(entity, s.block)
  reading.speakers.push(entity)
  const {span} = q
  const quotation: Quotation = {
    text: q.text,
    speaker: null,
    mention: winner?.mention ?? null,
    cue: q.cue?.text ?? null,
    kind: q.full || q.alone ? 'full' : 'partial',
    closed: span.close >= 0,
    confidence: entity ? Math.round(winner!.confidence * 100) / 100 : 0,
    // TeX-style marks are two characters each: ``…''.
    position: reading.document.positions.ofBlock(block, span.openMark === '``' ? span.open - 1 : span.open, span.close >= 0 ? Math.max(span.close, span.end) + 1 : span.end) ?? emptyPosition
  }
  if (winner) quotation.reason = winner.reason
  reading.quotes.push(quotation)
  if (explanations) {
    const chosen = q.near.findIndex((c) => c.cue === q.cue)
    explanations.push({quote: reading.quotes.length - 1, situation: q.situation, cues: q.near, chosen, trials})
  }
  if (span.close < 0) {
    const mark = span.openMark.includes('`') ? `“${span.openMark}”` : `\`${span.openMark}\``
    reading.findings.push({ruleId: 'unclosed-quote', reason: `Quotation opened with ${mark} is not closed before the end of its paragraph`, position: reading.document.positions.ofBlock(block, span.open, span.open + 1)})
  }
  if (!entity) reading.findings.push({ruleId: 'no-speaker', reason: 'Quotation has no attributable speaker', position: quotation.position})
  return entity !== null
}

/**
 * Names are final only now ("Putin" became "Wladimir Putin"). Below the lowest confidence the name is withheld: a
 * wrong speaker in a published box is worse than none.
 */
function withheld(reading: Reading, minConfidence: number): Quotation[] {
  reading.quotes.forEach((q, k) => {
    const entity = reading.speakers[k]
    const name = entity?.name ?? null
    if (entity && name !== null && q.confidence < minConfidence) {
      q.candidate = name
      // Withheld here, so not counted as a voice of the article either.
      entity.quotes--
      reading.findings.push({ruleId: 'low-confidence-speaker', reason: `Speaker of this quotation is uncertain (${name}, confidence ${q.confidence}); it is shown without a name`, position: q.position})
    } else {
      q.speaker = name
    }
  })
  return reading.quotes
}

/** The people the article quotes or gives a role. */
function peopleOf(reading: Reading): Person[] {
  return reading.registry.entities.filter((e) => e.kind === 'person' && !e.body && (e.quotes > 0 || e.role !== null)).map((e) => ({name: e.name, role: e.role}))
}
