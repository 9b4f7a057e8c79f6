/**
 * The documentation holds together: every link of the README and of docs/ to a local file or
 * anchor resolves (anchors as GitHub makes them, with github-slugger), every message's `url` leads
 * to a section that exists, every option has its row and default in the README's API, and the
 * README stays short enough to read.
 */
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import GithubSlugger from 'github-slugger'
import type {Heading, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkFactbox, {type Options} from '../../src/index.js'
import {resolveOptions} from '../../src/options.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
/** Where the message urls and the package's links point: this repository on GitHub, its main branch. */
const repository = 'https://github.com/remark-factbox/remark-factbox'

const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`), 'examples/astro/README.md', 'examples/astro7/README.md']

const parser = unified().use(remarkParse)
const trees = new Map<string, Root>()
function tree(path: string): Root {
  let parsed = trees.get(path)
  if (!parsed) {
    parsed = parser.parse(readFileSync(join(root, path), 'utf8'))
    trees.set(path, parsed)
  }
  return parsed
}

/** The anchors GitHub gives the headings of a Markdown file, in order (a repeated heading gets `-1`, `-2`, …). */
function anchors(path: string): Set<string> {
  const slugger = new GithubSlugger()
  const found = new Set<string>()
  visit(tree(path), 'heading', (heading: Heading) => {
    found.add(slugger.slug(toString(heading)))
  })
  return found
}

/** Why a link from `from` to `url` does not resolve, or null when it does (or leaves the repository). */
function problem(from: string, url: string): string | null {
  let target = url
  if (target.startsWith(`${repository}/blob/main/`)) target = '/' + target.slice(`${repository}/blob/main/`.length)
  else if (target.startsWith(`${repository}#`)) target = '/README.md' + target.slice(repository.length)
  else if (/^[a-z][a-z\d+.-]*:/iu.test(target)) return null
  const hash = target.indexOf('#')
  const path = hash === -1 ? target : target.slice(0, hash)
  const fragment = hash === -1 ? '' : decodeURIComponent(target.slice(hash + 1))
  const file = path === '' ? join(root, from) : path.startsWith('/') ? join(root, path) : resolve(root, dirname(from), path)
  if (relative(root, file).startsWith('..')) return `${url}: outside the repository`
  if (!existsSync(file)) return `${url}: no file ${relative(root, file)}`
  if (fragment === '') return null
  if (statSync(file).isDirectory() || !file.endsWith('.md')) return `${url}: an anchor into what is no Markdown file`
  return anchors(relative(root, file)).has(fragment) ? null : `${url}: no heading #${fragment} in ${relative(root, file)}`
}

/** Every rule id the source can give a message: the `Finding` union, and the ones the plugin reports itself. */
function sourceRuleIds(): string[] {
  const findings = readFileSync(join(root, 'src/document/findings.ts'), 'utf8')
  const union = /ruleId:((?:\s*\|?\s*'[^']+')+)/u.exec(findings)?.[1] ?? ''
  const plugin = readFileSync(join(root, 'src/plugin.ts'), 'utf8')
  const ids = [...union.matchAll(/'([^']+)'/gu), ...plugin.matchAll(/ruleId: '([^']+)'/gu)].map((match) => match[1])
  return [...new Set(ids)].sort()
}

describe('the documentation', () => {
  it.each(documents)('%s links only to files and anchors that exist', (path) => {
    const problems: string[] = []
    visit(tree(path), (node) => {
      if ((node.type === 'link' || node.type === 'definition') && 'url' in node) {
        const found = problem(path, node.url)
        if (found) problems.push(found)
      }
    })
    expect(problems).toEqual([])
  })

  it('says what is wrong with a link that does not resolve', () => {
    expect(problem('README.md', '#no-such-section')).toBe('#no-such-section: no heading #no-such-section in README.md')
    expect(problem('README.md', 'docs/nothing.md')).toBe('docs/nothing.md: no file docs/nothing.md')
    expect(problem('docs/cli.md', '../../elsewhere.md')).toBe('../../elsewhere.md: outside the repository')
    expect(problem('README.md', 'LICENSE#x')).toBe('LICENSE#x: an anchor into what is no Markdown file')
    expect(problem('README.md', `${repository}#use`)).toBeNull()
    expect(problem('README.md', 'https://example.com/#anything')).toBeNull()
  })

  it('documents every rule id the plugin can report, where its message url points', () => {
    const ids = sourceRuleIds()
    expect(ids).toContain('unclosed-quote')
    expect(ids).toContain('extra-marker')
    expect(ids).toContain('bad-frontmatter')
    for (const id of ids) expect(problem('README.md', `${repository}/blob/main/docs/messages.md#${id}`), id).toBeNull()
  })

  it('gives every message the plugin reports a url that resolves', async () => {
    const articles: Array<[string, Options?]> = [
      ['„Wir kommen, sagte Hans Meier.\n'],
      ['Das ist falsch“ und so.\n'],
      ['(Berlin) Die Lage ist ernst.\n\n„Alles wird gut.“\n'],
      ['(Berlin) Die Ministerin Anna Berg hat am Mittwoch ein Gesetz vorgestellt.\n\n„Wir handeln jetzt“, sagte Berg.\n', {minConfidence: 1}],
      ['---\ndate: 2024-06-19\n---\n\n(Berlin) Anna Berg hat am Mittwoch gesprochen.\n\n<!-- factbox -->\n\n„Wir handeln“, sagte Berg.\n\n<!-- factbox -->\n'],
      ['---\ndate: [2024\n---\n\nText.\n'],
      ['---\ndate: gestern\n---\n\nText.\n'],
      ['---\ndate: 2022-05\n---\n\nAm 7. Juni und heute.\n']
    ]
    const seen = new Set<string>()
    for (const [value, options] of articles) {
      const file = new VFile({value})
      await unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).use(remarkFactbox, options).use(remarkRehype).use(rehypeStringify).process(file)
      for (const message of file.messages) {
        seen.add(message.ruleId ?? '')
        expect(message.url, message.reason).toMatch(new RegExp(`^${repository}/blob/main/docs/messages\\.md#${message.ruleId}$`, 'u'))
        expect(problem('README.md', message.url!)).toBeNull()
      }
    }
    expect([...seen].sort()).toEqual(sourceRuleIds().filter((id) => seen.has(id)))
    expect(seen.size).toBeGreaterThanOrEqual(9)
  })

  it('has a row for every option in the README’s API, with its default', () => {
    const source = readFileSync(join(root, 'src/options.ts'), 'utf8')
    const body = /export interface Options \{\n([\s\S]*?)\n\}/u.exec(source)?.[1] ?? ''
    const names = [...body.matchAll(/^ {2}(\w+)\?:/gmu)].map((match) => match[1])
    expect(names).toContain('minConfidence')
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const api = readme.slice(readme.indexOf('\n## API\n'), readme.indexOf('\n## Examples\n'))
    const defaults = resolveOptions({}) as unknown as Record<string, unknown>
    for (const name of names) {
      const row = api.split('\n').find((line) => line.startsWith(`| \`${name}\` |`))
      expect(row, `no row for ${name} in the README's Options`).toBeDefined()
      const cell = row!.split(' | ')[1]
      expect(cell.trim(), name).not.toBe('')
      const value = defaults[name]
      const shown = typeof value === 'number' ? `\`${value}\`` : typeof value === 'string' ? `\`'${value}'\`` : Array.isArray(value) ? `\`[${value.map((item) => `'${String(item)}'`).join(', ')}]\`` : null
      if (shown !== null) expect(cell, name).toContain(shown)
    }
  })

  it('keeps the README to at most 500 lines, in the unified collective’s order', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme.split('\n').length).toBeLessThanOrEqual(500)
    const sections = [...readme.matchAll(/^## (.+)$/gmu)].map((match) => match[1])
    expect(sections).toEqual(['Contents', 'What is this?', 'When should I use this?', 'Install', 'Use', 'API', 'Examples', 'Types', 'Compatibility', 'Security', 'Related', 'Contribute', 'License'])
  })
})
