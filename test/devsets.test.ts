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
  // A check set: the attribution was fitted on the training sets, never on it. Its gold gives a description for an
  // unnamed speaker ("Staatsanwalt", "Veranstalter"), which the extractor gives as the mention, naming no one; the bars
  // sit 0.02 under the figures of the model trained for issue 15 (0.901 / 0.860).
  it('holds quotation F1 ≥ 0.88 and speaker accuracy ≥ 0.84', () => {
    const score = scoreFolder(wikinews)
    expect(score.articles).toBe(150)
    expect(score.quoteF1, score.problems.join('\n')).toBeGreaterThanOrEqual(0.88)
    expect(score.speakerAccuracy, score.problems.join('\n')).toBeGreaterThanOrEqual(0.84)
  }, 120_000)
})
