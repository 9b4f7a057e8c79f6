/** French typography in the box: narrow no-break spaces inside « » and before ; : ! ?, and “1er”. */
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {renderFactBox, resolveBoxSettings} from '../../src/box/index.js'
import {frenchSpacing} from '../../src/box/text.js'
import {date, facts, quote, textOf} from './helpers.js'

describe('frenchSpacing', () => {
  it('puts a narrow no-break space (U+202F) inside « », in place of a space or where there was none', () => {
    expect(frenchSpacing('le mot «Ça suffit» a été dit')).toBe('le mot «\u202FÇa suffit\u202F» a été dit')
    expect(frenchSpacing('le mot « Ça suffit » a été dit')).toBe('le mot «\u202FÇa suffit\u202F» a été dit')
    expect(frenchSpacing('le mot «\u00A0Ça suffit\u00A0» a été dit')).toBe('le mot «\u202FÇa suffit\u202F» a été dit')
    expect(frenchSpacing('«»')).toBe('«\u202F»')
  })

  it('puts one before ; : ! ? where a space stood, and leaves times and addresses alone', () => {
    expect(frenchSpacing('Pourquoi ? Parce que ! Voici : rien ; fin')).toBe('Pourquoi\u202F? Parce que\u202F! Voici\u202F: rien\u202F; fin')
    expect(frenchSpacing('à 14:30, voir https://exemple.fr')).toBe('à 14:30, voir https://exemple.fr')
    expect(frenchSpacing('sans signes')).toBe('sans signes')
  })

  it('reads a long text in one pass', () => {
    const long = '« a » '.repeat(50_000)
    expect(frenchSpacing(long)).toBe('«\u202Fa\u202F» '.repeat(50_000))
  })
})

describe('a French box', () => {
  const article = facts({
    lang: 'fr',
    publicationDate: '2024-04-01',
    quotes: [quote('Nous dirons «non» à ce projet, et nous le dirons fort', 'Anne Dupont')],
    dates: [date('le 1er mars', '2024-03-01', 'Le 1er mars, le conseil a voté « contre » le projet de la mairie.')]
  })
  const box = renderFactBox(article, resolveBoxSettings('fr'))
  const html = toHtml(box)

  it('has narrow no-break spaces inside « » in quotations and events', () => {
    expect(textOf(box)).toContain('Nous dirons «\u202Fnon\u202F» à ce projet')
    expect(textOf(box)).toContain('le conseil a voté «\u202Fcontre\u202F» le projet')
    expect(textOf(box)).not.toMatch(/«[^\u202F]|[^\u202F]»/u)
  })

  it('writes the first day of a month “1er”', () => {
    expect(html).toContain('<time class="factbox__date" datetime="2024-04-01">1er avril 2024</time>')
    expect(html).toContain('<time class="factbox__date" datetime="2024-03-01">1er mars 2024</time>')
  })

  it('leaves German and English text as it is', () => {
    const german = renderFactBox({...article, lang: 'de'}, resolveBoxSettings('de'))
    expect(textOf(german)).toContain('Nous dirons «non» à ce projet')
    expect(toHtml(german)).toContain('>1. April 2024<')
  })
})
