/**
 * Frontmatter: read from a tree (remark-frontmatter's `yaml` or `toml` node), and
 * the publication date read from its fields, the same way whether the tree held
 * it or a host parsed it (Astro's `file.data.astro.frontmatter`).
 */
import type {Root} from 'mdast'
import type {Position} from 'unist'
import {parse} from 'yaml'

export interface Frontmatter {
  data: Record<string, unknown>
  /** A reason when the frontmatter could not be read. */
  error: string | null
  position: Position | undefined
}

/** A TOML value this reader cannot read (an array, a table, a multi-line string …): its text as written. */
export class UnreadToml {
  constructor(readonly text: string) {}
}

export function readFrontmatter(tree: Root): Frontmatter {
  const node = tree.children[0] as {type: string; value?: unknown; position?: Position} | undefined
  if (node && node.type === 'toml' && typeof node.value === 'string') return {data: readToml(node.value), error: null, position: node.position}
  if (!node || node.type !== 'yaml' || typeof node.value !== 'string') return {data: {}, error: null, position: undefined}
  try {
    const data: unknown = parse(node.value)
    if (data === null || data === undefined) return {data: {}, error: null, position: node.position}
    if (typeof data !== 'object' || Array.isArray(data)) {
      return {data: {}, error: 'Frontmatter is not a mapping of fields', position: node.position}
    }
    return {data: data as Record<string, unknown>, error: null, position: node.position}
  } catch (error) {
    return {data: {}, error: yamlProblem(error, node.position), position: node.position}
  }
}

/**
 * A YAML error in one line: what is wrong and where in the file, without the excerpt the yaml package adds
 * (`Missing closing "quote at line 2, column 14:` and the lines around it, counted from the frontmatter's first line).
 */
function yamlProblem(error: unknown, position: Position | undefined): string {
  const {message, linePos} = error as {message?: unknown; linePos?: ReadonlyArray<{line: number; col: number}>}
  const what = String(message ?? error).split('\n')[0].replace(/ at line \d+, column \d+:?$/u, '').replace(/[\s:.]+$/u, '')
  const at = linePos?.[0]
  const where = at && position ? ` at line ${position.start.line + at.line}, column ${at.col}` : ''
  return `Frontmatter is not valid YAML: ${what.charAt(0).toLowerCase()}${what.slice(1)}${where}; none of its fields is read`
}

const tomlKey = /^(?:([\w-]+)|"([^"\\]*)"|'([^']*)')\s*=\s*/u
const tomlDate = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/iu

/**
 * The top-level `key = value` lines of TOML frontmatter (those before the first
 * `[table]`), enough for the date and the language: strings (`"…"`, `'…'`),
 * dates and times as written (`2024-06-19`, `2024-06-19T23:30:00-05:00`, kept
 * as their text), numbers and booleans. Any other value is kept as
 * `UnreadToml`, so that a date field holding one gets a message.
 */
export function readToml(value: string): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const raw of value.split(/\r?\n/u)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    if (line.startsWith('[')) break
    const key = tomlKey.exec(line)
    if (!key) continue
    const name = key[1] ?? key[2] ?? key[3]
    if (Object.hasOwn(data, name)) continue
    data[name] = tomlValue(line.slice(key[0].length))
  }
  return data
}

function tomlValue(text: string): unknown {
  // A comment after the value ends it: not inside a string, which is read first.
  const basic = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/u.exec(text)
  if (basic && !text.startsWith('"""')) {
    try {
      return JSON.parse(`"${basic[1]}"`) as string
    } catch {
      return new UnreadToml(text)
    }
  }
  const literal = /^'([^']*)'\s*(?:#.*)?$/u.exec(text)
  if (literal && !text.startsWith("'''")) return literal[1]
  const comment = text.indexOf('#')
  const bare = comment === -1 ? text : text.slice(0, comment).trimEnd()
  if (tomlDate.test(bare)) return bare
  if (bare === 'true' || bare === 'false') return bare === 'true'
  if (/^[+-]?\d[\d_]*(?:\.\d+)?$/u.test(bare)) return Number(bare.replaceAll('_', ''))
  return new UnreadToml(text)
}

/** Whether `value` is a calendar day `YYYY-MM-DD`. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day))
  date.setUTCFullYear(year)
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const pad = (value: number, length: number) => String(value).padStart(length, '0')

/**
 * The day a frontmatter value gives, or why it gives none.
 *
 * - Text gives the day it starts with, as written: `2024-06-19`,
 *   `2024-06-19T23:30-05:00` (the 19th, where it was written).
 * - A `Date` (YAML 1.1 parsers and schemas such as `z.coerce.date()` make
 *   them) gives its day when it is a midnight: UTC midnight is what a bare
 *   `2024-06-19` becomes, local midnight what `'Jun 19 2024'` becomes. A
 *   `Date` with a time of day gives none: the offset it was written with is
 *   lost, so its day there cannot be told (the 19th at 23:30 in New York is
 *   the 20th in UTC).
 */
export function frontmatterDay(value: unknown): {day: string | null; problem: string | null} {
  if (value instanceof Date) {
    const time = value.getTime()
    if (Number.isNaN(time)) return {day: null, problem: 'is not a valid date'}
    if (time % 86_400_000 === 0) return {day: value.toISOString().slice(0, 10), problem: null}
    if (value.getHours() === 0 && value.getMinutes() === 0 && value.getSeconds() === 0 && value.getMilliseconds() === 0) {
      return {day: `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1, 2)}-${pad(value.getDate(), 2)}`, problem: null}
    }
    return {day: null, problem: `is a time (${value.toISOString()}), not a day: the day it was written for is lost with its offset; write the day as text (YYYY-MM-DD)`}
  }
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/u.exec(value.trim())
    if (m && isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]))) return {day: `${m[1]}-${m[2]}-${m[3]}`, problem: null}
  }
  const shown = value instanceof UnreadToml ? value.text : JSON.stringify(value)
  return {day: null, problem: `is not a date (YYYY-MM-DD): ${shown}`}
}

/**
 * The publication date from the first of `fields` that frontmatter `data`
 * holds (its own fields only: `constructor` is no field of every object), or
 * why that field gives none.
 */
export function publicationDateOf(data: Record<string, unknown>, fields: readonly string[]): {date: string | null; problem: string | null; partial?: string} {
  for (const field of fields) {
    if (!Object.hasOwn(data, field)) continue
    const value = data[field]
    if (value === undefined || value === null || value === '') continue
    const {day, problem} = frontmatterDay(value)
    if (day === null) {
      const partial = partialDate(value)
      if (partial !== null) return {date: partial, problem: null, partial: field}
    }
    return {date: day, problem: problem && `Frontmatter \`${field}\` ${problem}`}
  }
  return {date: null, problem: null}
}

/** A publication date known only to its month (`YYYY-MM`) or year (`YYYY`, also a YAML number), as written; or null. */
export function partialDate(value: unknown): string | null {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : ''
  const m = /^(\d{4})(?:-(\d{2}))?$/u.exec(text)
  if (!m || Number(m[1]) < 1000 || (m[2] !== undefined && !(Number(m[2]) >= 1 && Number(m[2]) <= 12))) return null
  return text
}

/** The language of frontmatter `lang` (`de`, `de-CH`, `en_GB` …), when it is one the extractor has words for. */
export function frontmatterLang(data: Record<string, unknown>): 'de' | 'en' | 'fr' | null {
  const value = Object.hasOwn(data, 'lang') ? data.lang : undefined
  const tag = typeof value === 'string' ? value.trim().slice(0, 2).toLowerCase() : ''
  return tag === 'de' || tag === 'en' || tag === 'fr' ? tag : null
}
