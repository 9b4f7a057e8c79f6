/**
 * Attribution cues in a reporting sentence and the mention each one points to:
 * "„…“, sagte X", "X sagte: „…“", "so X", "laut X", "nach Angaben von X",
 * "X zufolge", "war der Ansicht", "für ihn".
 */
import {genitiveEndingOf, hasAdjectiveEnding, hasCommonNounEnding, isArticle, isGroupNoun, isSpeakerLike, isWord, type Lexicon, type Mention, readMention, roleHeadOf, roleOfToken} from './mentions.js'
import type {Token} from './tokens.js'

export type CueKind = 'verb' | 'source' | 'opinion'

export interface Cue {
  kind: CueKind
  /** Token index of the cue word. */
  index: number
  /** The cue as shown: "sagte", "fuhr … fort", "laut". */
  text: string
  /** Who the cue points to, or null when it has no readable subject. */
  mention: Mention | null
  /** How much the cue says about who spoke, 0–1. */
  strength: number
  /** "Darin steht: „…“": the author of what the sentence before is about speaks. */
  fromPrevious?: boolean
  /** The cue stands inside the quotation (« …, a réagi Mme Thill, … »): its mention indexes the quotation's own tokens. */
  inside?: boolean
  /** With `fromPrevious`: only a body the sentence before names may speak ("indique-t-on", never "dit-on"'s neighbour). */
  bodyOnly?: boolean
  /**
   * Which rule found the cue, a short stable id: the cue family ('laut', 'so', 'source-phrase', 'zufolge',
   * 'relative-statement', 'impersonal', 'document', 'inverted', 'inverted-auxiliary', 'incident',
   * 'incident-auxiliary', 'colon', 'opinion-phrase', 'mit-den-worten', 'fuer-ihn') or, for a speech verb, the rung
   * of `subjectLadder` that found its subject ('after-quote', 'verb-first', …, 'relative-opener', 'agent-after').
   */
  pattern?: string
}

const boundary = new Set([',', ';', ':', '(', ')', '–', '—', '-'])

function clauseEnd(tokens: Token[], from: number): number {
  let j = from
  while (j < tokens.length && !(tokens[j].kind === 'punct' && (boundary.has(tokens[j].text) || tokens[j].text === '.')) && tokens[j].kind !== 'quote') j++
  return j
}

/** Longest clause read back from a verb: clauses are short, and a sentence of verbs without commas stays linear. */
const maxClause = 40

/** Longest aside between a subject and its verb, commas included: "Sotrachim, rachetée en 2024 par un groupe allemand, a indiqué". */
const maxAside = 12
/** Longest aside that holds a relative clause: "X, a forest ecologist at the University of Coimbra who has studied … for two years, said". */
const maxRelativeAside = 24

/**
 * Whether tokens `from`…`to` (between commas) are an aside between a subject and its verb: words only, and no
 * verb of their own unless a relative clause holds it.
 */
function isAside(tokens: Token[], from: number, to: number, lexicon: Lexicon): boolean {
  const locale = lexicon.locale
  if (to - from > maxRelativeAside) return false
  let relative = false
  for (let k = from; k < to; k++) {
    const u = tokens[k]
    if (u.kind !== 'word') return false
    // Where relative pronouns are also articles (German "die", "der"), only after a comma.
    if (locale.relativePronouns.includes(u.lower) && k > from && (!locale.relativesAreArticles || tokens[k - 1].text === ',')) relative = true
    if (!relative && (locale.speechVerbs.has(u.lower) || lexicon.auxiliaries.has(u.lower))) return false
  }
  return relative || to - from <= maxAside - 2
}

function clauseStart(tokens: Token[], at: number): number {
  let j = at
  while (j > 0 && at - j < maxClause && !(tokens[j - 1].kind === 'punct' && boundary.has(tokens[j - 1].text) && !truncation(tokens, j - 1)) && tokens[j - 1].kind !== 'quote') j--
  return j
}

/** A hyphen written onto its word is a compound cut short, not a dash: "des Wasserstraßen- und Schifffahrtsamts". */
function truncation(tokens: Token[], k: number): boolean {
  return tokens[k].text === '-' && tokens[k - 1]?.kind === 'word' && tokens[k - 1].end === tokens[k].start
}

/** The particle of a separable verb, when the clause has it: "fuhr er … fort". */
function particleOf(tokens: Token[], verb: number, particles: readonly string[]): string | null {
  if (particles.includes('')) return ''
  // The particle closes the clause, past appositions and quotations: "wies … als „haltlos“ zurück".
  const end = Math.min(tokens.length, verb + 25)
  for (let j = verb + 1; j < end; j++) {
    const t = tokens[j]
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';' || t.text === ':')) break
    if (t.kind === 'word' && particles.includes(t.lower)) return t.text
  }
  return null
}

function skipFillers(tokens: Token[], at: number, lexicon: Lexicon): number {
  let j = at
  while (j < tokens.length && tokens[j].kind === 'word' && (lexicon.fillers.has(tokens[j].lower) || lexicon.datives.has(tokens[j].lower))) j++
  return j
}

/** Reads the subject that follows a verb, past fillers, datives and time words. */
function mentionAfter(tokens: Token[], at: number, text: string, lexicon: Lexicon): Mention | null {
  const anonymous = anonymousSource(tokens, at, lexicon)
  if (anonymous) return anonymous
  let j = at
  for (let steps = 0; steps < 6 && j < tokens.length; steps++) {
    const t = tokens[j]
    if (t.kind !== 'word') return null
    if (lexicon.datives.has(t.lower) || lexicon.fillers.has(t.lower)) {
      j++
      continue
    }
    // "sagte im Interview der Minister". ("am" is a filler, passed one word at a time above: "sagte am Montag der
    // Minister" reads "Montag".)
    if (lexicon.locale.fusedPrepositions.includes(t.lower) && tokens[j + 1]?.kind === 'word') {
      j += 2
      continue
    }
    // "a déclaré à la barre Christine Thill", "said in a statement the ministry": a short phrase before the subject.
    if (lexicon.locale.lowercaseNouns && lexicon.prepositions.has(t.lower)) {
      // The phrase is a determiner, its noun and lower-case words: "à l'AFP", "sur X", "sur les réseaux sociaux",
      // "in a statement"; the subject starts at the next determiner, title or capital.
      const opens = (u: Token | undefined): boolean =>
        u?.kind === 'word' && !lexicon.locale.relativePronouns.includes(u.lower) && !lexicon.demonstratives.has(u.lower) && (lexicon.nominativeDeterminers.has(u.lower) || lexicon.titles.has(u.lower) || lexicon.locale.possessives.includes(u.lower))
      // After the phrase's noun, an article written onto its noun opens the subject too: "a raconté au Devoir l'homme de 77 ans".
      const opensSubject = (u: Token | undefined): boolean => opens(u) || (u?.kind === 'word' && lexicon.locale.elidedDefinite?.test(u.lower) === true)
      let k = j + 1
      if (opens(tokens[k])) k++
      if (tokens[k]?.kind === 'word') k++
      while (k < tokens.length && k - j <= 4 && tokens[k].kind === 'word' && !tokens[k].upper && !opensSubject(tokens[k])) k++
      if (tokens[k]?.kind === 'word' && (tokens[k].upper || opensSubject(tokens[k]))) {
        const m = readMention(tokens, k, text, lexicon)
        if (m && m.kind !== 'pronoun' && isSpeakerLike(m, lexicon)) return m
      }
      // "a déclaré à la barre Christine Thill": lower-case words, then the name.
      k = j + 1
      while (k < tokens.length && k - j <= 3 && tokens[k].kind === 'word' && !tokens[k].upper) k++
      const m = k > j + 1 && tokens[k]?.kind === 'word' && tokens[k].upper ? readMention(tokens, k, text, lexicon) : null
      if (m?.kind === 'name') return m
      return null
    }
    return readMention(tokens, j, text, lexicon)
  }
  return null
}

/** A mention that fills the clause from its start up to the verb: "Der Staatsanwalt sagte". */
function mentionBefore(tokens: Token[], verb: number, text: string, lexicon: Lexicon): Mention | null {
  const start = clauseStart(tokens, verb)
  let m = readMention(tokens, start, text, lexicon)
  // Too far from the verb, the clause's first mention is not its subject: "Doyle said … messages in which Feld described".
  const far = m !== null && m.end <= verb && verb - m.end > 4 && !lexicon.auxiliaries.has(tokens[m.end]?.lower ?? '')
  if ((!m || far) && lexicon.locale.lowercaseNouns) {
    // "U.S. District Judge Raymond Okafor said": a name that ends at the verb, after words the reader cannot take.
    let inner: Mention | null = null
    for (let j = start + 1; j < verb && !inner; j++) {
      // Not a name after a preposition: "A report by Audit Wales in December found …".
      const read = tokens[j].kind === 'word' && tokens[j].upper && !lexicon.prepositions.has(tokens[j - 1]?.lower ?? '') ? readMention(tokens, j, text, lexicon) : null
      if (read?.kind === 'name' && read.end === verb) inner = read
    }
    m = inner ?? m
  }
  // A document with its author and asides between it and the verb: "That report, released last month by …, estimated".
  if (m && m.kind === 'description' && lexicon.locale.documentNouns.includes((m.head ?? '').toLowerCase())) return documentSpeaker(m, tokens, verb, text, lexicon)
  if (m && m.end <= verb && (verb - m.end <= 4 || lexicon.auxiliaries.has(tokens[m.end]?.lower ?? ''))) {
    for (let j = m.end; j < verb; j++) if (tokens[j].kind !== 'word') return null
    return m
  }
  return null
}

/**
 * Whose words a sentence opens by pointing back to: "Von diesem Versprechen des damaligen US-Präsidenten George Bush
 * ist nicht viel übrig geblieben", "These words of the minister …", "Ces propos du maire …". Null when it does not.
 */
export function wordsPointedBack(tokens: Token[], text: string, lexicon: Lexicon): Mention | null {
  const locale = lexicon.locale
  let k = isWord(tokens[0]) && lexicon.prepositions.has(tokens[0].lower) ? 1 : 0
  const pointer = tokens[k]
  // A demonstrative in any case: "diese", "diesem", "these", "ces".
  if (!isWord(pointer) || !(lexicon.demonstratives.has(pointer.lower) || locale.demonstrativeForms.includes(pointer.lower))) return null
  k++
  if (!isWord(tokens[k]) || !locale.quotingNouns.includes(tokens[k].lower)) return null
  // The owner after "des", "der", "of", "de", "du": read after a preposition, as a source after one fused with its
  // article or from its article in the genitive, in any case.
  const owner = tokens[k + 1]
  const marker = isWord(owner) && Object.hasOwn(locale.ownerMarkers, owner.lower) ? locale.ownerMarkers[owner.lower] : null
  if (marker === null) return null
  const m = marker === 'preposition' ? readMention(tokens, k + 2, text, lexicon) : sourceMention(tokens, marker === 'fused' ? k + 2 : k + 1, text, lexicon)
  return m && m.kind !== 'pronoun' && isSpeakerLike(m, lexicon) ? m : null
}

/**
 * The mention at `at` read as if that token were `lower`: a determiner in another case ("einem" as "der"), a
 * preposition fused with its article ("au" as "le"). On a bounded copy of the tokens around it: this runs at every cue.
 */
function readAsIf(tokens: Token[], at: number, lower: string, text: string, lexicon: Lexicon): Mention | null {
  const from = Math.max(0, at - 2)
  const swapped = tokens.slice(from, at + 24)
  swapped[at - from] = {...tokens[at], lower}
  const m = readMention(swapped, at - from, text, lexicon)
  return m ? {...m, start: m.start + from, end: m.end + from} : null
}

/** Reads a source after "laut", "nach Angaben von", "nach Angaben des": any case of determiner. */
function sourceMention(tokens: Token[], at: number, text: string, lexicon: Lexicon): Mention | null {
  let j = at
  if (tokens[j]?.kind === 'word' && lexicon.locale.sourcePrepositions.includes(tokens[j].lower)) j++
  const t = tokens[j]
  if (t?.kind !== 'word') return null
  // "selon une source proche du dossier": a source with no name.
  const anonymous = anonymousSource(tokens, j, lexicon)
  if (anonymous) return anonymous
  // Read it as if nominative: "laut einem Sprecher" → "Sprecher".
  if (lexicon.otherDeterminers.has(t.lower)) return readAsIf(tokens, j, lexicon.locale.nominativeArticle, text, lexicon)
  if (Object.hasOwn(lexicon.locale.objectPronouns, t.lower)) {
    return {kind: 'pronoun', start: j, end: j + 1, text: t.text, name: null, head: null, role: null, adjectives: [], gender: lexicon.locale.objectPronouns[t.lower] === 'f' ? 'f' : 'm', demonstrative: false}
  }
  return readMention(tokens, j, text, lexicon)
}

/**
 * The agent after a participle and the quotation it takes: "jugée « illusoire » par X", "described as “…” by X"
 * (past "comme", "as", "als"); null when there is none.
 */
function agentAfter(tokens: Token[], verb: number, text: string, lexicon: Lexicon): Mention | null {
  let k = verb + 1
  if (isWord(tokens[k]) && lexicon.locale.knownAs.includes(tokens[k].lower)) k++
  if (tokens[k]?.kind !== 'quote' || !isWord(tokens[k + 1]) || !lexicon.agentMarkers.has(tokens[k + 1].lower)) return null
  // (sourceMention reads past "von" itself.)
  const m = sourceMention(tokens, lexicon.locale.sourcePrepositions.includes(tokens[k + 1].lower) ? k + 1 : k + 2, text, lexicon)
  return m && m.kind !== 'pronoun' && isSpeakerLike(m, lexicon) ? m : null
}

/** Index of "von" in a passive clause whose participle is `verb`, or -1. */
function passiveAgent(tokens: Token[], start: number, verb: number, lexicon: Lexicon): number {
  if (!tokens.slice(start, verb).some((t) => t.kind === 'word' && lexicon.passiveAuxiliaries.has(t.lower))) return -1
  for (let j = verb - 1; j > start; j--) {
    const t = tokens[j]
    if (t.kind !== 'word') return -1
    if (lexicon.agentMarkers.has(t.lower) && tokens[j + 1]?.kind === 'word' && (lexicon.otherDeterminers.has(tokens[j + 1].lower) || tokens[j + 1].upper)) return j
  }
  return -1
}

/**
 * The body a passive statement with no agent was made among, where the verb comes second and the sentence opens with
 * it: "In den Medien war … als „…“ bezeichnet worden", "Im Ministerium wird der Plan als „…“ bezeichnet". Never a place
 * ("In Berlin wurde …"): a body by its common noun.
 */
function passiveAmong(tokens: Token[], verb: number, text: string, lexicon: Lexicon): Mention | null {
  const first = tokens[0]
  // (A sentence's opening clause is short: bounded, so that a run of verbs stays linear.)
  if (!lexicon.locale.verbSecond || !isWord(first) || !lexicon.locale.insidePrepositions.includes(first.lower) || verb > 40) return null
  // One clause from the start to the participle, past a quotation: "… als „…“ bezeichnet worden".
  let auxiliary = isWord(tokens[verb + 1]) && lexicon.passiveAuxiliaries.has(tokens[verb + 1].lower)
  for (let k = 1; k < verb; k++) {
    const t = tokens[k]
    if (t.kind === 'punct') return null
    if (isWord(t) && lexicon.passiveAuxiliaries.has(t.lower)) auxiliary = true
  }
  if (!auxiliary) return null
  // (Past the article in the dative: "in den Medien", "in der Partei".)
  const m = readMention(tokens, isWord(tokens[1]) && lexicon.otherDeterminers.has(tokens[1].lower) ? 2 : 1, text, lexicon)
  // A body, not a place: "In der Stadt wird …" is where, not who.
  const head = (m?.head ?? '').toLowerCase()
  return m?.kind === 'description' && isGroupNoun(head, lexicon) && !lexicon.places.has(head) ? m : null
}

/**
 * The relative pronoun that opens the clause a final verb at `verb` closes, past quotations, when nobody else in the
 * clause could be its subject: "…, der von einem „großen Erfolg“ sprach"; -1 when there is none.
 */
function relativeOpener(tokens: Token[], verb: number, text: string, lexicon: Lexicon): number {
  let j = verb - 1
  while (j > 0 && verb - j < maxClause && tokens[j].kind !== 'punct') j--
  const opener = j + 1
  if (tokens[j]?.text !== ',' || !isWord(tokens[opener]) || !lexicon.locale.relativePronouns.includes(tokens[opener].lower)) return -1
  for (let k = opener + 1; k < verb; k++) {
    const m = isWord(tokens[k]) ? readMention(tokens, k, text, lexicon) : null
    // (A capitalised word after its article is a noun, not a name: "die den Lärm als … bezeichneten".)
    const noun = m?.kind === 'name' && m.end === k + 1 && k - 1 > opener && isArticle(tokens[k - 1], lexicon)
    if (m && !noun && (m.kind === 'name' || m.kind === 'pronoun' || isSpeakerLike(m, lexicon))) return -1
  }
  return opener
}

/**
 * Whether a relative clause set off by a comma follows the subject ending at `end`, past a short attribute of the
 * subject's: "Celebi, die …", "Die Senatsverwaltung für Bildung, die den Neubau bezahlen soll, …".
 */
function relativeAfter(tokens: Token[], end: number, lexicon: Lexicon): boolean {
  let comma = end
  while (comma < end + 4 && isWord(tokens[comma]) && !lexicon.auxiliaries.has(tokens[comma].lower) && !lexicon.locale.speechVerbs.has(tokens[comma].lower)) comma++
  return tokens[comma]?.text === ',' && lexicon.locale.relativePronouns.includes(tokens[comma + 1]?.lower ?? '')
}

/** Where a clause's subject starts, past fillers. */
function subjectAt(tokens: Token[], start: number, lexicon: Lexicon): number {
  return start + subjectStart(tokens.slice(start, start + 3), lexicon)
}

/** The person or description that ends right at token `end` (a comma), read from up to eight tokens before it. */
function mentionEndingAt(tokens: Token[], end: number, text: string, lexicon: Lexicon): Mention | null {
  for (let j = Math.max(0, end - 8); j < end; j++) {
    if (tokens[j].kind !== 'word') continue
    const m = readMention(tokens, j, text, lexicon)
    // Where nouns are capitalised, one capitalised word after its article is a noun, not a name: "die Rede, die …";
    // unless it names a body, in the nominative: "die Rhetorik des Bauernverbands, der …" → "Bauernverband".
    const before = tokens[j - 1]
    const articled = m?.kind === 'name' && m.end === j + 1 && !lexicon.locale.lowercaseNouns && isArticle(before, lexicon)
    if (m && articled && m.end === end) {
      const body = isGroupNoun(nominativeOf(tokens[j].lower, lexicon), lexicon) ? lexicon.locale.nominativeBody?.(`${before.text} ${tokens[j].text}`) : null
      if (body) return {...m, name: body}
      continue
    }
    if (m && m.end === end && m.kind !== 'pronoun' && isSpeakerLike(m, lexicon)) return m
  }
  return null
}

/**
 * A document that says something speaks for its author: the one named after it ("A report by Audit Wales found …",
 * "That report, released last month by Halvorsen Energy Advisors, estimated …", "le rapport de la Cour des comptes
 * estime …"), or, with none named, whoever the article just named (`document`: "The letter … says …").
 */
export function documentSpeaker(mention: Mention, tokens: Token[], verb: number, text: string, lexicon: Lexicon): Mention {
  const locale = lexicon.locale
  const head = (mention.head ?? '').toLowerCase()
  // (Read already, by `mentionBefore`, when it found the document before the verb.)
  if (mention.kind !== 'description' || mention.document === true || !locale.documentNouns.includes(head)) return mention
  // The author right after the noun, or after a participle of making it, before the verb.
  const end = Math.min(verb, mention.end + 12)
  for (let k = mention.start + 1; k < end; k++) {
    const t = tokens[k]
    if (t.kind !== 'word' || !locale.authorMarkers.includes(t.lower)) continue
    const before = tokens[k - 1]
    const made = [1, 2, 3].some((d) => tokens[k - d]?.kind === 'word' && locale.authorVerbs.includes(tokens[k - d].lower))
    const attached = before?.kind === 'word' && (before.lower === head || made)
    if (!attached) continue
    // A German genitive, in the nominative: "des Bundesministeriums des Innern" → "Bundesministerium des Innern".
    if (locale.nominativeBody && lexicon.otherDeterminers.has(t.lower) && tokens[k + 1]?.kind === 'word' && tokens[k + 1].upper) {
      let j = k + 2
      while (j < end && j - k < 6 && tokens[j].kind === 'word' && (tokens[j].upper || (lexicon.otherDeterminers.has(tokens[j].lower) && tokens[j + 1]?.kind === 'word' && tokens[j + 1].upper))) j++
      const written = text.slice(t.start, tokens[j - 1].end)
      const name = locale.nominativeBody(written)
      if (name) return {kind: 'name', start: k + 1, end: j, text: written, name, head: null, role: null, adjectives: [], gender: null, demonstrative: false}
    }
    // Past a determiner before a name: "de la Cour". A capitalised word before the name is read with it: "by
    // Atlanta-based Halvorsen Energy Advisors" names "Atlanta-based Halvorsen Energy Advisors".
    let from = k + 1
    if (isArticle(tokens[from], lexicon) && tokens[from + 1]?.kind === 'word' && tokens[from + 1].upper) from++
    const author = tokens[from]?.kind === 'word' && tokens[from].upper ? readMention(tokens, from, text, lexicon) : null
    if (author && author.kind !== 'pronoun' && author.kind !== 'description') return author
  }
  // "A new study found …" with no author: nobody, not the body of the article.
  return mention.indefinite ? mention : {...mention, document: true}
}

/**
 * Whether a mention ending at `end` is the subject of a clause of its own: an auxiliary follows, then a lower-case word
 * or a quotation ("said Coll was “…”", "said the company would offer"); not a particle in a name ("Maria do Céu").
 */
function goesOnToVerb(tokens: Token[], end: number, lexicon: Lexicon): boolean {
  const verb = tokens[end]
  const next = tokens[end + 1]
  return verb?.kind === 'word' && lexicon.auxiliaries.has(verb.lower) && (next?.kind === 'quote' || (next?.kind === 'word' && !next.upper))
}

/** Where the subject of a sentence starts, past fillers: "Auch die Sprecherin …", "Zudem sagte …". */
export function subjectStart(tokens: Token[], lexicon: Lexicon): number {
  let j = 0
  // Past a dateline: "BERLIN (AFP) – …", "La Loge des Gardes (France) (AFP) - …", "(Seoul) …" (not past a lower-case
  // word: "BERLIN (dpa) – …" starts at "BERLIN").
  if (tokens[0]?.text === '(') {
    const close = tokens.slice(0, 6).findIndex((t) => t.text === ')')
    if (close > 0) j = close + 1
  }
  for (let k = j; k < Math.min(tokens.length - 1, 16); k++) {
    if (tokens[k].kind === 'punct' && /^[-–—]$/u.test(tokens[k].text) && tokens[k - 1]?.text === ')') {
      j = k + 1
      break
    }
    if (tokens[k].kind === 'quote' || (tokens[k].kind === 'word' && !tokens[k].upper && !lexicon.functionWords.has(tokens[k].lower) && !lexicon.particles.has(tokens[k].lower) && !lexicon.nominativeDeterminers.has(tokens[k].lower))) break
  }
  // "Côté Entre-Deux-Mers, l'entraîneur …": the side a sentence opens with is set off by its comma.
  if (tokens[j]?.kind === 'word' && lexicon.locale.sides.includes(tokens[j].lower)) {
    const comma = tokens.slice(j, j + 8).findIndex((t) => t.text === ',')
    if (comma > 0) return j + comma + 1
  }
  const first = j
  while (j < first + 2 && tokens[j]?.kind === 'word' && lexicon.fillers.has(tokens[j].lower) && !lexicon.prepositions.has(tokens[j].lower) && tokens[j + 1]?.kind === 'word') j++
  // "Bereits am Sonntagabend …": a time or place comes first, not the subject.
  return j > first && lexicon.prepositions.has(tokens[j]?.lower ?? '') ? first : j
}

/**
 * The subject of a sentence, read at `from` (its start past fillers), or past what stands before it:
 * fronted phrases and appositions before a comma ("Mardi soir, devant la mairie, une riveraine …",
 * "Gérante d'une boulangerie depuis 1998, Martine Deprez …"), and in German the verb that comes
 * second ("Zum Schluss wandte sich die Gerichtspräsidentin …").
 */
export function sentenceSubject(tokens: Token[], from: number, text: string, lexicon: Lexicon, known: (name: string) => boolean = () => true): Mention | null {
  const locale = lexicon.locale
  // (Where the verb does not come second, the subject follows what a sentence opens with.)
  const source = locale.verbSecond ? null : frontedSource(tokens, from, text, lexicon)
  if (source) return source
  const read = readMention(tokens, from, text, lexicon)
  // One capitalised word nobody is called opens a sentence as often as a name does: "Differenzierter sieht das …",
  // "Asked whether she would …, Okonkwo-Lind laughed" (in English and French when a lower-case word follows).
  const single = read !== null && read.kind === 'name' && read.name !== null && read.role === null && !read.name.includes(' ') && !known(read.name)
  const doubtful = single && (locale.verbSecond === true || (tokens[read.end]?.kind === 'word' && !tokens[read.end].upper))
  const m = doubtful ? null : read
  // "Gérante d'une boulangerie …, Martine Deprez": a role without its article opens the sentence, the name follows.
  const frontedRole = m !== null && !locale.verbSecond && m.start === from && m.kind !== 'pronoun' && tokens[from].upper && roleOfToken(tokens[from], lexicon) !== null && (m.kind === 'description' || m.end === m.start + 1)
  if (m && !frontedRole) return m
  if (!locale.verbSecond) return subjectPastFronted(tokens, from, text, lexicon, m, doubtful)
  if (m) return m
  return clauseFirstSubject(tokens, from, text, lexicon) ?? subjectAfterSecond(tokens, from, text, lexicon, read, doubtful, known)
}

/** "Pour Kévin Delattre, dératiseur …, le problème dépasse …", "Selon la maire, …": the source a sentence opens with is whom it is about. */
function frontedSource(tokens: Token[], from: number, text: string, lexicon: Lexicon): Mention | null {
  if (tokens[from]?.kind !== 'word' || !lexicon.locale.sourceBefore.includes(tokens[from].lower) || tokens[from + 1]?.kind !== 'word') return null
  const source = readMention(tokens, from + 1, text, lexicon)
  return source && source.kind !== 'pronoun' && isSpeakerLike(source, lexicon) && (tokens[source.end]?.text === ',' || tokens[source.end - 1]?.text === ',') ? source : null
}

/**
 * Where the verb does not come second, the subject past the fronted phrases before it, each set off by a comma
 * ("Mardi soir, devant la mairie, une riveraine …"); a name before an apposition ("chez Gérald, retraité, qui …");
 * the subject after a copula that ends a fronted phrase ("Among those pulled off the course was Kelly Strand …");
 * else `m` (null when the word read first is `doubtful`).
 */
function subjectPastFronted(tokens: Token[], from: number, text: string, lexicon: Lexicon, m: Mention | null, doubtful: boolean): Mention | null {
  const locale = lexicon.locale
  let commas = 0
  // In a clause a conjunction opens ("whether she would …") a pronoun or a verb is no main clause.
  let subordinate = false
  for (let k = from; k < tokens.length && k - from < 16 && commas < 2; k++) {
    // Past a clause with its own subject or verb there is no fronted phrase: "At the meeting she read …, Washington, …".
    const u = tokens[k]
    if (u.kind === 'word' && locale.subordinators.includes(u.lower)) subordinate = true
    // (The participle that opens the sentence is no main verb: "Asked whether …, X laughed".)
    if (u.kind === 'quote' || (u.kind === 'word' && !subordinate && !(k === from && doubtful) && (Object.hasOwn(locale.nominativePronouns, u.lower) || lexicon.auxiliaries.has(u.lower) || locale.speechVerbs.has(u.lower)))) break
    if (u.text !== ',') continue
    commas++
    subordinate = false
    const after = readMention(tokens, k + 1, text, lexicon)
    // A role after a name and a comma is the name's apposition: "chez Gérald, retraité, qui …", "Pour Kévin Delattre,
    // dératiseur à Roubaix, le problème …": the name is whom the sentence is about ("in March, Oliver Strang" is not).
    if (after?.kind === 'description' && k > from && tokens[k - 1].kind === 'word' && tokens[k - 1].upper) {
      let nameStart = k - 1
      while (nameStart > from && tokens[nameStart - 1].kind === 'word' && tokens[nameStart - 1].upper) nameStart--
      const named = readMention(tokens, nameStart, text, lexicon)
      if (named?.kind === 'name' && named.name && named.end >= k) return named
    }
    if (after && after.kind !== 'pronoun' && isSpeakerLike(after, lexicon)) return after
  }
  if (!m) {
    for (let k = from + 1; k < tokens.length && k - from < 12; k++) {
      const u = tokens[k]
      if (u.kind !== 'word') break
      if (!lexicon.auxiliaries.has(u.lower) || !(tokens[k + 1]?.kind === 'word' && tokens[k + 1].upper)) continue
      const after = readMention(tokens, k + 1, text, lexicon)
      if (after?.kind === 'name' && after.name?.includes(' ')) return after
      break
    }
  }
  return doubtful ? null : m
}

/**
 * Where the verb comes second, a clause may fill the first place: "Ob er dabei sein wird, weiß Oltmanns noch nicht" —
 * the subject follows the verb after its comma.
 */
function clauseFirstSubject(tokens: Token[], from: number, text: string, lexicon: Lexicon): Mention | null {
  if (tokens[from]?.kind !== 'word' || !lexicon.locale.clauseOpeners?.includes(tokens[from].lower)) return null
  const comma = tokens.slice(from, from + 20).findIndex((t) => t.text === ',')
  const verb = from + comma + 1
  if (comma <= 1 || tokens[verb]?.kind !== 'word' || tokens[verb].upper) return null
  const after = readMention(tokens, verb + 1, text, lexicon)
  return after && after.kind !== 'pronoun' && isSpeakerLike(after, lexicon) ? after : null
}

/**
 * Where the verb comes second, the subject right after the finite verb (the first lower-case word that is no function
 * word, determiner, number or adjective before its noun): a pronoun or a description ("sieht das die Wildbiologin …",
 * "betreut sie …"), a name with its role ("Auf der anderen Seite haderte Hellwegs Trainer Sven Thorbecke mit …"), a
 * bare plural of people ("Bereits am Sonntag zogen Demonstranten vor den Sitz …", never "stiegen Mieten"), a name
 * the article has met ("Eine Woche später lädt Hubacher zum Apéro"); or after a copula, the name the sentence is
 * about ("Einer der Betroffenen ist Vasile, 52, …"). Else what was `read` at the start.
 */
function subjectAfterSecond(tokens: Token[], from: number, text: string, lexicon: Lexicon, read: Mention | null, doubtful: boolean, known: (name: string) => boolean): Mention | null {
  const locale = lexicon.locale
  let k = from
  // (An adjective before its noun is no verb: "Auf der anderen Seite haderte …".)
  const adjective = (j: number): boolean => isArticle(tokens[j - 1], lexicon) && hasAdjectiveEnding(tokens[j].lower, lexicon) && tokens[j + 1]?.kind === 'word' && tokens[j + 1].upper && !locale.speechVerbs.has(tokens[j].lower) && !lexicon.auxiliaries.has(tokens[j].lower)
  while (k < tokens.length && k - from < 8 && tokens[k].kind === 'word' && (tokens[k].upper || lexicon.functionWords.has(tokens[k].lower) || lexicon.otherDeterminers.has(tokens[k].lower) || lexicon.nominativeDeterminers.has(tokens[k].lower) || /^\d/u.test(tokens[k].text) || adjective(k))) k++
  if (tokens[k]?.kind !== 'word' || (k === from && !doubtful)) return read
  if (read?.kind !== 'name' && locale.copulas?.includes(tokens[k].lower) && isWord(tokens[k + 1]) && tokens[k + 1].upper) {
    const named = readMention(tokens, k + 1, text, lexicon)
    if (named?.kind === 'name' && named.name && (named.name.includes(' ') || tokens[k + 2]?.text === ',')) return named
  }
  k++
  // Past pronoun objects: "sieht das die Wildbiologin …", "wandte sich die …".
  while (k < tokens.length && tokens[k].kind === 'word' && (lexicon.fillers.has(tokens[k].lower) || (locale.articleObjects.includes(tokens[k].lower) && lexicon.nominativeDeterminers.has(tokens[k + 1]?.lower ?? '')))) k++
  const opensSubject = tokens[k]?.kind === 'word' && (lexicon.nominativeDeterminers.has(tokens[k].lower) || Object.hasOwn(locale.nominativePronouns, tokens[k].lower))
  const named = !opensSubject && tokens[k]?.kind === 'word' && tokens[k].upper ? readMention(tokens, k, text, lexicon) : null
  const bare = named?.kind === 'description' && named.end === k + 1 && !hasCommonNounEnding(tokens[k].lower, lexicon) && (roleHeadOf(tokens[k].lower, lexicon) !== null || isGroupNoun(tokens[k].lower, lexicon) || locale.peoplePlural?.test(tokens[k].lower) === true)
  const met = named?.kind === 'name' && named.name !== null && named.role === null && known(named.name)
  const inverted = opensSubject ? readMention(tokens, k, text, lexicon) : (named?.kind === 'name' && named.role !== null) || bare || met ? named : null
  return inverted && (inverted.kind === 'pronoun' || isSpeakerLike(inverted, lexicon)) ? inverted : read
}

/** The subject between a quotation and its verb, appositions included: "“…,” X, chief negotiator for Y, told Reuters". */
function subjectAfterQuote(tokens: Token[], verb: number, text: string, lexicon: Lexicon): Mention | null {
  for (let q = verb - 1; q >= 0 && verb - q <= 24; q--) {
    if (tokens[q].kind !== 'quote') continue
    // The comma stands inside the marks in English and French (“…,” X said), outside in German („…“, sagte X).
    const from = tokens[q + 1]?.text === ',' ? q + 2 : /,\s*\p{Pf}|,\s*["'”’»«]$/u.test(tokens[q].text) ? q + 1 : -1
    if (from < 0 || from >= verb) return null
    const m = readMention(tokens, from, text, lexicon)
    return m && m.end === verb && m.kind !== 'pronoun' ? m : null
  }
  return null
}

/** A noun without its genitive ending: "bauernverbands" → "bauernverband". */
function nominativeOf(lower: string, lexicon: Lexicon): string {
  const ending = genitiveEndingOf(lower, lexicon)
  return ending === null ? lower : lower.slice(0, -ending.length)
}

/** A subject that ends, with its apposition, right where the verb's clause starts, after a comma. */
function subjectBeforeComma(tokens: Token[], start: number, text: string, lexicon: Lexicon): Mention | null {
  // The one that starts first: a name with its apposition, not the apposition alone ("Karim Bensalah-Huot, délégué
  // syndical CGT, dit …").
  let found: Mention | null = null
  for (let j = start - 2; j >= 0 && start - j <= 20; j--) {
    if (j > 0 && tokens[j - 1].text !== ',') continue
    const m = readMention(tokens, j, text, lexicon)
    if (m && m.kind === 'name' && (m.end === start || (m.end === start - 1 && tokens[m.end].text === ','))) found = m
  }
  return found
}

/** The pronoun of an inverted "a-t-elle", "a-t-il" as a mention at token `at`. */
function pronounOf(tokens: Token[], at: number, pronoun: string, lexicon: Lexicon): Mention {
  const gender = Object.hasOwn(lexicon.locale.nominativePronouns, pronoun) ? lexicon.locale.nominativePronouns[pronoun] : null
  return {kind: 'pronoun', start: at, end: at + 1, text: tokens[at].text, name: null, head: null, role: null, adjectives: [], gender, demonstrative: false}
}

/** "a-t-elle ajouté": an auxiliary fused with its pronoun right before the verb. */
function invertedPronoun(tokens: Token[], start: number, verb: number, lexicon: Lexicon): Mention | null {
  const inversion = lexicon.locale.inversion
  if (!inversion) return null
  for (let j = start; j < verb; j++) {
    const fused = tokens[j].kind === 'word' ? inversion.exec(tokens[j].lower) : null
    if (fused && lexicon.auxiliaries.has(fused[1])) return pronounOf(tokens, j, fused[2], lexicon)
  }
  return null
}

function sourcePhraseAt(tokens: Token[], i: number, phrases: readonly string[]): string | undefined {
  const phrase = `${tokens[i].lower} ${tokens[i + 1]?.lower ?? ''}`
  const three = `${phrase} ${tokens[i + 2]?.lower ?? ''}`
  return phrases.find((p) => p === phrase || p === three)
}

/**
 * Where an impersonal statement's source may follow, or -1: after "heißt es" / "hieß es",
 * after "indique-t-on" / "a-t-on appris".
 */
function impersonalStatement(tokens: Token[], i: number, lexicon: Lexicon): number {
  const locale = lexicon.locale
  const t = tokens[i]
  if (locale.impersonalStatements.includes(t.lower) && locale.statementPronoun !== null && tokens[i + 1]?.lower === locale.statementPronoun) return i + 2
  // "on assure", "on nous indique": the same statement in the plain word order.
  if (locale.impersonalSubject !== null && locale.speechVerbs.has(t.lower) && !t.upper) {
    let k = i - 1
    if (tokens[k]?.kind === 'word' && locale.clitics.includes(tokens[k].lower)) k--
    if (tokens[k]?.kind === 'word' && tokens[k].lower === locale.impersonalSubject) return i + 1
  }
  const inverted = locale.inversion?.exec(t.lower)
  if (!inverted || inverted[2] !== locale.impersonalSubject || locale.impersonalVerbs.includes(inverted[1])) return -1
  if (locale.speechVerbs.has(inverted[1])) return i + 1
  // "a-t-on appris auprès de la préfecture"
  return lexicon.auxiliaries.has(inverted[1]) && tokens[i + 1]?.kind === 'word' ? i + 2 : -1
}

/**
 * The comma before a relative clause that holds the impersonal statement at `i`: "…, in dem es zu X auch heißt" (the
 * verb last, "es" before it, a preposition and its relative pronoun first); -1 when there is none.
 */
function relativeStatement(tokens: Token[], i: number, lexicon: Lexicon): number {
  const locale = lexicon.locale
  if (!locale.prepositionalRelatives || !locale.impersonalStatements.includes(tokens[i].lower)) return -1
  const start = clauseStart(tokens, i)
  if (tokens[start - 1]?.text !== ',' || !lexicon.prepositions.has(tokens[start]?.lower ?? '') || !locale.prepositionalRelatives.includes(tokens[start + 1]?.lower ?? '')) return -1
  return tokens.slice(start + 2, i).some((u) => u.kind === 'word' && u.lower === locale.statementPronoun) ? start - 1 : -1
}

/**
 * Whom the words before the comma of a relative statement name: a document's author ("einen Bericht des
 * Umweltbundesamts, in dem es heißt"), 'document' for a document with none named, else who ends at the comma.
 */
function relativeSource(tokens: Token[], comma: number, text: string, lexicon: Lexicon): Mention | 'document' | null {
  const locale = lexicon.locale
  for (let j = comma - 1; j >= 0 && comma - j <= 8 && tokens[j].kind === 'word'; j--) {
    if (!locale.documentNouns.includes(tokens[j].lower)) continue
    const start = j > 0 && isArticle(tokens[j - 1], lexicon) ? j - 1 : j
    const document: Mention = {kind: 'description', start, end: j + 1, text: text.slice(tokens[start].start, tokens[j].end), name: null, head: tokens[j].text, role: null, adjectives: [], gender: null, demonstrative: false, indefinite: start < j && lexicon.indefinites.has(tokens[start].lower)}
    const author = documentSpeaker(document, tokens, comma, text, lexicon)
    return author.kind === 'name' ? author : 'document'
  }
  // Past the particle that ends the clause before: "Er griff den Tenor chinesischer Medien auf, in denen es … heißt".
  const end = isWord(tokens[comma - 1]) && !tokens[comma - 1].upper && lexicon.prepositions.has(tokens[comma - 1].lower) ? comma - 1 : comma
  return mentionEndingAt(tokens, end, text, lexicon)
}

/**
 * The source named after an impersonal statement, a few words on: "bei Wiener Wohnen", "aus
 * Regierungskreisen", "à la préfecture", "de source policière"; 'document' for "in einer
 * Stellungnahme", whose author the sentence before names.
 */
function statementSource(tokens: Token[], at: number, text: string, lexicon: Lexicon): Mention | 'document' | null {
  const locale = lexicon.locale
  for (let k = at; k < tokens.length && k - at < 5; k++) {
    const u = tokens[k]
    if (u.kind !== 'word') return null
    if (locale.documentNouns.length > 0 && lexicon.prepositions.has(u.lower) && [1, 2].some((d) => locale.documentNouns.includes(tokens[k + d]?.lower ?? ''))) {
      // "In einem Positionspapier des Bundesministeriums des Innern heißt es": its author, when named with it.
      const document = sourceMention(tokens, k + 1, text, lexicon)
      const author = document ? documentSpeaker(document, tokens, tokens.length, text, lexicon) : null
      return author && author.kind === 'name' ? author : 'document'
    }
    if (!locale.statementSources.includes(u.lower) && !(k === 0 && locale.sides.includes(u.lower))) continue
    let from = k + 1
    // "auprès de la préfecture", "du côté de la Drac"
    while (tokens[from]?.kind === 'word' && (locale.statementSources.includes(tokens[from].lower) || locale.sides.includes(tokens[from].lower)) && from - k < 3) from++
    const next = tokens[from]
    if (next?.kind !== 'word') return null
    const anonymous = anonymousSource(tokens, from, lexicon)
    if (anonymous) return anonymous
    // A preposition fused with its article holds the determiner: "au ministère" is "à le ministère".
    const fused = locale.fusedArticles[tokens[from - 1].lower]
    if (fused && !next.upper) {
      const m = readAsIf(tokens, from - 1, fused, text, lexicon)
      return m && isSpeakerLike(m, lexicon) ? {...m, start: from, text: text.slice(next.start, tokens[m.end - 1].end)} : null
    }
    // A body's name after its article where nouns are lower case: "de la Drac Occitanie", "à la SNCF".
    const named = locale.lowercaseNouns && lexicon.nominativeDeterminers.has(next.lower) && isWord(tokens[from + 1]) && tokens[from + 1].upper ? from + 1 : from
    const m = sourceMention(tokens, named, text, lexicon)
    return m && isSpeakerLike(m, lexicon) ? m : null
  }
  return null
}

/**
 * The source a sentence opens with: "Aus dem Ministerium hieß es", "Au ministère de l'Économie, on assure …",
 * "Du côté de la Drac Occitanie, on se montre prudent", "Côté SNCF, …" (a noun with no article names none:
 * "Côté préfecture, …").
 */
export function openingSource(tokens: Token[], text: string, lexicon: Lexicon): Mention | 'document' | null {
  const first = tokens[0]
  if (first?.kind !== 'word') return null
  // "In einem Positionspapier des Bundesministeriums heißt es": a document the sentence opens with.
  const document = lexicon.prepositions.has(first.lower) && [1, 2].some((d) => lexicon.locale.documentNouns.includes(tokens[d]?.lower ?? ''))
  if (!(document || lexicon.locale.statementSources.includes(first.lower) || lexicon.locale.sides.includes(first.lower))) return null
  return statementSource(tokens, 0, text, lexicon)
}

/**
 * A source with no name at `at`: "de source policière", "une source proche de l'enquête", "aus Regierungskreisen".
 * Each is someone new, never a person named before.
 */
function anonymousSource(tokens: Token[], at: number, lexicon: Lexicon): Mention | null {
  const locale = lexicon.locale
  const from = isWord(tokens[at]) && lexicon.indefinites.has(tokens[at].lower) ? at + 1 : at
  const next = tokens[from]
  const circles = locale.sourceCircles
  if (!isWord(next) || !(locale.anonymousSources.includes(next.lower) || (next.upper && circles !== null && next.lower.endsWith(circles.ending)))) return null
  let end = from + 1
  // "policière", "proche de l'enquête": what the source is, up to a comma or a verb.
  while (locale.lowercaseNouns && end - from < 6 && isWord(tokens[end]) && !tokens[end].upper && !locale.speechVerbs.has(tokens[end].lower) && !lexicon.auxiliaries.has(tokens[end].lower) && !locale.relativePronouns.includes(tokens[end].lower) && !locale.clitics.includes(tokens[end].lower)) end++
  // "aus Regierungskreisen" → "Regierungskreise".
  const written = tokens.slice(from, end).map((w) => w.text).join(' ')
  const role = circles !== null && written.endsWith(circles.ending) ? written.slice(0, -circles.ending.length) + circles.nominative : written
  return {kind: 'description', start: at, end, text: role, name: null, head: locale.lowercaseNouns ? next.text : role, role, adjectives: [], gender: null, demonstrative: false, indefinite: true}
}


/** Whether a word may be the verb of an attribution after a quotation: no function word, article, pronoun or auxiliary. */
function isIncidentVerb(t: Token, lexicon: Lexicon): boolean {
  const locale = lexicon.locale
  const reflexive = locale.elidedReflexive
  const lower = reflexive ? t.lower.replace(reflexive, '') : t.lower
  return (
    lower.length > 2 &&
    !lexicon.functionWords.has(lower) &&
    !lexicon.auxiliaries.has(lower) &&
    !lexicon.nominativeDeterminers.has(lower) &&
    !lexicon.otherDeterminers.has(lower) &&
    !lexicon.fillers.has(lower) &&
    !lexicon.prepositions.has(lower) &&
    !Object.hasOwn(locale.nominativePronouns, lower) &&
    !locale.relativePronouns.includes(lower) &&
    !locale.subordinators.includes(lower) &&
    !locale.sourceBefore.includes(lower) &&
    !locale.impersonalStatements.includes(lower) &&
    !roleHeadOf(lower, lexicon)
  )
}

/**
 * A sentence being read for cues: its tokens and text, the cues found so far, and its subject, read once when
 * first asked.
 */
interface Sentence {
  tokens: Token[]
  text: string
  lexicon: Lexicon
  cues: Cue[]
  /** The subject of the sentence, or undefined before it is first asked for. */
  subject: Mention | null | undefined
}

/** The subject of the sentence (`sentenceSubject` from its start, past fillers), read once. */
function subjectOf(s: Sentence): Mention | null {
  if (s.subject === undefined) s.subject = sentenceSubject(s.tokens, subjectStart(s.tokens, s.lexicon), s.text, s.lexicon)
  return s.subject
}

/** Whether token `i` follows a quotation, right after it or after a comma: "« … », savoure X". */
function followsQuotation(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1]
  return previous?.kind === 'quote' || (previous?.text === ',' && tokens[i - 2]?.kind === 'quote')
}

/**
 * Whether the word at `i` may start a cue: a word of `lexicon.cueWords`, a verb fused with its pronoun (it has a
 * hyphen: "a-t-il", "estime-t-elle"), or any word right after a quotation ("« … », savoure X"). One set lookup
 * for most words instead of every test of `findCues`.
 */
function mayStartCue(tokens: Token[], i: number, lexicon: Lexicon): boolean {
  const t = tokens[i]
  return lexicon.cueWords.has(t.lower) || (lexicon.locale.inversion !== null && t.lower.includes('-')) || followsQuotation(tokens, i)
}

/** Finds the cues of a sentence. */
export function findCues(tokens: Token[], text: string, lexicon: Lexicon): Cue[] {
  const s: Sentence = {tokens, text, lexicon, cues: [], subject: undefined}
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || !mayStartCue(tokens, i, lexicon)) continue
    // The first family that claims the word reads it (and may find no cue in it).
    for (const family of cueFamilies) if (family(s, i)) break
  }
  colonCue(s)
  opinionCues(s)
  openingViewCue(s)
  return s.cues
}

/**
 * The families of cues that a word may start, in the order they are tried: each claims the word (true) or leaves
 * it to the next, and pushes the cues it finds.
 */
const cueFamilies: ReadonlyArray<(s: Sentence, i: number) => boolean> = [sourceBeforeCue, sourcePhraseCue, sourceAfterCue, statementCue, invertedCue, incidentCue, speechVerbCue]

/**
 * "laut X", "selon X", "d'après X", "„…“, so X", "Pour le ministre, …": a source after its word. Claims every source
 * word.
 */
function sourceBeforeCue(s: Sentence, i: number): boolean {
  const {tokens, lexicon} = s
  const locale = lexicon.locale
  const t = tokens[i]
  if (!locale.sourceBefore.includes(t.lower)) return false
  const previous = tokens[i - 1]
  const afterPause = i === 0 || previous.kind === 'quote' || (previous.kind === 'punct' && boundary.has(previous.text))
  // "so" and "pour" name a source only after a pause: "…“, so X", "Pour le ministre, …".
  if (locale.pauseSources.includes(t.lower) && !afterPause) return true
  const m = sourceMention(tokens, i + 1, s.text, lexicon)
  if (!m) return true
  const next = tokens[m.end]
  const closing = locale.closingSources.includes(t.lower)
  // "„…“, so X." closes the clause ("so wichtig" is no source).
  if (closing && next && next.kind !== 'punct' && !(followsQuotation(tokens, i) && next.kind === 'word' && lexicon.functionWords.has(next.lower))) return true
  // "pour" is a source only for someone: "Pour le ministre, …", not "pour le recrutement".
  if (!locale.personSources.includes(t.lower) || (m.kind !== 'description' ? true : isSpeakerLike(m, lexicon) && !m.indefinite)) {
    s.cues.push({kind: 'source', index: i, text: t.text, mention: m, strength: 0.9, pattern: closing ? 'so' : 'laut'})
  }
  return true
}

/** "nach Angaben von X", "according to X": a source phrase. ("d'après X", one word, is read by `sourceBeforeCue`.) */
function sourcePhraseCue(s: Sentence, i: number): boolean {
  const {tokens, lexicon} = s
  const matched = lexicon.phraseStarts.has(tokens[i].lower) ? sourcePhraseAt(tokens, i, lexicon.locale.sourcePhrases) : undefined
  if (!matched) return false
  const after = i + matched.split(' ').length
  const m = sourceMention(tokens, after, s.text, lexicon)
  if (m) s.cues.push({kind: 'source', index: i, text: s.text.slice(tokens[i].start, tokens[after - 1].end), mention: m, strength: 0.85, pattern: 'source-phrase'})
  return true
}

/** "X zufolge": a source before its word. */
function sourceAfterCue(s: Sentence, i: number): boolean {
  const {tokens, lexicon} = s
  if (!lexicon.locale.sourceAfter.includes(tokens[i].lower)) return false
  let start = clauseStart(tokens, i)
  // An acronym in brackets may stand between: "Einer Sprecherin des Deutschen Skiverbandes (DSV) zufolge".
  if (start === i && tokens[i - 1]?.text === ')' && tokens[i - 3]?.text === '(') start = clauseStart(tokens, i - 3)
  const m = sourceMention(tokens, start, s.text, lexicon)
  if (m && m.end === i) s.cues.push({kind: 'source', index: i, text: tokens[i].text, mention: m, strength: 0.85, pattern: 'zufolge'})
  return true
}

/** Whether token `k` points back to a document just named: "darin" in "darin heißt es", "Darin steht". */
function pointsBack(tokens: Token[], k: number, lexicon: Lexicon): boolean {
  return tokens[k]?.kind === 'word' && lexicon.locale.documentPointers.includes(tokens[k].lower)
}

/**
 * "heißt es": a statement with no one named; "darin heißt es", "darin steht": in the document just named;
 * "hieß es aus dem Wiener Rathaus", "indique-t-on à la préfecture": the body it came from.
 */
function statementCue(s: Sentence, i: number): boolean {
  return relativeStatementCue(s, i) || impersonalCue(s, i) || documentCue(s, i)
}

/**
 * "…, in der es heißt": the statement is in what the comma closes. A document speaks for its author, or for
 * whoever issued it ("Die Polizei veröffentlichte eine Erklärung, in der es heißt: „…“"); else the speaker ends
 * at the comma ("den Tenor chinesischer Medien, in denen es … heißt").
 */
function relativeStatementCue(s: Sentence, i: number): boolean {
  const {tokens, lexicon} = s
  const inRelative = relativeStatement(tokens, i, lexicon)
  if (inRelative <= 0) return false
  const source = relativeSource(tokens, inRelative, s.text, lexicon)
  const issuer = source === 'document' ? subjectOf(s) : null
  const from = source === 'document' ? (issuer && issuer.end < inRelative && isSpeakerLike(issuer, lexicon) ? issuer : null) : source
  if (from) s.cues.push({kind: 'source', index: i, text: tokens[i].text, mention: from, strength: 0.75, pattern: 'relative-statement'})
  // A document nobody is said to have issued speaks for nobody.
  else if (source === 'document') s.cues.push({kind: 'source', index: i, text: tokens[i].text, mention: null, strength: 0.3, pattern: 'relative-statement'})
  return true
}

/** "hieß es aus dem Rathaus", "Aus dem Ministerium hieß es", "indique-t-on": an impersonal statement and where it came from. */
function impersonalCue(s: Sentence, i: number): boolean {
  const {tokens, text, lexicon} = s
  const t = tokens[i]
  const impersonal = impersonalStatement(tokens, i, lexicon)
  if (impersonal < 0) return false
  // The source after the statement ("hieß es aus dem Rathaus") or opening the sentence ("Aus dem Ministerium hieß es").
  // A body the sentence is about beats the town it speaks from: "La région Grand Est … « prend acte » …, indique-t-on
  // à Strasbourg".
  const about = subjectOf(s)
  const aboutBody = about !== null && about.end <= i && about.head !== null && isGroupNoun(about.head.toLowerCase(), lexicon) && !roleHeadOf(about.head.toLowerCase(), lexicon) ? about : null
  const stated = statementSource(tokens, impersonal, text, lexicon)
  // (Only a place after "à": "chez Renault", "auprès de X" name the source itself.)
  const place = stated && stated !== 'document' && stated.kind === 'name' && stated.head === null && stated.role === null && isWord(tokens[stated.start - 1]) && lexicon.locale.placePrepositions.includes(tokens[stated.start - 1].lower)
  const from = (place && aboutBody ? aboutBody : stated) ?? openingSource(tokens, text, lexicon)
  const shown = impersonal === i + 2 ? `${t.text} ${tokens[i + 1].text}` : t.text
  if (from && from !== 'document') {
    s.cues.push({kind: 'source', index: i, text: shown, mention: from, strength: 0.75, pattern: 'impersonal'})
    return true
  }
  // "… on se montre prudent. « … », indique-t-on": French "on" speaks for the source of the sentence before.
  // German "hieß es" with no source goes back to a body too: "Bei der Agentur Ecoplus verweist man auf … . „…“,
  // hieß es auf Anfrage".
  const there = pointsBack(tokens, i - 1, lexicon) || pointsBack(tokens, i + 2, lexicon)
  const onStatement = from !== 'document' && !there
  s.cues.push({kind: 'source', index: i, text: shown, mention: null, strength: 0.3, fromPrevious: from === 'document' || there || onStatement, bodyOnly: onStatement, pattern: 'impersonal'})
  return true
}

/** "Darin steht: „…“", "It reads: “…”": the document just named speaks. */
function documentCue(s: Sentence, i: number): boolean {
  const {tokens, lexicon} = s
  if (!lexicon.locale.documentVerbs.includes(tokens[i].lower) || !(pointsBack(tokens, i - 1, lexicon) || pointsBack(tokens, i + 1, lexicon))) return false
  s.cues.push({kind: 'source', index: i, text: tokens[i].text, mention: null, strength: 0.3, fromPrevious: true, pattern: 'document'})
  return true
}

/** A verb fused with its pronoun: "estime-t-il", "poursuit-elle"; after a quotation any verb attributes it: "», a-t-il souri". */
function invertedCue(s: Sentence, i: number): boolean {
  const {tokens, lexicon} = s
  const locale = lexicon.locale
  const t = tokens[i]
  const inverted = locale.inversion?.exec(t.lower)
  // "peut-on lire", "faut-il rappeler": impersonal, nobody speaks.
  const fused = inverted && inverted[2] !== locale.impersonalSubject && !locale.impersonalVerbs.includes(inverted[1]) ? inverted : null
  if (!fused) return false
  const afterQuotation = followsQuotation(tokens, i)
  if (lexicon.auxiliaries.has(fused[1]) && afterQuotation && tokens[i + 1]?.kind === 'word' && !locale.speechVerbs.has(tokens[i + 1].lower)) {
    s.cues.push({kind: 'verb', index: i + 1, text: `${t.text} ${tokens[i + 1].text}`, mention: pronounOf(tokens, i, fused[2], lexicon), strength: 0.7, pattern: 'inverted-auxiliary'})
    return true
  }
  if (locale.speechVerbs.has(fused[1]) || afterQuotation) {
    s.cues.push({kind: 'verb', index: i, text: t.text, mention: pronounOf(tokens, i, fused[2], lexicon), strength: 0.8, pattern: 'inverted'})
    return true
  }
  return false
}

/**
 * After a quotation, a verb whose subject follows it attributes it, whatever the verb: "« … », savoure Yannick
 * Le Goff", "« … », sourit le portier", "„…“, lachte die Ministerin", "“…,” laughed the coach". Claims the word
 * only when it finds a speaker; a speech verb is left to `speechVerbCue` ("„…“, freute sich die Ministerin").
 */
function incidentCue(s: Sentence, i: number): boolean {
  const {tokens, text, lexicon} = s
  const locale = lexicon.locale
  const t = tokens[i]
  const previous = tokens[i - 1]
  // The quotation ends its clause: a comma after it, or inside its marks (“…,” laughed …); never "„Gocta“ bekannten Wasserfall".
  const closedClause = (previous?.text === ',' && tokens[i - 2]?.kind === 'quote') || (previous?.kind === 'quote' && /[,!?]\s*\p{Pf}?["'”’»«]?$/u.test(previous.text))
  if (!closedClause) return false
  // (Past an auxiliary too: "« … », a calculé le chef de groupe, Pierre-Alain Chevalley".)
  if (lexicon.auxiliaries.has(t.lower) && tokens[i + 1]?.kind === 'word' && !tokens[i + 1].upper && !locale.speechVerbs.has(tokens[i + 1].lower) && isIncidentVerb(tokens[i + 1], lexicon)) {
    // Past the infinitive of a causative: "», a fait valoir l'avocat", "», a fait savoir la préfecture".
    const infinitive = locale.causatives?.includes(tokens[i + 1].lower) && isWord(tokens[i + 2]) && !tokens[i + 2].upper && locale.infinitive?.test(tokens[i + 2].lower) === true ? 1 : 0
    const m = mentionAfter(tokens, i + 2 + infinitive, text, lexicon)
    if (m && m.kind !== 'pronoun' && isSpeakerLike(m, lexicon)) {
      s.cues.push({kind: 'verb', index: i + 1 + infinitive, text: text.slice(t.start, tokens[i + 1 + infinitive].end), mention: m, strength: 0.7, pattern: 'incident-auxiliary'})
      return true
    }
  }
  if (t.upper || locale.speechVerbs.has(t.lower) || !isIncidentVerb(t, lexicon)) return false
  let k = i + 1
  while (tokens[k]?.kind === 'word' && locale.reflexives.includes(tokens[k].lower)) k++
  const m = mentionAfter(tokens, k, text, lexicon)
  if (!m || m.kind === 'pronoun' || !isSpeakerLike(m, lexicon)) return false
  s.cues.push({kind: 'verb', index: i, text: t.text, mention: m, strength: 0.7, pattern: 'incident'})
  return true
}

/**
 * A speech verb's clause, for the rungs of `subjectLadder`: the verb at `verb`, its clause's start, the sentence's
 * subject (`opening`), whether the verb opens its clause past clitics ("se réjouit la présidente") and whether
 * the one after it is spoken to ("told Reuters").
 */
interface VerbClause {
  s: Sentence
  verb: number
  start: number
  opening: Mention | null
  verbFirst: boolean
  spokenTo: boolean
}

/** Whether only auxiliaries and clitics stand in tokens `from`…`to`: "a", "s'est", "se sont". */
function auxiliariesOnly(tokens: Token[], from: number, to: number, lexicon: Lexicon): boolean {
  for (let k = from; k < to; k++) {
    const u = tokens[k]
    if (u.kind !== 'word' || !(lexicon.auxiliaries.has(u.lower) || lexicon.locale.clitics.includes(u.lower))) return false
  }
  return true
}

/**
 * A rung of the ladder that finds a speech verb's subject: undefined when it does not apply (the next one is
 * tried), else the subject it reads, or null when it applies and finds none.
 */
type Rung = (v: VerbClause) => Mention | null | undefined

/** Active "X zitiert Y mit den Worten": Y speaks. */
const quotedObject: Rung = ({s, verb}) => {
  const {tokens, lexicon} = s
  const locale = lexicon.locale
  if (!locale.quotingVerbs.includes(tokens[verb].lower) || tokens.some((u) => u.kind === 'word' && locale.finitePassives.includes(u.lower))) return undefined
  return sourceMention(tokens, skipFillers(tokens, verb + 1, lexicon), s.text, lexicon)
}

/** "X a plaidé la relaxe, estimant que …", "…, Okafor said, adding that …": the main subject speaks. */
const gerundSubject: Rung = ({s, verb, start, opening}) => {
  if (s.lexicon.locale.gerund?.test(s.tokens[verb].lower) !== true) return undefined
  if (!(s.cues.some((c) => c.kind === 'verb' && c.mention) || (opening && opening.end <= start))) return undefined
  return s.cues.findLast((c) => c.kind === 'verb' && c.mention)?.mention ?? opening
}

/** "“…,” Joost van der Berg, chief negotiator for the union, told Reuters." */
const afterQuote: Rung = ({s, verb}) => subjectAfterQuote(s.tokens, verb, s.text, s.lexicon) ?? undefined

/** "Présent au bord de la route, le sélectionneur …, Bruno Lestrade, estime que …" */
const beforeComma: Rung = ({s, start, verbFirst}) => (verbFirst && s.tokens[start - 1]?.text === ',' ? subjectBeforeComma(s.tokens, start, s.text, s.lexicon) ?? undefined : undefined)

/** "Matignon, de son côté, assure …", "Un élu, venu sur place, a promis …": an aside between subject and verb. */
const aside: Rung = ({s, verb, start, opening}) => {
  const {tokens, lexicon} = s
  if (!opening || tokens[opening.end]?.text !== ',' || tokens[start - 1]?.text !== ',' || start <= opening.end + 1) return undefined
  return isAside(tokens, opening.end + 1, start - 1, lexicon) && auxiliariesOnly(tokens, start, verb, lexicon) ? opening : undefined
}

/** "Le ministre …, Étienne Vautrin, a dénoncé …": the subject ends where the verb's clause starts, past auxiliaries. */
const openingBeforeAuxiliary: Rung = ({s, verb, start, opening}) => (opening && opening.end === start && start < verb && auxiliariesOnly(s.tokens, start, verb, s.lexicon) ? opening : undefined)

/**
 * The subject ends at the verb: "Kristina Schröder (CDU) sagte …", "Justizsprecher Joachim Banke sagte …". (A name
 * with its apposition set off by commas, "Andres Granier, der Gouverneur von Tabasco, sagte …", is read by
 * 'before-comma' first.)
 */
const openingAppositive: Rung = ({s, verb, opening}) => {
  if (!opening || opening.end !== verb) return undefined
  const named = opening.kind === 'name' && (opening.role !== null || opening.end - opening.start > 1)
  return named || s.tokens[verb - 1]?.text === ',' || s.tokens[verb - 1]?.text === ')' ? opening : undefined
}

/**
 * "Celebi, die … vertreten hat, nennt das Ereignis …", "Die Senatsverwaltung für Bildung, die den Neubau bezahlen
 * soll, nennt …", "Un élu étudiant qui a voté contre, et qui …, résume": the verb after the relative clause. A
 * relative pronoun for people makes any noun a person's: "A cutter who has worked at the plant since 2008, and who
 * asked …, said". (A German relative clause with no auxiliary after a name, "Celebi, die … vertritt, nennt …", reads
 * as the name's apposition: 'before-comma' finds it first.)
 */
const openingRelative: Rung = ({s, verb, start, opening}) => {
  const {tokens, lexicon} = s
  const locale = lexicon.locale
  if (!opening || opening.start > 2 || tokens[start - 1]?.text !== ',' || !auxiliariesOnly(tokens, start, verb, lexicon)) return undefined
  // (Where relative pronouns are no articles, one right after the subject opens its clause.)
  if (!(relativeAfter(tokens, opening.end, lexicon) || (!locale.relativesAreArticles && locale.relativePronouns.includes(tokens[opening.end]?.lower ?? '')))) return undefined
  const who = opening.kind === 'description' && !isSpeakerLike(opening, lexicon) && (locale.personRelatives ?? []).includes(tokens[opening.end]?.lower ?? '')
  return who ? {...opening, role: opening.head} : opening
}

/** "wurde von einer Armeesprecherin bestätigt": the agent speaks. */
const passiveAgentRung: Rung = ({s, verb, start}) => {
  const agent = passiveAgent(s.tokens, start, verb, s.lexicon)
  return agent >= 0 ? sourceMention(s.tokens, agent, s.text, s.lexicon) : undefined
}

/** "In den Medien war der Auftrag als „…“ bezeichnet worden": a passive with no agent, among a body. */
const passiveAmongRung: Rung = ({s, verb}) => passiveAmong(s.tokens, verb, s.text, s.lexicon) ?? undefined

/** The participle closes the clause, past a quotation: "X hatte … „trotz einiger Vorbehalte“ bekanntgegeben". */
const participle: Rung = ({s, verb, opening}) => {
  const {tokens, lexicon} = s
  if (!opening || opening.end >= verb || verb - opening.end > maxClause || !lexicon.auxiliaries.has(tokens[opening.end]?.lower ?? '')) return undefined
  for (let k = opening.end; k < verb; k++) if (tokens[k].kind === 'punct') return undefined
  return opening
}

/** "a-t-elle ajouté" */
const invertedPronounRung: Rung = ({s, verb, start}) => invertedPronoun(s.tokens, start, verb, s.lexicon) ?? undefined

/**
 * "„…“, sagte X", "“…,” said the minister", "« … », se réjouit la maire"; never "told Reuters". Someone after the
 * verb who goes on to a verb of their own is the subject of what was said, and the verb after an aside set off by
 * commas has the sentence's subject: "The chairman of the board, speaking after the vote …, said Coll was “…”". (A
 * name before its aside, "Dr Euan Fairlie, who chairs …, said Coll was “…”", is read by 'before-comma' first.)
 */
const verbFirstRung: Rung = ({s, verb, start, opening, verbFirst, spokenTo}) => {
  if (!verbFirst) return undefined
  const mention = spokenTo ? null : mentionAfter(s.tokens, verb + 1, s.text, s.lexicon)
  if (mention && goesOnToVerb(s.tokens, mention.end, s.lexicon)) return opening && opening.end < start && s.tokens[start - 1]?.text === ',' ? opening : null
  return mention
}

/** "hatte VW-Chef Winterkorn in einem Interview erklärt"; "a déclaré jeudi Karine Delmas" */
const auxiliaryFirst: Rung = ({s, verb, start, spokenTo}) => {
  const {tokens, lexicon} = s
  if (!lexicon.auxiliaries.has(tokens[start].lower) || start >= verb) return undefined
  const next = tokens.slice(start + 1, verb).every((u) => u.kind === 'word' && lexicon.locale.clitics.includes(u.lower)) ? verb + 1 : start + 1
  return spokenTo && next === verb + 1 ? null : mentionAfter(tokens, next, s.text, lexicon)
}

/** The second verb has the first one's subject: "…, Claire Vidalenc, défend « … » et rappelle que …". */
const coordinated: Rung = ({s, verb, opening}) => {
  const previous = s.tokens[verb - 1]
  if (previous.kind !== 'word' || !s.lexicon.locale.conjunctions.includes(previous.lower)) return undefined
  return s.cues.findLast((c) => c.kind === 'verb' && c.mention && c.mention.kind !== 'pronoun')?.mention ?? opening
}

/**
 * The subject before the verb, or after it: "a technology he described as …" (the pronoun right before it), "Der
 * Staatsanwalt sagte", "said the minister"; with nobody there, the sentence's subject past an aside, or whom a
 * relative pronoun stands for ("council member Wes Brockhoff, who said …").
 */
const aroundVerb: Rung = ({s, verb, start, opening, spokenTo}) => {
  const {tokens, text, lexicon} = s
  const locale = lexicon.locale
  const previous = tokens[verb - 1]
  const pronoun = previous.kind === 'word' && Object.hasOwn(locale.nominativePronouns, previous.lower) ? readMention(tokens, verb - 1, text, lexicon) : null
  const before = pronoun ?? mentionBefore(tokens, verb, text, lexicon)
  // In a relative clause the relative pronoun is the subject: "…, qui prévient les riverains" names no speaker after the verb.
  const relative = tokens[start - 1]?.text === ',' && tokens[start]?.kind === 'word' && locale.relativePronouns.includes(tokens[start].lower)
  const read = spokenTo || relative ? null : mentionAfter(tokens, verb + 1, text, lexicon)
  // Someone after the verb who goes on to a verb of their own is the subject of what was said: "X, who chairs
  // …, said Coll was “not an isolated case”", "A spokesperson … said the company would offer …".
  const reported = read !== null && goesOnToVerb(tokens, read.end, lexicon)
  const after = reported ? null : read
  // A lone capitalised word opening the sentence is often an adverb ("Ähnlich äußerte sich der Präsident").
  const weakBefore = before !== null && before.kind === 'name' && before.start === 0 && before.end - before.start === 1 && before.role === null
  // With nobody after it, a verb after an aside set off by commas has the sentence's subject.
  const mention = before && !(weakBefore && after) ? before : (after ?? (reported && opening && tokens[start - 1]?.text === ',' ? opening : null))
  // The relative pronoun stands for whom the comma closes: "council member Wes Brockhoff, who said …", "le maire,
  // qui a déclaré …".
  if (!mention && relative && auxiliariesOnly(tokens, start + 1, verb, lexicon)) return mentionEndingAt(tokens, start - 1, text, lexicon)
  return mention
}

/** The rungs in the order they are tried, each with the id it gives the cue (`Cue.pattern`). The last always applies. */
const subjectLadder: ReadonlyArray<readonly [pattern: string, rung: Rung]> = [
  ['zitiert', quotedObject],
  ['gerund', gerundSubject],
  ['after-quote', afterQuote],
  ['before-comma', beforeComma],
  ['aside', aside],
  ['opening-before-auxiliary', openingBeforeAuxiliary],
  ['opening-appositive', openingAppositive],
  ['opening-relative', openingRelative],
  ['passive-agent', passiveAgentRung],
  ['passive-among', passiveAmongRung],
  ['participle', participle],
  ['inverted-pronoun', invertedPronounRung],
  ['verb-first', verbFirstRung],
  ['auxiliary-first', auxiliaryFirst],
  ['coordinated', coordinated],
  ['around-verb', aroundVerb]
]

/** The subject of the speech verb of `v`, by the first rung of `subjectLadder` that applies, and that rung's id. */
function speechVerbSubject(v: VerbClause): {pattern: string; mention: Mention | null} {
  for (const [pattern, rung] of subjectLadder) {
    const mention = rung(v)
    if (mention !== undefined) return {pattern, mention}
  }
  return {pattern: 'none', mention: null}
}

/**
 * A speech verb: "sagte X", "X said", "a déclaré X", "fuhr … fort" (a separable verb with its particle). Its
 * subject by `speechVerbSubject`; then, with nobody who could speak, the relative pronoun that opens a final verb's
 * clause, or the agent of a participle after its quotation; a document speaks for its author.
 */
function speechVerbCue(s: Sentence, i: number): boolean {
  const {tokens, text, lexicon} = s
  const locale = lexicon.locale
  const t = tokens[i]
  const previous = tokens[i - 1]
  const particles = locale.speechVerbs.get(t.lower)
  // A participle after an article is a noun: "a répondu le prévenu".
  if (!particles || t.upper || (previous?.kind === 'word' && lexicon.nominativeDeterminers.has(previous.lower) && roleHeadOf(t.lower, lexicon))) return false
  const particle = particleOf(tokens, i, particles)
  if (particle === null) return true
  const start = clauseStart(tokens, i)
  // The verb opens its clause, past clitics: "se réjouit la présidente".
  const verbFirst = tokens.slice(start, i).every((u) => u.kind === 'word' && locale.clitics.includes(u.lower))
  const found = speechVerbSubject({s, verb: i, start, opening: subjectOf(s), verbFirst, spokenTo: locale.objectVerbs.includes(t.lower)})
  let {pattern, mention} = found
  // Where the verb closes a relative clause, past its objects and quotations, when no one else in it could speak:
  // "der Gutachter Hans Meier, der von einem „großen Erfolg“ sprach", "Anwohner, die den Lärm als „unerträglich“
  // bezeichneten".
  const opener = (!mention || !isSpeakerLike(mention, lexicon)) && locale.verbSecond === true && tokens[i + 1]?.kind === 'punct' ? relativeOpener(tokens, i, text, lexicon) : -1
  if (opener > 0) {
    mention = mentionEndingAt(tokens, opener - 1, text, lexicon)
    pattern = 'relative-opener'
  }
  // A participle with its agent after the quotation: "jugée « illusoire » par Soazig Kerbrat-Ollivier", "described as
  // “unworkable” by council member Ann Lee".
  if (!mention || !isSpeakerLike(mention, lexicon)) {
    const agent = agentAfter(tokens, i, text, lexicon)
    if (agent) {
      mention = agent
      pattern = 'agent-after'
    }
  }
  if (mention) mention = documentSpeaker(mention, tokens, i, text, lexicon)
  const shown = particle ? `${t.text} … ${particle}` : t.text
  s.cues.push({kind: 'verb', index: i, text: shown, mention: mention && isSpeakerLike(mention, lexicon) ? mention : null, strength: 0.8, pattern})
  return true
}

/** "X haussait les épaules : « … »": with no speech verb, the subject of the clause before a colon speaks. */
function colonCue(s: Sentence): void {
  const {tokens, text, lexicon} = s
  if (s.cues.some((c) => c.kind === 'verb' && c.mention)) return
  for (let q = 2; q < tokens.length; q++) {
    if (tokens[q].kind !== 'quote' || tokens[q - 1].text !== ':') continue
    const start = clauseStart(tokens, q - 2)
    const m = readMention(tokens, subjectAt(tokens, start, lexicon), text, lexicon)
    if (m && m.end < q - 1 && isSpeakerLike(m, lexicon) && !(m.kind === 'name' && m.end - m.start === 1 && m.role === null && m.start === 0)) {
      s.cues.push({kind: 'opinion', index: q - 1, text: ':', mention: m, strength: 0.5, pattern: 'colon'})
    }
    return
  }
}

/**
 * "war der Ansicht", "ist überzeugt": the subject of the sentence speaks; "X versuchte mit den Worten zu beruhigen:
 * „…“": so does it, or whoever follows the first verb.
 */
function opinionCues(s: Sentence): void {
  const {tokens, text, lexicon} = s
  const locale = lexicon.locale
  // The sentence's words as one string, built only when a word could start a phrase looked for below.
  const mayHavePhrase = tokens.some((t) => t.kind === 'word' && (lexicon.opinionStarts.has(t.lower) || lexicon.withWordsStarts.has(t.lower)))
  const lowerText = mayHavePhrase ? tokens.filter((t) => t.kind === 'word').map((t) => t.lower).join(' ') : ''
  // Padded once, not once per phrase.
  const padded = ` ${lowerText} `
  for (const [k, p] of locale.opinionPhrases.entries()) {
    if (padded.includes(lexicon.opinionNeedles[k])) {
      const m = subjectOf(s)
      if (m) s.cues.push({kind: 'opinion', index: m.end, text: p, mention: m, strength: 0.6, pattern: 'opinion-phrase'})
      break
    }
  }
  const withWords = locale.withWords
  if (withWords === null || !lexicon.withWordsNeedles.some((needle) => padded.includes(needle))) return
  const m = subjectOf(s) ?? (() => {
    const verb = tokens.findIndex((t, k) => k > 0 && t.kind === 'word' && !t.upper && tokens[k - 1].kind !== 'punct')
    return verb > 0 ? mentionAfter(tokens, verb + 1, text, lexicon) : null
  })()
  if (m && isSpeakerLike(m, lexicon)) s.cues.push({kind: 'verb', index: m.end, text: withWords.shown, mention: m, strength: 0.7, pattern: 'mit-den-worten'})
}

/** "Für ihn …": in his view. */
function openingViewCue(s: Sentence): void {
  const {tokens, lexicon} = s
  const locale = lexicon.locale
  if (tokens[0]?.kind !== 'word' || !locale.viewPrepositions.includes(tokens[0].lower) || tokens[1]?.kind !== 'word' || !Object.hasOwn(locale.objectPronouns, tokens[1].lower)) return
  const m = sourceMention(tokens, 1, s.text, lexicon)
  if (m) s.cues.push({kind: 'opinion', index: 0, text: `${tokens[0].text} ${tokens[1].text}`, mention: m, strength: 0.6, pattern: 'fuer-ihn'})
}

/** Whether the sentence reports speech in the subjunctive ("sei", "habe"). */
export function isReportedSpeech(tokens: Token[], lexicon: Lexicon): boolean {
  return tokens.some((t) => t.kind === 'word' && lexicon.subjunctive.has(t.lower))
}
