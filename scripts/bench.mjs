#!/usr/bin/env node
// Benchmark (npm run bench [-- --quick]). Reports ratios and rates measured in this run, on this
// machine, not absolute budgets:
//   (a) the fixture through remark-parse → remark-factbox → remark-rehype → rehype-stringify against
//       the same pipeline without the plugin, interleaved run by run after a warm-up;
//   (b) extraction alone: articles per second, and ms per kB at 1×, 10× and 100× the article;
//       the date layer alone;
//   (c) ms per kB of hostile shapes from 10 kB to 1 MB: flat means linear; the box's hostile shapes
//       through the whole pipeline at 50 and 200 kB, against the bare pipeline;
//   (d) the CLI over 1,000 and 10,000 articles on all cores, with (e) its peak memory;
//   (f) examples/astro built with 300 articles (the Wikinews DE dev set twice) with and without the
//       plugin, interleaved (needs ../shared and `npm ci` in examples/astro; skipped with a notice).
import {spawn, spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import remarkFactbox, {extractFacts} from '../dist/index.js'

const quick = process.argv.includes('--quick')
const root = fileURLToPath(new URL('../', import.meta.url))
const bin = join(root, 'dist/cli/bin.js')
const article = readFileSync(join(root, 'fixtures/putin-kim.md'), 'utf8')
const body = article.replace(/^---[\s\S]*?---\n/u, '').trim()

const now = () => process.hrtime.bigint()
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6
const median = (xs) => {
  const sorted = xs.slice().sort((x, y) => x - y)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const kB = (text) => Buffer.byteLength(text) / 1024
const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')
/** A compact table: the first column left, the others right. */
function table(head, rows) {
  const all = [head, ...rows].map((row) => row.map(String))
  const widths = head.map((_, column) => Math.max(...all.map((row) => row[column].length)))
  for (const row of all) console.log('  ' + row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('   '))
}

// The load average says whether other work shared the machine (then the rates are low and noisy).
console.log(`remark-factbox bench: node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()[0].toFixed(1)}${quick ? ', --quick' : ''}`)

// -- (a) plugin pipeline against the bare pipeline ----------------------------------------------
// Two more pipelines show where the time goes: one that only inserts the box already built for this
// article (what remark-rehype and rehype-stringify spend on the box itself), and one that builds the
// box from facts already extracted (that plus the box's hast). The plugin costs what these cost plus
// the extraction.
{
  const {factboxNode} = await import('../dist/plugin.js')
  const {resolveOptions} = await import('../dist/options.js')
  const facts = extractFacts(article)
  const settings = resolveOptions({})
  const built = factboxNode(facts, settings)
  const insert = (node) => (tree) => {
    const lead = tree.children.findIndex((child) => child.type === 'paragraph')
    tree.children.splice(lead + 1, 0, node)
  }
  // A fresh copy of the box for each run, made before the timing, as remark-rehype may change what it is given.
  const copies = []
  const prebuilt = () => (tree) => insert(copies.pop() ?? structuredClone(built))(tree)
  const render = () => (tree) => insert(factboxNode(facts, settings))(tree)
  const pipeline = (plugin) => {
    const processor = unified().use(remarkParse).use(remarkFrontmatter)
    if (plugin) processor.use(plugin)
    return processor.use(remarkRehype).use(rehypeStringify).freeze()
  }
  const pipelines = [
    ['remark-parse → remark-rehype → rehype-stringify', pipeline(null)],
    ['the same with remark-factbox', pipeline(remarkFactbox)],
    ['  floor: only inserting the box built beforehand', pipeline(prebuilt)],
    ['  floor: building the box from facts found beforehand', pipeline(render)]
  ]
  const iterations = Number(process.env.BENCH_ROUNDS ?? (quick ? 60 : 400))
  const warmup = quick ? 10 : 40
  for (let i = 0; i < warmup + iterations; i++) copies.push(structuredClone(built))
  for (let i = 0; i < warmup; i++) for (const [, processor] of pipelines) processor.processSync(article)
  const times = pipelines.map(() => [])
  // Rotate which goes first, so that none always runs on another's garbage.
  for (let i = 0; i < iterations; i++) {
    for (let k = 0; k < pipelines.length; k++) {
      const index = (i + k) % pipelines.length
      const start = now()
      pipelines[index][1].processSync(article)
      times[index].push(ms(start))
    }
  }
  const bare = median(times[0])
  console.log(`\n(a) fixture (${kB(article).toFixed(1)} kB) through the pipeline, ${iterations} interleaved runs each`)
  table(
    ['pipeline', 'median ms', 'vs bare'],
    pipelines.map(([name], index) => [name, fixed(median(times[index]), 3), index === 0 ? '' : fixed(median(times[index]) / bare, 2) + '×'])
  )
  console.log(`  ratio (plugin vs bare): ${fixed(median(times[1]) / bare, 2)}×`)
}

// -- (b) extraction alone -------------------------------------------------------------------------
{
  console.log('\n(b) extraction alone (extractFacts)')
  const rows = []
  for (const times of [1, 10, 100]) {
    const text = article + ('\n\n' + body).repeat(times - 1)
    const runs = quick ? (times === 100 ? 1 : 5) : times === 100 ? 3 : times === 10 ? 10 : 50
    extractFacts(text)
    const samples = []
    for (let i = 0; i < runs; i++) {
      const start = now()
      extractFacts(text)
      samples.push(ms(start))
    }
    const m = median(samples)
    rows.push([`fixture ${times}×`, `${kB(text).toFixed(0)} kB`, fixed(m, 2), fixed((1000 / m) * times, 1), fixed(m / kB(text), 3)])
  }
  table(['input', 'size', 'ms', 'articles/s', 'ms per kB'], rows)

  // The date layer alone on a 5 kB article (the budget in the dates issue is 0.3 ms).
  const {findTemporalExpressions} = await import('../dist/dates/index.js')
  const text = body.slice(0, 5000)
  for (let i = 0; i < 200; i++) findTemporalExpressions(text, {publicationDate: '2024-06-19', lang: 'de'})
  const runs = quick ? 200 : 2000
  const start = now()
  for (let i = 0; i < runs; i++) findTemporalExpressions(text, {publicationDate: '2024-06-19', lang: 'de'})
  console.log(`  dates alone: ${(ms(start) / runs).toFixed(3)} ms per 5 kB article`)
}

// -- (c) hostile shapes ---------------------------------------------------------------------------
{
  const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
  const nested = (size) => {
    const pairs = [['„', '“'], ['»', '«'], ['‚', '‘'], ['›', '‹']]
    let open = ''
    let close = ''
    for (let level = 0; open.length + close.length < size; level++) {
      const [o, c] = pairs[level % pairs.length]
      open += `${o}Stufe${level} `
      close = `${c} ` + close
    }
    return (open + close).slice(0, size)
  }
  const paragraph = body.replace(/\s*\n\s*/gu, ' ') + ' '
  const quoted = '„Wir sind zu allem bereit“, sagte Putin am Mittwoch. Die Regierung sagte, die Lage sei ernst. '
  const shapes = [
    ['„ alone', (size) => '„'.repeat(size)],
    ['alternating marks', (size) => fill('„“»«"\'‚‘›‹«»“”', size)],
    ['nested quotations', nested],
    ['one paragraph of prose', (size) => fill(paragraph, size)],
    ['one paragraph, a quote a sentence', (size) => fill(quoted, size)],
    ['many paragraphs', (size) => fill(body + '\n\n', size)]
  ]
  const sizes = [10_000, 100_000, 1_000_000]
  console.log('\n(c) hostile shapes, extractFacts, ms per kB (flat across a row = linear)')
  const rows = []
  for (const [name, make] of shapes) {
    const row = [name]
    for (const size of sizes) {
      const text = make(size)
      const runs = size >= 1_000_000 ? 1 : quick ? 2 : size >= 100_000 ? 3 : 10
      if (size < 1_000_000) extractFacts(text)
      const samples = []
      for (let i = 0; i < runs; i++) {
        const start = now()
        extractFacts(text)
        samples.push(ms(start))
      }
      row.push(fixed(median(samples) / kB(text), 3))
    }
    rows.push(row)
  }
  table(['shape', '10 kB', '100 kB', '1 MB'], rows)

  // The shapes that made building the box quadratic (issue 13), through the whole pipeline, against
  // the bare pipeline on the same text: 200 kB should cost about 4× what 50 kB costs.
  const front = '---\ndate: 2024-06-19\n---\n\n'
  const months = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
  const distinct = (size, separator) => {
    let text = 'Es geschah '
    for (let i = 0; text.length < size; i++) text += `am ${1 + (i % 28)}. ${months[Math.floor(i / 28) % 12]} ${1900 + Math.floor(i / 336)}${separator}`
    return front + text + 'danach.'
  }
  const boxShapes = [
    ["dated sentence, run of '-'", (size) => `${front}Am 4. März 2024 kam es zu ${'-'.repeat(size)}x Problemen.`],
    ["dated sentence, run of ','", (size) => `${front}Am 4. März 2024 kam es zu ${','.repeat(size)}x Problemen.`],
    ["dated sentence, run of ';'", (size) => `${front}Am 4. März 2024 kam es zu ${';'.repeat(size)}x Problemen.`],
    ['1. 2. 3. 12.03.2024 …', (size) => front + fill('1. 2. 3. 12.03.2024 ', size)],
    ['distinct dates, one sentence', (size) => distinct(size, ', ')],
    ['distinct dates, no commas', (size) => distinct(size, ' ')],
    ['dates and quotations', (size) => front + fill('„Wir kommen am 3. Mai 2024 wieder“, sagte er am 1. Mai 2024. ', size)],
    ['fixture repeated', (size) => front + fill(body + '\n\n', size)],
    ['<aside class="factbox factbox …', (size) => `${front}„Wir kommen wieder“, sagte Anna Berg am 4. März 2024.\n\n<aside class="${fill('factbox ', size)}`]
  ]
  const pipeline = (plugin) => {
    const processor = unified().use(remarkParse).use(remarkFrontmatter)
    if (plugin) processor.use(plugin)
    return processor.use(remarkRehype).use(rehypeStringify).freeze()
  }
  const bare = pipeline(null)
  const full = pipeline(remarkFactbox)
  const timed = (processor, text, runs) => {
    const samples = []
    for (let i = 0; i < runs; i++) {
      const start = now()
      processor.processSync(text)
      samples.push(ms(start))
    }
    return median(samples)
  }
  console.log('\n    the box\'s hostile shapes through the whole pipeline, ms (× the bare pipeline on the same text)')
  const boxRows = []
  for (const [name, make] of boxShapes) {
    const row = [name]
    const costs = []
    for (const size of [50_000, 200_000]) {
      const text = make(size)
      const runs = quick ? 2 : 5
      bare.processSync(text)
      full.processSync(text)
      const plain = timed(bare, text, runs)
      const cost = timed(full, text, runs)
      costs.push(cost)
      row.push(`${fixed(cost, 0)} (${fixed(cost / plain, 1)}×)`)
    }
    row.push(fixed(costs[1] / costs[0], 2) + '×')
    boxRows.push(row)
  }
  table(['shape', '50 kB', '200 kB', '200/50'], boxRows)
}

// -- (d) the CLI on many articles, (e) its peak memory ---------------------------------------------
{
  const shared = join(root, '../shared/eval/wikinews-de-dev')
  let sources
  let origin
  if (existsSync(shared)) {
    sources = readdirSync(shared)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => readFileSync(join(shared, name), 'utf8'))
    origin = `the ${sources.length} Wikinews DE dev articles`
  } else {
    console.log('\n(../shared is absent: the CLI runs on the fixture repeated instead of the Wikinews articles)')
    sources = [article]
    origin = 'the fixture'
  }
  const jobs = Math.max(1, availableParallelism())
  const help = spawnSync(process.execPath, [bin, 'build', '--help'], {encoding: 'utf8'})
  const hasBuild = help.status === 0
  const time = ['/usr/bin/time', '/bin/time'].find((path) => existsSync(path))
  const counts = quick ? [1000] : [1000, 10_000]
  const work = mkdtempSync(join(tmpdir(), 'factbox-bench-'))
  console.log(
    `\n(d) the CLI over ${origin}, repeated: ${hasBuild ? `factbox build <dir> --json --jobs ${jobs} > /dev/null` : `factbox --json <files…> in chunks, ${jobs} at a time (no build command)`}; (e) peak RSS`
  )
  try {
    const rows = []
    for (const count of counts) {
      const dir = join(work, String(count))
      mkdirSync(dir)
      let bytes = 0
      for (let i = 0; i < count; i++) {
        const text = sources[i % sources.length]
        bytes += Buffer.byteLength(text)
        writeFileSync(join(dir, `${String(i).padStart(5, '0')}.md`), text)
      }
      const {seconds, rss, code} = hasBuild
        ? await measure([bin, 'build', dir, '--json', '--jobs', String(jobs)], time, work)
        : await chunked(dir, jobs, time, work)
      rows.push([count.toLocaleString('en'), `${(bytes / 1024 / 1024).toFixed(1)} MB`, fixed(seconds, 2), fixed(count / seconds, 0), rss === null ? 'n/a' : `${(rss / 1024).toFixed(0)} MB`, code === 0 ? 'ok' : `exit ${code}`])
    }
    table(['articles', 'input', 'seconds', 'articles/s', 'peak RSS', ''], rows)
  } finally {
    rmSync(work, {recursive: true, force: true})
  }
}

// -- (f) an Astro site of 300 articles, with and without the plugin -------------------------------
{
  const example = join(root, 'examples/astro')
  const shared = join(root, '../shared/eval/wikinews-de-dev')
  const astro = join(example, 'node_modules/astro/astro.js')
  if (!existsSync(shared)) console.log('\n(f) Astro: skipped, ../shared (the Wikinews DE dev set) is not here')
  else if (!existsSync(astro)) console.log('\n(f) Astro: skipped, examples/astro has no node_modules (cd examples/astro && npm ci)')
  else await astroRow(example, shared, astro)
}

/** Runs `node …args` with stdout to /dev/null; wall time and peak resident set (kB) if measurable. */
async function measure(args, time, work) {
  const report = join(work, `rss-${process.hrtime.bigint()}`)
  const [command, argv] = time ? [time, ['-f', '%M', '-o', report, process.execPath, ...args]] : [process.execPath, args]
  const start = now()
  const child = spawn(command, argv, {stdio: ['ignore', 'ignore', 'pipe']})
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  // Without time(1): poll the high-water mark while the process lives (a lower bound of the peak).
  let polled = null
  const poll = time
    ? null
    : setInterval(() => {
        try {
          const match = /VmHWM:\s+(\d+)/u.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
          if (match) polled = Math.max(polled ?? 0, Number(match[1]))
        } catch {}
      }, 20)
  const code = await new Promise((resolve) => child.on('close', resolve))
  const seconds = ms(start) / 1000
  if (poll) clearInterval(poll)
  if (code !== 0) process.stderr.write(stderr.slice(0, 2000))
  let rss = polled
  if (time && existsSync(report)) rss = Number(readFileSync(report, 'utf8').trim().split('\n').pop()) || null
  return {seconds, rss, code}
}

/** Fallback without `factbox build`: `factbox --json` over chunks of files, `jobs` processes at a time. */
async function chunked(dir, jobs, time, work) {
  const files = readdirSync(dir).map((name) => join(dir, name))
  const chunks = []
  for (let i = 0; i < files.length; i += 500) chunks.push(files.slice(i, i + 500))
  const start = now()
  let rss = null
  let code = 0
  const next = async () => {
    while (chunks.length > 0) {
      const result = await measure([bin, '--json', ...chunks.shift()], time, work)
      if (result.rss !== null) rss = Math.max(rss ?? 0, result.rss)
      if (result.code !== 0) code = result.code
    }
  }
  await Promise.all(Array.from({length: jobs}, next))
  return {seconds: ms(start) / 1000, rss, code}
}

/**
 * (f): a copy of examples/astro (its node_modules linked) whose articles are the dev set twice, built by `astro build`
 * with the plugin and with an empty remark plugin list, in turns, after one warm-up build of each.
 */
async function astroRow(example, shared, astro) {
  const work = mkdtempSync(join(tmpdir(), 'factbox-astro-'))
  try {
    for (const name of ['package.json', 'tsconfig.json']) writeFileSync(join(work, name), readFileSync(join(example, name)))
    cpSync(join(example, 'src'), join(work, 'src'), {recursive: true})
    symlinkSync(join(example, 'node_modules'), join(work, 'node_modules'), 'dir')
    const articles = join(work, 'src/content/articles')
    rmSync(articles, {recursive: true, force: true})
    mkdirSync(articles)
    const names = readdirSync(shared).filter((name) => name.endsWith('.md')).sort()
    for (const copy of ['a', 'b']) for (const name of names) writeFileSync(join(articles, `${copy}-${name}`), readFileSync(join(shared, name)))
    const configs = {
      bare: "import {defineConfig} from 'astro/config'\nexport default defineConfig({outDir: './out-bare', cacheDir: './cache', markdown: {remarkPlugins: []}})\n",
      plugin: "import {defineConfig} from 'astro/config'\nimport remarkFactbox from 'remark-factbox'\nexport default defineConfig({outDir: './out-plugin', cacheDir: './cache', markdown: {remarkPlugins: [[remarkFactbox, {maxQuotes: 3}]]}})\n"
    }
    for (const [name, text] of Object.entries(configs)) writeFileSync(join(work, `astro.${name}.mjs`), text)
    const rounds = quick ? 1 : 3
    console.log(`\n(f) examples/astro with ${names.length * 2} articles (the Wikinews DE dev set twice), astro build, ${rounds} interleaved round${rounds === 1 ? '' : 's'} after a warm-up`)
    const times = {bare: [], plugin: []}
    for (let round = 0; round <= rounds; round++) {
      for (const name of ['bare', 'plugin']) {
        // Astro keeps rendered Markdown in its cache (and in .astro) between builds: every build starts without it.
        for (const folder of ['cache', '.astro', `out-${name}`]) rmSync(join(work, folder), {recursive: true, force: true})
        const start = now()
        const result = spawnSync(process.execPath, [astro, 'build', '--force', '--config', `astro.${name}.mjs`], {cwd: work, encoding: 'utf8', env: {...process.env, ASTRO_TELEMETRY_DISABLED: '1'}, maxBuffer: 64 * 1024 * 1024})
        const seconds = ms(start) / 1000
        if (result.status !== 0) {
          console.log(`  astro build (${name}) failed: ${(result.stderr || result.stdout).split('\n').slice(-5).join(' ')}`)
          return
        }
        // The site must hold the box in the plugin's build only.
        const page = readFileSync(join(work, `out-${name}`, `a-${names[0].replace(/\.md$/u, '')}`, 'index.html'), 'utf8')
        if (page.includes('class="factbox') !== (name === 'plugin')) console.log(`  (the ${name} build ${name === 'plugin' ? 'has no' : 'has a'} box)`)
        if (round > 0) times[name].push(seconds)
      }
    }
    const bare = median(times.bare)
    const plugin = median(times.plugin)
    table(['astro build', 'seconds (median)', 'pages/s'], [['without the plugin', fixed(bare, 2), fixed((names.length * 2) / bare, 0)], ['with remark-factbox', fixed(plugin, 2), fixed((names.length * 2) / plugin, 0)]])
    console.log(`  ratio (plugin vs bare): ${fixed(plugin / bare, 2)}×`)
  } finally {
    rmSync(work, {recursive: true, force: true})
  }
}
