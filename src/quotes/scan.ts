/**
 * Finding quotation spans in a block of plain text.
 *
 * One pass over the characters with a stack of open marks: every mark is
 * pushed and popped at most once, and a closer looks at most `reach` marks
 * down the stack, so the scan is linear in the length of the text whatever
 * the marks (100 kB of „ is one unclosed quotation, not a quadratic search).
 */

/** A span of quoted text in a block. */
export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number
  /** Index of the closing mark, or -1 when the quotation is left open. */
  close: number
  /** Index just past the quoted words (the closing mark, or the end of the text). */
  end: number
  openMark: string
  closeMark: string | null
}

/** A mark that could not be paired. */
export interface StrayMark {
  index: number
  mark: string
}

export interface ScanResult {
  quotes: QuoteSpan[]
  stray: StrayMark[]
}

/** Which closing marks end a quotation opened by each mark. */
const closersOf: Record<string, string> = {
  '„': '“”"',
  '‚': '‘’\'',
  '“': '”“',
  '‘': '’‘',
  '»': '«',
  '«': '»',
  '›': '‹',
  '‹': '›',
  '"': '"',
  "'": '\'’'
}

/** Marks that may open a quotation. */
const openers = new Set(Object.keys(closersOf))
/** Marks that may close one. */
const closers = new Set([...Object.values(closersOf).join('')])
/** Quote marks that may stay open to the end of a paragraph (unambiguous typographic ones). */
const mayStayOpen = new Set(['„', '“', '»', '«'])
/** How far down the stack a closer looks for its opener. */
const reach = 4

const space = /\s/u
const letter = /[\p{L}\p{N}]/u
const openingPunctuation = /[\s([{\u2012-\u2015\-/„“‚‘»«›‹"']/u

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || space.test(ch)
}

/**
 * Scans `text` for quotations. `opaque[i] === 1` marks characters (code, HTML)
 * whose marks are not read.
 */
export function scanQuotes(text: string, opaque?: Uint8Array): ScanResult {
  const quotes: QuoteSpan[] = []
  const stray: StrayMark[] = []
  const stack: Array<{index: number; mark: string}> = []

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (!openers.has(ch) && !closers.has(ch)) continue
    if (opaque && opaque[i] === 1) continue
    // Wiki markup ('' and ''') and TeX-like doubled apostrophes are not quote marks.
    if (ch === "'" && (text[i + 1] === "'" || text[i - 1] === "'")) continue
    const before = i > 0 ? text[i - 1] : undefined
    const after = i + 1 < text.length ? text[i + 1] : undefined
    // Flanking, as CommonMark reads emphasis: an opener leans on what follows,
    // a closer on what precedes.
    const leftFlanking = !isSpace(after) && (before === undefined || openingPunctuation.test(before))
    const rightFlanking = !isSpace(before) && (after === undefined || !letter.test(after))
    const guillemet = ch === '«' || ch === '»' || ch === '‹' || ch === '›'

    if (closers.has(ch)) {
      // French guillemets put a (narrow) space inside: « mot ».
      const closable = rightFlanking || (guillemet && isSpace(before) && !leftFlanking) || (guillemet && !letter.test(after ?? ''))
      if (closable || ch === '“' || ch === '”') {
        let found = -1
        for (let k = stack.length - 1; k >= 0 && k >= stack.length - reach; k--) {
          if (closersOf[stack[k].mark].includes(ch)) {
            found = k
            break
          }
        }
        if (found >= 0 && (closable || stack[found].mark === '„' || stack[found].mark === '“')) {
          const opener = stack[found]
          stack.length = found
          if (found === 0) {
            quotes.push({open: opener.index, close: i, end: i, openMark: opener.mark, closeMark: ch})
          }
          continue
        }
      }
    }

    if (openers.has(ch)) {
      const apostrophe = ch === "'" || ch === '’'
      if (apostrophe && (letter.test(before ?? '') || !letter.test(after ?? ''))) {
        continue
      }
      const openable = leftFlanking || (guillemet && (before === undefined || isSpace(before)) && isSpace(after))
      if (openable || ch === '„' || ch === '‚') {
        if (ch === '‚' && !leftFlanking) continue
        stack.push({index: i, mark: ch})
        continue
      }
    }

    if (ch !== "'" && ch !== '’') stray.push({index: i, mark: ch})
  }

  if (stack.length > 0) {
    const outer = stack[0]
    if (mayStayOpen.has(outer.mark)) {
      let end = text.length
      while (end > outer.index + 1 && isSpace(text[end - 1])) end--
      if (end > outer.index + 1) {
        quotes.push({open: outer.index, close: -1, end, openMark: outer.mark, closeMark: null})
      }
    } else {
      stray.push({index: outer.index, mark: outer.mark})
    }
  }

  return {quotes, stray}
}
