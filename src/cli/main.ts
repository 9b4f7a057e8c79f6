/**
 * The `factbox` command.
 *
 *   factbox article.md                 the article as HTML, with its box
 *   factbox article.md --out page.html a standalone page
 *   factbox --json a.md b.md …         one JSON line of facts per file
 *   factbox --summary article.md       a readable summary of the facts
 */
import {readFile, writeFile} from 'node:fs/promises'
import {parseArgs} from 'node:util'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import remarkFactbox from '../plugin.js'
import {type Options, resolveOptions} from '../options.js'
import type {Facts, Language} from '../types.js'
import {summarize} from './summary.js'
import {standalonePage} from './page.js'

export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

const usage = `Usage: factbox [options] <file.md>...

  Renders each article to HTML with its key-facts box (stdout), or prints its facts.

Options:
  --json               one JSON line of facts per file: {file, lang, publicationDate, dateline, quotes, dates, people}
  --summary            a readable summary of the facts
  --out <file>         write a standalone HTML page (one input file only)
  --date <YYYY-MM-DD>  publication date for relative dates (default: frontmatter date)
  --lang <de|en|fr>    language (default: frontmatter lang, else detected)
  -h, --help           this text
  -v, --version        the version`

/** The JSON form of one file's facts (the box's sentence context is left out). */
export function factsRecord(file: string, facts: Facts): Record<string, unknown> {
  return {
    file,
    lang: facts.lang,
    publicationDate: facts.publicationDate,
    dateline: facts.dateline,
    quotes: facts.quotes,
    dates: facts.dates.map(({sentence: _sentence, ...rest}) => rest),
    people: facts.people
  }
}

/** Runs the command; returns the exit code. Never throws for bad input. */
export async function main(argv: string[], io: Io): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: {type: 'boolean'},
        summary: {type: 'boolean'},
        out: {type: 'string'},
        date: {type: 'string'},
        lang: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    io.stderr(`factbox: ${(error as Error).message}\n\n${usage}\n`)
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
    io.stderr(`factbox: no input files\n\n${usage}\n`)
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
  try {
    resolveOptions(options)
    processor = unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml', 'toml'])
      .use(remarkFactbox, options)
      .use(remarkRehype)
      .use(rehypeStringify)
  } catch (error) {
    io.stderr(`factbox: ${(error as Error).message.replace(/^remark-factbox: /u, '')}\n`)
    return 2
  }

  let failed = 0
  for (const path of positionals) {
    let value: string
    try {
      const buffer = await readFile(path)
      if (buffer.includes(0)) throw new Error('is a binary file, not Markdown')
      value = new TextDecoder('utf-8', {fatal: true}).decode(buffer)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : error instanceof TypeError ? 'is not UTF-8 text' : (error as Error).message
      io.stderr(`factbox: ${path}: ${reason}\n`)
      failed++
      continue
    }
    const file = new VFile({path, value})
    const html = String(await processor.process(file))
    const facts = file.data.factbox as Facts
    if (values.json) {
      io.stdout(JSON.stringify(factsRecord(path, facts)) + '\n')
    } else if (values.out) {
      await writeFile(values.out, standalonePage(html, facts))
      if (values.summary) io.stdout(summarize(path, facts))
      io.stdout(`factbox: wrote ${values.out}\n`)
    } else if (values.summary) {
      io.stdout(summarize(path, facts))
    } else {
      io.stdout(html + '\n')
    }
  }
  return failed > 0 ? 1 : 0
}
