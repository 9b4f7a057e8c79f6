/** Small text helpers: whitespace and honest shortening. */
import {isSpaceCode} from '../text/chars.js'

/** Horizontal ellipsis, with a no-break space so it never starts a line. */
export const ellipsis = '\u00A0…'

/**
 * Collapse runs of white space and trim; drop bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069).
 *
 * Box text is cut and joined (a quotation shortened, an attribution after it):
 * a right-to-left override kept without the pop that closed it would reverse
 * whatever follows it in the box ("sagte … am 4. März 2024"). The box shows
 * text in short pieces, where the letters' own direction orders it well
 * enough; the directional marks (U+200E, U+200F), which open nothing, stay.
 */
export function normalizeSpace(value: string): string {
  // Most values are normal already (single spaces, nothing around): one look at each code unit, no copy.
  const last = value.length - 1
  for (let i = 0; i <= last; i++) {
    const code = value.charCodeAt(i)
    if (code > 0x20 && code < 0x80) continue
    if (code === 0x20 ? i === 0 || i === last || value.charCodeAt(i + 1) === 0x20 : isSpaceCode(code) || isBidiControl(code)) {
      return value.replace(bidiControls, '').replace(/\s+/g, ' ').trim()
    }
  }
  return value
}

const bidiControls = /[\u202A-\u202E\u2066-\u2069]/gu

/** LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI. */
function isBidiControl(code: number): boolean {
  return (code >= 0x20_2a && code <= 0x20_2e) || (code >= 0x20_66 && code <= 0x20_69)
}

/**
 * French typography for text the box shows: a narrow no-break space (U+202F) after « and before »
 * (taking the place of any space there, or added where there was none), and before ; : ! ? where a
 * space stood. One pass over the text.
 */
export function frenchSpacing(value: string): string {
  if (!/[«»;:!?]/u.test(value)) return value
  const parts: string[] = []
  // White space not written yet: it goes, or gives way to a narrow one.
  let pending = ''
  let afterOpening = false
  for (const char of value) {
    if (isSpaceCode(char.charCodeAt(0))) {
      if (!afterOpening) pending += char
      continue
    }
    afterOpening = false
    if (char === '«') {
      parts.push(pending, '«\u202F')
      afterOpening = true
    } else if (char === '»' || ((char === ';' || char === ':' || char === '!' || char === '?') && pending)) {
      parts.push(parts.at(-1)?.endsWith('«\u202F') && !pending ? char : '\u202F' + char)
    } else {
      parts.push(pending, char)
    }
    pending = ''
  }
  parts.push(pending)
  return parts.join('')
}

/** Number of words (white-space separated). */
export function wordCount(value: string): number {
  return countWords(value, Infinity)
}

/** Whether `value` has more than `n` words: counts no further than that. */
export function hasMoreWords(value: string, n: number): boolean {
  return countWords(value, n + 1) > n
}

/** Words of `value` (white-space separated), counted up to `limit`. */
function countWords(value: string, limit: number): number {
  // Counting the starts of non-space runs: no copy of the text.
  let count = 0
  let inWord = false
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    const space = code > 0x20 && code < 0x80 ? false : isSpaceCode(code)
    if (!space && !inWord && ++count >= limit) return count
    inWord = !space
  }
  return count
}

/**
 * Shorten `value` to at most `max` characters (ellipsis included), keeping
 * its beginning and cutting at a word boundary.
 *
 * Prefers to end at a sentence end when one lies in the last half of the
 * room; drops trailing punctuation (and, when `dropShortWords`, up to three
 * trailing lower-case words of at most five letters, like “zu einem”, “of
 * the”, “à la”) before the ellipsis.
 * Returns the value unchanged when it fits, unless `more` says it is the
 * beginning of a longer text.
 */
export function shorten(value: string, max: number, dropShortWords = false, more = false): string {
  const text = normalizeSpace(value)
  if (text.length <= max && !more) return text

  const room = Math.max(1, max - ellipsis.length)
  let head = text.slice(0, room + 1)

  // Cut at the last sentence end in the second half, if any.
  const sentenceEnd = lastMatchIndex(head, /[.!?…]["“”„«»‘’‚'›‹)]*(?= )/g)
  if (more && text.length <= room) {
    // A window of a longer text that fits whole: it ends with the ellipsis all the same.
    head = text
  } else if (sentenceEnd > room / 2 && sentenceEnd <= room) {
    head = head.slice(0, sentenceEnd)
  } else {
    const space = head.lastIndexOf(' ')
    // A single word longer than the room: cut inside it (rare, e.g. URLs).
    head = space > 0 ? head.slice(0, space) : text.slice(0, room)
  }

  head = trimEnd(head)

  if (dropShortWords) {
    // “… in den Fernen Osten Russlands zu einem …”: end on a content word.
    let words = head.split(' ')
    let dropped = 0
    while (dropped < 3 && words.length > 4 && /^\p{Ll}{1,5}$/u.test(words[words.length - 1])) {
      words = words.slice(0, -1)
      words[words.length - 1] = trimEnd(words[words.length - 1])
      dropped++
    }
    head = trimEnd(words.join(' '))
  }

  return head + ellipsis
}

/** Drop trailing spaces and clause punctuation (not sentence ends or closing marks). */
function trimEnd(value: string): string {
  return trimEndWhere(value, isClausePunctuation)
}

/** White space or `,` `;` `:` `–` `—` `-`: what ends a clause but not a sentence. */
export function isClausePunctuation(code: number): boolean {
  return code === 0x2c || code === 0x3b || code === 0x3a || code === 0x20_13 || code === 0x20_14 || code === 0x2d || isSpaceCode(code)
}

/**
 * `value` without the code units at its end that `drop` accepts: what `/[…]+$/u` replaced by
 * `''` gives, in one backward loop. (A regex of that shape is retried from every position of a run
 * that does not reach the end, and so is quadratic on a long run of `-` or `,` inside a text.)
 */
export function trimEndWhere(value: string, drop: (code: number) => boolean): string {
  let end = value.length
  while (end > 0 && drop(value.charCodeAt(end - 1))) end--
  return end === value.length ? value : value.slice(0, end)
}

/** Index of the first code unit of `value` that `drop` does not accept (`value.length` when none). */
export function leadingWhere(value: string, drop: (code: number) => boolean): number {
  let start = 0
  while (start < value.length && drop(value.charCodeAt(start))) start++
  return start
}

function lastMatchIndex(value: string, pattern: RegExp): number {
  let last = -1
  for (const match of value.matchAll(pattern)) {
    last = match.index + match[0].length
  }
  return last
}
