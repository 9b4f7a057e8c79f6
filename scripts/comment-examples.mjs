#!/usr/bin/env node
// Counts the comment lines of the speaker engine that give a quoted example („…“, “…”, «…» or "…") and tells, for each
// example, whether a test under test/attribution or test/speakers holds its words: so that a comment cannot drift from
// what the code does without a test that shows it.
//
//   node scripts/comment-examples.mjs            summary per file
//   node scripts/comment-examples.mjs --missing  and every example no test holds, with its file and line
//   node scripts/comment-examples.mjs --all      and every example, covered (+) or not (-)
//   node scripts/comment-examples.mjs --check    exit 1 when an example is not covered
//   node scripts/comment-examples.mjs src/foo    other folders or files than the default ones
//
// An example is covered when one test file holds all its words: the example is cut at "…" (words the comment leaves
// out) and at the placeholders X and Y, and each piece with a letter in it must stand in that file (case and
// spacing aside).
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('../', import.meta.url))
const args = process.argv.slice(2)
const flags = new Set(args.filter((a) => a.startsWith('--')))
const targets = args.filter((a) => !a.startsWith('--'))
const sources = targets.length > 0 ? targets : ['src/speakers', 'src/quotes', 'src/text']
const testDirs = ['test/attribution', 'test/speakers']

function filesUnder(path, test) {
  const full = join(root, path)
  let stat
  try {
    stat = statSync(full)
  } catch {
    return []
  }
  if (stat.isFile()) return test(full) ? [full] : []
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(join(path, name), test))
}

/** Every comment of a TypeScript file, once, with where it starts. */
function commentsOf(file) {
  const text = readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const seen = new Map()
  const note = (ranges) => {
    for (const r of ranges ?? []) if (!seen.has(r.pos)) seen.set(r.pos, text.slice(r.pos, r.end))
  }
  const visit = (node) => {
    note(ts.getLeadingCommentRanges(text, node.getFullStart()))
    note(ts.getTrailingCommentRanges(text, node.getEnd()))
    ts.forEachChild(node, visit)
  }
  visit(source)
  note(ts.getLeadingCommentRanges(text, source.endOfFileToken.getFullStart()))
  const comments = []
  for (const [pos, comment] of [...seen].sort((a, b) => a[0] - b[0])) {
    const line = source.getLineAndCharacterOfPosition(pos).line + 1
    const last = comments[comments.length - 1]
    // Line comments on lines that follow each other are one comment: an example may run on to the next line.
    if (last && last.comment.startsWith('//') && comment.startsWith('//') && last.line + last.comment.split('\n').length === line) last.comment += '\n' + comment
    else comments.push({line, comment})
  }
  return comments
}

const closers = {'"': '"', '„': '“”', '“': '”', '«': '»'}

/**
 * The quoted examples of a comment, each with the line it starts on. The comment's lines are joined (without their
 * comment marks), so an example may run over a line break; the outermost marks count, their inner ones are the example's.
 */
function examplesOf({line, comment}) {
  const lines = comment.split('\n').map((l) => l.replace(/^\s*(?:\/\*\*?|\*\/|\*(?!\/)|\/\/)\s?/u, '').replace(/\s*\*\/\s*$/u, ''))
  let joined = ''
  const lineAt = []
  lines.forEach((l, k) => {
    for (let c = 0; c <= l.length; c++) lineAt.push(line + k)
    joined += l + ' '
  })
  const found = []
  for (let i = 0; i < joined.length; i++) {
    const close = closers[joined[i]]
    if (!close) continue
    let j = i + 1
    while (j < joined.length && j - i < 400 && !close.includes(joined[j])) j++
    if (j >= joined.length || j - i >= 400) continue
    const inner = joined.slice(i + 1, j).replace(/\s+/gu, ' ').trim()
    if (/\p{L}/u.test(inner)) found.push({line: lineAt[i], text: joined.slice(i, j + 1).replace(/\s+/gu, ' ')})
    i = j
  }
  return found
}

const normal = (s) => s.replace(/\\(['"`])/gu, '$1').replace(/[\s\u00a0\u202f]+/gu, ' ').toLowerCase()

/** The words of an example that a test must hold: cut at "…", "...", X and Y, without the marks at either end. */
function piecesOf(example) {
  return example
    .slice(1, -1)
    .split(/…|\.\.\.|(?<![\p{L}\p{N}-])[XY](?![\p{L}\p{N}-])/u)
    .map((p) => p.replace(/^[\s,;:.!?„“”"«»()–—-]+|[\s,;:.!?„“”"«»()–—-]+$/gu, '').trim())
    .filter((p) => /\p{L}/u.test(p))
    .map(normal)
}

const tests = testDirs.flatMap((d) => filesUnder(d, (f) => /\.test\.ts$/u.test(f))).map((f) => ({file: relative(root, f), text: normal(readFileSync(f, 'utf8'))}))
const coveredBy = (example) => {
  const pieces = piecesOf(example)
  return tests.find((t) => pieces.every((p) => t.text.includes(p)))?.file ?? null
}

const files = sources.flatMap((s) => filesUnder(s, (f) => /\.ts$/u.test(f) && !f.endsWith('.d.ts')))
const rows = []
const total = {lines: 0, linesCovered: 0, examples: 0, covered: 0}
const listed = []
for (const file of files) {
  const examples = commentsOf(file).flatMap(examplesOf)
  if (examples.length === 0) continue
  const byLine = new Map()
  let covered = 0
  for (const example of examples) {
    const by = coveredBy(example.text)
    if (by) covered++
    byLine.set(example.line, (byLine.get(example.line) ?? true) && by !== null)
    listed.push({file: relative(root, file), ...example, by})
  }
  const linesCovered = [...byLine.values()].filter(Boolean).length
  rows.push({file: relative(root, file), lines: byLine.size, linesCovered, examples: examples.length, covered})
  total.lines += byLine.size
  total.linesCovered += linesCovered
  total.examples += examples.length
  total.covered += covered
}

const pad = (s, n) => String(s).padEnd(n)
const width = Math.max(...rows.map((r) => r.file.length), 5) + 2
console.log(`${pad('file', width)}${pad('lines', 8)}${pad('covered', 10)}${pad('examples', 10)}covered`)
for (const r of rows) console.log(`${pad(r.file, width)}${pad(r.lines, 8)}${pad(r.linesCovered, 10)}${pad(r.examples, 10)}${r.covered}`)
console.log(`${pad('total', width)}${pad(total.lines, 8)}${pad(total.linesCovered, 10)}${pad(total.examples, 10)}${total.covered}`)
const percent = total.examples === 0 ? 100 : Math.round((1000 * total.covered) / total.examples) / 10
console.log(`\nexamples covered: ${total.covered} / ${total.examples} (${percent} %); example lines covered: ${total.linesCovered} / ${total.lines}`)
if (flags.has('--missing') || flags.has('--all')) {
  console.log('')
  for (const e of listed) if (flags.has('--all') || !e.by) console.log(`${e.by ? '+' : '-'} ${e.file}:${e.line} ${e.text}`)
}
if (flags.has('--check') && total.covered < total.examples) process.exit(1)
