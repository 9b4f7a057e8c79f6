/**
 * The project's own corpus (test/corpus, MIT): English, French and German
 * house-style articles with gold quotations and speakers. The bars are the
 * ones issue 4 sets for the Wikinews set; the corpus was written by another
 * hand than the rules, and test/heldout was never used to tune them.
 */
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {scoreFolder} from './support/score.js'

const folder = (name: string): string => fileURLToPath(new URL(name, import.meta.url))

describe.each([
  ['corpus/en/', 0.95, 0.93],
  ['corpus/fr/', 0.95, 0.93],
  ['corpus/de-styles/', 0.95, 0.93]
])('%s', (dir, quoteF1, speakerAccuracy) => {
  const score = scoreFolder(folder(dir))

  it(`finds the quotations (F1 ≥ ${quoteF1})`, () => {
    expect(score.quoteF1, score.problems.join('\n')).toBeGreaterThanOrEqual(quoteF1)
  })

  it(`names their speakers (accuracy ≥ ${speakerAccuracy})`, () => {
    expect(score.speakerAccuracy, score.problems.join('\n')).toBeGreaterThanOrEqual(speakerAccuracy)
  })
})
