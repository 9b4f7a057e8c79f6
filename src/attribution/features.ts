/**
 * What the ranker weighs: features of a proposal (its pattern, the mention it read, the entity, how many other
 * proposals agree) and of the quotation it is for (where it stands, its shape, the language). Language-independent
 * where they can be, so that what English and German teach holds for French too.
 */
import type {Features, Proposal} from './patterns.js'
import type {QuotationReading} from './quotation.js'
import type {Reading} from './context.js'
import type {Entity} from '../speakers/entities.js'
import {isName, isNameText} from './names.js'

/**
 * `a + b`, the same string object each time: feature names are made of a few parts, and an object keyed by a
 * string that was just concatenated hashes it anew for every proposal (the ranker's hottest path).
 */
const joinedNames = new Map<string, Map<string, string>>()
function joined(a: string, b: string): string {
  let inner = joinedNames.get(a)
  if (inner === undefined) joinedNames.set(a, (inner = new Map()))
  let name = inner.get(b)
  if (name === undefined) {
    // Bounded: the parts come from fixed lists (patterns, features, kinds), but a hostile caller cannot grow it.
    if (inner.size > 1000) inner.clear()
    inner.set(b, (name = a + b))
  }
  return name
}

/** Words in a quotation, bucketed. */
function length(words: number): string {
  return words <= 3 ? '1-3' : words <= 6 ? '4-6' : '7+'
}

/** What the quotation itself says, shared by all its proposals and by the question whether it is a quotation. */
export function quotationFeatures(reading: Reading, q: QuotationReading): Features {
  const f: Features = {[`sit:${q.situation}`]: 1, [`words:${length(q.shape.words.length)}`]: 1, [`lang:${reading.document.lang}`]: 1}
  if (q.full) f.full = 1
  if (q.alone) f.alone = 1
  if (q.span.close < 0) f.open = 1
  if (q.shape.firstUpper) f.firstUpper = 1
  if (q.shape.sentenceEnd) f.sentenceEnd = 1
  if (q.shape.nameShaped) f.nameShaped = 1
  if (q.naming) f.naming = 1
  if (q.heading) f.heading = 1
  if (q.previousToken?.text === ':') f.afterColon = 1
  if (q.site.token === 0) f.opensSentence = 1
  if (q.site.sentence.reported) f.reported = 1
  // What a span's shape says differs by language: German writes nouns with a capital, so a capitalised word in marks
  // is a term as often as a name there.
  const lang = reading.document.lang
  for (const name of Object.keys(f)) if (!name.startsWith('lang:')) f[`${name}|${lang}`] = 1
  return f
}

/** Whether an entity's name is a name, asked once per name and kind (names recur in every proposal). */
export function named(reading: Reading, e: Entity): boolean {
  const key = `${e.kind}${e.body ? '+' : ''} ${e.name}`
  let known = reading.names.get(key)
  if (known === undefined) {
    known = isName(e, reading.document.lexicon, reading.registry)
    if (reading.names.size > 10_000) reading.names.clear()
    reading.names.set(key, known)
  }
  return known
}

/**
 * The proposal the hand-written ladder this ranker grew from would have chosen, or -1: it tried the patterns in a
 * fixed order, each only where the quotation stands as it expects. Its choice is a feature the model weighs (it knows
 * many constructions), not the decision.
 */
export function ladderChoice(reading: Reading, q: QuotationReading, proposals: readonly Proposal[]): number {
  const first = (pattern: string, when = true): number => (when ? proposals.findIndex((p) => p.pattern === pattern) : -1)
  const either = (...found: number[]): number => found.find((k) => k >= 0) ?? -1
  const previousInBlock = reading.previousSentence?.block === q.site.sentence.block
  switch (q.situation) {
    case 'cue': {
      const cue = q.cue!
      if (!cue.mention) return cue.fromPrevious && previousInBlock ? either(first('previous-source'), first('previous-subject')) : -1
      return either(first('pronoun-subject'), proposals.findIndex((p) => p.pattern === 'cue' && p.features.chosen === 1))
    }
    case 'standalone':
      return either(first('colon-subject'), first('brought-in', q.alone), first('previous-speaker'), first('previous-sentence', q.alone && previousInBlock))
    case 'reported':
      return either(first('brought-in'), first('previous-speaker'), first('pointed-back'))
    case 'fragment':
      return first('pointed-back')
    default:
      return -1
  }
}

/** Whether the hand-written ladder kept a quoted span as a quotation (a title, a name, a scare quote it dropped). */
export function ladderKeeps(q: QuotationReading, ladder: number): boolean {
  if (q.naming || q.heading) return false
  if (ladder >= 0) return true
  switch (q.situation) {
    case 'standalone':
      return !(q.span.close >= 0 && !(q.alone && q.shape.sentenceEnd))
    case 'reported':
      return q.shape.words.length >= 4
    case 'fragment':
      return false
    default:
      return true
  }
}

/** The features of every proposal for a quotation, in place. */
export function proposalFeatures(reading: Reading, q: QuotationReading, proposals: readonly Proposal[], ladder = -1): Features[] {
  const sit = q.situation
  const lang = reading.document.lang
  const last = reading.lastQuotation?.entity ?? null
  const count = new Map<unknown, number>()
  for (const p of proposals) count.set(p.entity, (count.get(p.entity) ?? 0) + 1)
  // The proposal of the cue the old ladder chose, when it named someone: what the others agree with or not.
  const chosen = proposals.find((p) => p.pattern === 'cue' && p.features.chosen === 1) ?? null
  const {lexicon} = reading.document
  const sitPart = joined('|sit:', sit)
  const langPart = joined('|lang:', lang)
  return proposals.map((p) => {
    const pattern = joined('p:', p.pattern)
    const own = joined(p.pattern, ':')
    const kind = p.read?.kind ?? 'none'
    const f: Features = {[pattern]: 1, [joined(pattern, sitPart)]: 1, [joined(pattern, langPart)]: 1, prior: p.prior}
    for (const name in p.features) f[joined(own, name)] = p.features[name]
    f[joined('m:', kind)] = 1
    if (p.read?.role) f['m:role'] = 1
    if (p.read?.indefinite) f['m:indefinite'] = 1
    const e = p.entity
    f[e.body ? 'e:body' : joined('e:', e.kind)] = 1
    if (e.plural) f['e:plural'] = 1
    if (e.quotes > 0) f['e:quoted'] = 1
    if (e === last) f['e:last'] = 1
    if (named(reading, e)) f.nameOk = 1
    if (!isNameText(e.name, lexicon)) f.nameJunk = 1
    f[joined(own, joined('m:', kind))] = 1
    if (chosen) {
      f[p === chosen ? 'fromChosen' : e === chosen.entity ? 'agreeChosen' : 'againstChosen'] = 1
      if (p !== chosen && p.read && chosen.read && p.read.start === chosen.read.start) f.sameMentionAsChosen = 1
    }
    if (ladder >= 0) f[p === proposals[ladder] ? 'ladder' : e === proposals[ladder].entity ? 'agreeLadder' : 'againstLadder'] = 1
    const agree = (count.get(e) ?? 1) - 1
    f[agree >= 2 ? 'agree:2+' : agree === 1 ? 'agree:1' : 'agree:0'] = 1
    return f
  })
}
