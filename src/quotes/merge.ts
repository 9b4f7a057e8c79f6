/** Quotation spans that are one: marks that close and open again with only space between. */
import type {QuoteSpan} from './scan.js'

/** Quotations that follow each other with only space between are one: „…wäre.“ „Wäre …“. */
export function mergeAdjacent(text: string, quotes: QuoteSpan[]): QuoteSpan[] {
  const merged: QuoteSpan[] = []
  for (const q of quotes) {
    const last = merged[merged.length - 1]
    // A few words the sentence runs into are a quotation of their own, whatever follows: said residents had
    // "no business subsidizing them." "My constituents …," she told CNN.
    const fragment = last && /^\p{Ll}/u.test(text.slice(last.open + 1, last.open + 3).trimStart()) && /[\p{L}\p{N}]\s*$/u.test(text.slice(Math.max(0, last.open - 3), last.open))
    if (last && last.close >= 0 && !fragment && /^\s+$/u.test(text.slice(Math.max(last.close, last.end) + 1, q.openMark === '``' ? q.open - 1 : q.open))) {
      merged[merged.length - 1] = {...last, close: q.close, end: q.end, closeMark: q.closeMark}
    } else {
      merged.push(q)
    }
  }
  return merged
}
