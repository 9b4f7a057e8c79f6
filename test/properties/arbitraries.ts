/**
 * Generators of Markdown news articles for the property tests: German, English
 * and French words, every quote mark the scanner knows (balanced, unbalanced,
 * nested, wrong partners), headings, lists, tables, HTML, code, emphasis and
 * links around and inside quotations, frontmatter valid and broken.
 */
import fc from 'fast-check'

/** Words and phrases of the three languages, with speakers, speech verbs and dates among them. */
const words = [
  // de
  'Die', 'Regierung', 'sagte', 'am', 'Mittwoch', 'Kanzler', 'Olaf', 'Scholz', 'erklärte', 'heute', 'gestern',
  '19. Juni 2024', 'im September 2023', 'seit drei Jahren', 'vergangene Woche', 'und', 'der', 'nicht', 'Wladimir',
  'Putin', 'Kim', 'Jong-un', 'so', 'laut', 'zufolge', 'Präsident', 'er', 'sie', 'betonte', 'Ministerin', 'Kremlchef',
  'Bundeskanzler', 'fuhr', 'fort', 'Ansicht', 'das', 'Buch', '1950–1953', 'um 20.30 Uhr', 'jeden Montag',
  // en
  'The', 'minister', 'said', 'on', 'Wednesday', 'yesterday', 'June 19, 2024', 'he', 'she', 'told', 'reporters',
  'according to', 'President', 'Joe', 'Biden', 'last year', 'in March 2021', 'spokeswoman', 'added',
  // fr
  'Le', 'ministre', 'a', 'déclaré', 'mercredi', 'le 19 juin 2024', 'il', 'elle', 'selon', 'président', 'Emmanuel',
  'Macron', "l'État", 'aujourd’hui', 'hier', 'en 2019', 'a-t-il', 'ajouté'
]

/** Punctuation that ends or joins clauses. */
const punctuation = [',', '.', ':', ';', '–', '!', '?', '…', '(', ')', '-', '/']

/**
 * Characters that mean something to Markdown or HTML. Character references
 * (`&amp;`) are kept to `markdown({entities: true})`: they decode to other
 * characters, so the text of a fact is no longer a subsequence of its source.
 */
const noise = ['*', '_', '\\', '[', ']', '|', '<', '>', '#', '~', '`', '&', '+', '=', '{', '}']
const entities = ['&amp;', '&quot;', '&bdquo;', '&ldquo;', '&#8222;', '&#x201C;', '&laquo;', '&raquo;', '&lt;', '&nbsp;']

/** Opening and closing marks: every pair the scanner reads, and a few it does not (``…''). */
export const markPairs: ReadonlyArray<readonly [string, string]> = [
  ['„', '“'],
  ['‚', '‘'],
  ['»', '«'],
  ['›', '‹'],
  ['«', '»'],
  ['« ', ' »'],
  ['“', '”'],
  ['"', '"'],
  ["'", "'"],
  ['‘', '’'],
  ['``', "''"]
]

/** Every quote mark character. */
export const markCharacters = new Set('„“”‚‘’»«›‹"\'`')

export interface MarkdownOptions {
  /** Character references such as `&bdquo;` in the prose (default false). */
  entities?: boolean
}

export function markdown(options: MarkdownOptions = {}): fc.Arbitrary<string> {
  const atoms = fc.oneof(
    {weight: 12, arbitrary: fc.constantFrom(...words)},
    {weight: 3, arbitrary: fc.constantFrom(...punctuation)},
    {weight: 1, arbitrary: fc.constantFrom(...(options.entities ? [...noise, ...entities] : noise))},
    {weight: 2, arbitrary: fc.constantFrom(...markPairs.flat())},
    {weight: 1, arbitrary: fc.string({maxLength: 6})}
  )

  const {inline} = fc.letrec<{inline: string; quoted: string; wrapped: string}>((tie) => ({
    inline: fc
      .array(fc.oneof({weight: 6, arbitrary: atoms}, {weight: 2, arbitrary: tie('quoted')}, {weight: 1, arbitrary: tie('wrapped')}), {
        minLength: 1,
        maxLength: 7,
        depthIdentifier: 'inline'
      })
      .chain((parts) =>
        fc.array(fc.constantFrom(' ', ' ', ' ', '', '\n', '  \n', '\\\n'), {minLength: parts.length, maxLength: parts.length}).map((gaps) =>
          parts.map((part, index) => (index === 0 ? part : gaps[index] + part)).join('')
        )
      ),
    // A quotation: balanced, left open, or closed with the wrong mark; nested through `inline`.
    quoted: fc
      .tuple(
        fc.constantFrom(...markPairs),
        tie('inline'),
        fc.constantFrom('close', 'close', 'close', 'open', 'wrong'),
        fc.constantFrom(...markPairs),
        fc.constantFrom('', '', ', sagte Putin', ', said the minister', ', a déclaré Macron', ', so Scholz')
      )
      .map(([[open, close], content, how, [, other], cue]) => open + content + (how === 'close' ? close : how === 'wrong' ? other : '') + cue),
    // Emphasis, links, inline code and inline HTML around or inside quotations.
    wrapped: fc
      .tuple(
        fc.constantFrom('*', '_', '**', '__', '~~', 'link', 'code', 'html', 'image', 'autolink'),
        fc.oneof(tie('quoted'), tie('inline'))
      )
      .map(([how, content]) => {
        if (how === 'link') return `[${content}](https://example.com/a?b=c "t")`
        if (how === 'image') return `![${content}](x.png)`
        if (how === 'autolink') return `<https://example.com/${encodeURIComponent(content.slice(0, 8))}>`
        if (how === 'code') return '`' + content.replaceAll('`', '') + '`'
        if (how === 'html') return `<span class="x">${content}</span>`
        return how + content + how
      })
  }))

  const block = fc.oneof(
    {weight: 8, arbitrary: inline},
    {weight: 2, arbitrary: fc.tuple(fc.integer({min: 1, max: 6}), inline).map(([depth, text]) => '#'.repeat(depth) + ' ' + text.replaceAll('\n', ' '))},
    {weight: 1, arbitrary: inline.map((text) => text.replaceAll('\n', ' ') + '\n' + '='.repeat(3))},
    {weight: 2, arbitrary: fc.array(inline, {minLength: 1, maxLength: 4}).map((items) => items.map((item) => '- ' + item.replaceAll('\n', '\n  ')).join('\n'))},
    {weight: 1, arbitrary: fc.array(inline, {minLength: 1, maxLength: 3}).map((items) => items.map((item, i) => `${i + 1}. ` + item.replaceAll('\n', ' ')).join('\n'))},
    {
      weight: 1,
      arbitrary: fc.array(inline, {minLength: 4, maxLength: 4}).map((cells) => {
        const cell = (text: string) => text.replaceAll('\n', ' ').replaceAll('|', '\\|')
        return `| ${cell(cells[0])} | ${cell(cells[1])} |\n| --- | --- |\n| ${cell(cells[2])} | ${cell(cells[3])} |`
      })
    },
    {weight: 1, arbitrary: inline.map((text) => '<div class="note">\n' + text + '\n</div>')},
    {weight: 1, arbitrary: inline.map((text) => '<script>alert("' + text.replaceAll('\n', ' ') + '")</script>')},
    {weight: 1, arbitrary: inline.map((text) => '<!-- ' + text + ' -->')},
    {weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '```js'), inline).map(([fence, text]) => fence + '\n' + text + '\n' + fence.slice(0, 3))},
    {weight: 1, arbitrary: inline.map((text) => '    ' + text.replaceAll('\n', '\n    '))},
    {weight: 1, arbitrary: inline.map((text) => '> ' + text.replaceAll('\n', '\n> '))},
    {weight: 1, arbitrary: fc.constantFrom('***', '---', '* * *')},
    {weight: 1, arbitrary: fc.constantFrom('[ref]: https://example.com "Titel „mit“ Marken"', '$$\nx\n$$')}
  )

  const day = fc.tuple(fc.integer({min: 1990, max: 2030}), fc.integer({min: 1, max: 13}), fc.integer({min: 0, max: 32})).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  )
  const frontmatter = fc.oneof(
    {weight: 3, arbitrary: fc.constant('')},
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom('date', 'pubDate', 'published', 'publishedAt', 'publicationDate', 'datum'), day, fc.constantFrom('de', 'en', 'fr', 'xx', 'de-AT', '1'), fc.boolean())
        .map(([field, value, lang, quoted]) => `---\n${field}: ${quoted ? `"${value}"` : value}\nlang: ${lang}\ntitle: „Titel“ – 'mit' "Marken"\n---\n\n`)
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('date: [2024-06-19', 'a: b: c', '- eins\n- zwei', 'date: 2024-06-19T10:00:00Z', 'date: 19.06.2024', 'date: null', 'date: {}', '"unclosed', 'date: 2024-02-30', '', 'factbox: 1')
        .map((yaml) => `---\n${yaml}\n---\n\n`)
    },
    {weight: 1, arbitrary: fc.constant('+++\ndate = 2024-06-19\n+++\n\n')}
  )

  return fc.tuple(frontmatter, fc.array(block, {minLength: 1, maxLength: 5}), fc.constantFrom('\n\n', '\n\n', '\n', '\n\n\n', '\r\n\r\n')).map(
    ([front, blocks, separator]) => front + blocks.join(separator) + '\n'
  )
}

/**
 * Settings of a property run: a fixed seed and a bounded number of runs, so CI sees the same
 * cases every time. `FC_SEED=… FC_RUNS=… npx vitest run test/properties` explores further.
 */
export function runs(numRuns = 200): {seed: number; numRuns: number} {
  return {
    seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 0x5eed_f4c7,
    numRuns: process.env.FC_RUNS ? Number(process.env.FC_RUNS) : numRuns
  }
}

/** Whether the characters of `needle` (white space aside) occur in `haystack` in order. */
export function isSubsequence(needle: string, haystack: string): boolean {
  const want = needle.replace(/\s+/gu, '')
  let at = 0
  for (const ch of haystack) {
    if (at < want.length && want.startsWith(ch, at)) at += ch.length
  }
  return at === want.length
}
