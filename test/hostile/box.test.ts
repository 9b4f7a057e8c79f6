/**
 * Shapes that once made building the box quadratic (issue 13): a dated
 * sentence with a long run of `-`, `,` or `;` (a trailing-trim regex retried
 * from every position), `1. 2. 3. 12.03.2024` repeated (a regex per pair of
 * neighbouring dates over the whole sentence), thousands of distinct dates in
 * one sentence (the sentence read again for every date), dates and quotations
 * by the thousand (every date compared with every quotation), and a pasted
 * box's opening tag of `factbox factbox …` (a backtracking pattern).
 *
 * Each runs through the whole pipeline at 50 kB and 200 kB. No clock: the box's
 * text work is counted (`work.steps`: characters of sentences and tags read,
 * quotations passed in the sweep) and must grow with the article, at most 4.5×
 * for 4× the text; `npm run bench` measures the time.
 */
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {work} from '../../src/box/work.js'
import remarkFactbox, {type Options} from '../../src/index.js'
import {isRenderedBox} from '../../src/plugin.js'
import {boxesIn, render} from '../properties/pipeline.js'

const small = 50_000
const large = 200_000

/** `unit` repeated to `length` characters. */
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
/** `unit` repeated whole, to about `length` characters. */
const whole = (unit: string, length: number) => unit.repeat(Math.round(length / unit.length))
const front = '---\ndate: 2024-06-19\n---\n\n'
const months = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']

/** `am 1. Januar 1900, am 2. Januar 1900, …`: a distinct date every few words, in one sentence. */
function distinctDates(length: number, separator: string): string {
  let text = 'Es geschah '
  for (let i = 0; text.length < length; i++) text += `am ${1 + (i % 28)}. ${months[Math.floor(i / 28) % 12]} ${1900 + Math.floor(i / 336)}${separator}`
  return text + 'danach.'
}

/** The text work of one run of the pipeline on `markdown`, with what it rendered. */
function measured(markdown: string, options?: Options) {
  work.steps = 0
  const rendered = render(markdown, options)
  return {...rendered, steps: work.steps}
}

/** Runs `make` at 50 kB and 200 kB: the work must grow in proportion. Gives the larger run. */
function linear(make: (length: number) => string, options?: Options) {
  const a = measured(make(small), options)
  const b = measured(make(large), options)
  expect(a.steps).toBeGreaterThan(0)
  expect(b.steps / a.steps).toBeLessThanOrEqual(4.5)
  return b
}

/** The timeline's events (date and text) in a rendered box. */
const eventsIn = (html: string) =>
  [...(boxesIn(html)[0] ?? '').matchAll(/<li class="factbox__event">[\s\S]*?datetime="([^"]*)"[\s\S]*?factbox__event-text">([^<]*)</gu)].map((match) => [match[1], match[2]])

describe('building the box in linear time', {timeout: 60_000}, () => {
  it.each(['-', ',', ';', ' -', '.'])('a dated sentence with a long run of %j', (unit) => {
    const {html} = linear((length) => `${front}Am 4. März 2024 kam es zu ${fill(unit, length)}x Problemen.`)
    const [[datetime, event]] = eventsIn(html)
    expect(datetime).toBe('2024-03-04')
    // A short word before the cut goes ("zu"), the verb and its subject stay.
    expect(event).toBe('Am 4. März 2024 kam es\u00A0…')
    expect(event.length).toBeLessThanOrEqual(92)
    // The whole run reaches the article.
    expect(html.split(unit.trim()).length - 1).toBeGreaterThan(large / 3)
  })

  it('"1. 2. 3. 12.03.2024" repeated: neighbouring dates are compared where they stand', () => {
    const {html, facts} = linear((length) => front + fill('1. 2. 3. 12.03.2024 ', length))
    expect(facts.dates.length).toBeGreaterThan(1000)
    expect(eventsIn(html).map(([datetime]) => datetime)).toEqual(['2024-03-12'])
  })

  it.each([
    ['commas', ', '],
    ['no commas', ' '],
    ['parentheses', ' und ']
  ])('thousands of distinct dates in one sentence (%s): read in one pass, at most 20 events', (name, separator) => {
    const make = (length: number) => {
      const text = front + distinctDates(length, separator)
      return name === 'parentheses' ? text.replace(/am (\d+\. \S+ \d+)/gu, 'x ($1)') : text
    }
    // The most rows a timeline can have.
    const {html, facts} = linear(make, {maxEvents: 20})
    expect(facts.dates.length).toBeGreaterThan(5000)
    const events = eventsIn(html)
    expect(events).toHaveLength(20)
    // The first twenty the article dates, in chronological order.
    expect(events.map(([datetime]) => datetime)).toEqual(Array.from({length: 20}, (_, i) => `1900-01-${String(i + 1).padStart(2, '0')}`))
    for (const [, event] of events) expect(event.length).toBeLessThanOrEqual(92)
  })

  it('a thousand ranges joined by dashes are merged where they stand', () => {
    const make = (length: number) => {
      let text = `${front}Es war `
      // Each with words of its own: a range alone ("1001–1002,") is no event.
      for (let i = 0; text.length < length; i++) text += `${1000 + (i % 900)}–${1001 + (i % 900) + Math.floor(i / 900)} geschah etwas, `
      return text + 'so.'
    }
    const {html} = linear(make, {maxEvents: 20})
    const events = eventsIn(html)
    expect(events).toHaveLength(20)
    expect(events[0][0]).toBe('1000')
  })

  it('dates and quotations by the thousand: containment by one sweep', () => {
    const {html, facts} = linear((length) => front + whole('„Wir kommen am 3. Mai 2024 wieder“, sagte er am 1. Mai 2024. ', length))
    expect(facts.quotes.length).toBeGreaterThan(1000)
    // The date said in the quotation is none of the timeline's.
    expect(eventsIn(html).map(([datetime]) => datetime)).toEqual(['2024-05-01'])
  })

  it('the fixture repeated', async () => {
    const {readFileSync} = await import('node:fs')
    const article = readFileSync(new URL('../../fixtures/putin-kim.md', import.meta.url), 'utf8')
    const body = article.replace(/^---[\s\S]*?---\n/u, '')
    const {html} = linear((length) => front + whole(body + '\n\n', length))
    // A range shows as two dates (1950–1953): its first is the one read here.
    expect(eventsIn(html).map(([datetime]) => datetime)).toEqual(['1950', '2022-02', '2023-09', '2024-06-19'])
  })

  it.each([
    ['classes', (length: number) => '<aside class="' + fill('factbox ', length)],
    ['class attributes', (length: number) => '<aside ' + fill('class="factbox" ', length)],
    ['a closed tag of classes', (length: number) => '<aside class="' + fill('factbox ', length) + '">x</aside>']
  ])('an HTML node like a pasted box (%s) is read in one pass', (name, make) => {
    const article = `${front}„Wir kommen wieder und bleiben lange hier“, sagte Anna Berg am 4. März 2024.\n\n`
    const {html} = linear((length) => article + make(length))
    expect(boxesIn(html)).toHaveLength(1)
    // Only a whole `<aside …>…</aside>` is a box, and an earlier run's box goes.
    const processor = unified().use(remarkParse).use(remarkFactbox)
    const tree = processor.runSync(processor.parse(article + make(1000))) as Root
    expect(tree.children.some((node) => node.type === 'html')).toBe(name !== 'a closed tag of classes')
  })
})

describe('a pasted box, read by hand', () => {
  // The pattern it replaces, right on short input: the reference for what counts as a box.
  const pattern = /^\s*<aside\b[^>]*\bclass="(?:[^"]*\s)?factbox(?:\s[^"]*)?"[^>]*>[\s\S]*<\/aside>\s*$/u

  it.each([
    '<aside class="factbox">x</aside>',
    '  \n<aside class="factbox" aria-labelledby="a">\n<h2>x</h2>\n</aside>\n ',
    '<aside class="a factbox b">x</aside>',
    '<aside class="a\tfactbox">x</aside>',
    '<aside id="x" class="factbox__title factbox">x</aside>',
    '<aside data-class="factbox">x</aside>',
    '<aside class="factboxes">x</aside>',
    '<aside class="xfactbox">x</aside>',
    '<aside class="other" class="factbox">x</aside>',
    '<aside class="other">x</aside>',
    '<aside class="factbox">x</aside> and more',
    '<aside class="factbox"></aside>',
    '<aside class="factbox"',
    '<aside class="factbox>x</aside>',
    '<aside class="x>y factbox">x</aside>',
    '<aside title="a>b" class="factbox">x</aside>',
    '<asides class="factbox">x</aside>',
    '<ASIDE class="factbox">x</ASIDE>',
    '<asideclass="factbox">x</aside>',
    '<aside\nclass="factbox">x</aside>',
    '<div class="factbox">x</div>',
    '<aside class="factbox">',
    '</aside>'
  ])('%j', (html) => {
    expect(isRenderedBox(html, 'factbox')).toBe(pattern.test(html))
  })
})
