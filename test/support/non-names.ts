/**
 * The shapes of words that are no names, as the issue on attribution lists them: a role or body noun alone
 * ("Vorsitzende", "SPD-Landeschef", "mayor", "parti"), a document or abstract noun ("Pressemitteilung", "Fazit"), a
 * day or month ("Samstagabend", "Sunday"), a possessive ("Wise’s"), a single letter ("G"), a dateline or headline in
 * capitals ("BERLIN", "CHINA TALK"), words that open a sentence ("What", "Between Marco Rubio"), a headline fragment
 * ("Obama Sees"), a title glued to a name ("Herausforderer Friedrich Merz von der CDU"). Written apart from the
 * extractor's own test, so that the two can disagree.
 */
const calendar = /^(?:(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|june|july|october|december|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)$|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)/iu
const openers = new Set(['what', 'who', 'why', 'how', 'when', 'where', 'between', 'among', 'after', 'before', 'yet', 'more', 'instead', 'regarding', 'asked', 'speaking', 'recalling', 'another', 'former', 'the', 'a', 'an', 'der', 'die', 'das', 'ein', 'eine', 'le', 'la', 'les', 'un', 'une', 'of', 'in', 'at', 'for', 'on'])
const roleWords = /(?:vorsitzende[rn]?|chef(?:in)?|sprecher(?:in)?|minister(?:in)?|präsident(?:in)?|anwalt|anwältin|richter(?:in)?|staatsanwalt|staatsanwältin|bürgermeister(?:in)?|direktor(?:in)?|leiter(?:in)?|abgeordnete[rn]?|experte|expertin|professor(?:in)?|mayor|minister|president|spokesman|spokeswoman|spokesperson|senator|governor|official|adviser|advisor|director|chairman|firm|company|administration|campaign|government|maire|ministre|président|présidente|porte-parole|parti|commune|gouvernement|pressemitteilung|mitteilung|erklärung|fazit|informationen|bericht|statement|report|communiqué)$/iu
const abstract = /(?:ung|heit|keit|schaft|tion|tät|ismus)$/iu
const headlineVerbs = /\b(?:Says|Sees|Calls|Explains|Praises|Slams|Blasts|Makes|Addresses)\b/u

/** Why a name is no name, or null when it may be one. */
export function nonName(name: string): string | null {
  const words = name.trim().split(/\s+/u).filter(Boolean)
  if (words.length === 0) return 'empty'
  const first = words[0]
  const last = words[words.length - 1]
  if (words.length === 1 && /^\p{L}\.?$/u.test(first)) return 'a single letter'
  if (/['’]s?$/u.test(last)) return 'a possessive'
  if (words.length === 1 && first.length >= 6 && /^\p{Lu}+$/u.test(first)) return 'capitals'
  if (words.length > 1 && words.every((w) => /^\p{Lu}+$/u.test(w)) && words.join('').length >= 6) return 'capitals'
  if (words.filter((w) => w.length > 4 && w === w.toUpperCase() && /\p{Lu}/u.test(w)).length >= 2) return 'capitals'
  if (words.every((w) => calendar.test(w))) return 'a day or month'
  if (first !== first.toUpperCase() && openers.has(first.toLowerCase())) return 'a word that opens a sentence'
  if (words.length === 1 && roleWords.test(first)) return 'a role, body or document noun'
  if (words.length === 1 && abstract.test(first)) return 'an abstract noun'
  if (words.length > 2 && roleWords.test(first)) return 'a role glued to a name'
  if (headlineVerbs.test(name) && words.length >= 2) return 'a headline'
  return null
}
