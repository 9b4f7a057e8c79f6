#!/usr/bin/env node
// Time to build the box, on the fixture, interleaved so that the load of the machine hits all alike:
//   box        renderFactBox from facts found beforehand, alone (with the article's length, as the
//              plugin gives it, where the box takes a share of it);
//   pipeline   parse → remark-rehype → rehype-stringify without the plugin (bare), and the same
//              inserting the box built there from facts found beforehand (what the box costs a page:
//              its hast, remark-rehype and rehype-stringify on it), as `npm run bench`'s floor row.
// Reports medians, and the box's cost as a multiple of the bare pipeline.
//
//   npm run build && node scripts/boxtime.mjs [--runs N]
import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {toHtml} from 'hast-util-to-html'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {extractFacts} from '../dist/index.js'
import {renderFactBox} from '../dist/box/index.js'
import {factboxNode} from '../dist/plugin.js'
import {resolveOptions} from '../dist/options.js'

const at = process.argv.indexOf('--runs')
const runs = at === -1 ? 400 : Number(process.argv[at + 1])
const article = readFileSync(new URL('../fixtures/putin-kim.md', import.meta.url), 'utf8')
const facts = extractFacts(article)
const settings = resolveOptions({})
// The length of the article's text, as the plugin counts it (text and inline code), for the box's share of it.
let articleLength = 0
const count = (node) => {
  if (node.type === 'text' || node.type === 'inlineCode') articleLength += node.value.length
  for (const child of node.children ?? []) count(child)
}
count(unified().use(remarkParse).use(remarkFrontmatter).parse(article))
const pipeline = (plugin) => {
  const processor = unified().use(remarkParse).use(remarkFrontmatter)
  if (plugin) processor.use(plugin)
  return processor.use(remarkRehype).use(rehypeStringify).freeze()
}
const bare = pipeline(null)
const withBox = pipeline(() => (tree) => {
  const lead = tree.children.findIndex((child) => child.type === 'paragraph')
  tree.children.splice(lead + 1, 0, factboxNode(facts, settings, [], articleLength))
})

const time = (run) => {
  const start = performance.now()
  run()
  return performance.now() - start
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const tasks = [
  // Ten boxes per sample: one is near the timer's resolution.
  () => {
    for (let j = 0; j < 10; j++) renderFactBox(facts, {articleLength})
  },
  () => bare.processSync(article),
  () => withBox.processSync(article)
]
for (let i = 0; i < 50; i++) for (const task of tasks) task()
const times = tasks.map(() => [])
for (let i = 0; i < runs; i++) {
  for (let k = 0; k < tasks.length; k++) {
    const index = (i + k) % tasks.length
    times[index].push(time(tasks[index]))
  }
}
const box = median(times[0]) / 10
const plain = median(times[1])
const boxed = median(times[2])
const html = toHtml(renderFactBox(facts, {articleLength}))
console.log(
  `renderFactBox ${(box * 1000).toFixed(0)} µs (${(box / plain).toFixed(2)}× bare) · bare pipeline ${(plain * 1000).toFixed(0)} µs · with the box from facts ${(boxed * 1000).toFixed(0)} µs (${(boxed / plain).toFixed(2)}×, the box costs ${((boxed - plain) / plain).toFixed(2)}× bare) · box HTML ${html.length} characters · medians of ${runs}`
)
