// A small, deterministic logistic regression: weighted examples of sparse features (name → value), fitted by
// Newton's method (iteratively reweighted least squares) with an L2 penalty. No dependencies, no randomness: the
// same examples give the same weights.

/** Dense feature index of every name the examples use, sorted. */
export function featureIndex(examples) {
  const names = new Set()
  for (const e of examples) for (const name of Object.keys(e.x)) names.add(name)
  return [...names].sort()
}

const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)))

/** Solves A x = b for a symmetric positive definite A (Cholesky), in place of nothing: returns x. */
function solve(A, b) {
  const n = b.length
  const L = A.map((row) => row.slice())
  for (let j = 0; j < n; j++) {
    let d = L[j][j]
    for (let k = 0; k < j; k++) d -= L[j][k] * L[j][k]
    d = Math.sqrt(Math.max(d, 1e-12))
    L[j][j] = d
    for (let i = j + 1; i < n; i++) {
      let s = L[i][j]
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k]
      L[i][j] = s / d
    }
  }
  const y = new Array(n).fill(0)
  for (let i = 0; i < n; i++) {
    let s = b[i]
    for (let k = 0; k < i; k++) s -= L[i][k] * y[k]
    y[i] = s / L[i][i]
  }
  const x = new Array(n).fill(0)
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]
    for (let k = i + 1; k < n; k++) s -= L[k][i] * x[k]
    x[i] = s / L[i][i]
  }
  return x
}

/**
 * Fits weights for examples {x: {name: value}, y: 0|1, w?: weight}. `l2` penalises every weight but the bias.
 * Returns {bias, weights: {name: weight}}.
 */
export function fit(examples, {l2 = 1, iterations = 25, names = featureIndex(examples)} = {}) {
  const n = names.length + 1
  const at = new Map(names.map((name, k) => [name, k + 1]))
  const rows = examples.map((e) => {
    const idx = [0]
    const val = [1]
    for (const [name, value] of Object.entries(e.x)) {
      const k = at.get(name)
      if (k !== undefined && value !== 0) {
        idx.push(k)
        val.push(value)
      }
    }
    return {idx, val, y: e.y, w: e.w ?? 1}
  })
  let beta = new Array(n).fill(0)
  for (let it = 0; it < iterations; it++) {
    const H = Array.from({length: n}, () => new Array(n).fill(0))
    const g = new Array(n).fill(0)
    for (const r of rows) {
      let z = 0
      for (let a = 0; a < r.idx.length; a++) z += beta[r.idx[a]] * r.val[a]
      const p = sigmoid(z)
      const s = r.w * p * (1 - p)
      const e = r.w * (r.y - p)
      for (let a = 0; a < r.idx.length; a++) {
        g[r.idx[a]] += e * r.val[a]
        for (let b = 0; b <= a; b++) H[r.idx[a]][r.idx[b]] += s * r.val[a] * r.val[b]
      }
    }
    // (Rows were filled in one triangle; mirror, add the penalty.)
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) {
      const v = H[i][j] + H[j][i]
      H[i][j] = H[j][i] = i === j ? v : v
    }
    for (let i = 1; i < n; i++) {
      H[i][i] += l2
      g[i] -= l2 * beta[i]
    }
    H[0][0] += 1e-6
    const step = solve(H, g)
    let change = 0
    beta = beta.map((b, k) => {
      change = Math.max(change, Math.abs(step[k]))
      return b + step[k]
    })
    if (change < 1e-7) break
  }
  const weights = {}
  names.forEach((name, k) => {
    if (Math.abs(beta[k + 1]) > 1e-9) weights[name] = Number(beta[k + 1].toFixed(6))
  })
  return {bias: Number(beta[0].toFixed(6)), weights}
}

/** The model's probability for features x. */
export function predict(model, x) {
  let z = model.bias
  for (const [name, value] of Object.entries(x)) z += (model.weights[name] ?? 0) * value
  return sigmoid(z)
}

/** A deterministic fold of an article, 0 … k−1, from its name. */
export function foldOf(name, k) {
  let h = 2166136261
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619)
  return (h >>> 0) % k
}

/**
 * Isotonic calibration (pool adjacent violators) of scores against outcomes: returns sorted knots
 * [[score, probability], …] to interpolate between, so that a calibrated probability never falls as the score rises.
 */
export function isotonic(pairs, bins = 20) {
  const sorted = pairs.slice().sort((a, b) => a[0] - b[0])
  const blocks = []
  for (const [s, y] of sorted) {
    blocks.push({sum: y, n: 1, lo: s, hi: s})
    while (blocks.length > 1 && blocks.at(-2).sum / blocks.at(-2).n >= blocks.at(-1).sum / blocks.at(-1).n) {
      const b = blocks.pop()
      const a = blocks.at(-1)
      a.sum += b.sum
      a.n += b.n
      a.hi = b.hi
    }
  }
  const knots = blocks.map((b) => [Number(((b.lo + b.hi) / 2).toFixed(4)), Number((b.sum / b.n).toFixed(4))])
  // Keep at most `bins` knots, spread over the range.
  if (knots.length <= bins) return knots
  const step = (knots.length - 1) / (bins - 1)
  return Array.from({length: bins}, (_, k) => knots[Math.round(k * step)])
}

/** The calibrated probability of a score, interpolated between knots. */
export function calibrate(knots, s) {
  if (knots.length === 0) return s
  if (s <= knots[0][0]) return knots[0][1]
  for (let k = 1; k < knots.length; k++) {
    if (s <= knots[k][0]) {
      const [x0, y0] = knots[k - 1]
      const [x1, y1] = knots[k]
      return x1 === x0 ? y1 : y0 + ((s - x0) / (x1 - x0)) * (y1 - y0)
    }
  }
  return knots.at(-1)[1]
}

/**
 * Fits a conditional logit (a softmax over each group's candidates) by Newton's method with an L2 penalty: groups
 * [{candidates: [{x}], right: [indexes], w?}], the target spread evenly over a group's right candidates. Groups with no
 * right candidate teach nothing and are left out. Returns {bias: 0, weights}.
 */
export function fitRanker(groups, {l2 = 1, iterations = 30, names = featureIndex(groups.flatMap((g) => g.candidates))} = {}) {
  const n = names.length
  const at = new Map(names.map((name, k) => [name, k]))
  const rows = groups.filter((g) => g.right.length > 0 && g.candidates.length > 1).map((g) => ({
    w: g.w ?? 1,
    right: new Set(g.right),
    cands: g.candidates.map((c) => {
      const idx = []
      const val = []
      for (const [name, value] of Object.entries(c.x)) {
        const k = at.get(name)
        if (k !== undefined && value !== 0) {
          idx.push(k)
          val.push(value)
        }
      }
      return {idx, val}
    })
  }))
  let beta = new Array(n).fill(0)
  for (let it = 0; it < iterations; it++) {
    const H = Array.from({length: n}, () => new Array(n).fill(0))
    const g = new Array(n).fill(0)
    for (const r of rows) {
      const s = r.cands.map((c) => c.idx.reduce((z, k, a) => z + beta[k] * c.val[a], 0))
      const top = Math.max(...s)
      const e = s.map((v) => Math.exp(v - top))
      const sum = e.reduce((a, b) => a + b, 0)
      const p = e.map((v) => v / sum)
      const t = 1 / r.right.size
      const mu = new Map()
      r.cands.forEach((c, j) => {
        const target = r.right.has(j) ? t : 0
        c.idx.forEach((k, a) => {
          g[k] += r.w * (target - p[j]) * c.val[a]
          mu.set(k, (mu.get(k) ?? 0) + p[j] * c.val[a])
        })
        for (let a = 0; a < c.idx.length; a++) for (let b = 0; b < c.idx.length; b++) H[c.idx[a]][c.idx[b]] += r.w * p[j] * c.val[a] * c.val[b]
      })
      const m = [...mu]
      for (const [ka, va] of m) for (const [kb, vb] of m) H[ka][kb] -= r.w * va * vb
    }
    for (let i = 0; i < n; i++) {
      H[i][i] += l2
      g[i] -= l2 * beta[i]
    }
    const step = solve(H, g)
    let change = 0
    beta = beta.map((b, k) => {
      change = Math.max(change, Math.abs(step[k]))
      return b + step[k]
    })
    if (change < 1e-7) break
  }
  const weights = {}
  names.forEach((name, k) => {
    if (Math.abs(beta[k]) > 1e-9) weights[name] = Number(beta[k].toFixed(6))
  })
  return {bias: 0, weights}
}
