/**
 * The work on one article, the same in the main thread and in a worker:
 * read it, run the plugin, and hand back plain data (messages, facts, a staged
 * page) that can cross a thread boundary.
 */
import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import remarkFactbox from '../plugin.js'
import type {Options} from '../options.js'
import type {Facts} from '../types.js'
import {type SizeLimit, defaultMaxSize, readBounded} from './files.js'
import {articleMeta} from './meta.js'
import {factsRecord} from './record.js'
import {standalonePage} from './page.js'

/** What a run does with each article; the same for every article of a run. */
export interface Job {
  /** Plugin options (`lang`, `publicationDate`), already checked. */
  options: Options
  /** Collect the file's messages. */
  messages: boolean
  /** Produce the JSON line of facts (`factsRecord`). */
  facts: boolean
  /** Directory to write the article's standalone page to, as `<seq>.html`, or null for no page. */
  staging: string | null
  /** Largest file read (default 5 MB). */
  maxSize?: SizeLimit | undefined
}

export interface Task {
  /** Place in the sorted list: the order results are written in. */
  seq: number
  path: string
  /** The path to read. */
  absolute: string
  /** Read it only if it is not a symbolic link (it was checked to be none). */
  noFollow?: boolean | undefined
}

/** A message of the plugin as plain data. */
export interface MessageRecord {
  reason: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  ruleId: string | null
  source: string | null
  /** `true` error, `false` warning, `null` info (as vfile-message's `fatal`). */
  fatal: boolean | null
  url: string | null
}

export type Outcome =
  | {seq: number; path: string; ok: true; messages: MessageRecord[]; facts: string | null; staged: boolean}
  | {seq: number; path: string; ok: false; reason: string}

export type Reading = {ok: true; value: string} | {ok: false; reason: string}

/** Reads a Markdown file as UTF-8 text, or says in a few words why it cannot be read. */
export async function readArticle(path: string, limit: SizeLimit = defaultMaxSize, noFollow = false): Promise<Reading> {
  const bytes = await readBounded(path, limit, noFollow)
  if (!bytes.ok) return bytes
  const buffer = bytes.value
  if (buffer.includes(0)) return {ok: false, reason: 'is a binary file, not Markdown'}
  try {
    return {ok: true, value: new TextDecoder('utf-8', {fatal: true}).decode(buffer)}
  } catch {
    return {ok: false, reason: 'is not UTF-8 text'}
  }
}

/** The pipeline the CLI runs: Markdown with YAML or TOML frontmatter, the plugin, HTML. */
export function createProcessor(options: Options) {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkFactbox, options).use(remarkRehype).use(rehypeStringify)
}

function messageRecord(message: VFileMessage): MessageRecord {
  const place = message.place
  const end = place && 'end' in place ? place.end : undefined
  return {
    reason: message.reason,
    line: message.line ?? null,
    column: message.column ?? null,
    endLine: end?.line ?? null,
    endColumn: end?.column ?? null,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    fatal: message.fatal ?? null,
    url: message.url ?? null
  }
}

/** First line of an unexpected error, for a one-line message (at most 200 characters). */
export function firstLine(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).split('\n')[0]
  return text.length > 200 ? text.slice(0, 199) + '…' : text
}

/**
 * Why an article could not be processed, in one line. Markdown nested
 * thousands deep overflows the stack of the recursive tree walks (the
 * plugin's, mdast-util-to-hast's, hast-util-to-html's); that is said as such.
 */
export function failureReason(error: unknown): string {
  if (error instanceof RangeError && /call stack/iu.test(error.message)) return 'is nested too deeply to process (maximum call stack size exceeded)'
  return `could not be processed: ${firstLine(error)}`
}

/** Makes the function that does a job's work on one article. */
export function articleWorker(job: Job): (task: Task) => Promise<Outcome> {
  const processor = createProcessor(job.options)
  return async function work(task) {
    const {seq, path} = task
    const reading = await readArticle(task.absolute, job.maxSize, task.noFollow === true)
    if (!reading.ok) return {seq, path, ok: false, reason: reading.reason}
    try {
      const file = new VFile({path, value: reading.value})
      const tree = processor.parse(file)
      const meta = articleMeta(tree, job.options.lang)
      const body = await processor.run(tree, file)
      const facts = file.data.factbox as Facts
      let staged = false
      if (job.staging) {
        await writeFile(join(job.staging, `${seq}.html`), standalonePage(body, facts, meta, path))
        staged = true
      }
      return {
        seq,
        path,
        ok: true,
        messages: job.messages ? file.messages.map(messageRecord) : [],
        facts: job.facts ? JSON.stringify(factsRecord(path, facts, meta.languageKnown ? facts.lang : null)) : null,
        staged
      }
    } catch (error) {
      return {seq, path, ok: false, reason: failureReason(error)}
    }
  }
}
