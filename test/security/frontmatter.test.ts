/**
 * Frontmatter is read for what the author wrote in it, the same way from the
 * tree (remark-frontmatter) and from a host that parsed it (Astro's
 * `file.data.astro.frontmatter`): own fields only (`dateFields: ['constructor']`
 * found `Object.prototype`), the day as written, and TOML as well as YAML.
 */
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkFactbox, {extractFacts, type Options} from '../../src/index.js'

const body = '(Berlin) Die Regierung hat am Mittwoch beraten. „Wir lassen niemanden allein, das verspreche ich“, sagte Bundeskanzler Olaf Scholz.\n'

/** The plugin on `value`, with frontmatter a host parsed (as Astro passes it) when given. */
function run(value: string, host?: Record<string, unknown>, options?: Options) {
  const file = new VFile({value, data: host ? {astro: {frontmatter: host}} : {}})
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkFactbox, options)
  processor.runSync(processor.parse(file) as Root, file)
  const messages = file.messages.filter((message) => message.ruleId === 'bad-frontmatter-date')
  return {facts: file.data.factbox!, messages}
}

const yaml = (fields: string) => `---\n${fields}\n---\n\n${body}`
const toml = (fields: string) => `+++\n${fields}\n+++\n\n${body}`

describe('frontmatter fields', () => {
  it('are the frontmatter’s own: a date field named like a property of every object is no field', () => {
    const options = {dateFields: ['constructor', 'toString', '__proto__', 'date']}
    expect(run(yaml('date: 2024-06-19'), undefined, options).facts.publicationDate).toBe('2024-06-19')
    expect(extractFacts(yaml('date: 2024-06-19'), options).publicationDate).toBe('2024-06-19')
    expect(run(body, {date: '2024-06-19'}, options).facts.publicationDate).toBe('2024-06-19')
    // With none of them, there is no date (and nothing read from Object.prototype).
    const {facts, messages} = run(body, {}, {dateFields: ['constructor', 'hasOwnProperty']})
    expect(facts.publicationDate).toBeNull()
    expect(messages).toEqual([])
    expect(run(body, {lang: 'fr'}, {dateFields: ['constructor']}).facts.lang).toBe('fr')
  })
})

describe('the day of a publication date', () => {
  it('is the same from the tree and from a host, for a day and for a time with its offset', () => {
    for (const written of ['2024-06-19', '2024-06-19T23:30-05:00', '2024-06-19T23:30:00-05:00']) {
      expect(run(yaml(`date: ${written}`)).facts.publicationDate, written).toBe('2024-06-19')
      expect(run(toml(`date = ${written}`)).facts.publicationDate, written).toBe('2024-06-19')
      // A host that keeps the text.
      expect(run(body, {date: written}).facts.publicationDate, written).toBe('2024-06-19')
    }
    // A host that made a Date of a bare day (YAML 1.1, z.coerce.date()): UTC midnight, the same day.
    expect(run(body, {date: new Date('2024-06-19')}).facts.publicationDate).toBe('2024-06-19')
    // 'Jun 19 2024' becomes local midnight, whatever the machine's time zone.
    expect(run(body, {date: new Date(2024, 5, 19)}).facts.publicationDate).toBe('2024-06-19')
  })

  it('is not guessed from a Date with a time of day, whose offset is lost: a message says so', () => {
    // The 19th at 23:30 in New York is the 20th at 04:30 UTC: the 20th was taken, and the 19th's "heute" moved a day.
    const {facts, messages} = run(body, {date: new Date('2024-06-19T23:30-05:00')})
    expect(facts.publicationDate).toBeNull()
    expect(messages.map((message) => message.reason)).toEqual([
      'Frontmatter `date` is a time (2024-06-20T04:30:00.000Z), not a day: the day it was written for is lost with its offset; write the day as text (YYYY-MM-DD)'
    ])
    // An option given needs none of it.
    expect(run(body, {date: new Date('2024-06-19T23:30-05:00')}, {publicationDate: '2024-06-19'}).messages).toEqual([])
    expect(run(body, {date: new Date('nonsense')}).messages.map((message) => message.reason)).toEqual(['Frontmatter `date` is not a valid date'])
  })
})

describe('TOML frontmatter', () => {
  it('gives the date and the language from its top-level fields', () => {
    const {facts, messages} = run(toml('# Hugo\ntitle = "Gipfel"\nlang = "de"\ndate = 2024-06-19 # erschienen\n\n[params]\ndate = 2020-01-01'))
    expect(facts.publicationDate).toBe('2024-06-19')
    expect(facts.lang).toBe('de')
    expect(facts.dates.find((date) => date.text === 'Mittwoch')?.value).toBe('2024-06-19')
    expect(messages).toEqual([])
    expect(extractFacts(toml("pubDate = '2024-06-18'\n'lang' = 'en'")).publicationDate).toBe('2024-06-18')
    expect(extractFacts(toml('"date" = "2024-06-17"')).publicationDate).toBe('2024-06-17')
    expect(extractFacts(toml('draft = true\nweight = 1_000\ndate = "2024-06-\\u0031\\u0036"')).publicationDate).toBe('2024-06-16')
  })

  it('reads a line of 100,000 spaces before a comment, or before no comment, in one pass', () => {
    const spaces = ' '.repeat(100_000)
    expect(extractFacts(toml(`date = 2024-06-19${spaces}# erschienen`)).publicationDate).toBe('2024-06-19')
    expect(run(toml(`date = 2024-06-19${spaces}x`)).messages).toHaveLength(1)
  })

  it('says so, where the frontmatter is, when a date field holds what it cannot read', () => {
    for (const value of ['[2024, 6, 19]', '{year = 2024}', '"""2024-06-19"""', 'June 19', '"\\x"']) {
      const {facts, messages} = run(toml(`date = ${value}`))
      expect(facts.publicationDate, value).toBeNull()
      expect(messages.map((message) => [message.reason, message.line]), value).toEqual([[`Frontmatter \`date\` is not a date (YYYY-MM-DD): ${value}`, 1]])
    }
  })
})
