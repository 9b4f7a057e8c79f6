#!/usr/bin/env node
// Benchmark: the fixture through remark-parse → remark-factbox → remark-rehype → rehype-stringify
// against the same pipeline without the plugin, interleaved in one run; and extraction alone.
// Reports ratios and rates measured in this run, not absolute budgets.
import {readFileSync} from 'node:fs'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import remarkFactbox, {extractFacts} from '../dist/index.js'

const article = readFileSync(new URL('../fixtures/putin-kim.md', import.meta.url), 'utf8')
const bare = unified().use(remarkParse).use(remarkFrontmatter).use(remarkRehype).use(rehypeStringify).freeze()
const withPlugin = unified().use(remarkParse).use(remarkFrontmatter).use(remarkFactbox).use(remarkRehype).use(rehypeStringify).freeze()

const rounds = Number(process.env.BENCH_ROUNDS ?? 40)
const perRound = 10
function time(fn) {
  const start = process.hrtime.bigint()
  for (let i = 0; i < perRound; i++) fn()
  return Number(process.hrtime.bigint() - start) / 1e6 / perRound
}
// Warm up both, then interleave so that both see the same machine state.
for (let i = 0; i < 20; i++) {
  bare.processSync(article)
  withPlugin.processSync(article)
}
const a = []
const b = []
for (let r = 0; r < rounds; r++) {
  a.push(time(() => bare.processSync(article)))
  b.push(time(() => withPlugin.processSync(article)))
}
const median = (xs) => xs.slice().sort((x, y) => x - y)[Math.floor(xs.length / 2)]
console.log(`fixture (${(article.length / 1024).toFixed(1)} kB), ${rounds}×${perRound} interleaved runs`)
console.log(`  pipeline with plugin / bare pipeline: ${(median(b) / median(a)).toFixed(2)}× (median ms ${median(b).toFixed(3)} vs ${median(a).toFixed(3)})`)

for (const times of [1, 10, 100]) {
  const text = article + ('\n\n' + article.replace(/^---[\s\S]*?---\n/u, '')).repeat(times - 1)
  const runs = times === 100 ? 3 : 20
  extractFacts(text)
  const start = process.hrtime.bigint()
  for (let i = 0; i < runs; i++) extractFacts(text)
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs
  console.log(`  extractFacts at ${String(times).padStart(3)}× the article (${(text.length / 1024).toFixed(0)} kB): ${(1000 / ms).toFixed(1)} articles/s, ${(ms / (text.length / 1024)).toFixed(3)} ms per kB`)
}

// The date layer alone on a 5 kB article (the budget in the dates issue is 0.3 ms).
const {findTemporalExpressions} = await import('../dist/dates/index.js')
const body = article.replace(/^---[\s\S]*?---\n/u, '').slice(0, 5000)
for (let i = 0; i < 200; i++) findTemporalExpressions(body, {publicationDate: '2024-06-19', lang: 'de'})
const dateRuns = 2000
const dateStart = process.hrtime.bigint()
for (let i = 0; i < dateRuns; i++) findTemporalExpressions(body, {publicationDate: '2024-06-19', lang: 'de'})
console.log(`  dates alone: ${(Number(process.hrtime.bigint() - dateStart) / 1e6 / dateRuns).toFixed(3)} ms per 5 kB article`)
