/** The dates stage: the temporal expressions of a document, placed in its blocks and sentences. */
import type {ArticleDocument} from '../document/index.js'
import type {Finding} from '../document/findings.js'
import {emptyPosition} from '../document/position.js'
import type {TemporalExpression} from '../types.js'
import {findTemporalExpressions} from './index.js'

/** Finds the dates of a document, each with its position and sentence; a finding for each relative date left open. */
export function datesOf(document: ArticleDocument): {dates: TemporalExpression[]; findings: Finding[]} {
  const {blocks, blockStarts, blockSentences, publicationDate, lang} = document
  const dates: TemporalExpression[] = []
  const findings: Finding[] = []
  // Matches come in text order, so the block index only moves forward; sentences too, one pointer per block.
  let b = 0
  let sentenceAt = 0
  // The dates of one sentence share one string: the timeline tells them apart from the next sentence's by identity,
  // not by comparing the text.
  let last = {block: -1, start: -1, end: -1, text: ''}
  for (const match of findTemporalExpressions(document.fullText, {publicationDate, lang})) {
    while (b + 1 < blockStarts.length && blockStarts[b + 1] <= match.start) {
      b++
      sentenceAt = 0
    }
    const block = blocks[b]
    const local = match.start - blockStarts[b]
    const inBlock = blockSentences[b]
    while (sentenceAt + 1 < inBlock.length && inBlock[sentenceAt].end <= local) sentenceAt++
    const candidate = inBlock[sentenceAt]
    const sentence = candidate && candidate.start <= local && local < candidate.end ? candidate : {start: 0, end: block.text.length}
    if (last.block !== b || last.start !== sentence.start || last.end !== sentence.end) last = {block: b, start: sentence.start, end: sentence.end, text: block.text.slice(sentence.start, sentence.end)}
    const date: TemporalExpression = {
      text: match.text,
      value: match.value,
      type: match.type,
      certain: match.certain,
      position: document.positions.ofBlock(block, local, match.end - blockStarts[b]) ?? emptyPosition,
      sentence: last.text
    }
    dates.push(date)
    if (publicationDate === null && match.value === null && match.type !== 'DURATION') {
      findings.push({ruleId: 'relative-date-without-publication-date', reason: `Relative date \`${match.text}\` cannot be resolved without a publication date`, position: date.position})
    }
  }
  return {dates, findings}
}
