/**
 * The remark plugin: the only place that touches the tree and the file.
 */
import type {Nodes, Parents, Root, RootContent} from 'mdast'
import {defaultHandlers, type Handle, type Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import type {VFile} from 'vfile'
import {defaultLabels, renderFactBox} from './box/index.js'
import {work} from './box/work.js'
import {defaultDateFields, extract} from './pipeline.js'
import {frontmatterLang, publicationDateOf} from './frontmatter.js'
import {type Options, resolveOptions, type Settings} from './options.js'
import {isSpaceCode} from './text/chars.js'
import type {Facts, Language} from './types.js'
import type {Element} from 'hast'
import type {Node} from 'unist'

/** The box in mdast: remark-rehype turns it into its `<aside>`. */
export interface FactboxNode extends Node {
  type: 'factbox'
  data: {
    hName: 'aside'
    hProperties: Element['properties']
    hChildren: Element['children']
    /**
     * The marker the box took the place of (`<!-- factbox -->`, `::factbox`, …), if any: Markdown
     * output writes it back, and a second run puts it back before placing a new box.
     */
    marker?: Nodes | undefined
  }
}

declare module 'mdast' {
  interface RootContentMap {
    factbox: FactboxNode
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The facts remark-factbox found in the article. */
    factbox: Facts
  }
}

/** Where each message is explained: `docs/messages.md` has a heading per rule id (`#unclosed-quote`, …). */
const docs = 'https://github.com/remark-factbox/remark-factbox/blob/main/docs/messages.md#'

/**
 * Builds the box node for the facts, or null when there is nothing to show.
 * `headings` are the texts of the article's headings, whose slugs the box's ids avoid;
 * `articleLength`, the length of the article's text, of which the box takes a share.
 */
export function factboxNode(facts: Facts, settings: Settings, headings?: readonly string[], articleLength?: number): FactboxNode | null {
  if (facts.quotes.length === 0 && facts.dates.length === 0 && facts.people.length === 0) return null
  const labels = {...defaultLabels[facts.lang], ...settings.labels[facts.lang]}
  const aside = renderFactBox(facts, {
    labels,
    sections: settings.sections,
    maxQuotes: settings.maxQuotes,
    maxPeople: settings.maxPeople,
    maxEvents: settings.maxEvents,
    // (null: renderFactBox takes the threshold trained for the facts' language.)
    nameConfidence: settings.nameConfidence ?? undefined,
    maxShare: settings.maxShare,
    headingLevel: settings.headingLevel,
    classPrefix: settings.classPrefix,
    idPrefix: settings.idPrefix,
    headings,
    articleLength
  })
  return {type: 'factbox', data: {hName: 'aside', hProperties: aside.properties, hChildren: aside.children}}
}

function insertionIndex(tree: Root, placement: 'after-lead' | 'top' | 'bottom'): number {
  const children = tree.children
  let top = 0
  while (top < children.length && (children[top].type === 'yaml' || (children[top].type as string) === 'toml')) top++
  if (placement === 'top') return top
  if (placement === 'bottom') return children.length
  const lead = children.findIndex((node, index) => index >= top && node.type === 'paragraph')
  return lead < 0 ? children.length : lead + 1
}

/**
 * Publication date and language from frontmatter that a host parsed and took
 * out of the tree, as Astro does (`file.data.astro.frontmatter`): read as the
 * tree's frontmatter is (see `publicationDateOf`), so that the same
 * frontmatter gives the same day either way.
 */
function hostFrontmatter(frontmatter: Record<string, unknown>, settings: Settings): {publicationDate: string | null; problem: string | null; lang: Language | null} {
  const {date, problem} = publicationDateOf(frontmatter, settings.dateFields ?? defaultDateFields)
  return {publicationDate: date, problem, lang: frontmatterLang(frontmatter)}
}

/** Parents whose children are flow content, where a box can stand. */
const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition', 'containerDirective', 'mdxJsxFlowElement'])
const commentMarker = /^<!--\s*factbox\s*-->$/iu
const expressionMarker = /^\/\*\s*factbox\s*\*\/$/iu

/** Whether a node marks the place of the box. */
function isFactboxMarker(node: Nodes, parent: Parents | undefined): boolean {
  if (!parent || !flowParents.has(parent.type)) return false
  // Directive and MDX nodes come from extensions whose types this package does not load.
  const {type, name, value} = node as {type: string; name?: unknown; value?: unknown}
  if (type === 'html') return typeof value === 'string' && commentMarker.test(value.trim())
  if (type === 'leafDirective' || type === 'containerDirective') return name === 'factbox'
  if (type === 'mdxFlowExpression') return typeof value === 'string' && expressionMarker.test(value.trim())
  return false
}

interface Place {
  parent: Parents
  node: Nodes
}

/**
 * Every marker in document order; markers in a marker's content do not count.
 * The walk keeps its own stack: remark-parse accepts lists and block quotes
 * thousands deep, deeper than the call stack.
 */
function findMarkers(tree: Root): Place[] {
  const found: Place[] = []
  const stack: Array<{parent: Parents; next: number}> = [{parent: tree, next: 0}]
  while (stack.length > 0) {
    const top = stack[stack.length - 1]
    const children = top.parent.children as Nodes[]
    if (top.next >= children.length) {
      stack.pop()
      continue
    }
    const node = children[top.next++]
    if (isFactboxMarker(node, top.parent)) found.push({parent: top.parent, node})
    else if ('children' in node) stack.push({parent: node, next: 0})
  }
  return found
}

/** The text of every heading of the article, in a walk with a stack of its own (see `findMarkers`). */
function headingTexts(tree: Root): {headings: string[]; length: number} {
  const texts: string[] = []
  // The length of the article's text too, in the same walk: the box takes a share of it.
  let length = 0
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'heading') {
      const parts: string[] = []
      const inside: Nodes[] = [node]
      while (inside.length > 0) {
        const child = inside.pop()!
        if (child.type === 'text' || child.type === 'inlineCode') parts.push(child.value)
        else if ('children' in child) for (let index = child.children.length - 1; index >= 0; index--) inside.push(child.children[index] as Nodes)
      }
      const heading = parts.join('')
      length += heading.length
      texts.push(heading)
    } else if (node.type === 'text' || node.type === 'inlineCode') {
      length += node.value.length
    } else if ('children' in node) {
      for (const child of node.children as Nodes[]) stack.push(child)
    }
  }
  return {headings: texts, length}
}

/**
 * Whether an HTML node is a box an earlier run rendered and someone pasted
 * back: `<aside … class="… factbox …" …>…</aside>`, the whole node. Read by
 * hand in one pass over the opening tag (a regular expression of this shape
 * backtracks on `<aside class="factbox factbox …`, quadratic in the node).
 */
export function isRenderedBox(html: string, classPrefix: string): boolean {
  let at = 0
  while (isSpaceCode(html.charCodeAt(at))) at++
  if (!html.startsWith('<aside', at) || isAsciiWordCode(html.charCodeAt(at + 6))) return false
  const tagEnd = html.indexOf('>', at + 6)
  work.steps += tagEnd === -1 ? html.length : tagEnd
  if (tagEnd === -1) return false
  let end = html.length
  while (end > tagEnd && isSpaceCode(html.charCodeAt(end - 1))) end--
  if (end - 8 <= tagEnd || !html.startsWith('</aside>', end - 8)) return false
  // Every `class="…"` in the opening tag (one that starts with a letter after a non-word character).
  for (let name = html.indexOf('class="', at + 6); name !== -1 && name < tagEnd; name = html.indexOf('class="', name + 7)) {
    if (isAsciiWordCode(html.charCodeAt(name - 1))) continue
    const valueStart = name + 7
    const valueEnd = html.indexOf('"', valueStart)
    if (valueEnd === -1) return false
    work.steps += valueEnd - valueStart
    if (hasClassToken(html, valueStart, valueEnd, classPrefix) && html.indexOf('>', valueEnd) < end - 8) return true
  }
  return false
}

/** Whether `html` between `start` and `end` holds `name` as one of its white-space separated tokens. */
function hasClassToken(html: string, start: number, end: number, name: string): boolean {
  let token = start
  for (let index = start; index <= end; index++) {
    if (index === end || isSpaceCode(html.charCodeAt(index))) {
      if (index - token === name.length && html.startsWith(name, token)) return true
      token = index + 1
    }
  }
  return false
}

/** `[A-Za-z0-9_]`, what `\b` tells apart. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f
}

/**
 * Take out the boxes of an earlier run: a box that took a marker's place gives
 * it back, any other box goes. Parent by parent from a stack of its own, as
 * `findMarkers`.
 */
function removeBoxes(tree: Root, classPrefix: string): void {
  const parents: Parents[] = [tree]
  while (parents.length > 0) {
    const parent = parents.pop()!
    const children: Nodes[] = []
    for (const node of parent.children as Nodes[]) {
      if (node.type === 'html' && isRenderedBox(node.value, classPrefix)) continue
      if ((node.type as string) === 'factbox') {
        const marker = (node as unknown as FactboxNode).data?.marker
        if (marker) children.push(marker)
      } else {
        if ('children' in node) parents.push(node)
        children.push(node)
      }
    }
    ;(parent as {children: Nodes[]}).children = children
  }
}

/** A box without a marker leaves no trace in Markdown; one with a marker writes the marker back. */
const factboxToMarkdown: Handle = (node, parent, state, info) => {
  const marker = (node as FactboxNode).data?.marker
  return marker ? state.handle(marker, parent, state, info) : ''
}

/** The root without the boxes that have no marker, so they leave no blank lines either. */
const rootToMarkdown: Handle = (node, parent, state, info) => {
  const root = node as Root
  const children = root.children.filter((child) => (child.type as string) !== 'factbox' || (child as unknown as FactboxNode).data?.marker)
  return defaultHandlers.root(children.length === root.children.length ? root : {...root, children}, parent, state, info)
}

/** How remark-stringify writes the box back: see `factboxToMarkdown`. */
const factboxToMarkdownExtension: ToMarkdownExtension = {
  handlers: {factbox: factboxToMarkdown, root: rootToMarkdown} as ToMarkdownExtension['handlers']
}

/**
 * Find the quotations, speakers, dates and people of a news article and add a
 * key-facts box after its lead paragraph, or where the article marks its place.
 */
export default function remarkFactbox(this: unknown, options?: Readonly<Options> | null) {
  const settings = resolveOptions(options)
  const processor = this as {data?: () => Record<string, unknown>} | undefined
  if (processor && typeof processor.data === 'function') {
    // Without this remark-stringify cannot write the tree back (`remark -o`, remark-cli).
    const data = processor.data() as {toMarkdownExtensions?: ToMarkdownExtension[]}
    ;(data.toMarkdownExtensions ||= []).push(factboxToMarkdownExtension)
  }
  return function transform(tree: Root, file: VFile): void {
    // A box from an earlier run goes: one article, one box.
    removeBoxes(tree, settings.classPrefix)
    const source = typeof file.value === 'string' ? file.value : file.value ? new TextDecoder().decode(file.value) : undefined
    const astro = (file.data as {astro?: {frontmatter?: Record<string, unknown>}}).astro
    // Frontmatter in the tree is read by `extract`; a host that took it out passes it in `file.data`.
    const inTree = tree.children.some((node) => node.type === 'yaml' || (node.type as string) === 'toml')
    const host = astro?.frontmatter && !inTree ? hostFrontmatter(astro.frontmatter, settings) : undefined
    if (host?.problem && settings.publicationDate === null) {
      // The host's frontmatter has no place in this file's tree: the message has none either.
      const message = file.message(host.problem, {ruleId: 'bad-frontmatter-date', source: 'remark-factbox'})
      message.url = docs + 'bad-frontmatter-date'
    }
    const {facts, findings} = extract(tree, {
      lang: settings.lang ?? host?.lang ?? null,
      publicationDate: settings.publicationDate ?? host?.publicationDate ?? null,
      dateFields: settings.dateFields,
      minConfidence: settings.minConfidence,
      source
    })
    for (const finding of findings) {
      const message = file.message(finding.reason, {place: finding.position, ruleId: finding.ruleId, source: 'remark-factbox'})
      message.url = docs + finding.ruleId
    }
    file.data.factbox = facts
    if (astro?.frontmatter && !Object.hasOwn(astro.frontmatter, 'factbox')) astro.frontmatter.factbox = facts
    if (settings.placement === 'none') return
    const markers = findMarkers(tree)
    for (const extra of markers.slice(1)) {
      const message = file.message('Unexpected second factbox marker, expected one: the box goes at the first', {
        place: extra.node.position,
        ruleId: 'extra-marker',
        source: 'remark-factbox'
      })
      message.url = docs + 'extra-marker'
    }
    const {headings, length} = headingTexts(tree)
    const node = factboxNode(facts, settings, headings, length)
    if (!node) return
    const marker = markers[0]
    if (marker) {
      node.data.marker = marker.node
      if (marker.node.position) node.position = marker.node.position
      const siblings = marker.parent.children as Nodes[]
      siblings[siblings.indexOf(marker.node)] = node as unknown as Nodes
      return
    }
    if (settings.placement === 'marker') return
    tree.children.splice(insertionIndex(tree, settings.placement), 0, node as RootContent)
  }
}
