/**
 * What an article says reaches the box as text, never as markup: through the
 * whole pipeline (Markdown → plugin → remark-rehype → rehype-stringify), on the
 * hast of the box before it is stringified, and on the HTML string.
 */
import type {Element, Nodes} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {renderFactBox} from '../../src/box/index.js'
import type {Facts} from '../../src/index.js'
import {boxHast, boxesIn, render} from '../properties/pipeline.js'

const script = '<script>alert(1)</script>'
const image = '<img src=x onerror=alert(1)>'

/** Elements and attributes the box is made of: nothing else may appear in it. */
const tagNames = new Set(['aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'dl', 'div', 'dt', 'dd', 'ul', 'ol', 'li', 'span', 'figure', 'blockquote', 'p', 'figcaption', 'cite', 'time'])
const propertyNames = new Set(['className', 'id', 'ariaLabelledBy', 'dateTime'])

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node)
  if ('children' in node) for (const child of node.children) walk(child, visit)
}

/** Every element and attribute is one the box builds; attribute values are plain tokens. */
function expectOnlyBoxMarkup(box: Element): void {
  walk(box, (node) => {
    expect(node.type === 'element' || node.type === 'text', node.type).toBe(true)
    if (node.type !== 'element') return
    expect(tagNames.has(node.tagName), node.tagName).toBe(true)
    for (const [name, value] of Object.entries(node.properties)) {
      expect(propertyNames.has(name), name).toBe(true)
      for (const token of Array.isArray(value) ? value : [value]) expect(String(token)).toMatch(/^[\w:+-]+$/u)
    }
  })
}

function textOf(node: Nodes): string {
  let text = ''
  walk(node, (child) => {
    if (child.type === 'text') text += child.value
  })
  return text
}

/** No tag, attribute or URL scheme from the payloads survives as markup. */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<script/iu)
  expect(html).not.toMatch(/<img/iu)
  // Tags are the box's own: no event handler, no URL.
  for (const [tag] of html.matchAll(/<[a-z][^<>]*>/giu)) {
    expect(tag).not.toMatch(/\son\w+\s*=/iu)
    expect(tag).not.toMatch(/\s(?:href|src|style)\s*=/iu)
  }
}

const article = `---
date: 2024-06-19
lang: de
---

(Berlin) Die Bundesregierung hat am Mittwoch über die Sicherheit ihrer Seiten beraten. „Wir werden \\<script>alert(1)\\</script> auf unseren Seiten niemals dulden, das ist klar“, sagte Bundeskanzler Olaf Scholz.

„Ein Bild wie \`${image}\` gehört nicht auf die Seiten des Bundes“, sagte Friedrich Merz, Vorsitzender der Union.

„Wer auf [diesen Link](javascript:alert(1)) klickt, hat &lt;b&gt;Pech&lt;/b&gt; und "Anführungszeichen" & 'Apostrophe' dazu“, sagte Friedrich Merz.

Am 20. Juni 2024 wurde über \\<img src=x onerror=alert(1)> im Bundestag gestritten.
`

describe('the box shows what the article says as text', () => {
  // The whole box (`maxShare: 1`): every quotation and event of this short article is in it.
  const {html} = render(article, {maxShare: 1})
  const [box] = boxesIn(html)
  const tree = boxHast(article, {maxShare: 1})!

  it('holds the quotations with their markup-like words', () => {
    expect(box).toBeDefined()
    const text = textOf(tree)
    expect(text).toContain(script)
    expect(text).toContain(image)
    expect(text).toContain('"Anführungszeichen" & \'Apostrophe\'')
  })

  it('escapes them in the HTML', () => {
    expect(box).toContain('&#x3C;script>alert(1)&#x3C;/script>')
    expect(box).toContain('&#x3C;img src=x onerror=alert(1)>')
    expect(box).toContain('&#x26; \'Apostrophe\'')
    expectInert(box)
  })

  it('builds the box of its own elements and attributes only', () => {
    expectOnlyBoxMarkup(tree)
  })

  it('never turns a link of the article into a link of the box', () => {
    expect(textOf(tree)).toContain('diesen Link')
    expect(box).not.toContain('javascript:')
  })

  it('shows the event of a date as text too', () => {
    const events = html.match(/<span class="factbox__event-text">[^<]*<\/span>/gu) ?? []
    expect(events.join('')).toContain('&#x3C;img src=x onerror=alert(1)>')
  })
})

describe('payloads in every field of the facts', () => {
  const payloads = [script, image, '"><script>alert(1)</script>', "'><img src=x onerror=alert(1)>", 'javascript:alert(1)', '&amp; &lt;b&gt; &#x3C;', '{{constructor.constructor("alert(1)")()}}']

  it.each(payloads)('%s', (payload) => {
    const facts: Facts = {
      lang: 'de',
      publicationDate: payload,
      dateline: payload,
      quotes: [
        {
          text: `${payload} und noch viele weitere Worte dazu`,
          speaker: payload,
          mention: payload,
          cue: payload,
          kind: 'full',
          closed: true,
          confidence: 0.9,
          position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}
        }
      ],
      dates: [
        {
          text: '2024',
          value: '2024',
          type: 'DATE',
          certain: true,
          sentence: `Im Jahr 2024 geschah ${payload}.`,
          position: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 5, offset: 14}}
        },
        {
          text: payload,
          value: payload,
          type: 'DATE',
          certain: true,
          sentence: payload,
          position: {start: {line: 3, column: 1, offset: 20}, end: {line: 3, column: 5, offset: 24}}
        }
      ],
      people: [{name: payload, role: payload}]
    }
    const box = renderFactBox(facts, {labels: undefined})
    expectOnlyBoxMarkup(box)
    // The payload is there, whole, as text ...
    expect(textOf(box)).toContain(payload)
    // ... and stays text in HTML.
    expectInert(toHtml(box))
  })

  it('labels given as options are text as well', () => {
    const {html} = render(article, {labels: {de: {title: script, voices: image}}})
    const [box] = boxesIn(html)
    expect(box).toContain('&#x3C;script>')
    expectInert(box)
  })
})

describe('raw HTML in the article never reaches the box', () => {
  const withHtml = `---
date: 2024-06-19
---

(Berlin) Die Regierung hat am Mittwoch beraten. „Wir werden <b onclick="alert(1)">niemals</b> nachgeben, <span class="evil">das ist</span> klar“, sagte Bundeskanzler Olaf Scholz.

<script>alert("„Das ist ein Zitat aus einem Skript, das niemand gesagt hat“, sagte Olaf Scholz.")</script>

<div onmouseover="alert(1)">

„Auch das hier ist ein Zitat in einem Block aus HTML“, sagte Olaf Scholz am Donnerstag.

</div>

<!-- „Ein Zitat im Kommentar, das niemand lesen soll“, sagte Olaf Scholz. -->
`

  it.each([
    ['the default pipeline', false],
    ['a pipeline that lets raw HTML through', true]
  ])('in %s', (_name, dangerous) => {
    const tree = boxHast(withHtml)!
    walk(tree, (node) => expect(node.type).not.toBe('raw'))
    expectOnlyBoxMarkup(tree)
    const text = textOf(tree)
    for (const word of ['onclick', 'evil', 'Skript', 'Kommentar', 'onmouseover', '<b', '<span']) expect(text).not.toContain(word)
    const {html} = render(withHtml, undefined, dangerous)
    const [box] = boxesIn(html)
    expect(box).toBeDefined()
    expectInert(box)
    expect(box).not.toContain('evil')
    // The HTML of the article stays where the author put it (or goes, without allowDangerousHtml).
    expect(html.includes('<b onclick')).toBe(dangerous)
  })
})

describe('bidi controls never reach the box', () => {
  // A right-to-left override that a shortened quotation kept without its closing pop reversed
  // everything after it in the box: "sagte … am 4. März 2024".
  const override = '\u202E'
  const pop = '\u202C'
  const long = `Wir ${override}werden das Land nicht allein lassen, und wir werden jeden Tag daran arbeiten, dass die Versorgung der Menschen gesichert ist, in jeder Stadt und in jedem Dorf, so lange es nötig ist, und noch lange danach, das verspreche ich allen hier${pop} heute`
  const article = `---\ndate: 2024-06-19\n---\n\n„${long}“, sagte Anna Berg am 4. März 2024.\n\n„Das ist ${'\u2067'}ein Satz mit Isolat und ohne Ende, sagte Anna Berg“, sagte Anna Berg am 5. März 2024.\n`

  it('are dropped from every text of the box, which stays shortened and balanced', () => {
    const {html} = render(article)
    const [box] = boxesIn(html)
    expect(box).toContain('Wir werden das Land')
    expect(box).toContain('sagte Anna Berg am 4. März 2024')
    expect(box).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u)
    // The article itself keeps every character.
    expect(html.replace(box, '')).toContain(`${override}werden`)
    expect(html.replace(box, '')).toContain(`hier${pop} heute`)
  })

  it('are dropped from names, roles and datelines too', () => {
    const facts: Facts = {
      lang: 'de',
      publicationDate: '2024-06-19',
      dateline: `${override}Berlin`,
      quotes: [],
      dates: [],
      people: [{name: `Anna ${override}Berg`, role: `Ministerin${'\u2066'}`}]
    }
    const text = toHtml(renderFactBox(facts))
    expect(text).toContain('Anna Berg')
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u)
  })
})
