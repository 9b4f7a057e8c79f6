/**
 * The remark plugin: the only place that touches the tree and the file.
 */
import type {Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {defaultLabels, renderFactBox} from './box/index.js'
import {extract} from './extract.js'
import {type Options, resolveOptions, type Settings} from './options.js'
import type {Facts} from './types.js'
import type {Element} from 'hast'
import type {Node} from 'unist'

/** The box in mdast: remark-rehype turns it into its `<aside>`. */
export interface FactboxNode extends Node {
  type: 'factbox'
  data: {hName: 'aside'; hProperties: Element['properties']; hChildren: Element['children']}
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

const docs = 'https://github.com/remark-factbox/remark-factbox#'

/** Builds the box node for the facts, or null when there is nothing to show. */
export function factboxNode(facts: Facts, settings: Settings): FactboxNode | null {
  if (facts.quotes.length === 0 && facts.dates.length === 0 && facts.people.length === 0) return null
  const labels = {...defaultLabels[facts.lang], ...settings.labels[facts.lang]}
  const aside = renderFactBox(facts, {
    labels,
    sections: settings.sections,
    maxQuotes: settings.maxQuotes,
    headingLevel: settings.headingLevel,
    classPrefix: settings.classPrefix,
    idPrefix: settings.idPrefix
  })
  return {type: 'factbox', data: {hName: 'aside', hProperties: aside.properties, hChildren: aside.children}}
}

function insertionIndex(tree: Root, placement: Settings['placement']): number {
  const children = tree.children
  let top = 0
  while (top < children.length && (children[top].type === 'yaml' || (children[top].type as string) === 'toml')) top++
  if (placement === 'top') return top
  if (placement === 'bottom') return children.length
  const lead = children.findIndex((node, index) => index >= top && node.type === 'paragraph')
  return lead < 0 ? children.length : lead + 1
}

/**
 * Find the quotations, speakers, dates and people of a news article and add a
 * key-facts box after its lead paragraph.
 */
export default function remarkFactbox(options?: Readonly<Options> | null) {
  const settings = resolveOptions(options)
  return function transform(tree: Root, file: VFile): void {
    // A box from an earlier run goes: one article, one box.
    tree.children = tree.children.filter((node) => (node.type as string) !== 'factbox')
    const source = typeof file.value === 'string' ? file.value : file.value ? new TextDecoder().decode(file.value) : undefined
    const {facts, findings} = extract(tree, {
      lang: settings.lang,
      publicationDate: settings.publicationDate,
      dateFields: settings.dateFields,
      source
    })
    for (const finding of findings) {
      const message = file.message(finding.reason, {place: finding.position, ruleId: finding.ruleId, source: 'remark-factbox'})
      message.url = docs + finding.ruleId
    }
    file.data.factbox = facts
    const astro = (file.data as {astro?: {frontmatter?: Record<string, unknown>}}).astro
    if (astro?.frontmatter && !Object.hasOwn(astro.frontmatter, 'factbox')) astro.frontmatter.factbox = facts
    if (settings.placement === 'none') return
    const node = factboxNode(facts, settings)
    if (!node) return
    tree.children.splice(insertionIndex(tree, settings.placement), 0, node as RootContent)
  }
}
