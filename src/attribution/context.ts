/**
 * The state of reading an article in order for attribution: who has been met (the entity registry), the sentence
 * before, the quotations found so far, and the questions patterns ask of it.
 */
import {type ArticleDocument, isHeadline, type Sentence} from '../document/index.js'
import type {Finding} from '../document/findings.js'
import {sentenceSubject, subjectStart, wordsPointedBack} from '../speakers/cues.js'
import {EntityRegistry, type Entity, type Resolution} from '../speakers/entities.js'
import {isSpeakerLike, type Mention, readMention} from '../speakers/mentions.js'
import type {Quotation} from '../types.js'
import type {AttributionModel} from './model.js'

export interface Reading {
  document: ArticleDocument
  registry: EntityRegistry
  /** The sentence read before the current one. */
  previousSentence: Sentence | null
  quotes: Quotation[]
  /** The entity behind each quotation's speaker, in the same order. */
  speakers: Array<Entity | null>
  findings: Finding[]
  /** The last quotation attributed: who, with which words, where. */
  lastQuotation: LastQuotation | null
  /** The weights proposals are ranked with. */
  model: AttributionModel
  /** The mentions of the sentences read last, by sentence. */
  mentions: Map<Sentence, Mention[]>
  /** Whether a name is a name, by kind and name (see `named`). */
  names: Map<string, boolean>
  /** Mentions of the sentence being read that patterns resolved, and whom they resolved to. */
  resolved: Map<Mention, Resolution | null>
}

/**
 * Resolves a mention of the sentence being read, once: the quotations of a sentence are weighed one after another, and
 * their proposals read the same mentions again.
 */
export function resolveOnce(reading: Reading, m: Mention, block: number): Resolution | null {
  let found = reading.resolved.get(m)
  if (found === undefined) {
    found = reading.registry.resolve(m, block)
    reading.resolved.set(m, found)
  }
  return found
}

/** What a quotation that follows another may take over from it. */
export interface LastQuotation {
  entity: Entity | null
  mention: string | null
  block: number
  /** Index of its sentence. */
  sentence: number
  /** A cue of its sentence attributed it. */
  cue: boolean
}

/** Starts reading a document: names and their roles are registered article-wide before anything is resolved. */
export function startReading(document: ArticleDocument, model: AttributionModel): Reading {
  // The fullest form of a name is looked for in the prose, not in headlines: "More Offensive Things Donald Trump …".
  const prose = document.blocks.filter((_, b) => !isHeadline(document, b)).map((b) => b.text).join('\n\n')
  const registry = new EntityRegistry(document.lexicon, prose)
  if (!document.locale.lowercaseNouns) registry.learnCommonNouns(document.sentences.map((s) => s.tokens))
  for (const s of document.sentences) for (const cue of s.cues) if (cue.mention) registry.register(cue.mention)
  return {document, registry, previousSentence: null, quotes: [], speakers: [], findings: [], lastQuotation: null, model, mentions: new Map(), names: new Map(), resolved: new Map()}
}

/**
 * Whom a sentence is about: its subject (`from` left out), or the mention at token `from`; someone or some body,
 * not a pronoun.
 */
export function aboutSentence(reading: Reading, sentence: Sentence, from: number | undefined, block: number, clause = false): Resolution | null {
  const {registry, document} = reading
  const {lexicon} = document
  const text = document.blocks[sentence.block].text
  const about = from === undefined ? sentenceSubject(sentence.tokens, subjectStart(sentence.tokens, lexicon), text, lexicon, (name) => registry.knows(name)) : readMention(sentence.tokens, from, text, lexicon)
  if (!about || about.kind === 'pronoun' || !isSpeakerLike(about, lexicon)) return null
  const next = sentence.tokens[about.end]
  // One capitalised word nobody in the article is called, right before a lower-case word, opens sentences as often
  // as a name does: "Même constat chez Gérald", "C'est …" (but "Maëlys, 17 ans, lycéenne, prend …" is someone).
  if (about.kind === 'name' && about.name && !about.name.includes(' ') && about.role === null && about.start === 0 && next?.kind === 'word' && !next.upper && !registry.knows(about.name)) return null
  // As the subject of a clause it goes on to a verb, a bracket or an apposition, not a dash ("Prenzlau – Am Ortseingang …").
  if (clause && !(next?.kind === 'word' && !next.upper) && next?.text !== '(' && next?.text !== ',') return null
  return registry.resolve(about, block)
}

/**
 * Someone the paragraph brings in, in the sentence before, when nobody has spoken in it yet: a quotation
 * standing alone or reported speech is theirs, not the speaker's of the paragraph before ("Maëlys, 17 ans,
 * lycéenne …, prend le bateau chaque matin. « Si le dernier retour … »"; "Lea Brunnhuber, die Sprecherin der
 * Initiative, gibt sich kämpferisch. Notfalls werde man sich „eben selbst …“").
 */
export function broughtIn(reading: Reading, s: Sentence): Entity | null {
  const previous = reading.previousSentence
  if (previous?.block !== s.block || reading.registry.spokeIn(s.block)) return null
  const about = aboutSentence(reading, previous, undefined, s.block, true)
  return about && (about.entity.kind === 'person' || about.entity.human) ? about.entity : null
}

/**
 * Whose words the last quotation of sentence `index` is (`last`: the quotation is its last), when the next sentence
 * of its paragraph points back to them: "… sollte „die Grundlage für …“ schaffen. Von diesem Versprechen des damaligen
 * Präsidenten …".
 */
export function pointedBack(reading: Reading, index: number, last: boolean): Resolution | null {
  const {sentences, blocks, lexicon} = reading.document
  const s = sentences[index]
  const after = sentences[index + 1]
  if (!last || after?.block !== s.block) return null
  const owner = wordsPointedBack(after.tokens, blocks[s.block].text, lexicon)
  return owner ? reading.registry.resolve(owner, s.block) : null
}
