/**
 * Building blocks of the date patterns. Every pattern is a fixed alternation of words, bounded digit
 * runs and bounded whitespace, so matching is linear in the length of the text.
 */

/** No letter or digit before: a pattern starts at the start of a word. */
export const B = '(?<![\\p{L}\\p{N}])'
/** No letter or digit after: a word ends here. */
export const E = '(?![\\p{L}\\p{N}])'
/** The space between two words of a phrase: one to three whitespace characters. */
export const S = '\\s{1,3}'

/** Key of words that begin with a digit. */
export const DIGIT = '0'

export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One word or phrase; its first letter matches in either case, spaces match 1–3 whitespace. */
function wordPattern(w: string): string {
  const first = w.charAt(0)
  const lower = first.toLowerCase()
  const upper = first.toUpperCase()
  const head = lower === upper ? escape(first) : `[${lower}${upper}]`
  return head + w.slice(1).split(/\s+/).map(escape).join(S)
}

/** Alternation of words, longest first. */
export function alt(words: Iterable<string>): string {
  const list = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length)
  if (list.length === 0) return '(?!)'
  return `(?:${list.map(wordPattern).join('|')})`
}

/** Alternation of strings matched exactly as written (case included), in the order given; never matches when empty. */
export const exact = (strings: readonly string[]): string => strings.map(escape).join('|') || '(?!)'

/** A word or phrase as a lookup key: lower case, single spaces. */
export const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ')

/** Case-insensitive lookup table; of keys that differ only in case, the first wins. */
export function table<V>(record: Record<string, V>): Map<string, V> {
  const map = new Map<string, V>()
  for (const [k, v] of Object.entries(record)) if (!map.has(norm(k))) map.set(norm(k), v)
  return map
}

/** A number written in digits (a decimal comma allowed) or as a word of `words`; null for neither. */
export const digitsOrWord = (s: string, words: Map<string, number>): number | null => {
  if (/^\d/.test(s)) return Number(s.replace(',', '.'))
  return words.get(norm(s)) ?? null
}

/** A regex that tells whether the text just before a position ends with one of `words`. */
export function endsWith(words: string[]): RegExp {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${alt(words)}\\s{1,3}$`, 'u')
}

/** The 40 code units before `at`: what the cue tests read. */
export const before = (text: string, at: number): string => text.slice(Math.max(0, at - 40), at)

/** The lower-cased leading run of letters and digits of a word or phrase: the key a word scan looks up. */
export function firstToken(phrase: string): string {
  const m = /^[\p{L}\p{N}]+/u.exec(phrase)
  if (!m) return ''
  return /^\p{N}/u.test(m[0]) ? DIGIT : m[0].toLowerCase()
}
