/** Whether words read as a name are a person's or a body's name. */
import {monthsNotNames} from '../lang/international.js'
import type {Entity, EntityRegistry} from '../speakers/entities.js'
import {isBodyName} from '../speakers/entities.js'
import {isCalendarWord} from '../lang/calendar.js'
import {hasCommonNounEnding, isAcronym, isArticle, isGroupNoun, type Lexicon, opensName, roleHeadOf} from '../speakers/mentions.js'
import type {Token} from '../speakers/tokens.js'

/** Months no capitalised word before them makes a name: "Ende Juni". */
const months = new Set(monthsNotNames)

/** Whether words read as a name are a person's name: two or three words, none a common noun. */
export function plausibleName(name: string, registry: EntityRegistry, lexicon: Lexicon, withRole = false): boolean {
  // After a role a name may be long: "Amtskollege Luiz Inácio Lula da Silva".
  const parts = name.split(/\s/u).filter((w) => /^\p{Lu}/u.test(w))
  // A German plural ends in -en ("Demonstranten"); where nouns are lower case a name may ("Sébastien", "Julien").
  // Nor is a capitalised word with the ending of a common noun ("Medien", "Erweiterung") a name where only names are capitalised.
  const common = (w: string): boolean => !lexicon.locale.lowercaseNouns && (lexicon.locale.pluralEnding?.test(w) === true || hasCommonNounEnding(w.toLowerCase(), lexicon))
  // A surname cut to its initial, as courts are reported: "Dennis K.".
  if (parts.length === 2 && /^\p{Lu}$/u.test(parts[1])) return true
  // A body's name may be longer: "Brandt & Vogel Cocoa NV".
  const most = withRole || isBodyName(name, lexicon) ? 5 : 3
  // A surname may end in -en after a first name that does not end like an adjective: "Marco Zurkirchen", "Lars
  // Petersen", never "Große Sorgen".
  const surname = (w: string, k: number): boolean => k === parts.length - 1 && k > 0 && !/(?:e|er|es|en|em)$/u.test(parts[0]) && !hasCommonNounEnding(w.toLowerCase(), lexicon)
  // A time is no one: "Ende Juni", "Anfang Mai".
  const month = parts.some((w) => months.has(w.toLowerCase()))
  return !month && parts.length >= 2 && parts.length <= most && parts.every((w, k) => (surname(w, k) || !common(w)) && !registry.isCommonNoun(w))
}

/**
 * End of a body's name of two or more capitalised words ending in a group noun right after the
 * determiner at `at` ("die Deutsche Bahn", "the Norwegian Food Safety Authority"), or -1.
 */
export function namedBodyAfter(tokens: Token[], at: number, lexicon: Lexicon): number {
  if (!isArticle(tokens[at], lexicon)) return -1
  let j = at + 1
  while (j < tokens.length && j - at <= 5 && tokens[j].kind === 'word' && tokens[j].upper) j++
  return j - at >= 3 && isGroupNoun(tokens[j - 1].lower, lexicon) && !roleHeadOf(tokens[j - 1].lower, lexicon) ? j : -1
}

/**
 * Whether a word is a role the language lists ("Vorsitzende", "SPD-Landeschef", "mayor"), not one that only ends like
 * a person's noun ("Köhler"): German roles end a compound, English and French ones are whole words (or follow a hyphen).
 */
function listedRole(lower: string, lexicon: Lexicon): boolean {
  const compound = !lexicon.locale.lowercaseNouns
  return lexicon.roleHeads.some((head) => (compound ? lower.endsWith(head) : lower === head || lower.endsWith(`-${head}`)))
}

/**
 * Where nouns are capitalised, words the article shows are no names: a word it also writes in lower case
 * ("Insbesondere", "Jeder Pädagoge", "Seiner Ansicht": an adverb, a determiner, an adjective at the start of a
 * sentence), or a genitive of a word it writes without the -s ("Libyens", "Lage Deutschlands", "McCains Kampagne").
 */
function notANameHere(words: readonly string[], body: boolean, lexicon: Lexicon, registry: EntityRegistry | null): boolean {
  if (registry === null) return false
  // A person's name that opens with a word the article also writes in lower case. In every language a name of that one
  // word is none ("Wait", "Specifically", "Horrified" at the start of a sentence; a body's acronym is not asked); where
  // nouns are capitalised, no longer one either ("Seiner Ansicht"). (A first name may be a word too, "Will Smith", "Bill
  // Clinton"; a body's or a group's name may open with an adjective, "Deutsche Bahn", "Israelische Armee".)
  const lowered = !body && registry.writesLowerCase(words[0])
  if (lowered && (!lexicon.locale.lowercaseNouns || (words.length === 1 && !isAcronym(words[0])))) return true
  if (lexicon.locale.lowercaseNouns) return false
  const genitive = lexicon.locale.genitiveName
  // (Not an adjective's -s: "Auswärtiges Amt", "Rotes Kreuz" beside "das Auswärtige Amt".)
  return words.some((w) => w.length >= 4 && genitive?.test(w) === true && !/es$/u.test(w) && registry.writesCapitalised(w.slice(0, -1)))
}

/** A single word that is a name: no day or month, no role or body noun, no common noun of the article. */
function singleName(word: string, entity: Entity, registry: EntityRegistry | null, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase()
  if (word.length < 2 || /^\p{Lu}\.?$/u.test(word)) return false
  // Capitals: an acronym of a body is short ("CDU", "NATO"); a longer word in capitals is a dateline or a headline.
  if (word === word.toUpperCase() && /\p{Lu}{2}/u.test(word)) return word.length <= 5 || /\d/u.test(word)
  if (isCalendarWord(lower) || !opensName(word, lexicon) || listedRole(lower, lexicon) || lexicon.loneGroupWords.has(lower)) return false
  // "Recalling", "Speaking": an English participle that opens a sentence.
  if (lexicon.locale.gerund?.test(lower) && /ing$/u.test(lower)) return false
  if (isGroupNoun(lower, lexicon) && !entity.body) return false
  if (registry?.isCommonNoun(word)) return false
  return lexicon.locale.lowercaseNouns || !hasCommonNounEnding(lower, lexicon)
}

/** Whether words have a name's shape: a capital first, no word that opens sentences, no possessive, not only days. */
function nameShaped(words: readonly string[], lexicon: Lexicon): boolean {
  if (words.length === 0 || !/^[\p{Lu}\p{N}]/u.test(words[0]) || !opensName(words[0], lexicon)) return false
  if (/['’]s?$/u.test(words[words.length - 1])) return false
  return !words.every((w) => isCalendarWord(w.toLowerCase()))
}

/** Whether a name as read from the text may be a name ("Thursday", "Regarding Trump’s", "Of Sanders" may not). */
export function isNameText(name: string, lexicon: Lexicon): boolean {
  const words = name.split(/\s+/u).filter(Boolean)
  if (!nameShaped(words, lexicon)) return false
  if (words.length > 1) return true
  const lower = words[0].toLowerCase()
  return !isCalendarWord(lower) && !(lexicon.locale.gerund?.test(lower) && /ing$/u.test(lower))
}

/**
 * Whether an entity's name is the name of a person or of a named body, fit to stand under a quotation: not a role or
 * body noun alone ("Vorsitzende", "mayor", "parti"), a document or abstract noun ("Pressemitteilung", "Fazit"), a day
 * or month ("Samstagabend", "Sunday"), a possessive ("Wise’s"), a single letter, a word in capitals that is no
 * acronym ("BERLIN"), or words that open a sentence ("What", "Between Marco Rubio").
 */
export function isName(entity: Entity, lexicon: Lexicon, registry: EntityRegistry | null = null): boolean {
  const words = entity.name.split(/\s+/u).filter(Boolean)
  if (!nameShaped(words, lexicon) || notANameHere(words, entity.kind !== 'person' || entity.body === true, lexicon, registry)) return false
  if (words.length === 1) return (entity.kind === 'person' || entity.body === true) && singleName(words[0], entity, registry, lexicon)
  // A description is named only by a body's name of its own: "Downing Street", not "Regierung".
  if (entity.kind !== 'person' && !words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return false
  // Words in capitals that are no acronyms: a headline ("TURNS OUT EDGAR ALLEN POE WAS"), a dateline ("LA CROSSE").
  const capitals = words.filter((w) => w === w.toUpperCase() && /\p{Lu}/u.test(w))
  return capitals.filter((w) => w.length > 4).length < 2 && !(capitals.length === words.length && words.join('').length >= 6)
}

/** Lower-case words a name keeps inside it: "Ursula von der Leyen", "Pascal De Croo", "Osama bin Laden". */
function nameParticle(word: string, lexicon: Lexicon): boolean {
  return lexicon.particles.has(word)
}

/** Whether a capitalised word before a name says what the person is, not who: a role, a title, a nationality, a body. */
function describes(word: string, next: string | undefined, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase()
  if (listedRole(lower, lexicon) || lexicon.titles.has(lower.replace(/\.$/u, ''))) return true
  // "SPD-Landeschef", "Neu-ödp-Mitglieder", "Mafiajägers": a role at the end of a compound, or in the genitive.
  const last = lower.split('-').pop()!
  if (last !== lower && listedRole(last, lexicon)) return true
  if (/s$/u.test(lower) && listedRole(lower.slice(0, -1), lexicon)) return true
  // A long word with a role's ending: "Herausforderer", "Mafiajägers" (short ones are first names as often: "Peter").
  if (lower.length >= 10 && roleHeadOf(lower.replace(/s$/u, ''), lexicon) !== null) return true
  if (lexicon.locale.nationalityPattern.test(word)) return true
  // An acronym before a person's full name is where they come from: "CFTC Jacques Voisin".
  return /^\p{Lu}{2,}$/u.test(word) && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next)
}

/**
 * A name as the box shows it: the name itself, without a role, a title or a party written onto it ("président de la
 * CFTC Jacques Voisin" → "Jacques Voisin", "Herausforderer Friedrich Merz von der CDU" → "Friedrich Merz"). What is
 * left must still be two words or more; otherwise the name stays as the article wrote it.
 */
export function displayName(name: string, lexicon: Lexicon): string {
  let words = name.split(/\s+/u).filter(Boolean)
  // A party after "von der", "of the", "de la" at the end: "… von der CDU".
  const last = words.length - 1
  let cut = last
  while (cut > 0 && lexicon.particles.has(words[cut - 1]) && last - cut < 2) cut--
  if (cut < last && /^\p{Lu}{2,}$/u.test(words[last]) && cut >= 2) words = words.slice(0, cut)
  // The name proper: the capitalised words (with particles between them) that end the phrase.
  let start = words.length
  while (start > 0 && (/^[\p{Lu}\p{N}]/u.test(words[start - 1]) || (lexicon.particles.has(words[start - 1]) && start - 1 > 0 && /^\p{Lu}/u.test(words[start - 2] ?? '')))) start--
  // Past what describes the person: "Washington Political Editor Matthew Boyle", "Richterin Annegret Wiebusch".
  for (let k = words.length - 3; k >= start; k--) {
    if (describes(words[k], words[k + 1], lexicon)) {
      start = k + 1
      break
    }
  }
  while (start < words.length && lexicon.particles.has(words[start])) start++
  const shown = words.slice(start)
  return shown.length >= 2 ? shown.join(' ') : name
}
