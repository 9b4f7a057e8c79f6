/** Whether words read as a name are a person's or a body's name. */
import {monthsNotNames} from '../lang/international.js'
import type {EntityRegistry} from '../speakers/entities.js'
import {isBodyName} from '../speakers/entities.js'
import {hasCommonNounEnding, isArticle, isGroupNoun, type Lexicon, roleHeadOf} from '../speakers/mentions.js'
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
