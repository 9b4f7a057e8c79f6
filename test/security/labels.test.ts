/**
 * `labels` are checked word by word when the options are read: a `.remarkrc.json`
 * can hold any JSON, and an object where a title belongs (a hast `<script>`
 * element) must not reach the box. A wrong label throws a `TypeError` that
 * names it, before any article is read.
 */
import {describe, expect, it} from 'vitest'
import type {Options} from '../../src/index.js'
import {boxesIn, render} from '../properties/pipeline.js'

const article = `---
date: 2024-06-19
lang: de
---

(Berlin) Die Regierung hat am Mittwoch beraten. „Wir lassen niemanden allein, das verspreche ich“, sagte Bundeskanzler Olaf Scholz.

Im Frühjahr 2023 hatte sie das Paket geplant, und im 2. Quartal 2023 ging es los.
`

const script = {type: 'element', tagName: 'script', properties: {}, children: [{type: 'text', value: 'alert(1)'}]}

/** The message of the TypeError that rendering with `labels` throws. */
function refusal(labels: unknown): string {
  try {
    render(article, {labels} as Options)
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError)
    return (error as Error).message
  }
  throw new Error('the labels were accepted')
}

describe('labels', () => {
  it('refuse an element where text belongs, naming the option', () => {
    expect(refusal({de: {title: script}})).toMatch(/option `labels\.de\.title` must be a string/u)
    expect(refusal(JSON.parse('{"de": {"voices": {"type": "raw", "value": "<script>alert(1)</script>"}}}'))).toMatch(/`labels\.de\.voices`/u)
    expect(refusal({en: {title: ['At', 'a glance']}})).toMatch(/`labels\.en\.title`/u)
    expect(refusal({fr: {title: null}})).toMatch(/`labels\.fr\.title`/u)
  })

  it('refuse a language whose words are not an object, and words the box does not have', () => {
    expect(refusal({de: 'Auf einen Blick'})).toMatch(/`labels\.de` must be an object/u)
    expect(refusal({de: {titel: 'Kurz'}})).toMatch(/unknown option `labels\.de\.titel`/u)
    expect(refusal(JSON.parse('{"de": {"__proto__": {"polluted": true}}}'))).toMatch(/unknown option `labels\.de\.__proto__`/u)
  })

  it('want all four seasons as text, and suffixes by plural category with `other`', () => {
    expect(refusal({de: {seasons: 'Sommer'}})).toMatch(/`labels\.de\.seasons` must be an object/u)
    expect(refusal({de: {seasons: {spring: 'a', summer: 'b', autumn: 'c'}}})).toMatch(/`labels\.de\.seasons\.winter` must be a string/u)
    expect(refusal({de: {seasons: {spring: 'a', summer: 'b', autumn: 'c', winter: script}}})).toMatch(/`labels\.de\.seasons\.winter`/u)
    expect(refusal({de: {seasons: {spring: 'a', summer: 'b', autumn: 'c', winter: 'd', monsoon: 'e'}}})).toMatch(/unknown option `labels\.de\.seasons\.monsoon`/u)
    expect(refusal({de: {ordinalSuffixes: {one: '.'}}})).toMatch(/`labels\.de\.ordinalSuffixes\.other` must be a string/u)
    expect(refusal({de: {ordinalSuffixes: '.'}})).toMatch(/`labels\.de\.ordinalSuffixes` must be an object/u)
    expect(refusal({de: {ordinalSuffixes: {other: '.', sixth: '.'}}})).toMatch(/unknown option `labels\.de\.ordinalSuffixes\.sixth`/u)
    expect(refusal({de: {ordinalSuffixes: {other: 1}}})).toMatch(/`labels\.de\.ordinalSuffixes\.other` must be a string/u)
  })

  it('refuse a locale Intl cannot read when the options are read, not while an article is made', () => {
    expect(refusal({de: {locale: 'de-!!'}})).toMatch(/option `labels\.de\.locale` must be a BCP 47 language tag/u)
    expect(refusal({de: {locale: ''}})).toMatch(/`labels\.de\.locale`/u)
    expect(refusal({de: {locale: 42}})).toMatch(/`labels\.de\.locale` must be a string/u)
  })

  it('take words that are right, and keep the default for a word left undefined', () => {
    const {html} = render(article, {
      // The whole box, so that every label shows.
      maxShare: 1,
      labels: {
        de: {
          locale: 'de-CH',
          title: undefined,
          voices: 'O-Töne',
          seasons: {spring: 'Lenz {year}', summer: 'Sommer {year}', autumn: 'Herbst {year}', winter: 'Winter {year}'},
          ordinalSuffixes: {other: '.'},
          quarter: '{ordinal} Viertel {year}'
        },
        en: undefined
      }
    })
    const [box] = boxesIn(html)
    expect(box).toContain('>Auf einen Blick<')
    expect(box).toContain('>O-Töne<')
    expect(box).toContain('Lenz 2023')
    expect(box).toContain('2. Viertel 2023')
  })
})
