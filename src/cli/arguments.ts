/** Options that `check` and `build` share, read and checked the same way. */
import {availableParallelism} from 'node:os'
import type {ParseArgsConfig} from 'node:util'
import {type Options, resolveOptions} from '../options.js'
import type {Language} from '../types.js'
import {type Shard, parseShard} from './inputs.js'

/** A command line the command cannot run: exit code 2. */
export class UsageError extends Error {}

export const sharedOptions = {
  jobs: {type: 'string', short: 'j'},
  shard: {type: 'string'},
  date: {type: 'string'},
  lang: {type: 'string'},
  help: {type: 'boolean', short: 'h'}
} as const satisfies ParseArgsConfig['options']

export const sharedUsage = `  -j, --jobs <n>       worker threads (default: the number of CPUs, ${availableParallelism()} here);
                       1, or fewer than 16 files per thread, runs in the main thread
  --shard <i/n>        only the i-th of n contiguous parts of the sorted file list (1-based)
  --date <YYYY-MM-DD>  publication date for relative dates (default: each file's frontmatter)
  --lang <de|en|fr>    language (default: frontmatter lang, else detected)
  -h, --help           this text`

export interface Shared {
  jobs: number
  shard: Shard | null
  options: Options
}

/** Runs `read` (a parseArgs call); what it throws becomes a UsageError. */
export function asUsage<T>(read: () => T): T {
  try {
    return read()
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

export function readShared(values: {jobs?: string | undefined; shard?: string | undefined; date?: string | undefined; lang?: string | undefined}): Shared {
  let jobs = availableParallelism()
  if (values.jobs !== undefined) {
    if (!/^\d+$/u.test(values.jobs) || Number(values.jobs) < 1) throw new UsageError(`--jobs must be a whole number ≥ 1, not ${JSON.stringify(values.jobs)}`)
    jobs = Number(values.jobs)
  }
  let shard: Shard | null = null
  if (values.shard !== undefined) {
    const parsed = parseShard(values.shard)
    if (typeof parsed === 'string') throw new UsageError(parsed)
    shard = parsed
  }
  const options: Options = {}
  if (values.date !== undefined) options.publicationDate = values.date
  if (values.lang !== undefined) options.lang = values.lang as Language
  try {
    resolveOptions(options)
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^remark-factbox: /u, ''))
  }
  return {jobs, shard, options}
}
