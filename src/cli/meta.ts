/** What the command reads of an article besides its facts: its title, its headline, and whether its language is known. */
import type {Nodes, Root} from 'mdast'
import {frontmatterLang, readFrontmatter} from '../frontmatter.js'
import type {Language} from '../types.js'

export interface ArticleMeta {
  /** The frontmatter's `title` (a string or a number, trimmed), or null. */
  title: string | null
  /** The text of the article's first heading of rank 1 (`# …`) at its top level, or null. */
  firstHeading: string | null
  /**
   * Whether the article's language is known: given (`--lang`), named in the frontmatter (`lang`), or
   * read from prose. An article without a letter of prose (an empty file, frontmatter alone, code
   * alone) is in no language: its facts are read with the fallback language's words, but the command
   * says `lang: null` rather than claim one.
   */
  languageKnown: boolean
}

/** The text of a node's text and inline code, in order, walked with a stack of its own. */
function textOf(node: Nodes): string {
  const parts: string[] = []
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const next = stack.pop()!
    if (next.type === 'text' || next.type === 'inlineCode') parts.push(next.value)
    else if ('children' in next) for (let index = next.children.length - 1; index >= 0; index--) stack.push(next.children[index] as Nodes)
  }
  return parts.join('')
}

/** Whether the tree holds a letter in a text node (prose: not code, HTML or frontmatter). A stack of its own: trees can be thousands deep. */
function hasProse(tree: Root): boolean {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text' && /\p{L}/u.test(node.value)) return true
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child)
  }
  return false
}

/** Reads the meta of an article from its tree before the plugin runs; `lang` is the language given on the command line, if any. */
export function articleMeta(tree: Root, lang: Language | null | undefined): ArticleMeta {
  const front = readFrontmatter(tree)
  const raw = Object.hasOwn(front.data, 'title') ? front.data.title : undefined
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : ''
  const heading = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  const headingText = heading ? textOf(heading).trim() : ''
  return {
    title: text === '' ? null : text,
    firstHeading: headingText === '' ? null : headingText,
    languageKnown: lang != null || frontmatterLang(front.data) !== null || hasProse(tree)
  }
}
