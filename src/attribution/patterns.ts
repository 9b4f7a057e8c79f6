/**
 * The ways a quotation can find its speaker. Each pattern is small and named: it proposes who may have spoken, with
 * the words that say so and what it saw (its features); it does not decide. The ranker weighs every proposal.
 */
import type {Sentence} from '../document/index.js'
import {openingSource, subjectStart} from '../speakers/cues.js'
import {isPerson, type Entity} from '../speakers/entities.js'
import {hasCommonNounEnding, isGroupNoun, isSpeakerLike, type Mention, readMention} from '../speakers/mentions.js'
import type {Token} from '../speakers/tokens.js'
import {aboutSentence, broughtIn, pointedBack, type Reading, resolveOnce} from './context.js'
import type {CueCandidate} from './cue-choice.js'
import {isNameText, plausibleName} from './names.js'
import {introducedBy, type QuotationReading} from './quotation.js'

/** Features of a proposal: names with values (1 for a flag). */
export type Features = Record<string, number>

/** What a pattern proposes: who may have spoken, the words that name them, and what the pattern saw. */
export interface Proposal {
  /** The pattern's id; the quotation's `reason` when this proposal wins. */
  pattern: string
  entity: Entity
  /** The words in the article that attribute the quotation, or null. */
  mention: string | null
  /** The mention read, when the proposal comes from one. */
  read: Mention | null
  /** The confidence the hand-written ladder gave this reading (a feature among others). */
  prior: number
  features: Features
}

export interface Pattern {
  id: string
  /** It reads names from the quotation's own sentence (never done in a headline, whose capitals make names of every word). */
  readsSentence?: boolean
  propose(reading: Reading, q: QuotationReading, out: Proposal[]): void
}

/** The sentence before, when it is in the quotation's paragraph. */
function sentenceBefore(reading: Reading, q: QuotationReading): Sentence | null {
  const previous = reading.previousSentence
  return previous?.block === q.site.sentence.block ? previous : null
}

/** The words of a mention as the article has them. */
function mentionText(reading: Reading, s: Sentence, m: Mention, inside: boolean): string {
  if (inside) return m.text
  const text = reading.document.blocks[s.block].text.slice(s.tokens[m.start].start, s.tokens[m.end - 1].end)
  let end = text.length
  while (end > 0 && (text[end - 1] === ',' || /\s/u.test(text[end - 1]))) end--
  return text.slice(0, end)
}

function add(out: Proposal[], pattern: string, entity: Entity | null | undefined, prior: number, features: Features, mention: string | null = null, read: Mention | null = null): void {
  if (entity) out.push({pattern, entity, mention, read, prior, features})
}

/** Distance in tokens, bucketed. */
function distance(d: number): string {
  const a = Math.abs(d)
  return a <= 2 ? '0-2' : a <= 5 ? '3-5' : a <= 10 ? '6-10' : a <= 20 ? '11-20' : '21+'
}

/** What a cue candidate says about itself. */
function cueFeatures(c: CueCandidate, chosen: boolean): Features {
  const f: Features = {[`cue:${c.cue.kind}`]: 1, [`dir:${c.distance > 0 ? 'after' : 'before'}`]: 1, [`dist:${distance(c.distance)}`]: 1}
  if (c.cue.pattern) f[`cuepat:${c.cue.pattern}`] = 1
  if (c.rightAfter) f.rightAfter = 1
  if (chosen) f.chosen = 1
  if (c.cue.inside) f.inside = 1
  return f
}

/** How many cues with a mention propose a speaker for one quotation, besides the one chosen. */
const cuesProposed = 4

/** Whether a cue is among the `cuesProposed` nearest of a list. */
function nearest(list: readonly CueCandidate[], c: CueCandidate): boolean {
  const d = Math.abs(c.distance)
  let closer = 0
  for (const other of list) if (Math.abs(other.distance) < d) closer++
  return closer < cuesProposed
}

/**
 * Whom a cue's mention is: "sagte Putin", "so der Kremlchef", "laut einem Sprecher", "a-t-il ajouté"; one proposal
 * for every cue near the quotation (and one inside its marks), the one the old ladder chose marked `chosen`.
 */
const cueMention: Pattern = {
  id: 'cue',
  propose(reading, q, out) {
    const s = q.site.sentence
    const near = q.cue && !q.near.some((c) => c.cue === q.cue) ? [{cue: q.cue, distance: 1, rightAfter: false}, ...q.near] : q.near
    // The chosen cue and the nearest few with a mention: a cue far off behind others is not this quotation's.
    const withMention = near.filter((c) => c.cue.mention)
    const kept = withMention.length <= cuesProposed ? withMention : withMention.filter((c) => c.cue === q.cue || nearest(withMention, c))
    for (const c of kept) {
      const m = c.cue.mention
      if (!m) continue
      const resolved = resolveOnce(reading, m, s.block)
      if (!resolved) continue
      add(out, 'cue', resolved.entity, Math.min(c.cue.strength + 0.1, resolved.confidence), cueFeatures(c, c.cue === q.cue), mentionText(reading, s, m, c.cue.inside === true), m)
    }
  }
}

/**
 * A pronoun later in a sentence whose subject is someone stands for them: "Le président Jean-Yves Morvan parle d'une
 * qualification « historique », la plus belle, selon lui". Not a source that opens the sentence: "Selon lui, …".
 */
const pronounSubject: Pattern = {
  id: 'pronoun-subject',
  propose(reading, q, out) {
    const cue = q.cue
    const pronoun = cue?.mention
    if (!cue || !pronoun || pronoun.kind !== 'pronoun' || !(pronoun.start > q.opening && cue.index > q.opening)) return
    const s = q.site.sentence
    const subject = aboutSentence(reading, s, undefined, s.block)
    if (!subject || !isPerson(subject.entity) || !(subject.entity.gender === null || pronoun.gender === null || subject.entity.gender === pronoun.gender)) return
    add(out, 'pronoun-subject', subject.entity, Math.min(cue.strength + 0.1, subject.confidence, 0.8), {}, mentionText(reading, s, pronoun, cue.inside === true), pronoun)
  }
}

/**
 * A pronoun of a cue may stand for the last speaker rather than for whom the registry finds most salient: «Wouah», a
 * ensuite soupiré François Limoges. « … », a-t-il ajouté.
 */
const pronounLastSpeaker: Pattern = {
  id: 'pronoun-last-speaker',
  propose(reading, q, out) {
    const cue = q.cue
    const pronoun = cue?.mention
    const last = reading.lastQuotation
    if (!cue || !pronoun || pronoun.kind !== 'pronoun' || pronoun.neuter || !last?.entity || last.block < q.site.sentence.block - 1) return
    const e = last.entity
    if (!isPerson(e) || (e.gender !== null && pronoun.gender !== null && e.gender !== pronoun.gender)) return
    const features: Features = e.gender !== null && e.gender === pronoun.gender ? {genderMatch: 1} : {}
    if (last.block === q.site.sentence.block) features.samePara = 1
    add(out, 'pronoun-last-speaker', e, 0.6, features, mentionText(reading, q.site.sentence, pronoun, cue.inside === true), pronoun)
  }
}

/**
 * A label before a paragraph that is only a quotation names its speaker: "Lise Thériault, nouvelle ministre des PME:"
 * then « … »; or a name set off by a colon in the paragraph before ("More from Jones:").
 */
const label: Pattern = {
  id: 'label',
  readsSentence: true,
  propose(reading, q, out) {
    const s = q.site.sentence
    if (!q.alone || q.site.token > 1 || s.span.start !== 0) return
    const {sentences} = reading.document
    const previous = q.index > 0 ? sentences[q.index - 1] : null
    if (!previous || previous.block !== s.block - 1) return
    const tokens = previous.tokens
    if (tokens[tokens.length - 1]?.text !== ':' || tokens.some((t) => t.kind === 'quote')) return
    const m = mentionsOf(reading, previous)[0]
    const resolved = m ? reading.registry.resolve(m, s.block) : null
    if (resolved) add(out, 'label', resolved.entity, 0.7, {}, mentionText(reading, previous, m, false), m)
  }
}

/** A cue with no mention that points to the sentence before: "Darin steht: „…“", "« … », indique-t-on". */
const fromPrevious = (reading: Reading, q: QuotationReading): boolean => q.cue !== null && !q.cue.mention && q.cue.fromPrevious === true && sentenceBefore(reading, q) !== null

/**
 * "Die Staatsanwaltschaft gab eine Stellungnahme ab. Darin steht: „…“": the source the sentence before opens with;
 * else whom it is about ("Du côté de la Drac, on se montre prudent. « … », indique-t-on"), for "on" only a body.
 */
const previousSource: Pattern = {
  id: 'previous-source',
  propose(reading, q, out) {
    if (!fromPrevious(reading, q)) return
    const previous = sentenceBefore(reading, q)!
    const opened = openingSource(previous.tokens, reading.document.blocks[previous.block].text, reading.document.lexicon)
    const source = opened && opened !== 'document' ? reading.registry.resolve(opened, q.site.sentence.block) : null
    if (source) return add(out, 'previous-source', source.entity, Math.min(0.6, source.confidence), {})
    const about = aboutSentence(reading, previous, undefined, q.site.sentence.block)
    if (about && !(q.cue!.bodyOnly && isPerson(about.entity))) add(out, 'previous-subject', about.entity, Math.min(0.6, about.confidence), {})
  }
}

/** A sentence that introduces the quotation with a colon gives its own subject: "Die DSW schlug …, indem sie …: „…“". */
const colonSubject: Pattern = {
  id: 'colon-subject',
  readsSentence: true,
  propose(reading, q, out) {
    if (q.previousToken?.text !== ':' || q.site.token <= 1) return
    add(out, 'colon-subject', introducedBy(reading, q)?.entity, 0.6, {})
  }
}

/** Someone the sentence before brings into a paragraph where nobody has spoken yet. */
const broughtInPattern: Pattern = {
  id: 'brought-in',
  propose(reading, q, out) {
    add(out, 'brought-in', broughtIn(reading, q.site.sentence), q.situation === 'reported' ? 0.5 : 0.6, {})
  }
}

/** The speaker of the last quotation, when it was in this paragraph or the one before. */
const previousSpeaker: Pattern = {
  id: 'previous-speaker',
  propose(reading, q, out) {
    const block = q.site.sentence.block
    const entity = reading.registry.previousSpeaker(block)
    add(out, 'previous-speaker', entity, q.situation === 'reported' ? 0.5 : 0.6, entity && reading.registry.spokeIn(block) ? {samePara: 1} : {})
  }
}

/**
 * “A,” he said. “B.”: the quotation before it in its paragraph (or, for a paragraph that opens with a quotation, the
 * last one of the paragraph before), with the words that attributed it.
 */
const followOn: Pattern = {
  id: 'follow-on',
  propose(reading, q, out) {
    const last = reading.lastQuotation
    if (!last || last.entity === null) return
    const block = q.site.sentence.block
    const samePara = last.block === block
    if (!samePara && !(last.block === block - 1 && q.site.token === 0 && q.site.sentence.span.start === 0)) return
    const features: Features = samePara ? {samePara: 1} : {nextPara: 1}
    if (last.sentence === q.index) features.sameSentence = 1
    else if (q.index - last.sentence === 1) features.sentenceAfter = 1
    if (last.cue) features.lastHadCue = 1
    add(out, 'follow-on', last.entity, 0.6, features, last.mention)
  }
}

/** Where a sentence's clause starts after a label: "Europapolitik: Die SPD will …". */
function clauseAfterLabel(tokens: readonly Token[]): number {
  return tokens[1]?.text === ':' && tokens[0].kind === 'word' ? 2 : 0
}

/** The voice of whom the sentence before is about: "Die SPD will … . „Wir wollen …“". */
const previousSentence: Pattern = {
  id: 'previous-sentence',
  propose(reading, q, out) {
    const previous = sentenceBefore(reading, q)
    if (!previous) return
    const label = clauseAfterLabel(previous.tokens)
    const from = label === subjectStart(previous.tokens, reading.document.lexicon) ? undefined : label
    add(out, 'previous-sentence', aboutSentence(reading, previous, from, q.site.sentence.block)?.entity, 0.5, {})
  }
}

/** Whom the quotation's own sentence is about: "Walter Hewlett sniped that Fiorina was “learning on the job”". */
const sentenceSubject: Pattern = {
  id: 'sentence-subject',
  readsSentence: true,
  propose(reading, q, out) {
    const s = q.site.sentence
    const about = aboutSentence(reading, s, undefined, s.block)
    if (!about) return
    const features: Features = {}
    if (s.cues.some((c) => c.kind === 'verb')) features.verbInSentence = 1
    add(out, 'sentence-subject', about.entity, 0.4, features)
  }
}

/** Whose words the quotation is, when the next sentence of its paragraph points back to them ("Von diesem Versprechen des …"). */
const pointedBackPattern: Pattern = {
  id: 'pointed-back',
  propose(reading, q, out) {
    const owner = pointedBack(reading, q.index, q.last)
    if (owner) add(out, 'pointed-back', owner.entity, Math.min(0.6, owner.confidence), {})
  }
}

/** Whether a token may open a mention: a capitalised word, a pronoun, a determiner or a possessive. */
function opensMention(reading: Reading, t: Token): boolean {
  if (t.kind !== 'word') return false
  const {lexicon, locale} = reading.document
  return t.upper || Object.hasOwn(locale.nominativePronouns, t.lower) || lexicon.nominativeDeterminers.has(t.lower) || lexicon.demonstratives.has(t.lower) || locale.possessives.includes(t.lower)
}

/** Whether a single capitalised word is a common noun in a language that capitalises nouns: "Brief", "Antwort". */
function commonWord(reading: Reading, name: string): boolean {
  return name.includes(' ') || reading.registry.isCommonNoun(name) || hasCommonNounEnding(name.toLowerCase(), reading.document.lexicon) || isGroupNoun(name.toLowerCase(), reading.document.lexicon)
}

/** How many mentions of a sentence are proposed, nearest the quotation first. */
const mentionsBefore = 6
const mentionsAfter = 3

/**
 * Whether a name no cue reads may still bring someone new: not right after a preposition or a capitalised word ("in
 * Pjöngjang Kim Jong-un"), shaped like a name, and where nouns are capitalised two words or more that read as a name.
 */
function freshName(reading: Reading, m: Mention, s: Sentence): boolean {
  const {lexicon, locale} = reading.document
  const before = s.tokens[m.start - 1]
  if (before?.kind === 'word' && (before.upper || lexicon.prepositions.has(before.lower))) return false
  if (!isNameText(m.name!, lexicon)) return false
  return locale.lowercaseNouns || plausibleName(m.name!, reading.registry, lexicon, m.role !== null)
}

/**
 * Whom a mention of a sentence stands for, without meeting anyone new: a name is someone the article has met under it
 * (the registry is not taught a name from a mention no cue reads: "in Pjöngjang Kim Jong-un" is no one new, and no
 * longer name for Kim); a pronoun or a description is resolved as usual.
 */
function lookUp(reading: Reading, m: Mention, block: number, s: Sentence): {entity: Entity} | null {
  if (m.kind !== 'name' || !m.name) return resolveOnce(reading, m, block)
  if (freshName(reading, m, s)) return resolveOnce(reading, m, block)
  const entity = reading.registry.lookUp(m.name)
  return entity ? {entity} : null
}

/** Whether a speech verb cue of the sentence stands at a token from `from` up to `to` (cues are in token order). */
function verbIn(s: Sentence, from: number, to: number): boolean {
  let low = 0
  let high = s.cues.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (s.cues[middle].index < from) low = middle + 1
    else high = middle
  }
  for (let k = low; k < s.cues.length && s.cues[k].index < to; k++) if (s.cues[k].kind === 'verb') return true
  return false
}

/** The mentions of a sentence that may be someone, in reading order; read once per sentence (the last two are kept). */
function mentionsOf(reading: Reading, s: Sentence): Mention[] {
  const cache = reading.mentions
  let found = cache.get(s)
  if (!found) {
    found = readMentions(reading, s)
    if (cache.size >= 2) cache.delete(cache.keys().next().value!)
    cache.set(s, found)
  }
  return found
}

/** The mentions of a sentence that may be someone, in reading order. */
function readMentions(reading: Reading, s: Sentence): Mention[] {
  const {lexicon} = reading.document
  const text = reading.document.blocks[s.block].text
  const found: Mention[] = []
  for (let k = 0; k < s.tokens.length; k++) {
    if (!opensMention(reading, s.tokens[k])) continue
    const m = readMention(s.tokens, k, text, lexicon)
    if (!m || m.end <= k) continue
    // A capitalised word is no one's name unless it reads as one: German nouns are capitalised ("der Brief").
    const named = m.kind !== 'name' || (m.name !== null && isNameText(m.name, lexicon) && (reading.document.locale.lowercaseNouns || m.role !== null || reading.registry.knows(m.name) || plausibleName(m.name, reading.registry, lexicon, true) || !commonWord(reading, m.name)))
    if (named && isSpeakerLike(m, lexicon)) found.push(m)
    k = m.end - 1
  }
  return found
}

/**
 * Anyone the quotation's sentence mentions: the subject of a sentence of reported speech ("Walter Hewlett sniped that
 * Fiorina … was “learning on the job”"), a possessive ("his promise to be “neutral”"), whoever a verb the cues miss
 * has for its subject; and, for a quotation that opens its sentence, the mentions of the sentence before.
 */
const sentenceMention: Pattern = {
  id: 'sentence-mention',
  readsSentence: true,
  propose(reading, q, out) {
    const s = q.site.sentence
    const at = q.site.token
    const mentions = mentionsOf(reading, s)
    // The first mention after the quotation, found by halving (a sentence of a thousand quotations stays linear).
    let low = 0
    let high = mentions.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (mentions[middle].start > at) high = middle
      else low = middle + 1
    }
    const before = mentions.slice(Math.max(0, low - mentionsBefore), low).filter((m) => m.end <= at)
    const after = mentions.slice(low, low + mentionsAfter)
    for (const m of [...before, ...after]) {
      const resolved = lookUp(reading, m, s.block, s)
      if (!resolved) continue
      const where = m.end <= at ? 'before' : 'after'
      const f: Features = {[where]: 1, [`dist:${distance(m.end <= at ? at - m.end : m.start - at)}`]: 1}
      if (m.start === q.opening) f.subject = 1
      if (m === before[before.length - 1] && where === 'before') f.nearestBefore = 1
      if (m === after[0] && where === 'after') f.nearestAfter = 1
      if (verbIn(s, m.end, m.end + 2)) f.verbAfterIt = 1
      if (verbIn(s, m.start - 2, m.start)) f.verbBeforeIt = 1
      if (m.end <= at ? verbIn(s, m.end + 1, at) : verbIn(s, at + 1, m.start)) f.verbBetween = 1
      add(out, 'sentence-mention', resolved.entity, 0.3, f, mentionText(reading, s, m, false), m)
    }
    if (at !== 0 && !(at === 1 && s.tokens[0].kind === 'punct')) return
    const previous = sentenceBefore(reading, q)
    if (!previous) return
    for (const m of mentionsOf(reading, previous).slice(-mentionsBefore)) {
      const resolved = lookUp(reading, m, s.block, previous)
      if (!resolved) continue
      const f: Features = {previousSentence: 1}
      if (previous.cues.some((c) => c.mention?.start === m.start)) f.cueMention = 1
      add(out, 'sentence-mention', resolved.entity, 0.3, f, mentionText(reading, previous, m, false), m)
    }
  }
}

/** Every pattern, in the order they propose. */
export const patterns: readonly Pattern[] = [cueMention, pronounSubject, pronounLastSpeaker, label, previousSource, colonSubject, followOn, broughtInPattern, previousSpeaker, previousSentence, sentenceSubject, sentenceMention, pointedBackPattern]
