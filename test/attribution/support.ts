/**
 * Helpers for the tables of comment examples: a sentence built through the document stage (tokens, cues, lexicon),
 * the mention at a phrase of it, and a mention or cue as the few fields a row asserts.
 */
import {buildDocument, type Sentence} from '../../src/document/index.js'
import {extractFacts} from '../../src/index.js'
import type {CueKind} from '../../src/speakers/cues.js'
import {type Lexicon, type Mention, readMention} from '../../src/speakers/mentions.js'
import type {Token} from '../../src/speakers/tokens.js'
import type {Language} from '../../src/types.js'

/** One sentence of a one-block article: its tokens, the block text they index into, the cues found in it. */
export interface Read {
  tokens: Token[]
  text: string
  lexicon: Lexicon
  sentence: Sentence
}

/** Sentence `index` (0: the first) of `markdown` read in `lang`. */
export function readSentence(markdown: string, lang: Language, index = 0): Read {
  const document = buildDocument(markdown, {lang})
  const sentence = document.sentences[index]
  if (!sentence) throw new Error(`no sentence ${index} in ${JSON.stringify(markdown)}`)
  return {tokens: sentence.tokens, text: document.blocks[sentence.block].text, lexicon: document.lexicon, sentence}
}

/** The token of `read` where `phrase` starts (its first occurrence in the block). */
export function tokenAt(read: Read, phrase: string): number {
  const at = read.text.indexOf(phrase)
  const k = read.tokens.findIndex((t) => t.start === at)
  if (at < 0 || k < 0) throw new Error(`no token starts ${JSON.stringify(phrase)} in ${JSON.stringify(read.text)}`)
  return k
}

/** What a row asserts of a mention. */
export interface Shown {
  kind: Mention['kind']
  text: string
  name: string | null
  head: string | null
  role: string | null
}

export function shown(m: Mention | null | undefined): Shown | null {
  return m ? {kind: m.kind, text: m.text, name: m.name, head: m.head, role: m.role} : null
}

/** The mention `readMention` reads where `phrase` starts in the first sentence of `markdown`. */
export function mentionAt(markdown: string, lang: Language, phrase: string = markdown): Mention | null {
  const read = readSentence(markdown, lang)
  return readMention(read.tokens, tokenAt(read, phrase), read.text, read.lexicon)
}

/** What a row asserts of a cue: its pattern, kind, text and the text of its mention (or null). */
export interface CueShown {
  pattern: string
  kind: CueKind
  text: string
  mention: string | null
}

/** Every cue of every sentence of `markdown`, in reading order. */
export function cuesIn(markdown: string, lang: Language): CueShown[] {
  return buildDocument(markdown, {lang}).sentences.flatMap((s) => s.cues.map((c) => ({pattern: c.pattern ?? '', kind: c.kind, text: c.text, mention: c.mention?.text ?? null})))
}

/** The words that attribute the quotation `quote` (its text without marks) in the facts of `markdown`. */
export function quoteMention(markdown: string, lang: Language, quote: string): string | null | undefined {
  return extractFacts(markdown, {lang}).quotes.find((q) => q.text === quote)?.mention
}

/** A cue table: for each pattern the rows that show it, each a sentence in its language and the cue it must hold. */
export interface CueRow {
  lang: Language
  sentence: string
  cue: CueShown
}
