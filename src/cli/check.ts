/**
 * `factbox check <files, directories, globs>…`: the plugin's messages for
 * each article, for editors and CI.
 */
import {parseArgs} from 'node:util'
import {UsageError, asUsage, readShared, sharedOptions, sharedUsage} from './arguments.js'
import type {MessageRecord, Task} from './article.js'
import {expandInputs, takeShard} from './inputs.js'
import {runArticles} from './pool.js'
import {type ReportOptions, count, emptyTally, jsonFailure, jsonMessage, reportFile, summaryLine} from './report.js'
import {type Io, Terminal, wantsColor} from './terminal.js'

export const checkUsage = `Usage: factbox check [options] <file|directory|glob>...

  Reports the problems the plugin finds in each article (unclosed quotes, stray
  quote marks, quotes without a speaker, relative dates without a publication
  date, bad frontmatter, …) with file:line:column and rule id.

  A directory means every .md and .markdown file in it; quote globs
  ("articles/**/*.md") so that factbox expands them. node_modules is skipped.

Options:
  --frail              warnings fail too (exit 1)
  --format <text|json> text: the vfile-reporter report (default);
                       json: one JSON object per message per line (JSON Lines):
                       {file, line, column, endLine, endColumn, ruleId, source,
                        reason, severity, fatal, url}
  -q, --quiet          leave out files without messages
  -S, --silent         errors only
  --no-color           no colour (default: colour when stdout is a terminal)
${sharedUsage}

Exit codes:
  0  no errors (warnings allowed without --frail)
  1  errors, warnings with --frail, or an input that could not be read or processed
  2  usage error`

const options = {
  ...sharedOptions,
  frail: {type: 'boolean'},
  format: {type: 'string'},
  quiet: {type: 'boolean', short: 'q'},
  silent: {type: 'boolean', short: 'S'},
  'no-color': {type: 'boolean'}
} as const

/** Messages in file order (by start line, then column); ones without a place first. */
function byPlace(a: MessageRecord, b: MessageRecord): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

export async function check(argv: readonly string[], io: Io): Promise<number> {
  const {values, positionals} = asUsage(() => parseArgs({args: [...argv], allowPositionals: true, options}), argv)
  if (values.help) {
    io.stdout(checkUsage + '\n')
    return 0
  }
  const shared = readShared(values)
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not ${JSON.stringify(format)}`)
  if (positionals.length === 0) throw new UsageError('no input files')

  const terminal = new Terminal(io)
  const report: ReportOptions = {quiet: values.quiet === true, silent: values.silent === true, color: wantsColor(io, values['no-color'] === true)}
  const json = format === 'json'
  let failures = 0
  const fail = async (file: string, reason: string) => {
    failures++
    terminal.problem(file, reason)
    if (json) await terminal.out(JSON.stringify(jsonFailure(file, reason)) + '\n')
  }

  if (shared.jobsNote !== null) terminal.err(shared.jobsNote)
  const expansion = await expandInputs(positionals, io.cwd ?? process.cwd(), {followSymlinks: shared.followSymlinks, maxSize: shared.maxSize})
  for (const skip of expansion.skipped) terminal.problem(skip.file, skip.reason)
  for (const problem of expansion.problems) await fail(problem.file, problem.reason)
  const articles = shared.shard ? takeShard(expansion.articles, shared.shard) : expansion.articles
  if (shared.shard && articles.length === 0 && expansion.articles.length > 0) {
    terminal.err(`factbox: shard ${shared.shard.index}/${shared.shard.count} has no files (${expansion.articles.length} in all)\n`)
  }
  const tasks: Task[] = articles.map((article, seq) => ({seq, path: article.path, absolute: article.source, noFollow: article.noFollow}))

  const tally = emptyTally()
  let separate = false
  terminal.update(0, tasks.length)
  await runArticles({
    tasks,
    jobs: shared.jobs,
    job: {options: shared.options, messages: true, facts: false, staging: null, maxSize: shared.maxSize},
    async onOutcome(outcome) {
      if (!outcome.ok) {
        await fail(outcome.path, outcome.reason)
      } else if (json) {
        count(tally, outcome.messages)
        const shown = report.silent ? outcome.messages.filter((message) => message.fatal === true) : outcome.messages
        const lines = [...shown].sort(byPlace).map((message) => JSON.stringify(jsonMessage(outcome.path, message)) + '\n')
        if (lines.length > 0) await terminal.out(lines.join(''))
      } else {
        count(tally, outcome.messages)
        const text = reportFile(outcome.path, outcome.messages, report)
        if (text) {
          // An empty line after a file with messages, as vfile-reporter does.
          await terminal.out((separate ? '\n' : '') + text + '\n')
          separate = text.includes('\n')
        }
      }
      terminal.update(outcome.seq + 1, tasks.length)
    }
  })
  terminal.clear()
  if (!json) {
    const summary = summaryLine(tally, report)
    if (summary) await terminal.out('\n' + summary + '\n')
  }
  const failed = failures > 0 || tally.errors > 0 || (values.frail === true && tally.warnings > 0)
  return failed ? 1 : 0
}
