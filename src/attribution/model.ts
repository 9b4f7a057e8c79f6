/**
 * The attribution model: weights the training sets taught (`npm run train` rebuilds this file from
 * ../shared/eval; do not edit by hand). `speaker` scores a proposal, `quote` whether a quoted span is a quotation;
 * each maps its raw probability through calibration knots to one that means what it says.
 */
export interface LinearModel {
  bias: number
  weights: Readonly<Record<string, number>>
  /** Sorted [raw probability, calibrated probability] knots. */
  calibration: ReadonlyArray<readonly [number, number]>
}

export interface AttributionModel {
  speaker: LinearModel
  /** How likely the chosen speaker is right, from how the choice was made. */
  confidence: LinearModel
  quote: LinearModel & {threshold: number}
  /** Lowest confidence at which a speaker is remembered as having spoken (for the quotations after). */
  commit: number
  /** Lowest confidence at which the box names a speaker: chosen on the training data for its precision. */
  box: number
}

export const model: AttributionModel = {
  speaker: {bias: -3, weights: {prior: 4, 'cue:chosen': 2}, calibration: []},
  confidence: {bias: 0, weights: {share: 2}, calibration: []},
  quote: {bias: 2, weights: {}, calibration: [], threshold: 0.5},
  commit: 0.3,
  box: 0.8
}
