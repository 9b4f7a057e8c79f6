/**
 * The progress line: on an interactive terminal only, never in CI logs or
 * when stderr is piped, and cleared at the end.
 */
import {describe, expect, it} from 'vitest'
import {main} from '../../src/cli/main.js'
import {isCi} from '../../src/cli/terminal.js'
import {article, factbox, factboxInProcess, folder} from './helpers.js'

const clear = '\r\u001B[2K'

describe('progress', {timeout: 60_000}, () => {
  it('shows a single updating line on a terminal and clears it at the end', async () => {
    const dir = await folder({'a.md': article(1), 'b.md': article(2)})
    const result = await factboxInProcess(['build', '--json', '--jobs', '1', '.'], dir, {stderrIsTTY: true})
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr.startsWith(`${clear}factbox: 0/2 files`)).toBe(true)
    expect(result.stderr).toContain(`${clear}factbox: 2/2 files`)
    expect(result.stderr.endsWith(clear)).toBe(true)
    expect(result.stderr).not.toContain('\n')
    // stdout is not the terminal here, so its lines do not interrupt the progress line.
    expect(result.stdout.trim().split('\n')).toHaveLength(2)
  })

  it('takes the line away before a message and before output to the same terminal', async () => {
    const dir = await folder({'a.md': article(1), 'b.md': new Uint8Array([0x00, 0x01]), 'c.md': article(3)})
    // stdout and stderr on one terminal: what would be left on the screen?
    let transcript = ''
    const write = (text: string) => {
      transcript += text
    }
    const status = await main(['check', '--no-color', '--jobs', '1', '.'], {stdout: write, stderr: write, stdoutIsTTY: true, stderrIsTTY: true, env: {}, cwd: dir})
    expect(status).toBe(1)
    expect(transcript).toContain('factbox: 0/3 files')
    const screen = ['']
    for (const part of transcript.split(/(\r\u001B\[2K|\n)/u)) {
      if (part === clear) screen[screen.length - 1] = ''
      else if (part === '\n') screen.push('')
      else screen[screen.length - 1] += part
    }
    expect(screen).toEqual(['a.md: no issues found', 'factbox: b.md: is a binary file, not Markdown', 'c.md: no issues found', ''])
  })

  it('prints nothing of it in CI', async () => {
    const dir = await folder({'a.md': article(1)})
    for (const value of ['true', '1']) {
      const result = await factboxInProcess(['check', '--jobs', '1', 'a.md'], dir, {stderrIsTTY: true, env: {CI: value}})
      expect(result.stderr).toBe('')
    }
    expect(isCi({CI: 'false'})).toBe(false)
    expect(isCi({CI: ''})).toBe(false)
    expect(isCi({})).toBe(false)
  })

  it('prints nothing of it when stderr is not a terminal', async () => {
    const dir = await folder({'a.md': article(1), 'b.md': article(2)})
    const result = factbox(['build', '--json', '.'], dir)
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).not.toContain('\r')
  })
})
