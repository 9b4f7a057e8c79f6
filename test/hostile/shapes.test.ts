/**
 * Hostile shapes: walls of quote marks, deep nesting, one huge paragraph, very
 * many paragraphs. Each must finish (vitest's timeout is the bound: no clock
 * in the assertions; `npm run bench` measures time per kB) and come out sane:
 * no more quotations than the marks allow, messages collapsed, no text lost.
 */
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkFactbox, {extractFacts} from '../../src/index.js'
import {boxesIn, render} from '../properties/pipeline.js'

const size = 100_000

/** `unit` repeated to `length` characters. */
const fill = (unit: string, length = size) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)

/** Occurrences of `needle` in `haystack`. */
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1

const rulesOf = (messages: ReadonlyArray<{ruleId?: string | undefined}>) => {
  const rules: Record<string, number> = {}
  for (const message of messages) rules[message.ruleId ?? ''] = (rules[message.ruleId ?? ''] ?? 0) + 1
  return rules
}

describe('walls of quote marks', {timeout: 60_000}, () => {
  it.each(['„', '“', '”', '«', '»', '"', "'", '‚', '‘', '’', '›', '‹'])('100 kB of %s alone', (mark) => {
    const source = mark.repeat(size)
    const {html, facts, file} = render(source)
    // One mark cannot pair with itself into more than one outer quotation, and it has no words.
    expect(facts.quotes.length).toBeLessThanOrEqual(1)
    for (const quote of facts.quotes) expect(quote.text.replaceAll(mark, '')).toBe('')
    // One message per run of unpaired marks, not one per mark.
    const rules = rulesOf(file.messages)
    expect(rules['stray-quote-mark'] ?? 0).toBeLessThanOrEqual(1)
    expect(rules['unclosed-quote'] ?? 0).toBeLessThanOrEqual(1)
    expect(file.messages.length).toBeLessThanOrEqual(3)
    // The text is all there.
    expect(count(html, mark)).toBeGreaterThanOrEqual(size)
  })

  it.each([
    ['every mark in turn', '„“‚‘»«›‹«»“”""\'\'‘’'],
    ['openers only', '„‚»›«“"'],
    ['closers only', '“‘«‹»”'],
    ['marks and spaces', '„ “ » « " \' ‚ ‘ › ‹ '],
    ['marks glued to words', 'a„ b“ c» d« e" f\' '],
    ['wrong partners', '„x» ‚y“ »z‘ '],
    ['French spacing', '« a » « b « c » '],
    ['marks across lines', '„\n“\n»\n«\n']
  ])('100 kB of alternating marks: %s', (_name, unit) => {
    const source = fill(unit)
    const {html, facts, file} = render(source)
    const marks = count(source, '„') + count(source, '»') + count(source, '«') + count(source, '"') + count(source, '‚') + count(source, '›') + count(source, '‹') + count(source, '“')
    expect(facts.quotes.length).toBeLessThanOrEqual(marks / 2)
    // Stray marks: at most ten messages per paragraph, and one unclosed quotation.
    const rules = rulesOf(file.messages)
    const paragraphs = source.split(/\n{2,}/u).length
    expect(rules['stray-quote-mark'] ?? 0).toBeLessThanOrEqual(10 * paragraphs)
    expect(rules['unclosed-quote'] ?? 0).toBeLessThanOrEqual(paragraphs)
    expect(boxesIn(html).length).toBeLessThanOrEqual(1)
    // Every word of the source reaches the HTML.
    for (const word of new Set(source.match(/\p{L}+/gu) ?? [])) expect(html).toContain(word)
  })

  it('collapses the stray marks of a paragraph to at most ten messages', () => {
    const {file} = render(fill('Wort ” '))
    expect(rulesOf(file.messages)['stray-quote-mark']).toBe(10)
  })
})

describe('deep nesting', {timeout: 60_000}, () => {
  const pairs: Array<[string, string]> = [
    ['„', '“'],
    ['»', '«'],
    ['‚', '‘'],
    ['›', '‹']
  ]

  /** `depth` quotations, each inside the one before: „a1 »a2 ‚a3 … ‹ ‘ « “. */
  const nested = (depth: number) => {
    let open = ''
    let close = ''
    for (let level = 0; level < depth; level++) {
      const [o, c] = pairs[level % pairs.length]
      open += `${o}Stufe${level} `
      close = `${c} ` + close
    }
    return open + close.trimEnd()
  }

  it('10,000 nested quotations are one outer quotation with the inner marks kept', () => {
    const quotation = nested(10_000)
    const source = `${quotation}, sagte Putin am Mittwoch.`
    const facts = extractFacts(source)
    expect(facts.quotes).toHaveLength(1)
    const [quote] = facts.quotes
    expect(quote.closed).toBe(true)
    expect(quote.speaker).toBe('Putin')
    expect(quote.position.start.offset).toBe(0)
    expect(quote.position.end.offset).toBe(quotation.length)
    expect(quote.text).toBe(quotation.slice(1, -1).trim())
    const {html} = render(source)
    expect(html).toContain('Stufe9999')
    // The box shows it shortened, not whole.
    const [box] = boxesIn(html)
    expect(box.length).toBeLessThan(5000)
  })

  it('10,000 nested quotations that are never closed are one open quotation', () => {
    const source = nested(10_000).replace(/[“«‘‹\s]+$/u, '')
    const {facts, file} = render(source)
    expect(facts.quotes.length).toBeLessThanOrEqual(1)
    expect(rulesOf(file.messages)['unclosed-quote'] ?? 0).toBeLessThanOrEqual(1)
  })

  it('10,000 quotations closed in the wrong order end sanely', () => {
    const source = fill('„a »b ‚c ›d “ « ‘ ‹ ', 80_000)
    const {html, facts} = render(source)
    expect(facts.quotes.length).toBeLessThanOrEqual(count(source, '„'))
    expect(html).toContain('›d')
  })
})

describe('deep trees', {timeout: 60_000}, () => {
  const said = '„Wir kommen wieder und bleiben lange“, sagte Anna Berg am 4. März 2024.'
  const processor = unified().use(remarkParse).use(remarkFactbox)

  // remark-parse accepts these; the plugin's own walks keep a stack of their own. (mdast-util-to-hast,
  // which remark-rehype runs after the plugin, overflows on them itself: see docs/development.md, Robustness.)
  it.each([
    ['a list 3,000 deep', '- '.repeat(3000), 6000],
    ['a block quote 8,000 deep', '> '.repeat(8000), 16_000]
  ])('%s: extractFacts and the plugin read it, and the quotation deep inside', (_name, prefix, offset) => {
    // (Parsing such depth takes micromark time that grows with its square: each shape is parsed as few times as the
    // checks allow, and the test may take long on a busy machine.)
    const facts = extractFacts(prefix + said)
    expect(facts.quotes).toHaveLength(1)
    expect(facts.quotes[0].speaker).toBe('Anna Berg')
    expect(facts.quotes[0].position.start.offset).toBe(offset)
    const file = new VFile({value: prefix + said + '\n\n<!-- factbox -->\n'})
    const tree = processor.runSync(processor.parse(file), file) as Root
    expect(file.data.factbox?.quotes).toHaveLength(1)
    // The box took the marker's place; run again, it gives the marker back and takes it again.
    expect(tree.children.at(-1)?.type).toBe('factbox')
    const again = processor.runSync(tree, new VFile({value: prefix + said + '\n\n<!-- factbox -->\n'})) as Root
    expect(again.children.filter((node) => (node.type as string) === 'factbox')).toHaveLength(1)
  }, 240_000)

  it('a marker deep in a block quote is found', () => {
    const file = new VFile({value: '> '.repeat(8000) + '<!-- factbox -->\n\n' + said})
    const tree = processor.runSync(processor.parse(file), file) as Root
    let node: unknown = tree.children[0]
    for (let depth = 0; depth < 8000 - 1; depth++) node = (node as {children: unknown[]}).children[0]
    expect((node as {children: Array<{type: string}>}).children[0].type).toBe('factbox')
  })
})

describe('positions after long line prefixes', () => {
  const quotation = '„Wir kommen wieder und bleiben lange“'
  it.each([
    ['a continuation line indented by 300 spaces', ' '.repeat(300), ''],
    ['a continuation line indented by 5,000 spaces', ' '.repeat(5000), ''],
    ['a block quote 300 deep', '> '.repeat(300), '> '.repeat(300)],
    ['tabs and spaces', '\t \t'.repeat(200), '']
  ])('%s', (_name, prefix, first) => {
    const source = `${first}Die Regierung beriet am Mittwoch.\n${prefix}Dann: ${quotation}, sagte Anna Berg.\n\n${first}„Offen bis zum Ende`
    const [quote] = extractFacts(source).quotes
    const offset = source.indexOf(quotation)
    expect(quote.position.start).toEqual({line: 2, column: prefix.length + 7, offset})
    expect(quote.position.end.offset).toBe(offset + quotation.length)
    // Messages carry the same places (the mark left open is reported whether or not its words are a quotation).
    const {file} = render(source)
    const message = file.messages.find((m) => m.ruleId === 'unclosed-quote')
    expect([message?.line, message?.column]).toEqual([4, first.length + 1])
  })
})

describe('size', {timeout: 60_000}, () => {
  const sentences = [
    '„Wir lassen niemanden allein“, sagte Bundeskanzler Olaf Scholz am Mittwoch.',
    'Die Opposition hält das Paket für zu klein und will im September 2024 nachverhandeln.',
    'Der Minister erklärte, die Lage sei ernst.',
    'Seit drei Jahren wird darüber gestritten, so ein Sprecher.'
  ]

  it('a 1 MB paragraph', () => {
    // Prose with a quotation every few sentences (see the report on quotations per sentence).
    const prose = fill(sentences.slice(1).join(' ') + ' ', 1_000_000 - 200)
    const source = `${sentences[0]} ${prose}`
    const {html, facts} = render(source)
    expect(facts.quotes.length).toBeGreaterThanOrEqual(1)
    expect(facts.dates.length).toBeGreaterThan(1000)
    expect(boxesIn(html)).toHaveLength(1)
    expect(html.length).toBeGreaterThan(source.length)
    expect(html).toContain(prose.slice(-60, -10))
  })

  it('a 1 MB paragraph with no sentence end', () => {
    const source = fill('Wort Mittwoch „Zitat“ ')
      .repeat(10)
      .slice(0, 1_000_000)
    const {html, facts} = render(source)
    expect(facts.quotes.length).toBeLessThanOrEqual(count(source, '„'))
    expect(html).toContain('Wort Mittwoch')
  })

  it('10,000 paragraphs', () => {
    const paragraphs = Array.from({length: 10_000}, (_, index) => `${sentences[index % sentences.length]} (${index})`)
    const source = '---\ndate: 2024-06-19\n---\n\n' + paragraphs.join('\n\n') + '\n'
    const {html, facts, file} = render(source)
    expect(facts.quotes).toHaveLength(2500)
    for (const quote of facts.quotes) {
      expect(source.slice(quote.position.start.offset, quote.position.end.offset)).toBe('„Wir lassen niemanden allein“')
    }
    expect(boxesIn(html)).toHaveLength(1)
    expect(html).toContain('(9999)')
    // No message for well-formed prose.
    expect(rulesOf(file.messages)['stray-quote-mark']).toBeUndefined()
  })

  it('10,000 paragraphs each left open', () => {
    const source = Array.from({length: 10_000}, (_, index) => `„Offen ${index} und weiter`).join('\n\n')
    const {facts, file} = render(source)
    // A span left open with no one to say it may or may not be read as a quotation; every one read is open.
    expect(facts.quotes.length).toBeLessThanOrEqual(10_000)
    expect(facts.quotes.every((quote) => !quote.closed)).toBe(true)
    // One unclosed-quote message per paragraph, no more, whether or not the span is a quotation.
    expect(rulesOf(file.messages)['unclosed-quote']).toBe(10_000)
  })

  it('10,000 lines in one paragraph', () => {
    const source = fill('„Zeile\n', 70_000)
    const {html, facts} = render(source)
    expect(facts.quotes.length).toBeLessThanOrEqual(1)
    expect(count(html, 'Zeile')).toBe(10_000)
  })
})
