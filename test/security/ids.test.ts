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
    for (const id of ids) expect(id).toMatch(/^user-content-factbox-(?:title|when|who|voices|timeline)$/u)
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

  it('do not depend on the words of the article', () => {
    const ids = names.map((name) => idsIn(boxesIn(render(article(name)).html)[0]).join(' '))
    expect(new Set(ids).size).toBe(1)
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
