/**
 * `factbox build <files, directories, globs>… --out <dir> | --json`: a page
 * per article, or the facts of each as JSON Lines.
 */
import {rmSync} from 'node:fs'
import {mkdir, mkdtemp, rename, rm} from 'node:fs/promises'
import {dirname, isAbsolute, join, relative, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {UsageError, asUsage, readShared, sharedOptions, sharedUsage} from './arguments.js'
import type {Task} from './article.js'
import {type Article, type InputProblem, expandInputs, takeShard} from './inputs.js'
import {runArticles} from './pool.js'
import {type Io, Terminal} from './terminal.js'

export const buildUsage = `Usage: factbox build [options] <file|directory|glob>... (--out <dir> | --json)

  Renders each article with its key-facts box, or prints its facts.

  A directory means every .md and .markdown file in it; quote globs
  ("articles/**/*.md") so that factbox expands them. node_modules is skipped.

Options:
  -o, --out <dir>      write one standalone HTML page per article: <dir>/<path>.html,
                       <path> relative to --base (pages are written only when every
                       input could be read, each by an atomic rename)
  --base <dir>         directory the page paths are relative to (default: the fixed
                       start of each glob, "articles" for "articles/**/*.md"; a
                       directory argument itself; a file's own directory)
  --json               one JSON line of facts per article, in sorted order, on stdout:
                       {file, lang, publicationDate, dateline, quotes, dates, people}
${sharedUsage}

Exit codes:
  0  every article was built
  1  an input could not be read (then no page is written) or a page could not be written
  2  usage error`

const options = {
  ...sharedOptions,
  out: {type: 'string', short: 'o'},
  base: {type: 'string'},
  json: {type: 'boolean'}
} as const

/** `a/b.md` → `a/b.html` */
function pageName(path: string): string {
  return path.replace(/\.[^./\\]*$/u, '') + '.html'
}

interface Targets {
  /** Page path of each article, in the list's order. */
  pages: string[]
  problems: InputProblem[]
}

/** Where each article's page goes, and the articles that cannot have one (outside the base, two on one page). */
function pageTargets(articles: readonly Article[], out: string, base: string | null): Targets {
  const pages: string[] = []
  const problems: InputProblem[] = []
  const owner = new Map<string, string>()
  for (const article of articles) {
    const from = base ?? article.base
    const path = relative(from, article.absolute)
    if (path === '' || path.startsWith('..') || isAbsolute(path)) {
      problems.push({file: article.path, reason: `is outside the base directory ${relative('.', from) || '.'} (see --base)`})
      pages.push('')
      continue
    }
    const page = join(out, pageName(path))
    const earlier = owner.get(page)
    if (earlier === undefined) owner.set(page, article.path)
    else problems.push({file: article.path, reason: `would be written to ${page} as well as ${earlier}`})
    pages.push(page)
  }
  return {pages, problems}
}

export async function build(argv: readonly string[], io: Io): Promise<number> {
  const {values, positionals} = asUsage(() => parseArgs({args: [...argv], allowPositionals: true, options}))
  if (values.help) {
    io.stdout(buildUsage + '\n')
    return 0
  }
  const shared = readShared(values)
  if (values.out === undefined && !values.json) throw new UsageError('build needs --out <dir>, --json or both')
  if (values.base !== undefined && values.out === undefined) throw new UsageError('--base goes with --out')
  if (positionals.length === 0) throw new UsageError('no input files')

  const cwd = io.cwd ?? process.cwd()
  const terminal = new Terminal(io)
  let failures = 0
  const fail = (file: string, reason: string) => {
    failures++
    terminal.err(`factbox: ${file}: ${reason}\n`)
  }

  const expansion = await expandInputs(positionals, cwd)
  for (const problem of expansion.problems) fail(problem.file, problem.reason)
  let pages: string[] = []
  if (values.out !== undefined) {
    const targets = pageTargets(expansion.articles, values.out, values.base === undefined ? null : resolve(cwd, values.base))
    for (const problem of targets.problems) fail(problem.file, problem.reason)
    if (failures > 0) {
      terminal.err('factbox: no pages written\n')
      return 1
    }
    pages = targets.pages
  }

  let articles = expansion.articles
  if (shared.shard) {
    articles = takeShard(articles, shared.shard)
    pages = pages.length > 0 ? takeShard(pages, shared.shard) : pages
    if (articles.length === 0 && expansion.articles.length > 0) {
      terminal.err(`factbox: shard ${shared.shard.index}/${shared.shard.count} has no files (${expansion.articles.length} in all)\n`)
    }
  }
  const tasks: Task[] = articles.map((article, seq) => ({seq, path: article.path, absolute: article.absolute}))

  let staging: string | null = null
  if (values.out !== undefined && tasks.length > 0) {
    const out = resolve(cwd, values.out)
    try {
      await mkdir(out, {recursive: true})
      // Pages are written here first and moved into place only when every input was read.
      staging = await mkdtemp(join(out, '.factbox-staging-'))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      fail(values.out, code === 'EEXIST' || code === 'ENOTDIR' ? 'is not a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message)
      return 1
    }
  }

  // Interrupted, the staged pages go too (the pages already moved into place stay).
  const interrupted = (signal: NodeJS.Signals) => {
    if (staging !== null) rmSync(staging, {recursive: true, force: true})
    process.kill(process.pid, signal)
  }
  if (staging !== null) {
    process.once('SIGINT', interrupted)
    process.once('SIGTERM', interrupted)
  }

  try {
    terminal.update(0, tasks.length)
    await runArticles({
      tasks,
      jobs: shared.jobs,
      job: {options: shared.options, messages: false, facts: values.json === true, staging},
      async onOutcome(outcome) {
        if (!outcome.ok) fail(outcome.path, outcome.reason)
        else if (outcome.facts !== null) await terminal.out(outcome.facts + '\n')
        terminal.update(outcome.seq + 1, tasks.length)
      }
    })
    terminal.clear()
    if (staging === null) return failures > 0 ? 1 : 0
    if (failures > 0) {
      terminal.err('factbox: no pages written\n')
      return 1
    }
    const made = new Set<string>()
    for (const [seq, page] of pages.entries()) {
      const target = resolve(cwd, page)
      try {
        const folder = dirname(target)
        if (!made.has(folder)) {
          await mkdir(folder, {recursive: true})
          made.add(folder)
        }
        await rename(join(staging, `${seq}.html`), target)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        fail(page, code === 'EISDIR' ? 'is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message)
      }
    }
    const written = pages.length - failures
    terminal.err(`factbox: wrote ${written} page${written === 1 ? '' : 's'} to ${values.out}\n`)
    return failures > 0 ? 1 : 0
  } finally {
    terminal.clear()
    if (staging !== null) {
      process.removeListener('SIGINT', interrupted)
      process.removeListener('SIGTERM', interrupted)
      await rm(staging, {recursive: true, force: true})
    }
  }
}
