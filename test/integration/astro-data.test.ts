/**
 * Hosts that parse frontmatter themselves and take it out of the tree, as
 * Astro does: the plugin reads the publication date and language from
 * `file.data.astro.frontmatter`, and leaves its facts there for layouts.
 */
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkFactbox, {type Facts, type Options} from '../../src/index.js'
import {german} from './articles.js'

const body = german.replace(/^---[\s\S]*?---\n\n/u, '')

async function factsOf(value: string, frontmatter: Record<string, unknown>, options?: Options): Promise<{facts: Facts; frontmatter: Record<string, unknown>}> {
  const file = new VFile({value, data: {astro: {frontmatter}}})
  const p = unified().use(remarkParse).use(remarkFrontmatter).use(remarkFactbox, options)
  await p.run(p.parse(file) as Root, file)
  return {facts: file.data.factbox!, frontmatter}
}

describe('frontmatter parsed by the host (Astro)', () => {
  it('reads the date, as a Date or an ISO string, and the language', async () => {
    for (const date of [new Date('2024-06-19'), '2024-06-19', '2024-06-19T00:00:00.000Z']) {
      const {facts} = await factsOf(body, {date, lang: 'de-DE'})
      expect(facts.publicationDate, String(date)).toBe('2024-06-19')
      expect(facts.lang).toBe('de')
      expect(facts.dates.find((d) => d.text === 'Mittwoch')?.value).toBe('2024-06-19')
    }
  })

  it('follows dateFields and ignores what is not a day', async () => {
    expect((await factsOf(body, {pubDate: '2024-06-20'})).facts.publicationDate).toBe('2024-06-20')
    expect((await factsOf(body, {released: '2024-06-20'}, {dateFields: ['released']})).facts.publicationDate).toBe('2024-06-20')
    for (const date of ['2024-02-30', 'gestern', 20240619, new Date('nonsense')]) {
      expect((await factsOf(body, {date})).facts.publicationDate, String(date)).toBeNull()
    }
  })

  it('gives way to the options and to frontmatter in the tree', async () => {
    expect((await factsOf(body, {date: '2024-06-19'}, {publicationDate: '2024-06-21'})).facts.publicationDate).toBe('2024-06-21')
    const inTree = german.replace('date: 2024-06-19', 'date: 2024-06-18')
    expect((await factsOf(inTree, {date: '2024-06-19'})).facts.publicationDate).toBe('2024-06-18')
  })

  it('leaves the facts in the frontmatter for the layout, unless the author set factbox', async () => {
    const {facts, frontmatter} = await factsOf(body, {date: '2024-06-19'})
    expect(frontmatter.factbox).toBe(facts)
    expect((await factsOf(body, {factbox: 'off'})).frontmatter.factbox).toBe('off')
  })
})
