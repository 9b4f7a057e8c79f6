/**
 * What reaches a terminal: file names and messages with their control
 * characters escaped (a name cannot move the cursor, colour the screen or
 * reverse the text after it), and --jobs no larger than the number of CPUs
 * unless forced.
 */
import {availableParallelism} from 'node:os'
import {describe, expect, it} from 'vitest'
import {UsageError, readShared} from '../../src/cli/arguments.js'
import {printable} from '../../src/cli/terminal.js'
import {article, factbox, factboxInProcess, folder} from './helpers.js'

/** A name with an escape sequence, a bidi override, a C1 control, DEL and a newline. */
const hostile = 'a\u001B[31mred\u202Egpj.md\u0085\u007F\nx.md'
const shown = 'a\\x1B[31mred\\u202Egpj.md\\x85\\x7F\\x0Ax.md'

describe('file names on the terminal', {timeout: 60_000}, () => {
  it('escapes C0 and C1 controls, DEL and the marks that reorder text', () => {
    expect(printable(hostile)).toBe(shown)
    expect(printable('\u2066\u2069\u200E\u200F\u061C\u2028\t')).toBe('\\u2066\\u2069\\u200E\\u200F\\u61C\\u2028\\x09')
    expect(printable('Grüße „aus“ Zürich — ok.md')).toBe('Grüße „aus“ Zürich — ok.md')
  })

  it('shows hostile names escaped in messages and reports, and as they are in JSON', async () => {
    const dir = await folder({[hostile]: article(1), [`bad${hostile}`]: new Uint8Array([0])})
    const check = factbox(['check', '.'], dir)
    expect(check.status, check.stderr).toBe(1)
    expect(check.stderr).toBe(`factbox: bad${shown}: is a binary file, not Markdown\n`)
    expect(check.stdout).toBe(`${shown}: no issues found\n`)
    const json = factbox(['build', '--json', '.'], dir)
    expect((JSON.parse(json.stdout) as {file: string}).file).toBe(hostile)
    expect(json.stderr).toBe(`factbox: bad${shown}: is a binary file, not Markdown\n`)
    const summary = factbox(['--summary', hostile], dir)
    expect(summary.status, summary.stderr).toBe(0)
    expect(summary.stdout.split('\n')[0]).toBe(shown)
    const missing = factbox(['--json', `gone\u009B2J.md`], dir)
    expect(missing).toEqual({status: 1, stdout: '', stderr: 'factbox: gone\\x9B2J.md: no such file\n'})
    const written = factbox([hostile, '--out', `page\u001B.html`], dir)
    expect(written).toEqual({status: 0, stdout: 'factbox: wrote page\\x1B.html\n', stderr: ''})
  })

  it('escapes them in usage errors too', async () => {
    const check = await factboxInProcess(['check', '--format', '\u009B31m', 'a.md'], '.')
    expect(check).toEqual({status: 2, stdout: '', stderr: 'factbox check: --format must be text or json, not "\\x9B31m" (see factbox check --help)\n'})
    const single = await factboxInProcess(['--lang', '\u202Ede', 'a.md'], '.')
    expect(single.status).toBe(2)
    expect(single.stderr).toContain('\\u202E')
    const option = await factboxInProcess(['--\u001Bx', 'a.md'], '.')
    expect(option.status).toBe(2)
    expect(option.stderr).not.toContain('\u001B')
  })
})

describe('--jobs', {timeout: 60_000}, () => {
  it('is lowered to the number of CPUs, with a note, unless --force-jobs', () => {
    expect(readShared({jobs: '64'}, 2)).toMatchObject({jobs: 2, jobsNote: 'factbox: --jobs 64 is more than the 2 CPUs here; using 2 (--force-jobs to use 64)\n'})
    expect(readShared({jobs: '3'}, 1)).toMatchObject({jobs: 1, jobsNote: 'factbox: --jobs 3 is more than the 1 CPU here; using 1 (--force-jobs to use 3)\n'})
    expect(readShared({jobs: '64', 'force-jobs': true}, 2)).toMatchObject({jobs: 64, jobsNote: null})
    expect(readShared({jobs: '2'}, 2)).toMatchObject({jobs: 2, jobsNote: null})
    expect(readShared({}, 8)).toMatchObject({jobs: 8, jobsNote: null})
    expect(() => readShared({'max-size': 'lots'}, 2)).toThrow(UsageError)
  })

  it('says so in one line from the command, and the run goes on', async () => {
    const dir = await folder({'a.md': article(1)})
    const cpus = availableParallelism()
    const capped = factbox(['check', '--jobs', String(cpus + 62), 'a.md'], dir)
    expect(capped).toEqual({status: 0, stdout: 'a.md: no issues found\n', stderr: `factbox: --jobs ${cpus + 62} is more than the ${cpus} CPU${cpus === 1 ? '' : 's'} here; using ${cpus} (--force-jobs to use ${cpus + 62})\n`})
    const forced = await factboxInProcess(['build', '--json', '--jobs', String(cpus + 62), '--force-jobs', 'a.md'], dir)
    expect(forced.status, forced.stderr).toBe(0)
    expect(forced.stderr).toBe('')
  })
})
