#!/usr/bin/env node
// Scores the CLI on the shared development sets (not shipped: their licences are non-commercial).
// Skips with a one-line notice when ../shared is not there, as for anyone who cloned this repository alone.
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const shared = fileURLToPath(new URL('../../shared/', import.meta.url))
if (!existsSync(shared + 'tools/score.mjs')) {
  console.log('eval: skipped, ../shared (the development sets and scorers) is not here')
  process.exit(0)
}
const run = `node ${root}dist/cli/bin.js --json`
const step = (title, args) => {
  console.log(`\n## ${title}`)
  try {
    const out = execFileSync('node', args, {encoding: 'utf8', maxBuffer: 64 << 20})
    console.log(out.trim().split('\n').slice(-3).join('\n'))
  } catch (error) {
    console.log(String(error.stdout ?? '').trim().split('\n').slice(-3).join('\n'))
  }
}
step('fixture', [shared + 'tools/score.mjs', '--run', run, shared + 'fixture/putin-kim.gold.json'])
step('fixture without publication date', [shared + 'tools/score.mjs', '--run', run, '--no-date', shared + 'fixture/putin-kim.gold.json'])
step('Wikinews DE dev (quotes, speakers)', [shared + 'tools/score.mjs', '--run', run, shared + 'eval/wikinews-de-dev'])
step('KRAUTS dev (dates, beside HeidelTime)', [shared + 'tools/krauts.mjs', '--run', run, '--dir', shared + 'eval/krauts-dev'])
