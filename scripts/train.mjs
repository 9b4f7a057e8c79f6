#!/usr/bin/env node
// Rebuilds src/attribution/model.ts, the attribution model, from the training sets in ../shared/eval
// (npm run train; skips with a one-line notice when ../shared is not there). Deterministic: the same sets give
// the same file.
//
// 1. Every training article is read with the gold as oracle: each quoted span is kept with its features and every
//    proposal for its speaker, and what later quotations see (who spoke last) is what right decisions would leave.
// 2. A logistic regression learns which proposals name the right speaker (the referent: the mention or the name
//    matches the gold as score.mjs matches them), another whether a span is a quotation at all.
// 3. k-fold cross-validation by article: each fold is read by the pipeline itself with weights fitted on the other
//    folds, and scored the way score.mjs scores; the held-out scores calibrate the confidence and choose the box's
//    thresholds, one per language with enough data (the lowest confidence at which named quotations are right at least
//    98 % of the time, --box-precision).
//
//   node scripts/train.mjs [--folds 5] [--l2 1] [--dry]     (--dry: report only, do not write the model)
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {goldQuoteOf, haveShared, loadSet, nameInSpan, namesSomeone, sameSpeaker} from './lib/gold.mjs'
import {calibrate, fit, fitRanker, foldOf, isotonic} from './lib/logistic.mjs'

if (!haveShared()) {
  console.log('train: skipped, ../shared (the training sets) is not here')
  process.exit(0)
}
const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback)
const folds = option('--folds', 5)
const l2 = option('--l2', 1)
const dry = args.includes('--dry')
const namingThreshold = option('--naming', 0.9)
// The precision the box's threshold asks of the names it shows, on held-out folds.
const boxPrecision = option('--box-precision', 0.98)
const verbose = args.includes('--verbose')
const {extract} = await import('../dist/pipeline.js')

const sets = ['wikinews-de-train', 'polnear-en-train', 'fr-news-train']
const cases = sets.flatMap((set) => loadSet(set))
// Each set weighs the same in total, within bounds: 700 German articles must not drown in 667 long English ones,
// nor 19 French ones count as much as either.
const quotesIn = Object.fromEntries(sets.map((set) => [set, cases.filter((c) => c.set === set).reduce((n, c) => n + c.gold.quotes.length, 0)]))
const mean = Object.values(quotesIn).reduce((a, b) => a + b, 0) / sets.length
const setWeight = Object.fromEntries(sets.map((set) => [set, Math.min(4, Math.max(0.25, Math.sqrt(mean / quotesIn[set])))]))

/** Whether the proposal's referent is the gold speaker's. */
function rightReferent(c, g, entity, mention) {
  return sameSpeaker(g, entity.name, c.aliases, mention, c.mentionLevel)
}

/** Reads an article with the gold as oracle: its spans, each with the gold quote it is (or -1) and its proposals. */
function collect(c) {
  const used = new Set()
  let current = -1
  const oracle = {
    spans: [],
    gold: [],
    isQuotation(text) {
      current = goldQuoteOf(c.gold, text, used)
      oracle.gold.push(current)
      if (current >= 0) used.add(current)
      return current >= 0
    },
    rightProposal(_text, proposals) {
      const g = c.gold.quotes[current]
      return proposals.findIndex((p) => rightReferent(c, g, p.entity, p.mention))
    }
  }
  extract(c.markdown, {oracle})
  return oracle.spans.map((span, k) => {
    const g = oracle.gold[k] >= 0 ? c.gold.quotes[oracle.gold[k]] : null
    return {case: c, text: span.text, features: span.features, gold: g, proposals: span.proposals.map((p) => ({features: p.features, right: g ? rightReferent(c, g, p.entity, p.mention) : false}))}
  })
}

console.log(`train: reading ${cases.length} articles of ${sets.join(', ')} (weights ${sets.map((s) => setWeight[s].toFixed(2)).join(', ')})`)
const spans = cases.flatMap((c) => collect(c).map((s) => ({...s, fold: foldOf(c.name, folds)})))

const speakerExamples = (list) => list.filter((s) => s.gold).flatMap((s) => s.proposals.map((p) => ({x: p.features, y: p.right ? 1 : 0, w: setWeight[s.case.set]})))
const sigmoid = (z) => 1 / (1 + Math.exp(-z))
const score = (m, x) => {
  let z = m.bias
  for (const [name, value] of Object.entries(x)) z += (m.weights[name] ?? 0) * value
  return sigmoid(z)
}
/** The span's features for the quotation model, with the best proposal under speaker model `m`. */
function spanFeatures(s, m) {
  let best = -1
  let top = 0
  s.proposals.forEach((p, k) => {
    const v = score(m, p.features)
    if (best < 0 || v > top) [best, top] = [k, v]
  })
  const f = {...s.features}
  for (const name of Object.keys(f)) if (name.startsWith('best')) delete f[name]
  if (best >= 0) {
    const pattern = Object.keys(s.proposals[best].features).find((n) => n.startsWith('p:') && !n.includes('|')).slice(2)
    f[`best:${pattern}`] = 1
    f.bestScore = top
  } else f['best:none'] = 1
  return f
}
const quoteExamples = (list, m) => list.map((s) => ({x: spanFeatures(s, m), y: s.gold ? 1 : 0, w: setWeight[s.case.set]}))

/** Fits both models on `train` spans; the quotation model sees best scores from a speaker model fitted without each span's fold. */
const ranker = args.includes('--binary') ? (list) => fit(speakerExamples(list), {l2}) : (list) => fitRanker(speakerGroups(list), {l2})
const speakerGroups = (list) => list.filter((s) => s.gold).map((s) => ({candidates: s.proposals.map((p) => ({x: p.features})), right: s.proposals.flatMap((p, k) => (p.right ? [k] : [])), w: setWeight[s.case.set]}))
function fitModels(train) {
  const speaker = ranker(train)
  const inner = [...new Set(train.map((s) => s.fold))]
  const quoteRows = inner.flatMap((f) => quoteExamples(train.filter((s) => s.fold === f), ranker(train.filter((s) => s.fold !== f))))
  const quote = fit(quoteRows, {l2})
  return {speaker, quote}
}

// Cross-validation: each fold read by the pipeline with weights fitted on the others.
const rows = []
for (let f = 0; f < folds; f++) {
  const {speaker, quote} = fitModels(spans.filter((s) => s.fold !== f))
  const model = {speaker: {...speaker, calibration: []}, confidence: {bias: 0, weights: {}, calibration: []}, quote: {...quote, calibration: [], threshold: 0.5, namingThreshold}, commit: 0, box: 0}
  for (const c of cases.filter((x) => foldOf(x.name, folds) === f)) rows.push(...scoreArticle(c, model))
}

/** The pipeline's quotations for an article, matched against its gold the way score.mjs matches them. */
function scoreArticle(c, model) {
  const {facts, explanations} = extract(c.markdown, {model, minConfidence: 0, explain: true})
  const used = new Set()
  const out = facts.quotes.map((q, n) => {
    const k = goldQuoteOf(c.gold, q.text, used)
    if (k >= 0) used.add(k)
    const g = k >= 0 ? c.gold.quotes[k] : null
    const e = explanations[n]
    const winner = e.winner >= 0 ? e.proposals[e.winner] : null
    const referent = g && winner ? sameSpeaker(g, winner.name, c.aliases, winner.mention, c.mentionLevel) : false
    const anyRight = g ? e.proposals.some((p) => sameSpeaker(g, p.name, c.aliases, p.mention, c.mentionLevel)) : false
    const right = g ? sameSpeaker(g, q.speaker, c.aliases, q.mention, c.mentionLevel) : false
    if (verbose && g && !right) {
      const good = e.proposals.find((p) => sameSpeaker(g, p.name, c.aliases, p.mention, c.mentionLevel))
      const show = (p) => `${p.pattern}:${p.name}|${p.mention}@${p.score}`
      console.log(`${c.set}/${c.name}: ${referent ? 'REF' : anyRight ? 'RANK' : winner ? 'NONE' : 'EMPTY'} gold=${JSON.stringify(g.speaker)} got=${JSON.stringify(q.speaker)} winner=${winner ? show(winner) : '-'}${!referent && good ? ' right=' + show(good) : ''} «${q.text.slice(0, 50)}»`)
    }
    const mkind = winner ? Object.keys(winner.features).find((n) => /^m:(name|pronoun|description|none)$/.test(n)) : null
    return {set: c.set, article: c.name, fold: foldOf(c.name, folds), certainty: e.certainty, gold: g?.speaker, mkind, pattern: winner?.pattern, found: g !== null, confidence: q.confidence, speaker: q.speaker, right, referent, anyRight, named: q.speaker !== null, nameRight: g && q.speaker ? boxRight(c, g, q.speaker) : null}
  })
  out.push(...c.gold.quotes.filter((_, k) => !used.has(k)).map(() => ({set: c.set, missed: true})))
  return out
}

/** Whether a shown name is right as boxscore.mjs judges it: null when mention-level gold cannot tell. */
function boxRight(c, g, who) {
  if (sameSpeaker(g, who, c.aliases)) return true
  if (!c.mentionLevel) return false
  if (nameInSpan(g.speaker, who)) return true
  return namesSomeone(g.speaker) ? false : null
}

function report(list, label) {
  const found = list.filter((r) => r.found)
  const given = list.filter((r) => !r.missed)
  const gold = list.filter((r) => r.found || r.missed)
  const f1 = (2 * found.length) / (gold.length + given.length || 1)
  const speaker = found.filter((r) => r.right).length / (found.length || 1)
  const share = (p) => (found.filter(p).length / (found.length || 1)).toFixed(3)
  console.log(`  ${label.padEnd(20)} quote F1 ${f1.toFixed(3)} · speaker accuracy ${speaker.toFixed(3)} (${found.length} found of ${gold.length}, ${given.length} given) · referent right ${share((r) => r.referent)} · some proposal right ${share((r) => r.anyRight)}`)
}
console.log(`cross-validated (${folds} folds, read by the pipeline):`)
for (const set of sets) report(rows.filter((r) => r.set === set), set)

// The confidence: how likely the name shown is right, learned from the held-out rows where that can be checked (a
// name the gold confirms or refutes), fitted and calibrated by folds again so that its figures are held out too.
const checkable = rows.filter((r) => r.found && r.named && r.nameRight !== null)
const confidenceExamples = (list) => list.map((r) => ({x: r.certainty, y: r.nameRight ? 1 : 0, w: setWeight[r.set]}))
for (let f = 0; f < folds; f++) {
  const m = fit(confidenceExamples(checkable.filter((r) => r.fold !== f)), {l2})
  for (const r of checkable.filter((r) => r.fold === f)) r.raw = score(m, r.certainty)
}
const calibration = isotonic(checkable.map((r) => [r.raw, r.nameRight ? 1 : 0]))
for (const r of checkable) r.calibrated = calibrate(calibration, r.raw)
{
  const m = fit(confidenceExamples(checkable), {l2})
  for (const r of rows) if (r.named && r.calibrated === undefined && r.certainty) r.calibrated = calibrate(calibration, score(m, r.certainty))
}
console.log('reliability of the confidence on held-out folds (named quotations the gold can check):')
for (const c of [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]) {
  const above = checkable.filter((r) => r.calibrated >= c)
  console.log(`  ≥ ${c.toFixed(2)}: right ${(above.filter((r) => r.nameRight).length / (above.length || 1)).toFixed(3)} of ${above.length}; by set ${sets.map((set) => { const x = above.filter((r) => r.set === set); return (x.filter((r) => r.nameRight).length / (x.length || 1)).toFixed(3) + '/' + x.length }).join(' ')}`)
}
// The box's threshold: the lowest confidence at which the named quotations are right 97.5 % of the time.
function thresholdOf(list) {
  const ranked = list.slice().sort((a, b) => b.calibrated - a.calibrated)
  let t = 1
  for (let k = 0, right = 0; k < ranked.length; k++) {
    if (ranked[k].nameRight) right++
    if (right / (k + 1) >= boxPrecision && (k + 1 === ranked.length || ranked[k + 1].calibrated < ranked[k].calibrated)) t = ranked[k].calibrated
  }
  return t
}
const box = thresholdOf(checkable)
// Per language, where its held-out rows are enough to tell (at least 150 checkable named quotations); the pooled one
// otherwise. The confidence is calibrated over all languages, so one language's 0.9 may be right more often than
// another's: the box asks each for the same precision.
const languageOf = {'wikinews-de-train': 'de', 'polnear-en-train': 'en', 'fr-news-train': 'fr'}
const boxBy = {}
for (const lang of ['de', 'en', 'fr']) {
  const list = checkable.filter((r) => languageOf[r.set] === lang)
  boxBy[lang] = Number((list.length >= 150 ? thresholdOf(list) : box).toFixed(3))
  const shown = list.filter((r) => r.calibrated >= boxBy[lang])
  console.log(`box threshold for ${lang}: ${boxBy[lang]} (${list.length >= 150 ? 'its own' : 'pooled'}; ${shown.filter((r) => r.nameRight).length}/${shown.length} right of ${list.length})`)
}
if (verbose) for (const r of checkable.filter((r) => !r.nameRight && r.calibrated >= 0.9)) console.log(`  WRONG ${r.set} ${r.article} ${JSON.stringify(r.speaker)} for ${JSON.stringify(r.gold)} via ${r.pattern} @${r.calibrated.toFixed(2)}`)
// The box: per article, at most three named quotations, the surest first, at or above a threshold.
function simulateBox(t, perArticle = 3) {
  const byArticle = new Map()
  for (const r of rows.filter((r) => !r.missed && r.named && r.calibrated === undefined ? false : !r.missed && r.named)) byArticle.set(r.article, [...(byArticle.get(r.article) ?? []), r])
  let right = 0, wrong = 0, voiced = 0
  for (const [, list] of byArticle) {
    const shown = list.filter((r) => (r.calibrated ?? 0) >= t).sort((a, b) => b.calibrated - a.calibrated).slice(0, perArticle)
    if (shown.length) voiced++
    for (const r of shown) if (r.nameRight === true) right++; else if (r.nameRight === false) { wrong++; if (verbose && t === 0.95) console.log(`  BOX WRONG ${r.set} ${r.article} ${JSON.stringify(r.speaker)} for ${JSON.stringify(r.gold)} via ${r.pattern} @${r.calibrated.toFixed(3)}`) }
  }
  const withVoices = new Set(cases.filter((c) => c.gold.quotes.some((q) => q.speaker != null)).map((c) => c.name)).size
  return {precision: right / (right + wrong || 1), right, wrong, voiced, withVoices}
}
for (const t of [0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97]) {
  const b = simulateBox(t)
  console.log(`  box at ${t}: precision ${b.precision.toFixed(3)} (${b.right}/${b.right + b.wrong}), articles with a named voice ${b.voiced}/${b.withVoices}`)
}
const boxed = checkable.filter((r) => r.calibrated >= box)
console.log(`box threshold ${box.toFixed(3)}: ${boxed.filter((r) => r.nameRight).length}/${boxed.length} named quotations right; ${checkable.length - boxed.length} of ${checkable.length} left unnamed`)
const {speaker, quote} = fitModels(spans)
const confidence = {...fit(confidenceExamples(checkable), {l2}), calibration}
const model = {speaker: {...speaker, calibration: []}, confidence, quote: {...quote, calibration: [], threshold: 0.5, namingThreshold}, commit: 0, box: Number(box.toFixed(3)), boxBy}
if (dry) process.exit(0)
const file = fileURLToPath(new URL('../src/attribution/model.ts', import.meta.url))
const header = `/**
 * The attribution model: weights the training sets taught (\`npm run train\` rebuilds this file from
 * ../shared/eval; do not edit by hand). \`speaker\` scores a proposal, \`quote\` whether a quoted span is a quotation;
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
  quote: LinearModel & {threshold: number; namingThreshold: number}
  /** Lowest confidence at which a speaker is remembered as having spoken (for the quotations after). */
  commit: number
  /** Lowest confidence at which the box names a speaker: chosen on the training data for its precision. */
  box: number
  /** The same, per language, where its training data was enough to choose one. */
  boxBy: Readonly<Record<string, number>>
}

`
writeFileSync(file, `${header}export const model: AttributionModel = ${JSON.stringify(model, null, 1)}\n`)
console.log(`train: wrote ${file}`)
