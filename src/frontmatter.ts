/** Reading YAML frontmatter from a tree (remark-frontmatter's `yaml` node). */
import type {Root} from 'mdast'
import type {Position} from 'unist'
import {parse} from 'yaml'

export interface Frontmatter {
  data: Record<string, unknown>
  /** A reason when the frontmatter could not be read. */
  error: string | null
  position: Position | undefined
}

export function readFrontmatter(tree: Root): Frontmatter {
  const node = tree.children[0]
  if (!node || node.type !== 'yaml') return {data: {}, error: null, position: undefined}
  const flat = parseFlat(node.value)
  if (flat) return {data: flat, error: null, position: node.position}
  try {
    const data: unknown = parse(node.value)
    if (data === null || data === undefined) return {data: {}, error: null, position: node.position}
    if (typeof data !== 'object' || Array.isArray(data)) {
      return {data: {}, error: 'Frontmatter is not a mapping of fields', position: node.position}
    }
    return {data: data as Record<string, unknown>, error: null, position: node.position}
  } catch (error) {
    return {data: {}, error: `Frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, position: node.position}
  }
}

const flatKey = /^[A-Za-z][\w-]*$/u
/** Plain scalars YAML's core schema reads as something other than a string. */
const keyword = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/u
const day = /^\d{4}-\d{2}-\d{2}$/u
/** A plain scalar that can only be a string: starts with a letter, no indicator that could end it (`: `, ` #`). */
const plainWord = /^\p{L}[\p{L}\p{M}\p{N} _.,()'’-]*$/u
/** A double-quoted scalar on one line, without escapes. */
const quoted = /^"((?:[^"\\\p{C}\p{Z}]| )*)"$/u

/**
 * The common frontmatter of articles — one `key: value` per line, values a
 * day, a word or words, or a quoted title — read without the YAML parser;
 * anything else (or anything in doubt) returns undefined and goes to `yaml`,
 * which reads these lines the same way.
 */
export function parseFlat(value: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {}
  for (const line of value.split('\n')) {
    const colon = line.indexOf(': ')
    if (colon <= 0) return undefined
    const key = line.slice(0, colon)
    const raw = line.slice(colon + 2)
    if (!flatKey.test(key) || keyword.test(key) || Object.hasOwn(data, key)) return undefined
    if (day.test(raw) || (plainWord.test(raw) && !raw.endsWith(' ') && !keyword.test(raw))) {
      data[key] = raw
      continue
    }
    const match = quoted.exec(raw)
    if (!match) return undefined
    data[key] = match[1]
  }
  return data
}
