/**
 * What a sentence tells the reader about who is around, before its quotations are attributed: its subject, the
 * source it opens with; and after them, someone who spoke in it without quotation marks.
 */
import {isHeadline, type Sentence} from '../document/index.js'
import {openingSource, sentenceSubject} from '../speakers/cues.js'
import {isSpeakerLike} from '../speakers/mentions.js'
import type {Reading} from './context.js'
import {plausibleName} from './names.js'

/** Notes whom the sentence is about: a name, a pronoun or a description that is its subject (starting at `opening`). */
export function noteSubject(reading: Reading, s: Sentence, opening: number): void {
  const {registry, document} = reading
  const {lexicon} = document
  const block = document.blocks[s.block]
  const first = isHeadline(document, s.block) ? null : sentenceSubject(s.tokens, opening, block.text, lexicon, (name) => registry.knows(name))
  // A single name counts when known or when an apposition gives it a role: "Nadia, mère de trois enfants, a passé …".
  // Or with an age set off after it: "Einer der Betroffenen ist Vasile, 52, aus …".
  const aged = first !== null && s.tokens[first.end]?.text === ',' && /^\d{1,3}$/u.test(s.tokens[first.end + 1]?.text ?? '') && s.tokens[first.end + 2]?.text === ','
  if (first?.kind === 'name' && first.name && (first.name.includes(' ') ? first.role !== null || plausibleName(first.name, registry, lexicon) : registry.knows(first.name) || first.role !== null || aged)) {
    const resolved = registry.resolve(first, s.block)
    if (resolved) registry.noteSubject(resolved.entity, s.block)
  } else if (first?.kind === 'pronoun' && s.cues.length === 0 && block.kind !== 'heading') {
    // "In einer Nacht wie dieser betreut sie …": whom the pronoun stands for is the subject again.
    const resolved = registry.resolve(first, s.block)
    if (resolved?.entity.kind === 'person') registry.noteSubject(resolved.entity, s.block)
  } else if (first?.kind === 'description' && s.cues.length === 0 && isSpeakerLike(first, lexicon)) {
    // "Die Oberstdorferin leistete sich vier Fehler", "Der Beschuldigte hatte das letzte Wort", "Une riveraine ne
    // boudait pas son plaisir": a description is the subject too. Only where no cue reads the sentence, so that a
    // speaker's description is resolved once, by its cue.
    const resolved = registry.resolve(first, s.block)
    if (resolved && (resolved.entity.kind === 'person' || resolved.entity.human)) registry.noteSubject(resolved.entity, s.block)
  }
}

/**
 * The source a sentence opens with is a body: "Chez Seine-Saint-Denis Habitat, une porte-parole du bailleur …".
 * Only where the sentence says something: a cue, a spokesperson or an impersonal "man"/"on" ("Von Strenge hält der
 * Kapellmeister wenig" names no source).
 */
export function noteOpeningSource(reading: Reading, s: Sentence): void {
  const {registry, document} = reading
  const opened = openingSource(s.tokens, document.blocks[s.block].text, document.lexicon)
  if (!opened || opened === 'document' || opened.kind !== 'name') return
  const spokesperson = s.tokens.some((t) => t.kind === 'word' && registry.speaksForBody(t.lower))
  const says = spokesperson || s.cues.length > 0 || s.tokens.some((t) => t.kind === 'word' && (t.lower === 'man' || t.lower === 'on'))
  if (says) registry.resolveSource(opened, s.block, spokesperson)
}

/** "X sagte, dass …" without quotation marks: X may go on in the next quotation. */
export function noteVoice(reading: Reading, s: Sentence): void {
  // ("In einem Positionspapier des Ministeriums heißt es, …": a source too.)
  const voice = s.cues.find((cue) => cue.kind === 'verb' && cue.mention) ?? s.cues.find((cue) => (cue.kind === 'opinion' || cue.kind === 'source') && cue.mention)
  if (!voice?.mention) return
  const resolved = reading.registry.resolve(voice.mention, s.block)
  if (resolved) reading.registry.noteVoice(resolved.entity, s.block)
}
