/**
 * An article with no prose (an empty file, frontmatter alone, code alone) is in no language: the
 * command says `lang: null` (and "language unknown") instead of the fallback language the facts
 * were read with, unless `--lang` or the frontmatter names one.
 */
import {describe, expect, it} from 'vitest'
import {article, factbox, factboxInProcess, folder} from './helpers.js'

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as {file: string; lang: string | null})

describe('the language of an article without prose', {timeout: 60_000}, () => {
  it('is null in the JSON of both forms, and known as soon as there is prose, --lang or frontmatter lang', async () => {
    const dir = await folder({
      'a/empty.md': '',
      'a/frontmatter.md': '---\ndate: 2024-06-19\n---\n',
      'a/code.md': '```js\nconst sagte = "Wir"\n```\n\n<div>Nur HTML</div>\n\n12. 3. 2024\n',
      'a/named.md': '---\nlang: en\n---\n',
      'a/prose.md': article(1)
    })
    const expected = [
      {file: 'a/code.md', lang: null},
      {file: 'a/empty.md', lang: null},
      {file: 'a/frontmatter.md', lang: null},
      {file: 'a/named.md', lang: 'en'},
      {file: 'a/prose.md', lang: 'de'}
    ]
    const built = factbox(['build', '--json', 'a'], dir)
    expect(built.status, built.stderr).toBe(0)
    expect(lines(built.stdout).map(({file, lang}) => ({file, lang}))).toEqual(expected)
    const single = await factboxInProcess(['--json', ...expected.map((entry) => entry.file)], dir)
    expect(lines(single.stdout).map(({file, lang}) => ({file, lang}))).toEqual(expected)
    const given = await factboxInProcess(['--json', '--lang', 'fr', 'a/empty.md'], dir)
    expect(lines(given.stdout)[0].lang).toBe('fr')
  })

  it('is "unknown" in the summary', async () => {
    const dir = await folder({'empty.md': ''})
    const result = await factboxInProcess(['--summary', 'empty.md'], dir)
    expect(result.stdout).toBe('empty.md\n  language unknown · published unknown · dateline none\n  people (0)\n  quotes (0)\n  dates (0)\n')
  })
})
