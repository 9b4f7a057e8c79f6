/**
 * Which cue of its sentence attributes a quotation: the cues near it are its candidates; one right after it
 * („…“, sagte X) wins, else one with a mention, a source before a verb before an opinion, the nearest first.
 * And the two attributions that stand inside quotation marks: one that splits a quotation in two (“We will,” she
 * said, “and soon.”) and an incise (« Nous irons, a réagi Mme Thill, jusqu'au bout »).
 */
import type {QuoteSite, Sentence} from '../document/index.js'
import type {QuoteSpan} from '../quotes/scan.js'
import {type Cue, findCues} from '../speakers/cues.js'
import {type Lexicon, readMention} from '../speakers/mentions.js'
import {tokenize} from '../speakers/tokens.js'

/** How many tokens away from its quotation a cue may stand. */
export const cueReach = 60

/** A cue near a quotation, with what decides between them. */
export interface CueCandidate {
  cue: Cue
  /** Tokens from the quotation to the cue (negative: before it). */
  distance: number
  /** The cue follows the quotation right after a comma or a dash: „…“, sagte X. */
  rightAfter: boolean
}

/** The cues within reach of the quotation at token `at` (cues are in token order: a sentence of a thousand quotes stays linear). */
export function nearCues(s: Sentence, at: number): CueCandidate[] {
  let low = 0
  let high = s.cues.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (s.cues[middle].index < at - cueReach) low = middle + 1
    else high = middle
  }
  const near: CueCandidate[] = []
  for (let k = low; k < s.cues.length && s.cues[k].index <= at + cueReach; k++) {
    const cue = s.cues[k]
    const rightAfter = cue.index === at + 2 && s.tokens[at + 1]?.kind === 'punct' && /[,–—-]/u.test(s.tokens[at + 1].text)
    near.push({cue, distance: cue.index - at, rightAfter})
  }
  return near
}

/** The rank of a cue candidate, lowest first: a source, a verb, an opinion; then the nearest. */
function rank(c: CueCandidate): number {
  return (c.cue.kind === 'source' ? 0 : c.cue.kind === 'verb' ? 1 : 2) * 1000 + Math.abs(c.distance)
}

/** The cue that attributes the quotation, of the candidates `near`. */
export function chooseCue(near: readonly CueCandidate[]): Cue | null {
  if (near.length === 0) return null
  // „…“, sagte X / „…“, so X
  const after = near.find((c) => c.rightAfter)
  if (after?.cue.mention) return after.cue
  const withMention = near.filter((c) => c.cue.mention)
  const pool = withMention.length > 0 ? withMention : near
  return pool.reduce((best, c) => (rank(c) < rank(best) ? c : best)).cue
}

/**
 * The attribution between two quotations that are one: “We will,” she said, “and soon.”
 * The first ends with a comma, the words between hold a speech verb with its
 * subject and end with a comma, and the second goes on in lower case.
 */
export function splitAttribution(s: Sentence, first: QuoteSite, second: QuoteSite, firstText: string, secondText: string): Cue | null {
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
export function incise(text: string, span: QuoteSpan, lexicon: Lexicon): Cue | null {
  const tokens = tokenize(text, span.open + 1, span.close, [])
  // The full stop of a title is part of the clause: « Nous irons, a réagi M. Thill, jusqu'au bout ».
  const abbreviated = (k: number): boolean => tokens[k]?.text === '.' && tokens[k - 1]?.kind === 'word' && lexicon.abbreviations.has(tokens[k - 1].lower)
  for (let c = 0; c < tokens.length; c++) {
    if (tokens[c].text !== ',') continue
    let d = c + 1
    while (d < tokens.length && d - c <= 10 && (tokens[d].kind === 'word' || abbreviated(d))) d++
    if (d - c < 2 || (tokens[d]?.text !== ',' && tokens[d]?.text !== '.')) continue
    const found = inciseBetween(tokens, c, d, text, lexicon)
    if (found) return found
  }
  return null
}

/** The cue of an incise between the comma at `c` and the comma or full stop at `d`, or null. */
function inciseBetween(tokens: ReturnType<typeof tokenize>, c: number, d: number, text: string, lexicon: Lexicon): Cue | null {
  const clause = tokens.slice(c + 1, d)
  const first = clause[0].lower
  // « Les gars, poursuit-il, ont été exceptionnels »: a verb fused with its pronoun alone between the commas.
  if (d - c === 2) {
    const fused = lexicon.locale.inversion?.exec(first)
    if (!fused || fused[2] === 'on') return null
    const found = findCues(clause, text, lexicon).find((cue) => cue.kind === 'verb' && cue.mention)
    return found ? {...found, strength: 0.85, inside: true} : null
  }
  const opens = lexicon.locale.speechVerbs.has(first) || lexicon.auxiliaries.has(first) || lexicon.locale.inversion?.test(first)
  if (!opens) return null
  const found = findCues(clause, text, lexicon).find((cue) => cue.kind === 'verb' && cue.mention)
  if (found) return {...found, strength: 0.85, inside: true}
  // Any verb between an auxiliary and a name in the incise: « Il y avait du monde, a souri Mme Vergnaud. … »
  if (lexicon.auxiliaries.has(first) && d - c >= 4 && tokens[c + 2].kind === 'word' && !tokens[c + 2].upper) {
    const named = readMention(tokens, c + 3, text, lexicon)
    if (named && named.kind === 'name' && named.end >= d - 1) return {kind: 'verb', index: c + 2, text: `${tokens[c + 1].text} ${tokens[c + 2].text}`, mention: named, strength: 0.8, inside: true, pattern: 'incise'}
  }
  return null
}
