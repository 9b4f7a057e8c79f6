/** Stage 2 of the tagger: of overlapping candidates, one is kept. */
import type {Candidate} from './rules/index.js'

/** Keeps non-overlapping candidates: of overlapping ones the longest match wins, then the earliest. */
export function choose(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.span - a.span || (b.end - b.start) - (a.end - a.start) || a.start - b.start)
  const taken: Candidate[] = []
  for (const c of sorted) {
    // binary search the taken list (kept sorted by start) for an overlap
    let lo = 0
    let hi = taken.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (taken[mid].start < c.start) lo = mid + 1
      else hi = mid
    }
    const prev = taken[lo - 1]
    const next = taken[lo]
    if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue
    taken.splice(lo, 0, c)
  }
  return taken
}
