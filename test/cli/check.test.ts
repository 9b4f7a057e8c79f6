/**
 * `factbox check`: the plugin's messages with their places and rule ids, the
 * exit codes, and the JSON Lines form.
 */
import {describe, expect, it} from 'vitest'
import type {JsonMessage} from '../../src/cli/report.js'
import {factbox, factboxInProcess, folder, hasStack} from './helpers.js'

// Line 10 opens a quotation that its paragraph never closes.
const unclosed = `---
date: 2024-06-19
lang: de
---

# Ein Gesetz

Die Ministerin Anna Berg sagte am Mittwoch in Berlin: „Wir werden das Gesetz ändern.“

Die Opposition widersprach sofort: „Das ist ein Fehler, und wir stimmen dagegen.

Mehr folgt.
`
const unclosedLine = 10
const unclosedColumn = unclosed.split('\n')[unclosedLine - 1].indexOf('„') + 1

const clean = `---
date: 2024-06-19
lang: de
---

Die Ministerin Anna Berg hat am Mittwoch in Berlin ein Gesetz vorgestellt.
`

// No publication date: "am Mittwoch" cannot be resolved (a warning, nothing else).
const undated = `Die Ministerin Anna Berg hat am Mittwoch ein Gesetz vorgestellt.\n`
const mittwoch = undated.indexOf('Mittwoch') + 1


function jsonLines(text: string): JsonMessage[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as JsonMessage)
}

describe('factbox check', {timeout: 60_000}, () => {
  it('reports an unclosed quote at its line and column, with the rule id and source', async () => {
    const dir = await folder({'articles/a.md': unclosed})
    const result = factbox(['check', 'articles/a.md'], dir)
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr).toBe('')
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('articles/a.md')
    const row = lines.find((line) => line.includes('unclosed-quote'))
    expect(row).toBeDefined()
    expect(row).toMatch(new RegExp(`^${unclosedLine}:${unclosedColumn}(?:-\\d+:\\d+)? +warning .*unclosed-quote +remark-factbox$`, 'u'))
    expect(result.stdout).toMatch(/\n\n⚠ \d+ warnings?\n$/u)
  })

  it('fails on warnings only with --frail', async () => {
    const dir = await folder({'a.md': undated})
    const plain = await factboxInProcess(['check', '--jobs', '1', 'a.md'], dir)
    expect(plain.status, plain.stderr).toBe(0)
    expect(plain.stdout).toContain('relative-date-without-publication-date')
    const frail = await factboxInProcess(['check', '--frail', '--jobs', '1', 'a.md'], dir)
    expect(frail.status, frail.stderr).toBe(1)
    expect(frail.stdout).toBe(plain.stdout)
    const cleanDir = await folder({'a.md': clean})
    const cleanRun = await factboxInProcess(['check', '--frail', '--jobs', '1', 'a.md'], cleanDir)
    expect(cleanRun).toEqual({status: 0, stdout: 'a.md: no issues found\n', stderr: ''})
  })

  it('prints one JSON object per message with --format json', async () => {
    const dir = await folder({'b.md': unclosed, 'a.md': clean, 'c.md': undated})
    const result = factbox(['check', '--format', 'json', '.'], dir)
    expect(result.status, result.stderr).toBe(0)
    const messages = jsonLines(result.stdout)
    expect(messages.length).toBeGreaterThanOrEqual(2)
    for (const message of messages) {
      expect(Object.keys(message)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'ruleId', 'source', 'reason', 'severity', 'fatal', 'url'])
      expect(message.source).toBe('remark-factbox')
      expect(message.severity).toBe('warning')
      expect(message.fatal).toBe(false)
      expect(typeof message.reason).toBe('string')
      expect(message.url).toBe(`https://github.com/remark-factbox/remark-factbox/blob/main/docs/messages.md#${message.ruleId}`)
    }
    // Files in sorted order, messages in file order.
    const files = messages.map((message) => message.file)
    expect(files).toEqual([...files].sort())
    expect(files).not.toContain('a.md')
    expect(messages).toContainEqual(expect.objectContaining({file: 'b.md', ruleId: 'unclosed-quote', line: unclosedLine, column: unclosedColumn}))
    expect(messages).toContainEqual(expect.objectContaining({file: 'c.md', ruleId: 'relative-date-without-publication-date', line: 1, column: mittwoch, endLine: 1, endColumn: mittwoch + 'Mittwoch'.length}))
    const frail = factbox(['check', '--format', 'json', '--frail', '.'], dir)
    expect(frail.status, frail.stderr).toBe(1)
    expect(frail.stdout).toBe(result.stdout)
  })

  it('leaves out clean files with --quiet and warnings with --silent', async () => {
    const dir = await folder({'a.md': clean, 'b.md': undated})
    const quiet = await factboxInProcess(['check', '-q', '--jobs', '1', 'a.md', 'b.md'], dir)
    expect(quiet.stdout).not.toContain('a.md')
    expect(quiet.stdout).toMatch(new RegExp(`^b\\.md\\n1:${mittwoch}-1:${mittwoch + 8} +warning .*relative-date-without-publication-date`, 'u'))
    const silent = await factboxInProcess(['check', '-S', '--jobs', '1', 'a.md', 'b.md'], dir)
    expect(silent).toEqual({status: 0, stdout: '', stderr: ''})
  })

  it('reports frontmatter that is not YAML as a message of its own, in one line that says where, not a crash', async () => {
    const dir = await folder({'a.md': '---\ndate: [2024-06-19\nlang: de\n---\n\nText am Mittwoch.\n', 'b.md': '---\ntitle: "Offen\ndate: 2024-06-19\n---\n\nText.\n'})
    const result = factbox(['check', '--format', 'json', 'a.md', 'b.md'], dir)
    expect(result.status, result.stderr).toBe(0)
    expect(hasStack(result.stderr)).toBe(false)
    const messages = jsonLines(result.stdout)
    // Its own rule: the date field is not the problem, the frontmatter is.
    expect(messages.map((message) => message.ruleId)).not.toContain('bad-frontmatter-date')
    const [a, b] = ['a.md', 'b.md'].map((file) => messages.find((message) => message.file === file && message.ruleId === 'bad-frontmatter'))
    expect(a).toMatchObject({line: 1, column: 1, severity: 'warning', url: 'https://github.com/remark-factbox/remark-factbox/blob/main/docs/messages.md#bad-frontmatter'})
    // One line, the place counted in the file (the frontmatter starts on line 2), no dangling colon.
    expect(a?.reason).toBe('Frontmatter is not valid YAML: flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1; none of its fields is read')
    expect(b?.reason).toBe('Frontmatter is not valid YAML: missing closing "quote at line 3, column 17; none of its fields is read')
    // Without its fields the date is unknown, so the relative date is reported too.
    expect(messages.filter((message) => message.file === 'a.md').map((message) => message.ruleId)).toEqual(['bad-frontmatter', 'relative-date-without-publication-date'])
  })

  it('colours the report only when asked or on a terminal', async () => {
    const dir = await folder({'a.md': undated})
    const piped = await factboxInProcess(['check', '--jobs', '1', 'a.md'], dir)
    expect(piped.stdout).not.toContain('\u001B[')
    const terminal = await factboxInProcess(['check', '--jobs', '1', 'a.md'], dir, {stdoutIsTTY: true})
    expect(terminal.stdout).toContain('\u001B[33m')
    const noColor = await factboxInProcess(['check', '--jobs', '1', '--no-color', 'a.md'], dir, {stdoutIsTTY: true})
    expect(noColor.stdout).toBe(piped.stdout)
  })
})
