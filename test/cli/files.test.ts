/**
 * What the command reads: regular files only, inside the folders and globs it
 * was given (symbolic links that lead out are skipped, unless
 * --follow-symlinks), no pipes, sockets or devices, nothing over --max-size.
 * Every case runs through the built command and must end (a hang is killed
 * after two minutes and fails the test).
 */
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {readArticle} from '../../src/cli/article.js'
import {errnoReason, parseSize, readBounded} from '../../src/cli/files.js'
import {expandInputs} from '../../src/cli/inputs.js'
import {article, factbox, folder, hasStack} from './helpers.js'

const secret = 'TOP-SECRET-TOKEN-6f1d'

/** Every file under a folder, relative, sorted. */
async function listing(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort()
}

/** Everything written under a folder, as one string. */
async function contents(dir: string): Promise<string> {
  const files = await listing(dir)
  return (await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')))).join('\n')
}

/** A folder of articles with a symbolic link to a secret outside it, one to a folder outside it, and one inside it. */
async function leaky(): Promise<string> {
  const dir = await folder({'articles/a.md': article(1), 'articles/sub/b.md': article(2), 'secret.txt': secret, 'private/notes.md': secret})
  await symlink('../secret.txt', join(dir, 'articles/leak.md'))
  await symlink('../private', join(dir, 'articles/more'))
  await symlink('../a.md', join(dir, 'articles/sub/again.md'))
  return dir
}

const skipLeak = 'factbox: articles/leak.md: skipped: leads outside articles through a symbolic link (see --follow-symlinks)\n'
const skipMore = 'factbox: articles/more/notes.md: skipped: leads outside articles through a symbolic link (see --follow-symlinks)\n'

/** A FIFO made with mkfifo(1), or null where there is none. */
function mkfifo(path: string): boolean {
  const result = spawnSync('mkfifo', [path])
  return result.status === 0
}

const fifoProbe = await mkdtemp(join(tmpdir(), 'factbox-fifo-'))
const hasMkfifo = mkfifo(join(fifoProbe, 'probe'))
await rm(fifoProbe, {recursive: true, force: true})
if (!hasMkfifo) console.warn('FIFO tests skipped: mkfifo is not available here')
const hasDevZero = existsSync('/dev/zero')
if (!hasDevZero) console.warn('/dev/zero tests skipped: there is no /dev/zero here')

describe('factbox reads regular files inside what it was given', {timeout: 120_000}, () => {
  it('does not publish a file that a symbolic link in the folder points out to', async () => {
    const dir = await leaky()
    const result = factbox(['build', 'articles', '--out', 'site'], dir)
    expect(result.stderr).toBe(skipLeak + skipMore + 'factbox: wrote 3 pages to site\n')
    expect(result.status, result.stderr).toBe(0)
    expect(await listing(join(dir, 'site'))).toEqual(['a.html', 'sub/again.html', 'sub/b.html'])
    expect(await contents(join(dir, 'site'))).not.toContain(secret)
  })

  it('skips them in a glob, in check and in build --json too', async () => {
    const dir = await leaky()
    const glob = factbox(['build', 'articles/**/*.md', '--json'], dir)
    expect(glob.status, glob.stderr).toBe(0)
    expect(glob.stderr).toBe(skipLeak + skipMore)
    expect(glob.stdout).not.toContain(secret)
    expect(glob.stdout.trim().split('\n')).toHaveLength(3)
    const check = factbox(['check', '--format', 'json', 'articles'], dir)
    expect(check.status, check.stderr).toBe(0)
    expect(check.stderr).toBe(skipLeak + skipMore)
    const cwdGlob = factbox(['check', '*.md'], join(dir, 'articles'))
    expect(cwdGlob.stderr).toBe('factbox: leak.md: skipped: leads outside the current folder through a symbolic link (see --follow-symlinks)\n')
    expect(cwdGlob.stdout).toBe('a.md: no issues found\n')
  })

  it('reads them with --follow-symlinks, and reads a link named as an argument', async () => {
    const dir = await leaky()
    const followed = factbox(['build', 'articles', '--out', 'site', '--follow-symlinks'], dir)
    expect(followed.status, followed.stderr).toBe(0)
    expect(await listing(join(dir, 'site'))).toEqual(['a.html', 'leak.html', 'more/notes.html', 'sub/again.html', 'sub/b.html'])
    const named = factbox(['build', 'articles/leak.md', '--json'], dir)
    expect(named.status, named.stderr).toBe(0)
    expect(named.stderr).toBe('')
    expect(named.stdout).toContain('articles/leak.md')
  })

  it.runIf(hasDevZero)('refuses a link to /dev/zero without reading it, and goes on', async () => {
    const dir = await folder({'articles/a.md': article(1), 'articles/c.md': article(3)})
    await symlink('/dev/zero', join(dir, 'articles/zero.md'))
    const walked = factbox(['build', 'articles', '--json'], dir)
    expect(walked.stderr).toBe('factbox: articles/zero.md: skipped: leads outside articles through a symbolic link (see --follow-symlinks)\n')
    expect(walked.status, walked.stderr).toBe(0)
    expect(walked.stdout.trim().split('\n')).toHaveLength(2)
    const followed = factbox(['check', 'articles', '--follow-symlinks'], dir)
    expect(followed.status, followed.stderr).toBe(1)
    expect(followed.stderr).toBe('factbox: articles/zero.md: is a device, not a file\n')
    expect(followed.stdout).toBe('articles/a.md: no issues found\narticles/c.md: no issues found\n')
    const named = factbox(['--json', 'articles/a.md', 'articles/zero.md', 'articles/c.md'], dir)
    expect(named.status, named.stderr).toBe(1)
    expect(named.stderr).toBe('factbox: articles/zero.md: is a device, not a file\n')
    expect(named.stdout.trim().split('\n')).toHaveLength(2)
    const device = factbox(['build', '--json', '/dev/zero'], dir)
    expect(device).toEqual({status: 1, stdout: '', stderr: 'factbox: /dev/zero: is a device, not a file\n'})
  })

  it.runIf(hasMkfifo)('refuses a FIFO, named or linked, without hanging, and reports the files after it', async () => {
    const dir = await folder({'a.md': article(1), 'c.md': article(3), 'articles/a.md': article(1)})
    expect(mkfifo(join(dir, 'pipe.md'))).toBe(true)
    expect(mkfifo(join(dir, 'articles/pipe.md'))).toBe(true)
    await symlink('pipe.md', join(dir, 'articles/linked.md'))
    const check = factbox(['check', 'a.md', 'pipe.md', 'c.md'], dir)
    expect(check.status, check.stderr).toBe(1)
    expect(check.stderr).toBe('factbox: pipe.md: is a named pipe (FIFO), not a file\n')
    expect(check.stdout).toBe('a.md: no issues found\nc.md: no issues found\n')
    const single = factbox(['--json', 'a.md', 'pipe.md', 'c.md'], dir)
    expect(single.status, single.stderr).toBe(1)
    expect(single.stderr).toBe('factbox: pipe.md: is a named pipe (FIFO), not a file\n')
    expect(single.stdout.trim().split('\n')).toHaveLength(2)
    // In a folder, a FIFO is no article; a link to one, inside the folder, is named.
    const walked = factbox(['build', 'articles', '--out', 'site'], dir)
    expect(walked.status, walked.stderr).toBe(1)
    expect(walked.stderr).toBe('factbox: articles/linked.md: is a named pipe (FIFO), not a file\nfactbox: wrote 1 page to site\n')
    // Read directly, a FIFO is refused before it is opened.
    expect(await readArticle(join(dir, 'pipe.md'))).toEqual({ok: false, reason: 'is a named pipe (FIFO), not a file'})
  })

  it('refuses files over --max-size (5MB by default), named or found, and builds the rest', async () => {
    const dir = await folder({'articles/a.md': article(1), 'articles/big.md': 'x'.repeat(5_000_001), 'articles/kb.md': 'x'.repeat(2000), 'small.md': 'x'.repeat(999)})
    const walked = factbox(['build', 'articles', '--out', 'site'], dir)
    expect(walked.status, walked.stderr).toBe(1)
    expect(walked.stderr).toBe('factbox: articles/big.md: is larger than 5MB (see --max-size)\nfactbox: wrote 2 pages to site\n')
    expect(await listing(join(dir, 'site'))).toEqual(['a.html', 'kb.html'])
    const limited = factbox(['check', '--max-size', '1kB', 'articles/kb.md', 'small.md'], dir)
    expect(limited.status, limited.stderr).toBe(1)
    expect(limited.stderr).toBe('factbox: articles/kb.md: is larger than 1kB (see --max-size)\n')
    const single = factbox(['--json', '--max-size', '1000', 'articles/kb.md', 'small.md'], dir)
    expect(single.status, single.stderr).toBe(1)
    expect(single.stderr).toBe('factbox: articles/kb.md: is larger than 1000 (see --max-size)\n')
    expect(single.stdout.trim().split('\n')).toHaveLength(1)
    expect(factbox(['build', '--json', '--max-size', '6MB', 'articles/big.md'], dir).status).toBe(0)
  })

  it.each([
    ['5XB', '--max-size must be a size like 5MB, 500kB or 100000 (bytes), not "5XB"'],
    ['', '--max-size must be a size like 5MB, 500kB or 100000 (bytes), not ""'],
    ['-1', '--max-size must be a size like 5MB, 500kB or 100000 (bytes), not "-1"'],
    ['0', '--max-size must be at least 1 byte, not "0"'],
    ['2GB', '--max-size must be at most 500MB, not "2GB"']
  ])('refuses --max-size %j with exit code 2', async (value, message) => {
    const dir = await folder({'a.md': article(1)})
    expect(factbox(['check', `--max-size=${value}`, 'a.md'], dir)).toEqual({status: 2, stdout: '', stderr: `factbox check: ${message} (see factbox check --help)\n`})
    expect(factbox([`--max-size=${value}`, 'a.md'], dir)).toEqual({status: 2, stdout: '', stderr: `factbox: ${message}\n`})
  })

  it('reads sizes in bytes, decimal and binary units, any case', () => {
    expect(parseSize('5MB')).toEqual({bytes: 5_000_000, text: '5MB'})
    expect(parseSize('500kB')).toEqual({bytes: 500_000, text: '500kB'})
    expect(parseSize('500 KB')).toEqual({bytes: 500_000, text: '500 KB'})
    expect(parseSize('1MiB')).toEqual({bytes: 1_048_576, text: '1MiB'})
    expect(parseSize('1.5m')).toEqual({bytes: 1_500_000, text: '1.5m'})
    expect(parseSize('2kib')).toEqual({bytes: 2048, text: '2kib'})
    expect(parseSize('0.5G')).toEqual({bytes: 500_000_000, text: '0.5G'})
    expect(parseSize('100')).toEqual({bytes: 100, text: '100'})
    expect(parseSize('100b')).toEqual({bytes: 100, text: '100b'})
    for (const bad of ['MB', '5 MB B', '1e6', '5 TB', '5__proto__', 'toString', '1,5MB']) expect(typeof parseSize(bad)).toBe('string')
  })

  it('reads at most the limit and one byte more, even from a file whose size stat does not know', async () => {
    // Files in /proc say they are empty and are not: the read itself must stop at the limit.
    if (!existsSync('/proc/self/status')) return
    expect(await readBounded('/proc/self/status', {bytes: 10, text: '10'})).toEqual({ok: false, reason: 'is larger than 10 (see --max-size)'})
    const whole = await readBounded('/proc/self/status', {bytes: 1_000_000, text: '1MB'})
    expect(whole.ok).toBe(true)
    expect(whole.ok && whole.value.toString('utf8')).toMatch(/^Name:/u)
  })

  it('does not follow a link where it checked there was none', async () => {
    const dir = await folder({'a.md': article(1)})
    await symlink('a.md', join(dir, 'link.md'))
    const limit = {bytes: 1000, text: '1000'}
    expect(await readBounded(join(dir, 'link.md'), limit, true)).toEqual({ok: false, reason: 'is a symbolic link'})
    expect((await readBounded(join(dir, 'link.md'), limit)).ok).toBe(true)
    expect(await readBounded(join(dir, 'gone.md'), limit)).toEqual({ok: false, reason: 'no such file'})
    expect(await readBounded(dir, limit)).toEqual({ok: false, reason: 'is a directory'})
  })

  it('names links that go nowhere or in a circle in plain words', async () => {
    const dir = await folder({'articles/a.md': article(1)})
    await symlink('nowhere.md', join(dir, 'articles/dangling.md'))
    await symlink('loop.md', join(dir, 'articles/loop.md'))
    const result = factbox(['check', 'articles/a.md', 'articles/dangling.md', 'articles/loop.md'], dir)
    expect(result.status, result.stderr).toBe(1)
    expect(result.stderr).toBe('factbox: articles/dangling.md: is a broken symbolic link\nfactbox: articles/loop.md: symbolic link loop\n')
    expect(hasStack(result.stderr)).toBe(false)
    const single = factbox(['articles/loop.md'], dir)
    expect(single).toEqual({status: 1, stdout: '', stderr: 'factbox: articles/loop.md: symbolic link loop\n'})
  })

  it('maps error codes to words', () => {
    const error = (code: string, message = `${code}: something, open '/x'`) => Object.assign(new Error(message), {code})
    expect(errnoReason(error('ELOOP'))).toBe('symbolic link loop')
    expect(errnoReason(error('EACCES'))).toBe('permission denied')
    expect(errnoReason(error('ENOENT'))).toBe('no such file')
    expect(errnoReason(error('EISDIR'))).toBe('is a directory')
    expect(errnoReason(error('ENAMETOOLONG'))).toBe('file name too long')
    expect(errnoReason(error('ENXIO'))).toBe('is not a file (a socket or a device)')
    expect(errnoReason(error('EMFILE'))).toBe('too many open files')
    expect(errnoReason(error('EIO'))).toBe('input/output error')
    expect(errnoReason(error('EBUSY'))).toBe('file is busy')
    expect(errnoReason(error('ENOSPC'))).toBe('no space left on device')
    expect(errnoReason(error('EROFS'))).toBe('read-only file system')
    expect(errnoReason(error('EEXIST'))).toBe('already exists')
    expect(errnoReason(error('EINVAL', "EINVAL: invalid argument, open '/x'"))).toBe('invalid argument')
    expect(errnoReason(new Error('plain\nsecond line'))).toBe('plain')
    expect(errnoReason('text')).toBe('text')
  })

  it('keeps a folder symlinked inside the tree, and names what a walk cannot check', async () => {
    const dir = await folder({'articles/2024/a.md': article(1)})
    await symlink('2024', join(dir, 'articles/latest'))
    const {articles, problems, skipped} = await expandInputs(['articles'], dir)
    expect(problems).toEqual([])
    expect(skipped).toEqual([])
    expect(articles.map((entry) => entry.path)).toEqual(['articles/2024/a.md', 'articles/latest/a.md'])
    expect(articles.every((entry) => entry.noFollow && entry.source === join(dir, 'articles/2024/a.md'))).toBe(true)
    await mkdir(join(dir, 'elsewhere'))
    await writeFile(join(dir, 'elsewhere/b.md'), article(2))
    const followed = await expandInputs(['articles', 'elsewhere'], dir, {followSymlinks: true, maxSize: {bytes: 10, text: '10B'}})
    expect(followed.problems.map((problem) => problem.reason)).toEqual(['is larger than 10B (see --max-size)', 'is larger than 10B (see --max-size)', 'is larger than 10B (see --max-size)'])
  })
})
