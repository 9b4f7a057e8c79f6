/**
 * The shared development sets (../shared/eval, non-commercial licences: read
 * in place, never copied). Anyone who cloned this repository alone does not
 * have them: the suite then skips with a one-line notice.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {scoreFolder} from './support/score.js'

const wikinews = fileURLToPath(new URL('../../shared/eval/wikinews-de-dev/', import.meta.url))
const present = existsSync(wikinews)
if (!present) console.warn('devsets: skipped, ../shared/eval (the shared development sets) is not here')

describe.skipIf(!present)('Wikinews DE development set', () => {
  it('meets the issue-4 bars: quotation F1 ≥ 0.95, speaker accuracy ≥ 0.93', () => {
    const score = scoreFolder(wikinews)
    expect(score.articles).toBe(150)
    expect(score.quoteF1, score.problems.join('\n')).toBeGreaterThanOrEqual(0.95)
    expect(score.speakerAccuracy, score.problems.join('\n')).toBeGreaterThanOrEqual(0.93)
  }, 120_000)
})
