/**
 * The document: everything later stages read about an article, built once. Blocks of prose with their source
 * offsets, quotation spans, sentences with their tokens and attribution cues, and where each quotation stands.
 */
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {type Frontmatter, readFrontmatter} from '../frontmatter.js'
import {speechLocales, type SpeechLocale} from '../lang/index.js'
import {mergeAdjacent} from '../quotes/merge.js'
import {type QuoteSpan, scanQuotes} from '../quotes/scan.js'
import {type Cue, findCues, isReportedSpeech} from '../speakers/cues.js'
import {type Lexicon, lexiconOf} from '../speakers/mentions.js'
import {joinParticleSurnames, particleSurnames, type Token, tokenize} from '../speakers/tokens.js'
import {collectBlocks, type TextBlock} from '../text/blocks.js'
import {type SentenceSpan, splitSentences} from '../text/sentences.js'
import type {Language} from '../types.js'
import type {Finding} from './findings.js'
import {defaultDateFields, languageOf, publicationDateOf} from './metadata.js'
import {SourceMap} from './position.js'

/** A sentence of a block: its tokens and the attribution cues they hold. */
export interface Sentence {
  block: number
  span: SentenceSpan
  tokens: Token[]
  cues: Cue[]
  /** Token indexes where a cue's mention starts. */
  cueMentions: Set<number>
  /** Whether it reports speech in the subjunctive ("sei", "habe"). */
  reported: boolean
}

/** Where a quotation span stands: its block, its sentence and its token there. */
export interface QuoteSite {
  block: number
  span: QuoteSpan
  sentence: Sentence
  token: number
}

export interface DocumentOptions {
  lang?: Language | null | undefined
  publicationDate?: string | null | undefined
  dateFields?: readonly string[] | null | undefined
  /** Source text of a given tree, for exact positions. */
  source?: string | null | undefined
}

export interface ArticleDocument {
  lang: Language
  locale: SpeechLocale
  lexicon: Lexicon
  front: Frontmatter
  publicationDate: string | null
  blocks: TextBlock[]
  /** The blocks' text joined by blank lines, and where each block starts in it. */
  fullText: string
  blockStarts: number[]
  /** Sentence spans of each block. */
  blockSentences: SentenceSpan[][]
  /** Every sentence in reading order. */
  sentences: Sentence[]
  /** Every quotation span in reading order. */
  quotes: QuoteSite[]
  positions: SourceMap
  /** What building the document found worth a message (frontmatter, stray marks). */
  findings: Finding[]
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml'])

/** Builds the document of an article (Markdown text or mdast tree). Pure: no I/O, no clock. */
export function buildDocument(input: string | Root, options: DocumentOptions = {}): ArticleDocument {
  const source = typeof input === 'string' ? input : options.source ?? undefined
  const tree: Root = typeof input === 'string' ? (parser.parse(input) as Root) : input
  const findings: Finding[] = []
  const front = readFrontmatter(tree)
  if (front.error) findings.push({ruleId: 'bad-frontmatter', reason: front.error, position: front.position})
  const publicationDate = publicationDateOf(front, options.publicationDate, options.dateFields ?? defaultDateFields, findings)
  const blocks = collectBlocks(tree, source)
  const lang = languageOf(front, options.lang, () => blocks.map((b) => b.text).join('\n'))
  const locale = speechLocales[lang]
  const lexicon = lexiconOf(locale)
  const positions = new SourceMap(source)
  const fullText = blocks.map((b) => b.text).join('\n\n')
  const blockStarts: number[] = []
  let at = 0
  for (const block of blocks) {
    blockStarts.push(at)
    at += block.text.length + 2
  }
  const document: ArticleDocument = {lang, locale, lexicon, front, publicationDate, blocks, fullText, blockStarts, blockSentences: [], sentences: [], quotes: [], positions, findings}
  readSentences(document)
  return document
}

/**
 * Whether a block is a headline: a heading, or a paragraph written in title case where only names take capitals
 * ("Glenn Beck Says Trump, ‘Alt Right’ Pose A Threat To Democracy."), as a headline copied into the text reads. Its
 * capitals make names of every word, so nobody is read from it.
 */
export function isHeadline(document: ArticleDocument, b: number): boolean {
  const block = document.blocks[b]
  if (block.kind === 'heading') return true
  if (block.kind !== 'paragraph' || !document.locale.lowercaseNouns || block.text.length > 200) return false
  const words = block.text.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? []
  if (words.length < 4) return false
  // A speech verb in lower case is a sentence's, not a headline's ("« Nous partons », a dit Paul Thill.").
  const verbs = document.locale.speechVerbs
  if ((block.text.match(/\p{Ll}+/gu) ?? []).some((w) => verbs.has(w))) return false
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length
  return capitalised / words.length >= 0.75
}

/** Surnames with particles matter only where a sentence starts with a capitalised particle ("Von der Leyen …"). */
const particleOpening = /(?:^|[.!?:»«"“”„]\s*|\n)(?:V[oa]n|D[eiau]|D[eo]s|Del|La|Le|Al|El|Ter?|Bin|Ibn)\s/u

/** Quotation spans, sentences, their tokens and cues, block by block. */
function readSentences(document: ArticleDocument): void {
  const {blocks, lexicon, fullText} = document
  const surnames = particleOpening.test(fullText) ? particleSurnames(fullText, lexicon) : new Set<string>()
  blocks.forEach((block, b) => {
    const scan = scanQuotes(block.text, block.opaque)
    scan.quotes = mergeAdjacent(block.text, scan.quotes)
    for (const stray of scan.stray) {
      const more = stray.count > 1 ? ` (and ${stray.count - 1} more near it)` : ''
      const shown = stray.mark.includes('`') ? `“${stray.mark}”` : `\`${stray.mark}\``
      document.findings.push({ruleId: 'stray-quote-mark', reason: `Quote mark ${shown} has no partner${more}`, position: document.positions.ofBlock(block, stray.index, stray.index + 1)})
    }
    const spans = splitSentences(block.text, scan.quotes, lexicon.abbreviations)
    document.blockSentences.push(spans)
    const indexed = scan.quotes.map((q, index) => ({...q, index}))
    // Sentences and quotations both come in text order: hand each sentence only its own quotations.
    let from = 0
    for (const span of spans) {
      while (from < indexed.length && indexed[from].open < span.start) from++
      let to = from
      while (to < indexed.length && indexed[to].open < span.end) to++
      const tokens = joinParticleSurnames(tokenize(block.text, span.start, span.end, indexed.slice(from, to)), block.text, surnames)
      const cues = isHeadline(document, b) ? [] : findCues(tokens, block.text, lexicon).sort((x, y) => x.index - y.index)
      const sentence: Sentence = {block: b, span, tokens, cues, cueMentions: new Set(), reported: isReportedSpeech(tokens, lexicon)}
      for (const cue of cues) if (cue.mention) sentence.cueMentions.add(cue.mention.start)
      document.sentences.push(sentence)
      tokens.forEach((t, k) => {
        if (t.kind === 'quote') document.quotes.push({block: b, span: scan.quotes[t.quote], sentence, token: k})
      })
    }
  })
}
