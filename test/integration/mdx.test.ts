/**
 * MDX: the plugin in `@mdx-js/mdx`. The box becomes JSX like any other element
 * (no `html` node, which MDX cannot take), ESM, JSX and expressions are not
 * read as prose, and `{/* factbox *\/}` marks the place of the box.
 */
import {compile, evaluate} from '@mdx-js/mdx'
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkFactbox from '../../src/index.js'
import {english} from './articles.js'

/** What the tiny JSX runtime below builds: an object tree instead of React elements. */
interface Vnode {
  type: unknown
  props: Record<string, unknown> & {children?: unknown}
}

const runtime = {
  Fragment: 'fragment',
  jsx: (type: unknown, props: Vnode['props']): Vnode => ({type, props}),
  jsxs: (type: unknown, props: Vnode['props']): Vnode => ({type, props})
}

function isVnode(value: unknown): value is Vnode {
  return typeof value === 'object' && value !== null && 'type' in value && 'props' in value
}

function* walk(value: unknown): Generator<Vnode> {
  if (Array.isArray(value)) for (const item of value) yield* walk(item)
  else if (isVnode(value)) {
    yield value
    yield* walk(value.props.children)
  }
}

/** The tag name, or the name of the component. */
function nameOf(node: Vnode): string {
  return typeof node.type === 'function' ? node.type.name : String(node.type)
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(textOf).join('')
  return isVnode(value) ? textOf(value.props.children) : ''
}

/** An MDX article: ESM, JSX and an expression that all hold quotation-like text. */
const article = `${english.replace('\n\n"We will', `

export const meta = {note: '"Not a quotation," said Nobody.'}

<Chart caption="&quot;Fake quote,&quot; said Somebody." />

{'"Nor this," said Anybody.'}

"We will`)}`

const options = {remarkPlugins: [remarkFrontmatter, remarkFactbox]}

function Chart(props: Record<string, unknown>): Vnode {
  return {type: 'chart', props}
}

async function run(source: string) {
  const module = await evaluate(source, {...options, ...runtime})
  return module.default({components: {Chart}}) as unknown
}

describe('@mdx-js/mdx', () => {
  it('compiles the box to JSX with React-style props', async () => {
    const code = String(await compile(article, options))
    expect(code).toMatch(/_jsxs\(_components\.aside, \{\s*className: "factbox",\s*"aria-labelledby": "user-content-factbox-[0-9a-z]{7}-title",/u)
    expect(code).toMatch(/_jsx\(_components\.h2, \{\s*className: "factbox__title",\s*id: "user-content-factbox-[0-9a-z]{7}-title",\s*children: "At a glance"/u)
    expect(code).toMatch(/_jsx\(_components\.time, \{\s*className: "factbox__date",\s*dateTime: "2024-03-14",/u)
    expect(code).not.toContain('dangerouslySetInnerHTML')
  })

  it('renders a box labelled by its heading, after the lead', async () => {
    const content = await run(article)
    const top = (content as Vnode).props.children as unknown[]
    const blocks = top.filter(isVnode)
    expect(blocks.map(nameOf)).toEqual(['p', 'aside', 'Chart', 'p'])
    const aside = blocks[1]
    expect(aside.props.className).toBe('factbox')
    const heading = [...walk(aside)].find((node) => node.props.id === aside.props['aria-labelledby'])
    expect(heading?.type).toBe('h2')
    expect(textOf(heading)).toBe('At a glance')
    const quotes = [...walk(aside)].filter((node) => node.type === 'blockquote').map(textOf)
    // The named voice first; the other (named below the box's nameConfidence) only if it fits the box's share.
    expect(quotes[0]).toBe('This is a good day for the port,')
    for (const quote of quotes) expect(['This is a good day for the port,', 'We will keep fighting it,']).toContain(quote)
  })

  it('reads no ESM, JSX or expression as prose', async () => {
    const file = await compile(new VFile({value: article}), options)
    const quotes = file.data.factbox?.quotes.map((q) => q.text)
    expect(quotes).toEqual(['This is a good day for the port,', 'We will keep fighting it,'])
    const people = file.data.factbox?.people.map((p) => p.name) ?? []
    for (const name of ['Nobody', 'Somebody', 'Anybody']) expect(people).not.toContain(name)
  })

  it('produces no html node, only the factbox node', async () => {
    const types: string[] = []
    const collect = () => (tree: Root) => {
      const visit = (node: {type: string; children?: unknown[]}) => {
        types.push(node.type)
        for (const child of node.children ?? []) visit(child as {type: string})
      }
      visit(tree)
    }
    await compile(article, {remarkPlugins: [remarkFrontmatter, remarkFactbox, collect]})
    expect(types).toContain('factbox')
    expect(types).toContain('mdxjsEsm')
    expect(types).toContain('mdxJsxFlowElement')
    expect(types).not.toContain('html')
  })

  it('puts the box at {/* factbox */}, and leaves other expressions alone', async () => {
    const marked = article.replace("{'\"Nor this,\" said Anybody.'}", '{/* factbox */}')
    const blocks = ((await run(marked)) as Vnode).props.children as unknown[]
    expect(blocks.filter(isVnode).map(nameOf)).toEqual(['p', 'Chart', 'aside', 'p'])
    const plain = ((await run(article.replace("{'\"Nor this,\" said Anybody.'}", '{/* a note */}'))) as Vnode).props.children as unknown[]
    expect(plain.filter(isVnode).map(nameOf)).toEqual(['p', 'aside', 'Chart', 'p'])
  })

  it('lets a provider swap the elements of the box through components', async () => {
    const module = await evaluate(article, {...options, ...runtime})
    function Box(props: Record<string, unknown>): Vnode {
      return {type: 'box', props}
    }
    const blocks = (module.default({components: {aside: Box, Chart}}) as Vnode).props.children as unknown[]
    const box = blocks.filter(isVnode)[1]
    expect(nameOf(box)).toBe('Box')
    expect(box.props['aria-labelledby']).toMatch(/^user-content-factbox-[0-9a-z]{7}-title$/u)
  })
})
