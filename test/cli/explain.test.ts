/**
 * `factbox --explain FILE`: for each quotation, the cues near it, the candidate speakers the patterns proposed with
 * their features and scores, and the winner (marked →), the same winner as the quotation's `reason` in `--json`.
 */
import {describe, expect, it} from 'vitest'
import {factboxInProcess, folder} from './helpers.js'

const article = `---
date: 2024-06-19
---

# Ein Treffen in Pjöngjang

„Wir stehen zusammen“, sagte Wladimir Putin am Mittwoch in Pjöngjang.

Kim Jong-un sprach von einer „neuen Ära“. „Das ist ein großer Tag“, fügte er hinzu.
`

describe('factbox --explain', {timeout: 60_000}, () => {
  it('lists each quotation with its candidates, their features and the winner, the one `--json` gives as reason', async () => {
    const dir = await folder({'a.md': article})
    const explained = await factboxInProcess(['--explain', 'a.md'], dir)
    expect(explained.status, explained.stderr).toBe(0)
    const json = await factboxInProcess(['--json', 'a.md'], dir)
    const facts = JSON.parse(json.stdout) as {quotes: Array<{text: string; speaker: string | null; reason?: string; position: {start: {line: number; column: number}}}>}
    expect(facts.quotes.length).toBeGreaterThanOrEqual(2)
    const blocks = explained.stdout.split(/\n(?= {2}\d+:\d+ «)/u).slice(1)
    expect(blocks).toHaveLength(facts.quotes.length)
    for (const [k, quote] of facts.quotes.entries()) {
      const block = blocks[k]
      expect(block.startsWith(`  ${quote.position.start.line}:${quote.position.start.column} «`)).toBe(true)
      expect(block).toContain(`reason ${quote.reason ?? 'none'}`)
      if (quote.reason === undefined) continue
      // The winner is marked and holds the pattern of `reason`; its features follow on the next line.
      const winner = block.split('\n').findIndex((line) => /^ {4}→/u.test(line))
      expect(winner, block).toBeGreaterThan(0)
      const lines = block.split('\n')
      expect(lines[winner]).toContain(` ${quote.reason} `)
      expect(lines[winner + 1]).toMatch(new RegExp(`\\bp:${quote.reason}\\b`, 'u'))
    }
    const first = blocks[0]
    expect(first).toContain('Wladimir Putin')
    expect(first).toMatch(/cues sagte \(Wladimir Putin\)/u)
  })

  it('names a file it cannot read in one line and goes on', async () => {
    const dir = await folder({'a.md': article})
    const result = await factboxInProcess(['--explain', 'missing.md', 'a.md'], dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/^factbox: missing\.md: /u)
    expect(result.stdout).toMatch(/^a\.md\n/u)
  })
})
