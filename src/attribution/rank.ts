/**
 * The ranker: every proposal for a quotation is scored by the learned model; the best one names the speaker, with
 * a confidence calibrated on held-out folds of the training sets.
 */
import {type LinearModel, model as trained} from './model.js'
import type {Features} from './patterns.js'

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)))

/** The raw probability a linear model gives features. */
export function rawScore(m: LinearModel, features: Features): number {
  let z = m.bias
  for (const name in features) z += (m.weights[name] ?? 0) * features[name]
  return sigmoid(z)
}

/** A raw probability through the model's calibration knots. */
export function calibrated(m: LinearModel, p: number): number {
  const knots = m.calibration
  if (knots.length === 0) return p
  if (p <= knots[0][0]) return knots[0][1]
  for (let k = 1; k < knots.length; k++) {
    if (p <= knots[k][0]) {
      const [x0, y0] = knots[k - 1]
      const [x1, y1] = knots[k]
      return x1 === x0 ? y1 : y0 + ((p - x0) / (x1 - x0)) * (y1 - y0)
    }
  }
  return knots[knots.length - 1][1]
}

/** The index of the best-scoring proposal (the first of equals), and every raw score. */
export function best(features: readonly Features[], m: LinearModel = trained.speaker): {index: number; scores: number[]} {
  const scores = features.map((f) => rawScore(m, f))
  let index = -1
  for (let k = 0; k < scores.length; k++) if (index < 0 || scores[k] > scores[index]) index = k
  return {index, scores}
}
