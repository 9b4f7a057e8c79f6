/**
 * Positions of facts where the text of the tree differs from the source:
 * escapes, character references, container prefixes, inline code and markup.
 */
import {describe, expect, it} from 'vitest'
import {extractFacts} from '../../src/index.js'

const sliceOf = (source: string, position: {start: {offset?: number | undefined}; end: {offset?: number | undefined}}) =>
  source.slice(position.start.offset, position.end.offset)

describe('positions map the plain text back to the source', () => {
  it.each([
    ['plain', '„Wir sind heute bereit, alles zu tun“, sagte Putin.', '„Wir sind heute bereit, alles zu tun“'],
    ['emphasis and a link', '„Wir *sind* [heute](https://example.com) bereit, alles zu tun“, sagte Putin.', '„Wir *sind* [heute](https://example.com) bereit, alles zu tun“'],
    ['escapes', '„Wir \\*sind\\* heute bereit, alles zu tun“, sagte Putin.', '„Wir \\*sind\\* heute bereit, alles zu tun“'],
    ['a blockquote', '> „Wir sind\n> heute bereit, alles zu tun“, sagte Putin.', '„Wir sind\n> heute bereit, alles zu tun“'],
    ['a list item', '- „Wir sind\n  heute bereit, alles zu tun“, sagte Putin.', '„Wir sind\n  heute bereit, alles zu tun“'],
    ['a hard break', '„Wir sind  \nheute bereit, alles zu tun“, sagte Putin.', '„Wir sind  \nheute bereit, alles zu tun“'],
    ['inline code', '„Wir sind `heute` bereit, alles zu tun“, sagte Putin.', '„Wir sind `heute` bereit, alles zu tun“'],
    ['references in the words', '„Wir &amp; ihr sind &#x1F600; heute bereit, &NotEqualTilde; alles zu tun“, sagte Putin.', '„Wir &amp; ihr sind &#x1F600; heute bereit, &NotEqualTilde; alles zu tun“'],
    ['a literal ampersand', '„Wir &foo; und AT&T sind heute bereit, alles zu tun“, sagte Putin.', '„Wir &foo; und AT&T sind heute bereit, alles zu tun“'],
    ['CRLF line endings', '„Wir sind\r\nheute bereit, alles zu tun“, sagte Putin.', '„Wir sind\r\nheute bereit, alles zu tun“']
  ])('%s', (_name, source, quoted) => {
    const facts = extractFacts(source)
    expect(facts.quotes).toHaveLength(1)
    expect(sliceOf(source, facts.quotes[0].position)).toBe(quoted)
    // The date inside keeps its own words, whatever stands before it.
    const heute = facts.dates.find((date) => date.text === 'heute')
    expect(heute).toBeDefined()
    expect(sliceOf(source, heute!.position)).toBe('heute')
  })

  it('puts a quotation whose mark is a character reference at its `&`', () => {
    const source = '&bdquo;Wir sind heute bereit, alles zu tun&ldquo;, sagte Putin.'
    const [quote] = extractFacts(source).quotes
    expect(quote.text).toBe('Wir sind heute bereit, alles zu tun')
    expect(quote.position.start.offset).toBe(0)
  })

  it('keeps lines and columns in step with offsets', () => {
    const source = '---\ndate: 2024-06-19\n---\n\n# Titel\n\nEinleitung.\n\n> „Wir sind\n> heute bereit“, sagte Putin am Mittwoch.\n'
    const facts = extractFacts(source)
    const wednesday = facts.dates.find((date) => date.text === 'Mittwoch')!
    expect(wednesday.position.start).toEqual({line: 10, column: 33, offset: source.indexOf('Mittwoch')})
    expect(wednesday.value).toBe('2024-06-19')
  })
})
