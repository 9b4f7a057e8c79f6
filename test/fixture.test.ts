/**
 * The fixture article end to end, with its gold facts as the expectation:
 * extractFacts, the plugin in a unified pipeline, and the CLI.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import type {Root} from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkFactbox, {extractFacts} from '../src/index.js'

const root = new URL('../', import.meta.url)
const article = readFileSync(new URL('fixtures/putin-kim.md', root), 'utf8')
const gold = JSON.parse(readFileSync(new URL('fixtures/putin-kim.gold.json', root), 'utf8')) as {
  lang: string
  publicationDate: string
  dateline: string
  quotes: Array<{text: string; speaker: string; kind: string; closed?: boolean}>
  dates: Array<{text: string; value: string | null; valueWithoutPublicationDate?: null; required: boolean; parts?: unknown}>
  people: Array<{name: string; role: string}>
}
const bin = new URL('dist/cli/bin.js', root).pathname

describe('extractFacts on the fixture', () => {
  const facts = extractFacts(article)

  it('reads language, publication date and dateline', () => {
    expect(facts.lang).toBe(gold.lang)
    expect(facts.publicationDate).toBe(gold.publicationDate)
    expect(facts.dateline).toBe(gold.dateline)
  })

  it('finds the 20 gold quotations in order, with their speakers and kinds', () => {
    expect(facts.quotes.map((q) => q.text)).toEqual(gold.quotes.map((q) => q.text))
    expect(facts.quotes.map((q) => q.speaker)).toEqual(gold.quotes.map((q) => q.speaker))
    expect(facts.quotes.map((q) => q.kind)).toEqual(gold.quotes.map((q) => q.kind))
  })

  it('marks the quotation left open at the end of its paragraph', () => {
    const open = facts.quotes.filter((q) => !q.closed)
    expect(open.map((q) => q.text)).toEqual(gold.quotes.filter((q) => q.closed === false).map((q) => q.text))
  })

  it('gives positions that point at the quotation marks in the source', () => {
    for (const q of facts.quotes) {
      const slice = article.slice(q.position.start.offset, q.position.end.offset)
      expect(slice.startsWith('„')).toBe(true)
      expect(slice).toContain(q.text)
    }
  })

  it('finds every required gold date with its value', () => {
    for (const g of gold.dates.filter((d) => d.required)) {
      const found = facts.dates.find((d) => g.text.toLowerCase().includes(d.text.toLowerCase()) || d.text.toLowerCase().includes(g.text.toLowerCase()))
      expect(found, g.text).toBeDefined()
      expect(found?.value).toBe(g.value)
    }
  })

  it('lists the people with their roles', () => {
    expect(facts.people).toEqual(gold.people.map((p) => ({name: p.name, role: p.role})))
  })

  it('keeps relative dates null without a publication date', () => {
    const undated = extractFacts(article.replace(/^date: .*\n/mu, ''))
    expect(undated.publicationDate).toBeNull()
    expect(undated.dates.find((d) => d.text === 'Mittwoch')?.value).toBeNull()
    expect(undated.dates.find((d) => d.text.includes('September 2023'))?.value).toBe('2023-09')
    expect(undated.quotes.map((q) => q.speaker)).toEqual(gold.quotes.map((q) => q.speaker))
  })

  it('takes the publication date from the option over the frontmatter', () => {
    const facts = extractFacts(article, {publicationDate: '2024-06-20'})
    expect(facts.dates.find((d) => d.text === 'Mittwoch')?.value).toBe('2024-06-19')
    expect(facts.dates.find((d) => d.text === 'heute')?.value).toBe('2024-06-20')
  })
})

describe('the plugin on the fixture', () => {
  const pipeline = () => unified().use(remarkParse).use(remarkFrontmatter).use(remarkFactbox).use(remarkRehype).use(rehypeStringify)

  it('adds an accessible box after the lead paragraph', async () => {
    const file = new VFile({value: article})
    const html = String(await pipeline().process(file))
    const box = html.indexOf('<aside')
    expect(box).toBeGreaterThan(html.indexOf('</p>'))
    expect(box).toBeLessThan(html.indexOf('<p>Der mit großer Begeisterung'))
    const label = /<aside class="factbox" aria-labelledby="(user-content-factbox-[0-9a-z]{7}-title)">/u.exec(html)?.[1]
    expect(html).toContain(`<h2 class="factbox__title" id="${label}">Auf einen Blick</h2>`)
    expect(html).toMatch(/<time[^>]* datetime="2024-06-19">/u)
    expect(html).toMatch(/<blockquote[^>]*>[\s\S]*Wladimir Putin/u)
    expect(html.match(/<aside/gu)).toHaveLength(1)
    expect(file.data.factbox).toEqual(extractFacts(article))
  })

  it('sets Astro frontmatter unless the author did', async () => {
    const file = new VFile({value: article, data: {astro: {frontmatter: {}}}})
    await pipeline().process(file)
    expect((file.data as {astro: {frontmatter: {factbox: {quotes: unknown[]}}}}).astro.frontmatter.factbox.quotes).toHaveLength(20)
    const authored = new VFile({value: article, data: {astro: {frontmatter: {factbox: false}}}})
    await pipeline().process(authored)
    expect((authored.data as {astro: {frontmatter: {factbox: unknown}}}).astro.frontmatter.factbox).toBe(false)
  })

  it('runs twice on one tree and still shows one box', async () => {
    const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkFactbox).use(remarkFactbox)
    const tree = (await processor.run(processor.parse(article), new VFile({value: article}))) as Root
    expect(tree.children.filter((n) => (n.type as string) === 'factbox')).toHaveLength(1)
  })
})

describe('the factbox CLI on the fixture', () => {
  it('prints one JSON line with the documented fields', () => {
    const out = execFileSync('node', [bin, '--json', 'fixtures/putin-kim.md'], {cwd: root, encoding: 'utf8'})
    const lines = out.trim().split('\n')
    expect(lines).toHaveLength(1)
    const record = JSON.parse(lines[0])
    expect(Object.keys(record)).toEqual(['file', 'lang', 'publicationDate', 'dateline', 'quotes', 'dates', 'people'])
    expect(record.file).toBe('fixtures/putin-kim.md')
    expect(record.quotes).toHaveLength(20)
    expect(Object.keys(record.quotes[0])).toEqual(expect.arrayContaining(['text', 'speaker', 'mention', 'cue', 'kind', 'position']))
    expect(Object.keys(record.dates[0])).toEqual(['text', 'value', 'type', 'certain', 'position'])
    expect(record.quotes[13]).toMatchObject({speaker: 'Wladimir Putin', mention: 'der Kremlchef', cue: 'sagte'})
  })

  it('takes --date and --lang', () => {
    const out = execFileSync('node', [bin, '--json', '--date', '2024-06-21', '--lang', 'de', 'fixtures/putin-kim.md'], {cwd: root, encoding: 'utf8'})
    const record = JSON.parse(out)
    expect(record.publicationDate).toBe('2024-06-21')
    expect(record.dates.find((d: {text: string}) => d.text === 'Mittwoch').value).toBe('2024-06-19')
  })

  it('renders HTML with the box', () => {
    const out = execFileSync('node', [bin, 'fixtures/putin-kim.md'], {cwd: root, encoding: 'utf8'})
    expect(out).toContain('<aside class="factbox"')
    expect(out).toContain('<p>(Seoul) Nordkorea und Russland')
  })

  it('says clearly what is wrong with a missing file, without a stack trace', () => {
    const result = spawnSync('node', [bin, '--json', 'no-such-article.md'], {cwd: root, encoding: 'utf8'})
    expect(result.status).toBe(1)
    expect(result.stderr).toBe('factbox: no-such-article.md: no such file\n')
  })

  it('rejects a bad --date with a message naming the option', () => {
    const result = spawnSync('node', [bin, '--json', '--date', '19.06.2024', 'fixtures/putin-kim.md'], {cwd: root, encoding: 'utf8'})
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('publicationDate')
    expect(result.stderr).not.toContain('    at ')
  })
})
