/**
 * Finding quotation spans in a block of plain text.
 *
 * One pass over the characters with a stack of open marks: every mark is
 * pushed and popped at most once, and a closer looks at most `reach` marks
 * down the stack, so the scan is linear in the length of the text whatever
 * the marks (100 kB of „ is one unclosed quotation, not a quadratic search).
 * Unpaired marks are reported by runs, at most `maxStrayMarks` per block.
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
  /**
   * How many unpaired marks this one stands for: a run of them with only
   * space and other marks between is reported once, at its first mark, and
   * past `maxStrayMarks` in a block the last one takes all the rest.
   */
  count: number
}

export interface ScanResult {
  quotes: QuoteSpan[]
  stray: StrayMark[]
}

/** Which closing marks end a quotation opened by each mark. */
const closersOf: Record<string, string> = {
  '``': '',
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
/** 1 at the code unit of every one-character opener or closer: the scan skips all other characters at once. */
const markCodes = new Uint8Array(0x1_00_00)
for (const mark of [...openers, ...closers]) if (mark.length === 1) markCodes[mark.charCodeAt(0)] = 1
/** Quote marks that may stay open to the end of a paragraph (unambiguous typographic ones). */
const mayStayOpen = new Set(['„', '“', '»', '«'])
/** How far down the stack a closer looks for its opener. */
const reach = 4
/** Most stray marks reported per block (a paragraph with more is not prose to proofread mark by mark). */
export const maxStrayMarks = 10

const space = /\s/u
const letter = /[\p{L}\p{N}]/u
// ’ and ' before a mark are an elision in French: d’« équilibre ».
const openingPunctuation = /[\s([{\u2012-\u2015\-/„“‚‘»«›‹"'’]/u

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || space.test(ch)
}

/** Whether `text` between `from` and `to` holds nothing but white space and quote marks. */
function onlySpaceAndMarks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i]
    if (!openers.has(ch) && !closers.has(ch) && !space.test(ch)) return false
  }
  return true
}

/** One scan in progress: the quotations and stray marks found so far, and the marks still open. */
interface Scan {
  text: string
  /** `opaque[i] === 1` marks characters (code, HTML) whose marks are not read. */
  opaque: Uint8Array | undefined
  quotes: QuoteSpan[]
  stray: StrayMark[]
  stack: Array<{index: number; mark: string}>
  /** TeX-style quotation marks only where the text has both halves. */
  tex: boolean
  /** Index of the last stray mark: the next one joins its run when only space and marks lie between. */
  lastStray: number
  /** How the mark being read leans (one object, filled anew for each mark). */
  flanks: Flanks
}

/** How a mark leans, as CommonMark reads emphasis: an opener on what follows, a closer on what precedes. */
interface Flanks {
  before: string | undefined
  after: string | undefined
  left: boolean
  right: boolean
  /** « » ‹ ›, which French writes with a (narrow) space inside. */
  guillemet: boolean
}

/**
 * Scans `text` for quotations. `opaque[i] === 1` marks characters (code, HTML)
 * whose marks are not read.
 */
export function scanQuotes(text: string, opaque?: Uint8Array): ScanResult {
  const flanks: Flanks = {before: undefined, after: undefined, left: false, right: false, guillemet: false}
  const scan: Scan = {text, opaque, quotes: [], stray: [], stack: [], tex: text.includes('``') && text.includes("''"), lastStray: -1, flanks}
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code !== 0x60 && markCodes[code] === 0) continue
    i = readMark(scan, i)
  }
  closeScan(scan)
  return {quotes: scan.quotes, stray: scan.stray}
}

/** Reads the mark at `i` (or a backtick); returns the index of its last character, past a TeX mark's second one. */
function readMark(scan: Scan, i: number): number {
  const {text, opaque} = scan
  const ch = text[i]
  if (ch === '`' && text[i + 1] === '`' && text[i + 2] !== '`' && text[i - 1] !== '`' && scan.tex) {
    // TeX-style ``…'': the two backticks open.
    if (!(opaque && opaque[i] === 1) && !isSpace(text[i + 2])) scan.stack.push({index: i + 1, mark: '``'})
    return i + 1
  }
  if ((!openers.has(ch) && !closers.has(ch)) || (opaque && opaque[i] === 1)) return i
  // TeX-style ``…'': two apostrophes close a quotation opened by two backticks.
  if (ch === "'" && text[i + 1] === "'" && text[i + 2] !== "'" && text[i - 1] !== "'" && scan.tex && closeTex(scan, i)) return i + 1
  // Wiki markup ('' and ''') and TeX-like doubled apostrophes are not quote marks.
  if (ch === "'" && (text[i + 1] === "'" || text[i - 1] === "'")) return i
  const before = i > 0 ? text[i - 1] : undefined
  const after = i + 1 < text.length ? text[i + 1] : undefined
  const flanks = scan.flanks
  flanks.before = before
  flanks.after = after
  flanks.left = !isSpace(after) && (before === undefined || openingPunctuation.test(before))
  flanks.right = !isSpace(before) && (after === undefined || !letter.test(after))
  flanks.guillemet = ch === '«' || ch === '»' || ch === '‹' || ch === '›'
  if (closers.has(ch) && closeQuote(scan, i, flanks)) return i
  if (openers.has(ch) && openQuote(scan, i, flanks)) return i
  if (ch !== "'" && ch !== '’') addStray(scan, i, ch)
  return i
}

/** Closes the TeX quotation that two apostrophes at `i` end, when a `` is open near the top of the stack. */
function closeTex(scan: Scan, i: number): boolean {
  const {stack} = scan
  let found = -1
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - reach; k--) {
    if (stack[k].mark === '``') {
      found = k
      break
    }
  }
  if (found < 0) return false
  const opener = stack[found]
  stack.length = found
  // `end` takes in the second apostrophe.
  if (found === 0) scan.quotes.push({open: opener.index, close: i, end: i + 1, openMark: '``', closeMark: "''"})
  return true
}

/** Closes the quotation that the mark at `i` ends, when it may close one and its opener is near the top of the stack. */
function closeQuote(scan: Scan, i: number, flanks: Flanks): boolean {
  const {stack} = scan
  const ch = scan.text[i]
  const {before, after, guillemet} = flanks
  // French guillemets put a (narrow) space inside: « mot ».
  const closable = flanks.right || (guillemet && isSpace(before) && !flanks.left) || (guillemet && !letter.test(after ?? ''))
  if (!closable && ch !== '“' && ch !== '”') return false
  let found = -1
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - reach; k--) {
    if (closersOf[stack[k].mark].includes(ch)) {
      found = k
      break
    }
  }
  if (found < 0 || !(closable || stack[found].mark === '„' || stack[found].mark === '“')) return false
  const opener = stack[found]
  stack.length = found
  if (found === 0) scan.quotes.push({open: opener.index, close: i, end: i, openMark: opener.mark, closeMark: ch})
  return true
}

/** Opens a quotation at the mark at `i` when it may open one; true too for an apostrophe or ‚ that is no mark. */
function openQuote(scan: Scan, i: number, flanks: Flanks): boolean {
  const ch = scan.text[i]
  const {before, after, guillemet} = flanks
  const apostrophe = ch === "'" || ch === '’'
  if (apostrophe && (letter.test(before ?? '') || !letter.test(after ?? ''))) return true
  // « mot » with its inner space, also after an elision: l’« après-Covid ».
  const openable = flanks.left || (guillemet && (before === undefined || isSpace(before) || openingPunctuation.test(before)) && isSpace(after))
  if (!openable && ch !== '„' && ch !== '‚') return false
  if (ch === '‚' && !flanks.left) return true
  scan.stack.push({index: i, mark: ch})
  return true
}

/** A stray mark at `index`: its own entry, or one more in the run before or after it. */
function addStray(scan: Scan, index: number, mark: string): void {
  const {stray, text} = scan
  const last = stray[stray.length - 1]
  if (last && (stray.length >= maxStrayMarks || (index > scan.lastStray && onlySpaceAndMarks(text, scan.lastStray + 1, index)))) {
    last.count++
  } else {
    // The opener left on the stack at the end comes before later strays: keep the list in text
    // order, and let it open the run that follows it.
    let at = stray.length
    while (at > 0 && stray[at - 1].index > index) at--
    const next = stray[at]
    if (next && onlySpaceAndMarks(text, index + 1, next.index)) stray[at] = {index, mark, count: next.count + 1}
    else stray.splice(at, 0, {index, mark, count: 1})
  }
  scan.lastStray = Math.max(scan.lastStray, index)
}

/** The opener left at the end: a quotation open to the end of the paragraph, or a stray mark. */
function closeScan(scan: Scan): void {
  const {stack, text} = scan
  if (stack.length === 0) return
  const outer = stack[0]
  if (!mayStayOpen.has(outer.mark)) {
    addStray(scan, outer.index, outer.mark)
    return
  }
  let end = text.length
  while (end > outer.index + 1 && isSpace(text[end - 1])) end--
  if (end > outer.index + 1) scan.quotes.push({open: outer.index, close: -1, end, openMark: outer.mark, closeMark: null})
}
