/**
 * Facts from an article: the stages in order. Pure: no I/O, no clock.
 *
 * document (blocks → quotation spans → sentences → tokens and cues) → attribution → dates → facts.
 */
import type {Root} from 'mdast'
import {type Attribution, attribute, type Explanation, type Oracle} from './attribution/index.js'
import type {AttributionModel} from './attribution/model.js'
import {datesOf} from './dates/stage.js'
import type {Finding} from './document/findings.js'
import {buildDocument, type DocumentOptions} from './document/index.js'
import {datelineOf} from './document/metadata.js'
import type {Facts} from './types.js'

export {defaultDateFields} from './document/metadata.js'
export type {Finding} from './document/findings.js'
export type {Explanation, Oracle, TrainingSpan} from './attribution/index.js'

/** Options of `extract`. */
export interface ExtractOptions extends DocumentOptions {
  /** Lowest confidence (0–1) at which a speaker is named; below it the name is withheld (`candidate`). Default 0.25. */
  minConfidence?: number | null | undefined
  /** Keep, for each quotation, the cues and patterns that were weighed (`explanations`). */
  explain?: boolean | undefined
  /** For training only: the gold decides what is a quotation and who said it, and every span's proposals are kept. */
  oracle?: Oracle | undefined
  /** For training only: weights to rank with in place of the trained ones. */
  model?: AttributionModel | undefined
}

export interface Extraction {
  facts: Facts
  /** Problems in the article worth a message (the plugin turns these into vfile messages). */
  findings: Finding[]
  /** With `explain`: why each quotation got its speaker. */
  explanations: Explanation[]
}

/** Default lowest confidence at which a speaker is named. */
export const defaultMinConfidence = 0.25

/** Extracts the facts of an article (Markdown text or mdast tree), with findings for messages. */
export function extract(input: string | Root, options: ExtractOptions = {}): Extraction {
  const document = buildDocument(input, options)
  const attribution: Attribution = attribute(document, {minConfidence: options.minConfidence ?? defaultMinConfidence, explain: options.explain === true, oracle: options.oracle, model: options.model})
  const {dates, findings: dateFindings} = datesOf(document)
  const lead = document.blocks.find((b) => b.kind === 'paragraph')
  const facts: Facts = {
    lang: document.lang,
    publicationDate: document.publicationDate,
    dateline: lead ? datelineOf(lead.text) : null,
    quotes: attribution.quotes,
    dates,
    people: attribution.people
  }
  return {facts, findings: [...document.findings, ...attribution.findings, ...dateFindings], explanations: attribution.explanations}
}
