/**
 * Telling quotations from titles, names, slogans and scare quotes.
 *
 * „Mozilla Firefox“, das Buch „Deutschland schafft sich ab“, die „Financial
 * Times“, so genannte „Ur-Fische“ are nobody's words. A span counts as a
 * quotation when a cue attributes it, or when it reads as a statement of its
 * own; a name-shaped span after a naming word or a class noun never does.
 */
import {hasCommonNounEnding, isArticle, type Lexicon, roleHeadOf} from '../speakers/mentions.js'
import type {Token} from '../speakers/tokens.js'
import {isLetterOrNumberCode, isWordCode} from '../text/chars.js'

export interface SpanShape {
  /** Words inside the marks. */
  words: string[]
  /** The quoted text ends with sentence punctuation. */
  sentenceEnd: boolean
  /** First word starts with a capital. */
  firstUpper: boolean
  /** Every word is capitalised or a number: the shape of a name or title. */
  nameShaped: boolean
  /** It ends a sentence only by the comma inside its marks: “We will,” or a name set off: “Back on the Ice,”. */
  commaEnd: boolean
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu
// No `u` flag: the test is on code units, so that it finds the halves of a pair too.
const surrogate = /[\uD800-\uDFFF]/

/** What `inner.match(wordPattern)` finds, by code unit tables where the text has no surrogate pairs. */
function wordsOf(inner: string): string[] {
  if (surrogate.test(inner)) return inner.match(wordPattern) ?? []
  const words: string[] = []
  for (let i = 0; i < inner.length; i++) {
    if (!isLetterOrNumberCode(inner.charCodeAt(i))) continue
    let j = i + 1
    for (; j < inner.length; j++) {
      const code = inner.charCodeAt(j)
      // ' ’ . -
      if (!(isWordCode(code) || code === 0x27 || code === 0x20_19 || code === 0x2e || code === 0x2d)) break
    }
    words.push(inner.slice(i, j))
    i = j
  }
  return words
}

export function shapeOf(inner: string): SpanShape {
  const words = wordsOf(inner)
  const trimmed = inner.trim()
  const commaEnd = /,$/u.test(trimmed) && /^\p{Lu}/u.test(trimmed) && words.length >= 3
  return {
    words,
    // “We will,” she said: a sentence cut by its attribution ends with a comma inside the marks.
    sentenceEnd: /[.!?…]$/u.test(trimmed) || commaEnd,
    commaEnd,
    firstUpper: /^\p{Lu}/u.test(words[0] ?? ''),
    nameShaped: words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))
  }
}

/** Whether the words around the span name a thing rather than quote someone. */
export function isNaming(tokens: Token[], at: number, span: SpanShape, lexicon: Lexicon, attributed: boolean): boolean {
  const next = tokens[at + 1]
  const locale = lexicon.locale
  // A comma inside the marks ends a sentence cut by its attribution (“We will,” she said); with no attribution after it,
  // it only sets a name off: a fundraiser, “Back on the Ice,” to restart …; the documentary “Salt Water Girls,” lifted …
  const attribution = next?.kind === 'word' && (next.upper || locale.speechVerbs.has(next.lower) || Object.hasOwn(locale.nominativePronouns, next.lower))
  const shape = span.commaEnd && !attribution ? {...span, sentenceEnd: false} : span
  if (namedByNeighbours(tokens, at, shape, lexicon, attributed) || setOffAfterClassNoun(tokens, at, shape, lexicon)) return true
  const marked = markedAsName(tokens, at, shape, lexicon)
  if (marked !== null) return marked
  if (shape.sentenceEnd) return false
  return nameWhereNounStands(tokens, at, shape, lexicon, attributed)
}

function lowerOf(t: Token | undefined): string {
  return t?.kind === 'word' ? t.lower : ''
}

/**
 * A naming word before or after the span ("a ship called “Kestrel”", „Bruno“ genannt), a name the sentence opens
 * with as its subject, a title or a quoted name before its noun where nouns are lower case, a name after a definite
 * article.
 */
function namedByNeighbours(tokens: Token[], at: number, shape: SpanShape, lexicon: Lexicon, attributed: boolean): boolean {
  const previous = tokens[at - 1]
  const before = tokens[at - 2]
  const next = tokens[at + 1]
  const locale = lexicon.locale
  // What someone calls a thing is their word for it: "rules which she called “a headache, but not this headache”",
  // "a measure its author called “…”" (the one who calls is a pronoun, a role or a name: "sponsor" is no role, so
  // "a measure its sponsor called “…”" reads as a name); what a thing is called is its name: "a ship called “Kestrel”".
  const subject = before?.kind === 'word' ? before : undefined
  const calledBy = subject !== undefined && !shape.nameShaped && (Object.hasOwn(locale.nominativePronouns, subject.lower) || roleHeadOf(subject.lower, lexicon) !== null || (subject.upper && at - 2 > 0))
  if (locale.namingWords.includes(lowerOf(previous)) && !(calledBy && locale.speechVerbs.has(lowerOf(previous)))) return true
  // A name the sentence is about, standing as its subject: "„Landser“ habe in seinen Liedern …", "“Jaws” was
  // released in 1975", "« Le Monde » a révélé". A quotation at the start runs on with a comma or ends in its marks.
  if (at === 0 && shape.nameShaped && !shape.sentenceEnd && shape.words.length <= 3 && next?.kind === 'word' && !next.upper && !locale.speechVerbs.has(next.lower)) return true
  // „Bruno“ genannt
  if (locale.namingWords.includes(lowerOf(next)) && shape.nameShaped && !shape.sentenceEnd) return true
  // A title where nouns are lower case: « Le Pêcheur de Lune », “Homes Within Reach” — its long words all capitalised.
  // A cue elsewhere in the sentence does not make it speech ("founded its schools programme, “Strings in the Valley”, and
  // called the closure …"); right after the speech verb it is.
  const afterVerb = previous?.kind === 'word' && locale.speechVerbs.has(previous.lower)
  if (locale.lowercaseNouns && !(attributed && afterVerb) && !shape.sentenceEnd && shape.words.length >= 2 && shape.words.filter((w) => w.length >= 4).every((w) => /^\p{Lu}/u.test(w)) && shape.words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2) return true
  // A quoted name before the noun it names, where nouns are lower case: its “Kestrel” line.
  if (locale.lowercaseNouns && shape.nameShaped && !shape.sentenceEnd && shape.words.length <= 3 && next?.kind === 'word' && !next.upper && !locale.speechVerbs.has(next.lower) && !lexicon.functionWords.has(next.lower) && !lexicon.auxiliaries.has(next.lower) && !lexicon.fillers.has(next.lower)) return true
  // A name after a definite article, whoever speaks: die „Automobilwoche“, des „Kriegsrechtes“; but a speaker's
  // one word with the ending of a common noun is their term: man werde gegen den „Terrorismus“ vorgehen.
  const term = attributed && shape.words.length === 1 && !locale.lowercaseNouns && hasCommonNounEnding(shape.words[0].toLowerCase(), lexicon)
  return shape.nameShaped && !shape.sentenceEnd && shape.words.length <= 3 && previous?.kind === 'word' && locale.definiteArticles.includes(previous.lower) && !term
}

/**
 * A name set off after its class noun: "das Prinzip, „ein Mann, eine Stimme“, gebe es", "une pétition, « Sauvons les
 * humanités », qui …", "a crowdfunding campaign, “Keep Marram Warm”, which …". Never after someone: "sagte der
 * Minister, „…“". A name is short and opens with no preposition or conjunction: "lobte den Einsatz, „ohne den wir
 * verloren wären“" is speech.
 */
function setOffAfterClassNoun(tokens: Token[], at: number, shape: SpanShape, lexicon: Lexicon): boolean {
  const locale = lexicon.locale
  const noun = tokens[at - 2]
  const opener = (shape.words[0] ?? '').toLowerCase()
  const nameLike = shape.words.length <= 5 && !lexicon.functionWords.has(opener) && !lexicon.prepositions.has(opener) && !locale.relativePronouns.includes(opener) && !locale.subordinators.includes(opener)
  if (tokens[at - 1]?.text !== ',' || noun?.kind !== 'word' || shape.sentenceEnd || !nameLike || roleHeadOf(noun.lower, lexicon) || locale.speechVerbs.has(noun.lower) || locale.quotingNouns.includes(noun.lower)) return false
  // The noun's determiner, past up to two adjectives: "a crowdfunding campaign".
  const determined = [3, 4, 5].some((d) => isArticle(tokens[at - d], lexicon) && tokens.slice(at - d + 1, at - 1).every((t) => t.kind === 'word'))
  const after = tokens[at + 1]
  const nounLike = locale.lowercaseNouns ? !noun.upper : noun.upper
  return nounLike && determined && (after?.text === ',' || (after?.kind === 'word' && !after.upper && !locale.lowercaseNouns))
}

/**
 * Words and marks that make the span a name, or (false) a quotation: known as “the Old Lady”, "sous le nom de « … »",
 * "so genannt", a film with its year („Jungle Fever“ (1991)), a web address, a name or term in brackets; "mit den
 * Worten „…“" announces a quotation. Null when none of them stands there.
 */
function markedAsName(tokens: Token[], at: number, shape: SpanShape, lexicon: Lexicon): boolean | null {
  const locale = lexicon.locale
  const previous = tokens[at - 1]
  const before = tokens[at - 2]
  const next = tokens[at + 1]
  // A name the thing is known by: known around town as “the Old Lady”, bekannt als „…“, connu comme « … ».
  if (locale.knownAs.includes(lowerOf(previous)) && [2, 3, 4, 5, 6].some((d) => locale.knownBy.includes(lowerOf(tokens[at - d])))) return true
  // "sous le nom de « … »", "unter dem Namen „…“", "under the name “…”".
  const before4 = [4, 3, 2, 1].map((d) => lowerOf(tokens[at - d])).join(' ')
  if (locale.namePhrases.some((phrase) => before4.endsWith(` ${phrase}`) || before4 === phrase)) return true
  // "mit den Worten „…“": a noun that announces a quotation.
  if (locale.quotingNouns.includes(lowerOf(previous))) return false
  if (locale.soGenannt.includes(`${lowerOf(before)} ${lowerOf(previous)}`)) return true
  // A film or book with its year: „Jungle Fever“ (1991).
  if (next?.text === '(' && /^\d{4}$/u.test(tokens[at + 2]?.text ?? '')) return true
  // A web address: laut „news.bbc.co.uk“.
  if (shape.words.length === 1 && /\p{L}\.\p{L}{2,}$/u.test(shape.words[0])) return true
  // A name or term in brackets: (kurz: „IG Bau“), Kreuzungen („Hybride“).
  if (shape.words.length <= 4 && !shape.sentenceEnd && next?.text === ')' && (previous?.text === '(' || (previous?.text === ':' && before?.kind === 'word'))) return true
  return null
}

/**
 * A span that is no sentence, where a noun would stand: after a class noun (die Sonde „Cassini“, das Buch „…“; but
 * the word someone is said to have used is theirs: "verteidigte die Bezeichnung „Gesindel“"), after a determiner
 * or preposition (die „Financial Times“, laut „Reuters“; one attributed word is a term the speaker used: Analysten
 * sprachen von „Panikverkäufen“), or a heading-like span with a number („Shenzhou 6“ besteht aus …).
 */
function nameWhereNounStands(tokens: Token[], at: number, shape: SpanShape, lexicon: Lexicon, attributed: boolean): boolean {
  const locale = lexicon.locale
  const previous = tokens[at - 1]
  if (previous?.kind === 'word' && previous.upper && at - 1 > 0 && shape.firstUpper && shape.words.length <= 8 && !lexicon.functionWords.has(previous.lower) && !(attributed && locale.wordNouns.includes(previous.lower))) {
    return true
  }
  if (shape.nameShaped && shape.words.length <= 4 && previous?.kind === 'word' && !previous.upper && !(attributed && shape.words.length === 1)) {
    const verb = locale.speechVerbs.has(previous.lower) || lexicon.auxiliaries.has(previous.lower) || locale.subjunctive.includes(previous.lower)
    if (!verb && !locale.comparisons.includes(previous.lower)) return true
  }
  return shape.nameShaped && shape.words.some((w) => /^\d/u.test(w))
}
