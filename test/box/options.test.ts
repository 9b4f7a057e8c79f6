/** The box's options through the plugin: checked once, each wrong one a TypeError naming it. */
import {describe, expect, it} from 'vitest'
import {resolveBoxSettings, trainedNameConfidence} from '../../src/box/index.js'
import {resolveOptions} from '../../src/options.js'
import {boxHast, render} from '../properties/pipeline.js'
import {byClass, textOf} from './helpers.js'

const article = `---
date: 2024-06-19
lang: de
---

(Berlin) Die Bundesregierung hat am Mittwoch ein Entlastungspaket für Berufspendler beschlossen. „Wir lassen niemanden allein, der jeden Tag zur Arbeit fahren muss“, sagte Bundeskanzler Jonas Kreutzer nach der Kabinettssitzung.

Die Pendlerpauschale soll vom 1. Januar 2025 an auf 38 Cent je Kilometer steigen. Finanzminister Martin Albrecht bezifferte die Kosten auf rund zwei Milliarden Euro im Jahr. „Das ist solide gegenfinanziert und belastet niemanden“, sagte Albrecht.

Die Opposition hält das Paket für zu klein. „Das reicht hinten und vorne nicht für die Menschen“, sagte CDU-Chef Bernd Hofstetter am Donnerstag im Bundestag.
`

describe('box options', () => {
  it('have defaults', () => {
    expect(resolveOptions({})).toMatchObject({maxQuotes: 3, maxPeople: 4, maxEvents: 5, nameConfidence: null, maxShare: 0.13})
    // null: the threshold trained for the article's language, where the training articles' names were right 97.5 % of
    // the time; a language the training had too little of takes the pooled one.
    for (const lang of ['de', 'en', 'fr'] as const) {
      expect(trainedNameConfidence(lang)).toBeGreaterThan(0.5)
      expect(trainedNameConfidence(lang)).toBeLessThan(1)
      expect(resolveBoxSettings(lang, {}).nameConfidence).toBe(trainedNameConfidence(lang))
    }
    expect(resolveBoxSettings('de', {nameConfidence: 0.3}).nameConfidence).toBe(0.3)
  })

  it.each([
    ['maxPeople', -1, /option `maxPeople` must be a whole number ≥ 0/u],
    ['maxPeople', 1.5, /`maxPeople`/u],
    ['maxEvents', 21, /option `maxEvents` must be a whole number from 0 to 20/u],
    ['maxEvents', '5', /`maxEvents`/u],
    ['nameConfidence', 1.5, /option `nameConfidence` must be a number from 0 to 1/u],
    ['nameConfidence', Number.NaN, /`nameConfidence`/u],
    ['nameConfidence', '0.5', /`nameConfidence`/u],
    ['maxShare', -0.1, /option `maxShare` must be a number from 0 to 1/u],
    ['maxShare', 2, /`maxShare`/u]
  ])('%s: %j is refused with a TypeError naming it', (name, value, message) => {
    expect(() => resolveOptions({[name]: value})).toThrow(TypeError)
    expect(() => resolveOptions({[name]: value})).toThrow(message)
  })

  it('nameConfidence: a voice below it stands without a name, after the named ones', () => {
    const named = boxHast(article, {maxShare: 1, nameConfidence: 0})!
    expect(byClass(named, 'factbox__speaker').map((cite) => textOf(cite))).toEqual(['Jonas Kreutzer', 'Martin Albrecht', 'Bernd Hofstetter'])
    const sure = boxHast(article, {maxShare: 1, nameConfidence: 1})!
    expect(byClass(sure, 'factbox__speaker')).toEqual([])
    expect(byClass(sure, 'factbox__quote')).toHaveLength(3)
  })

  it('nameConfidence by default: the plugin takes the threshold trained for the article’s language', () => {
    expect(render(article, {}).html).toBe(render(article, {nameConfidence: trainedNameConfidence('de')}).html)
    const english = article.replace('lang: de', 'lang: en')
    expect(render(english, {}).html).toBe(render(english, {nameConfidence: trainedNameConfidence('en')}).html)
  })

  it('maxQuotes, maxPeople and maxEvents bound their sections', () => {
    const box = boxHast(article, {maxShare: 1, maxQuotes: 1, maxPeople: 1, maxEvents: 1})!
    expect(byClass(box, 'factbox__quote')).toHaveLength(1)
    expect(byClass(box, 'factbox__person')).toHaveLength(1)
    expect(byClass(box, 'factbox__event')).toHaveLength(1)
  })

  it('maxShare: the box takes at most its share of the article, and all it can with 1', () => {
    const text = (html: string) => html.replace(/<[^>]*>/gu, '')
    const {html: whole} = render(article, {maxShare: 1})
    const {html: small} = render(article, {maxShare: 0.05})
    const box = (html: string) => /<aside[\s\S]*<\/aside>/u.exec(html)?.[0] ?? ''
    expect(text(box(small)).length).toBeLessThanOrEqual(220)
    expect(text(box(small)).length).toBeLessThan(text(box(whole)).length)
  })
})
