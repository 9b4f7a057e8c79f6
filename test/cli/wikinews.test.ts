/**
 * `factbox check` over the 150 Wikinews development articles in ../shared
 * (absent when the repository is cloned alone: then this test is skipped).
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {factbox, root} from './helpers.js'

const corpus = fileURLToPath(new URL('../../../shared/eval/wikinews-de-dev', import.meta.url))
const present = existsSync(corpus)
if (!present) console.warn(`factbox check over Wikinews skipped: ${corpus} is absent (it lives in ../shared, next to the repository)`)

/** Rules whose place starts at a quotation mark. */
const atQuoteMark = new Set(['unclosed-quote', 'stray-quote-mark', 'no-speaker'])
const quoteMark = /["'„“”‚‘’»«›‹]/u

interface JsonMessage {
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  ruleId: string
}

describe('factbox check over Wikinews DE dev', {timeout: 180_000}, () => {
  it.skipIf(!present)('reports with 2 worker threads, in order, with places that point at quote marks', () => {
    const result = factbox(['check', '--format', 'json', '--jobs', '2', '--force-jobs', corpus], root)
    expect(result.stderr).toBe('')
    expect(result.status, result.stderr).toBe(0)
    const messages = result.stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as JsonMessage)
    expect(messages.length).toBeGreaterThan(0)
    const files = messages.map((message) => message.file)
    expect(files).toEqual([...files].sort())
    const texts = new Map<string, string[]>()
    for (const message of messages) {
      if (!texts.has(message.file)) texts.set(message.file, readFileSync(message.file, 'utf8').split('\n'))
      const lines = texts.get(message.file) as string[]
      const line = lines[message.line - 1]
      expect(line, `${message.file}:${message.line}`).toBeDefined()
      expect(message.column).toBeLessThanOrEqual(line.length + 1)
      if (atQuoteMark.has(message.ruleId)) {
        expect(line, `${message.file}:${message.line}:${message.column} ${message.ruleId}`).toMatch(quoteMark)
        expect(line[message.column - 1], `${message.file}:${message.line}:${message.column} ${message.ruleId}`).toMatch(quoteMark)
      }
    }
    // --frail turns the warnings into a failure.
    const frail = factbox(['check', '--frail', '--quiet', '--jobs', '2', '--force-jobs', corpus], root)
    expect(frail.status, frail.stderr).toBe(1)
    expect(frail.stdout).toMatch(/\n⚠ \d+ warnings?\n$/u)
  })
})
