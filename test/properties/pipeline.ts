/** The public pipeline the robustness and security tests go through. */
import type {Element, Nodes as HastNodes} from 'hast'
import type {Root} from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import remarkFactbox, {type Facts, type Options} from '../../src/index.js'

/** Markdown → plugin → HTML, as the README shows it; `dangerous` lets the article's raw HTML through. */
export function htmlPipeline(options?: Options, dangerous = false) {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml', 'toml'])
    .use(remarkFactbox, options)
    .use(remarkRehype, {allowDangerousHtml: dangerous})
    .use(rehypeStringify, {allowDangerousHtml: dangerous})
}

/** Markdown → plugin → Markdown. */
export function markdownPipeline(options?: Options) {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkFactbox, options).use(remarkStringify)
}

export interface Rendered {
  html: string
  facts: Facts
  file: VFile
}

/** Runs the HTML pipeline on `markdown`. */
export function render(markdown: string, options?: Options, dangerous = false): Rendered {
  const file = new VFile({path: 'article.md', value: markdown})
  const html = String(htmlPipeline(options, dangerous).processSync(file))
  return {html, facts: file.data.factbox as Facts, file}
}

/** Parses `markdown` and runs the plugin on the tree `times` times. */
export function runTwice(markdown: string, options?: Options): {once: Root; twice: Root} {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkFactbox, options)
  const file = new VFile({value: markdown})
  const tree = processor.parse(file)
  const once = processor.runSync(tree, file) as Root
  const snapshot = structuredClone(once)
  const twice = processor.runSync(once, new VFile({value: markdown})) as Root
  return {once: snapshot, twice}
}

/** Number of nodes of `type` anywhere in an mdast tree. */
export function countNodes(tree: {type: string; children?: unknown[]}, type: string): number {
  let count = tree.type === type ? 1 : 0
  for (const child of tree.children ?? []) count += countNodes(child as {type: string; children?: unknown[]}, type)
  return count
}

/** The `<aside class="factbox">` elements in rendered HTML. */
export function boxesIn(html: string): string[] {
  return html.match(/<aside class="factbox"[\s\S]*?<\/aside>/gu) ?? []
}

/** The hast of the box the plugin put in the tree (before stringification), or null. */
export function boxHast(markdown: string, options?: Options): Element | null {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkFactbox, options).use(remarkRehype)
  const file = new VFile({value: markdown})
  const tree = processor.runSync(processor.parse(file), file) as HastNodes
  let found: Element | null = null
  const visit = (node: HastNodes): void => {
    if (found) return
    if (node.type === 'element' && node.tagName === 'aside') found = node
    else if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return found
}
