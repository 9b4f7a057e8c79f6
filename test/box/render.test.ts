import type {Element} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {
  defaultBoxSettings,
  defaultLabels,
  renderFactBox,
  resolveBoxSettings,
  type BoxSettings
} from '../../src/box/index.js'
import {goldFacts} from './fixture.js'
import {byClass, date, elements, facts, hasClass, quote, textOf} from './helpers.js'
import {model} from '../../src/attribution/model.js'

const settings = (partial: Partial<BoxSettings> = {}, lang: 'de' | 'en' | 'fr' = 'de') =>
  resolveBoxSettings(lang, partial)

const sectionsOf = (box: Element) =>
  box.children
    .filter((child): child is Element => child.type === 'element' && child.tagName === 'section')
    .map((section) => {
      const name = (section.properties.className as string[]).find((name) => name.includes('__section--'))
      return name?.split('--')[1]
    })

describe('renderFactBox', () => {
  it('is an aside labelled by its title heading', () => {
    const box = renderFactBox(goldFacts(), settings())
    expect(box.tagName).toBe('aside')
    expect(hasClass(box, 'factbox')).toBe(true)
    const heading = box.children[0] as Element
    expect(heading.tagName).toBe('h2')
    expect(heading.properties.id).toMatch(/^user-content-factbox-[0-9a-z]{7}-title$/u)
    expect(textOf(heading)).toBe('Auf einen Blick')
    expect(box.properties.ariaLabelledBy).toEqual([heading.properties.id])
    expect(toHtml(box)).toMatch(/^<aside class="factbox" aria-labelledby="user-content-factbox-[0-9a-z]{7}-title">/)
  })

  it('has the four sections in the default order, each with a heading one rank lower', () => {
    const box = renderFactBox(goldFacts(), settings())
    expect(sectionsOf(box)).toEqual(['when', 'who', 'voices', 'timeline'])
    const headings = byClass(box, 'factbox__heading')
    expect(headings.map((heading) => heading.tagName)).toEqual(['h3', 'h3', 'h3', 'h3'])
    expect(headings.map((heading) => textOf(heading))).toEqual(['Wann', 'Wer', 'Stimmen', 'Chronik'])
  })

  it('uses the sections given, in their order, once each', () => {
    const box = renderFactBox(goldFacts(), settings({sections: ['timeline', 'voices', 'timeline']}))
    expect(sectionsOf(box)).toEqual(['timeline', 'voices'])
  })

  it('follows headingLevel, with section headings capped at h6', () => {
    const box4 = renderFactBox(goldFacts(), settings({headingLevel: 4}))
    expect((box4.children[0] as Element).tagName).toBe('h4')
    expect(byClass(box4, 'factbox__heading')[0].tagName).toBe('h5')
    const box6 = renderFactBox(goldFacts(), settings({headingLevel: 6}))
    expect((box6.children[0] as Element).tagName).toBe('h6')
    expect(byClass(box6, 'factbox__heading')[0].tagName).toBe('h6')
  })

  it('puts idPrefix on every id and classPrefix on every class', () => {
    const box = renderFactBox(goldFacts(), settings({idPrefix: 'x-', classPrefix: 'kf'}))
    const all = elements(box)
    const ids = all.map((element) => element.properties.id).filter((id) => id !== undefined)
    expect(ids.length).toBeGreaterThan(1)
    for (const id of ids) expect(String(id)).toMatch(/^x-kf-/)
    expect(new Set(ids).size).toBe(ids.length)
    expect(box.properties.ariaLabelledBy).toEqual([expect.stringMatching(/^x-kf-[0-9a-z]{7}-title$/u)])
    for (const element of all) {
      for (const name of (element.properties.className as string[] | undefined) ?? []) {
        expect(name === 'kf' || name.startsWith('kf__')).toBe(true)
      }
    }

    const html = toHtml(renderFactBox(goldFacts(), settings()))
    for (const [, id] of html.matchAll(/\sid="([^"]*)"/g)) expect(id).toMatch(/^user-content-factbox-/)
  })

  it('escapes whatever the article says', () => {
    const nasty = facts({
      dateline: '<b>Paris</b>',
      quotes: [
        quote('<script>alert("x")</script> & it\'s <img src=x onerror=alert(1)> "quoted"', 'Eve <img src=x onerror=alert(1)>')
      ],
      people: [{name: 'Eve <img src=x onerror=alert(1)>', role: 'Chefin & "Hackerin" <script>'}],
      dates: [date('2019', '2019', '<script>alert(1)</script> Im Jahr 2019 geschah es & mehr.')]
    })
    const html = toHtml(renderFactBox(nasty, settings()))
    expect(html).not.toMatch(/<script|<img|<b>/)
    expect(html).toContain('&#x3C;script>alert("x")&#x3C;/script> &#x26; it\'s &#x3C;img src=x onerror=alert(1)> "quoted"')
    expect(html).toContain('<cite class="factbox__speaker">Eve &#x3C;img src=x onerror=alert(1)></cite>')
    expect(html).toContain('Chefin &#x26; "Hackerin" &#x3C;script>')
    expect(html).toContain('&#x3C;b>Paris&#x3C;/b>')
    // Never raw nodes.
    const types = new Set<string>()
    const visit = (node: {type: string; children?: unknown[]}) => {
      types.add(node.type)
      for (const child of (node.children ?? []) as Array<{type: string}>) visit(child)
    }

    visit(renderFactBox(nasty, settings()))
    expect([...types].sort()).toEqual(['element', 'text'])
  })

  it('renders voices as figure > blockquote + figcaption with the name in cite, the role only under “who”', () => {
    const box = renderFactBox(goldFacts(), settings())
    const figures = byClass(box, 'factbox__quote')
    expect(figures).toHaveLength(3)
    for (const figure of figures) {
      expect(figure.tagName).toBe('figure')
      const [blockquote, figcaption] = figure.children as Element[]
      expect(blockquote.tagName).toBe('blockquote')
      expect((blockquote.children[0] as Element).tagName).toBe('p')
      expect(figcaption.tagName).toBe('figcaption')
      expect(figcaption.children).toHaveLength(1)
      expect((figcaption.children[0] as Element).tagName).toBe('cite')
    }

    expect(figures.map((figure) => textOf(figure.children[1] as Element))).toEqual(['Wladimir Putin', 'Kim Jong-un', 'Koh Yu-hwan'])
    expect(byClass(box, 'factbox__person').map((item) => textOf(item))).toContain('Wladimir Putin, russischer Präsident')
    expect(byClass(renderFactBox(goldFacts(), settings({maxQuotes: 1})), 'factbox__quote')).toHaveLength(1)
  })

  it('shows an unnamed speaker’s description outside cite, and a voice not sure enough to name without one', () => {
    const box = renderFactBox(
      facts({
        quotes: [
          quote('Die Straße bleibt bis morgen früh für alle gesperrt', null, {mention: 'ein Polizeisprecher'}),
          quote('Wir haben das Feuer am Abend unter Kontrolle gebracht', 'Anna Muster', {confidence: 0.3})
        ]
      }),
      settings({nameConfidence: 0.5})
    )
    const html = toHtml(box)
    expect(html).toContain('<figcaption class="factbox__quote-source"><span class="factbox__description">ein Polizeisprecher</span></figcaption>')
    expect(html).not.toContain('<cite')
    expect(html).not.toContain('Anna Muster')
    expect(byClass(box, 'factbox__quote')).toHaveLength(2)
  })

  it('lists at most four people, the voices’ speakers first, each with a short role, in article order', () => {
    const people = [
      {name: 'Erste Person', role: null},
      {name: 'Zweite Person', role: 'Sprecherin'},
      {name: 'Anna Muster', role: 'emeritierte Professorin für Nordkoreastudien an der Dongguk Universität'},
      {name: 'Vierte Person', role: 'Professor für Koreanistik an der Universität'},
      {name: 'Fünfte Person', role: 'Vorsitzender, Bund der Steuerzahler'}
    ]
    const box = renderFactBox(facts({people, quotes: [quote('Das ist die Aussage mit genug Wörtern für einen Satz', 'Anna Muster')]}), settings())
    expect(byClass(box, 'factbox__person').map((item) => textOf(item))).toEqual([
      'Erste Person',
      'Zweite Person, Sprecherin',
      'Anna Muster, emeritierte Professorin',
      'Vierte Person, Professor für Koreanistik'
    ])
    expect(byClass(renderFactBox(facts({people}), settings({maxPeople: 2})), 'factbox__person')).toHaveLength(2)
    expect(byClass(renderFactBox(facts({people}), settings({maxPeople: 5})), 'factbox__person').map((item) => textOf(item)).at(-1)).toBe('Fünfte Person, Vorsitzender')
  })

  it('holds no more text than its share of the article, voices first, and all of it with maxShare 1', () => {
    const full = renderFactBox(goldFacts(), settings())
    const share = renderFactBox(goldFacts(), settings({articleLength: 5000}))
    const short = renderFactBox(goldFacts(), settings({articleLength: 500}))
    const length = (box: Element) => textOf(box).length
    expect(length(share)).toBeLessThanOrEqual(0.13 * 5000)
    // Never less than 220 characters of room, whatever the article: the when line and a voice.
    expect(length(short)).toBeLessThanOrEqual(220)
    expect(sectionsOf(short)).toEqual(['when', 'voices'])
    expect(byClass(short, 'factbox__quote')).toHaveLength(1)
    expect(length(share)).toBeLessThan(length(full))
    expect(sectionsOf(share)).toEqual(['when', 'who', 'voices', 'timeline'])
    expect(byClass(share, 'factbox__quote')).toHaveLength(2)
    // The timeline keeps the rows that name someone, in order of date.
    expect(byClass(share, 'factbox__event').map((row) => textOf(row))).toEqual([
      'September 2023 Im September 2023 reiste Kim Jong-un mit einem Panzerzug in den Fernen Osten Russlands\u00A0…',
      '19. Juni 2024 Nordkorea und Russland hätten am Mittwoch ein … Verteidigungsabkommen unterzeichnet'
    ])
    expect(toHtml(renderFactBox(goldFacts(), settings({articleLength: 500, maxShare: 1})))).toBe(toHtml(full))
  })

  it('renders the people with their roles', () => {
    const box = renderFactBox(
      facts({people: [{name: 'Anna Muster', role: 'Bürgermeisterin'}, {name: 'Ben Beispiel', role: null}]}),
      settings()
    )
    expect(byClass(box, 'factbox__person').map((item) => textOf(item))).toEqual([
      'Anna Muster, Bürgermeisterin',
      'Ben Beispiel'
    ])
  })

  it('renders the publication date as <time> and the dateline place', () => {
    const html = toHtml(renderFactBox(goldFacts(), settings()))
    expect(html).toContain('<time class="factbox__date" datetime="2024-06-19">19. Juni 2024</time>')
    expect(html).toContain('<dd class="factbox__meta-value factbox__place">Seoul</dd>')
    // A publication date that is not YYYY-MM-DD stays text.
    const odd = toHtml(renderFactBox(facts({publicationDate: 'gestern'}), settings()))
    expect(odd).toContain('gestern')
    expect(odd).not.toContain('<time')
  })

  it('renders timeline dates as valid <time> elements, ranges as two', () => {
    const box = renderFactBox(goldFacts(), settings())
    const html = toHtml(box)
    expect(html).toContain(
      '<span class="factbox__event-date"><time class="factbox__date" datetime="1950">1950</time>–<time class="factbox__date" datetime="1953">1953</time></span>'
    )
    expect(html).toContain('<time class="factbox__date" datetime="2023-09">September 2023</time>')
    expect(html).toContain('<time class="factbox__date" datetime="2022-02">Februar 2022</time>')
    const timeline = byClass(box, 'factbox__timeline')[0]
    expect(timeline.tagName).toBe('ol')
    expect(byClass(timeline, 'factbox__event')).toHaveLength(4)

    const decade = toHtml(
      renderFactBox(facts({dates: [date('in den Neunzigern', '199', 'In den Neunzigern war alles anders.')]}), settings())
    )
    expect(decade).toContain('<span class="factbox__date">1990er</span>')
  })

  it('gives only valid HTML datetime values', () => {
    const values = ['2024-06-19', '2023-09', '1950/1953', '199', '19', '2024-SU', '2024-W25', '2024-06-19T10', '2024-06-19TEV', 'P24Y']
    const box = renderFactBox(
      facts({dates: values.map((value, i) => date('x', value, `An diesem Tag x geschah etwas Nummer ${i}.`))}),
      settings({maxEvents: 20})
    )
    const datetimes = elements(box)
      .filter((element) => element.tagName === 'time')
      .map((element) => String(element.properties.dateTime))
    expect(datetimes.length).toBeGreaterThan(0)
    for (const value of datetimes) {
      expect(value).toMatch(/^(\d{4,}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?)$/)
    }
  })

  it('leaves out empty sections', () => {
    const onlyPeople = renderFactBox(facts({people: [{name: 'Anna', role: null}]}), settings())
    expect(sectionsOf(onlyPeople)).toEqual(['who'])

    // Quotes that do not qualify: no voices section.
    const weak = renderFactBox(
      facts({quotes: [quote('Das sagt niemand Bestimmtes, aber es ist gesagt', null), quote('gut', 'Anna', {kind: 'partial'})]}),
      settings()
    )
    expect(sectionsOf(weak)).toEqual([])
  })

  it('is a valid aside with a title when there are no facts at all', () => {
    const box = renderFactBox(facts(), settings())
    expect(toHtml(box).replace(/factbox-[0-9a-z]{7}-/gu, 'factbox-KEY-')).toBe(
      '<aside class="factbox" aria-labelledby="user-content-factbox-KEY-title"><h2 class="factbox__title" id="user-content-factbox-KEY-title">Auf einen Blick</h2></aside>'
    )
  })

  it('speaks the labels’ language', () => {
    const en = renderFactBox({...goldFacts(), lang: 'en'}, settings({}, 'en'))
    expect(textOf(en.children[0])).toBe('At a glance')
    expect(byClass(en, 'factbox__heading').map((heading) => textOf(heading))).toEqual(['When', 'Who', 'Voices', 'Timeline'])
    expect(toHtml(en)).toContain('>June 19, 2024</time>')

    const fr = renderFactBox({...goldFacts(), lang: 'fr'}, settings({}, 'fr'))
    expect(textOf(fr.children[0])).toBe('L’essentiel')
    expect(byClass(fr, 'factbox__heading').map((heading) => textOf(heading))).toEqual([
      'Quand',
      'Qui',
      'Citations',
      'Chronologie'
    ])
    expect(toHtml(fr)).toContain('>septembre 2023</time>')
    expect(toHtml(fr)).toContain('>19 juin 2024</time>')
  })

  it('fills in defaults from the facts’ language', () => {
    expect(defaultBoxSettings).toEqual({
      sections: ['when', 'who', 'voices', 'timeline'],
      maxQuotes: 3,
      maxPeople: 4,
      maxEvents: 5,
      nameConfidence: model.box,
      maxShare: 0.13,
      headingLevel: 2,
      classPrefix: 'factbox',
      idPrefix: 'user-content-'
    })
    const box = renderFactBox({...goldFacts(), lang: 'fr'}, {})
    expect(textOf(box.children[0])).toBe(defaultLabels.fr.title)
    expect(byClass(box, 'factbox__quote')).toHaveLength(3)
  })

  it('is deterministic and leaves the facts alone', () => {
    const input = goldFacts()
    const copy = structuredClone(input)
    const first = toHtml(renderFactBox(input, settings()))
    const second = toHtml(renderFactBox(input, settings()))
    expect(second).toBe(first)
    expect(input).toEqual(copy)
  })
})
