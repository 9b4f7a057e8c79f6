/**
 * `factbox build`: pages in mirrored paths, facts as JSON Lines in sorted
 * order whatever the number of worker threads, shards that partition the set,
 * and no pages at all when an input is bad.
 */
import {readFile, readdir} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Outcome} from '../../src/cli/article.js'
import {articlesPerWorker, runArticles, workerCount} from '../../src/cli/pool.js'
import {article, factbox, factboxInProcess, folder, hasStack} from './helpers.js'

/** Every file under a folder, relative, sorted. */
async function listing(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort()
}

/** `count` articles spread over nested folders, named so that sorting matters. */
function manyArticles(count: number): Record<string, string> {
  const files: Record<string, string> = {}
  for (let n = 0; n < count; n++) files[`articles/${['zeta', 'alpha', 'mid/deep'][n % 3]}/${String(count - n).padStart(3, '0')}.md`] = article(n)
  return files
}

function records(stdout: string): Array<{file: string; quotes: Array<{speaker: string | null}>}> {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as {file: string; quotes: Array<{speaker: string | null}>})
}

describe('factbox build', {timeout: 120_000}, () => {
  it('writes one page with the box per article, mirroring the folders under the glob', async () => {
    const dir = await folder({
      'articles/2024/06/putin.md': article(1),
      'articles/2024/07/kim.markdown': article(2),
      'articles/top.md': article(3),
      'articles/notes.txt': 'not an article',
      'articles/node_modules/pkg/readme.md': article(4)
    })
    const result = factbox(['build', 'articles/**/*.{md,markdown}', '--out', 'site'], dir)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('factbox: wrote 3 pages to site\n')
    expect(result.status, result.stderr).toBe(0)
    expect(await listing(join(dir, 'site'))).toEqual(['2024/06/putin.html', '2024/07/kim.html', 'top.html'])
    const page = await readFile(join(dir, 'site/2024/06/putin.html'), 'utf8')
    expect(page).toMatch(/^<!doctype html>/u)
    expect(page).toMatch(/<aside class="factbox"/u)
    expect(page).toContain('Anna Berg1')
  })

  it('takes page paths relative to --base, and a directory argument as its own base', async () => {
    const dir = await folder({'content/news/a.md': article(1), 'content/news/sub/b.md': article(2)})
    factbox(['build', 'content/news', '--out', 'one'], dir)
    expect(await listing(join(dir, 'one'))).toEqual(['a.html', 'sub/b.html'])
    factbox(['build', 'content/news', '--out', 'two', '--base', 'content'], dir)
    expect(await listing(join(dir, 'two'))).toEqual(['news/a.html', 'news/sub/b.html'])
    // An article outside --base is named and gets no page; the others do.
    const outside = factbox(['build', 'content/news', '--out', 'three', '--base', 'content/news/sub'], dir)
    expect(outside.status, outside.stderr).toBe(1)
    expect(outside.stderr).toBe('factbox: content/news/a.md: is outside the base directory content/news/sub (see --base)\nfactbox: wrote 1 of 2 pages to three\n')
    expect(await listing(join(dir, 'three'))).toEqual(['b.html'])
  })

  it('still writes the pages of the other articles when one input cannot be read, and says which', async () => {
    const dir = await folder({'articles/a.md': article(1), 'articles/b.md': new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x0a]), 'articles/c.md': article(3)})
    const result = factbox(['build', 'articles', '--out', 'site'], dir)
    expect(result.status, result.stderr).toBe(1)
    expect(result.stderr).toBe('factbox: articles/b.md: is not UTF-8 text\nfactbox: wrote 2 of 3 pages to site\n')
    expect(await listing(join(dir, 'site'))).toEqual(['a.html', 'c.html'])
  })

  it('writes no page and says so when no input can be read', async () => {
    const dir = await folder({'articles/b.md': new Uint8Array([0x00])})
    const result = factbox(['build', 'articles', 'missing.md', '--out', 'site'], dir)
    expect(result.status, result.stderr).toBe(1)
    expect(result.stderr).toBe('factbox: missing.md: no such file\nfactbox: articles/b.md: is a binary file, not Markdown\nfactbox: wrote 0 of 1 page to site\n')
    expect(await listing(join(dir, 'site'))).toEqual([])
    const none = factbox(['build', 'missing.md', '--out', 'site'], dir)
    expect(none).toEqual({status: 1, stdout: '', stderr: 'factbox: missing.md: no such file\nfactbox: no pages written\n'})
  })

  it('prints one JSON line per article in sorted order, the same with 1 and 2 worker threads', async () => {
    const count = 2 * articlesPerWorker + 8
    expect(workerCount(count, 2)).toBe(2)
    const dir = await folder(manyArticles(count))
    const one = factbox(['build', 'articles', '--json', '--jobs', '1'], dir)
    const two = factbox(['build', 'articles', '--json', '--jobs', '2', '--force-jobs'], dir)
    expect(one.status, one.stderr).toBe(0)
    expect(two.status, two.stderr).toBe(0)
    expect(one.stderr).toBe('')
    expect(two.stderr).toBe('')
    const files = records(one.stdout).map((record) => record.file)
    expect(files).toHaveLength(count)
    expect(files).toEqual([...files].sort())
    expect(files[0]).toBe('articles/alpha/003.md')
    expect(files.at(-1)).toBe('articles/zeta/040.md')
    expect(two.stdout).toBe(one.stdout)
    expect(records(one.stdout)[0].quotes[0].speaker).toMatch(/Berg/u)
  })

  it('keeps the list order when the worker threads finish out of order', async () => {
    // Long articles among short ones: the short ones after a long one finish first.
    const files: Record<string, string> = {}
    const count = 2 * articlesPerWorker + 4
    for (let n = 0; n < count; n++) files[`${String(n).padStart(2, '0')}.md`] = n % 5 === 0 ? article(n).repeat(60) : article(n)
    const dir = await folder(files)
    const tasks = Object.keys(files).map((name, seq) => ({seq, path: name, absolute: join(dir, name)}))
    const seen: Outcome[] = []
    await runArticles({tasks, jobs: 2, job: {options: {}, messages: true, facts: true, staging: null}, onOutcome: (outcome) => void seen.push(outcome)})
    expect(seen.map((outcome) => outcome.seq)).toEqual(tasks.map((task) => task.seq))
    expect(seen.every((outcome) => outcome.ok)).toBe(true)
  })

  it('splits the sorted files into shards that together are the whole set, once', async () => {
    const dir = await folder(manyArticles(11))
    const all = records(factbox(['build', 'articles', '--json', '--jobs', '1'], dir).stdout).map((record) => record.file)
    const first = factbox(['build', 'articles', '--json', '--shard', '1/2'], dir)
    const second = factbox(['build', 'articles', '--json', '--shard', '2/2'], dir)
    expect(first.status, first.stderr).toBe(0)
    expect(second.status, second.stderr).toBe(0)
    const one = records(first.stdout).map((record) => record.file)
    const two = records(second.stdout).map((record) => record.file)
    expect(one).toEqual(all.slice(0, 5))
    expect(two).toEqual(all.slice(5))
    expect([...one, ...two]).toEqual(all)
  })

  it('keeps the old single-file usage', async () => {
    const dir = await folder({'a.md': article(1)})
    const json = await factboxInProcess(['--json', 'a.md'], dir)
    expect(json.status, json.stderr).toBe(0)
    expect(records(json.stdout).map((record) => record.file)).toEqual(['a.md'])
    const out = factbox(['a.md', '--out', 'page.html'], dir)
    expect(out).toEqual({status: 0, stdout: 'factbox: wrote page.html\n', stderr: ''})
    expect(await readFile(join(dir, 'page.html'), 'utf8')).toMatch(/<aside class="factbox"/u)
    const nowhere = factbox(['a.md', '--out', 'missing/page.html'], dir)
    expect(nowhere.status, nowhere.stderr).toBe(1)
    expect(nowhere.stderr).toBe('factbox: missing/page.html: no such directory\n')
    expect(hasStack(nowhere.stderr)).toBe(false)
  })
})
