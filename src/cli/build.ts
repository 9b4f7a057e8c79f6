/**
 * `factbox build <files, directories, globs>… --out <dir> | --json`: a page
 * per article, or the facts of each as JSON Lines.
 */
import {existsSync, rmSync, rmdirSync} from 'node:fs'
import {mkdir, mkdtemp, rename} from 'node:fs/promises'
import {dirname, isAbsolute, join, relative, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {type Shared, UsageError, asUsage, readShared, sharedOptions, sharedUsage} from './arguments.js'
import type {Task} from './article.js'
import {errnoReason} from './files.js'
import {type Article, type InputProblem, expandInputs, takeShard} from './inputs.js'
import {Interrupted, runArticles} from './pool.js'
import {Interruption} from './signals.js'
import {type Io, Terminal, printable} from './terminal.js'

export const buildUsage = `Usage: factbox build [options] <file|directory|glob>... (--out <dir> | --json)

  Renders each article with its key-facts box, or prints its facts.

  A directory means every .md and .markdown file in it; quote globs
  ("articles/**/*.md") so that factbox expands them. node_modules is skipped.

Options:
  -o, --out <dir>      write one standalone HTML page per article: <dir>/<path>.html,
                       <path> relative to --base (staged, then each moved into place
                       by an atomic rename; an article that fails gets no page)
  --base <dir>         directory the page paths are relative to (default: the fixed
                       start of each glob, "articles" for "articles/**/*.md"; a
                       directory argument itself; a file's own directory)
  --json               one JSON line of facts per article, in sorted order, on stdout:
                       {file, lang, publicationDate, dateline, quotes, dates, people}
${sharedUsage}

Exit codes:
  0    every article was built
  1    an input could not be read or processed (the others are built) or a page
       could not be written
  2    usage error
  130  interrupted by SIGINT (Ctrl-C), 143 by SIGTERM: --out is left as it was`

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

/** Where an article's page goes, or why it cannot have one. */
type Target = {page: string} | {problem: InputProblem}

/** Where each article's page goes, in the list's order, or why it cannot have one (outside the base, two on one page). */
function pageTargets(articles: readonly Article[], out: string, base: string | null): Target[] {
  const targets: Target[] = []
  const owner = new Map<string, string>()
  for (const article of articles) {
    const from = base ?? article.base
    const path = relative(from, article.absolute)
    if (path === '' || path.startsWith('..') || isAbsolute(path)) {
      targets.push({problem: {file: article.path, reason: `is outside the base directory ${relative('.', from) || '.'} (see --base)`}})
      continue
    }
    const page = join(out, pageName(path))
    const earlier = owner.get(page)
    if (earlier === undefined) {
      owner.set(page, article.path)
      targets.push({page})
    } else {
      targets.push({problem: {file: article.path, reason: `would be written to ${page} as well as ${earlier}`}})
    }
  }
  return targets
}

/**
 * Removes the staging folder, whatever a worker thread that was stopped
 * mid-write left in it; retries while the folder is busy or not yet empty.
 * Says so instead of throwing when it cannot.
 */
function removeStaging(staging: string, terminal: Terminal): void {
  let failure: unknown = null
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      rmSync(staging, {recursive: true, force: true, maxRetries: 10, retryDelay: 20})
    } catch (error) {
      failure = error
    }
    if (!existsSync(staging)) return
  }
  terminal.problem(staging, `could not be removed: ${errnoReason(failure)}`)
}

/** Takes away the folders `mkdir -p` made for --out (from `out` up to `first`), if they are still empty. */
function removeMadeFolders(out: string, first: string): void {
  for (let folder = out; ; folder = dirname(folder)) {
    try {
      rmdirSync(folder)
    } catch {
      return
    }
    if (folder === first || dirname(folder) === folder) return
  }
}

/** The articles to run, in order, with the page each one goes to; an article that cannot have a page is named and left out. */
function planTasks(articles: ReadonlyArray<{path: string; source: string; noFollow?: boolean | undefined}>, targets: ReadonlyArray<Target | null>, fail: (file: string, reason: string) => void): {tasks: Task[]; pages: string[]} {
  const tasks: Task[] = []
  const pages: string[] = []
  for (const [index, article] of articles.entries()) {
    const target = targets[index]
    if (target !== null && 'problem' in target) {
      fail(target.problem.file, target.problem.reason)
      continue
    }
    tasks.push({seq: tasks.length, path: article.path, absolute: article.source, noFollow: article.noFollow})
    if (target !== null) pages.push(target.page)
  }
  return {tasks, pages}
}

/** Moves each staged page (`<seq>.html`) to its place; returns how many were written (the others are named). */
async function movePages(staged: readonly number[], pages: readonly string[], staging: string, cwd: string, fail: (file: string, reason: string) => void): Promise<number> {
  const made = new Set<string>()
  let written = 0
  for (const seq of staged) {
    const page = pages[seq]
    const target = resolve(cwd, page)
    try {
      const folder = dirname(target)
      if (!made.has(folder)) {
        await mkdir(folder, {recursive: true})
        made.add(folder)
      }
      await rename(join(staging, `${seq}.html`), target)
      written++
    } catch (error) {
      fail(page, errnoReason(error))
    }
  }
  return written
}

export async function build(argv: readonly string[], io: Io): Promise<number> {
  const {values, positionals} = asUsage(() => parseArgs({args: [...argv], allowPositionals: true, options}), argv)
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
  if (shared.jobsNote !== null) terminal.err(shared.jobsNote)
  let failures = 0
  const fail = (file: string, reason: string) => {
    failures++
    terminal.problem(file, reason)
  }

  const expansion = await expandInputs(positionals, cwd, {followSymlinks: shared.followSymlinks, maxSize: shared.maxSize})
  for (const skip of expansion.skipped) terminal.problem(skip.file, skip.reason)
  for (const problem of expansion.problems) fail(problem.file, problem.reason)

  let articles = expansion.articles
  let targets: Array<Target | null> = values.out === undefined ? articles.map(() => null) : pageTargets(articles, values.out, values.base === undefined ? null : resolve(cwd, values.base))
  if (shared.shard) {
    articles = takeShard(articles, shared.shard)
    targets = takeShard(targets, shared.shard)
    if (articles.length === 0 && expansion.articles.length > 0) {
      terminal.err(`factbox: shard ${shared.shard.index}/${shared.shard.count} has no files (${expansion.articles.length} in all)\n`)
    }
  }
  const {tasks, pages} = planTasks(articles, targets, fail)
  const context: RunContext = {terminal, shared, json: values.json === true, fail}

  if (values.out === undefined || tasks.length === 0) {
    await runTasks(context, tasks, null, null)
    if (values.out !== undefined && failures > 0) terminal.err('factbox: no pages written\n')
    return failures > 0 ? 1 : 0
  }

  // Pages are written to a staging folder inside --out first, and moved into place when all are done.
  const out = resolve(cwd, values.out)
  const interruption = new Interruption(io.signals ?? process)
  let staging: string | null = null
  let madeOut: string | undefined
  try {
    try {
      madeOut = await mkdir(out, {recursive: true})
      staging = await mkdtemp(join(out, '.factbox-staging-'))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      fail(values.out, code === 'EEXIST' || code === 'ENOTDIR' ? 'is not a directory' : errnoReason(error))
      return 1
    }
    const staged = await runTasks(context, tasks, staging, interruption)
    if (interruption.received !== null) {
      terminal.err(`factbox: interrupted by ${interruption.received}; no pages written\n`)
      return interruption.exitCode
    }
    // Moved in one go: a signal now waits until every page is in place.
    const written = await movePages(staged, pages, staging, cwd, fail)
    const all = articles.length
    terminal.err(`factbox: wrote ${written === all ? '' : `${written} of `}${all} page${all === 1 ? '' : 's'} to ${printable(values.out)}\n`)
    if (interruption.received !== null) {
      terminal.err(`factbox: interrupted by ${interruption.received} after the pages were written\n`)
      return interruption.exitCode
    }
    return failures > 0 ? 1 : 0
  } finally {
    terminal.clear()
    if (staging !== null) removeStaging(staging, terminal)
    if (interruption.received !== null && madeOut !== undefined) removeMadeFolders(out, madeOut)
    interruption.dispose()
  }
}

/** What running the articles of a `build` needs. */
interface RunContext {
  terminal: Terminal
  shared: Shared
  json: boolean
  fail: (file: string, reason: string) => void
}

/** Runs the articles; returns the `seq` of each staged page. Stops early when interrupted. */
async function runTasks(context: RunContext, list: readonly Task[], folder: string | null, stop: Interruption | null): Promise<number[]> {
  const {terminal, shared, json, fail} = context
  const staged: number[] = []
  terminal.update(0, list.length)
  try {
    await runArticles({
      tasks: list,
      jobs: shared.jobs,
      job: {options: shared.options, messages: false, facts: json, staging: folder, maxSize: shared.maxSize},
      signal: stop?.signal,
      async onOutcome(outcome) {
        if (!outcome.ok) fail(outcome.path, outcome.reason)
        else {
          if (outcome.facts !== null) await terminal.out(outcome.facts + '\n')
          if (outcome.staged) staged.push(outcome.seq)
        }
        terminal.update(outcome.seq + 1, list.length)
      }
    })
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error
  }
  terminal.clear()
  return staged
}
