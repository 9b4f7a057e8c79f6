/**
 * A quotation as attribution sees it: its words, the cue chosen for it, its shape and where it stands in its
 * sentence; or null when the span is no quotation (empty, a name or a title).
 */
import {isHeadline, type QuoteSite, type Sentence} from '../document/index.js'
import {isNaming, shapeOf, type SpanShape} from '../quotes/classify.js'
import type {QuoteSpan} from '../quotes/scan.js'
import type {Cue} from '../speakers/cues.js'
import type {Resolution} from '../speakers/entities.js'
import type {Token} from '../speakers/tokens.js'
import {aboutSentence, type Reading} from './context.js'
import {chooseCue, type CueCandidate, incise, nearCues, splitAttribution} from './cue-choice.js'

/** Where a quotation stands, which decides the patterns that may attribute it. */
export type Situation =
  /** A cue of its sentence attributes it. */
  | 'cue'
  /** No cue; it stands alone, is left open, or is a whole statement of four words or more. */
  | 'standalone'
  /** No cue, in a sentence of reported speech (Konjunktiv). */
  | 'reported'
  /** No cue; a few words, or words that do not end a sentence: a scare quote unless someone owns them. */
  | 'fragment'
  /** No cue; a whole statement inside a sentence. */
  | 'statement'

export interface QuotationReading {
  site: QuoteSite
  /** Index of its sentence among the document's sentences. */
  index: number
  /** The span, with a second part joined when an attribution split the quotation in two. */
  span: QuoteSpan
  text: string
  shape: SpanShape
  /** The cues near it, and the one chosen (or one inside or between its marks). */
  near: CueCandidate[]
  cue: Cue | null
  situation: Situation
  /** Only punctuation around it in its sentence. */
  alone: boolean
  /** A whole statement: upper case, opening its sentence or after a colon or another quotation. */
  full: boolean
  previousToken: Token | undefined
  /** Where its sentence's subject starts. */
  opening: number
  /** It is the last quotation of its sentence. */
  last: boolean
  /** The words around it name a thing rather than quote someone (a title, a name, a scare quote). */
  naming: boolean
  /** It stands in a heading. */
  heading: boolean
  /** Whom the sentence that introduces it with a colon is about, read once (undefined until asked). */
  colonSubject: Resolution | null | undefined
}

/** The inner text of a quotation span, trimmed. */
function innerText(text: string, span: QuoteSpan): string {
  return text.slice(span.open + 1, span.close >= 0 ? span.close : span.end).trim()
}

/** Whom the sentence that introduces the quotation with a colon is about, read once per quotation. */
export function introducedBy(reading: Reading, q: QuotationReading): Resolution | null {
  const s = q.site.sentence
  return (q.colonSubject ??= aboutSentence(reading, s, undefined, s.block, true))
}

/**
 * Reads the quotation at `sites[at]` (and the next site, when an attribution splits one quotation in two; then
 * `joined` is true). Null when its marks hold nothing.
 */
export function readQuotation(reading: Reading, sites: readonly QuoteSite[], at: number, index: number, opening: number): {quotation: QuotationReading | null; joined: boolean} {
  const {document} = reading
  const site = sites[at]
  const s = site.sentence
  const block = document.blocks[site.block]
  let span = site.span
  let text = innerText(block.text, span)
  if (!text) return {quotation: null, joined: false}
  const near = nearCues(s, site.token)
  let cue = chooseCue(near)
  // “We will,” she said, “and soon.”: one quotation split by its attribution.
  const next = sites[at + 1]
  const split = next && next.sentence === s ? splitAttribution(s, site, next, text, innerText(block.text, next.span)) : null
  if (split) {
    cue = split
    text = `${text} ${innerText(block.text, next.span)}`
    span = {...span, close: next.span.close, end: next.span.end, closeMark: next.span.closeMark}
  }
  // « Nous irons, a réagi Mme Thill, jusqu'au bout »: the attribution inside the marks.
  if ((!cue || !cue.mention) && span.close >= 0) cue = incise(block.text, span, document.lexicon) ?? cue
  const shape = shapeOf(text)
  const q: QuotationReading = {site, index, span, text, shape, near, cue, situation: 'statement', alone: false, full: false, previousToken: s.tokens[site.token - 1], opening, last: false, naming: false, heading: isHeadline(document, site.block), colonSubject: undefined}
  q.cue = keptCue(reading, q)
  q.naming = isNaming(s.tokens, site.token, shape, document.lexicon, q.cue !== null)
  q.alone = s.tokens.every((t, k) => k === site.token || t.kind === 'punct')
  q.full = shape.firstUpper && (site.token === 0 || q.previousToken?.text === ':' || q.previousToken?.kind === 'quote')
  q.situation = situationOf(q, s)
  q.last = sites[at + (split ? 2 : 1)]?.sentence !== s
  return {quotation: q, joined: split !== null}
}

/** The cue, unless it says nothing about this quotation. */
function keptCue(reading: Reading, q: QuotationReading): Cue | null {
  const {cue, shape, site} = q
  // A verb with nobody speaking does not make a fragment a quotation: "hält die Bank am Plan von „…“ fest".
  if (cue && cue.kind === 'verb' && !cue.mention && !(shape.firstUpper && shape.sentenceEnd)) return null
  // A verb of nobody's in a clause before a colon leaves the colon to introduce the quotation: "Eine Obstbäuerin, die
  // ihren Namen nicht nennen wollte, ist wütend: „…“".
  if (cue && cue.kind === 'verb' && !cue.mention && site.sentence.tokens[site.token - 1]?.text === ':' && cue.index < site.token - 1 && introducedBy(reading, q)) return null
  return cue
}

function situationOf(q: QuotationReading, s: Sentence): Situation {
  if (q.cue) return 'cue'
  if (q.alone || q.span.close < 0 || (q.full && q.shape.words.length >= 4)) return 'standalone'
  if (s.reported) return 'reported'
  if (q.shape.words.length < 4 || !q.shape.sentenceEnd) return 'fragment'
  return 'statement'
}
