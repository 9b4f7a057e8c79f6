/**
 * From command-line arguments (files, directories, globs) to the sorted list of
 * articles a run works on, and the part of it one shard takes.
 */
import {stat} from 'node:fs/promises'
import {isAbsolute, join, normalize, resolve} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'

/** One article to work on. */
export interface Article {
  /** The path as shown in output: as given, or as the glob or directory produced it. */
  path: string
  /** The path to read. */
  absolute: string
  /** Directory the page's path is taken relative to by `build --out` (the glob's or directory's root). */
  base: string
}

/** An argument that gave no article, with why. */
export interface InputProblem {
  file: string
  reason: string
}

export interface Expansion {
  /** Sorted by `path`, each file once. */
  articles: Article[]
  problems: InputProblem[]
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

function errnoReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return (error as Error).message
}

/**
 * Expands files, directories (every `.md` and `.markdown` file inside, without
 * `node_modules` and dot-folders) and globs (their Markdown matches) into one
 * sorted list without duplicates.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<Expansion> {
  const byAbsolute = new Map<string, Article>()
  const problems: InputProblem[] = []
  const add = (path: string, base: string) => {
    const absolute = resolve(cwd, path)
    if (!byAbsolute.has(absolute)) byAbsolute.set(absolute, {path, absolute, base: resolve(cwd, base)})
  }

  for (const input of inputs) {
    let kind: 'file' | 'directory' | 'missing'
    try {
      const stats = await stat(resolve(cwd, input))
      kind = stats.isDirectory() ? 'directory' : 'file'
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        problems.push({file: input, reason: errnoReason(error)})
        continue
      }
      kind = 'missing'
    }

    if (kind === 'file') {
      const path = normalize(input)
      add(path, join(path, '..'))
    } else if (kind === 'directory') {
      const found = await glob('**/*.{md,markdown}', {cwd: resolve(cwd, input), ignore, caseSensitiveMatch: false})
      if (found.length === 0) problems.push({file: input, reason: 'no Markdown files (.md, .markdown) in this directory'})
      for (const relative of found) add(join(input, relative), input)
    } else if (isDynamicPattern(input)) {
      const found = (await glob(input, {cwd, ignore, absolute: isAbsolute(input)})).filter((path) => markdownExtension.test(path))
      if (found.length === 0) problems.push({file: input, reason: 'no Markdown files (.md, .markdown) match'})
      for (const path of found) add(normalize(path), globBase(input))
    } else {
      problems.push({file: input, reason: 'no such file'})
    }
  }

  const articles = [...byAbsolute.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return {articles, problems}
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
