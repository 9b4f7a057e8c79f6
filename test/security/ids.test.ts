/**
 * DOM clobbering: every id the box adds carries the prefix (`user-content-` by
 * default, as rehype-sanitize expects), whatever the article and its words are
 * called, so no id of the box can shadow a global (`window.__proto__`, `document.x`).
 */
import {describe, expect, it} from 'vitest'
import {renderFactBox, type SectionName} from '../../src/box/index.js'
import {extractFacts} from '../../src/index.js'
import {boxesIn, render} from '../properties/pipeline.js'

const names = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'location', 'document', 'cookie', 'factbox-title']

const article = (name: string) => `---
date: 2024-06-19
lang: de
${name}: 1
---

# ${name}

(${name}) Die Regierung hat am Mittwoch über ${name} beraten. „${name} ist ein Wort, das wir hier nicht mehr hören wollen“, sagte Bundeskanzler Olaf Scholz.

## ${name}

[${name}]: https://example.com

„Über ${name} und [${name}](#${name}) reden wir am Donnerstag weiter“, sagte Olaf Scholz.
`

/** The values of every `id`, `name` and `for`-like attribute in HTML. */
const idsIn = (html: string) => [...html.matchAll(/\s(?:id|name|for|aria-labelledby|aria-describedby)="([^"]*)"/gu)].flatMap((match) => match[1].split(' '))

describe('ids of the box', () => {
  it.each(names)('carry the prefix in an article about %s', (name) => {
    const {html} = render(article(name))
    const [box] = boxesIn(html)
    expect(box).toBeDefined()
    const ids = idsIn(box)
    expect(ids.length).toBeGreaterThan(1)
    for (const id of ids) expect(id).toMatch(/^user-content-factbox-[0-9a-z]{7}-(?:title|when|who|voices|timeline)$/u)
    // Nothing else in the page got an id from the plugin either.
    for (const id of idsIn(html)) expect(id.startsWith('user-content-')).toBe(true)
  })

  it('carry a prefix given as an option', () => {
    const [box] = boxesIn(render(article('__proto__'), {idPrefix: 'article-7-'}).html)
    for (const id of idsIn(box)) expect(id).toMatch(/^article-7-factbox-/u)
  })

  it('carry the prefix with any class prefix', () => {
    const [box] = render(article('x'), {classPrefix: 'constructor'}).html.match(/<aside class="constructor"[\s\S]*?<\/aside>/u) ?? []
    expect(box).toBeDefined()
    for (const id of idsIn(box!)) expect(id).toMatch(/^user-content-constructor-/u)
  })

  it('are the same for the same article', () => {
    expect(render(article('x')).html).toBe(render(article('x')).html)
  })
})

/**
 * Ids as rehype-slug (which Astro runs by default) gives them to the headings that have none, with
 * github-slugger's rules: lower case, punctuation dropped, spaces made `-`, a repeat numbered.
 */
function slugHeadings(html: string): string[] {
  const seen = new Set<string>()
  const ids = elementIds(html)
  for (const [, attributes, inner] of html.matchAll(/<h[1-6]([^>]*)>([\s\S]*?)<\/h[1-6]>/gu)) {
    if (/\sid="/u.test(attributes)) continue
    const text = inner.replace(/<[^>]*>/gu, '').replaceAll('&#x3C;', '<').replaceAll('&#x26;', '&')
    const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replaceAll(' ', '-')
    let slug = base
    for (let n = 1; seen.has(slug); n++) slug = `${base}-${n}`
    seen.add(slug)
    ids.push(slug)
  }
  return ids
}

/** The values of `id` attributes (not of the attributes that point at one). */
const elementIds = (html: string) => [...html.matchAll(/\sid="([^"]*)"/gu)].map((match) => match[1])

/** Ids that stand more than once. */
const repeated = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index)

describe('ids on a page', () => {
  const said = (name: string) => `„Wir lassen niemanden allein, das verspreche ich“, sagte ${name} am Mittwoch.`

  it('differ between two boxes, so that two articles on one page share none', () => {
    const first = render(`# Eins\n\n${said('Olaf Scholz')}\n`).html
    const second = render(`# Zwei\n\n${said('Anna Berg')}\n`).html
    const ids = [...elementIds(first), ...elementIds(second)]
    expect(ids.length).toBeGreaterThan(4)
    expect(repeated(ids)).toEqual([])
  })

  it('never equal what a heading of the article is slugged to', () => {
    // The heading's slug was the box's title id.
    const {html} = render(`## User-content factbox title\n\n${said('Olaf Scholz')}\n\n## User-content factbox title\n\n## Factbox voices\n`)
    const ids = slugHeadings(html)
    expect(ids).toContain('user-content-factbox-title')
    expect(repeated(ids)).toEqual([])
  })

  it('take another key when a heading holds the one the box would have', () => {
    const text = `${said('Olaf Scholz')}\n\n`
    const key = /factbox-([0-9a-z]{7})-title/u.exec(render(text).html)![1]
    for (const heading of [`User-content factbox ${key} title`, `Factbox-${key}-title`, `${key.toUpperCase()}`]) {
      const {html} = render(`${text}## ${heading}\n`)
      expect(html, heading).not.toContain(`factbox-${key}-`)
      expect(repeated(slugHeadings(html)), heading).toEqual([])
      // The same article still gets the same ids.
      expect(render(`${text}## ${heading}\n`).html).toBe(html)
    }
  })
})

describe('names from Object.prototype', () => {
  it('are no sections of the box', () => {
    const facts = extractFacts(article('__proto__'))
    const sections = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'when'] as unknown as SectionName[]
    const box = renderFactBox(facts, {sections})
    const rendered = box.children.filter((child) => child.type === 'element' && child.tagName === 'section')
    expect(rendered).toHaveLength(1)
  })

  it('are refused as options', () => {
    expect(() => render('x', {sections: ['__proto__'] as unknown as SectionName[]})).toThrow(TypeError)
    expect(() => render('x', JSON.parse('{"labels": {"__proto__": {"title": "x"}}}'))).toThrow(TypeError)
    expect(() => render('x', JSON.parse('{"__proto__": {"placement": "top"}}'))).toThrow(TypeError)
    expect(() => render('x', {idPrefix: '"><script>'})).toThrow(TypeError)
    expect(() => render('x', {classPrefix: 'a" onclick="x'})).toThrow(TypeError)
  })

  it('leave Object.prototype alone', () => {
    expect(() => render(article('__proto__'), JSON.parse('{"labels": {"de": {"__proto__": {"polluted": true}}}}'))).toThrow(TypeError)
    extractFacts(article('__proto__'))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
