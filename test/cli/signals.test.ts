/**
 * SIGTERM and Ctrl-C during `build --out`: the worker threads are stopped,
 * the staging folder goes, --out holds what it held before, and the command
 * ends with 143 or 130 and one line.
 */
import {spawn} from 'node:child_process'
import {EventEmitter} from 'node:events'
import {readFile, readdir} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {articlesPerWorker} from '../../src/cli/pool.js'
import {Interruption} from '../../src/cli/signals.js'
import {article, bin, factboxInProcess, folder} from './helpers.js'

/** Every file under a folder (relative path → content), hidden ones too. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  const files: Record<string, string> = {}
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name)
    files[path.slice(dir.length + 1)] = entry.isDirectory() ? '<dir>' : await readFile(path, 'utf8')
  }
  return files
}

/** Resolves once a staging folder in `out` holds a page: the build is under way. */
async function started(out: string, running: () => boolean): Promise<void> {
  for (;;) {
    if (!running()) throw new Error('the build ended before it was signalled')
    const staging = (await readdir(out).catch(() => [] as string[])).find((name) => name.startsWith('.factbox-staging-'))
    if (staging !== undefined && (await readdir(join(out, staging)).catch(() => [] as string[])).some((name) => name.endsWith('.html'))) return
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

interface Ended {
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
}

/** Runs `factbox build …` in `cwd`, sends `signal` (`times` times) once it has staged a page, and waits for it to end. */
async function buildAndSignal(args: readonly string[], cwd: string, out: string, signal: NodeJS.Signals, times = 1): Promise<Ended> {
  const {CI: _ci, ...env} = process.env
  const child = spawn(process.execPath, [bin, 'build', ...args], {cwd, env, stdio: ['ignore', 'ignore', 'pipe']})
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (text: string) => void (stderr += text))
  let running = true
  const ended = new Promise<Ended>((resolve) => {
    child.on('close', (code, killedBy) => {
      running = false
      resolve({code, signal: killedBy, stderr})
    })
  })
  try {
    await started(join(cwd, out), () => running)
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  for (let time = 0; time < times; time++) child.kill(signal)
  return ended
}

describe('factbox build interrupted', {timeout: 300_000}, () => {
  it('ends with 143 and one line on SIGTERM during build --jobs 2, leaving --out as it was, ten times over', async () => {
    // Long articles, enough of them that two threads are still busy when the first page is staged.
    const files: Record<string, string> = {'site/old.html': '<p>an earlier page</p>', 'site/2024/kept.html': 'kept'}
    for (let n = 0; n < 12 * articlesPerWorker; n++) files[`articles/${String(n).padStart(3, '0')}.md`] = article(n).repeat(40)
    const dir = await folder(files)
    const before = await snapshot(join(dir, 'site'))
    for (let attempt = 0; attempt < 10; attempt++) {
      // Every other time a second SIGTERM follows at once, while the first one is being handled.
      const times = attempt % 2 === 0 ? 1 : 2
      const result = await buildAndSignal(['articles', '--out', 'site', '--jobs', '2', '--force-jobs'], dir, 'site', 'SIGTERM', times)
      const line = 'factbox: interrupted by SIGTERM; no pages written\n'
      if (times === 1) {
        expect(result, `attempt ${attempt + 1}`).toEqual({code: 143, signal: null, stderr: line})
      } else {
        // The second one is ignored, or, if it comes only once the command has cleaned up and is
        // ending, ends it as SIGTERM does by default: never a crash, a stack trace or a lost cleanup.
        expect(result.stderr, `attempt ${attempt + 1}`).toBe(line)
        expect(result.code === 143 || result.signal === 'SIGTERM', `attempt ${attempt + 1}: ${JSON.stringify(result)}`).toBe(true)
      }
      expect(await snapshot(join(dir, 'site')), `attempt ${attempt + 1}`).toEqual(before)
    }
  })

  it('ends with 130 on Ctrl-C in the main thread, ignores a second one, and takes away the --out it made', async () => {
    const dir = await folder({'a.md': article(1), 'b.md': article(2), 'c.md': article(3)})
    const signals = new EventEmitter()
    let lines = 0
    const result = await factboxInProcess(['build', '.', '--json', '--out', 'new/site', '--jobs', '1'], dir, {
      signals,
      stdout: () => {
        // After the first article: Ctrl-C, twice.
        if (lines++ === 0) {
          signals.emit('SIGINT', 'SIGINT')
          signals.emit('SIGINT', 'SIGINT')
        }
      }
    })
    expect(result).toEqual({status: 130, stdout: '', stderr: 'factbox: interrupted by SIGINT; no pages written\n'})
    expect(lines).toBe(1)
    expect(await readdir(dir)).toEqual(['a.md', 'b.md', 'c.md'])
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0)
  })

  it('stops the worker threads on SIGTERM in this process too', async () => {
    const files: Record<string, string> = {}
    for (let n = 0; n < 2 * articlesPerWorker; n++) files[`${String(n).padStart(2, '0')}.md`] = article(n)
    const dir = await folder({...files, 'site/old.html': 'old'})
    const signals = new EventEmitter()
    let lines = 0
    const result = await factboxInProcess(['build', '.', '--json', '--out', 'site', '--jobs', '2', '--force-jobs'], dir, {
      signals,
      stdout: () => {
        if (lines++ === 0) signals.emit('SIGTERM', 'SIGTERM')
      }
    })
    expect(result.status).toBe(143)
    expect(result.stderr).toBe('factbox: interrupted by SIGTERM; no pages written\n')
    expect(await readdir(join(dir, 'site'))).toEqual(['old.html'])
  })

  it('knows the exit code of each signal', () => {
    const signals = new EventEmitter()
    const interruption = new Interruption(signals)
    expect(interruption.exitCode).toBe(128)
    signals.emit('SIGTERM', 'SIGTERM')
    signals.emit('SIGINT', 'SIGINT')
    expect(interruption.received).toBe('SIGTERM')
    expect(interruption.exitCode).toBe(143)
    expect(interruption.signal.aborted).toBe(true)
    interruption.dispose()
    expect(signals.listenerCount('SIGTERM')).toBe(0)
  })
})
