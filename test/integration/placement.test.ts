/**
 * Where the box goes: the `placement` option and the markers an author can
 * put in the article (`<!-- factbox -->`, `::factbox`, `:::factbox`).
 */
import type {Nodes, Root} from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkFactbox, {type Options} from '../../src/index.js'
import {german, withBlock} from './articles.js'

function processor(options?: Options, directives = true) {
  const base = unified().use(remarkParse).use(remarkFrontmatter)
  return (directives ? base.use(remarkDirective) : base).use(remarkFactbox, options)
}

async function treeOf(markdown: string, options?: Options, directives = true): Promise<{tree: Root; file: VFile}> {
  const p = processor(options, directives)
  const file = new VFile({value: markdown})
  const tree = (await p.run(p.parse(file), file)) as Root
  return {tree, file}
}

async function htmlOf(markdown: string, options?: Options, directives = true): Promise<string> {
  const base = unified().use(remarkParse).use(remarkFrontmatter)
  const p = (directives ? base.use(remarkDirective) : base).use(remarkFactbox, options).use(remarkRehype, {allowDangerousHtml: true}).use(rehypeStringify, {allowDangerousHtml: true})
  return String(await p.process(markdown))
}

/** Types of the top-level nodes after frontmatter, e.g. `['paragraph', 'factbox', 'paragraph']`. */
function outline(tree: Root): string[] {
  return tree.children.filter((node) => node.type !== 'yaml').map((node) => node.type)
}

function count(html: string, what: string): number {
  return html.split(what).length - 1
}

describe('without a marker', () => {
  it('puts the box after the lead by default, at the top, at the bottom, or nowhere', async () => {
    expect(outline((await treeOf(german)).tree)).toEqual(['paragraph', 'factbox', 'paragraph'])
    expect(outline((await treeOf(german, {placement: 'top'})).tree)).toEqual(['factbox', 'paragraph', 'paragraph'])
    expect(outline((await treeOf(german, {placement: 'bottom'})).tree)).toEqual(['paragraph', 'paragraph', 'factbox'])
    expect(outline((await treeOf(german, {placement: 'none'})).tree)).toEqual(['paragraph', 'paragraph'])
  })

  it("with placement 'marker' adds no box but still stores the facts", async () => {
    const {tree, file} = await treeOf(german, {placement: 'marker'})
    expect(outline(tree)).toEqual(['paragraph', 'paragraph'])
    expect(file.data.factbox?.quotes.map((q) => q.speaker)).toEqual(['Jonas Kreutzer', 'Bernd Hofstetter'])
  })
})

describe('<!-- factbox -->', () => {
  it('is replaced by the box, whatever the placement but none', async () => {
    const article = withBlock('<!-- factbox -->')
    for (const placement of [undefined, 'after-lead', 'top', 'bottom', 'marker'] as const) {
      const {tree} = await treeOf(article, {placement})
      expect(outline(tree), String(placement)).toEqual(['paragraph', 'factbox', 'paragraph'])
    }
    const html = await htmlOf(withBlock('<!-- factbox -->', german.replace('\n\nDie Opposition', '\n\nZweiter Absatz.\n\nDie Opposition')))
    expect(html.indexOf('<aside')).toBeGreaterThan(html.indexOf('Zweiter Absatz.'))
    expect(html).not.toContain('<!--')
    expect(count(html, '<aside')).toBe(1)
  })

  it('gives the box the position of the marker', async () => {
    const {tree} = await treeOf(withBlock('<!-- factbox -->'))
    const box = tree.children.find((node) => (node.type as string) === 'factbox')
    expect(box?.position?.start.line).toBe(9)
  })

  it('is found with any spacing and case, and in a blockquote', async () => {
    for (const marker of ['<!--factbox-->', '<!--  FactBox  -->']) {
      expect(outline((await treeOf(withBlock(marker), {placement: 'top'})).tree), marker).toEqual(['paragraph', 'factbox', 'paragraph'])
    }
    const {tree} = await treeOf(withBlock('> <!-- factbox -->'), {placement: 'top'})
    expect(outline(tree)).toEqual(['paragraph', 'blockquote', 'paragraph'])
    const quote = tree.children.find((node) => node.type === 'blockquote')
    expect(quote?.type === 'blockquote' && quote.children.map((node) => node.type as string)).toEqual(['factbox'])
  })

  it('is not any other comment, nor a comment inside a paragraph', async () => {
    for (const block of ['<!-- factbox: check the quotes -->', '<!-- todo -->', 'Ein Satz <!-- factbox --> im Absatz.']) {
      const {tree} = await treeOf(withBlock(block))
      expect(outline(tree), block).toEqual(['paragraph', 'factbox', expect.any(String), 'paragraph'])
    }
  })

  it('stays as it is when there is nothing to show, or with placement none', async () => {
    const empty = '<!-- factbox -->\n\nEin Absatz ohne Fakten.\n'
    expect(outline((await treeOf(empty)).tree)).toEqual(['html', 'paragraph'])
    expect(outline((await treeOf(withBlock('<!-- factbox -->'), {placement: 'none'})).tree)).toEqual(['paragraph', 'html', 'paragraph'])
  })
})

describe('::factbox and :::factbox (remark-directive)', () => {
  it('a leaf directive is replaced by the box', async () => {
    const {tree} = await treeOf(withBlock('::factbox'), {placement: 'bottom'})
    expect(outline(tree)).toEqual(['paragraph', 'factbox', 'paragraph'])
    const html = await htmlOf(withBlock('::factbox'))
    expect(count(html, '<aside')).toBe(1)
    expect(html).not.toContain('<div></div>')
  })

  it('a container directive is replaced by the box, content and all', async () => {
    const {tree} = await treeOf(withBlock(':::factbox\nNur für die Redaktion.\n:::'), {placement: 'top'})
    expect(outline(tree)).toEqual(['paragraph', 'factbox', 'paragraph'])
    const html = await htmlOf(withBlock(':::factbox\nNur für die Redaktion.\n:::'))
    expect(html).not.toContain('Nur für die Redaktion.')
  })

  it('other directives and text directives are not markers', async () => {
    expect(outline((await treeOf(withBlock('::note'))).tree)).toEqual(['paragraph', 'factbox', 'leafDirective', 'paragraph'])
    expect(outline((await treeOf(withBlock('Siehe :factbox hier.'))).tree)).toEqual(['paragraph', 'factbox', 'paragraph', 'paragraph'])
  })

  it('without remark-directive `::factbox` is a paragraph and the placement applies', async () => {
    const {tree} = await treeOf(withBlock('::factbox'), {}, false)
    expect(outline(tree)).toEqual(['paragraph', 'factbox', 'paragraph', 'paragraph'])
  })
})

describe('several markers, several runs', () => {
  it('the first marker gets the box; a later one is reported and left alone', async () => {
    const article = withBlock('<!-- factbox -->').replace('vorne nicht“, sagte Bernd Hofstetter am Donnerstag.\n', 'vorne nicht“, sagte Bernd Hofstetter am Donnerstag.\n\n::factbox\n')
    const {tree, file} = await treeOf(article)
    expect(outline(tree)).toEqual(['paragraph', 'factbox', 'paragraph', 'leafDirective'])
    const extra = file.messages.filter((m) => m.ruleId === 'extra-marker')
    expect(extra).toHaveLength(1)
    expect(extra[0].source).toBe('remark-factbox')
    expect(extra[0].line).toBe(13)
  })

  it('running twice on one tree gives one box, still at the marker', async () => {
    const p = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).use(remarkFactbox).use(remarkFactbox, {placement: 'top'})
    const article = withBlock('::factbox')
    let tree = (await p.run(p.parse(article), new VFile({value: article}))) as Root
    tree = (await p.run(tree, new VFile({value: article}))) as Root
    expect(outline(tree)).toEqual(['paragraph', 'factbox', 'paragraph'])
    const box = tree.children[2] as unknown as {data: {marker?: Nodes}}
    expect(box.data.marker?.type).toBe('leafDirective')
  })

  it('a box without a marker from an earlier run goes; the new one follows the placement', async () => {
    const first = await treeOf(german)
    const p = processor({placement: 'bottom'})
    const tree = (await p.run(first.tree, new VFile({value: german}))) as Root
    expect(outline(tree)).toEqual(['paragraph', 'paragraph', 'factbox'])
  })
})

describe("the option 'placement'", () => {
  it("takes 'marker' and rejects anything else with a TypeError that names it", () => {
    expect(() => unified().use(remarkFactbox, {placement: 'marker'}).freeze()).not.toThrow()
    for (const bad of ['Marker', 'inline', 1]) {
      expect(() => unified().use(remarkFactbox, {placement: bad as 'top'}).freeze()).toThrow(/option `placement` must be 'after-lead', 'top', 'bottom', 'marker' or 'none'/)
    }
  })
})
