/**
 * From command-line arguments (files, directories, globs) to the sorted list of
 * articles a run works on, and the part of it one shard takes.
 */
import {lstat, realpath, stat} from 'node:fs/promises'
import {basename, dirname, isAbsolute, join, normalize, resolve, sep} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {type SizeLimit, defaultMaxSize, refusal, statFailure} from './files.js'

/** One article to work on. */
export interface Article {
  /** The path as shown in output: as given, or as the glob or directory produced it. */
  path: string
  /** `path` made absolute: the article's place, for page paths and to tell files apart. */
  absolute: string
  /** Directory the page's path is taken relative to by `build --out` (the glob's or directory's root). */
  base: string
  /** The path to read: `absolute`, or where a symbolic link found in a walk leads. */
  source: string
  /** Read `source` only if it is not a symbolic link (it was checked to be none). */
  noFollow: boolean
}

/** An argument or a file that gave no article, with why. */
export interface InputProblem {
  file: string
  reason: string
}

export interface Expansion {
  /** Sorted by `path`, each file once. */
  articles: Article[]
  /** Inputs that cannot be read: errors. */
  problems: InputProblem[]
  /** Files found in a directory or glob and left out on purpose (symbolic links that lead outside it): warnings. */
  skipped: InputProblem[]
}

export interface InputOptions {
  /** Read symbolic links found in a directory or glob wherever they lead. */
  followSymlinks: boolean
  maxSize: SizeLimit
}

/** The extensions a directory or glob is searched for. */
export const markdownExtension = /\.(?:md|markdown)$/iu

const ignore = ['**/node_modules/**']

/** The leading segments of a glob without magic: `articles/**\/*.md` → `articles`. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/')
  const fixed: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break
    fixed.push(segment)
  }
  if (fixed.length === 0) return '.'
  if (fixed.length === 1 && fixed[0] === '') return '/'
  return fixed.join('/')
}

/** `path` is `root` or inside it. */
function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep)
}

/** Files checked at once. */
const concurrency = 64

/** `work` on every item, `concurrency` at a time; results in the items' order. */
async function mapLimited<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const run = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index])
    }
  }
  await Promise.all(Array.from({length: Math.min(concurrency, items.length)}, run))
  return results
}

type Found = {article: Article} | {problem: InputProblem} | {skip: InputProblem}

/**
 * Checks a file found in a directory or glob whose root is `root` (real
 * path): a symbolic link, or a file reached through a linked folder, must
 * lead inside the root unless links are followed; the file must be a regular
 * file no larger than the limit.
 */
async function checkFound(path: string, absolute: string, base: string, root: string, shownRoot: string, options: InputOptions, folders: Map<string, Promise<string>>): Promise<Found> {
  try {
    if (options.followSymlinks) {
      const reason = refusal(await stat(absolute), options.maxSize)
      if (reason !== null) return {problem: {file: path, reason}}
      return {article: {path, absolute, base, source: absolute, noFollow: false}}
    }
    const own = await lstat(absolute)
    let source = absolute
    let stats = own
    if (own.isSymbolicLink()) {
      source = await realpath(absolute)
      stats = await stat(source)
    } else {
      const folder = dirname(absolute)
      let real = folders.get(folder)
      if (real === undefined) {
        real = realpath(folder)
        folders.set(folder, real)
      }
      source = join(await real, basename(absolute))
    }
    if (!isInside(root, source)) {
      const where = shownRoot === '.' ? 'the current folder' : shownRoot
      return {skip: {file: path, reason: `skipped: leads outside ${where} through a symbolic link (see --follow-symlinks)`}}
    }
    const reason = refusal(stats, options.maxSize)
    if (reason !== null) return {problem: {file: path, reason}}
    return {article: {path, absolute, base, source, noFollow: true}}
  } catch (error) {
    return {problem: {file: path, reason: await statFailure(absolute, error)}}
  }
}

/**
 * Expands files, directories (every `.md` and `.markdown` file inside, without
 * `node_modules` and dot-folders) and globs (their Markdown matches) into one
 * sorted list without duplicates. A file named as an argument is read
 * wherever it leads; one found in a directory or glob only when it is inside
 * it (unless `followSymlinks`). Only regular files up to the size limit are
 * taken.
 */
export async function expandInputs(inputs: readonly string[], cwd: string, options: InputOptions = {followSymlinks: false, maxSize: defaultMaxSize}): Promise<Expansion> {
  const byAbsolute = new Map<string, Article>()
  const problems: InputProblem[] = []
  const skipped: InputProblem[] = []
  const folders = new Map<string, Promise<string>>()
  const add = (article: Article) => {
    if (!byAbsolute.has(article.absolute)) byAbsolute.set(article.absolute, article)
  }
  /** Checks the files a walk from `base` (as given) found, and takes the good ones. */
  const walked = async (paths: readonly string[], base: string) => {
    const absoluteBase = resolve(cwd, base)
    let root: string
    try {
      root = await realpath(absoluteBase)
    } catch {
      root = absoluteBase
    }
    const found = await mapLimited(paths, (path) => checkFound(path, resolve(cwd, path), absoluteBase, root, base, options, folders))
    for (const result of found) {
      if ('article' in result) add(result.article)
      else if ('problem' in result) problems.push(result.problem)
      else skipped.push(result.skip)
    }
  }

  for (const input of inputs) {
    let kind: 'file' | 'directory' | 'missing'
    const absolute = resolve(cwd, input)
    try {
      const stats = await stat(absolute)
      if (stats.isDirectory()) {
        kind = 'directory'
      } else {
        const reason = refusal(stats, options.maxSize)
        if (reason !== null) {
          problems.push({file: input, reason})
          continue
        }
        kind = 'file'
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || !isDynamicPattern(input)) {
        problems.push({file: input, reason: await statFailure(absolute, error)})
        continue
      }
      kind = 'missing'
    }

    if (kind === 'file') {
      const path = normalize(input)
      add({path, absolute, base: resolve(cwd, join(path, '..')), source: absolute, noFollow: false})
    } else if (kind === 'directory') {
      const found = await glob('**/*.{md,markdown}', {cwd: absolute, ignore, caseSensitiveMatch: false})
      if (found.length === 0) problems.push({file: input, reason: 'no Markdown files (.md, .markdown) in this directory'})
      await walked(
        found.map((relative) => join(input, relative)),
        input
      )
    } else {
      const found = (await glob(input, {cwd, ignore, absolute: isAbsolute(input)})).filter((path) => markdownExtension.test(path))
      if (found.length === 0) problems.push({file: input, reason: 'no Markdown files (.md, .markdown) match'})
      await walked(found.map(normalize), globBase(input))
    }
  }

  const articles = [...byAbsolute.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return {articles, problems, skipped}
}

/** Part `index` (1-based) of `count` contiguous parts of a sorted list. */
export interface Shard {
  index: number
  count: number
}

/**
 * Parses `i/n` (1 ≤ i ≤ n); returns a reason when it is not one.
 */
export function parseShard(value: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/u.exec(value.trim())
  if (!match) return `--shard must be i/n, like 1/4, not ${JSON.stringify(value)}`
  const index = Number(match[1])
  const count = Number(match[2])
  if (count < 1) return `--shard ${value}: the number of shards must be at least 1`
  if (index < 1 || index > count) return `--shard ${value}: the shard must be from 1 to ${count}`
  return {index, count}
}

/**
 * The `index`-th of `count` contiguous parts: shard i of n takes items
 * ⌊(i−1)·N/n⌋ up to ⌊i·N/n⌋, so the parts differ in size by at most one and,
 * together, are the whole list once.
 */
export function takeShard<T>(items: readonly T[], shard: Shard): T[] {
  const start = Math.floor(((shard.index - 1) * items.length) / shard.count)
  const end = Math.floor((shard.index * items.length) / shard.count)
  return items.slice(start, end)
}
