/**
 * The held-out set (test/heldout, MIT): written by another hand than the rules
 * and than test/corpus, and scored first before any rule was touched for it
 * (figures in its README). The bars guard what later general fixes reached.
 */
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {scoreFolder} from './support/score.js'

const folder = (name: string): string => fileURLToPath(new URL(name, import.meta.url))

describe.each([
  ['heldout/en/', 0.95, 0.88],
  ['heldout/fr/', 0.88, 0.75],
  ['heldout/de/', 0.93, 0.83]
])('%s', (dir, quoteF1, speakerAccuracy) => {
  const score = scoreFolder(folder(dir))

  it(`finds the quotations (F1 ≥ ${quoteF1})`, () => {
    expect(score.quoteF1, score.problems.join('\n')).toBeGreaterThanOrEqual(quoteF1)
  })

  it(`names their speakers (accuracy ≥ ${speakerAccuracy})`, () => {
    expect(score.speakerAccuracy, score.problems.join('\n')).toBeGreaterThanOrEqual(speakerAccuracy)
  })
})
