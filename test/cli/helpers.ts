/** Running the built command and making throwaway article folders. */
import {spawnSync} from 'node:child_process'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {onTestFinished} from 'vitest'
import {main} from '../../src/cli/main.js'
import type {Io} from '../../src/cli/terminal.js'

export const root = fileURLToPath(new URL('../../', import.meta.url))
/** The built command, as the installed bin runs it (`npm test` builds first). */
export const bin = join(root, 'dist/cli/bin.js')

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/**
 * Runs `node dist/cli/bin.js …` with stdout and stderr piped (not a terminal)
 * and CI unset. A run that hangs is killed after two minutes (status null), so
 * that the test fails instead of hanging.
 */
export function factbox(args: readonly string[], cwd: string, env: Record<string, string> = {}): Run {
  const {CI: _ci, ...rest} = process.env
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...rest, ...env}, timeout: 120_000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Runs main() in this process; `io` fields override pipes that are not terminals. */
export async function factboxInProcess(args: readonly string[], cwd: string, io: Partial<Io> = {}): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const status = await main([...args], {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    env: {},
    cwd,
    ...io
  })
  return {status, stdout, stderr}
}

/** A fresh folder under the system temp folder with the given files (path → text or bytes), removed when the test ends. */
export async function folder(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const base = await mkdtemp(join(tmpdir(), 'factbox-cli-'))
  onTestFinished(() => rm(base, {recursive: true, force: true}))
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(base, path)), {recursive: true})
    await writeFile(join(base, path), content)
  }
  return base
}

/** No line of a stack trace. */
export function hasStack(text: string): boolean {
  return /^\s+at /mu.test(text)
}

/** A short German article with a speaker, a date and people. */
export function article(n: number): string {
  return `---\ndate: 2024-06-${String(10 + (n % 20)).padStart(2, '0')}\nlang: de\n---\n\n(Berlin) Die Ministerin Anna Berg${n} hat am Mittwoch ein Gesetz vorgestellt.\n\n„Wir handeln jetzt“, sagte Berg${n} vor Journalisten.\n`
}
