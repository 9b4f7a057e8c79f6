/**
 * The ways a quotation finds its speaker. Each pattern is small and named: it says whether it applies to the
 * quotation and, when asked, proposes an entity with a confidence, or nothing.
 */
import {openingSource, subjectStart} from '../speakers/cues.js'
import type {Token} from '../speakers/tokens.js'
import {isPerson, type Entity} from '../speakers/entities.js'
import {aboutSentence, broughtIn, pointedBack, type Reading} from './context.js'
import {introducedBy, type QuotationReading} from './quotation.js'

/** What a pattern proposes: who spoke, how sure it is, and the words that name them where a cue does. */
export interface Proposal {
  entity: Entity
  confidence: number
  /** The words in the article that attribute the quotation, or null. */
  mention: string | null
}

export interface Pattern {
  /** Stable id: the quotation's `reason` when this pattern wins. */
  id: string
  /** Whether the pattern may attribute the quotation at all. */
  applies(reading: Reading, q: QuotationReading): boolean
  /** Its proposal, or null. Asked only when it applies. */
  propose(reading: Reading, q: QuotationReading): Proposal | null
}

/** The sentence before, when it is in the quotation's paragraph. */
function sentenceBefore(reading: Reading, q: QuotationReading) {
  const previous = reading.previousSentence
  return previous?.block === q.site.sentence.block ? previous : null
}

/** A cue with no mention that points to the sentence before: "Darin steht: „…“", "« … », indique-t-on". */
const fromPrevious = (reading: Reading, q: QuotationReading): boolean => q.cue !== null && !q.cue.mention && q.cue.fromPrevious === true && sentenceBefore(reading, q) !== null

/** "Die Staatsanwaltschaft gab eine Stellungnahme ab. Darin steht: „…“": the source the sentence before opens with. */
const previousSource: Pattern = {
  id: 'previous-source',
  applies: fromPrevious,
  propose(reading, q) {
    const previous = sentenceBefore(reading, q)!
    const opened = openingSource(previous.tokens, reading.document.blocks[previous.block].text, reading.document.lexicon)
    const source = opened && opened !== 'document' ? reading.registry.resolve(opened, q.site.sentence.block) : null
    return source ? {entity: source.entity, confidence: Math.min(0.6, source.confidence), mention: null} : null
  }
}

/**
 * "Du côté de la Drac, on se montre prudent. « … », indique-t-on": whom the sentence before is about; for an
 * impersonal "on" only a body.
 */
const previousSubject: Pattern = {
  id: 'previous-subject',
  applies: fromPrevious,
  propose(reading, q) {
    const about = aboutSentence(reading, sentenceBefore(reading, q)!, undefined, q.site.sentence.block)
    if (!about || (q.cue!.bodyOnly && isPerson(about.entity))) return null
    return {entity: about.entity, confidence: Math.min(0.6, about.confidence), mention: null}
  }
}

/** The words of the cue's mention as the article has them. */
function mentionText(reading: Reading, q: QuotationReading): string {
  const cue = q.cue!
  const m = cue.mention!
  if (cue.inside) return m.text
  const s = q.site.sentence
  return reading.document.blocks[s.block].text.slice(s.tokens[m.start].start, s.tokens[m.end - 1].end).replace(/[\s,]+$/u, '')
}

/**
 * A pronoun later in a sentence whose subject is someone stands for them: "Le président Jean-Yves Morvan parle d'une
 * qualification « historique », la plus belle, selon lui". Not a source that opens the sentence: "Selon lui, la DGAC
 * a dû …".
 */
const pronounSubject: Pattern = {
  id: 'pronoun-subject',
  applies: (_, q) => q.cue?.mention?.kind === 'pronoun' && q.cue.mention.start > q.opening && q.cue.index > q.opening,
  propose(reading, q) {
    const pronoun = q.cue!.mention!
    const s = q.site.sentence
    const subject = aboutSentence(reading, s, undefined, s.block)
    if (!subject || !isPerson(subject.entity) || !(subject.entity.gender === null || pronoun.gender === null || subject.entity.gender === pronoun.gender)) return null
    return {entity: subject.entity, confidence: Math.min(q.cue!.strength + 0.1, subject.confidence, 0.8), mention: mentionText(reading, q)}
  }
}

/** Whom the cue's mention is: "sagte Putin", "so der Kremlchef", "laut einem Sprecher", "a-t-il ajouté". */
const cueMention: Pattern = {
  id: 'cue',
  applies: (_, q) => q.cue?.mention != null,
  propose(reading, q) {
    const resolved = reading.registry.resolve(q.cue!.mention!, q.site.sentence.block)
    return resolved ? {entity: resolved.entity, confidence: Math.min(q.cue!.strength + 0.1, resolved.confidence), mention: mentionText(reading, q)} : null
  }
}

/**
 * A sentence that introduces the quotation with a colon gives its own subject: "Die DSW schlug in die gleiche Kerbe,
 * indem sie …: „…“".
 */
const colonSubject: Pattern = {
  id: 'colon-subject',
  applies: (_, q) => q.situation === 'standalone' && q.previousToken?.text === ':' && q.site.token > 1,
  propose(reading, q) {
    const introduced = introducedBy(reading, q)
    return introduced ? {entity: introduced.entity, confidence: 0.6, mention: null} : null
  }
}

/** Someone the sentence before brings into a paragraph where nobody has spoken yet. */
const broughtInPattern: Pattern = {
  id: 'brought-in',
  applies: (_, q) => (q.situation === 'standalone' && q.alone) || q.situation === 'reported',
  propose(reading, q) {
    const entity = broughtIn(reading, q.site.sentence)
    return entity ? {entity, confidence: q.situation === 'reported' ? 0.5 : 0.6, mention: null} : null
  }
}

/** A quotation standing on its own continues the previous speaker (of this paragraph or the one before). */
const previousSpeaker: Pattern = {
  id: 'previous-speaker',
  applies: (_, q) => q.situation === 'standalone' || q.situation === 'reported',
  propose(reading, q) {
    const entity = reading.registry.previousSpeaker(q.site.sentence.block)
    return entity ? {entity, confidence: q.situation === 'reported' ? 0.5 : 0.6, mention: null} : null
  }
}

/** Where a sentence's clause starts after a label: "Europapolitik: Die SPD will …". */
function clauseAfterLabel(tokens: readonly Token[]): number {
  return tokens[1]?.text === ':' && tokens[0].kind === 'word' ? 2 : 0
}

/** The voice of whom the sentence before is about: "Die SPD will … . „Wir wollen …“". */
const previousSentence: Pattern = {
  id: 'previous-sentence',
  applies: (reading, q) => q.situation === 'standalone' && q.alone && sentenceBefore(reading, q) !== null,
  propose(reading, q) {
    const previous = sentenceBefore(reading, q)!
    const label = clauseAfterLabel(previous.tokens)
    const from = label === subjectStart(previous.tokens, reading.document.lexicon) ? undefined : label
    const resolved = aboutSentence(reading, previous, from, q.site.sentence.block)
    return resolved ? {entity: resolved.entity, confidence: 0.5, mention: null} : null
  }
}

/**
 * Whose words the quotation is, when it is the last of its sentence and the next sentence of its paragraph points
 * back to them: "… sollte „die Grundlage für …“ schaffen. Von diesem Versprechen des damaligen Präsidenten …".
 */
const pointedBackPattern: Pattern = {
  id: 'pointed-back',
  applies: (_, q) => q.situation === 'reported' || q.situation === 'fragment',
  propose(reading, q) {
    const owner = pointedBack(reading, q.index, q.last)
    return owner ? {entity: owner.entity, confidence: Math.min(0.6, owner.confidence), mention: null} : null
  }
}

/** Every pattern, in the order the ranker tries them. */
export const patterns: readonly Pattern[] = [previousSource, previousSubject, pronounSubject, cueMention, colonSubject, broughtInPattern, previousSpeaker, previousSentence, pointedBackPattern]
