/**
 * rehype-sanitize: what its default schema does to the box, and that
 * `factboxSchema(defaultSchema)` keeps the box without letting anything else in.
 */
import {readFileSync} from 'node:fs'
import type {Element, Root as HastRoot, RootContent} from 'hast'
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import remarkFactbox, {factboxSchema, type Options} from '../../src/index.js'
import {german} from './articles.js'

const pristine = structuredClone(defaultSchema)

async function hastOf(markdown: string, schema?: Parameters<typeof rehypeSanitize>[0], options?: Options): Promise<HastRoot> {
  const p = unified().use(remarkParse).use(remarkFrontmatter).use(remarkFactbox, options).use(remarkRehype)
  const sanitizing = schema === undefined ? p : p.use(rehypeSanitize, schema)
  return (await sanitizing.run(sanitizing.parse(markdown))) as HastRoot
}

function html(tree: HastRoot): string {
  return unified().use(rehypeStringify).stringify(tree)
}

function* walk(node: HastRoot | RootContent): Generator<Element> {
  if (node.type === 'element') yield node
  if ('children' in node) for (const child of node.children) yield* walk(child)
}

function aside(tree: HastRoot): Element | undefined {
  return [...walk(tree)].find((element) => element.tagName === 'aside')
}

/** Tag names and class names of the box, depth first, ids aside. */
function shape(box: Element): string[] {
  return [...walk(box)].map((element) => [element.tagName, ...((element.properties.className as string[] | undefined) ?? [])].join('.'))
}

function textOf(node: HastRoot | RootContent): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

describe('rehype-sanitize with its default schema', () => {
  it('strips the box down to anonymous text: no aside, figure, cite, time, class or label', async () => {
    const out = html(await hastOf(german, defaultSchema))
    for (const gone of ['<aside', '<figure', '<figcaption', '<cite', '<time', 'aria-labelledby', 'datetime=']) {
      expect(out, gone).not.toContain(gone)
    }
    expect(out).not.toMatch(/class="[^"]/u) // emptied lists stay as class=
    expect(out).toContain('<blockquote><p>Wir lassen niemanden allein</p></blockquote>')
    expect(out).toMatch(/<h2 class="" id="user-content-user-content-factbox-[0-9a-z]{7}-title">Auf einen Blick<\/h2>/u)
  })
})

describe('factboxSchema(defaultSchema)', () => {
  const schema = factboxSchema(defaultSchema)

  it('keeps every element and class of the box', async () => {
    const before = aside(await hastOf(german))
    const after = aside(await hastOf(german, schema))
    expect(before && after).toBeTruthy()
    expect(shape(after!)).toEqual(shape(before!))
    expect(shape(after!)).toContain('time.factbox__date')
    expect(shape(after!)).toContain('cite.factbox__speaker')
    expect(textOf(after!)).toBe(textOf(before!))
  })

  it('keeps the box labelled by its heading, and the dates machine-readable', async () => {
    const tree = await hastOf(german, schema)
    const box = aside(tree)!
    const label = box.properties.ariaLabelledBy as string[]
    expect(label).toHaveLength(1)
    expect(label[0]).toMatch(/^user-content-user-content-factbox-[0-9a-z]{7}-title$/u)
    const heading = [...walk(tree)].find((element) => element.properties.id === label[0])
    expect(heading?.tagName).toBe('h2')
    expect(textOf(heading!)).toBe('Auf einen Blick')
    expect(html(tree)).toContain('<time class="factbox__date" datetime="2024-06-19">19. Juni 2024</time>')
  })

  it("with idPrefix '' the sanitizer adds the one user-content- prefix", async () => {
    const out = html(await hastOf(german, schema, {idPrefix: ''}))
    const label = /<aside class="factbox" aria-labelledby="(user-content-factbox-[0-9a-z]{7}-title)">/u.exec(out)?.[1]
    expect(out).toContain(`<h2 class="factbox__title" id="${label}">`)
  })

  it('follows classPrefix', async () => {
    const out = html(await hastOf(german, factboxSchema(defaultSchema, {classPrefix: 'kasten'}), {classPrefix: 'kasten'}))
    expect(out).toContain('<aside class="kasten"')
    expect(out).toContain('class="kasten__quote-text"')
    const wrong = html(await hastOf(german, schema, {classPrefix: 'kasten'}))
    expect(wrong).not.toMatch(/class="[^"]/u)
    expect(() => factboxSchema(defaultSchema, {classPrefix: '1x'})).toThrow(/option `classPrefix`/)
  })

  it('shows a quotation holding <script> or <img onerror> as text', async () => {
    const hostile = german.replace('Wir lassen niemanden allein', 'Wir schreiben \\<script>alert(1)\\</script> und \\<img src=x onerror=alert(1)> nicht')
    const tree = await hastOf(hostile, schema)
    const quote = [...walk(aside(tree)!)].find((element) => element.tagName === 'blockquote')!
    expect(textOf(quote)).toBe('Wir schreiben <script>alert(1)</script> und <img src=x onerror=alert(1)> nicht')
    expect([...walk(tree)].map((element) => element.tagName)).not.toContain('script')
    expect([...walk(tree)].map((element) => element.tagName)).not.toContain('img')
    const out = html(tree)
    expect(out).toContain('&#x3C;script>alert(1)&#x3C;/script>')
    expect(out).not.toMatch(/<script|<img/u)
  })

  it('lets in no other class, handler or element', async () => {
    const tree: HastRoot = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'aside',
          properties: {className: ['factbox', 'evil', 'factboxer', 'factbox__x'], onClick: 'alert(1)', style: 'position:fixed', ariaLabelledBy: ['t']},
          children: [
            {type: 'element', tagName: 'script', properties: {}, children: [{type: 'text', value: 'alert(1)'}]},
            {type: 'element', tagName: 'iframe', properties: {src: 'https://example.com'}, children: []},
            {type: 'element', tagName: 'time', properties: {dateTime: '2024', onMouseOver: 'x'}, children: [{type: 'text', value: '2024'}]}
          ]
        }
      ]
    }
    const clean = unified().use(rehypeSanitize, schema).runSync(tree) as HastRoot
    expect(html(clean)).toBe('<aside class="factbox factbox__x" aria-labelledby="user-content-t"><time datetime="2024">2024</time></aside>')
  })

  it('leaves the base schema as it was and keeps what it allowed', () => {
    expect(defaultSchema).toEqual(pristine)
    expect(schema.tagNames).toEqual(expect.arrayContaining(pristine.tagNames!))
    expect(schema.attributes?.section).toEqual(expect.arrayContaining(['dataFootnotes']))
    expect(schema.attributes?.section?.find((d) => Array.isArray(d) && d[0] === 'className')).toEqual(['className', 'footnotes', expect.any(RegExp)])
    expect(schema.strip).toEqual(pristine.strip)
    expect(schema.clobberPrefix).toBe('user-content-')
  })

  it('labels stay consistent when a schema prefixes only one of id and aria-labelledby', async () => {
    const tree = await hastOf(german, factboxSchema({...defaultSchema, clobber: ['id']}))
    const box = aside(tree)!
    const label = (box.properties.ariaLabelledBy as string[])[0]
    expect([...walk(tree)].some((element) => element.properties.id === label)).toBe(true)
  })

  it('needs no rehype-sanitize at run time', () => {
    const source = readFileSync(new URL('../../src/sanitize.ts', import.meta.url), 'utf8')
    expect(source).not.toMatch(/^\s*import\b/mu)
    expect(() => factboxSchema(null as unknown as object)).toThrow(TypeError)
  })
})
