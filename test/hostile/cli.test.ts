/**
 * Hostile files through the `factbox` command, run in this process (`main`,
 * what `bin.js` calls): walls of quote marks, a long paragraph, an empty file,
 * frontmatter alone, CRLF, binary and non-UTF-8 bytes, Markdown nested too
 * deeply to process. Every file gets an answer, no run throws, unreadable
 * files are named and set the exit code.
 */
import {mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {main} from '../../src/cli/main.js'

const base = mkdtempSync(join(tmpdir(), 'factbox-hostile-'))
afterAll(() => rmSync(base, {recursive: true, force: true}))

const article = `---
date: 2024-06-19
lang: de
---

(Berlin) Die Regierung hat am Mittwoch ein Paket beschlossen. „Wir lassen niemanden allein“, sagte Bundeskanzler Olaf Scholz.
`

/** Readable Markdown of hostile shapes. */
const readable: Record<string, string> = {
  'marks.md': '„'.repeat(20_000),
  'closers.md': '”'.repeat(20_000),
  'alternating.md': '„“»«"\'‚‘›‹'.repeat(2000),
  'nested.md': '„a »b ‚c ›d '.repeat(500) + '‹ ‘ « “ '.repeat(500),
  'long.md': ('„Wir sind bereit“, sagte Putin am Mittwoch. Die Lage sei ernst, so ein Sprecher. ').repeat(1000),
  'empty.md': '',
  'frontmatter.md': '---\ndate: 2024-06-19\n---\n',
  'broken-yaml.md': '---\ndate: [2024\n---\n\n„Offen bis zum Ende',
  'crlf.md': article.replaceAll('\n', '\r\n'),
  'article.md': article
}

function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(base, name)
  mkdirSync(dir, {recursive: true})
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content)
  return dir
}

async function run(args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text)})
  return {code, stdout, stderr}
}

describe('factbox on hostile files', {timeout: 60_000}, () => {
  const clean = folder('clean', readable)
  const mixed = folder('mixed', {
    ...readable,
    'binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]),
    'latin1.md': new Uint8Array([0x84, 0x57, 0x69, 0x72, 0x93, 0x20, 0x73, 0x61, 0x67, 0x74, 0x65, 0xe4])
  })

  it('build --json gives one JSON line of facts per readable file', async () => {
    const {code, stdout, stderr} = await run(['build', clean, '--json', '--jobs', '1'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {file: string; quotes: unknown[]; dates: unknown[]})
    expect(lines).toHaveLength(Object.keys(readable).length)
    for (const line of lines) {
      expect(Array.isArray(line.quotes)).toBe(true)
      expect(Array.isArray(line.dates)).toBe(true)
    }
    expect(lines.find((line) => line.file.endsWith('marks.md'))!.quotes.length).toBeLessThanOrEqual(1)
  })

  it('build --json names unreadable files and still answers for the others', async () => {
    const {code, stdout, stderr} = await run(['build', mixed, '--json', '--jobs', '1'])
    expect(code).toBe(1)
    expect(stderr).toContain('binary.md')
    expect(stderr).toContain('latin1.md')
    expect(stderr).not.toMatch(/^\s+at /mu)
    expect(stdout.trimEnd().split('\n')).toHaveLength(Object.keys(readable).length)
  })

  it('build --out writes a page per readable article, and names the unreadable ones', async () => {
    const out = join(base, 'pages')
    const pagesIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.html'))
    const mixedRun = await run(['build', mixed, '--out', out, '--jobs', '1'])
    expect(mixedRun.code).toBe(1)
    expect(mixedRun.stderr).toContain('binary.md')
    expect(mixedRun.stderr).toContain('latin1.md')
    expect(pagesIn(out)).toHaveLength(Object.keys(readable).length)
    rmSync(out, {recursive: true})
    const {code} = await run(['build', clean, '--out', out, '--jobs', '1'])
    expect(code).toBe(0)
    expect(pagesIn(out)).toHaveLength(Object.keys(readable).length)
    expect(readFileSync(join(out, 'long.html'), 'utf8')).toContain('Wir sind bereit')
  })

  it('renders, summarizes and writes a page for one hostile file', async () => {
    const marks = join(clean, 'alternating.md')
    const html = await run([marks])
    expect(html.code).toBe(0)
    expect(html.stdout).toContain('„“»«')
    const summary = await run(['--summary', join(clean, 'article.md')])
    expect(summary.code).toBe(0)
    expect(summary.stdout).toContain('Olaf Scholz')
    const page = join(base, 'page.html')
    const written = await run([join(clean, 'nested.md'), '--out', page, '--summary'])
    expect(written.code).toBe(0)
    expect(readFileSync(page, 'utf8')).toMatch(/^<!doctype html>/iu)
  })

  it('--json on single files names the unreadable ones', async () => {
    const {code, stdout, stderr} = await run(['--json', join(mixed, 'empty.md'), join(mixed, 'binary.md'), join(base, 'missing.md')])
    expect(code).toBe(1)
    expect(stdout.trimEnd().split('\n')).toHaveLength(1)
    expect(stderr).toContain('binary.md')
    expect(stderr).toContain('missing.md')
  })

  it('names an article nested too deeply in one line and still answers for the files around it', async () => {
    const deep = folder('deep', {'good1.md': article, 'deep.md': '> '.repeat(8000) + 'x', 'good2.md': article})
    const {code, stdout, stderr} = await run(['--json', join(deep, 'good1.md'), join(deep, 'deep.md'), join(deep, 'good2.md')])
    expect(code).toBe(1)
    expect(stderr).toBe(`factbox: ${join(deep, 'deep.md')}: is nested too deeply to process (maximum call stack size exceeded)\n`)
    expect(stdout.trimEnd().split('\n')).toHaveLength(2)
    const pages = await run(['build', deep, '--out', join(base, 'deep-pages'), '--jobs', '1'])
    expect(pages.code).toBe(1)
    expect(pages.stderr).toContain('deep.md: is nested too deeply to process')
    expect(readdirSync(join(base, 'deep-pages')).sort()).toEqual(['good1.html', 'good2.html'])
  })

  it('check reports the problems of hostile files without a stack trace', async () => {
    const {stdout, stderr} = await run(['check', clean, '--jobs', '1'])
    expect(stderr).not.toMatch(/^\s+at /mu)
    expect(stdout + stderr).toContain('closers.md')
    // Unpaired marks are collapsed: a wall of 20,000 is not 20,000 lines.
    expect((stdout + stderr).split('\n').filter((line) => line.includes('closers.md')).length).toBeLessThan(20)
  })
})
