/**
 * Reading the noun phrase that names a speaker: a pronoun ("er"), a name with
 * or without a role ("Justizsprecher Joachim Banke", "Koh Yu-hwan, emeritierter
 * Professor …"), or a description ("der Kremlchef", "dieser Experte").
 */
import type {SpeechLocale} from '../lang/types.js'
import type {Token} from './tokens.js'

export type MentionKind = 'pronoun' | 'name' | 'description'

export interface Mention {
  kind: MentionKind
  /** Token range [start, end) of the whole phrase, appositions included. */
  start: number
  end: number
  /** The words of the phrase as written (without appositions). */
  text: string
  /** The person's or organisation's name, when the phrase has one. */
  name: string | null
  /** Head noun of a description or role ("Präsident"). */
  head: string | null
  /** Role as the article gives it, normalised for display ("russischer Präsident"). */
  role: string | null
  /** Lower-case adjectives before the head. */
  adjectives: string[]
  gender: 'm' | 'f' | null
  demonstrative: boolean
  /** "ein Polizeisprecher": someone not met before. */
  indefinite?: boolean
  /** The body a spokesperson speaks for: "the association" in "a spokeswoman for the association". */
  body?: string
  /** The words after a role's noun, as written: "du cinquième" in "une habitante du cinquième". */
  tail?: string
  /** "le Danois": someone named by their country alone. */
  nationalityNoun?: boolean
  /** A document that speaks for an author the article does not name with it: "the letter", "das Schreiben". */
  document?: boolean
  /** A pronoun that stands for a body, not a person: "it" in "“…,” it said in a statement". */
  neuter?: boolean
}

/** Locale words as sets, built once per locale. */
export interface Lexicon {
  locale: SpeechLocale
  nominativeDeterminers: Set<string>
  otherDeterminers: Set<string>
  demonstratives: Set<string>
  titles: Set<string>
  objectTitles: Set<string>
  functionWords: Set<string>
  prepositions: Set<string>
  indefinites: Set<string>
  /** First words of the opinion phrases ("der" of "der Ansicht"). */
  opinionStarts: Set<string>
  /** First words of the source phrases ("nach" of "nach Angaben"). */
  phraseStarts: Set<string>
  /** Answers of `roleHeadOf`, per word. */
  roleHeadCache: Map<string, string | null>
  /** Answers of `isGroupNoun`, bounded like `roleHeadCache`. */
  groupNounCache: Map<string, boolean>
  /** The role class of a word (`EntityRegistry`'s `classOf`), bounded like `roleHeadCache`. */
  roleClassCache: Map<string, string>
  fillers: Set<string>
  datives: Set<string>
  roleHeads: string[]
  groupNouns: Set<string>
  notSpeakers: Set<string>
  /** `locale.notNameStarts` as a set. */
  notNameStarts: Set<string>
  /** `locale.loneGroupWords` as a set. */
  loneGroupWords: Set<string>
  particles: Set<string>
  auxiliaries: Set<string>
  /** `locale.subjunctive` as a set. */
  subjunctive: Set<string>
  /** `locale.abbreviations` as a set. */
  abbreviations: Set<string>
  /** The opinion phrases padded with a space each side, as `findCues` looks for them. */
  opinionNeedles: string[]
  /** `locale.withWords` phrases padded likewise, and their first words. */
  withWordsNeedles: string[]
  withWordsStarts: Set<string>
  /** `locale.capitalParticles` as a set. */
  capitalParticles: Set<string>
  /** `locale.masculineDeterminers` as a set. */
  masculineDeterminers: Set<string>
  /** `locale.notAdjectives` as a set. */
  notAdjectives: Set<string>
  /** `locale.bodyConnectors` as a set. */
  bodyConnectors: Set<string>
  /** `locale.dativeOffices` as a set. */
  dativeOffices: Set<string>
  /** `locale.passiveAuxiliaries` as a set. */
  passiveAuxiliaries: Set<string>
  /** `locale.agentMarkers` as a set. */
  agentMarkers: Set<string>
  /** `locale.places` as a set. */
  places: Set<string>
  /** `locale.officeModifiers` as a set. */
  officeModifiers: Set<string>
  /** A name that ends in a legal form (`locale.legalForms`): "Rochat Composants SA". */
  legalForm: RegExp | null
  /** A role that goes on with a body in the genitive (`locale.genitiveArticles`): " des Münchner Baureferats". */
  genitiveTail: RegExp | null
  /** The capitalised name of a body inside a role or tail, with `locale.nameLinks` between its words: "Bank of England". */
  bodyNameIn: RegExp
  /** A body's name that ends on a `locale.nameLinks` word, which the name drops. */
  bodyNameLinkEnd: RegExp | null
  /**
   * Every word that can start a cue in `findCues` (besides a fused inverted verb): source words
   * before and after, first words of source phrases, document verbs, "heißt", speech verbs.
   */
  cueWords: Set<string>
}

const lexicons = new WeakMap<SpeechLocale, Lexicon>()

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}

/** A pattern around the alternation of `words` (escaped), or null when there are none. */
function alternation(words: readonly string[], pattern: (alternatives: string) => string): RegExp | null {
  return words.length === 0 ? null : new RegExp(pattern(words.map(escapeRegExp).join('|')), 'u')
}

export function lexiconOf(locale: SpeechLocale): Lexicon {
  let lexicon = lexicons.get(locale)
  if (!lexicon) {
    lexicon = {
      locale,
      nominativeDeterminers: new Set(locale.nominativeDeterminers),
      otherDeterminers: new Set(locale.otherDeterminers),
      demonstratives: new Set(locale.demonstratives),
      titles: new Set(locale.titles),
      objectTitles: new Set(locale.objectTitles),
      functionWords: new Set(locale.functionWords),
      prepositions: new Set(locale.prepositions),
      indefinites: new Set(locale.indefinites),
      roleHeadCache: new Map(),
      groupNounCache: new Map(),
      roleClassCache: new Map(),
      phraseStarts: new Set(locale.sourcePhrases.map((p) => p.split(' ')[0])),
      opinionStarts: new Set(locale.opinionPhrases.map((p) => p.split(' ')[0])),
      fillers: new Set(locale.fillers),
      datives: new Set(locale.datives),
      roleHeads: [...locale.roleHeads].sort((a, b) => b.length - a.length),
      groupNouns: new Set(locale.groupNouns),
      notSpeakers: new Set(locale.notSpeakers),
      notNameStarts: new Set(locale.notNameStarts),
      loneGroupWords: new Set(locale.loneGroupWords ?? []),
      particles: new Set(locale.nameParticles),
      auxiliaries: new Set(locale.auxiliaries),
      subjunctive: new Set(locale.subjunctive),
      abbreviations: new Set(locale.abbreviations),
      opinionNeedles: locale.opinionPhrases.map((p) => ` ${p} `),
      withWordsNeedles: (locale.withWords?.phrases ?? []).map((p) => ` ${p} `),
      withWordsStarts: new Set((locale.withWords?.phrases ?? []).map((p) => p.split(' ')[0])),
      capitalParticles: new Set(locale.capitalParticles),
      masculineDeterminers: new Set(locale.masculineDeterminers),
      notAdjectives: new Set(locale.notAdjectives),
      bodyConnectors: new Set(locale.bodyConnectors),
      dativeOffices: new Set(locale.dativeOffices),
      passiveAuxiliaries: new Set(locale.passiveAuxiliaries),
      agentMarkers: new Set(locale.agentMarkers),
      places: new Set(locale.places),
      officeModifiers: new Set(locale.officeModifiers),
      legalForm: alternation(locale.legalForms, (words) => `\\s(?:${words})\\.?$`),
      genitiveTail: alternation(locale.genitiveArticles, (words) => `\\s((?:${words})\\s.+)$`),
      bodyNameIn: new RegExp(`(\\p{Lu}[\\p{L}\\p{M}&'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}&'’.-]*${locale.nameLinks.map((w) => `|${escapeRegExp(w)}`).join('')}))*)`, 'u'),
      bodyNameLinkEnd: alternation(locale.nameLinks, (words) => `\\s+(?:${words})$`),
      cueWords: new Set([
        ...locale.sourceBefore,
        ...locale.sourcePhrases.map((p) => p.split(' ')[0]),
        ...locale.sourceAfter,
        ...locale.impersonalStatements,
        ...locale.documentVerbs,
        ...locale.speechVerbs.keys()
      ])
    }
    lexicons.set(locale, lexicon)
  }
  return lexicon
}

/** Whether a word has the ending of a common noun ("Erweiterung", "Reportern"): no part of a name ("Putin Reportern"). */
export function hasCommonNounEnding(lower: string, lexicon: Lexicon): boolean {
  return lexicon.locale.commonNounEnding?.test(lower) === true
}

/** Whether a word may open a name: not a function word, a preposition or a determiner ("What", "Between", "Another"). */
export function opensName(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase()
  return !lexicon.notNameStarts.has(lower) && !lexicon.notAdjectives.has(lower) && !lexicon.functionWords.has(lower) && !lexicon.prepositions.has(lower) && !lexicon.nominativeDeterminers.has(lower) && !lexicon.otherDeterminers.has(lower) && !lexicon.demonstratives.has(lower)
}

/** Whether a word has the ending of an adjective before its noun: "russische", "neuen". */
export function hasAdjectiveEnding(lower: string, lexicon: Lexicon): boolean {
  return lexicon.locale.adjectiveEnding?.test(lower) === true
}

/** The genitive ending a word has ("Frankreichs" → "s", "Bauernverbandes" → "es"), or null. */
export function genitiveEndingOf(word: string, lexicon: Lexicon): string | null {
  return lexicon.locale.genitiveEndings.find((ending) => word.endsWith(ending)) ?? null
}

/** "54-year-old", "58-Jährige": someone described by age. */
export function isAgeNoun(lower: string, lexicon: Lexicon): boolean {
  return lexicon.locale.ageNoun?.test(lower) === true
}

/** Whether a word ends in a possessive, which ends a name: "Duluth's", "the club’s". */
export function isPossessive(word: string, lexicon: Lexicon): boolean {
  return lexicon.locale.possessive?.test(word) === true
}

/** A word with an article (or "de") written onto it: "l'autrice" → ["l'", "autrice"]; null for any other word. */
export function elision(word: string, lexicon: Lexicon): [article: string, rest: string] | null {
  const m = lexicon.locale.elidedArticle?.exec(word)
  return m ? [m[0], word.slice(m[0].length)] : null
}

/** Whether a word is a role noun: its last compound part is a role head. */
export function roleHeadOf(lower: string, lexicon: Lexicon, capitalised = false): string | null {
  // Where nouns are lower case, a capitalised word is a role only by the list ("Minister", "Chief"): by its ending
  // alone it is a first name as often ("Fabrice", "Julien", "Christian").
  const listedOnly = capitalised && lexicon.locale.lowercaseNouns === true && lexicon.locale.personNoun !== undefined
  const key = listedOnly ? `^${lower}` : lower
  let known = lexicon.roleHeadCache.get(key)
  if (known === undefined) {
    known = findRoleHead(lower, lexicon, listedOnly)
    // Words repeat within and across articles; the cache is bounded so a hostile text cannot grow it without end.
    if (lexicon.roleHeadCache.size > 50_000) lexicon.roleHeadCache.clear()
    lexicon.roleHeadCache.set(key, known)
  }
  return known
}

/** The role a word names, or null: `listedOnly` leaves out nouns known by their ending alone. */
function findRoleHead(lower: string, lexicon: Lexicon, listedOnly = false): string | null {
  if (!listedOnly && lexicon.locale.personNoun?.test(lower)) return lower
  // Roles are the last part of a compound ("Verkehrsminister", "Polizeisprecherin"), where nouns compound; elsewhere
  // whole words, or the last part after a hyphen ("ex-ministre"): never "Trump" for "mp" or "espère" for "père".
  const compound = lexicon.locale.compoundNouns
  const ends = (word: string, head: string): boolean => (compound ? word.endsWith(head) : word === head || word.endsWith(`-${head}`))
  for (const head of lexicon.roleHeads) {
    if (ends(lower, head)) return head
  }
  // Plurals: "Autoren", "Expertinnen", "Sprechern", "organizers", "riverains".
  for (const [plural, single] of lexicon.locale.pluralEndings) {
    if (!lower.endsWith(plural) || lower.length < plural.length + 3) continue
    const singular = lower.slice(0, -plural.length) + single
    for (const head of lexicon.roleHeads) {
      if (ends(singular, head)) return head
    }
  }
  return null
}

/** The role a word of the text names: `roleHeadOf` told whether the word is capitalised. */
export function roleOfToken(t: Token, lexicon: Lexicon): string | null {
  return roleHeadOf(t.lower, lexicon, t.upper)
}

/**
 * A mark inside a name between capitalised words: "Brandt & Vogel", the apostrophe of a plural possessive in
 * "the Yorkshire Landlords’ Forum".
 */
function joinsName(tokens: Token[], k: number, lexicon: Lexicon): boolean {
  const before = tokens[k - 1]
  const after = tokens[k + 1]
  if (!isWord(before) || !before.upper || !isWord(after) || !after.upper) return false
  const mark = tokens[k].text
  return mark === '&' || ((mark === '’' || mark === "'") && lexicon.locale.pluralPossessive?.test(before.lower) === true)
}

/** A tail word, or a noun with an elided "d'" that opens one ("d'opposition", "d’Airbus"). */
function isRoleTail(lower: string, lexicon: Lexicon): boolean {
  const tails = lexicon.locale.roleTails
  return tails.includes(lower) || (tails.includes("d'") && lexicon.locale.elidedOf?.test(lower) === true && /^\p{L}/u.test(lower.slice(2)))
}

/** Whether a word has the ending of a noun for a person ("Pendlerin", "Schäfer", "Polizist", "Biologin"): before a full name, a role. */
export function hasPersonEnding(lower: string, lexicon: Lexicon): boolean {
  return lexicon.locale.personEnding?.test(lower) === true
}

export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word'
}

/** Whether the token after a name ends it as a subject: the end of the sentence, a comma, a full stop, its verb. */
function endsSubject(after: Token | undefined, lexicon: Lexicon): boolean {
  return after === undefined || after.text === ',' || after.text === '.' || (isWord(after) && (lexicon.locale.speechVerbs.has(after.lower) || lexicon.auxiliaries.has(after.lower)))
}

/** Whether a token is an article or other determiner, in any case: "der", "dem", "einen", "la", "the". */
export function isArticle(token: Token | undefined, lexicon: Lexicon): boolean {
  return isWord(token) && (lexicon.nominativeDeterminers.has(token.lower) || lexicon.otherDeterminers.has(token.lower))
}

function nameTokenAt(tokens: Token[], j: number, lexicon: Lexicon, first: boolean): boolean {
  const t = tokens[j]
  if (!isWord(t) || !t.upper) return false
  // A word in capitals is no article or preposition: "Rochat Composants SA", "Hagedorn AG".
  const capitals = !first && t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text)
  if (capitals && !lexicon.titles.has(t.lower)) return true
  if (lexicon.nominativeDeterminers.has(t.lower) || lexicon.otherDeterminers.has(t.lower)) return false
  // A title in capitals inside a name is a post, not "Ms": "Conservative MS Rhodri Pennant-Hughes".
  const post = !first && t.text.length >= 2 && t.text === t.text.toUpperCase() && roleOfToken(t, lexicon) !== null
  // "Côté Entre-Deux-Mers, l'entraîneur …": the side a sentence opens with is no name.
  if (lexicon.locale.sides.includes(t.lower)) return false
  if (lexicon.functionWords.has(t.lower) || ((lexicon.titles.has(t.lower) || lexicon.objectTitles.has(t.lower)) && !post)) return false
  if (/^\d/u.test(t.text) || lexicon.locale.numberWord?.test(t.lower)) return false
  // "Gerd-Jürgen Bruckschen": after a double first name any ending is a surname's.
  // (Where nouns are lower case, a capitalised word with such an ending is a name: "Sébastien", "Bastien".)
  if (!first && !lexicon.locale.lowercaseNouns && hasCommonNounEnding(t.lower, lexicon) && !/-/u.test(t.text) && lexicon.locale.doubleFirstName?.test(tokens[j - 1]?.text ?? '') !== true) return false
  return true
}

/** Reads a name from token `i`: capitalised words, with particles ("Ursula von der Leyen"). */
export function readName(tokens: Token[], i: number, lexicon: Lexicon): number {
  if (!nameTokenAt(tokens, i, lexicon, true)) return i
  let j = i + 1
  while (j < tokens.length && j - i < 6) {
    // A possessive ends a name: "Duluth's Josphat Mwangi-Ruel" is someone from Duluth.
    if (isPossessive(tokens[j - 1].text, lexicon)) break
    // An initial: "George W. Bush".
    if (isWord(tokens[j]) && /^\p{Lu}$/u.test(tokens[j].text) && tokens[j + 1]?.text === '.' && nameTokenAt(tokens, j + 2, lexicon, false)) {
      j += 2
      continue
    }
    if (nameTokenAt(tokens, j, lexicon, false)) {
      j++
      continue
    }
    // "Brandt & Vogel Cocoa NV": an ampersand between the names of a firm.
    if (tokens[j].text === '&' && nameTokenAt(tokens, j + 1, lexicon, false)) {
      j += 2
      continue
    }
    // A capitalised particle inside a name: "Yannick Le Goff", "Marine Le Pen", "Robert De Niro".
    if (isWord(tokens[j]) && tokens[j].upper && lexicon.capitalParticles.has(tokens[j].lower) && nameTokenAt(tokens, j + 1, lexicon, false)) {
      j += 2
      continue
    }
    // A nickname in quotes between first name and surname: Robert "Bobby" Caldera.
    if (tokens[j].kind === 'quote' && /^.\p{Lu}[\p{L}.'’-]*.$/u.test(tokens[j].text) && nameTokenAt(tokens, j + 1, lexicon, false)) {
      j += 2
      continue
    }
    // Particles between name parts ("Ursula von der Leyen"), only after a word that
    // is no common noun and when a single capitalised word ends the name.
    let k = j
    while (k < tokens.length && isWord(tokens[k]) && !tokens[k].upper && lexicon.particles.has(tokens[k].lower) && k - j < 2) k++
    const particle = tokens.slice(j, k).map((t) => t.lower).join(' ')
    const allowed = !lexicon.locale.loneArticles.includes(particle) && !hasCommonNounEnding(tokens[j - 1].lower, lexicon)
    // Never a role or a common noun after the particles: "Lea Brunnhuber von der Anwohner*inneninitiative".
    if (k > j && allowed && nameTokenAt(tokens, k, lexicon, false) && !(isWord(tokens[k + 1]) && tokens[k + 1].upper) && !roleOfToken(tokens[k], lexicon) && !isGroupNoun(tokens[k].lower, lexicon) && !hasCommonNounEnding(tokens[k].lower, lexicon) && tokens[k + 1]?.text !== '*') {
      j = k + 1
      continue
    }
    break
  }
  return j
}

/**
 * A body's name that opens with a capitalised group noun, where nouns are lower case: "the Institute for
 * Nature Conservation and Forests", "The Department for Culture, Media and Sport (DCMS)", "la Fédération
 * française du bâtiment de la Gironde", "l'Agence régionale de santé". English names go on over capitalised
 * words and connectors, French ones over lower-case words too; the name ends on a noun, never a connector.
 */
function readBodyName(tokens: Token[], i: number, text: string, lexicon: Lexicon): Mention | null {
  let start = i
  if (isArticle(tokens[start], lexicon)) start++
  const first = tokens[start]
  if (!isWord(first)) return null
  // "l'Agence": the article written onto the noun (at the start of a sentence too: "L'Agence", never "L'entreprise").
  const written = elision(first.text, lexicon)
  const elided = written !== null && /^\p{L}/u.test(written[1]) ? written : null
  const noun = elided ? elided[1] : first.text
  // An acronym after its article: "à la BSPP", "the FNV".
  if (start > i && isAcronym(noun) && !(isWord(tokens[start + 1]) && tokens[start + 1].upper)) {
    return {kind: 'name', start: i, end: start + 1, text: words(tokens, i, start + 1, text), name: noun, head: null, role: null, adjectives: [], gender: null, demonstrative: false}
  }
  if (!/^\p{Lu}/u.test(noun)) return null
  if (!isGroupNoun(noun.toLowerCase(), lexicon) || roleHeadOf(noun.toLowerCase(), lexicon)) {
    // "The Southeast Digital Infrastructure Alliance": capitalised words that end in a group noun, after an article.
    if (start === i || elided) return null
    let last = start
    // (With "and" or "of" between capitalised words: "The Maryland-National Capital Park and Planning Commission".)
    while (last + 1 < tokens.length && last - start < 8 && isWord(tokens[last + 1]) && (tokens[last + 1].upper || (lexicon.bodyConnectors.has(tokens[last + 1].lower) && isWord(tokens[last + 2]) && tokens[last + 2].upper))) last++
    if (last === start || !isGroupNoun(tokens[last].lower, lexicon) || roleHeadOf(tokens[last].lower, lexicon)) return null
    const name = text.slice(tokens[start].start, tokens[last].end)
    return {kind: 'name', start: i, end: last + 1, text: words(tokens, i, last + 1, text), name, head: null, role: null, adjectives: [], gender: null, demonstrative: false}
  }
  const lowerWords = lexicon.locale.lowercaseNameWords === true
  let end = start + 1
  let last = end
  for (let k = end; k < tokens.length && k - start < 12; k++) {
    const t = tokens[k]
    if (t.kind === 'punct') {
      // "Culture, Media and Sport": a comma inside a list of capitalised words that an "and" closes.
      if (t.text === ',' && isWord(tokens[k + 1]) && tokens[k + 1].upper && [2, 3].some((d) => lexicon.locale.conjunctions.includes(tokens[k + d]?.lower ?? ''))) continue

      break
    }
    if (t.kind !== 'word') break
    if (t.upper || elidesOntoName(t.text, lexicon)) {
      last = k + 1
      continue
    }
    // "Department of Agriculture, Food and the Marine": an article after "and".
    if (lexicon.bodyConnectors.has(t.lower) || (lexicon.locale.bodyArticles.includes(t.lower) && lexicon.locale.bodyJoiners.includes(tokens[k - 1]?.lower ?? ''))) continue
    // French names go on in lower case: "française du bâtiment", "régionale de santé".
    // Never past a clitic written onto the verb: "la Région Nouvelle-Aquitaine s'est dite prête", "n'a pas".
    if (lowerWords && lexicon.locale.elidedClitic?.test(t.lower) !== true && !lexicon.locale.speechVerbs.has(t.lower) && !lexicon.auxiliaries.has(t.lower) && !lexicon.locale.relativePronouns.includes(t.lower) && !lexicon.functionWords.has(t.lower) && !lexicon.locale.clitics.includes(t.lower) && !lexicon.locale.gerund?.test(t.lower)) {
      last = k + 1
      continue
    }
    break
  }
  end = last
  if (end <= start + 1 && !elided) return null
  const name = text.slice(tokens[start].start + (elided ? elided[0].length : 0), tokens[end - 1].end)
  // "(DCMS)": the acronym belongs to the mention.
  const close = tokens[end]?.text === '(' && isWord(tokens[end + 1]) && /^\p{Lu}{2,}$/u.test(tokens[end + 1].text) && tokens[end + 2]?.text === ')' ? end + 3 : end
  return {kind: 'name', start: i, end: close, text: words(tokens, i, close, text), name, head: null, role: null, adjectives: [], gender: null, demonstrative: false}
}

/** A lower-case article written onto a capitalised word inside a name: "l'Économie", "d'Armor". */
function elidesOntoName(word: string, lexicon: Lexicon): boolean {
  const written = elision(word, lexicon)
  return written !== null && written[0] === written[0].toLowerCase() && /^\p{Lu}/u.test(written[1])
}

function words(tokens: Token[], from: number, to: number, text: string): string {
  if (to <= from) return ''
  return text.slice(tokens[from].start, tokens[to - 1].end)
}

/** Reads an apposition after a name: ", emeritierter Professor für …," → role text and end. */
function readApposition(tokens: Token[], i: number, text: string, lexicon: Lexicon): {role: string; end: number} | null {
  if (tokens[i]?.text !== ',' && tokens[i]?.text !== '(') return null
  let j = i + 1
  let start = j
  if (isWord(tokens[j]) && (lexicon.nominativeDeterminers.has(tokens[j].lower) || lexicon.demonstratives.has(tokens[j].lower))) {
    j++
    start = j
  }
  let sawRole = false
  let loose = false
  const limit = Math.min(tokens.length, i + 16)
  for (; j < limit; j++) {
    const t = tokens[j]
    if (t.kind !== 'word') break
    if ((t.upper || lexicon.locale.lowercaseNouns) && roleHeadOf(t.lower, lexicon)) sawRole = true
    // A finite verb ends the apposition: "…, der … begrüßt wurde," is a relative clause.
    if (!t.upper && lexicon.auxiliaries.has(t.lower)) return null
    // "Martin Behrsing, Sprecher des Forums kommentierte …": the closing comma is missing.
    if (sawRole && !loose && !t.upper && j > start + 1 && lexicon.locale.speechVerbs.has(t.lower)) return {role: words(tokens, start, j, text), end: j}
    // Before the role only adjectives, where nouns are capitalised ("emeritierter Professor"); any words where they are not ("a retired teacher").
    if (!sawRole && !t.upper && !hasAdjectiveEnding(t.lower, lexicon) && !lexicon.locale.lowercaseNouns) loose = true
  }
  const close = tokens[j]
  if (loose || !sawRole) {
    // ", ein Repräsentant aus Minnesota, sagte": a noun phrase with its determiner between
    // commas, right before a speech verb, is an apposition whatever its noun.
    const beforeVerb = tokens[i].text === ',' && start > i + 1 && close?.text === ',' && isWord(tokens[j + 1]) && lexicon.locale.speechVerbs.has(tokens[j + 1].lower) && isWord(tokens[start]) && (tokens[start].upper || hasAdjectiveEnding(tokens[start].lower, lexicon))
    if (!beforeVerb) return null
    sawRole = true
  }
  if (j === start) return null
  if (close && close.kind === 'punct' && /[,;)]/u.test(close.text)) {
    return {role: words(tokens, start, j, text), end: j + 1}
  }
  if (!close || close.text === '.' || close.kind === 'quote') return {role: words(tokens, start, j, text), end: j}
  return null
}

/** A role as shown without its determiner: "russische Präsident" after "der" → "russischer Präsident". */
function displayRole(determiner: string | null, adjectives: string[], head: string, tail: string, lexicon: Lexicon): string {
  const decline = lexicon.locale.roleAdjective
  const adjusted = decline ? adjectives.map((a) => decline(a, determiner, head)) : adjectives
  return [...adjusted, head].join(' ') + (tail ? ' ' + tail : '')
}

/** An acronym of an organisation: "SPD", "CCE", "BGH". */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\d&]{1,6}$/u.test(word)
}

/** Whether a noun names a body that speaks: "Amt", "Innenministerium", "Staatsanwaltschaft". */
export function isGroupNoun(lower: string, lexicon: Lexicon): boolean {
  if (lexicon.groupNouns.has(lower)) return true
  let known = lexicon.groupNounCache.get(lower)
  if (known === undefined) {
    // As the end of a compound: "Landesschulamt", "Betriebsrat" (a short noun only inside a long word).
    known = false
    for (const group of lexicon.groupNouns) {
      if ((group.length >= 4 || lower.length >= group.length + 5) && lower.endsWith(group)) {
        known = true
        break
      }
    }
    if (lexicon.groupNounCache.size > 50_000) lexicon.groupNounCache.clear()
    lexicon.groupNounCache.set(lower, known)
  }
  return known
}

/** Whether a mention can name a speaker: a person, a role, a body — not "die Entscheidung". */
export function isSpeakerLike(m: Mention, lexicon: Lexicon): boolean {
  if (m.kind !== 'description' || m.document === true) return true
  const head = (m.head ?? '').toLowerCase()
  // "die Norwegerin", "eine Biathletin": a feminine noun of a person.
  const feminine = lexicon.locale.feminineNoun?.test(m.head ?? '') === true && lexicon.locale.feminineDeterminers.includes(m.text.split(/\s/u)[0].toLowerCase())
  // "sagt der Schafhalter": a noun with the ending of a person's after its article.
  const personLike = !m.indefinite && m.end - m.start === 2 && hasPersonEnding(head, lexicon) && !hasCommonNounEnding(head, lexicon)
  // "Analysten sprachen …": a bare noun of people.
  const bare = m.start === m.end - 1 && lexicon.locale.bareSpeakerEnding?.test(head) === true
  // (A description given a role by what surrounds it counts: "A cutter who …".)
  return m.role !== null || m.demonstrative || feminine || personLike || m.nationalityNoun === true || lexicon.locale.anonymousSources.includes(head) || roleHeadOf(head, lexicon) !== null || isGroupNoun(head, lexicon) || isAcronym(m.head ?? '') || isAgeNoun(head, lexicon) || bare
}

/**
 * Reads the mention that starts at token `i`, or null when no speaker phrase starts there: a pronoun, a titled
 * name, a body's name or a description (where nouns are lower case), a description after its determiner, a name
 * with the role it owns or that comes before it. `text` is the block text the tokens index into.
 */
export function readMention(tokens: Token[], i: number, text: string, lexicon: Lexicon, nested = false): Mention | null {
  const t = tokens[i]
  if (!isWord(t)) return null
  const locale = lexicon.locale
  const pronoun = pronounAt(tokens, i, lexicon)
  if (pronoun) return pronoun
  const titled = titledName(tokens, i, text, lexicon, nested)
  if (titled !== undefined) return titled
  if (locale.lowercaseNouns) {
    const body = readBodyName(tokens, i, text, lexicon)
    if (body) return body
    const lower = readLowercaseDescription(tokens, i, text, lexicon, nested)
    if (lower !== undefined) return lower
  }
  // "Ihr verkehrspolitischer Sprecher Frank Oettinghaus": a possessive opens a description like an article.
  if (lexicon.nominativeDeterminers.has(t.lower) || (locale.possessives.includes(t.lower) && isWord(tokens[i + 1]))) return readDescription(tokens, i, text, lexicon, nested)
  if (!t.upper || !nameTokenAt(tokens, i, lexicon, true)) return null
  const owned = nested ? null : ownedRole(tokens, i, text, lexicon)
  if (owned) return owned
  const end = readName(tokens, i, lexicon)
  // "Wickis neuer Trainer": a genitive name before an adjective and its role.
  if (end === i + 1 && genitiveEndingOf(t.text, lexicon) !== null && isWord(tokens[i + 1]) && !tokens[i + 1].upper && hasAdjectiveEnding(tokens[i + 1].lower, lexicon) && isWord(tokens[i + 2]) && roleHeadOf(tokens[i + 2].lower, lexicon)) {
    return readDescription(tokens, i, text, lexicon, nested)
  }
  if (end === i) return null
  return (locale.lowercaseNouns ? roleAfterPlace(tokens, i, end, text, lexicon) : null) ?? nameAt(tokens, i, end, text, lexicon)
}

/** A subject pronoun ("er", "she"), or a body's pronoun right before a speech verb ("it said in a statement"). */
function pronounAt(tokens: Token[], i: number, lexicon: Lexicon): Mention | null {
  const locale = lexicon.locale
  const t = tokens[i]
  if (Object.hasOwn(locale.nominativePronouns, t.lower)) {
    return {kind: 'pronoun', start: i, end: i + 1, text: t.text, name: null, head: null, role: null, adjectives: [], gender: locale.nominativePronouns[t.lower], demonstrative: false}
  }
  if (locale.neuterPronouns?.includes(t.lower) && isWord(tokens[i + 1]) && locale.speechVerbs.has(tokens[i + 1].lower)) {
    return {kind: 'pronoun', start: i, end: i + 1, text: t.text, name: null, head: null, role: null, adjectives: [], gender: null, demonstrative: false, neuter: true}
  }
  return null
}

/**
 * A name after its title ("Herr Putin", "Mme Thill", "Dr. Anne Roy"), the title's word before it belonging to it
 * ("State Sen. Marisol Quintero-Haynes"; not an abbreviation with full stops: "U.S. Rep. X" is read from "Rep."); null
 * for a title with no name, undefined for no title.
 */
function titledName(tokens: Token[], i: number, text: string, lexicon: Lexicon, nested: boolean): Mention | null | undefined {
  const t = tokens[i]
  const next = tokens[i + 1]
  if (t.upper && !nested && isWord(next) && lexicon.titles.has(next.lower) && next.text !== next.text.toUpperCase() && !lexicon.titles.has(t.lower) && !lexicon.functionWords.has(t.lower) && !lexicon.nominativeDeterminers.has(t.lower)) {
    const titled = readMention(tokens, i + 1, text, lexicon, true)
    if (titled?.kind === 'name') return {...titled, start: i, text: words(tokens, i, titled.end, text)}
  }
  if (!lexicon.titles.has(t.lower) || lexicon.titles.has(next?.lower ?? '')) return undefined
  let j = i + 1
  if (tokens[j]?.text === '.') j++
  const end = readName(tokens, j, lexicon)
  if (end <= j) return null
  const genders = lexicon.locale.titleGenders
  const gender = Object.hasOwn(genders, t.lower) ? genders[t.lower] : null
  return withApposition({kind: 'name', start: i, end, text: words(tokens, i, end, text), name: words(tokens, j, end, text), head: null, role: null, adjectives: [], gender, demonstrative: false}, tokens, text, lexicon)
}

/**
 * A role owned by a country's or a body's name in the genitive: "Thüringens Verkehrsminister Jörg Wendelin"; with
 * the name set off after it: "Wickis Mutter, Agnes Wicki, …". One level only: a run of genitives ("Bundesministers
 * Bundesministers …") is no chain to follow.
 */
function ownedRole(tokens: Token[], i: number, text: string, lexicon: Lexicon): Mention | null {
  const t = tokens[i]
  const role = tokens[i + 1]
  if (lexicon.locale.genitiveName?.test(t.text) !== true || !isWord(role) || !role.upper || !roleHeadOf(role.lower, lexicon)) return null
  if (isWord(tokens[i + 2]) && tokens[i + 2].upper) {
    const inner = readMention(tokens, i + 1, text, lexicon, true)
    if (inner?.kind === 'name' && inner.name && inner.role) return {...inner, start: i, text: words(tokens, i, inner.end, text), role: `${t.text} ${inner.role}`}
  }
  if (tokens[i + 2]?.text !== ',') return null
  const base: Mention = {kind: 'description', start: i, end: i + 2, text: words(tokens, i, i + 2, text), name: null, head: role.text, role: `${t.text} ${role.text}`, adjectives: [], gender: genderOfRole(role.lower, null, lexicon), demonstrative: false}
  return nameInApposition(base, tokens, i, i + 2, text, lexicon)
}

/**
 * Where nouns are lower case, a body or place before a lower-case role and the name: "Ludlow Town Council clerk
 * Sarah Benbow", "Crown prosecutor Mitchell Oyelaran", "Shire of Corrabup president Neville Stribling" (past a
 * title: "Consultant pathologist Dr Ruairí Hession"); or before its kind of body and the body's name: "Great Falls
 * engineering firm Kestrel Structural" (read from "Great": after "the" the phrase names nobody). The capitalised words
 * read as a name end at `end`.
 */
function roleAfterPlace(tokens: Token[], i: number, end: number, text: string, lexicon: Lexicon): Mention | null {
  const locale = lexicon.locale
  let bodyEnd = end
  while (isWord(tokens[bodyEnd]) && locale.placeLinks.includes(tokens[bodyEnd].lower) && nameTokenAt(tokens, bodyEnd + 1, lexicon, false)) bodyEnd = readName(tokens, bodyEnd + 1, lexicon)
  let k = bodyEnd
  while (k < tokens.length && k - bodyEnd < 2 && isWord(tokens[k]) && !tokens[k].upper && !locale.speechVerbs.has(tokens[k].lower) && !lexicon.functionWords.has(tokens[k].lower)) k++
  if (k === bodyEnd) return null
  const noun = tokens[k - 1]
  if (roleOfToken(noun, lexicon)) {
    const from = isWord(tokens[k]) && lexicon.titles.has(tokens[k].lower) ? k + (tokens[k + 1]?.text === '.' ? 2 : 1) : k
    const nameEnd = readName(tokens, from, lexicon)
    if (nameEnd - from >= 2) return withApposition({kind: 'name', start: i, end: nameEnd, text: words(tokens, i, nameEnd, text), name: words(tokens, from, nameEnd, text), head: noun.text, role: words(tokens, i, k, text), adjectives: [], gender: genderOfRole(noun.lower, null, lexicon), demonstrative: false}, tokens, text, lexicon)
  }
  if (!isGroupNoun(noun.lower, lexicon) || roleOfToken(noun, lexicon)) return null
  const nameEnd = readName(tokens, k, lexicon)
  return nameEnd > k ? {kind: 'name', start: i, end: nameEnd, text: words(tokens, i, nameEnd, text), name: words(tokens, k, nameEnd, text), head: null, role: null, adjectives: [], gender: null, demonstrative: false} : null
}

/**
 * The capitalised words from `i` to `end` as a mention: one word that is a role, a plural or a body's noun
 * ("Analysten sprachen …", "Polizeisprecher sagten"), or a name with its role before it ("Justizsprecher Joachim
 * Banke", and where nouns are lower case "Infrastructure Minister Femke Rietveld"), or a name alone.
 */
function nameAt(tokens: Token[], i: number, end: number, text: string, lexicon: Lexicon): Mention | null {
  const locale = lexicon.locale
  const first = tokens[i]
  const roleHead = roleOfToken(first, lexicon)
  if (end - i === 1) {
    // (A capitalised plural: "Analysten"; where nouns are lower case, a word in -en is a name: "Verkammen".)
    const plural = locale.pluralEnding?.test(first.lower) === true && locale.doubleFirstName?.test(first.text) !== true && !first.lower.includes(' ')
    if (roleHead || plural || lexicon.groupNouns.has(first.lower)) {
      if (lexicon.notSpeakers.has(first.lower)) return null
      return {kind: 'description', start: i, end, text: first.text, name: null, head: first.text, role: roleHead ? first.text : null, adjectives: [], gender: genderOfRole(first.lower, null, lexicon), demonstrative: false}
    }
    return withApposition({kind: 'name', start: i, end, text: first.text, name: first.text, head: null, role: null, adjectives: [], gender: null, demonstrative: false}, tokens, text, lexicon)
  }
  if (locale.lowercaseNouns) {
    // A capitalised title before the name: "Chief Executive Officer Ingrid Maas".
    for (let k = end - 2; k > i; k--) {
      if (roleOfToken(tokens[k], lexicon)) {
        return withApposition({kind: 'name', start: i, end, text: words(tokens, i, end, text), name: words(tokens, k + 1, end, text), head: tokens[k].text, role: words(tokens, i, k + 1, text), adjectives: [], gender: genderOfRole(tokens[k].lower, null, lexicon), demonstrative: false}, tokens, text, lexicon)
      }
    }
  }
  if (roleHead) {
    return withApposition({kind: 'name', start: i, end, text: words(tokens, i, end, text), name: words(tokens, i + 1, end, text), head: first.text, role: first.text, adjectives: [], gender: genderOfRole(first.lower, null, lexicon), demonstrative: false}, tokens, text, lexicon)
  }
  return withApposition({kind: 'name', start: i, end, text: words(tokens, i, end, text), name: words(tokens, i, end, text), head: null, role: null, adjectives: [], gender: null, demonstrative: false}, tokens, text, lexicon)
}

function withApposition(mention: Mention, tokens: Token[], text: string, lexicon: Lexicon): Mention {
  let end = mention.end
  // A party or country in brackets: "Kristina Schröder (CDU)", "Thierry Castagnet (divers droite)".
  if (tokens[end]?.text === '(') {
    let close = end + 1
    while (close - end <= 4 && isWord(tokens[close])) close++
    if (close > end + 1 && tokens[close]?.text === ')') end = close + 1
  }
  const apposition = readApposition(tokens, end, text, lexicon)
  if (apposition) return {...mention, end: apposition.end, role: mention.role ?? apposition.role}
  return {...mention, end}
}

/**
 * The name right after a role (`end`), in every language: "prosecutor Catherine Doyle", "Der nordkoreanische
 * Staatschef Kim Jong-un". A second role word is no part of the name: "Der Vorsitzende Richter Klaus Tolksdorf".
 */
function nameAfterRole(base: Mention, tokens: Token[], i: number, end: number, text: string, lexicon: Lexicon): Mention | null {
  const nameEnd = readName(tokens, end, lexicon)
  if (nameEnd <= end) return null
  const from = nameEnd - end > 1 && roleOfToken(tokens[end], lexicon) ? end + 1 : end
  return withApposition({...base, kind: 'name', end: nameEnd, text: words(tokens, i, nameEnd, text), name: words(tokens, from, nameEnd, text)}, tokens, text, lexicon)
}

/**
 * The name set off by commas after a role (`end` is the comma), in every language: "The judge, Rebecca Hollis,
 * told", ", Me Arnaud Keller,", ", le scénariste belge Paul Demeyer,", "Der deutsche Regierungssprecher, Steffen
 * Seibert, …", "…, General George Casey heute …". One level only: "the judge, the judge, the judge, …" is no chain
 * of appositions to follow (the inner mention is read as nested).
 */
function nameInApposition(base: Mention, tokens: Token[], i: number, end: number, text: string, lexicon: Lexicon): Mention | null {
  if (tokens[end]?.text !== ',') return null
  const inner = readMention(tokens, end + 1, text, lexicon, true)
  if (inner?.kind !== 'name' || !inner.name || inner.start !== end + 1) return null
  const close = tokens[inner.end - 1]?.text === ',' ? inner.end - 1 : inner.end
  const after = tokens[close]
  // It ends at a comma, a full stop or a quotation; before a party in brackets where nouns are lower case
  // ("the mayor, Jean Dupont (PS),"), and in German before the lower-case word that goes on ("…, General George Casey heute …").
  const closes =
    after === undefined || after.text === ',' || after.text === '.' || after.kind === 'quote' ||
    (lexicon.locale.lowercaseNouns
      ? after.text === '(' && isWord(tokens[close + 1]) && tokens[close + 2]?.text === ')'
      : after.kind === 'word' && !after.upper && !lexicon.particles.has(after.lower))
  if (close <= end + 1 || !closes) return null
  const named = withApposition({...base, kind: 'name', end: close, text: words(tokens, i, close, text), name: inner.name, gender: base.gender ?? inner.gender}, tokens, text, lexicon)
  // The comma that closes "the judge, Rebecca Hollis," belongs to the mention.
  return named.end === close && after?.text === ',' ? {...named, end: close + 1} : named
}

/** Gender of a role noun: by its ending ("Justizsprecherin"), its determiner ("la", "son … -rice"), its ending again ("spokeswoman"). */
function genderOfRole(head: string, determiner: string | null, lexicon: Lexicon): 'm' | 'f' | null {
  const locale = lexicon.locale
  // A German feminine role ends in -in ("Justizsprecherin"); an English one may not ("Captain", "Chaplain").
  if (locale.feminineRoleEnding?.test(head) === true) return 'f'
  const byDeterminer = determiner !== null && Object.hasOwn(locale.determinerGenders, determiner) ? locale.determinerGenders[determiner] : null
  if (byDeterminer === 'f') return 'f'
  if (byDeterminer === 'm') return locale.feminineNounEnding?.test(head) === true ? 'f' : 'm'
  if (locale.feminineEnding?.test(head) === true) return 'f'
  if (locale.masculineEnding?.test(head) === true) return 'm'
  return null
}

/** A phrase without the article written onto its first word: "l'autrice de 38 ans" → "autrice de 38 ans". */
export function withoutElision(phrase: string, lexicon: Lexicon): string {
  const m = lexicon.locale.elidedArticle?.exec(phrase)
  return m ? phrase.slice(m[0].length) : phrase
}

/** A phrase without the "d'" written onto its first word: "d'opposition" → "opposition". */
export function withoutElidedOf(phrase: string, lexicon: Lexicon): string {
  const m = lexicon.locale.elidedOf?.exec(phrase)
  return m ? phrase.slice(m[0].length) : phrase
}

/** How a noun phrase opens where nouns are lower case: its determiner, where its words start, a noun written onto its article. */
interface PhraseStart {
  determiner: string | null
  /** The first word after the determiner. */
  j: number
  /** The noun written onto its article ("autrice" in "l'autrice"), or null. */
  headFromToken: string | null
  /** The word after the article in that token, as written ("autrice"). */
  rest: string
  /** A nationality adjective opens the phrase: "Dutch union FNV". */
  byNationality: boolean
}

/**
 * Reads a description in a language whose nouns are lower case: "the deputy
 * secretary", "a spokeswoman for the association", "the town’s mayor, Jean-Luc
 * Ferrand,", "prosecutor Catherine Doyle", "l'autrice de 38 ans", "le chef de
 * l'État". Returns undefined when no description starts at `i` (the caller
 * goes on with names), null when one starts but names nobody.
 */
function readLowercaseDescription(tokens: Token[], i: number, text: string, lexicon: Lexicon, nested = false): Mention | null | undefined {
  const t = tokens[i]
  const written = elision(t.text, lexicon)
  const elided = written !== null && /^\p{L}/u.test(written[1]) ? written : null
  if (elided && /^\p{Lu}/u.test(elided[1])) return nameOntoArticle(tokens, i, elided[1], text, lexicon)
  const phrase = phraseStart(tokens, i, elided, lexicon)
  if (!phrase) return undefined
  const byCountry = phrase.determiner !== null ? nationalityNounBefore(tokens, i, phrase, text, lexicon) : null
  if (byCountry) return byCountry
  const head = headOfPhrase(tokens, i, phrase, text, lexicon, nested)
  if (typeof head !== 'number') return head.mention
  if (head < 0) return phrase.determiner === null ? undefined : null
  return describeRole(tokens, i, head, phrase, text, lexicon, nested)
}

/**
 * One name written onto its article: "l'Ifremer", "l'Insee" is a body's, as a sentence's subject or at its end;
 * "l'Union bruxelloise des indépendants (UBI)" a body named up to its acronym; a nationality is the person of that
 * country ("a expliqué l'Allemand"). Undefined for anything else.
 */
function nameOntoArticle(tokens: Token[], i: number, name: string, text: string, lexicon: Lexicon): Mention | undefined {
  const locale = lexicon.locale
  const t = tokens[i]
  for (let k = i + 1; k < Math.min(tokens.length - 2, i + 7); k++) {
    if (tokens[k].text === '(' && isWord(tokens[k + 1]) && isAcronym(tokens[k + 1].text) && tokens[k + 2]?.text === ')') {
      return {kind: 'description', start: i, end: k + 3, text: words(tokens, i, k + 3, text), name: null, head: tokens[k + 1].text, role: null, adjectives: [], gender: null, demonstrative: false}
    }
    if (!isWord(tokens[k])) break
  }
  if (locale.nationalityPattern.test(name.toLowerCase())) {
    return {kind: 'description', start: i, end: i + 1, text: t.text, name: null, head: name, role: null, adjectives: [name.toLowerCase()], gender: locale.feminineNationality?.test(name) === true ? 'f' : 'm', demonstrative: false, nationalityNoun: true}
  }
  if (endsSubject(tokens[i + 1], lexicon)) {
    return {kind: 'name', start: i, end: i + 1, text: t.text, name, head: null, role: null, adjectives: [], gender: null, demonstrative: false}
  }
  return undefined
}

/**
 * How the noun phrase at `i` opens: a determiner or possessive, an article with its noun in one token ("l'autrice"),
 * a nationality adjective ("Dutch union FNV"), or a lower-case word; null for any other capitalised word.
 */
function phraseStart(tokens: Token[], i: number, elided: [string, string] | null, lexicon: Lexicon): PhraseStart | null {
  const t = tokens[i]
  if (lexicon.nominativeDeterminers.has(t.lower) || lexicon.otherDeterminers.has(t.lower) || lexicon.locale.possessives.includes(t.lower)) {
    return {determiner: t.lower, j: i + 1, headFromToken: null, rest: '', byNationality: false}
  }
  // "l'autrice": the determiner and the noun in one token.
  if (elided) return {determiner: elided[0][0].toLowerCase(), j: i + 1, headFromToken: elided[1].toLowerCase(), rest: elided[1], byNationality: false}
  if (t.upper && lexicon.locale.nationalityPattern.test(t.text) && isWord(tokens[i + 1]) && !tokens[i + 1].upper) {
    return {determiner: null, j: i + 1, headFromToken: null, rest: '', byNationality: true}
  }
  return t.upper ? null : {determiner: null, j: i, headFromToken: null, rest: '', byNationality: false}
}

/** "Le Français Théo Marchal", "le Danois Mikkel Vestergaard": a nationality noun before the name; "a salué le Danois": the person of that country. */
function nationalityNounBefore(tokens: Token[], i: number, phrase: PhraseStart, text: string, lexicon: Lexicon): Mention | null {
  const {determiner, j} = phrase
  const noun = tokens[j]
  if (!isWord(noun) || !noun.upper || !lexicon.locale.nationalityPattern.test(noun.lower)) return null
  const gender = genderOfRole(noun.lower, determiner, lexicon)
  const nameEnd = readName(tokens, j + 1, lexicon)
  if (nameEnd > j + 1) {
    return withApposition({kind: 'name', start: i, end: nameEnd, text: words(tokens, i, nameEnd, text), name: words(tokens, j + 1, nameEnd, text), head: noun.text, role: noun.text, adjectives: [noun.lower], gender, demonstrative: false}, tokens, text, lexicon)
  }
  return {kind: 'description', start: i, end: j + 1, text: words(tokens, i, j + 1, text), name: null, head: noun.text, role: null, adjectives: [noun.lower], gender, demonstrative: false, nationalityNoun: true}
}

/** Whether a word ends the words of a noun phrase (from its first word at `j`): a verb, a relative pronoun, a tail, a pronoun, a clitic. */
function endsNounPhrase(u: Token, k: number, j: number, lexicon: Lexicon): boolean {
  const locale = lexicon.locale
  // Right after the article a participle may be the noun: "le prévenu".
  if ((locale.speechVerbs.has(u.lower) && !(k === j && roleHeadOf(u.lower, lexicon))) || lexicon.auxiliaries.has(u.lower) || locale.relativePronouns.includes(u.lower) || locale.roleTails.includes(u.lower)) return true
  // A clitic starts the verb: "Le professionnel se montre pessimiste".
  return Object.hasOwn(locale.nominativePronouns, u.lower) || lexicon.functionWords.has(u.lower) || (k > j && locale.clitics.includes(u.lower) && !locale.roleTails.includes(u.lower))
}

/**
 * The head of the noun phrase: its words up to a verb, a clause mark or a tail, the role among them. Or the
 * mention the phrase is instead: a titled name ("la Dr Anne Roy"), a body's name after its article ("la Drac
 * Occitanie"), or none (undefined) or nobody (null) when a noun that modifies nothing ends it.
 */
function headOfPhrase(tokens: Token[], i: number, phrase: PhraseStart, text: string, lexicon: Lexicon, nested: boolean): number | {mention: Mention | null | undefined} {
  const {determiner, j, headFromToken} = phrase
  let head = headFromToken !== null ? i : -1
  let nounAt = -1
  for (let k = j; k < tokens.length && k - j < 6; k++) {
    const u = tokens[k]
    if (u.kind !== 'word' || endsNounPhrase(u, k, j, lexicon)) break
    // A noun that is no modifier of the next word ends the phrase: "a decision local farmers have described" is two.
    if (nounAt >= 0 && nounAt < k - 1) return {mention: determiner === null ? undefined : null}
    if (!u.upper && lexicon.locale.nounEnding?.test(u.lower)) nounAt = k
    if (u.upper) {
      if (head < 0 && k === j && determiner !== null) {
        const opening = capitalisedAfterDeterminer(tokens, i, k, phrase, text, lexicon, nested)
        if (opening === 'head') return k
        if (opening) return {mention: opening}
      }
      // A capitalised word: a nationality adjective before the noun ("the Dutch minister"), or the name after it.
      if (head >= 0 && roleHeadOf(head === i && headFromToken ? headFromToken : tokens[head].lower, lexicon)) break
      if (isWord(tokens[k + 1]) && !tokens[k + 1].upper) continue
      // A body's name before a lower-case role: "A WA Cricket spokesperson". (A name that ends in a group noun is read
      // as the body first: "the Labour Party leader" is "the Labour Party".)
      let run = k + 1
      while (run < tokens.length && run - k < 4 && isWord(tokens[run]) && tokens[run].upper) run++
      if (head >= 0 || !isWord(tokens[run]) || tokens[run].upper || !roleHeadOf(tokens[run].lower, lexicon)) break
      k = run - 1
      continue
    }
    // An adjective after a noun written onto its article keeps that noun the head: "l'entreprise familiale" (but
    // "l'ancien ministre" has its head after).
    if (head === i && headFromToken !== null && (roleHeadOf(headFromToken, lexicon) || isGroupNoun(headFromToken, lexicon)) && !roleHeadOf(u.lower, lexicon) && !isGroupNoun(u.lower, lexicon)) break
    head = k
    if (roleHeadOf(u.lower, lexicon) && !(isWord(tokens[k + 1]) && !tokens[k + 1].upper && roleHeadOf(tokens[k + 1].lower, lexicon))) break
  }
  return head
}

/**
 * A capitalised word right after the determiner: a title before a name ("le P. Jean-Baptiste Cressac", "la Dr Anne
 * Roy"), a role in capitals ('head': "its CEO, Ingrid Maas", "son PDG, Bertrand Lemarquis"), or a body's name set
 * off by a comma or a bracket, as a subject with its apposition is ("Le SNUipp-FSU, principal syndicat …, dénonce",
 * "la Drac Occitanie"), or ending the sentence, or before its verb ("», indique la Drac.", "la Drac Occitanie a
 * indiqué …"; not one word before a lower-case one: "la Drac a indiqué …"); null for none of them ("to the Australian
 * Securities Exchange that …" is no one speaking).
 */
function capitalisedAfterDeterminer(tokens: Token[], i: number, k: number, phrase: PhraseStart, text: string, lexicon: Lexicon, nested: boolean): Mention | 'head' | null {
  const u = tokens[k]
  const determiner = phrase.determiner ?? ''
  if (lexicon.titles.has(u.lower) && !nested) {
    const titled = readMention(tokens, k, text, lexicon, true)
    if (titled?.kind === 'name') return {...titled, start: i, text: words(tokens, i, titled.end, text)}
  }
  if (isAcronym(u.text) && roleHeadOf(u.lower, lexicon)) return 'head'
  if (phrase.headFromToken !== null || !lexicon.nominativeDeterminers.has(determiner) || lexicon.demonstratives.has(determiner) || (isWord(tokens[k + 1]) && !tokens[k + 1].upper)) return null
  const nameEnd = readName(tokens, k, lexicon)
  const setOff = tokens[nameEnd]?.text === '(' || endsSubject(tokens[nameEnd], lexicon)
  if (nameEnd <= k || !setOff) return null
  return withApposition({kind: 'name', start: i, end: nameEnd, text: words(tokens, i, nameEnd, text), name: words(tokens, k, nameEnd, text), head: null, role: null, adjectives: [], gender: null, demonstrative: false}, tokens, text, lexicon)
}

/** Where adjectives after a role's noun end: "sa directrice générale", "le ministre bruxellois de la Mobilité". */
function adjectivesAfter(tokens: Token[], head: number, lexicon: Lexicon): number {
  const locale = lexicon.locale
  let end = head + 1
  if (locale.roleTails.length === 0) return end
  for (; end - head <= 2; end++) {
    const u = tokens[end]
    if (!isWord(u) || u.upper || locale.speechVerbs.has(u.lower) || lexicon.auxiliaries.has(u.lower) || locale.roleTails.includes(u.lower) || lexicon.functionWords.has(u.lower) || locale.relativePronouns.includes(u.lower) || locale.clitics.includes(u.lower)) break
    if (locale.postnominalAdjective?.test(u.lower) !== true) break
    // (A participle goes on only into a tail: "chargée de …".)
    if (locale.participleEnding?.test(u.lower) === true && isWord(tokens[end + 1]) && !locale.roleTails.includes(tokens[end + 1].lower)) break
  }
  return end
}

/**
 * A role's tail from `end`: "for the association", "de la compagnie Aéralp", "of the Polish Academy of Sciences",
 * "d'opposition"; '' and `end` when there is none. "au"/"aux" opens a tail only after an office that takes one ("la
 * procureure aux poursuites", "l'adjoint au maire"), never what someone was spoken to or stood by ("le maire au
 * Parisien", "le ministre aux journalistes").
 */
function roleTail(tokens: Token[], end: number, headWord: string, text: string, lexicon: Lexicon): {tail: string; end: number} {
  const locale = lexicon.locale
  const first = tokens[end]
  const dative = isWord(first) && locale.dativeTails.includes(first.lower)
  const takesDative = dative && lexicon.dativeOffices.has(headWord) && isWord(tokens[end + 1]) && !tokens[end + 1].upper && !lexicon.datives.has(tokens[end + 1].lower)
  if (!isWord(first) || !isRoleTail(first.lower, lexicon) || (dative && !takesDative)) return {tail: '', end}
  // An elided "d'" holds its noun: "d'opposition" is the whole tail.
  let m = end + 1
  if (locale.roleTails.includes(first.lower)) while (m < tokens.length && m - end < 7 && (inTail(tokens, m, lexicon) || coordinatedInTail(tokens, m, lexicon))) m++
  return {tail: words(tokens, end, m, text), end: m}
}

/**
 * Where the name ends a role's tail (`from` is its preposition, `to` its end), or -1: "de la CFTC Jacques Voisin", "de
 * l'Intérieur Gérald Darmanin", "du gouvernement Bruno Nabagné Koné", "de la N-VA Bart De Wever". The tail keeps at
 * least one word after its preposition and article ("de Saint-Denis" holds no name); the name is two words besides its
 * particles, or three right after a lower-case word ("du gouvernement Bruno Nabagné Koné"; never "Constitutionnel
 * Laurent Fabius" after "du Conseil").
 */
function nameEndingTail(tokens: Token[], from: number, to: number, lexicon: Lexicon): number {
  let object = from + 1
  if (isArticle(tokens[object], lexicon)) object++
  for (let s = object + 1; s <= to - 2; s++) {
    const t = tokens[s]
    if (!isWord(t) || !t.upper || readName(tokens, s, lexicon) !== to) continue
    let proper = 0
    for (let k = s; k < to; k++) if (isWord(tokens[k]) && !lexicon.particles.has(tokens[k].lower)) proper++
    // (After a lower-case noun or adjective, not after a preposition: "Center for Equitable Growth" is a body's name.)
    const before = tokens[s - 1]
    // Nor after a group's noun, whose name follows it: "the Italian newspaper Corriere della Sera".
    const afterLowerCase = isWord(before) && !before.upper && !lexicon.prepositions.has(before.lower) && !lexicon.functionWords.has(before.lower) && !lexicon.locale.conjunctions.includes(before.lower) && !isGroupNoun(before.lower, lexicon)
    // A name is cut from capitalised words before it only after a body's acronym ("de la CFTC") or, where the language
    // writes them so, an institution's one noun after its article ("de la République"): "of New York City" holds no
    // "York City", "of the Congressional Black Caucus" no "Black Caucus", and "de Paris Anne Hidalgo" stays unsplit.
    const cut = afterLowerCase || isAcronym(before.text) || (lexicon.locale.institutionBeforeName === true && object > from + 1 && s === object + 1)
    // (Nor is a body's name a person's: "of the Campaign Legal Center".)
    if (cut && (proper === 2 || (afterLowerCase && proper === 3)) && !isGroupNoun(tokens[to - 1].lower, lexicon)) return s
  }
  return -1
}

/**
 * Whether token `k` goes on in a tail: words, and the full stop of a title ("de M. Lacombe"). A tail ends at another
 * preposition ("le président de la République dans le hall"), a verb, a pronoun, a clause's conjunction.
 */
function inTail(tokens: Token[], k: number, lexicon: Lexicon): boolean {
  const locale = lexicon.locale
  const u = tokens[k]
  if (u.kind === 'word') {
    const lower = u.lower
    const tail = locale.roleTails.includes(lower)
    return !locale.subordinators.includes(lower) && !Object.hasOwn(locale.nominativePronouns, lower) && !locale.speechVerbs.has(lower) && !lexicon.auxiliaries.has(lower) && !(locale.clitics.includes(lower) && !tail) && !locale.relativePronouns.includes(lower) && !(lexicon.prepositions.has(lower) && !tail) && !(lexicon.fillers.has(lower) && !locale.possessives.includes(lower))
  }
  return (u.text === '.' && lexicon.titles.has(tokens[k - 1]?.lower ?? '') && isWord(tokens[k + 1]) && tokens[k + 1].upper) || joinsName(tokens, k, lexicon)
}

/**
 * "aux poursuites criminelles et pénales", "de l'Économie et des Finances": "et" goes on inside the tail, not into
 * someone else ("le maire de Lille et son adjoint").
 */
function coordinatedInTail(tokens: Token[], k: number, lexicon: Lexicon): boolean {
  const locale = lexicon.locale
  const next = tokens[k + 1]
  if (!isWord(tokens[k]) || !locale.conjunctions.includes(tokens[k].lower) || !isWord(tokens[k - 1]) || !isWord(next)) return false
  return locale.roleTails.includes(next.lower) || (!next.upper && !isArticle(next, lexicon) && !locale.possessives.includes(next.lower) && !locale.speechVerbs.has(next.lower) && !lexicon.auxiliaries.has(next.lower) && !Object.hasOwn(locale.nominativePronouns, next.lower))
}

/**
 * The description whose head is at `head`, with its role, tail and the name after it or set off by commas: "the
 * judge Rebecca Hollis", "Le procureur, Vincent Morel, a rappelé …", "une habitante du cinquième". Undefined where
 * a phrase with no determiner names no role (the caller reads names).
 */
function describeRole(tokens: Token[], i: number, head: number, phrase: PhraseStart, text: string, lexicon: Lexicon, nested: boolean): Mention | null | undefined {
  const {determiner, j, headFromToken, byNationality} = phrase
  const headEnd = adjectivesAfter(tokens, head, lexicon)
  const headWord = head === i && headFromToken ? headFromToken : tokens[head].lower
  let roleHead = roleHeadOf(headWord, lexicon)
  // Any noun of a person between the article and a full name is their role, the word right before the name: "l'écologue
  // marine Soazig Kerbrat-Ollivier" has the role "marine".
  if (determiner !== null && !roleHead && !byNationality && !isGroupNoun(headWord, lexicon) && !lexicon.demonstratives.has(determiner) && readName(tokens, headEnd, lexicon) >= headEnd + 2) roleHead = headWord
  if (determiner === null && !roleHead && !byNationality) {
    // "said harbour master Ingrid Smeets": lower-case words right before a name are its role.
    const nameEnd = readName(tokens, head + 1, lexicon)
    if (nameEnd - (head + 1) < 2 || head - i > 2) return undefined
    roleHead = headWord
  }
  let end = headEnd
  // A party or a place in brackets before the tail or the name: "le député (La France insoumise, LFI) de
  // Seine-Saint-Denis Yanis Ferrat" (whose tail runs on over the name: "de Seine-Saint-Denis Yanis Ferrat").
  if (roleHead && tokens[end]?.text === '(') {
    let close = end + 1
    while (close < tokens.length && close - end <= 8 && tokens[close].text !== ')' && tokens[close].text !== '(') close++
    const after = tokens[close + 1]
    if (tokens[close]?.text === ')' && close > end + 1 && isWord(after) && (after.upper || isRoleTail(after.lower, lexicon))) end = close + 1
  }
  const read = roleTail(tokens, end, headWord, text, lexicon)
  // A tail that runs on over the name after it ends before the name: "le ministre de l'Intérieur Gérald Darmanin". (Not
  // after "a", "un": "…, a columnist for the Italian newspaper Corriere della Sera, wrote" describes someone named before.)
  const split = roleHead && read.tail && !lexicon.indefinites.has(determiner ?? '') ? nameEndingTail(tokens, end, read.end, lexicon) : -1
  const {tail, end: tailEnd} = split > 0 ? {tail: words(tokens, end, split, text), end: split} : read
  end = tailEnd
  const headText = head === i && headFromToken ? phrase.rest : tokens[head].text
  const role = roleHead ? withoutElision(headFromToken !== null && head === i ? tokens[i].text + (headEnd > i + 1 ? ' ' + words(tokens, i + 1, headEnd, text) : '') : words(tokens, determiner === null ? i : j, headEnd, text), lexicon) + (tail ? ' ' + tail : '') : null
  const base: Mention = {
    kind: 'description',
    start: i,
    end,
    text: words(tokens, i, end, text),
    name: null,
    head: headText,
    role,
    adjectives: [],
    gender: genderOfRole(headWord, determiner, lexicon),
    demonstrative: lexicon.demonstratives.has(determiner ?? ''),
    indefinite: lexicon.indefinites.has(determiner ?? '')
  }
  if (tail) {
    base.tail = tail
    // Past the tail's preposition: "for the association" → "the association", "d'opposition" → "opposition".
    const preposition = /^\S+\s+/u.exec(tail)
    base.body = preposition ? tail.slice(preposition[0].length) : withoutElidedOf(tail, lexicon)
  }
  // "la maire (DVG) Hélène Vasseur": a party between role and name.
  if (roleHead && tokens[end]?.text === '(' && isWord(tokens[end + 1]) && tokens[end + 2]?.text === ')' && isWord(tokens[end + 3]) && tokens[end + 3].upper) end += 3
  // "prosecutor Catherine Doyle", "the judge Rebecca Hollis", and a body's name: "Dutch union FNV".
  const named = roleHead || (isGroupNoun(headWord, lexicon) && !tail) ? nameAfterRole(base, tokens, i, end, text, lexicon) : null
  if (named) return named
  // "The judge, Rebecca Hollis, told …", "Le procureur, Vincent Morel, a rappelé …", "his barrister, Oliver Grant, said"
  // (The gender of a noun that is no role is not the name's: "Avec une vingtaine de bénévoles, Régis Bouscarat, …".)
  const set = !nested && (roleHead || determiner !== null) ? nameInApposition(roleHead ? base : {...base, gender: null}, tokens, i, end, text, lexicon) : null
  if (set) return set
  if (!roleHead && !isGroupNoun(headWord, lexicon) && !isAgeNoun(headWord, lexicon)) return determiner === null ? undefined : base
  return base
}

/** Past compounds cut short before the one that completes them: "Gesundheits- und Umweltdepartement" (at most four). */
function pastCutCompounds(tokens: Token[], from: number, lexicon: Lexicon): number {
  let k = from
  for (let chain = 0; chain < 4 && isWord(tokens[k]) && tokens[k].upper && tokens[k + 1]?.text === '-' && isWord(tokens[k + 2]) && lexicon.locale.compoundConjunctions.includes(tokens[k + 2].lower) && isWord(tokens[k + 3]) && tokens[k + 3].upper; chain++) k += 3
  return k
}

/**
 * Where the noun of a description after its determiner (at `i`) stands, where nouns are capitalised: past a
 * participial phrase ("Der auf der Konferenz … anwesende Außenminister"), compounds cut short ("Das Gesundheits-
 * und Umweltdepartement"), capitalised adjectives ("der Oberkommandierende General", "das Wiener Rathaus"). Null
 * when there is none. `cutHead`: the head is the compound that completes the cut ones from `cutFrom`.
 */
function descriptionHead(tokens: Token[], i: number, lexicon: Lexicon): {head: number; cutFrom: number; cutHead: boolean} | null {
  let j = i + 1
  // A participial phrase before the noun: "Der auf der Konferenz … anwesende Außenminister".
  if (isWord(tokens[j]) && lexicon.prepositions.has(tokens[j].lower)) {
    for (let k = j + 1; k < Math.min(tokens.length - 1, j + 14); k++) {
      const t = tokens[k]
      if (t.kind !== 'word') break
      if (!t.upper && hasAdjectiveEnding(t.lower, lexicon) && isWord(tokens[k + 1]) && tokens[k + 1].upper && roleHeadOf(tokens[k + 1].lower, lexicon)) {
        j = k
        break
      }
    }
  }
  const cutFrom = j
  j = pastCutCompounds(tokens, j, lexicon)
  const cut = j > cutFrom
  let head = -1
  const limit = Math.min(tokens.length, j + 10)
  let laterNoun = false
  for (; j < limit; j++) {
    const t = tokens[j]
    if (t.kind !== 'word') break
    // "Die 23-Jährige aus Ruhpolding": someone described by age.
    if (isAgeNoun(t.lower, lexicon)) {
      head = j
      break
    }
    if (!t.upper) {
      if (lexicon.locale.speechVerbs.has(t.lower) || lexicon.auxiliaries.has(t.lower) || (head >= 0 && !laterNoun)) break
      continue
    }
    if (modifiesNoun(tokens, j, lexicon)) continue
    head = j
    // A role noun is the head: "der Geschäftsführer alle Vorwürfe", "der Präsident seine Position".
    if (roleHeadOf(t.lower, lexicon)) break
    // A noun inside a participial phrase: "der mit großer Begeisterung aufgenommene … Präsident".
    laterNoun = nounInParticipialPhrase(tokens, i, j, lexicon)
    if (!laterNoun) break
  }
  return head < 0 ? null : {head, cutFrom, cutHead: cut && head === j}
}

/**
 * Whether the capitalised word at `j` modifies the noun after it: an adjective of a title ("der Oberkommandierende
 * General"), an adjective of a place before a body or a role ("das Wiener Rathaus", "der Münchner Polizeisprecher",
 * "der Deutsche Skiverband").
 */
function modifiesNoun(tokens: Token[], j: number, lexicon: Lexicon): boolean {
  const t = tokens[j]
  const next = tokens[j + 1]
  if (!isWord(next) || !next.upper) return false
  if (hasAdjectiveEnding(t.lower, lexicon) && !roleHeadOf(t.lower, lexicon) && roleHeadOf(next.lower, lexicon)) return true
  return lexicon.locale.placeAdjective?.test(t.text) === true && (isGroupNoun(next.lower, lexicon) || roleHeadOf(next.lower, lexicon) !== null)
}

/**
 * Whether the noun at `j` stands inside a participial phrase, which the description's noun follows: "der mit großer
 * Begeisterung aufgenommene … Präsident" (only inside a phrase a preposition opened: "Die Polizei veröffentlichte am
 * Abend …" has its head already).
 */
function nounInParticipialPhrase(tokens: Token[], i: number, j: number, lexicon: Lexicon): boolean {
  const next = tokens[j + 1]
  return tokens.slice(i + 1, j).some((u) => isWord(u) && lexicon.prepositions.has(u.lower)) && isWord(next) && !next.upper && hasAdjectiveEnding(next.lower, lexicon) && !lexicon.notAdjectives.has(next.lower) && !lexicon.locale.speechVerbs.has(next.lower) && !lexicon.auxiliaries.has(next.lower) &&
    [tokens[j + 2], tokens[j + 3]].some((u) => isWord(u) && u.upper)
}

/**
 * The genitive after a description's noun at `head`: "der Sprecher des Weißen Hauses", "der Innenminister Frankreichs,"
 * (a name in -s before a comma; with no comma it is read as the name after the role); '' when there is none. `owner`:
 * the one in the genitive speaks instead ("die Kritik der Anwältin"; a noun that never speaks, "die Vorwürfe der
 * Anwältin", is no mention at all).
 */
function genitiveAfter(tokens: Token[], i: number, head: number, text: string, lexicon: Lexicon): {tail: string; end: number; owner?: Mention} {
  const headToken = tokens[head]
  const end = head + 1
  const next = tokens[end]
  // (After a body's noun a capitalised word in -s is its name: "die Wirtschaftsagentur Ecoplus,".)
  if (isWord(next) && next.upper && genitiveEndingOf(next.text, lexicon) !== null && tokens[end + 1]?.text === ',' && !(isGroupNoun(headToken.lower, lexicon) && !roleHeadOf(headToken.lower, lexicon))) {
    return {tail: next.text, end: end + 1}
  }
  if (!isWord(next) || !lexicon.locale.genitiveArticles.includes(next.lower)) return {tail: '', end}
  let k = end + 1
  while (k < tokens.length && isWord(tokens[k]) && !tokens[k].upper && hasAdjectiveEnding(tokens[k].lower, lexicon) && k - end < 4) k++
  // A compound that shares its last part with the next: "des Wasserstraßen- und Schifffahrtsamts Rhein".
  k = pastCutCompounds(tokens, k, lexicon)
  if (!isWord(tokens[k]) || !tokens[k].upper) return {tail: '', end}
  let stop = k + 1
  // One more capitalised word, unless a name follows: "des Verwaltungsrats Ulrich Müller".
  const more = tokens[stop]
  if (isWord(more) && more.upper && !(isWord(tokens[stop + 1]) && tokens[stop + 1].upper) && !roleOfToken(more, lexicon) && !lexicon.locale.speechVerbs.has(more.lower)) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(more.text) || readName(tokens, stop, lexicon) === stop + 1) stop++
  }
  const tail = words(tokens, end, stop, text)
  const owner = tokens[stop - 1]
  // "die Kritik der Anwältin": the one in the genitive speaks.
  if (!roleHeadOf(headToken.lower, lexicon) && !lexicon.groupNouns.has(headToken.lower) && (roleHeadOf(owner.lower, lexicon) || lexicon.groupNouns.has(owner.lower))) {
    return {tail, end: stop, owner: {kind: 'description', start: i, end: stop, text: words(tokens, i, stop, text), name: null, head: owner.text, role: null, adjectives: [], gender: null, demonstrative: false}}
  }
  return {tail, end: stop}
}

/**
 * A description after its determiner (or a genitive name) at `i`, where nouns are capitalised: "der Kremlchef", "ein
 * Sprecher des Deutschen Skiverbandes (DSV)", with the name after its role or set off by commas ("Der
 * nordkoreanische Staatschef Kim Jong-un", "Der deutsche Regierungssprecher, Steffen Seibert, …"). Null when it
 * has no noun or one that never speaks ("die Entscheidung").
 */
function readDescription(tokens: Token[], i: number, text: string, lexicon: Lexicon, nested = false): Mention | null {
  const determiner = tokens[i].lower
  const found = descriptionHead(tokens, i, lexicon)
  if (!found) return null
  const {head, cutFrom, cutHead} = found
  const headToken = tokens[head]
  if (lexicon.notSpeakers.has(headToken.lower)) return null
  const adjectives: string[] = []
  for (let k = head - 1; k > i && isWord(tokens[k]) && !tokens[k].upper && hasAdjectiveEnding(tokens[k].lower, lexicon); k--) {
    adjectives.unshift(tokens[k].lower)
  }
  const genitive = genitiveAfter(tokens, i, head, text, lexicon)
  if (genitive.owner) return genitive.owner
  let {tail, end} = genitive
  // A place or body between the role and the name: "Der Vorsitzende des Verbands in Deutschland, Michael Knipper,".
  if (tokens[end]?.kind === 'word' && lexicon.functionWords.has(tokens[end].lower) && isWord(tokens[end + 1]) && tokens[end + 1].upper && tokens[end + 2]?.text === ',') {
    // (The name may carry its party: "Der Bürgermeister von Ebersgrund, Holger Wiesemann (parteilos),".)
    const nameEnd = readName(tokens, end + 3, lexicon)
    if (nameEnd > end + 3 && (tokens[nameEnd]?.text === ',' || tokens[nameEnd]?.text === '(')) {
      tail = (tail ? tail + ' ' : '') + words(tokens, end, end + 2, text)
      end += 2
    }
  }
  // A noun of a person's kind right before a full name is their role, listed or not: "die Pendlerin Sandra Oelschlägel".
  const roleHead = roleHeadOf(headToken.lower, lexicon) ?? (!tail && end === head + 1 && hasPersonEnding(headToken.lower, lexicon) && !isGroupNoun(headToken.lower, lexicon) && readName(tokens, end, lexicon) >= end + 2 ? headToken.lower : null)
  const role = roleHead ? displayRole(determiner, adjectives.filter((a) => lexicon.locale.nationalityPattern.test(a)), headToken.text, tail, lexicon) : null
  // Feminine by its ending ("Ministerin"); masculine only after a masculine article ("der", "ein", "sein"), not "die", "ihre", "das".
  const gender = lexicon.locale.feminineRoleEnding?.test(headToken.lower) === true && roleHead ? 'f' : roleHead && lexicon.masculineDeterminers.has(determiner) ? 'm' : null
  const base: Mention = {
    kind: 'description',
    start: i,
    end,
    text: words(tokens, i, end, text),
    name: null,
    head: cutHead ? words(tokens, cutFrom, head + 1, text) : headToken.text,
    role,
    adjectives,
    gender,
    demonstrative: lexicon.demonstratives.has(determiner),
    indefinite: lexicon.indefinites.has(determiner)
  }
  return namedDescription(base, tokens, i, head, roleHead !== null, text, lexicon, nested)
}

/**
 * A description with the name that follows it: a body with its name ("dem Fahrgastverband Pro Bahn"; a noun that is
 * no group noun takes none: "den Verkehrsbetrieben Zürich"), a role with a name after it or set off by commas; else
 * the description, with a body's acronym in brackets ("ein Sprecher des Deutschen Skiverbandes (DSV) sagte").
 */
function namedDescription(base: Mention, tokens: Token[], i: number, head: number, isRole: boolean, text: string, lexicon: Lexicon, nested: boolean): Mention {
  const end = base.end
  if (!isRole && isGroupNoun(tokens[head].lower, lexicon) && end === head + 1) {
    const nameEnd = readName(tokens, end, lexicon)
    if (nameEnd > end) return withApposition({...base, kind: 'name', end: nameEnd, text: words(tokens, i, nameEnd, text), name: words(tokens, head, nameEnd, text)}, tokens, text, lexicon)
  }
  if (isRole) {
    const named = nameAfterRole(base, tokens, i, end, text, lexicon) ?? (nested ? null : nameInApposition(base, tokens, i, end, text, lexicon))
    if (named) return named
  }
  if (tokens[end]?.text === '(' && isWord(tokens[end + 1]) && /^\p{Lu}{2,}$/u.test(tokens[end + 1].text) && tokens[end + 2]?.text === ')') return {...base, end: end + 3}
  return base
}
