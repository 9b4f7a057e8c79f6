/**
 * The `factbox` command.
 *
 *   factbox check <files|dirs|globs>…          the plugin's messages, for editors and CI
 *   factbox build <files|dirs|globs>… --out d  one standalone page per article
 *   factbox build <files|dirs|globs>… --json   one JSON line of facts per article
 *
 * and, for one or a few files:
 *
 *   factbox article.md                 the article as HTML, with its box
 *   factbox article.md --out page.html a standalone page
 *   factbox --json a.md b.md …         one JSON line of facts per file
 *   factbox --summary article.md       a readable summary of the facts
 *   factbox --explain article.md       why each quotation got its speaker
 */
import {randomBytes} from 'node:crypto'
import {readFile, rename, rm, writeFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {type Options, resolveOptions} from '../options.js'
import type {Facts, Language} from '../types.js'
import {UsageError, argumentProblem, readMaxSize} from './arguments.js'
import {createProcessor, failureReason, firstLine, readArticle} from './article.js'
import {build} from './build.js'
import {check} from './check.js'
import {errnoReason} from './files.js'
import {type ArticleMeta, articleMeta} from './meta.js'
import {factsRecord} from './record.js'
import {summarize} from './summary.js'
import {explainArticle} from './explain.js'
import {standalonePage} from './page.js'
import {type Io, printable} from './terminal.js'

export type {Io} from './terminal.js'
export {factsRecord} from './record.js'

const usage = `Usage: factbox check [options] <file|directory|glob>...
       factbox build [options] <file|directory|glob>... (--out <dir> | --json)
       factbox [options] <file.md>...

Commands:
  check                report the problems the plugin finds (file:line:column, rule id);
                       --frail, --format json, --shard i/n, --jobs n, --follow-symlinks,
                       --max-size (factbox check --help)
  build                a standalone HTML page per article (--out <dir>), or the facts as
                       JSON Lines (--json); --shard i/n, --jobs n, --follow-symlinks,
                       --max-size (factbox build --help)

  Without a command, renders each article to HTML with its key-facts box (stdout), or prints its facts.

Options:
  --json               one JSON line of facts per file: {file, lang, publicationDate, dateline, quotes, dates, people}
  --summary            a readable summary of the facts
  --explain            for each quotation: the cues near it, every candidate speaker with
                       the features weighed and its score, and the winner
  -o, --out <file>     write a standalone HTML page (one input file only)
  --date <YYYY-MM-DD>  publication date for relative dates (default: frontmatter date)
  --lang <de|en|fr>    language (default: frontmatter lang, else detected)
  --max-size <size>    refuse larger files (default: 5MB; bytes, or 500kB, 5MB, 1MiB)
  -h, --help           this text
  -v, --version        the version

  Only regular files are read (a symbolic link named here is followed); pipes,
  sockets and devices are refused.

Exit codes: 0 done (check: no errors), 1 problems or an input that could not be read or
processed (the others are still done), 2 usage error, 130/143 build --out interrupted.`

const commands = {check, build} as const

/** Writes a file whole or not at all: a temporary file next to it, then a rename. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(temporary, text)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

/** Runs the command; returns the exit code. Never throws for bad input. */
export async function main(argv: string[], io: Io): Promise<number> {
  const name = argv[0]
  if (name === 'check' || name === 'build') {
    const run = commands[name]
    try {
      return await run(argv.slice(1), io)
    } catch (error) {
      if (error instanceof UsageError) {
        io.stderr(`factbox ${name}: ${printable(error.message)} (see factbox ${name} --help)\n`)
        return 2
      }
      io.stderr(`factbox: ${printable(firstLine(error))}\n`)
      return 1
    }
  }
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: {type: 'boolean'},
        summary: {type: 'boolean'},
        explain: {type: 'boolean'},
        out: {type: 'string', short: 'o'},
        date: {type: 'string'},
        lang: {type: 'string'},
        'max-size': {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    io.stderr(`factbox: ${printable(argumentProblem(error, argv))} (see factbox --help)\n`)
    return 2
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout(usage + '\n')
    return 0
  }
  if (values.version) {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
    io.stdout(pkg.version + '\n')
    return 0
  }
  if (positionals.length === 0) {
    // `factbox` alone asks what it does; with options but no file, one line says what is missing.
    io.stderr(argv.length === 0 ? `${usage}\n` : 'factbox: no input files (see factbox --help)\n')
    return 2
  }
  if (values.out && positionals.length > 1) {
    io.stderr('factbox: --out takes one input file\n')
    return 2
  }
  const options: Options = {}
  if (values.date !== undefined) options.publicationDate = values.date
  if (values.lang !== undefined) options.lang = values.lang as Language
  let processor
  let maxSize
  try {
    maxSize = readMaxSize(values['max-size'])
    resolveOptions(options)
    processor = createProcessor(options)
  } catch (error) {
    io.stderr(`factbox: ${printable((error as Error).message.replace(/^remark-factbox: /u, ''))}\n`)
    return 2
  }

  const cwd = io.cwd ?? process.cwd()
  let failed = 0
  for (const path of positionals) {
    if (!(await runOne(path, {cwd, values, options, processor, maxSize, io}))) failed++
  }
  return failed > 0 ? 1 : 0
}

interface Run {
  cwd: string
  values: {json?: boolean | undefined; summary?: boolean | undefined; explain?: boolean | undefined; out?: string | undefined}
  options: Options
  processor: ReturnType<typeof createProcessor>
  maxSize: ReturnType<typeof readMaxSize>
  io: Io
}

/** Reads, processes and prints one file of the short form; returns whether it went well (a problem is one line). */
async function runOne(path: string, run: Run): Promise<boolean> {
  const {cwd, values, options, processor, io} = run
  const problem = (reason: string) => {
    io.stderr(`factbox: ${printable(path)}: ${printable(reason)}\n`)
    return false
  }
  const reading = await readArticle(resolve(cwd, path), run.maxSize)
  // The short form reads files; `check` and `build` are the commands that read a directory.
  if (!reading.ok) return problem(reading.reason === 'is a directory' ? 'is a directory (for the Markdown files in it: factbox check <dir>, or factbox build <dir> --out <site>)' : reading.reason)
  const value = reading.value
  const file = new VFile({path, value})
  let html: string
  let meta: ArticleMeta
  try {
    if (values.explain) {
      io.stdout(explainArticle(path, value, options))
      return true
    }
    const tree = processor.parse(file)
    meta = articleMeta(tree, options.lang)
    const body = await processor.run(tree, file)
    html = values.out ? standalonePage(body, file.data.factbox as Facts, meta, path) : processor.stringify(body, file)
  } catch (error) {
    // One article that cannot be processed (nested too deeply, say) is named; the others still are.
    return problem(failureReason(error))
  }
  const facts = file.data.factbox as Facts
  const lang = meta.languageKnown ? facts.lang : null
  if (values.json) {
    io.stdout(JSON.stringify(factsRecord(path, facts, lang)) + '\n')
  } else if (values.out) {
    try {
      await writeAtomically(resolve(cwd, values.out), html)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const reason = code === 'ENOENT' ? 'no such directory' : errnoReason(error)
      io.stderr(`factbox: ${printable(values.out)}: ${reason}\n`)
      return false
    }
    if (values.summary) io.stdout(summarize(path, facts, lang))
    io.stdout(`factbox: wrote ${printable(values.out)}\n`)
  } else if (values.summary) {
    io.stdout(summarize(path, facts, lang))
  } else {
    io.stdout(html + '\n')
  }
  return true
}
