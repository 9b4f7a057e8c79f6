#!/usr/bin/env node
// How much room the box takes, and how readable its timeline is, over article sets (not shipped).
//
// Runs the built plugin in a user's pipeline (remark-parse, remark-frontmatter, the plugin,
// remark-rehype), as ../shared/tools/boxscore.mjs does, and measures on the hast:
//   ratio    the box's text length / the article's text length (everything outside the box), with
//            white space collapsed; the median and the 90th percentile over the articles that get a box
//            (text inside a closed <details> is counted too, and shown apart as "hidden");
//   rows     timeline rows; "repeated day": a row whose day (YYYY-MM-DD of its first <time>) an
//            earlier row of the same box already has; "short": an event text of fewer than 5 words.
//
//   npm run build && node scripts/boxsize.mjs [--verbose] [--check] [--options JSON] [DIR...]
//
// Without DIR: ../shared/eval/wikinews-de-dev and ../shared/eval/wikinews-de-train. Skips with a
// one-line notice when ../shared is not there. --check exits 1 unless the median ≤ 0.15, the 90th
// percentile ≤ 0.30, no row repeats a day and fewer than 2 % of rows are short.
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const shared = path.join(root, '../shared/')
const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const check = args.includes('--check')
const at = args.indexOf('--options')
// Plugin options, e.g. '{"maxShare": 1}' for the whole box.
const options = at === -1 ? {} : JSON.parse(args.splice(at, 2)[1])
let dirs = args.filter((arg) => !arg.startsWith('--'))
if (dirs.length === 0) {
  if (!existsSync(path.join(shared, 'eval'))) {
    console.log('boxsize: skipped, ../shared (the development sets) is not here')
    process.exit(0)
  }
  dirs = ['wikinews-de-dev', 'wikinews-de-train'].map((name) => path.join(shared, 'eval', name))
}

const {default: remarkFactbox} = await import(path.join(root, 'dist/index.js'))
const {unified} = await import('unified')
const {default: remarkParse} = await import('remark-parse')
const {default: remarkFrontmatter} = await import('remark-frontmatter')
const {default: remarkRehype} = await import('remark-rehype')
const pipeline = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkFactbox, options).use(remarkRehype)

const classes = (node) => [].concat(node.properties?.className ?? [])
const hasClass = (node, suffix) => classes(node).some((name) => name.endsWith(suffix))
/** Text of a node, white space collapsed later. */
const textOf = (node) => (node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join(''))
const squeeze = (value) => value.replace(/\s+/gu, ' ').trim()
function* walk(node) {
  yield node
  for (const child of node.children ?? []) yield* walk(child)
}
/** Text of a node, without the box (replaced by nothing). */
const textWithout = (node, box) => (node === box ? '' : node.type === 'text' ? node.value : (node.children ?? []).map((child) => textWithout(child, box)).join(' '))
/** Text a reader sees without opening anything: a closed <details> shows its <summary> only. */
const visibleText = (node) => {
  if (node.type === 'text') return node.value
  if (node.tagName === 'details' && !node.properties?.open) {
    const summary = (node.children ?? []).find((child) => child.tagName === 'summary')
    return summary ? textOf(summary) : ''
  }
  return (node.children ?? []).map(visibleText).join('')
}

const ratios = []
const visibleRatios = []
let articles = 0
let rows = 0
let repeated = 0
let short = 0
const lines = []

for (const dir of dirs) {
  // The articles: Markdown files with gold beside them (a set's README.md is none), or every one where no file has gold.
  const files = readdirSync(dir)
  const gold = new Set(files.filter((name) => name.endsWith('.gold.json')).map((name) => name.slice(0, -'.gold.json'.length)))
  const names = files.filter((name) => name.endsWith('.md') && (gold.size === 0 || gold.has(name.slice(0, -3)))).sort()
  for (const name of names) {
    const markdown = readFileSync(path.join(dir, name), 'utf8')
    articles++
    const tree = pipeline.runSync(pipeline.parse(markdown), markdown)
    const box = [...walk(tree)].find((node) => node.tagName === 'aside' && hasClass(node, 'factbox'))
    if (!box) continue
    const article = squeeze(textWithout(tree, box)).length
    if (article === 0) continue
    const whole = squeeze(textOf(box)).length
    ratios.push({ratio: whole / article, name: `${path.basename(dir)}/${name}`, whole, article})
    visibleRatios.push(squeeze(visibleText(box)).length / article)

    const days = new Set()
    for (const row of [...walk(box)].filter((node) => hasClass(node, '__event'))) {
      rows++
      const time = [...walk(row)].find((node) => node.tagName === 'time')
      const datetime = String(time?.properties?.dateTime ?? '')
      const day = /^\d{4}-\d{2}-\d{2}/u.exec(datetime)?.[0]
      const event = [...walk(row)].find((node) => hasClass(node, '__event-text'))
      const text = squeeze(event ? textOf(event) : '')
      if (day) {
        if (days.has(day)) {
          repeated++
          lines.push(`${path.basename(dir)}/${name}: repeated day ${day}: ${text}`)
        }
        days.add(day)
      }
      if (text.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word)).length < 5) {
        short++
        lines.push(`${path.basename(dir)}/${name}: short row ${datetime}: ${text}`)
      }
    }
  }
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
}
const median = quantile(ratios.map((item) => item.ratio), 0.5)
const p90 = quantile(ratios.map((item) => item.ratio), 0.9)
const visibleMedian = quantile(visibleRatios, 0.5)
const visibleP90 = quantile(visibleRatios, 0.9)
const shortShare = rows ? short / rows : 0

if (verbose) {
  const largest = [...ratios].sort((a, b) => b.ratio - a.ratio).slice(0, 10)
  for (const item of largest) console.log(`${item.name}: box ${item.whole} / article ${item.article} = ${item.ratio.toFixed(3)}`)
  for (const line of lines) console.log(line)
}
const hidden = visibleMedian === median && visibleP90 === p90 ? '' : ` (visible without opening a disclosure: ${visibleMedian.toFixed(3)} / ${visibleP90.toFixed(3)})`
console.log(
  `${articles} articles, ${ratios.length} boxes · box text / article text: median ${median.toFixed(3)}, p90 ${p90.toFixed(3)}${hidden} · timeline rows ${rows}: repeated day ${repeated}, under 5 words ${short} (${(100 * shortShare).toFixed(1)} %)`
)
if (check && !(median <= 0.15 && p90 <= 0.3 && repeated === 0 && shortShare < 0.02)) {
  console.log('boxsize: FAILS (median ≤ 0.15, p90 ≤ 0.30, no repeated day, < 2 % short rows)')
  process.exitCode = 1
}
