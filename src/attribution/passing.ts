/**
 * People and bodies named in passing become salient too: "… die Autorin Kathrin Passig …", "teilte die Deutsche Bahn
 * mit". Read word by word through a sentence, in reading order, before its quotations are attributed.
 */
import type {Sentence} from '../document/index.js'
import {hasAdjectiveEnding, hasCommonNounEnding, isArticle, isGroupNoun, isPossessive, type Mention, readMention, readName, roleHeadOf} from '../speakers/mentions.js'
import type {Token} from '../speakers/tokens.js'
import type {Reading} from './context.js'
import {namedBodyAfter, plausibleName} from './names.js'

/** Endings of nouns for people: "Schriftstellerin", "Entwicklungshelfer", "Aktivist". */
const personNoun = /(er|in|ist|ent|ant|eur|or|oge|e)$/u

/** A name mention of tokens `start`…`end` with no role. */
function bareName(start: number, end: number, name: string): Mention {
  return {kind: 'name', start, end, text: name, name, head: null, role: null, adjectives: [], gender: null, demonstrative: false}
}

/** Resolves the people and bodies a sentence names in passing. */
export function noteNamesInPassing(reading: Reading, s: Sentence): void {
  const lowercaseNouns = reading.document.locale.lowercaseNouns
  for (let k = 1; k < s.tokens.length; k++) {
    const t = s.tokens[k]
    // Where nouns are lower case, the phrase starts at its determiner: "le Danois Mikkel Vestergaard", "la dessinatrice Manon Leclerc".
    if (lowercaseNouns && t.kind === 'word' && !t.upper && isDeterminer(reading, t)) {
      k = afterDeterminer(reading, s, k)
      continue
    }
    // (Capitalised words only: the determiner before is looked up only for them.)
    if (t.kind !== 'word' || !t.upper) continue
    k = atCapital(reading, s, k)
  }
}

function isDeterminer(reading: Reading, t: Token): boolean {
  const {lexicon} = reading.document
  return lexicon.nominativeDeterminers.has(t.lower) || lexicon.otherDeterminers.has(t.lower)
}

/** A name after a determiner ("le Danois Mikkel Vestergaard"); returns the token to go on from. */
function afterDeterminer(reading: Reading, s: Sentence, k: number): number {
  const {registry, document} = reading
  const m = readMention(s.tokens, k, document.blocks[s.block].text, document.lexicon)
  if (m?.kind === 'name' && m.name && plausibleName(m.name, registry, document.lexicon, true) && !s.cueMentions.has(k)) registry.resolve(m, s.block)
  return m?.kind === 'name' ? m.end - 1 : k
}

/** A capitalised word: a body where word comes from, a body named in passing, or a person; returns the token to go on from. */
function atCapital(reading: Reading, s: Sentence, k: number): number {
  const {registry, document} = reading
  const {lexicon, locale} = document
  const t = s.tokens[k]
  const before = s.tokens[k - 1]
  // A body by its compound name where it is, or where word comes from: "Im Kulturreferat der Stadt kennt man den Fall",
  // "beim Bundesamt", never where someone goes ("ins Universitätsklinikum gebracht"). A compound, not the bare noun.
  // ("Bei der Hagelversicherung rechnet man …": past an article after the preposition.)
  const where = isArticle(before, lexicon) ? s.tokens[k - 2] : before
  if (!locale.lowercaseNouns && where?.kind === 'word' && (locale.statementSources.includes(where.lower) || locale.insidePrepositions.includes(where.lower)) && isGroupNoun(t.lower, lexicon) && !lexicon.groupNouns.has(t.lower) && !roleHeadOf(t.lower, lexicon)) {
    registry.resolve(bareName(k, k + 1, t.text), s.block)
    return k
  }
  // A body named in passing: "teilte die Deutsche Bahn mit", "The Prairie Line Cooperative owns …".
  const bodyEnd = namedBodyAfter(s.tokens, k - 1, lexicon)
  if (bodyEnd > 0) {
    const written = document.blocks[s.block].text.slice(s.tokens[k].start, s.tokens[bodyEnd - 1].end)
    // In the genitive, the name as a speaker is the nominative: "der Deutschen Bahn" → "Deutsche Bahn".
    const name = locale.nominativeBody?.(`${before.lower} ${written}`) ?? written
    registry.resolve(bareName(k, bodyEnd, name), s.block)
    return bodyEnd - 1
  }
  const from = personStart(reading, s, k)
  if (from < 0) return k
  let m = readMention(s.tokens, from, document.blocks[s.block].text, lexicon)
  // Adjectives before a role say where the person is from: "des venezolanischen Präsidenten Hugo Chávez".
  if (m && from === k && roleHeadOf(t.lower, lexicon)) {
    const adjectives: string[] = []
    for (let j = k - 1; j > 0 && s.tokens[j].kind === 'word' && !s.tokens[j].upper && hasAdjectiveEnding(s.tokens[j].lower, lexicon); j--) adjectives.unshift(s.tokens[j].lower)
    if (adjectives.length > 0) m = {...m, adjectives: [...adjectives, ...m.adjectives]}
  }
  const plausible = m?.kind === 'name' && m.name !== null && (plausibleName(m.name, registry, lexicon, m.role !== null) || (!m.name.includes(' ') && registry.knows(m.name)))
  if (m && plausible && !s.cueMentions.has(from)) registry.resolve(m, s.block)
  return k
}

/**
 * Where a person's mention at the capitalised word `k` starts (`k`, or the name after a role noun), or -1 when the
 * word is no person's: right after a capitalised word, after a preposition ("in Pjöngjang Kim Jong-un"), a noun after
 * a determiner or an adjective ("in der Deponie Schönberg", "gelegenen Dörfer Coca") unless it is a role ("die Autorin
 * Kathrin Passig").
 */
function personStart(reading: Reading, s: Sentence, k: number): number {
  const {lexicon, locale} = reading.document
  const t = s.tokens[k]
  const before = s.tokens[k - 1]
  const determiner = isArticle(before, lexicon)
  // A possessive stands where a determiner would: "Duluth's Josphat Mwangi-Ruel", "the club's Anna Berg".
  const owner = before.kind === 'word' && isPossessive(before.text, lexicon)
  // (After a preposition that takes a person a name may be one: "klingelt bei Ramona Schlüter-Klein das Telefon".)
  // (After any preposition, a name set off with its role: "C'est à Camille Descamps-Lenoir, vannière installée à
  // Bailleul, que …".)
  const place = lexicon.prepositions.has(before.lower) && !(locale.personPrepositions.includes(before.lower) && readName(s.tokens, k, lexicon) >= k + 2) && !appositionAt(reading, s, k)
  if (before.kind === 'word' && !owner && ((before.upper && !determiner) || place)) return -1
  // A relative pronoun after a comma is no article: "ein Bild, das Gian-Reto Caduff nicht mehr aus dem Kopf bekommt".
  const relative = determiner && s.tokens[k - 2]?.text === ',' && locale.relativePronouns.includes(before.lower) && readName(s.tokens, k, lexicon) >= k + 2
  // (An adjective stands after an article, a preposition or another adjective: "die besiegte Mannschaft"; after a
  // subject it is the verb: "Er besiegte Marco Huber".)
  const beforeAdjective = s.tokens[k - 2]
  const adjective = !locale.lowercaseNouns && hasAdjectiveEnding(before.lower, lexicon) && !(beforeAdjective?.kind === 'word' && (Object.hasOwn(locale.nominativePronouns, beforeAdjective.lower) || (beforeAdjective.upper && !lexicon.functionWords.has(beforeAdjective.lower) && !isArticle(beforeAdjective, lexicon))))
  if (relative || before.kind !== 'word' || !(determiner || adjective) || roleHeadOf(t.lower, lexicon)) return k
  // The noun may still be a role before a name: "die Schriftstellerin Kathrin Passig".
  const next = s.tokens[k + 1]
  if (next?.kind !== 'word' || !next.upper || !personNoun.test(t.lower) || hasCommonNounEnding(t.lower, lexicon)) return -1
  return k + 1
}

/** A full name set off by commas with a role after it: "Camille Descamps-Lenoir, vannière installée à Bailleul,". */
function appositionAt(reading: Reading, s: Sentence, k: number): boolean {
  const {lexicon, locale} = reading.document
  const end = readName(s.tokens, k, lexicon)
  if (end < k + 2 || s.tokens[end]?.text !== ',') return false
  const role = readMention(s.tokens, end + 1, reading.document.blocks[s.block].text, lexicon)
  if (role?.kind === 'description' && role.role !== null && role.start === end + 1) return true
  // A trade with the ending of a person's: "vannière", "ébéniste".
  const next = s.tokens[end + 1]
  return next?.kind === 'word' && !next.upper && locale.tradeSuffixes?.test(next.lower) === true
}
