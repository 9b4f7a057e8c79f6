/** Small text helpers: whitespace and honest shortening. */
import {isSpaceCode} from '../text/chars.js'

/** Horizontal ellipsis, with a no-break space so it never starts a line. */
export const ellipsis = '\u00A0…'

/** Collapse runs of white space and trim. */
export function normalizeSpace(value: string): string {
  // Most values are normal already (single spaces, nothing around): one look at each code unit, no copy.
  const last = value.length - 1
  for (let i = 0; i <= last; i++) {
    const code = value.charCodeAt(i)
    if (code === 0x20 ? i === 0 || i === last || value.charCodeAt(i + 1) === 0x20 : isSpaceCode(code)) {
      return value.replace(/\s+/g, ' ').trim()
    }
  }
  return value
}

/** Number of words (white-space separated). */
export function wordCount(value: string): number {
  // Counting the starts of non-space runs: no copy of the text.
  let count = 0
  let inWord = false
  for (let i = 0; i < value.length; i++) {
    const space = isSpaceCode(value.charCodeAt(i))
    if (!space && !inWord) count++
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
 * Returns the value unchanged when it fits.
 */
export function shorten(value: string, max: number, dropShortWords = false): string {
  const text = normalizeSpace(value)
  if (text.length <= max) return text

  const room = Math.max(1, max - ellipsis.length)
  let head = text.slice(0, room + 1)

  // Cut at the last sentence end in the second half, if any.
  const sentenceEnd = lastMatchIndex(head, /[.!?…]["“”„«»‘’‚'›‹)]*(?= )/g)
  if (sentenceEnd > room / 2 && sentenceEnd <= room) {
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
  return value.replace(/[\s,;:–—-]+$/u, '')
}

function lastMatchIndex(value: string, pattern: RegExp): number {
  let last = -1
  for (const match of value.matchAll(pattern)) {
    last = match.index + match[0].length
  }
  return last
}
