/**
 * Coreference: who a mention is. Names are merged by shared name parts
 * ("Putin" → "Wladimir Putin"), pronouns go to the most salient person of
 * their gender, descriptions ("der Kremlchef", "dieser Experte") to the
 * salient person whose role fits and whose country does not clash.
 */
import type {Gender} from '../lang/types.js'
import type {Lexicon, Mention} from './mentions.js'
import type {Token} from './tokens.js'
import {elision, genitiveEndingOf, hasPersonEnding, isAcronym, isAgeNoun, isGroupNoun, isPossessive, opensName, roleHeadOf, withoutElidedOf, withoutElision} from './mentions.js'
import {articleWordEnd, isUpperCode, lowerCaseWords, startsArticleWord} from '../text/chars.js'
import {isWeekday} from '../lang/calendar.js'

export interface Entity {
  id: number
  /** Fullest name the article uses, or the head noun of an unnamed description. */
  name: string
  kind: 'person' | 'description'
  nameParts: Set<string>
  role: string | null
  heads: Set<string>
  nationality: string | null
  gender: 'm' | 'f' | null
  /** The block it was last resolved in. */
  block?: number
  /** A description of a person ("der Beschuldigte", "une riveraine"), not of a body. */
  human?: boolean
  /** A named body, not a person: "Naturschutzbund Deutschland", "Prairie Line Cooperative". No pronoun stands for it. */
  body?: boolean
  /** A description in the plural: "the organizers", "les habitants". No singular pronoun stands for it. */
  plural?: boolean
  /** Order of the last mention. */
  lastSeen: number
  quotes: number
  /** The article has called them by a bare surname they share with no one met before ("sagte Wicki"). */
  bySurname?: boolean
}

export interface Resolution {
  entity: Entity
  confidence: number
}

/** A description being resolved, and whom the steps of `resolveDescription` found so far with what confidence. */
interface Lookup {
  mention: Mention
  /** The description's head noun, lower case. */
  head: string
  block: number
  /** The role class of the head (`classOf`). */
  cls: string
  /** The country its words name ("der russische Präsident"), or null. */
  nationality: string | null
  entity: Entity | null
  confidence: number
}

/** Of the gender, or of one not known on either side. */
function fitsGender(e: {gender: Gender | null}, gender: Gender | null): boolean {
  return e.gender === null || gender === null || e.gender === gender
}

/** Whether someone is of another country than the one a description names. */
function clashes(l: Lookup, e: Entity): boolean {
  return l.nationality !== null && e.nationality !== null && e.nationality !== l.nationality
}

const nameChars = /[\p{L}\p{M}'’-]/u

function partsOf(name: string): string[] {
  return name.split(/\s+/u).filter((p) => p && nameChars.test(p[0])).map((p) => p.toLowerCase())
}

const letterOrMark = /[\p{L}\p{M}]/u
/** A word of the article, hyphens and apostrophes inside it (one pattern for the word index and for names). */
const articleWord = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu
const twoWordsBefore = /((?:\p{Lu}[\p{L}\p{M}'’-]*[ \u00a0]){1,2})$/u

/** How many words `positionsOf` looks for with `indexOf` before it indexes the whole article. */
const maxSearches = 16

/** Where each match of `articleWord` stands, by word, in one pass (code unit tables, not the regex). */
function indexWords(text: string): Map<string, number[]> {
  const at = new Map<string, number[]>()
  for (let i = 0; i < text.length; ) {
    const end = articleWordEnd(text, i)
    if (end === i) {
      // (No word starts inside a surrogate pair either: one unit at a time is as good as the regex's code point.)
      i++
      continue
    }
    const word = text.slice(i, end)
    const list = at.get(word)
    if (list) list.push(i)
    else at.set(word, [i])
    i = end
  }
  return at
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * A name without the words before it that open no name and a weekday after it: "Of Sanders" → "Sanders", "MSNBC Monday"
 * → "MSNBC" (one word is left as it is).
 */
function withoutOpeners(name: string, lexicon: Lexicon): string {
  const words = name.split(/\s+/u)
  let k = 0
  while (k < words.length - 1 && !opensName(words[k], lexicon)) k++
  let end = words.length
  while (end - k > 1 && isWeekday(words[end - 1].toLowerCase())) end--
  return k === 0 && end === words.length ? name : words.slice(k, end).join(' ')
}

export class EntityRegistry {
  readonly entities: Entity[] = []
  private clock = 0
  private lastSpeaker: Entity | null = null
  private lastSpeakerBlock = -1

  constructor(
    private readonly lexicon: Lexicon,
    /** All prose of the article, for finding the fullest form of a name. */
    private readonly fullText: string
  ) {}

  /** Marks a time step (a mention in reading order). */
  private tick(entity: Entity): void {
    entity.lastSeen = ++this.clock
    this.recency.push(entity)
  }

  /** Entities in the order they were last met (an entity recurs; only its last entry counts). */
  private readonly recency: Entity[] = []
  /** Person entities by lower-case name part. */
  private readonly byPart = new Map<string, Entity[]>()

  /** Persons named by one part, by that part. */
  private readonly singles = new Map<string, Entity[]>()

  private index(entity: Entity, parts: Iterable<string>): void {
    for (const part of parts) {
      const list = this.byPart.get(part)
      if (!list) this.byPart.set(part, [entity])
      else if (!list.includes(entity)) list.push(entity)
    }
    if (entity.nameParts.size === 1) {
      const [part] = entity.nameParts
      const list = this.singles.get(part)
      if (!list) this.singles.set(part, [entity])
      else if (!list.includes(entity)) list.push(entity)
    }
  }

  /**
   * The only persons `sameName` can accept: for one part, those with that part; for several, those
   * with the same last part, and those named by one part that is among them.
   */
  private sharingPart(parts: readonly string[]): Entity[] {
    if (parts.length === 0) return []
    // The last few dozen met with that surname: many people sharing one (a list of names, hostile text) stay linear.
    const recent = (list: Entity[] | undefined): Entity[] => (list === undefined ? [] : list.length > 48 ? list.slice(-48) : list)
    const found = new Set<Entity>(recent(this.byPart.get(parts[parts.length - 1])))
    if (parts.length > 1) {
      for (const part of parts) for (const e of recent(this.singles.get(part))) if (e.nameParts.size === 1) found.add(e)
    }
    return [...found]
  }

  noteSpeaker(entity: Entity, block: number): void {
    entity.quotes++
    this.lastSpeaker = entity
    this.lastSpeakerBlock = block
    this.tick(entity)
  }

  /** Someone who spoke in a sentence without a quotation: the next standalone quotation may be theirs. */
  noteVoice(entity: Entity, block: number): void {
    this.lastSpeaker = entity
    this.lastSpeakerBlock = block
  }

  private determined: Set<string> | null = null

  /**
   * Whether the article uses a capitalised word after a determiner at least as
   * often as without one ("in der Deponie", "die Dörfer"): a common noun, no
   * part of a person's name.
   */
  isCommonNoun(word: string): boolean {
    // Only where nouns are capitalised: in English and French a capitalised word after "the" is a name.
    if (this.lexicon.locale.lowercaseNouns) return false
    return this.determined?.has(word.toLowerCase()) ?? false
  }

  /** Learns the words the article uses after a determiner, and which it writes with a capital, from its sentences' tokens (one pass). */
  learnCommonNouns(sentences: Iterable<readonly Token[]>): void {
    // A capitalised word counts as a common noun when at least half its uses follow a determiner:
    // "in der Deponie" (always), not "Vukić" for one "in der Vukić die Handlung kippen lässt".
    const after = new Map<string, number>()
    const uses = new Map<string, number>()
    const {nominativeDeterminers, otherDeterminers, demonstratives} = this.lexicon
    for (const tokens of sentences) {
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]
        if (t.kind !== 'word') continue
        if (t.upper) uses.set(t.lower, (uses.get(t.lower) ?? 0) + 1)
        if (k + 1 >= tokens.length || demonstratives.has(t.lower) || !(nominativeDeterminers.has(t.lower) || otherDeterminers.has(t.lower))) continue
        // "von der Leyen": a name particle, not a determiner.
        const before = tokens[k - 1]
        if (before?.kind === 'word' && this.lexicon.locale.articleParticles.includes(before.lower)) continue
        // ", das Anna Berg nicht vergisst": after a comma it is a relative pronoun.
        if (before?.text === ',' && this.lexicon.locale.relativePronouns.includes(t.lower)) continue
        let next = tokens[k + 1]
        if (next.kind === 'word' && !next.upper && tokens[k + 2]?.kind === 'word') next = tokens[k + 2]
        if (next.kind === 'word' && next.upper) after.set(next.lower, (after.get(next.lower) ?? 0) + 1)
      }
    }
    this.determined = new Set([...after].filter(([word, count]) => count * 2 >= (uses.get(word) ?? count)).map(([word]) => word))
    this.upperWords = new Set(uses.keys())
  }

  private upperWords: Set<string> | null = null
  private loweredWords: Set<string> | null = null

  /**
   * Whether the article writes a word in lower case, in its prose or its quotations ("insbesondere", "jeder",
   * "besorgt"): where nouns are capitalised, such a word is no noun and no name, whatever capital it takes at the
   * start of a sentence. The article's lower-case words are read once, when first asked.
   */
  writesLowerCase(word: string): boolean {
    this.loweredWords ??= lowerCaseWords(this.fullText)
    return this.loweredWords.has(word.toLowerCase())
  }

  /** Whether the article writes a word with a capital outside quotations (known where nouns are capitalised). */
  writesCapitalised(word: string): boolean {
    return this.upperWords?.has(word.toLowerCase()) ?? false
  }


  /** The person met last under a name, without meeting them again (no entity is made, nothing is learned), or null. */
  lookUp(name: string): Entity | null {
    const parts = partsOf(name)
    let found: Entity | null = null
    for (const e of this.sharingPart(parts)) {
      if (e.kind === 'person' && e.lastSeen > 0 && this.sameName(e, parts) && (found === null || e.lastSeen > found.lastSeen)) found = e
    }
    return found
  }

  /** Whether a name belongs to someone already met. */
  knows(name: string): boolean {
    const parts = partsOf(name)
    return this.sharingPart(parts).some((e) => e.kind === 'person' && e.lastSeen > 0 && this.sameName(e, parts))
  }

  private subjects: Array<{entity: Entity; block: number}> = []

  /** Subjects of the sentence being read and of the one before it. */
  private currentSubject: Entity | null = null
  private previousSentenceSubject: Entity | null = null

  /** Bodies named in the sentence being read and in the one before it. */
  private currentBodies: Entity[] = []
  private previousBodies: Entity[] = []

  /** Starts the next sentence in reading order. */
  startSentence(): void {
    this.previousSentenceSubject = this.currentSubject
    this.currentSubject = null
    this.previousBodies = this.currentBodies
    this.currentBodies = []
  }

  /** Notes that a sentence of `block` has `entity` for its subject. */
  noteSubject(entity: Entity, block: number): void {
    this.subjects.push({entity, block})
    this.currentSubject = entity
  }

  /** The subject of the last sentence that had a fitting one, when that was in this block or the two before. */
  private recentSubject(block: number, fits: (e: Entity) => boolean): Entity | null {
    for (let k = this.subjects.length - 1; k >= 0; k--) {
      const {entity, block: at} = this.subjects[k]
      if (block - at > 2) return null
      if (fits(entity)) return entity
    }
    return null
  }

  /** The person mentioned last, when that was in this block or the one before. */
  recentPerson(block: number): Entity | null {
    const person = this.salient((e) => isPerson(e))
    return person && person.lastSeen === this.clock && block - this.lastMentionBlock <= 1 ? person : null
  }

  /** Whether someone spoke (or was given a voice) in this block already. */
  spokeIn(block: number): boolean {
    return this.lastSpeaker !== null && this.lastSpeakerBlock === block
  }

  /** Speaker of the last quotation, when it was in this block or the one before. */
  previousSpeaker(block: number): Entity | null {
    return this.lastSpeaker && block - this.lastSpeakerBlock <= 1 ? this.lastSpeaker : null
  }

  private nationalityOf(words: string[]): string | null {
    for (const w of words) {
      const m = this.lexicon.locale.nationalityPattern.exec(w)
      if (m) return m[1]
      for (const [part, country] of Object.entries(this.lexicon.locale.roleCountries)) {
        if (w.startsWith(part)) return country
      }
    }
    return null
  }

  /** The role class of a head noun, feminine and masculine forms alike ("Expertin", "Experte"). */
  private classOf(head: string): string {
    const cache = this.lexicon.roleClassCache
    let known = cache.get(head)
    if (known === undefined) {
      known = this.findClass(head)
      if (cache.size > 50_000) cache.clear()
      cache.set(head, known)
    }
    return known
  }

  private findClass(head: string): string {
    const ending = this.lexicon.locale.roleStem
    const stem = (w: string): string => (ending ? w.replace(ending, '') : w)
    // A compound role is of its head's class: "Verkehrsministerin" → "minister".
    const h = stem(roleHeadOf(head, this.lexicon) ?? head)
    for (const [name, members] of Object.entries(this.lexicon.locale.roleClasses)) {
      if (members.some((m) => head === m || head.endsWith(m) || h.endsWith(stem(m)))) return name
    }
    return h
  }

  private learnRole(entity: Entity, mention: Mention): void {
    if (mention.role && !entity.role) entity.role = mention.role
    const words = (mention.role ?? '').toLowerCase().split(/[\s,]+/u)
    for (const w of words) {
      const head = roleHeadOf(w, this.lexicon)
      if (head) entity.heads.add(this.classOf(w))
    }
    if (mention.head) entity.heads.add(this.classOf(mention.head.toLowerCase()))
    entity.nationality ??= this.nationalityOf([...mention.adjectives, ...words, (mention.head ?? '').toLowerCase()])
    entity.gender ??= mention.gender
  }

  /**
   * The longest form of a name in the article: "Putin" → "Wladimir Putin".
   * A word counts as a first name only when the article never uses it alone
   * ("in Pjöngjang Kim Jong-un" does not make "Pjöngjang" a first name).
   */
  private fullest(name: string): string {
    let best = name
    const text = this.fullText
    // Where the name stands, from where its rarest word stands.
    let rarest: {positions: number[]; offset: number} | null = null
    for (const m of name.matchAll(articleWord)) {
      const positions = this.positionsOf(m[0])
      if (!rarest || positions.length < rarest.positions.length) rarest = {positions, offset: m.index}
    }
    const starts = (rarest?.positions ?? []).map((at) => at - (rarest?.offset ?? 0)).filter((at) => at >= 0 && text.startsWith(name, at))
    for (const at of starts) {
      const after = text.codePointAt(at + name.length)
      if (after !== undefined && letterOrMark.test(String.fromCodePoint(after))) continue
      // Up to two capitalised words right before the name.
      const window = text.slice(Math.max(0, at - 80), at)
      const m = twoWordsBefore.exec(window)
      if (!m) continue
      const before = m[1].trim().split(/\s+/u)
      const kept: string[] = []
      for (let k = before.length - 1; k >= 0; k--) {
        const w = before[k].toLowerCase()
        if (this.lexicon.functionWords.has(w) || this.lexicon.nominativeDeterminers.has(w) || this.lexicon.otherDeterminers.has(w)) break
        if (this.lexicon.titles.has(w) || this.lexicon.objectTitles.has(w) || roleHeadOf(w, this.lexicon, /^\p{Lu}/u.test(before[k]))) break
        const prefix = window.slice(0, window.lastIndexOf(before[k]))
        const wordBefore = /(\S+)\s+$/u.exec(prefix)?.[1].toLowerCase() ?? ''
        // "die Pendlerin Sandra Oelschlägel", "das Kampfgericht Wicki": a noun after its article is a role or a body, not a
        // first name.
        if (!this.lexicon.locale.lowercaseNouns && (this.lexicon.nominativeDeterminers.has(wordBefore) || this.lexicon.otherDeterminers.has(wordBefore))) break
        // "le ministre de l'Intérieur Gérald Darmanin": a word after an elided article ends a role's tail.
        if (/['’]$/u.test(prefix)) break
        // "Le Français Théo Marchal": a nationality noun is no first name.
        if (this.lexicon.locale.lowercaseNouns && (this.lexicon.locale.nationalityPattern.test(w) || this.lexicon.locale.nationalityPattern.test(before[k]))) break
        // "L'entraîneur Fabrice Cazaux": an article with its noun is no first name.
        if (this.standsAlone(before[k]) || isPossessive(before[k], this.lexicon) || this.lexicon.locale.sides.includes(w) || /^\p{Ll}/u.test(elision(w, this.lexicon)?.[1] ?? '')) break
        kept.unshift(before[k])
      }
      const candidate = [...kept, name].join(' ')
      if (candidate === name || candidate === best || candidate.endsWith(` ${best}`)) {
        best = candidate.length > best.length ? candidate : best
      } else if (best !== name && !best.endsWith(` ${candidate}`)) {
        // Two people of one surname ("Ramon Wicki", "Agnes Wicki"): the bare surname is not filled in from the text.
        return name
      } else if (best === name) {
        best = candidate
      }
    }
    return best
  }

  /** Whether a capitalised word stands in the article without a capitalised word after it. */
  /** Answers of `standsAlone`: a name asked about many times walks its word's positions once. */
  private readonly alone = new Map<string, boolean>()

  private standsAlone(word: string): boolean {
    let known = this.alone.get(word)
    if (known === undefined) {
      known = this.findStandingAlone(word)
      this.alone.set(word, known)
    }
    return known
  }

  private findStandingAlone(word: string): boolean {
    // Asked for a few words only: read from where the word stands rather than kept for every word.
    const text = this.fullText
    for (const at of this.positionsOf(word)) {
      // Not followed by a space and an upper-case letter (`/^[ \u00a0]\p{Lu}/u` on the next two code units).
      const end = at + word.length
      const space = text.charCodeAt(end)
      if (!((space === 0x20 || space === 0xa0) && isUpperCode(text.charCodeAt(end + 1)))) return true
    }
    return false
  }

  /** Answers of `positionsOf` for this article. */
  private readonly positions = new Map<string, number[]>()
  /** How many words `positionsOf` has looked for with `indexOf`. */
  private searched = 0
  /** Every word's positions, once more than `maxSearches` words were asked for. */
  private wordIndex: Map<string, number[]> | null = null

  /**
   * Where `word` stands in the article as a whole match of `articleWord` (the pattern run over the
   * whole text), in text order. An article asks for the few words of its names: the first
   * `maxSearches` are found with `indexOf`, instead of indexing every word of the article up front;
   * past that (an article of many names) one pass indexes all words, so the cost stays linear.
   */
  private positionsOf(word: string): number[] {
    if (this.wordIndex) return this.wordIndex.get(word) ?? []
    let found = this.positions.get(word)
    if (found !== undefined) return found
    if (++this.searched > maxSearches) {
      this.wordIndex = indexWords(this.fullText)
      return this.wordIndex.get(word) ?? []
    }
    found = []
    const text = this.fullText
    if (word !== '') {
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
        // The start first: inside a long word it fails at once, and the end is then never looked for.
        if (startsArticleWord(text, at) && articleWordEnd(text, at) === at + word.length) found.push(at)
      }
    }
    this.positions.set(word, found)
    return found
  }


  /** Same person: the same surname, or one name is a single part of the other ("Kim", "Kim Jong-un"). */
  private sameName(entity: Entity, parts: string[]): boolean {
    const names = [...entity.nameParts]
    const last = entity.name.split(/\s+/u).pop()?.toLowerCase()
    // A bare word is a person's surname, the last part of the name: "Trump" is Donald Trump, not "Trump Train" or "Trump
    // National Doral".
    // (Or the first part of a name whose given name is hyphenated, as Korean names are written: "Kim" is Kim Jong-un.)
    if (parts.length === 1) return parts[0] === last || (entity.nameParts.size === 1 && entity.nameParts.has(parts[0])) || (entity.name.split(/\s+/u)[0].toLowerCase() === parts[0] && last?.includes('-') === true)
    if (entity.nameParts.size === 1) return parts.some((p) => entity.nameParts.has(p))
    if (names.length === 0) return true
    if (last !== parts[parts.length - 1]) return false
    // Two full names with one surname are one person only when one holds the other ("George Bush", "George W. Bush"),
    // or their first names agree, as an initial too: "Ramon Wicki" and "Agnes Wicki" are mother and son.
    const first = entity.name.split(/\s+/u)[0].toLowerCase()
    const initial = (a: string, b: string): boolean => /^\p{L}\.?$/u.test(a) && b.startsWith(a.replace('.', ''))
    // A short form of the first name is the same person: "Joe Biden" and "Joseph R. Biden", "Sam" and "Samuel".
    const short = (a: string, b: string): boolean => a.length <= 4 && a.length < b.length && b.startsWith(a.slice(0, 2))
    return parts.every((p) => entity.nameParts.has(p)) || names.every((p) => parts.includes(p)) || first === parts[0] || initial(first, parts[0]) || initial(parts[0], first) || short(first, parts[0]) || short(parts[0], first)
  }

  private byName(written: string, gender: 'm' | 'f' | null = null, reading = true): Entity {
    // Robert "Bobby" Caldera is Robert Caldera; "Of Sanders", "Like Corker", "Top Clinton" (a capital that opens a
    // sentence) are Sanders, Corker, Clinton.
    const name = withoutOpeners(written, this.lexicon).replace(/\s+["“„«‚‘'»][^\s"”“»«’']{1,30}["”“»«’'‘]\s+/gu, ' ')
    const parts = partsOf(name)
    let found: Entity | null = null
    // A surname that two people share is the one of the gender its title gives ("Mrs Verrity"), else the one quoted
    // most ("meint Wicki" is the winner, not his mother Agnes Wicki), else the one seen last.
    const fit = (e: Entity): number => (gender === null || e.gender === null ? 1 : e.gender === gender ? 2 : 0)
    const better = (e: Entity, than: Entity): boolean =>
      parts.length > 1
        ? e.lastSeen > than.lastSeen
        : fit(e) !== fit(than)
          ? fit(e) > fit(than)
          : Boolean(e.bySurname) !== Boolean(than.bySurname)
            ? Boolean(e.bySurname)
            : e.quotes !== than.quotes
              ? e.quotes > than.quotes
              : e.lastSeen > than.lastSeen
    for (const e of this.sharingPart(parts)) {
      if (e.kind !== 'person') continue
      if (this.sameName(e, parts) && (found === null || better(e, found))) found = e
    }
    if (found) {
      // (The first one a bare surname meets keeps it.)
      // (In reading order only: registering names article-wide before is no use of them.)
      if (reading && parts.length === 1 && !this.sharingPart(parts).some((e) => e !== found && e.kind === 'person' && e.bySurname)) found.bySurname = true
      if (name.length > found.name.length && parts.length >= found.nameParts.size) {
        found.name = name
        for (const p of parts) found.nameParts.add(p)
        this.index(found, parts)
      }
      return found
    }
    const full = this.fullest(name)
    const entity: Entity = {
      id: this.entities.length,
      name: full,
      kind: 'person',
      nameParts: new Set(partsOf(full)),
      role: null,
      heads: new Set(),
      nationality: null,
      gender: null,
      body: isBodyName(full, this.lexicon),
      lastSeen: 0,
      quotes: 0
    }
    this.entities.push(entity)
    this.index(entity, entity.nameParts)
    return entity
  }

  /** Registers a named mention before resolution, so that roles are known article-wide. */
  register(mention: Mention): void {
    if (mention.kind !== 'name' || !mention.name) return
    const entity = this.byName(mention.name, null, false)
    this.learnRole(entity, mention)
  }

  /** The entity met last that passes `filter`: walks back from the newest mention. */
  private salient(filter: (e: Entity) => boolean): Entity | null {
    // Bounded: an antecedent thousands of mentions back is no antecedent, and hostile text stays linear.
    for (let k = this.recency.length - 1; k >= 0 && this.recency.length - k <= 2000; k--) {
      const e = this.recency[k]
      // An older entry of an entity met again later is skipped: its last entry was tried already.
      if (e.lastSeen !== k + 1) continue
      if (filter(e)) return e
    }
    return null
  }

  /**
   * Resolves the name of a source a sentence opens with ("Chez Seine-Saint-Denis Habitat, …", "Du côté de la Drac,
   * …"): where a statement comes from is a body, whatever its name.
   */
  resolveSource(mention: Mention, block: number, spokesperson: boolean): void {
    if (mention.kind !== 'name' || !mention.name) return
    const known = this.knows(mention.name)
    const entity = this.byName(mention.name)
    // Someone met before stays a person ("Bei Anna Berg klingelt das Telefon"); a place that is new is a body when a
    // spokesperson speaks in the sentence ("Chez Seine-Saint-Denis Habitat, une porte-parole du bailleur …").
    // An acronym is a body wherever it stands ("Du côté du TEC, on justifie …").
    if ((isAcronym(mention.name) || (!known && (spokesperson || isBodyName(mention.name, this.lexicon)))) && entity.quotes === 0 && entity.role === null) entity.body = true
    this.resolve(mention, block)
  }

  /** Whether a word names someone who speaks for a body: "porte-parole", "Sprecherin", "direction". */
  speaksForBody(lower: string): boolean {
    return this.classOf(lower) === 'spokesperson'
  }

  /** Resolves a mention met in reading order at `block`. */
  resolve(mention: Mention, block: number): Resolution | null {
    const result = this.resolveMention(mention, block)
    this.lastMentionBlock = block
    if (result) {
      result.entity.block = block
      if (isBodyLike(result.entity, this.lexicon) && this.currentBodies.length < 8) this.currentBodies.push(result.entity)
    }
    return result
  }

  private lastMentionBlock = -1

  private resolveMention(mention: Mention, block: number): Resolution | null {
    if (mention.kind === 'name' && mention.name) {
      const entity = this.byName(mention.name, mention.gender)
      this.learnRole(entity, mention)
      this.tick(entity)
      return {entity, confidence: 0.95}
    }
    if (mention.kind === 'pronoun') return mention.neuter ? this.resolveNeuter(block) : this.resolvePronoun(mention, block)
    const head = (mention.head ?? '').toLowerCase()
    if (!head) return null
    if (mention.document) {
      // A document with no author named with it: the body or person the article just named, else nobody.
      const author = this.currentBodies.at(-1) ?? this.previousBodies.at(-1) ?? this.spokenFor?.entity ?? this.recentPerson(block)
      if (!author) return null
      this.tick(author)
      return {entity: author, confidence: 0.6}
    }
    return this.resolveDescription(mention, head, block)
  }

  /** "it said": the body a recent sentence was about, else the body last named. */
  private resolveNeuter(block: number): Resolution | null {
    const body = this.recentSubject(block, (e) => isBodyLike(e, this.lexicon)) ?? this.currentBodies.at(-1) ?? this.previousBodies.at(-1) ?? this.salient((e) => isBodyLike(e, this.lexicon) && block - (e.block ?? -9) <= 1)
    if (!body) return null
    this.tick(body)
    return {entity: body, confidence: 0.7}
  }

  /** "er", "she", "a-t-elle": the speaker who goes on, the subject of a recent sentence, or the person last met of its gender. */
  private resolvePronoun(mention: Mention, block: number): Resolution | null {
    const genderFits = (e: {gender: Gender | null}): boolean => fitsGender(e, mention.gender)
    const fits = (e: Entity): boolean => isPerson(e) && genderFits(e)
    const previous = this.previousSpeaker(block)
    // The spokesperson who just spoke for a body goes on for it: "une porte-parole du bailleur assure que « … ».
    // « … », ajoute-t-elle".
    const spokesperson = this.spokenFor
    if (previous && spokesperson && spokesperson.entity === previous && spokesperson.block === block && genderFits(spokesperson)) {
      this.tick(previous)
      return {entity: previous, confidence: 0.7}
    }
    // An unnamed speaker who just spoke goes on: "von einer Armeesprecherin bestätigt. Sie sagte …".
    const goesOn = (e: Entity): boolean => fits(e) || (e.kind === 'description' && e.plural !== true && genderFits(e))
    // Someone of the pronoun's gender met since the last speaker beats a speaker of unknown gender:
    // "„…“, so Wieland. Auch die Sprecherin Gisela Piltz … Sie warf …".
    const exact = mention.gender === null ? null : this.salient((e) => isPerson(e) && e.gender === mention.gender)
    // With no one speaking just before, the subject of a recent sentence is the likelier antecedent than
    // someone named later in it: "Le Français Théo Marchal a devancé le Danois Mikkel Vestergaard. … a-t-il raconté".
    // Someone described but never named counts when they are a sentence's subject: "Der Beschuldigte … . «…», sagte er".
    const fitsSubject = (e: Entity): boolean => fits(e) || (e.kind === 'description' && e.human === true && e.plural !== true && genderFits(e))
    const subject = this.recentSubject(block, fitsSubject)
    // The subject of a sentence after the last quotation takes over from a speaker of unknown gender:
    // "»…«, sagte Ohlendorf. … Vukić, 41, hat den Satz geschrieben. »…«, erzählt sie",
    // and from any speaker when it is the subject of the sentence just before: "Der Beschuldigte hatte das letzte Wort. «…», sagte er".
    // (Or the subject of this paragraph when the speaker spoke in another: "Eine Woche später lädt Hubacher … Und danach?
    // «…», sagt er".)
    const newer = previous && subject && subject !== previous && subject.lastSeen > previous.lastSeen && (previous.gender === null || previous.gender !== mention.gender || subject === this.previousSentenceSubject || (subject.block === block && previous.block !== block))
    const entity =
      previous && goesOn(previous) && !newer && !(previous.gender === null && exact && exact.lastSeen > previous.lastSeen) ? previous : subject ?? this.salient(fits)
    if (!entity) return null
    if (entity.gender === null && mention.gender) entity.gender = mention.gender
    this.tick(entity)
    return {entity, confidence: previous === entity ? 0.85 : 0.7}
  }

  /**
   * A description ("der Kremlchef", "the spokeswoman", "le Danois"): the first of the steps below that finds
   * someone (each sets the confidence it gives, found or not, for the steps after it), else an unnamed speaker of its own ("der Staatsanwalt", "ein Polizeisprecher", "das Auswärtige Amt").
   */
  private resolveDescription(mention: Mention, head: string, block: number): Resolution {
    const lookup: Lookup = {mention, head, block, cls: this.classOf(head), nationality: this.nationalityOf([...mention.adjectives, head]), entity: null, confidence: 0.8}
    this.byRole(lookup)
    if (!lookup.entity) this.byNationalityNoun(lookup)
    if (!lookup.entity) this.byEpithet(lookup)
    if (!lookup.entity) this.byLastSpeakerRole(lookup)
    if (!lookup.entity) this.byAge(lookup)
    if (!lookup.entity) this.byPreviousSubjectRole(lookup)
    if (!lookup.entity) this.byLeader(lookup)
    if (!lookup.entity) this.byBodyNoun(lookup)
    if (!lookup.entity) this.byCompanyNoun(lookup)
    if (!lookup.entity) this.byNameOpening(lookup)
    const cls = lookup.cls
    const entity = lookup.entity ?? this.unnamed(lookup)
    if (lookup.entity) this.learnRole(entity, mention)
    else lookup.confidence = 0.6
    // Whom a spokesperson speaks for, when it is a body and not the spokesperson.
    if (cls === 'spokesperson' && entity.name.toLowerCase() !== head) this.spokenFor = {entity, block, gender: mention.gender}
    this.tick(entity)
    return {entity, confidence: lookup.confidence}
  }

  /** Whether a person already met has the role of the lookup's class, of its gender and of no other country. */
  private roleFits(l: Lookup, e: Entity): boolean {
    return e.kind === 'person' && e.heads.has(l.cls) && !clashes(l, e) && fitsGender(e, l.mention.gender)
  }

  /**
   * Someone met by the role: "ein Polizeisprecher" is nobody named before; "dieser Experte" the last speaker, or
   * whom the sentence before is about; else the last one met with the role, the same country said outright first.
   */
  private byRole(l: Lookup): void {
    const {mention, block, nationality} = l
    if (mention.indefinite) return
    if (mention.demonstrative) {
      const previous = this.previousSpeaker(block)
      if (previous && (this.roleFits(l, previous) || previous.heads.size === 0)) l.entity = previous
      // With nobody speaking before, whom the sentence before is about: "Monique Vergnaud pousse la porte … À 78 ans,
      // cette ancienne institutrice …".
      else if (!previous) l.entity = this.recentSubject(block, (e) => isPerson(e) && fitsGender(e, mention.gender)) ?? this.recentPerson(block)
    }
    // Same country said outright beats a person whose country is unknown.
    if (nationality !== null) l.entity ??= this.salient((e) => this.roleFits(l, e) && e.nationality === nationality)
    l.entity ??= this.salient((e) => this.roleFits(l, e))
  }

  /**
   * "a salué le Danois": the person of that country; with nobody of it known, whom the article is just about
   * ("Erwan Le Quéré a remporté … « … », a raconté le Breton").
   */
  private byNationalityNoun(l: Lookup): void {
    const {mention, block, nationality} = l
    if (!mention.nationalityNoun || nationality === null) return
    const gender = mention.gender
    l.entity = this.salient((e) => isPerson(e) && e.nationality === nationality && fitsGender(e, gender))
    if (!l.entity && !this.salient((e) => isPerson(e) && e.nationality !== null && e.nationality !== nationality && block - (e.block ?? -9) <= 1)) {
      l.entity = this.recentSubject(block, (e) => isPerson(e) && e.nationality === null && fitsGender(e, gender))
      if (l.entity) l.entity.nationality = nationality
    }
    l.confidence = 0.7
  }

  /**
   * Someone just named, called by a role or where they are from: "Son directeur sportif, Laurent Gaudin, … »,
   * a expliqué le technicien", "„…“, sagte die Norwegerin", "Die Oberstdorferin leistete sich …".
   * A role with an adjective is someone with no other role: "Le maire Paul Thill … le ministre belge" is not him.
   */
  private byEpithet(l: Lookup): void {
    const {block, cls} = l
    const epithet = this.epithetOf(l.mention, l.head)
    if (!epithet) return
    const fitting = (e: Entity): boolean => isPerson(e) && (epithet.gender === null || e.gender === null || e.gender === epithet.gender) && !(epithet.qualified && e.heads.size > 0)
    // Whoever was named last in this paragraph, if nobody came after ("… signé Yanis Benchekroun, ont remis les
    // Médocains dans le match. « … », rigole l'ailier de 19 ans"), before the subject of a sentence further back.
    const last = this.recentPerson(block)
    const here = last && last.block === block && fitting(last) && !last.heads.has(cls) ? last : null
    const recent = here ?? this.recentSubject(block, fitting) ?? (epithet.speaker ? this.previousSpeaker(block) : null) ?? last
    if (recent && fitting(recent) && !recent.heads.has(cls)) {
      l.entity = recent
      l.confidence = 0.6
      if (epithet.gender) recent.gender ??= epithet.gender
    }
  }

  /**
   * Where roles are no epithets (German), a role for whoever just spoke, when both are known to be of its gender:
   * "„…“, sagt Achterberg. … „…“, sagt die Archäologin". Anyone else stays the role ("der Staatsanwalt" is often
   * someone never named), and so does a party described by an adjective ("Der Beschuldigte selbst …" is someone new).
   */
  private byLastSpeakerRole(l: Lookup): void {
    const {mention, head} = l
    if (this.lexicon.locale.roleEpithets || mention.indefinite || mention.demonstrative || mention.gender === null || mention.end - mention.start !== 2) return
    if (!this.isRole(head) || this.lexicon.locale.adjectivalNounEnding?.test(head) === true || l.cls === 'spokesperson') return
    const previous = this.previousSpeaker(l.block)
    if (previous && isPerson(previous) && previous.gender === mention.gender && previous.lastSeen === this.clock) {
      l.entity = previous
      l.confidence = 0.6
    }
  }

  /**
   * "the 54-year-old", "der 58-Jährige": someone just named: the subject of a sentence since the last speaker
   * ("Innenverteidiger Marvin Osterkamp hatte Rot gesehen. Der 24-Jährige entschuldigte sich"), else that speaker.
   * (Someone described but never named counts: "Eine Geschädigte aus Lüneburg … sagte die 41-Jährige".)
   */
  private byAge(l: Lookup): void {
    const {mention, block} = l
    if (mention.indefinite || !isAgeNoun(l.head, this.lexicon)) return
    const genderFits = (e: Entity): boolean => fitsGender(e, mention.gender)
    const previous = this.previousSpeaker(block)
    const subject = this.recentSubject(block, (e) => (isPerson(e) || (e.kind === 'description' && e.human === true && e.plural !== true)) && genderFits(e))
    l.entity = (subject && (!previous || subject.lastSeen > previous.lastSeen) ? subject : previous) ?? this.salient((e) => isPerson(e) && genderFits(e))
    l.confidence = 0.7
  }

  /**
   * Where roles are no epithets (German), a role of a body nobody in the article holds goes to whom the sentence
   * just before was about, when they have no role yet: "Horst Wienecke sah das anders. Der Vorsitzende des
   * Kleingartenvereins … sprach von einem „…“". Or after the verb: "Auch Konstantin Rehlinger hat unterschrieben. …
   * „…“ gewesen, sagte der Regisseur". A role that opens its sentence with no body, or names another party, stays
   * someone new ("Der Vater sagte", "sagte der Staatsanwalt").
   */
  private byPreviousSubjectRole(l: Lookup): void {
    const {mention, head, cls} = l
    const locale = this.lexicon.locale
    if (locale.roleEpithets || mention.indefinite || mention.demonstrative || !this.isRole(head) || cls === 'spokesperson') return
    // A role after its definite article, with a body in the genitive or after the verb.
    const written = mention.text.split(/\s/u)
    const definite = written.length >= 2 && written[1] !== '' && Object.hasOwn(locale.definiteGenders, written[0].toLowerCase())
    const ofBody = definite && written.length >= 4 && locale.genitiveArticles.includes(written[2].toLowerCase())
    const afterVerb = mention.start > 0 && definite && written.length === 2 && locale.otherParty?.test(head) !== true
    if (!ofBody && !afterVerb) return
    const about = this.previousSentenceSubject
    if (about && isPerson(about) && about.heads.size === 0 && about.block === l.block && fitsGender(about, mention.gender) && !this.salient((e) => e !== about && isPerson(e) && e.heads.has(cls))) {
      l.entity = about
      l.confidence = 0.6
    }
  }

  /** Heads of state are often named without their office: the salient person whose country does not clash. */
  private byLeader(l: Lookup): void {
    const {mention, cls} = l
    if (cls !== 'leader' || mention.indefinite) return
    l.entity = this.salient((e) => isPerson(e) && !e.heads.has(cls) && !clashes(l, e) && fitsGender(e, mention.gender) && ![...e.heads].some((h) => h !== cls && this.isRole(h)))
    l.confidence = 0.7
  }

  /**
   * A spokesperson for a body the article named, or the body by its common noun: "a spokeswoman for the
   * cooperative" (Prairie Line Cooperative), "ein Bahnsprecher" (Deutsche Bahn), "the food safety authority".
   */
  private byBodyNoun(l: Lookup): void {
    const {mention, cls} = l
    const locale = this.lexicon.locale
    const noun = this.bodyNoun(mention, cls)
    if (!noun) {
      this.bySpokenFor(l)
      return
    }
    const isBody = (e: Entity): boolean => isBodyLike(e, this.lexicon)
    // The body's own word first ("Bahn" in "Deutsche Bahn"), then a compound of it ("Umweltministerium"), never a role.
    l.entity =
      // (Where a body's name opens with its noun: "du comité" is the "Comité régional de …".)
      this.salient((e) => isBody(e) && (lastWord(e.name) === noun || e.name.toLowerCase().endsWith(` ${noun}`) || (locale.namesOpenWithNoun && e.name.toLowerCase().startsWith(`${noun} `)))) ??
      (locale.compoundNouns ? this.salient((e) => isBody(e) && lastWord(e.name).endsWith(noun)) : null)
    if (l.entity) l.confidence = 0.7
    // A spokesperson for a kind of body in a sentence that names one: "Chez Seine-Saint-Denis Habitat, une
    // porte-parole du bailleur assure …".
    // Not a body that a compound names: "ein Sprecher des Finanzministeriums" is not the government just named.
    else if (cls === 'spokesperson' && (!locale.compoundNouns || this.lexicon.groupNouns.has(noun)) && this.currentBodies.length + this.previousBodies.length > 0) {
      l.entity = this.currentBodies.at(-1) ?? this.previousBodies.at(-1) ?? null
      l.confidence = 0.6
    }
  }

  /**
   * A spokesperson of no body named speaks for the body named in this sentence or the one before: "Die Berliner
   * Feuerwehr sieht das anders. „…“, sagte ein Sprecher", "Im Kulturreferat kennt man den Fall. Ein Sprecher sagte, …".
   * "Der Sprecher" goes on for the body the last spokesperson spoke for: "sagte ein Sprecher des Landesbetriebs. …
   * Der Sprecher schloss nicht aus, …". "the spokesperson" is the one met before, whatever bodies were named since:
   * "A WA Cricket spokesperson said … Corrabup … “…,” the spokesperson said".
   */
  private bySpokenFor(l: Lookup): void {
    const {mention, block} = l
    if (l.cls !== 'spokesperson' || mention.tail || !(!mention.role?.includes(' ') || isGroupNoun((mention.role ?? '').toLowerCase().split(/\s+/u)[0], this.lexicon))) return
    const spokenFor = !mention.indefinite && this.spokenFor && block - this.spokenFor.block <= 2 ? this.spokenFor.entity : null
    const recent = spokenFor ?? this.currentBodies.at(-1) ?? this.previousBodies.at(-1)
    if (recent) {
      l.entity = recent
      l.confidence = 0.6
    }
  }

  /** "L'entreprise familiale", "das Familienunternehmen": the company the article named just before. */
  private byCompanyNoun(l: Lookup): void {
    const {mention, block} = l
    if (mention.indefinite || !this.lexicon.locale.companyNouns.includes(l.head)) return
    l.entity = this.salient((e) => e.body === true && e.block !== undefined && block - e.block <= 2)
    if (l.entity) l.confidence = 0.6
  }

  /** "Selon le diocèse" after "Le diocèse de Limoges": the body the article named by that noun, where a body's name opens with it. */
  private byNameOpening(l: Lookup): void {
    const {mention, head} = l
    if (!this.lexicon.locale.namesOpenWithNoun || mention.indefinite || mention.tail || !isGroupNoun(head, this.lexicon)) return
    l.entity = this.salient((e) => !isPerson(e) && e.name.toLowerCase().startsWith(`${head} `))
  }

  /**
   * An unnamed speaker: "der Staatsanwalt", "ein Polizeisprecher", "das Auswärtige Amt", "die CCE"; one met before
   * by that name, or of that class where roles are epithets ("le président de la République" … "le chef de
   * l'État"), else a new one.
   */
  private unnamed(l: Lookup): Entity {
    const {mention, head, cls} = l
    const locale = this.lexicon.locale
    const name = this.descriptionName(mention)
    const met = this.entities.find((e) => e.kind === 'description' && e.name === name)
    if (met) return met
    const sameClass = locale.roleEpithets && !mention.indefinite && this.isRole(head) ? this.salient((e) => e.kind === 'description' && e.heads.has(cls) && fitsGender(e, mention.gender)) : null
    if (sameClass) return sameClass
    // (A feminine noun of a person is someone too, of her gender: "Eine Pächterin, die seit 1989 …".)
    const feminine = hasPersonEnding((mention.head ?? '').toLowerCase(), this.lexicon) && locale.feminineRoleEnding?.test(mention.head ?? '') === true && locale.feminineDeterminers.includes(mention.text.split(/\s/u)[0].toLowerCase())
    const human = (this.isRole(head) || feminine || isAgeNoun(head, this.lexicon)) && !isGroupNoun(head, this.lexicon)
    // A spokesperson's gender is not the body's they speak for.
    const gender = cls === 'spokesperson' && name !== mention.head ? null : mention.gender ?? (feminine ? 'f' : null)
    const entity: Entity = {id: this.entities.length, name, kind: 'description', nameParts: new Set(), role: null, heads: new Set([cls]), nationality: l.nationality, gender, human, plural: isPluralRole(head, this.lexicon), lastSeen: 0, quotes: 0}
    this.entities.push(entity)
    return entity
  }

  /** The body the last spokesperson spoke for, and where. */
  private spokenFor: {entity: Entity; block: number; gender: 'm' | 'f' | null} | null = null

  /**
   * Whether a definite description is an epithet for someone just named, and the gender it says: a role
   * where roles are epithets (`roleEpithets`: "le technicien", "l'élue"), else a demonym (`demonym`: "die
   * Norwegerin", "der Oberstdorfer"). `speaker`: the last speaker may be meant too.
   */
  private epithetOf(mention: Mention, head: string): {gender: 'm' | 'f' | null; speaker: boolean; qualified?: boolean} | null {
    if (mention.indefinite || mention.demonstrative) return null
    // A plural is never one person just named: "the organizers said".
    if (isPluralRole(head, this.lexicon)) return null
    const bare = mention.start === mention.end - 2
    if (this.lexicon.locale.roleEpithets) {
      // With an adjective after the role too, where it follows the noun: "le coureur flamand", "le grimpeur savoyard"
      // (never "the Dutch minister", nor a nationality: "le ministre français"; "belge" is none to
      // `nationalityPattern`, so "le ministre belge" is an epithet).
      const words = mention.text.toLowerCase().split(/\s+/u)
      // Or an adjective of age before it: "la jeune femme", "the young woman".
      // In English the words before the noun: "the retired dinner lady" (never a nationality: "the Dutch minister").
      const written = mention.text.split(/\s+/u)
      const prenominal = this.lexicon.locale.modifiersBeforeNoun && words.length >= 3 && words.length <= 4 && words[words.length - 1] === head && written.slice(1, -1).every((w) => !this.lexicon.locale.nationalityPattern.test(w.toLowerCase()) && !/^\p{Lu}/u.test(w) && !isPossessive(w, this.lexicon) && !this.lexicon.officeModifiers.has(w))
      const qualified = !mention.tail && ((words.length === 3 && ((words[1] === head && !this.lexicon.locale.nationalityPattern.test(words[2])) || (words[2] === head && (this.lexicon.locale.ageAdjectives ?? []).includes(words[1])))) || prenominal)
      // "l'élue": a role written onto its article.
      const onto = elision(mention.text, this.lexicon)
      const elided = onto !== null && onto[0] === onto[0].toLowerCase() && /^\p{L}/u.test(onto[1])
      if (!this.isRole(head) || !(bare || qualified || elided)) return null
      return {gender: mention.gender, speaker: true, qualified}
    }
    if (!bare || this.isRole(head) || isGroupNoun(head, this.lexicon) || this.lexicon.locale.demonym?.test(mention.head ?? '') !== true) return null
    const article = mention.text.split(/\s/u)[0].toLowerCase()
    return {gender: this.lexicon.locale.feminineDemonym?.test(head) === true ? 'f' : Object.hasOwn(this.lexicon.locale.definiteGenders, article) && this.lexicon.locale.definiteGenders[article] === 'm' ? 'm' : null, speaker: false}
  }

  /** The body named in the genitive after a role, in the nominative: "Sprecher des Münchner Baureferats (MBR)" → "Münchner Baureferat". */
  private genitiveBody(mention: Mention): string | null {
    const genitive = this.lexicon.locale.nominativeBody && mention.role ? this.lexicon.genitiveTail?.exec(mention.role) : null
    return genitive ? this.lexicon.locale.nominativeBody?.(genitive[1].replace(/\s*\([^()]*\)$/u, '')) ?? null : null
  }

  /**
   * The common noun of the body a mention speaks for or names, lower case: "cooperative" for "a spokeswoman
   * for the cooperative", "bahn" for "ein Bahnsprecher", "ministerium" for "ein Sprecher des Ministeriums",
   * "food safety authority" for "the food safety authority". Null for anyone else.
   */
  private bodyNoun(mention: Mention, cls: string): string | null {
    const locale = this.lexicon.locale
    const head = (mention.head ?? '').toLowerCase()
    if (cls === 'spokesperson') {
      // Where roles take their body after a preposition: "a spokeswoman for the cooperative".
      if (locale.roleTails.length > 0) {
        const words = (mention.body ?? '').toLowerCase().split(/\s+/u).filter((w) => w && !this.lexicon.nominativeDeterminers.has(w) && !this.lexicon.otherDeterminers.has(w) && !locale.possessives.includes(w) && !locale.definiteArticles.includes(w))
        return words[0] && !/^\p{Lu}/u.test(words[0]) ? withoutElision(words[0], this.lexicon) : null
      }
      const body = this.genitiveBody(mention)
      if (body) return lastWord(body)
      // "Bahnsprecher" → "bahn", "Regierungssprecher" → "regierung" (without the linking "s").
      const spokesperson = locale.spokespersonNoun
      const linking = locale.linkingS
      const compound = spokesperson ? head.replace(spokesperson, '') : head
      const prefix = linking ? compound.replace(linking, '') : compound
      return prefix.length >= 3 && prefix !== head ? prefix : null
    }
    if (mention.indefinite || !isGroupNoun(head, this.lexicon)) return null
    if (locale.compoundNouns) return head
    // "the food safety authority": the words of the noun phrase after its determiner.
    const words = mention.text.toLowerCase().split(/\s+/u)
    return words.slice(1).join(' ') || null
  }

  /** How an unnamed speaker is shown: "Polizeisprecher", "Auswärtiges Amt", an acronym's long form. */
  private descriptionName(mention: Mention): string {
    const head = mention.head ?? ''
    if (isAcronym(head)) return this.acronyms().get(head) ?? head
    if (this.lexicon.locale.lowercaseNouns) {
      // A spokesperson or a document speaks for the body it names: "an FNV spokesperson", "a research note from ING".
      // A body itself is named by its whole phrase: "le ministère de l'Économie".
      const speaksFor = this.classOf(head.toLowerCase()) === 'spokesperson' || (!this.isRole(head.toLowerCase()) && !isGroupNoun(head.toLowerCase(), this.lexicon))
      const body = speaksFor ? bodyIn(mention.role ?? '', head, this.lexicon) ?? bodyIn(mention.body ?? '', '', this.lexicon) : null
      if (body) return body
      // A body by its common noun and what follows it: "le ministère des Pêches et de l'Économie maritime", "la mairie de Lille".
      if (!speaksFor && !this.isRole(head.toLowerCase()) && mention.tail) return `${head} ${mention.tail}`
      // Where roles are lower case the whole role names the unnamed: "président de la République", "deputy secretary";
      // someone met once is named by what they are, not where they are from: "une habitante du cinquième" → "habitante".
      // A tail that qualifies the role stays: "un élu d'opposition".
      const tail = mention.indefinite && mention.tail && withoutElidedOf(mention.tail, this.lexicon) === mention.tail && mention.role?.endsWith(` ${mention.tail}`) ? mention.tail : ''
      if (mention.role) {
        // Without the count that tells one of several apart: "a second passenger" → "passenger", "un autre habitant" → "habitant".
        const counted = mention.role.slice(0, mention.role.length - (tail ? tail.length + 1 : 0)).replace(/\s*[,;]$/u, '')
        const first = counted.split(/\s+/u)[0].toLowerCase()
        const role = counted.includes(' ') && (this.lexicon.locale.ordinals ?? []).includes(first) ? counted.slice(counted.indexOf(' ') + 1) : counted
        // A capital that only opens the sentence goes: "Residents of a Hebridean island say …" → "residents".
        return mention.start === 0 && mention.text.startsWith(role) && /^\p{Lu}\p{Ll}/u.test(role) ? role[0].toLowerCase() + role.slice(1) : role
      }
    }
    const lower = head.toLowerCase()
    // A spokesperson speaks for the body named after the role: "ein Sprecher des Münchner Baureferats" → "Münchner Baureferat".
    const body = this.classOf(lower) === 'spokesperson' ? this.genitiveBody(mention) : null
    // "eine Sprecherin des Ministeriums" in an article that names the "Gesundheitsministerium": that one.
    if (body) return (!body.includes(' ') && this.compoundNamed(body.toLowerCase())) || body
    // "der oberste Gerichtshof" in an article that names the "Bundesgerichtshof": that body.
    if (!roleHeadOf(lower, this.lexicon) && isGroupNoun(lower, this.lexicon) && !mention.indefinite) {
      const named = this.compoundNamed(lower)
      if (named) return named
    }
    if (roleHeadOf(lower, this.lexicon) || !isGroupNoun(lower, this.lexicon) || mention.adjectives.length === 0) return head
    // "das auswärtige Amt" → "Auswärtiges Amt", "der oberste Gerichtshof" → "Oberster Gerichtshof".
    const determiner = mention.text.split(/\s/u)[0].toLowerCase()
    const bare = this.lexicon.locale.bareAdjective
    const words = [...mention.adjectives.map((a) => (bare ? bare(a, determiner) : a)), head].join(' ')
    return words[0].toUpperCase() + words.slice(1)
  }

  /** The one capitalised compound of the article that ends in `lower` ("Bundesgerichtshof" for "gerichtshof"), if there is exactly one. */
  private compoundNamed(lower: string): string | null {
    if (!this.lexicon.locale.compoundNouns || lower.length < 4) return null
    let known = this.compoundAnswers.get(lower)
    if (known === undefined) {
      // The article's capitalised words, read once; each head asked once.
      this.capitalised ??= new Set(Array.from(this.fullText.matchAll(/\p{Lu}[\p{Ll}\p{M}]{3,}/gu), (m) => m[0]))
      const found = new Set<string>()
      for (const word of this.capitalised) {
        // Also in the genitive: "des Landschaftsverbands" names the Landschaftsverband.
        const genitive = this.lexicon.locale.genitiveEndings.some((ending) => word.toLowerCase().endsWith(`${lower}${ending}`))
        const nominative = genitive ? word.slice(0, word.length - (genitiveEndingOf(word, this.lexicon) ?? '').length) : word
        if (nominative.length > lower.length + 2 && nominative.toLowerCase().endsWith(lower)) found.add(nominative)
      }
      known = found.size === 1 ? [...found][0] : null
      this.compoundAnswers.set(lower, known)
    }
    return known
  }

  private capitalised: Set<string> | null = null
  private readonly compoundAnswers = new Map<string, string | null>()

  private acronymForms: Map<string, string> | null = null

  /** Long forms the article gives its acronyms: "Coca-Cola Erfrischungsgetränke AG (CCE)". */
  private acronyms(): Map<string, string> {
    if (this.acronymForms) return this.acronymForms
    const forms = new Map<string, string>()
    const text = this.fullText
    // Each "(ABC)" with up to 120 characters before it, back to a bracket or a line break, and never into the
    // previous match (what /([^()\n]{1,120}?)[ \u00a0]\((…)\)/ reads, without trying it from every position).
    let previousEnd = 0
    for (const m of text.matchAll(/[ \u00a0]\((\p{Lu}[\p{Lu}\d&]{1,6})\)/gu)) {
      const at = m.index
      let start = at
      const limit = Math.max(previousEnd, at - 120)
      while (start > limit && !'()\n'.includes(text[start - 1])) start--
      if (start === at) continue
      previousEnd = at + m[0].length
      const long = longForm(text.slice(start, at), m[1])
      if (long && !forms.has(m[1])) forms.set(m[1], long)
    }
    this.acronymForms = forms
    return forms
  }

  private isRole(head: string): boolean {
    return roleHeadOf(head, this.lexicon) !== null
  }
}

/**
 * The long form of an acronym in the words before it (after Schwartz & Hearst
 * 2003): its letters in order, the first one starting a word.
 */
export function longForm(before: string, acronym: string): string | null {
  const words = before.trim().split(/\s+/u)
  const text = words.slice(-Math.min(acronym.length + 5, acronym.length * 2)).join(' ')
  const lower = text.toLowerCase()
  const letters = acronym.toLowerCase()
  let l = lower.length - 1
  for (let a = letters.length - 1; a >= 0; a--) {
    const c = letters[a]
    if (!/[\p{L}\d]/u.test(c)) continue
    while (l >= 0 && (lower[l] !== c || (a === 0 && l > 0 && /[\p{L}\d]/u.test(lower[l - 1])))) l--
    if (l < 0) return null
    l--
  }
  const start = lower.lastIndexOf(' ', l) + 1
  const form = text.slice(start).replace(/^[\p{Ll}\s'’]+/u, '')
  return form.length > acronym.length + 2 ? form : null
}

/** Whether a role noun is in the plural, where plurals end in -s: "organizers", "habitants" (never "boss"). */
function isPluralRole(head: string, lexicon: Lexicon): boolean {
  const singular = roleHeadOf(head, lexicon)
  return singular !== null && singular !== head && lexicon.locale.pluralRole.test(head)
}

/** A body, named or met by its common noun: "Deutsche Bahn", "Das Haffklinikum verweist auf die Zahlen". */
function isBodyLike(e: Entity, lexicon: Lexicon): boolean {
  return e.body === true || (e.kind === 'description' && !e.human && isGroupNoun(lastWord(e.name), lexicon))
}

/** A person, not a named body. */
export function isPerson(e: Entity): boolean {
  // (A name that is one acronym is a body's: "MSNBC", "AP", "FBI". No "she" stands for it.)
  return e.kind === 'person' && e.body !== true && !isAcronym(e.name)
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase()
}

/**
 * Whether a name names a body: its legal form ("Rochat Composants SA"), its last word is a group noun ("Prairie Line
 * Cooperative", "Deutsche Bahn"), or its first with one word after ("Naturschutzbund Deutschland"), or the one before
 * the last ("Arts Council England"); "Stadtrat Reto Bachmann" is a person.
 */
export function isBodyName(name: string, lexicon: Lexicon): boolean {
  if (lexicon.legalForm?.test(name) === true) return true
  const words = name.toLowerCase().split(/\s+/u)
  // "Institute for Nature Conservation and Forests", "Fédération française du bâtiment": a group noun with its complement.
  const complement = words.slice(1).some((w) => lexicon.locale.nameComplements.includes(w) || lexicon.locale.elidedOf?.test(w) === true)
  // "Arts Council England": a group noun inside the name with a place after it.
  const inside = words.length >= 3 && isGroupNoun(words[words.length - 2], lexicon)
  return isGroupNoun(words[words.length - 1], lexicon) || inside || (isGroupNoun(words[0], lexicon) && (words.length === 2 || complement))
}

/** The capitalised name of a body in a role or tail: "FNV spokesperson" → "FNV", "from ING" → "ING". */
function bodyIn(words: string, head: string, lexicon: Lexicon): string | null {
  const before = head ? words.slice(0, Math.max(0, words.lastIndexOf(head))) : words
  const name = lexicon.bodyNameIn.exec(before)
  const linkEnd = lexicon.bodyNameLinkEnd
  return name ? (linkEnd ? name[1].replace(linkEnd, '') : name[1]) : null
}
