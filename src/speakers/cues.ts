/**
 * Attribution cues in a reporting sentence and the mention each one points to:
 * "„…“, sagte X", "X sagte: „…“", "so X", "laut X", "nach Angaben von X",
 * "X zufolge", "war der Ansicht", "für ihn".
 */
import {isSpeakerLike, type Lexicon, type Mention, readMention} from './mentions.js'
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
}

const boundary = new Set([',', ';', ':', '(', ')', '–', '—', '-'])

function clauseEnd(tokens: Token[], from: number): number {
  let j = from
  while (j < tokens.length && !(tokens[j].kind === 'punct' && (boundary.has(tokens[j].text) || tokens[j].text === '.')) && tokens[j].kind !== 'quote') j++
  return j
}

/** Longest clause read back from a verb: clauses are short, and a sentence of verbs without commas stays linear. */
const maxClause = 40

function clauseStart(tokens: Token[], at: number): number {
  let j = at
  while (j > 0 && at - j < maxClause && !(tokens[j - 1].kind === 'punct' && boundary.has(tokens[j - 1].text)) && tokens[j - 1].kind !== 'quote') j--
  return j
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
  let j = at
  for (let steps = 0; steps < 6 && j < tokens.length; steps++) {
    const t = tokens[j]
    if (t.kind !== 'word') return null
    if (lexicon.datives.has(t.lower) || lexicon.fillers.has(t.lower)) {
      j++
      continue
    }
    if ((t.lower === 'am' || t.lower === 'im') && tokens[j + 1]?.kind === 'word') {
      j += 2
      continue
    }
    // "a déclaré à la barre Christine Thill", "said in a statement the ministry": a short phrase before the subject.
    if (lexicon.locale.lowercaseNouns && lexicon.prepositions.has(t.lower)) {
      let k = j + 1
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
  if (!m && lexicon.locale.lowercaseNouns) {
    // "U.S. District Judge Raymond Okafor said": a name that ends at the verb, after words the reader cannot take.
    for (let j = start + 1; j < verb && !m; j++) {
      const inner = tokens[j].kind === 'word' && tokens[j].upper ? readMention(tokens, j, text, lexicon) : null
      if (inner?.kind === 'name' && inner.end === verb) m = inner
    }
  }
  if (m && m.end <= verb && (verb - m.end <= 4 || lexicon.auxiliaries.has(tokens[m.end]?.lower ?? ''))) {
    for (let j = m.end; j < verb; j++) if (tokens[j].kind !== 'word') return null
    return m
  }
  return null
}

/** Reads a source after "laut", "nach Angaben (von|des)": any case of determiner. */
function sourceMention(tokens: Token[], at: number, text: string, lexicon: Lexicon): Mention | null {
  let j = at
  if (tokens[j]?.kind === 'word' && (tokens[j].lower === 'von' || tokens[j].lower === 'vom')) j++
  const t = tokens[j]
  if (t?.kind !== 'word') return null
  if (lexicon.otherDeterminers.has(t.lower)) {
    // Read it as if nominative: "laut einem Sprecher" → "Sprecher".
    const swapped = tokens.slice()
    swapped[j] = {...t, lower: 'der'}
    const m = readMention(swapped, j, text, lexicon)
    return m
  }
  if (Object.hasOwn(lexicon.locale.objectPronouns, t.lower)) {
    return {kind: 'pronoun', start: j, end: j + 1, text: t.text, name: null, head: null, role: null, adjectives: [], gender: lexicon.locale.objectPronouns[t.lower] === 'f' ? 'f' : 'm', demonstrative: false}
  }
  return readMention(tokens, j, text, lexicon)
}

/** Passive auxiliaries: "wurde … bestätigt". */
const passive = new Set(['wird', 'wurde', 'werden', 'wurden', 'worden', 'is', 'was', 'were', 'been', 'est', 'été', 'fut'])
/** Words that introduce the agent of a passive: "von", "by", "par". */
const agentMarkers = new Set(['von', 'vom', 'by', 'par'])

/** Index of "von" in a passive clause whose participle is `verb`, or -1. */
function passiveAgent(tokens: Token[], start: number, verb: number, lexicon: Lexicon): number {
  if (!tokens.slice(start, verb).some((t) => t.kind === 'word' && passive.has(t.lower))) return -1
  for (let j = verb - 1; j > start; j--) {
    const t = tokens[j]
    if (t.kind !== 'word') return -1
    if (agentMarkers.has(t.lower) && tokens[j + 1]?.kind === 'word' && (lexicon.otherDeterminers.has(tokens[j + 1].lower) || tokens[j + 1].upper)) return j
  }
  return -1
}

/** Where a clause's subject starts, past fillers. */
function subjectAt(tokens: Token[], start: number, lexicon: Lexicon): number {
  return start + subjectStart(tokens.slice(start, start + 3), lexicon)
}

/** Where the subject of a sentence starts, past fillers: "Auch die Sprecherin …", "Zudem sagte …". */
export function subjectStart(tokens: Token[], lexicon: Lexicon): number {
  let j = 0
  // Past a dateline: "BERLIN (dpa) – …", "La Loge des Gardes (France) (AFP) - …", "(Seoul) …".
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
  const first = j
  while (j < first + 2 && tokens[j]?.kind === 'word' && lexicon.fillers.has(tokens[j].lower) && !lexicon.prepositions.has(tokens[j].lower) && tokens[j + 1]?.kind === 'word') j++
  // "Bereits am Sonntagabend …": a time or place comes first, not the subject.
  return j > first && lexicon.prepositions.has(tokens[j]?.lower ?? '') ? first : j
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

/** A subject that ends, with its apposition, right where the verb's clause starts, after a comma. */
function subjectBeforeComma(tokens: Token[], start: number, text: string, lexicon: Lexicon): Mention | null {
  for (let j = start - 2; j >= 0 && start - j <= 20; j--) {
    if (j > 0 && tokens[j - 1].text !== ',') continue
    const m = readMention(tokens, j, text, lexicon)
    if (m && m.kind === 'name' && (m.end === start || (m.end === start - 1 && tokens[m.end].text === ','))) return m
  }
  return null
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

/** Finds the cues of a sentence. */
export function findCues(tokens: Token[], text: string, lexicon: Lexicon): Cue[] {
  const locale = lexicon.locale
  const cues: Cue[] = []
  let mainSubject: Mention | null | undefined
  const subjectOfSentence = (): Mention | null => {
    if (mainSubject === undefined) mainSubject = readMention(tokens, subjectStart(tokens, lexicon), text, lexicon)
    return mainSubject
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.kind !== 'word') continue
    // Most words can start no cue: one set lookup instead of every test below.
    if (!lexicon.cueWords.has(t.lower) && !locale.inversion) continue
    const previous = tokens[i - 1]

    // so X / laut X
    if (locale.sourceBefore.includes(t.lower)) {
      const afterPause = i === 0 || previous.kind === 'quote' || (previous.kind === 'punct' && boundary.has(previous.text))
      // "so" and "pour" name a source only after a pause: "…“, so X", "Pour le ministre, …".
      if ((t.lower === 'so' || t.lower === 'pour') && !afterPause) continue
      const m = sourceMention(tokens, i + 1, text, lexicon)
      if (m) {
        const next = tokens[m.end]
        const afterQuote = previous?.kind === 'quote' || (previous?.text === ',' && tokens[i - 2]?.kind === 'quote')
        if (t.lower === 'so' && next && next.kind !== 'punct' && !(afterQuote && next.kind === 'word' && lexicon.functionWords.has(next.lower))) continue
        // "pour" is a source only for someone: "Pour le ministre, …", not "pour le recrutement".
        if (t.lower !== 'pour' || (m.kind !== 'description' ? true : isSpeakerLike(m, lexicon) && !m.indefinite)) cues.push({kind: 'source', index: i, text: t.text, mention: m, strength: 0.9})
      }
      continue
    }

    // nach Angaben von X
    const matched = lexicon.phraseStarts.has(t.lower) ? sourcePhraseAt(tokens, i, locale.sourcePhrases) : undefined
    if (matched) {
      const after = i + matched.split(' ').length
      const m = sourceMention(tokens, after, text, lexicon)
      if (m) cues.push({kind: 'source', index: i, text: text.slice(t.start, tokens[after - 1].end), mention: m, strength: 0.85})
      continue
    }

    // X zufolge
    if (locale.sourceAfter.includes(t.lower)) {
      const start = clauseStart(tokens, i)
      const m = sourceMention(tokens, start, text, lexicon)
      if (m && m.end === i) cues.push({kind: 'source', index: i, text: t.text, mention: m, strength: 0.85})
      continue
    }

    // "heißt es": a statement with no one named; "darin heißt es", "darin steht": in the document just named.
    const there = (k: number): boolean => tokens[k]?.kind === 'word' && locale.documentPointers.includes(tokens[k].lower)
    if (t.lower === 'heißt' && tokens[i + 1]?.lower === 'es') {
      cues.push({kind: 'source', index: i, text: `${t.text} es`, mention: null, strength: 0.3, fromPrevious: there(i - 1) || there(i + 2)})
      continue
    }
    if (locale.documentVerbs.includes(t.lower) && (there(i - 1) || there(i + 1))) {
      cues.push({kind: 'source', index: i, text: t.text, mention: null, strength: 0.3, fromPrevious: true})
      continue
    }

    // A verb fused with its pronoun: "estime-t-il", "poursuit-elle"; after a quotation any verb attributes it: "», a-t-il souri".
    const inverted = locale.inversion?.exec(t.lower)
    // "peut-on lire", "faut-il rappeler": impersonal, nobody speaks.
    const fused = inverted && inverted[2] !== 'on' && !locale.impersonalVerbs.includes(inverted[1]) ? inverted : null
    const afterQuotation = previous?.kind === 'quote' || (previous?.text === ',' && tokens[i - 2]?.kind === 'quote')
    if (fused && lexicon.auxiliaries.has(fused[1]) && afterQuotation && tokens[i + 1]?.kind === 'word' && !locale.speechVerbs.has(tokens[i + 1].lower)) {
      cues.push({kind: 'verb', index: i + 1, text: `${t.text} ${tokens[i + 1].text}`, mention: pronounOf(tokens, i, fused[2], lexicon), strength: 0.7})
      continue
    }
    if (fused && (locale.speechVerbs.has(fused[1]) || afterQuotation)) {
      cues.push({kind: 'verb', index: i, text: t.text, mention: pronounOf(tokens, i, fused[2], lexicon), strength: 0.8})
      continue
    }

    // Speech verbs
    const particles = locale.speechVerbs.get(t.lower)
    if (particles && !t.upper) {
      const particle = particleOf(tokens, i, particles)
      if (particle === null) continue
      const shown = particle ? `${t.text} … ${particle}` : t.text
      const start = clauseStart(tokens, i)
      const opening = subjectOfSentence()
      let mention: Mention | null
      let agent = -1
      let inverted: Mention | null = null
      let afterQuote: Mention | null = null
      let beforeComma: Mention | null = null
      // The verb opens its clause, past clitics: "se réjouit la présidente".
      const verbFirst = tokens.slice(start, i).every((u) => u.kind === 'word' && locale.clitics.includes(u.lower))
      // "told Reuters": the one after the verb is spoken to.
      const spokenTo = locale.objectVerbs.includes(t.lower)
      if (/^zitiert(e|en)?$/u.test(t.lower) && !tokens.some((u) => u.kind === 'word' && /^(wird|wurde|werden|wurden)$/u.test(u.lower))) {
        // Active "X zitiert Y mit den Worten": Y speaks.
        mention = sourceMention(tokens, skipFillers(tokens, i + 1, lexicon), text, lexicon)
      } else if (locale.gerund?.test(t.lower) && (cues.some((c) => c.kind === 'verb' && c.mention) || (opening && opening.end <= start))) {
        // "X a plaidé la relaxe, estimant que …", "…, Okafor said, adding that …": the main subject speaks.
        mention = [...cues].reverse().find((c) => c.kind === 'verb' && c.mention)?.mention ?? opening
      } else if ((afterQuote = subjectAfterQuote(tokens, i, text, lexicon)) !== null) {
        // "“…,” Joost van der Berg, chief negotiator for the union, told Reuters."
        mention = afterQuote
      } else if (verbFirst && tokens[start - 1]?.text === ',' && (beforeComma = subjectBeforeComma(tokens, start, text, lexicon)) !== null) {
        // "Présent au bord de la route, le sélectionneur …, Bruno Lestrade, estime que …"
        mention = beforeComma
      } else if (opening && tokens[opening.end]?.text === ',' && tokens[start - 1]?.text === ',' && start - opening.end <= 7 && start > opening.end + 1 && tokens.slice(opening.end + 1, start - 1).every((u) => u.kind === 'word' && !locale.speechVerbs.has(u.lower) && !lexicon.auxiliaries.has(u.lower)) && tokens.slice(start, i).every((u) => u.kind === 'word' && (lexicon.auxiliaries.has(u.lower) || locale.clitics.includes(u.lower)))) {
        // "Matignon, de son côté, assure …", "Un élu, venu sur place, a promis …": an aside between subject and verb.
        mention = opening
      } else if (opening && opening.end === start && start < i && tokens.slice(start, i).every((u) => u.kind === 'word' && (lexicon.auxiliaries.has(u.lower) || locale.clitics.includes(u.lower)))) {
        // "Le ministre …, Étienne Vautrin, a dénoncé …"
        mention = opening
      } else if (opening && opening.end === i && ((opening.kind === 'name' && (opening.role !== null || opening.end - opening.start > 1)) || tokens[i - 1]?.text === ',' || tokens[i - 1]?.text === ')')) {
        // "Andres Granier, der Gouverneur von Tabasco, sagte …", "Kristina Schröder (CDU) sagte …"
        mention = opening
      } else if (opening && opening.start <= 2 && tokens[start - 1]?.text === ',' && tokens.slice(start, i).every((u) => u.kind === 'word' && (lexicon.auxiliaries.has(u.lower) || locale.clitics.includes(u.lower))) && ((tokens[opening.end]?.text === ',' && locale.relativePronouns.includes(tokens[opening.end + 1]?.lower ?? '')) || (tokens[opening.end - 1]?.text === ',' && locale.relativePronouns.includes(tokens[opening.end]?.lower ?? '')))) {
        // "Celebi, die … vertritt, nennt das Ereignis …": the verb after the relative clause.
        mention = opening
      } else if ((agent = passiveAgent(tokens, start, i, lexicon)) >= 0) {
        // "wurde von einer Armeesprecherin bestätigt": the agent speaks.
        mention = sourceMention(tokens, agent, text, lexicon)
      } else if (opening && opening.end < i && lexicon.auxiliaries.has(tokens[opening.end]?.lower ?? '') && tokens.slice(opening.end, i).every((u) => u.kind !== 'punct')) {
        // The participle closes the clause, past a quotation: "X hatte … „trotz einiger Vorbehalte“ bekanntgegeben".
        mention = opening
      } else if ((inverted = invertedPronoun(tokens, start, i, lexicon)) !== null) {
        // "a-t-elle ajouté"
        mention = inverted
      } else if (verbFirst) {
        // "„…“, sagte X", "“…,” said the minister", "« … », se réjouit la maire"; never "told Reuters".
        mention = spokenTo ? null : mentionAfter(tokens, i + 1, text, lexicon)
      } else if (lexicon.auxiliaries.has(tokens[start].lower) && start < i) {
        // "hatte VW-Chef Winterkorn in einem Interview erklärt"; "a déclaré jeudi Karine Delmas"
        const next = tokens.slice(start + 1, i).every((u) => u.kind === 'word' && locale.clitics.includes(u.lower)) ? i + 1 : start + 1
        mention = spokenTo && next === i + 1 ? null : mentionAfter(tokens, next, text, lexicon)
      } else if (previous.kind === 'word' && /^(und|sowie|oder|and|et)$/u.test(previous.lower)) {
        mention = opening
      } else {
        const before = mentionBefore(tokens, i, text, lexicon)
        const after = spokenTo ? null : mentionAfter(tokens, i + 1, text, lexicon)
        // A lone capitalised word opening the sentence is often an adverb ("Ähnlich äußerte sich der Präsident").
        const weakBefore = before !== null && before.kind === 'name' && before.start === 0 && before.end - before.start === 1 && before.role === null
        mention = before && !(weakBefore && after) ? before : after
      }
      cues.push({kind: 'verb', index: i, text: shown, mention: mention && isSpeakerLike(mention, lexicon) ? mention : null, strength: 0.8})
      continue
    }
  }

  // "X haussait les épaules : « … »": with no speech verb, the subject of the clause before a colon speaks.
  if (!cues.some((c) => c.kind === 'verb' && c.mention)) {
    for (let q = 2; q < tokens.length; q++) {
      if (tokens[q].kind !== 'quote' || tokens[q - 1].text !== ':') continue
      const start = clauseStart(tokens, q - 2)
      const m = readMention(tokens, subjectAt(tokens, start, lexicon), text, lexicon)
      if (m && m.end < q - 1 && isSpeakerLike(m, lexicon) && !(m.kind === 'name' && m.end - m.start === 1 && m.role === null && m.start === 0)) {
        cues.push({kind: 'opinion', index: q - 1, text: ':', mention: m, strength: 0.5})
      }
      break
    }
  }

  // "war der Ansicht", "ist überzeugt": the subject of the sentence speaks.
  // The sentence's words as one string, built only when a word could start a phrase looked for below.
  const mayHavePhrase = tokens.some((t) => t.kind === 'word' && (lexicon.opinionStarts.has(t.lower) || t.lower === 'mit'))
  const lowerText = mayHavePhrase ? tokens.filter((t) => t.kind === 'word').map((t) => t.lower).join(' ') : ''
  // Padded once, not once per phrase.
  const padded = ` ${lowerText} `
  for (const [k, p] of locale.opinionPhrases.entries()) {
    if (padded.includes(lexicon.opinionNeedles[k])) {
      const m = subjectOfSentence()
      if (m) cues.push({kind: 'opinion', index: m.end, text: p, mention: m, strength: 0.6})
      break
    }
  }

  // "X versuchte mit den Worten zu beruhigen: „…“"
  if (/ mit (den|folgenden) worten /u.test(padded)) {
    const m = subjectOfSentence() ?? (() => {
      const verb = tokens.findIndex((t, k) => k > 0 && t.kind === 'word' && !t.upper && tokens[k - 1].kind !== 'punct')
      return verb > 0 ? mentionAfter(tokens, verb + 1, text, lexicon) : null
    })()
    if (m && isSpeakerLike(m, lexicon)) cues.push({kind: 'verb', index: m.end, text: 'mit den Worten', mention: m, strength: 0.7})
  }

  // "Für ihn …": in his view.
  if (tokens[0]?.kind === 'word' && tokens[0].lower === 'für' && tokens[1]?.kind === 'word' && Object.hasOwn(locale.objectPronouns, tokens[1].lower)) {
    const m = sourceMention(tokens, 1, text, lexicon)
    if (m) cues.push({kind: 'opinion', index: 0, text: `${tokens[0].text} ${tokens[1].text}`, mention: m, strength: 0.6})
  }
  return cues
}

/** Whether the sentence reports speech in the subjunctive ("sei", "habe"). */
export function isReportedSpeech(tokens: Token[], lexicon: Lexicon): boolean {
  return tokens.some((t) => t.kind === 'word' && lexicon.subjunctive.has(t.lower))
}
