/**
 * One article that cannot be processed is that article's one-line error: the
 * others are still reported, printed and built. The articles here are nested
 * thousands deep, which overflows the stack of the recursive tree walks
 * (mdast-util-to-hast's among them, so whatever the plugin does), in the main
 * thread and in a worker thread alike. (Parsing such lists takes seconds, so
 * they are kept to a few.)
 */
import {readFile, readdir} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {failureReason, firstLine} from '../../src/cli/article.js'
import {articlesPerWorker} from '../../src/cli/pool.js'
import {article, factbox, folder, hasStack} from './helpers.js'

const deepQuote = '> '.repeat(8000) + 'x'
const deepList = '- '.repeat(2000) + 'x'
const tooDeep = 'is nested too deeply to process (maximum call stack size exceeded)'

async function pages(dir: string): Promise<string[]> {
  return (await readdir(dir, {recursive: true})).filter((name) => name.endsWith('.html')).sort()
}

/** `count` good articles and a deep one among them, in `articles/`. */
function articles(count: number): Record<string, string> {
  const files: Record<string, string> = {'articles/m-deep.md': deepQuote}
  for (let n = 0; n < count; n++) files[`articles/${n < count / 2 ? 'a' : 'z'}${String(n).padStart(2, '0')}.md`] = article(n)
  return files
}

describe('an article that cannot be processed', {timeout: 180_000}, () => {
  it('is one line in the single-file forms, and the other files are still printed', async () => {
    const dir = await folder({'good1.md': article(1), 'deep.md': deepQuote, 'list.md': deepList, 'good2.md': article(2)})
    const json = factbox(['--json', 'good1.md', 'deep.md', 'list.md', 'good2.md'], dir)
    expect(json.status, json.stderr).toBe(1)
    expect(json.stderr).toBe(`factbox: deep.md: ${tooDeep}\nfactbox: list.md: ${tooDeep}\n`)
    expect(json.stdout.trim().split('\n').map((line) => (JSON.parse(line) as {file: string}).file)).toEqual(['good1.md', 'good2.md'])
    const html = factbox(['good1.md', 'deep.md', 'good2.md'], dir)
    expect(html.status, html.stderr).toBe(1)
    expect(html.stderr).toBe(`factbox: deep.md: ${tooDeep}\n`)
    expect(html.stdout.match(/<aside class="factbox"/gu)).toHaveLength(2)
    const summary = factbox(['--summary', 'deep.md', 'good2.md'], dir)
    expect(summary.status, summary.stderr).toBe(1)
    expect(summary.stdout).toMatch(/^good2\.md\n/u)
    const page = factbox(['deep.md', '--out', 'page.html'], dir)
    expect(page).toEqual({status: 1, stdout: '', stderr: `factbox: deep.md: ${tooDeep}\n`})
    expect(await readdir(dir)).not.toContain('page.html')
  })

  it.each([1, 2])('gets no page from build --out --jobs %i, and the others do', async (jobs) => {
    const count = 2 * articlesPerWorker + 2
    const dir = await folder(articles(count))
    const result = factbox(['build', 'articles', '--out', 'site', '--jobs', String(jobs), '--force-jobs'], dir)
    expect(result.status, result.stderr).toBe(1)
    expect(result.stderr).toBe(`factbox: articles/m-deep.md: ${tooDeep}\nfactbox: wrote ${count} of ${count + 1} pages to site\n`)
    expect(await pages(join(dir, 'site'))).toHaveLength(count)
    expect(await readFile(join(dir, 'site/z33.html'), 'utf8')).toContain('Anna Berg33')
  })

  it.each([1, 2])('is one line or an answer in check and build --json --jobs %i, never a stop', async (jobs) => {
    // These do not render HTML: whether the deep file fails depends on the plugin's own walks alone.
    const count = 2 * articlesPerWorker + 2
    const dir = await folder(articles(count))
    const json = factbox(['build', 'articles', '--json', '--jobs', String(jobs), '--force-jobs'], dir)
    const files = json.stdout.trim().split('\n').map((line) => (JSON.parse(line) as {file: string}).file)
    const failed = json.stderr === `factbox: articles/m-deep.md: ${tooDeep}\n`
    expect(failed || json.stderr === '', json.stderr).toBe(true)
    expect(json.status).toBe(failed ? 1 : 0)
    expect(files).toHaveLength(failed ? count : count + 1)
    const check = factbox(['check', 'articles', '--jobs', String(jobs), '--force-jobs'], dir)
    expect(hasStack(check.stderr)).toBe(false)
    expect(check.stdout.split('\n').filter((line) => line.endsWith('.md: no issues found'))).toHaveLength(count)
    expect(check.stderr === '' || check.stderr === `factbox: articles/m-deep.md: ${tooDeep}\n`, check.stderr).toBe(true)
    expect(check.status).toBe(check.stderr === '' ? 0 : 1)
  })

  it('says in one short line what else went wrong', () => {
    expect(failureReason(new RangeError('Maximum call stack size exceeded'))).toBe(tooDeep)
    expect(failureReason(new RangeError('Invalid array length'))).toBe('could not be processed: Invalid array length')
    expect(failureReason(new TypeError('x is undefined\n    at f (file.js:1:1)'))).toBe('could not be processed: x is undefined')
    expect(firstLine('a'.repeat(300))).toHaveLength(200)
  })
})
