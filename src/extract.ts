/**
 * Facts from an article: the stages in order. Pure: no I/O, no clock.
 *
 * text blocks → quotation spans → sentences → cues → coreference → facts,
 * and the dates over the same text.
 */
import type {Root} from 'mdast'
import type {Point, Position} from 'unist'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {location} from 'vfile-location'
import {findTemporalExpressions} from './dates/index.js'
import {detectLanguage} from './language.js'
import {speechLocales} from './locales/index.js'
import {frontmatterLang, publicationDateOf, readFrontmatter} from './frontmatter.js'
import {isNaming, shapeOf} from './quotes/classify.js'
import {type QuoteSpan, scanQuotes} from './quotes/scan.js'
import {type Cue, findCues, isReportedSpeech, openingSource, sentenceSubject, subjectStart, wordsPointedBack} from './speakers/cues.js'
import {EntityRegistry, type Entity, isBodyName, isPerson, type Resolution} from './speakers/entities.js'
import {adjectiveEnding, hasCommonNounEnding, isArticle, isGroupNoun, isSpeakerLike, type Lexicon, lexiconOf, possessive, readMention, readName, roleHeadOf} from './speakers/mentions.js'
import {joinParticleSurnames, particleSurnames, type Token, tokenize} from './speakers/tokens.js'
import {collectBlocks, type TextBlock} from './text/blocks.js'
import {type SentenceSpan, splitSentences} from './text/sentences.js'
import type {Facts, Language, Person, Quotation, TemporalExpression} from './types.js'

/** Options of `extractFacts`. */
export interface ExtractOptions {
  /** Language of the article; detected from frontmatter `lang` or the text when not given. */
  lang?: Language | null | undefined
  /** Publication date (YYYY-MM-DD) that relative dates resolve against; read from frontmatter when not given. */
  publicationDate?: string | null | undefined
  /** Frontmatter fields read for the publication date, in order. */
  dateFields?: readonly string[] | null | undefined
  /** Source text of a given tree, for exact positions. */
  source?: string | null | undefined
  /** Lowest confidence (0–1) at which a speaker is named; below it the name is withheld (`candidate`). Default 0.5. */
  minConfidence?: number | null | undefined
}

/** A problem in the article worth a message (the plugin turns these into vfile messages). */
export interface Finding {
  ruleId: 'unclosed-quote' | 'stray-quote-mark' | 'no-speaker' | 'low-confidence-speaker' | 'relative-date-without-publication-date' | 'bad-frontmatter-date'
  reason: string
  position: Position | undefined
}

export interface Extraction {
  facts: Facts
  findings: Finding[]
}

export const defaultDateFields: readonly string[] = ['date', 'pubDate', 'published', 'publishedAt', 'publicationDate']

/** Default lowest confidence at which a speaker is named. */
export const defaultMinConfidence = 0.5

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml'])

interface SentenceRecord {
  block: number
  span: SentenceSpan
  tokens: Token[]
  cues: Cue[]
  /** Token indexes where a cue's mention starts. */
  cueMentions: Set<number>
  reported: boolean
}

/** A quotation span together with where it stands. */
interface Candidate {
  block: number
  span: QuoteSpan
  sentence: SentenceRecord
  token: number
}

function pointAt(place: ReturnType<typeof location> | null, offset: number): Point | undefined {
  if (!place || offset < 0) return undefined
  return place.toPoint(offset)
}

function positionOf(place: ReturnType<typeof location> | null, start: number, end: number): Position | undefined {
  const a = pointAt(place, start)
  const b = pointAt(place, end)
  return a && b ? {start: a, end: b} : undefined
}

/** The place name of a dateline: "(Seoul) …", "BOZEN. …", "Berlin (dpa) – …". */
function datelineOf(first: string): string | null {
  const bracketed = /^\(([\p{Lu}][\p{L}\p{M} .'’/-]{1,40})\)\s/u.exec(first)
  if (bracketed) return bracketed[1].trim()
  const capitals = /^([\p{Lu}][\p{Lu}\p{M} .'’/-]{1,40}?)(?:\s*\([\p{L}\s/]{1,20}\))?\s*[.:–—-]\s/u.exec(first)
  if (capitals && /\p{Lu}{3}/u.test(capitals[1])) {
    const name = capitals[1].trim().toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase())
    return name
  }
  const agency = /^([\p{Lu}][\p{L}\p{M} .'’-]{1,40}?)\s*\((?:dpa|AFP|AP|Reuters|APA|KNA|epd|sda|SDA|ANSA)\)\s*[–—:-]\s/u.exec(first)
  if (agency) return agency[1].trim()
  return null
}

/** Extracts the facts of an article (Markdown text or mdast tree), with findings for messages. */
export function extract(input: string | Root, options: ExtractOptions = {}): Extraction {
  const source = typeof input === 'string' ? input : options.source ?? undefined
  const tree: Root = typeof input === 'string' ? (parser.parse(input) as Root) : input
  const place = source === undefined ? null : location(source)
  const findings: Finding[] = []

  const front = readFrontmatter(tree)
  if (front.error) findings.push({ruleId: 'bad-frontmatter-date', reason: front.error, position: front.position})
  let publicationDate: string | null = null
  if (options.publicationDate !== undefined && options.publicationDate !== null) {
    publicationDate = options.publicationDate
  } else {
    const read = publicationDateOf(front.data, options.dateFields ?? defaultDateFields)
    publicationDate = read.date
    if (read.problem) findings.push({ruleId: 'bad-frontmatter-date', reason: read.problem, position: front.position})
  }

  const blocks = collectBlocks(tree, source)
  const lang: Language = options.lang ?? frontmatterLang(front.data) ?? detectLanguage(blocks.map((b) => b.text).join('\n'))
  const locale = speechLocales[lang]
  const lexicon = lexiconOf(locale)

  /** Just past the source of the block character at `at`: a character reference (`&ldquo;`) ends at its `;`. */
  const sourceEnd = (block: TextBlock, at: number): number => {
    const offset = block.offsets[at]
    if (source !== undefined && source[offset] === '&' && block.text[at] !== '&') {
      const semicolon = source.slice(offset, offset + 33).indexOf(';') + offset
      if (semicolon > offset && semicolon - offset <= 32) return semicolon + 1
    }
    return offset + 1
  }
  const blockPosition = (block: TextBlock, start: number, end: number): Position | undefined =>
    positionOf(place, block.offsets[start], end > 0 ? sourceEnd(block, end - 1) : block.offsets[0])

  // Stage 1: quotation spans, sentences, cues.
  const fullText = blocks.map((b) => b.text).join('\n\n')
  // Surnames with particles matter only where a sentence starts with a capitalised particle ("Von der Leyen …").
  const surnames = /(?:^|[.!?:»«"“”„]\s*|\n)(?:V[oa]n|D[eiau]|D[eo]s|Del|La|Le|Al|El|Ter?|Bin|Ibn)\s/u.test(fullText) ? particleSurnames(fullText, lexicon.particles) : new Set<string>()
  const sentences: SentenceRecord[] = []
  const candidates: Candidate[] = []
  const blockSentences: SentenceSpan[][] = []
  blocks.forEach((block, b) => {
    const scan = scanQuotes(block.text, block.opaque)
    scan.quotes = mergeAdjacent(block.text, scan.quotes)
    for (const stray of scan.stray) {
      const more = stray.count > 1 ? ` (and ${stray.count - 1} more near it)` : ''
      const shown = stray.mark.includes('`') ? `“${stray.mark}”` : `\`${stray.mark}\``
      findings.push({ruleId: 'stray-quote-mark', reason: `Quote mark ${shown} has no partner${more}`, position: blockPosition(block, stray.index, stray.index + 1)})
    }
    const spans = splitSentences(block.text, scan.quotes, lexicon.abbreviations)
    blockSentences.push(spans)
    const indexed = scan.quotes.map((q, index) => ({...q, index}))
    // Sentences and quotations both come in text order: hand each sentence only its own quotations.
    let from = 0
    for (const span of spans) {
      while (from < indexed.length && indexed[from].open < span.start) from++
      let to = from
      while (to < indexed.length && indexed[to].open < span.end) to++
      const tokens = joinParticleSurnames(tokenize(block.text, span.start, span.end, indexed.slice(from, to)), block.text, surnames)
      const record: SentenceRecord = {block: b, span, tokens, cues: [], cueMentions: new Set(), reported: false}
      record.cues = block.kind === 'heading' ? [] : findCues(tokens, block.text, lexicon).sort((a, b) => a.index - b.index)
      for (const cue of record.cues) if (cue.mention) record.cueMentions.add(cue.mention.start)
      record.reported = isReportedSpeech(tokens, lexicon)
      sentences.push(record)
      tokens.forEach((t, k) => {
        if (t.kind === 'quote') candidates.push({block: b, span: scan.quotes[t.quote], sentence: record, token: k})
      })
    }
  })

  // Stage 2: names and their roles, article-wide, before resolving anything.
  const registry = new EntityRegistry(lexicon, fullText)
  if (!locale.lowercaseNouns) registry.learnCommonNouns(sentences.map((s) => s.tokens))
  for (const s of sentences) for (const cue of s.cues) if (cue.mention) registry.register(cue.mention)

  // Stage 3: in reading order, resolve cues and attribute quotations.
  const quotes: Quotation[] = []
  const speakers: Array<Entity | null> = []
  let candidate = 0
  let previousSentence: SentenceRecord | null = null
  /**
   * Whom a sentence is about: its subject (`from` left out), or the mention at token `from`; someone or some body,
   * not a pronoun.
   */
  const aboutSentence = (sentence: SentenceRecord, from: number | undefined, block: number, clause = false): Resolution | null => {
    const text = blocks[sentence.block].text
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
  const broughtIn = (s: SentenceRecord): Entity | null => {
    if (previousSentence?.block !== s.block || registry.spokeIn(s.block)) return null
    const about = aboutSentence(previousSentence, undefined, s.block, true)
    return about && (about.entity.kind === 'person' || about.entity.human) ? about.entity : null
  }
  /**
   * Whose words the last quotation of sentence `index` is (`last`: the quotation is its last), when the next sentence of its paragraph
   * points back to them: "… sollte „die Grundlage für …“ schaffen. Von diesem Versprechen des damaligen Präsidenten …".
   */
  const pointedBack = (index: number, last: boolean): Resolution | null => {
    const s = sentences[index]
    const after = sentences[index + 1]
    if (!last || after?.block !== s.block) return null
    const owner = wordsPointedBack(after.tokens, blocks[s.block].text, lexicon)
    return owner ? registry.resolve(owner, s.block) : null
  }
  for (const [index, s] of sentences.entries()) {
    const block = blocks[s.block]
    registry.startSentence()
    const opening = subjectStart(s.tokens, lexicon)
    const first = block.kind === 'heading' ? null : sentenceSubject(s.tokens, opening, block.text, lexicon, (name) => registry.knows(name))
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
    // The source a sentence opens with is a body: "Chez Seine-Saint-Denis Habitat, une porte-parole du bailleur …".
    if (block.kind !== 'heading') {
      // Only where the sentence says something: a cue, a spokesperson or an impersonal "man"/"on" ("Von Strenge hält der
      // Kapellmeister wenig" names no source).
      const opened = openingSource(s.tokens, block.text, lexicon)
      if (opened && opened !== 'document' && opened.kind === 'name') {
        const spokesperson = s.tokens.some((t) => t.kind === 'word' && registry.speaksForBody(t.lower))
        const says = spokesperson || s.cues.length > 0 || s.tokens.some((t) => t.kind === 'word' && (t.lower === 'man' || t.lower === 'on'))
        if (says) registry.resolveSource(opened, s.block, spokesperson)
      }
    }
    let attributedHere = false
    // A full name set off by commas with a role after it: "Camille Descamps-Lenoir, vannière installée à Bailleul,".
    const appositionAt = (k: number): boolean => {
      const end = readName(s.tokens, k, lexicon)
      if (end < k + 2 || s.tokens[end]?.text !== ',') return false
      const role = readMention(s.tokens, end + 1, block.text, lexicon)
      if (role?.kind === 'description' && role.role !== null && role.start === end + 1) return true
      // A trade with the ending of a person's, in French: "vannière", "ébéniste".
      const next = s.tokens[end + 1]
      return locale.inversion !== null && next?.kind === 'word' && !next.upper && /(?:ier|ière|eur|euse|rice|iste|ien|ienne)$/u.test(next.lower)
    }
    // People named in passing become salient too: "… die Autorin Kathrin Passig …".
    for (let k = 1; k < s.tokens.length && block.kind !== 'heading'; k++) {
      const t = s.tokens[k]
      const before = s.tokens[k - 1]
      // Not right after a capitalised word, nor after a preposition ("in Pjöngjang Kim Jong-un"),
      // nor a noun after a determiner or an adjective ("in der Deponie Schönberg", "gelegenen Dörfer Coca")
      // unless it is a role ("die Autorin Kathrin Passig").
      // Where nouns are lower case, the phrase starts at its determiner: "le Danois Mikkel Vestergaard", "la dessinatrice Manon Leclerc".
      if (locale.lowercaseNouns && t.kind === 'word' && !t.upper && (lexicon.nominativeDeterminers.has(t.lower) || lexicon.otherDeterminers.has(t.lower))) {
        const m = readMention(s.tokens, k, block.text, lexicon)
        if (m?.kind === 'name' && m.name && plausibleName(m.name, registry, lexicon, true) && !s.cueMentions.has(k)) registry.resolve(m, s.block)
        if (m?.kind === 'name') k = m.end - 1
        continue
      }
      // (Capitalised words only: the determiner before is looked up only for them.)
      if (t.kind !== 'word' || !t.upper) continue
      // A body by its compound name where it is, or where word comes from: "Im Kulturreferat der Stadt kennt man den Fall",
      // "beim Bundesamt", never where someone goes ("ins Universitätsklinikum gebracht"). A compound, not the bare noun.
      // ("Bei der Hagelversicherung rechnet man …": past an article after the preposition.)
      const where = isArticle(before, lexicon) ? s.tokens[k - 2] : before
      if (!locale.lowercaseNouns && where?.kind === 'word' && locale.statementSources.concat(['im', 'in']).includes(where.lower) && isGroupNoun(t.lower, lexicon) && !lexicon.groupNouns.has(t.lower) && !roleHeadOf(t.lower, lexicon)) {
        registry.resolve({kind: 'name', start: k, end: k + 1, text: t.text, name: t.text, head: null, role: null, adjectives: [], gender: null, demonstrative: false}, s.block)
        continue
      }
      // A body named in passing: "teilte die Deutsche Bahn mit", "The Prairie Line Cooperative owns …".
      const bodyEnd = namedBodyAfter(s.tokens, k - 1, lexicon)
      if (bodyEnd > 0) {
        const written = block.text.slice(s.tokens[k].start, s.tokens[bodyEnd - 1].end)
        // In the genitive, the name as a speaker is the nominative: "der Deutschen Bahn" → "Deutsche Bahn".
        const name = locale.nominativeBody?.(`${before.lower} ${written}`) ?? written
        registry.resolve({kind: 'name', start: k, end: bodyEnd, text: name, name, head: null, role: null, adjectives: [], gender: null, demonstrative: false}, s.block)
        k = bodyEnd - 1
        continue
      }
      const determiner = isArticle(before, lexicon)
      // A possessive stands where a determiner would: "Duluth's Josphat Mwangi-Ruel", "the club's Anna Berg".
      const owner = before.kind === 'word' && possessive.test(before.text)
      // (After a preposition that takes a person a name may be one: "klingelt bei Ramona Schlüter-Klein das Telefon".)
      // (After any preposition, a name set off with its role: "C'est à Camille Descamps-Lenoir, vannière installée à
      // Bailleul, que …".)
      const place = lexicon.prepositions.has(before.lower) && !(locale.personPrepositions.includes(before.lower) && readName(s.tokens, k, lexicon) >= k + 2) && !appositionAt(k)
      if (before.kind === 'word' && !owner && ((before.upper && !determiner) || place)) continue
      let from = k
      // A relative pronoun after a comma is no article: "ein Bild, das Gian-Reto Caduff nicht mehr aus dem Kopf bekommt".
      const relative = determiner && s.tokens[k - 2]?.text === ',' && locale.relativePronouns.includes(before.lower) && readName(s.tokens, k, lexicon) >= k + 2
      // (An adjective stands after an article, a preposition or another adjective: "die besiegte Mannschaft"; after a
      // subject it is the verb: "Er besiegte Marco Huber".)
      const beforeAdjective = s.tokens[k - 2]
      const adjective = !locale.lowercaseNouns && adjectiveEnding.test(before.lower) && !(beforeAdjective?.kind === 'word' && (Object.hasOwn(locale.nominativePronouns, beforeAdjective.lower) || (beforeAdjective.upper && !lexicon.functionWords.has(beforeAdjective.lower) && !isArticle(beforeAdjective, lexicon))))
      if (!relative && before.kind === 'word' && (determiner || adjective) && !roleHeadOf(t.lower, lexicon)) {
        // The noun may still be a role before a name: "die Schriftstellerin Kathrin Passig".
        const next = s.tokens[k + 1]
        if (next?.kind !== 'word' || !next.upper || !personNoun.test(t.lower) || hasCommonNounEnding(t.lower)) continue
        from = k + 1
      }
      let m = readMention(s.tokens, from, block.text, lexicon)
      // Adjectives before a role say where the person is from: "des venezolanischen Präsidenten Hugo Chávez".
      if (m && from === k && roleHeadOf(t.lower, lexicon)) {
        const adjectives: string[] = []
        for (let j = k - 1; j > 0 && s.tokens[j].kind === 'word' && !s.tokens[j].upper && adjectiveEnding.test(s.tokens[j].lower); j--) adjectives.unshift(s.tokens[j].lower)
        if (adjectives.length > 0) m = {...m, adjectives: [...adjectives, ...m.adjectives]}
      }
      const plausible = m?.kind === 'name' && m.name !== null && (plausibleName(m.name, registry, lexicon, m.role !== null) || (!m.name.includes(' ') && registry.knows(m.name)))
      if (m && plausible && !s.cueMentions.has(from)) registry.resolve(m, s.block)
    }
    while (candidate < candidates.length && candidates[candidate].sentence === s) {
      const c = candidates[candidate++]
      if (block.kind === 'heading') continue
      let {span} = c
      const inner = block.text.slice(span.open + 1, span.close >= 0 ? span.close : span.end)
      let text = inner.trim()
      if (!text) continue
      let cue = chooseCue(s, c.token)
      // “We will,” she said, “and soon.”: one quotation split by its attribution.
      const next = candidates[candidate]
      const split = next && next.sentence === s ? splitAttribution(s, c, next, text, block.text.slice(next.span.open + 1, next.span.close >= 0 ? next.span.close : next.span.end).trim()) : null
      if (split) {
        candidate++
        cue = split
        text = `${text} ${block.text.slice(next.span.open + 1, next.span.close >= 0 ? next.span.close : next.span.end).trim()}`
        span = {...span, close: next.span.close, end: next.span.end, closeMark: next.span.closeMark}
      }
      // « Nous irons, a réagi Mme Thill, jusqu'au bout »: the attribution inside the marks.
      if ((!cue || !cue.mention) && span.close >= 0) cue = incise(block.text, span, lexicon) ?? cue
      const shape = shapeOf(text)
      // A verb with nobody speaking does not make a fragment a quotation: "hält die Bank am Plan von „…“ fest".
      if (cue && cue.kind === 'verb' && !cue.mention && !(shape.firstUpper && shape.sentenceEnd)) cue = null
      // A verb of nobody's in a clause before a colon leaves the colon to introduce the quotation: "Eine Obstbäuerin, die
      // ihren Namen nicht nennen wollte, ist wütend: „…“".
      // Whom the sentence that introduces the quotation with a colon is about, read once per quotation.
      let colonSubject: Resolution | null | undefined
      const introducedBy = (): Resolution | null => (colonSubject ??= aboutSentence(s, undefined, s.block, true))
      if (cue && cue.kind === 'verb' && !cue.mention && s.tokens[c.token - 1]?.text === ':' && cue.index < c.token - 1 && introducedBy()) cue = null
      if (isNaming(s.tokens, c.token, shape, lexicon, cue !== null)) continue
      const alone = s.tokens.every((t, k) => k === c.token || t.kind === 'punct')
      const previousToken = s.tokens[c.token - 1]
      const full = shape.firstUpper && (c.token === 0 || previousToken?.text === ':' || previousToken?.kind === 'quote')
      let entity: Entity | null = null
      let confidence = 0
      let mention: string | null = null
      let cueText: string | null = null
      if (cue) {
        cueText = cue.text
        if (!cue.mention && cue.fromPrevious && previousSentence?.block === s.block) {
          // "Die Staatsanwaltschaft gab eine Stellungnahme ab. Darin steht: „…“"; "Du côté de la Drac, on se montre
          // prudent. « … », indique-t-on".
          const opened = openingSource(previousSentence.tokens, blocks[previousSentence.block].text, lexicon)
          const source = opened && opened !== 'document' ? registry.resolve(opened, s.block) : null
          // The subject of the sentence before speaks for an impersonal "on" only when it is a body.
          const about = source ? null : aboutSentence(previousSentence, undefined, s.block)
          const resolved = source ?? (about && cue.bodyOnly && isPerson(about.entity) ? null : about)
          if (resolved) {
            entity = resolved.entity
            confidence = Math.min(0.6, resolved.confidence)
          }
        } else if (cue.mention) {
          // A pronoun later in a sentence whose subject is someone stands for them: "Le président Jean-Yves Morvan
          // parle d'une qualification « historique », la plus belle, selon lui".
          // Not a source that opens the sentence: "Selon lui, la DGAC a dû …" (`opening` is where its subject starts).
          const pronoun = cue.mention.kind === 'pronoun' && cue.mention.start > opening && cue.index > opening ? cue.mention : null
          const subject = pronoun ? aboutSentence(s, undefined, s.block) : null
          const bound = subject && isPerson(subject.entity) && (subject.entity.gender === null || pronoun?.gender === null || subject.entity.gender === pronoun?.gender) ? {...subject, confidence: Math.min(subject.confidence, 0.8)} : null
          const resolved = bound ?? registry.resolve(cue.mention, s.block)
          if (resolved) {
            entity = resolved.entity
            confidence = Math.min(cue.strength + 0.1, resolved.confidence)
            mention = cue.inside ? cue.mention.text : block.text.slice(s.tokens[cue.mention.start].start, s.tokens[cue.mention.end - 1].end).replace(/[\s,]+$/u, '')
          }
        }
      } else if (alone || span.close < 0 || (full && shape.words.length >= 4)) {
        // A quotation standing on its own continues the previous speaker,
        // else it is the voice of whom the sentence before is about: "Die SPD will … . „Wir wollen …“".
        // A sentence that introduces the quotation with a colon gives its own subject:
        // "Die DSW schlug in die gleiche Kerbe, indem sie …: „…“".
        const introduced = previousToken?.text === ':' && c.token > 1 ? introducedBy() : null
        entity = introduced?.entity ?? null
        if (!entity && alone) entity = broughtIn(s)
        entity ??= registry.previousSpeaker(s.block)
        confidence = entity ? 0.6 : 0
        if (!entity && alone && previousSentence?.block === s.block) {
          const label = clauseAfterLabel(previousSentence.tokens)
          const resolved = aboutSentence(previousSentence, label === subjectStart(previousSentence.tokens, lexicon) ? undefined : label, s.block)
          if (resolved) {
            entity = resolved.entity
            confidence = 0.5
          }
        }
        // Nobody spoke before: a title or a motto standing on its own.
        if (!entity && span.close >= 0 && !(alone && shape.sentenceEnd)) continue
      } else if (s.reported) {
        entity = broughtIn(s) ?? registry.previousSpeaker(s.block)
        confidence = entity ? 0.5 : 0
        if (!entity) {
          const owner = pointedBack(index, candidates[candidate]?.sentence !== s)
          entity = owner?.entity ?? null
          confidence = owner ? Math.min(0.6, owner.confidence) : 0
        }
        if (!entity && shape.words.length < 4) continue
      } else if (shape.words.length < 4 || !shape.sentenceEnd) {
        // A few words in quotes with nobody speaking: a scare quote or a name, unless the next sentence points back.
        const owner = pointedBack(index, candidates[candidate]?.sentence !== s)
        if (!owner) continue
        entity = owner.entity
        confidence = Math.min(0.6, owner.confidence)
      }
      if (entity) {
        registry.noteSpeaker(entity, s.block)
        attributedHere = true
      }
      speakers.push(entity)
      quotes.push({
        text,
        speaker: null,
        mention,
        cue: cueText,
        kind: full || alone ? 'full' : 'partial',
        closed: span.close >= 0,
        confidence: entity ? Math.round(confidence * 100) / 100 : 0,
        // TeX-style marks are two characters each: ``…''.
        position: blockPosition(block, span.openMark === '``' ? span.open - 1 : span.open, span.close >= 0 ? Math.max(span.close, span.end) + 1 : span.end) ?? emptyPosition
      })
      if (span.close < 0) {
        findings.push({ruleId: 'unclosed-quote', reason: `Quotation opened with ${span.openMark.includes('`') ? `“${span.openMark}”` : `\`${span.openMark}\``} is not closed before the end of its paragraph`, position: blockPosition(block, span.open, span.open + 1)})
      }
      if (!entity) findings.push({ruleId: 'no-speaker', reason: 'Quotation has no attributable speaker', position: quotes[quotes.length - 1].position})
    }
    previousSentence = s
    // "X sagte, dass …" without quotation marks: X may go on in the next quotation.
    if (!attributedHere && block.kind !== 'heading') {
      // ("In einem Positionspapier des Ministeriums heißt es, …": a source too.)
      const voice = s.cues.find((cue) => cue.kind === 'verb' && cue.mention) ?? s.cues.find((cue) => (cue.kind === 'opinion' || cue.kind === 'source') && cue.mention)
      if (voice?.mention) {
        const resolved = registry.resolve(voice.mention, s.block)
        if (resolved) registry.noteVoice(resolved.entity, s.block)
      }
    }
  }
  // Names are final only now ("Putin" became "Wladimir Putin"). Below the lowest confidence the name is
  // withheld: a wrong speaker in a published box is worse than none.
  const minConfidence = options.minConfidence ?? defaultMinConfidence
  quotes.forEach((q, k) => {
    const name = speakers[k]?.name ?? null
    if (name !== null && q.confidence < minConfidence) {
      q.candidate = name
      // Withheld here, so not counted as a voice of the article either.
      const entity = speakers[k]
      if (entity) entity.quotes--
      findings.push({ruleId: 'low-confidence-speaker', reason: `Speaker of this quotation is uncertain (${name}, confidence ${q.confidence}); it is shown without a name`, position: q.position})
    } else {
      q.speaker = name
    }
  })

  const people: Person[] = registry.entities
    .filter((e) => e.kind === 'person' && !e.body && (e.quotes > 0 || e.role !== null))
    .map((e) => ({name: e.name, role: e.role}))

  // Dates over the same text.
  const starts: number[] = []
  let at = 0
  for (const block of blocks) {
    starts.push(at)
    at += block.text.length + 2
  }
  const dates: TemporalExpression[] = []
  // Matches come in text order, so the block index only moves forward.
  let b = 0
  // Sentences come in order too: one pointer per block, moving forward.
  let sentenceAt = 0
  // The dates of one sentence share one string: the timeline tells them apart from the next sentence's by identity, not by comparing the text.
  let lastSentence = {block: -1, start: -1, end: -1, text: ''}
  for (const match of findTemporalExpressions(fullText, {publicationDate, lang})) {
    while (b + 1 < starts.length && starts[b + 1] <= match.start) {
      b++
      sentenceAt = 0
    }
    const block = blocks[b]
    const local = match.start - starts[b]
    const localEnd = match.end - starts[b]
    const inBlock = blockSentences[b]
    while (sentenceAt + 1 < inBlock.length && inBlock[sentenceAt].end <= local) sentenceAt++
    const candidate = inBlock[sentenceAt]
    const sentence = candidate && candidate.start <= local && local < candidate.end ? candidate : {start: 0, end: block.text.length}
    if (lastSentence.block !== b || lastSentence.start !== sentence.start || lastSentence.end !== sentence.end) {
      lastSentence = {block: b, start: sentence.start, end: sentence.end, text: block.text.slice(sentence.start, sentence.end)}
    }
    dates.push({
      text: match.text,
      value: match.value,
      type: match.type,
      position: blockPosition(block, local, localEnd) ?? emptyPosition,
      sentence: lastSentence.text
    })
    if (publicationDate === null && match.value === null && match.type !== 'DURATION') {
      findings.push({ruleId: 'relative-date-without-publication-date', reason: `Relative date \`${match.text}\` cannot be resolved without a publication date`, position: dates[dates.length - 1].position})
    }
  }

  const firstParagraph = blocks.find((b) => b.kind === 'paragraph')
  const facts: Facts = {
    lang,
    publicationDate,
    dateline: firstParagraph ? datelineOf(firstParagraph.text) : null,
    quotes,
    dates,
    people
  }
  return {facts, findings}
}

/**
 * End of a body's name of two or more capitalised words ending in a group noun right after the
 * determiner at `at` ("die Deutsche Bahn", "the Norwegian Food Safety Authority"), or -1.
 */
function namedBodyAfter(tokens: Token[], at: number, lexicon: ReturnType<typeof lexiconOf>): number {
  if (!isArticle(tokens[at], lexicon)) return -1
  let j = at + 1
  while (j < tokens.length && j - at <= 5 && tokens[j].kind === 'word' && tokens[j].upper) j++
  return j - at >= 3 && isGroupNoun(tokens[j - 1].lower, lexicon) && !roleHeadOf(tokens[j - 1].lower, lexicon) ? j : -1
}

/** Where a sentence's clause starts after a label: "Europapolitik: Die SPD will …". */
function clauseAfterLabel(tokens: Token[]): number {
  return tokens[1]?.text === ':' && tokens[0].kind === 'word' ? 2 : 0
}

/** Endings of nouns for people: "Schriftstellerin", "Entwicklungshelfer", "Aktivist". */
const personNoun = /(er|in|ist|ent|ant|eur|or|oge|e)$/u

/** Month names that a capitalised word before them does not make a name ("Ende Juni"); "August" is a first name too. */
const months = new Set(['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'september', 'oktober', 'november', 'dezember', 'january', 'february', 'march', 'june', 'july', 'october', 'december', 'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'])

/** Whether words read as a name are a person's name: two or three words, none a common noun. */
function plausibleName(name: string, registry: EntityRegistry, lexicon: Lexicon, withRole = false): boolean {
  // After a role a name may be long: "Amtskollege Luiz Inácio Lula da Silva".
  const parts = name.split(/\s/u).filter((w) => /^\p{Lu}/u.test(w))
  // A German plural ends in -en ("Demonstranten"); where nouns are lower case a name may ("Sébastien", "Julien").
  // Nor is a capitalised word with the ending of a common noun ("Medien", "Erweiterung") a name where only names are capitalised.
  const common = (w: string): boolean => !lexicon.locale.lowercaseNouns && (/en$/u.test(w) || hasCommonNounEnding(w.toLowerCase()))
  // A surname cut to its initial, as courts are reported: "Dennis K.".
  if (parts.length === 2 && /^\p{Lu}$/u.test(parts[1])) return true
  // A body's name may be longer: "Brandt & Vogel Cocoa NV".
  const most = withRole || isBodyName(name, lexicon) ? 5 : 3
  // A surname may end in -en after a first name that does not end like an adjective: "Marco Zurkirchen", "Lars
  // Petersen", never "Große Sorgen".
  const surname = (w: string, k: number): boolean => k === parts.length - 1 && k > 0 && !/(?:e|er|es|en|em)$/u.test(parts[0]) && !hasCommonNounEnding(w.toLowerCase())
  // A time is no one: "Ende Juni", "Anfang Mai".
  const month = parts.some((w) => months.has(w.toLowerCase()))
  return !month && parts.length >= 2 && parts.length <= most && parts.every((w, k) => (surname(w, k) || !common(w)) && !registry.isCommonNoun(w))
}

/** Quotations that follow each other with only space between are one: „…wäre.“ „Wäre …“. */
function mergeAdjacent(text: string, quotes: QuoteSpan[]): QuoteSpan[] {
  const merged: QuoteSpan[] = []
  for (const q of quotes) {
    const last = merged[merged.length - 1]
    // A few words the sentence runs into are a quotation of their own, whatever follows: said residents had
    // "no business subsidizing them." "My constituents …," she told CNN.
    const fragment = last && /^\p{Ll}/u.test(text.slice(last.open + 1, last.open + 3).trimStart()) && /[\p{L}\p{N}]\s*$/u.test(text.slice(Math.max(0, last.open - 3), last.open))
    if (last && last.close >= 0 && !fragment && /^\s+$/u.test(text.slice(Math.max(last.close, last.end) + 1, q.openMark === '``' ? q.open - 1 : q.open))) {
      merged[merged.length - 1] = {...last, close: q.close, end: q.end, closeMark: q.closeMark}
    } else {
      merged.push(q)
    }
  }
  return merged
}

const emptyPosition: Position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}

/**
 * The attribution between two quotations that are one: “We will,” she said, “and soon.”
 * The first ends with a comma, the words between hold a speech verb with its
 * subject and end with a comma, and the second goes on in lower case.
 */
function splitAttribution(s: SentenceRecord, first: Candidate, second: Candidate, firstText: string, secondText: string): Cue | null {
  const between = s.tokens.slice(first.token + 1, second.token)
  if (between.length < 2 || between.length > 24 || between.some((t) => t.kind === 'quote')) return null
  const comma = /,$/u.test(firstText) || between[0].text === ','
  if (!comma || between[between.length - 1].text !== ',' || !/^(\p{Ll}|I\s)/u.test(secondText)) return null
  const cue = s.cues.find((c) => c.index > first.token && c.index < second.token && c.kind === 'verb' && c.mention)
  return cue ?? null
}

/**
 * A speech verb and its subject between commas inside a quotation: « Nous irons, a réagi Mme Thill, jusqu'au bout »,
 * or closing its first sentence: « On m'a demandé de la retirer, raconte Hélène Vasseur. J'ai refusé. »
 */
function incise(text: string, span: QuoteSpan, lexicon: ReturnType<typeof lexiconOf>): Cue | null {
  const tokens = tokenize(text, span.open + 1, span.close, [])
  // The full stop of a title is part of the clause: « Nous irons, a réagi M. Thill, jusqu'au bout ».
  const abbreviated = (k: number): boolean => tokens[k]?.text === '.' && tokens[k - 1]?.kind === 'word' && lexicon.abbreviations.has(tokens[k - 1].lower)
  for (let c = 0; c < tokens.length; c++) {
    if (tokens[c].text !== ',') continue
    let d = c + 1
    while (d < tokens.length && d - c <= 10 && (tokens[d].kind === 'word' || abbreviated(d))) d++
    if (d - c < 2 || (tokens[d]?.text !== ',' && tokens[d]?.text !== '.')) continue
    const clause = tokens.slice(c + 1, d)
    const first = clause[0].lower
    // « Les gars, poursuit-il, ont été exceptionnels »: a verb fused with its pronoun alone between the commas.
    if (d - c === 2) {
      const fused = lexicon.locale.inversion?.exec(first)
      if (!fused || fused[2] === 'on') continue
      const found = findCues(clause, text, lexicon).find((cue) => cue.kind === 'verb' && cue.mention)
      if (found) return {...found, strength: 0.85, inside: true}
      continue
    }
    const opens = lexicon.locale.speechVerbs.has(first) || lexicon.auxiliaries.has(first) || lexicon.locale.inversion?.test(first)
    if (!opens) continue
    const found = findCues(clause, text, lexicon).find((cue) => cue.kind === 'verb' && cue.mention)
    if (found) return {...found, strength: 0.85, inside: true}
    // Any verb between an auxiliary and a name in the incise: « Il y avait du monde, a souri Mme Vergnaud. … »
    if (lexicon.auxiliaries.has(first) && d - c >= 4 && tokens[c + 2].kind === 'word' && !tokens[c + 2].upper) {
      const named = readMention(tokens, c + 3, text, lexicon)
      if (named && named.kind === 'name' && named.end >= d - 1) return {kind: 'verb', index: c + 2, text: `${tokens[c + 1].text} ${tokens[c + 2].text}`, mention: named, strength: 0.8, inside: true}
    }
  }
  return null
}

/** How many tokens away from its quotation a cue may stand. */
const cueReach = 60

/** The cue that attributes the quotation at token `at` of a sentence. */
function chooseCue(s: SentenceRecord, at: number): Cue | null {
  if (s.cues.length === 0) return null
  // Only cues near the quotation (cues are in token order): a sentence of a thousand quotes stays linear.
  let low = 0
  let high = s.cues.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (s.cues[middle].index < at - cueReach) low = middle + 1
    else high = middle
  }
  const near: Cue[] = []
  for (let k = low; k < s.cues.length && s.cues[k].index <= at + cueReach; k++) near.push(s.cues[k])
  if (near.length === 0) return null
  // „…“, sagte X / „…“, so X
  const after = near.find((c) => c.index === at + 2 && s.tokens[at + 1]?.kind === 'punct' && /[,–—-]/u.test(s.tokens[at + 1].text))
  if (after?.mention) return after
  const withMention = near.filter((c) => c.mention)
  const pool = withMention.length > 0 ? withMention : near
  const rank = (c: Cue): number => (c.kind === 'source' ? 0 : c.kind === 'verb' ? 1 : 2) * 1000 + Math.abs(c.index - at)
  return pool.reduce((best, c) => (rank(c) < rank(best) ? c : best))
}
