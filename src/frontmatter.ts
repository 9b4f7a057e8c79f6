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
