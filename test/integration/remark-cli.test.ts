/**
 * Writing the article back to Markdown: remark-stringify in a pipeline and the
 * real remark-cli binary. The box leaves no trace in Markdown unless it took a
 * marker's place, and then the marker is written back: nothing is lost and a
 * second run gives the same text.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import remarkFactbox, {type Options} from '../../src/index.js'
import {german, withBlock} from './articles.js'

const root = fileURLToPath(new URL('../../', import.meta.url))

async function roundTrip(markdown: string, options?: Options): Promise<string> {
  const file = await unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).use(remarkFactbox, options).use(remarkStringify).process(markdown)
  return String(file)
}

async function plain(markdown: string): Promise<string> {
  return String(await unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).use(remarkStringify).process(markdown))
}

describe('remark-stringify', () => {
  it('writes an article with an added box as if there were none', async () => {
    for (const placement of ['after-lead', 'top', 'bottom'] as const) {
      expect(await roundTrip(german, {placement}), placement).toBe(await plain(german))
    }
    const bare = german.replace(/^---[\s\S]*?---\n\n/u, '')
    expect(await roundTrip(bare, {placement: 'top', publicationDate: '2024-06-19'})).toBe(await plain(bare))
  })

  it('writes the marker back where the box took its place', async () => {
    for (const marker of ['<!-- factbox -->', '::factbox', ':::factbox\nNur für die Redaktion.\n:::', '> <!-- factbox -->']) {
      const article = withBlock(marker)
      const out = await roundTrip(article)
      expect(out, marker).toBe(await plain(article))
      expect(out, marker).toContain(`\n\n${marker}\n\n`)
    }
  })

  it('is idempotent: a second run gives the same text', async () => {
    for (const article of [german, withBlock('<!-- factbox -->'), withBlock('::factbox')]) {
      const once = await roundTrip(article)
      expect(await roundTrip(once)).toBe(once)
    }
  })
})

describe('remark-cli', {timeout: 60_000}, () => {
  const remark = join(root, 'node_modules/.bin/remark')
  let project = ''

  beforeAll(() => {
    // A user's project: remark-factbox and remark-frontmatter installed in its node_modules.
    project = mkdtempSync(join(tmpdir(), 'remark-factbox-cli-'))
    mkdirSync(join(project, 'node_modules'))
    symlinkSync(root, join(project, 'node_modules/remark-factbox'), 'dir')
    symlinkSync(join(root, 'node_modules/remark-frontmatter'), join(project, 'node_modules/remark-frontmatter'), 'dir')
    writeFileSync(join(project, 'package.json'), '{"type": "module"}\n')
  })

  afterAll(() => {
    if (project) rmSync(project, {recursive: true, force: true})
  })

  function run(...args: string[]) {
    return spawnSync(remark, ['.', '--use', 'remark-frontmatter', '--use', 'remark-factbox', '--no-color', ...args], {cwd: project, encoding: 'utf8'})
  }

  it('passes --frail on clean articles and fails it on an unclosed quotation', () => {
    writeFileSync(join(project, 'clean.md'), german)
    const clean = run('--frail')
    expect(clean.stderr).toContain('clean.md: no issues found')
    expect(clean.status).toBe(0)

    writeFileSync(join(project, 'open.md'), german.replace('allein“, sagte', 'allein, sagte'))
    const open = run('--frail')
    expect(open.status).toBe(1)
    expect(open.stderr).toMatch(/^open\.md$/mu)
    expect(open.stderr).toMatch(/^7:92-7:93 +warning +Quotation opened with `„` is not closed.* unclosed-quote +remark-factbox$/mu)
    expect(run().status).toBe(0) // the same warning, not frail
    rmSync(join(project, 'open.md'))
  })

  it('with -o writes files that keep their text and their marker, and a second run changes nothing', () => {
    writeFileSync(join(project, 'clean.md'), german)
    writeFileSync(join(project, 'marked.md'), withBlock('<!-- factbox -->'))
    expect(run('-o').status).toBe(0)
    const clean = readFileSync(join(project, 'clean.md'), 'utf8')
    const marked = readFileSync(join(project, 'marked.md'), 'utf8')
    expect(clean).toBe(german)
    expect(marked).toBe(withBlock('<!-- factbox -->'))
    expect(run('-o').status).toBe(0)
    expect(readFileSync(join(project, 'clean.md'), 'utf8')).toBe(clean)
    expect(readFileSync(join(project, 'marked.md'), 'utf8')).toBe(marked)
  })

  it('prints one file to stdout without the box', () => {
    writeFileSync(join(project, 'clean.md'), german)
    const result = spawnSync(remark, ['clean.md', '--use', 'remark-frontmatter', '--use', 'remark-factbox', '--no-color'], {cwd: project, encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(german)
  })
})
