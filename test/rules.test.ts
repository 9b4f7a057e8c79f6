/**
 * One focused test per extraction rule, through the public API.
 */
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkFactbox, {extractFacts} from '../src/index.js'

const de = (body: string, date = '2024-06-19') => `---\ndate: ${date}\nlang: de\n---\n\n${body}\n`
const quotes = (body: string) => extractFacts(de(body)).quotes.map((q) => [q.text, q.speaker])

describe('quotation marks', () => {
  it.each([
    ['„', '“'],
    ['»', '«'],
    ['«', '»'],
    ['›', '‹'],
    ['‚', '‘'],
    ['“', '”'],
    ['"', '"']
  ])('reads %s…%s', (open, close) => {
    expect(quotes(`${open}Wir bleiben hier und kämpfen weiter${close}, sagte die Bürgermeisterin Anna Berg.`)).toEqual([
      ['Wir bleiben hier und kämpfen weiter', 'Anna Berg']
    ])
  })

  it('opens a guillemet with its inner space after an elision', () => {
    const facts = extractFacts('---\nlang: fr\n---\n\nAprès l’\u00ab\u00a0après-Covid\u00a0\u00bb, le modèle phare, le \u00ab\u00a0Randonneur E8\u00a0\u00bb, s’écoule mal, a déclaré Paul Thill.\n')
    // Before, the « after the elision stayed unpaired and » opened a quotation that ran on: ", s’écoule mal, …".
    expect(facts.quotes.map((q) => q.text)).toEqual(['après-Covid'])
  })

  it('reports the outermost quotation and keeps nested marks', () => {
    expect(quotes('„Das ist ein ‚Arsenal der Autokratie‘, nichts anderes“, sagte Anna Berg.')).toEqual([
      ['Das ist ein ‚Arsenal der Autokratie‘, nichts anderes', 'Anna Berg']
    ])
  })

  it('ends a quotation left open at its paragraph, gives it to the previous speaker or to nobody, and says so', async () => {
    const source = de('„Wir kommen wieder“, sagte Anna Berg.\n\n„Und dann bleiben wir. Für immer.')
    const facts = extractFacts(source)
    expect(facts.quotes[0]).toMatchObject({text: 'Wir kommen wieder', speaker: 'Anna Berg', closed: true})
    // The quotation model may not take words left open with no one to say them for a quotation: then it is left out.
    const open = facts.quotes[1]
    if (open !== undefined) {
      expect(open).toMatchObject({text: 'Und dann bleiben wir. Für immer.', closed: false})
      expect(['Anna Berg', null]).toContain(open.speaker)
    }
    const file = new VFile({value: source})
    await unified().use(remarkParse).use(remarkFactbox).use(remarkRehype).use(rehypeStringify).process(file)
    expect(file.messages.filter((m) => m.ruleId === 'unclosed-quote').map((m) => m.line)).toEqual([8])
  })

  it('maps positions through emphasis and links to the source', () => {
    const source = de('„Wir *kommen* [morgen](https://example.org) wieder“, sagte Anna Berg.')
    const [q] = extractFacts(source).quotes
    expect(q.text).toBe('Wir kommen morgen wieder')
    expect(source.slice(q.position.start.offset, q.position.end.offset)).toBe('„Wir *kommen* [morgen](https://example.org) wieder“')
  })

  it('ends a position after a closing character reference', () => {
    const source = '&bdquo;Wir sind heute bereit, alles zu tun&ldquo;, sagte Putin.'
    const [q] = extractFacts(source).quotes
    expect(source.slice(q.position.start.offset, q.position.end.offset)).toBe('&bdquo;Wir sind heute bereit, alles zu tun&ldquo;')
  })

  it('keeps one box when a rendered box was pasted back as HTML, also with raw HTML allowed', async () => {
    const article = de('„Wir lassen niemanden allein, das verspreche ich“, sagte Bundeskanzler Jonas Kreutzer am Mittwoch.')
    const render = async (value: string) =>
      String(await unified().use(remarkParse).use(remarkFactbox).use(remarkRehype, {allowDangerousHtml: true}).use(rehypeStringify, {allowDangerousHtml: true}).process(value))
    const first = await render(article)
    const box = /<aside[\s\S]*?<\/aside>/u.exec(first)?.[0] ?? ''
    expect(box).toContain('class="factbox"')
    const second = await render(`${article}\n${box}\n`)
    expect(second.match(/<aside/gu)).toHaveLength(1)
  })

  it('never reads code, inline code or HTML as prose', () => {
    const facts = extractFacts(de('```\n„Das ist Code“, sagte Anna Berg.\n```\n\n<p>„Das ist HTML“, sagte Anna Berg.</p>\n\nDer Befehl `„x“` ist kein Zitat.'))
    expect(facts.quotes).toEqual([])
  })

  it('runs in linear time on 100 kB of quote marks', () => {
    for (const mark of ['„', '“', '«', '»', '"', "'"]) {
      const facts = extractFacts(mark.repeat(100_000))
      expect(facts.quotes.length).toBeLessThanOrEqual(1)
    }
    const alternating = extractFacts('„“'.repeat(50_000) + ' sagte er.')
    expect(alternating.quotes.length).toBeLessThan(50_000)
    // No wall-clock bound here (that is the benchmark's job): the timeout only keeps a loaded CI machine from failing it.
  }, 60_000)
})

describe('quotations versus names, titles and scare quotes', () => {
  it.each([
    'Der Autor stellte sein Buch „Deutschland schafft sich ab“ vor.',
    'Das berichtete die „Financial Times“ am Montag.',
    'Die Raumsonde „Cassini“ passiert den Saturnmond.',
    'Die so genannte „Reichensteuer“ soll kommen.',
    'Er spielte in „Jungle Fever“ (1991) mit.',
    'Die Gewerkschaft (kurz: „IG Bau“) warnt vor Stellenabbau.',
    'Laut „news.example.com“ ist die Lage ruhig.'
  ])('%s has no quotation', (sentence) => {
    expect(quotes(sentence)).toEqual([])
  })

  it('keeps a short quotation when a speaker says it', () => {
    // Kept or not, it is never a name's: "Analysten" is a group of people, no name.
    const said = quotes('Analysten sprachen in diesem Zusammenhang von „Panikverkäufen“.')
    expect(said.length).toBeLessThanOrEqual(1)
    for (const [text, speaker] of said) expect([text, speaker]).toEqual(['Panikverkäufen', null])
  })
  it('reads the word someone is said to have used as theirs, and the class noun before a title as naming it', () => {
    // A single word after "die Bezeichnung" must be a quotation beyond doubt: when it is reported, it is Paul Weber's.
    const term = quotes('Der Innenminister, Paul Weber, verteidigte die Bezeichnung „Krawallmacher“, mit der er die Randalierer belegt hatte.')
    for (const [text, speaker] of term) expect([text, ['Paul Weber', null].includes(speaker)]).toEqual(['Krawallmacher', true])
    expect(quotes('Der Begriff „Krawallmacher“ sorgte am Montag für Empörung.')).toEqual([])
    expect(quotes('Anna Berg las aus dem Roman „Krawallmacher“ vor.')).toEqual([])
  })
})

describe('options and bad input', () => {
  it('throws a TypeError naming the option', () => {
    expect(() => extractFacts('x', {publicationDate: '19.06.2024'})).toThrow(/`publicationDate`/u)
    expect(() => unified().use(remarkFactbox, {placement: 'middle' as 'top'}).freeze()).toThrow(TypeError)
    expect(() => unified().use(remarkFactbox, {maxQuotes: -1}).freeze()).toThrow(/`maxQuotes`/u)
    expect(() => unified().use(remarkFactbox, {colour: 'red'} as never).freeze()).toThrow(/`colour`/u)
  })

  it('warns about a bad frontmatter date and an unclosed quotation, with positions', async () => {
    const file = new VFile({value: '---\ndate: gestern\n---\n\n„Wir kommen, sagte Hans Meier.\n'})
    await unified().use(remarkParse).use((await import('remark-frontmatter')).default).use(remarkFactbox).use(remarkRehype).use(rehypeStringify).process(file)
    const rules = file.messages.map((m) => [m.ruleId, m.line])
    expect(rules).toContainEqual(['bad-frontmatter-date', 1])
    expect(rules).toContainEqual(['unclosed-quote', 5])
    expect(file.messages.every((m) => m.source === 'remark-factbox')).toBe(true)
  })

  it('renders a quote holding markup as text', async () => {
    const value = de('„<img src=x onerror=alert(1)> & <script>alert(2)</script> sind keine Lösung“, sagte Hans Meier.')
    const html = String(await unified().use(remarkParse).use((await import('remark-frontmatter')).default).use(remarkFactbox).use(remarkRehype).use(rehypeStringify).process(value))
    const box = html.slice(html.indexOf('<aside'), html.indexOf('</aside>'))
    expect(box).not.toContain('<img')
    expect(box).not.toContain('<script')
  })
})
