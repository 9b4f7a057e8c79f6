/** Options that `check` and `build` share, read and checked the same way. */
import {availableParallelism} from 'node:os'
import type {ParseArgsConfig} from 'node:util'
import {type Options, resolveOptions} from '../options.js'
import type {Language} from '../types.js'
import {type SizeLimit, defaultMaxSize, parseSize} from './files.js'
import {type Shard, parseShard} from './inputs.js'

/** A command line the command cannot run: exit code 2. */
export class UsageError extends Error {}

export const sharedOptions = {
  jobs: {type: 'string', short: 'j'},
  'force-jobs': {type: 'boolean'},
  'follow-symlinks': {type: 'boolean'},
  'max-size': {type: 'string'},
  shard: {type: 'string'},
  date: {type: 'string'},
  lang: {type: 'string'},
  help: {type: 'boolean', short: 'h'}
} as const satisfies ParseArgsConfig['options']

export const sharedUsage = `  -j, --jobs <n>       worker threads (default and most: the number of CPUs, ${availableParallelism()} here);
                       1, or fewer than 16 files per thread, runs in the main thread
  --force-jobs         take --jobs above the number of CPUs as given
  --follow-symlinks    read symbolic links found in a directory or glob that lead
                       outside it (by default they are skipped, with a warning)
  --max-size <size>    refuse larger files, as input errors (default: 5MB; bytes,
                       or with a unit: 500kB, 5MB, 1MiB)
  --shard <i/n>        only the i-th of n contiguous parts of the sorted file list (1-based)
  --date <YYYY-MM-DD>  publication date for relative dates (default: each file's frontmatter; YYYY-MM or YYYY if that is all that is known)
  --lang <de|en|fr>    language (default: frontmatter lang, else detected)
  -h, --help           this text`

export interface Shared {
  jobs: number
  /** A line for stderr when --jobs was lowered to the number of CPUs, else null. */
  jobsNote: string | null
  followSymlinks: boolean
  maxSize: SizeLimit
  shard: Shard | null
  options: Options
}

/**
 * What is wrong with a command line, from an error of `parseArgs`, in a few words: Node's own text of an
 * unknown option ends in unbalanced quotes (`as in '-- "--frobnicate"`).
 */
export function argumentProblem(error: unknown, args: readonly string[] = []): string {
  const {code, message} = error as {code?: unknown; message?: unknown}
  const text = String(message ?? error)
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /^Unknown option '(.*)'\. To specify/su.exec(text)?.[1]
    // A file whose name starts with '-' is read as options (`-draft.md` as `-d`) unless it comes after `--`.
    const file = option === undefined ? undefined : args.find((arg) => arg.startsWith(option) && /[./\\]/u.test(arg))
    if (file !== undefined) return `unknown option ${file}; put a file whose name starts with - after --`
    if (option !== undefined) return `unknown option ${option}`
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /(--[\w-]+)/u.exec(text)?.[1]
    if (option !== undefined && text.endsWith('argument missing')) return `${option} needs a value`
    if (option !== undefined && text.endsWith('does not take an argument')) return `${option} takes no value`
  }
  return text.split('\n')[0]
}

/** Runs `read` (a parseArgs call of `args`); what it throws becomes a UsageError. */
export function asUsage<T>(read: () => T, args: readonly string[] = []): T {
  try {
    return read()
  } catch (error) {
    throw new UsageError(argumentProblem(error, args))
  }
}

interface SharedValues {
  jobs?: string | undefined
  'force-jobs'?: boolean | undefined
  'follow-symlinks'?: boolean | undefined
  'max-size'?: string | undefined
  shard?: string | undefined
  date?: string | undefined
  lang?: string | undefined
}

/** Reads `--max-size`, or the default. */
export function readMaxSize(value: string | undefined): SizeLimit {
  if (value === undefined) return defaultMaxSize
  const size = parseSize(value)
  if (typeof size === 'string') throw new UsageError(size)
  return size
}

export function readShared(values: SharedValues, cpus = availableParallelism()): Shared {
  let jobs = cpus
  let jobsNote: string | null = null
  if (values.jobs !== undefined) {
    if (!/^\d+$/u.test(values.jobs) || Number(values.jobs) < 1) throw new UsageError(`--jobs must be a whole number ≥ 1, not ${JSON.stringify(values.jobs)}`)
    jobs = Number(values.jobs)
    // More threads than CPUs only add memory and switching: 64 threads on 2 CPUs took three times as long.
    if (jobs > cpus && values['force-jobs'] !== true) {
      jobsNote = `factbox: --jobs ${jobs} is more than the ${cpus} CPU${cpus === 1 ? '' : 's'} here; using ${cpus} (--force-jobs to use ${jobs})\n`
      jobs = cpus
    }
  }
  const maxSize = readMaxSize(values['max-size'])
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
  return {jobs, jobsNote, followSymlinks: values['follow-symlinks'] === true, maxSize, shard, options}
}
