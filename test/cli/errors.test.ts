/**
 * Bad input and bad command lines: one line naming the file and the reason,
 * the documented exit code, never a stack trace.
 */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {argumentProblem} from '../../src/cli/arguments.js'
import {article, factbox, factboxInProcess, folder, hasStack} from './helpers.js'

describe('factbox check and build with bad input', {timeout: 60_000}, () => {
  it('names a missing file, and still checks the others', async () => {
    const dir = await folder({'a.md': article(1)})
    const result = factbox(['check', 'a.md', 'gone.md'], dir)
    expect(result.status, result.stderr).toBe(1)
    expect(result.stderr).toBe('factbox: gone.md: no such file\n')
    expect(result.stdout).toBe('a.md: no issues found\n')
  })

  it('says when a directory or a glob holds no Markdown', async () => {
    const dir = await folder({'empty/notes.txt': 'no article here', 'a.md': article(1)})
    const empty = factbox(['check', 'empty'], dir)
    expect(empty).toEqual({status: 1, stdout: '', stderr: 'factbox: empty: no Markdown files (.md, .markdown) in this directory\n'})
    const glob = factbox(['build', '--json', 'drafts/**/*.md'], dir)
    expect(glob).toEqual({status: 1, stdout: '', stderr: 'factbox: drafts/**/*.md: no Markdown files (.md, .markdown) match\n'})
  })

  it('refuses binary and non-UTF-8 files', async () => {
    const dir = await folder({
      'image.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'latin1.md': new Uint8Array([...Buffer.from('Gr'), 0xfc, 0xdf, 0x65, 0x0a])
    })
    const result = factbox(['check', '--format', 'json', '.'], dir)
    expect(result.status, result.stderr).toBe(1)
    expect(result.stderr).toBe('factbox: image.md: is a binary file, not Markdown\nfactbox: latin1.md: is not UTF-8 text\n')
    // The JSON stream carries them too, as errors without a place.
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      {file: 'image.md', line: null, column: null, endLine: null, endColumn: null, ruleId: null, source: 'factbox', reason: 'is a binary file, not Markdown', severity: 'error', fatal: true, url: null},
      {file: 'latin1.md', line: null, column: null, endLine: null, endColumn: null, ruleId: null, source: 'factbox', reason: 'is not UTF-8 text', severity: 'error', fatal: true, url: null}
    ])
  })

  it.each([
    [['--shard', '3/2'], 'factbox check: --shard 3/2: the shard must be from 1 to 2 (see factbox check --help)\n'],
    [['--shard', '0/2'], 'factbox check: --shard 0/2: the shard must be from 1 to 2 (see factbox check --help)\n'],
    [['--shard', '1/0'], 'factbox check: --shard 1/0: the number of shards must be at least 1 (see factbox check --help)\n'],
    [['--shard', 'half'], 'factbox check: --shard must be i/n, like 1/4, not "half" (see factbox check --help)\n'],
    [['--jobs', '0'], 'factbox check: --jobs must be a whole number ≥ 1, not "0" (see factbox check --help)\n'],
    [['--format', 'xml'], 'factbox check: --format must be text or json, not "xml" (see factbox check --help)\n'],
    [['--date', '19.06.2024'], 'factbox check: option `publicationDate` must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not "19.06.2024" (see factbox check --help)\n']
  ])('rejects check %j with exit code 2', async (args, message) => {
    const dir = await folder({'a.md': article(1)})
    const result = await factboxInProcess(['check', ...args, 'a.md'], dir)
    expect(result).toEqual({status: 2, stdout: '', stderr: message})
  })

  it('rejects an unknown option in one line, with balanced quotes and no help dumped', async () => {
    for (const command of [['check'], ['build', '--json'], []]) {
      const name = command[0] === undefined ? 'factbox' : `factbox ${command[0]}`
      expect(await factboxInProcess([...command, '--bogus', 'a.md'], '.')).toEqual({status: 2, stdout: '', stderr: `${name}: unknown option --bogus (see ${name} --help)\n`})
    }
    // The same from the built command, which used to print the whole help after Node's unbalanced '-- "--frobnicate"'.
    expect(factbox(['--frobnicate'], '.')).toEqual({status: 2, stdout: '', stderr: 'factbox: unknown option --frobnicate (see factbox --help)\n'})
    // A file whose name starts with '-' is named whole (parseArgs reads "-draft.md" as "-d"), with the way out.
    expect(await factboxInProcess(['-draft.md'], '.')).toEqual({status: 2, stdout: '', stderr: 'factbox: unknown option -draft.md; put a file whose name starts with - after -- (see factbox --help)\n'})
    expect((await factboxInProcess(['check', '-draft.md'], '.')).stderr).toBe('factbox check: unknown option -draft.md; put a file whose name starts with - after -- (see factbox check --help)\n')
  })

  it('says which option lacks its value or takes none', async () => {
    expect(await factboxInProcess(['a.md', '--out'], '.')).toEqual({status: 2, stdout: '', stderr: 'factbox: --out needs a value (see factbox --help)\n'})
    expect(await factboxInProcess(['a.md', '-o'], '.')).toEqual({status: 2, stdout: '', stderr: 'factbox: --out needs a value (see factbox --help)\n'})
    expect(await factboxInProcess(['--json=yes', 'a.md'], '.')).toEqual({status: 2, stdout: '', stderr: 'factbox: --json takes no value (see factbox --help)\n'})
    expect(await factboxInProcess(['build', 'a.md', '--out'], '.')).toEqual({status: 2, stdout: '', stderr: 'factbox build: --out needs a value (see factbox build --help)\n'})
  })

  it('keeps the first line of any other command-line error', () => {
    expect(argumentProblem(Object.assign(new Error("Unexpected argument 'a'. This command does not take positional arguments\nmore"), {code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'}))).toBe("Unexpected argument 'a'. This command does not take positional arguments")
    expect(argumentProblem('not an error')).toBe('not an error')
  })

  it('asks for files in one line, and shows the usage only to a bare factbox', async () => {
    expect(await factboxInProcess(['--json'], '.')).toEqual({status: 2, stdout: '', stderr: 'factbox: no input files (see factbox --help)\n'})
    const bare = await factboxInProcess([], '.')
    expect(bare.status).toBe(2)
    expect(bare.stdout).toBe('')
    expect(bare.stderr).toMatch(/^Usage: factbox check/u)
  })

  it('tells the short form of a directory which commands read one', async () => {
    const dir = await folder({'articles/a.md': article(1), 'b.md': article(2)})
    const result = await factboxInProcess(['--json', 'articles', 'b.md'], dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toBe('factbox: articles: is a directory (for the Markdown files in it: factbox check <dir>, or factbox build <dir> --out <site>)\n')
    // The other file is still done.
    expect(JSON.parse(result.stdout).file).toBe('b.md')
  })

  it('rejects a bad shard from the built command too, with exit code 2 and one line', async () => {
    const dir = await folder({'a.md': article(1)})
    const result = factbox(['build', '--json', '--shard', '2/1', 'a.md'], dir)
    expect(result.status, result.stderr).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(hasStack(result.stderr)).toBe(false)
  })

  it('asks build for --out or --json, and check and build for files', async () => {
    const dir = await folder({'a.md': article(1)})
    expect(await factboxInProcess(['build', 'a.md'], dir)).toEqual({status: 2, stdout: '', stderr: 'factbox build: build needs --out <dir>, --json or both (see factbox build --help)\n'})
    expect(await factboxInProcess(['check'], dir)).toEqual({status: 2, stdout: '', stderr: 'factbox check: no input files (see factbox check --help)\n'})
    expect((await factboxInProcess(['build', '--json'], dir)).status).toBe(2)
  })

  it('names an --out that is a file', async () => {
    const dir = await folder({'a.md': article(1), 'site': 'a file, not a folder'})
    const result = factbox(['build', 'a.md', '--out', 'site'], dir)
    expect(result).toEqual({status: 1, stdout: '', stderr: 'factbox: site: is not a directory\n'})
  })

  it('says when two articles would become the same page, and gives it to the first', async () => {
    const dir = await folder({'a/x.md': article(1), 'a/x.markdown': article(2)})
    const result = factbox(['build', 'a', '--out', 'site'], dir)
    expect(result.status, result.stderr).toBe(1)
    expect(result.stderr).toBe('factbox: a/x.md: would be written to site/x.html as well as a/x.markdown\nfactbox: wrote 1 of 2 pages to site\n')
    expect(await readFile(join(dir, 'site/x.html'), 'utf8')).toContain('Anna Berg2')
  })

  it('documents the commands in --help', async () => {
    const help = await factboxInProcess(['--help'], '.')
    expect(help.status, help.stderr).toBe(0)
    expect(help.stdout).toMatch(/^Usage: factbox check/u)
    expect(help.stdout).toContain('build')
    expect(help.stdout).toContain('--max-size')
    for (const [command, options] of [
      ['check', ['--frail', '--format', '--jobs', '--force-jobs', '--follow-symlinks', '--max-size', '--shard', 'Exit codes']],
      ['build', ['--out', '--json', '--base', '--jobs', '--force-jobs', '--follow-symlinks', '--max-size', '--shard', 'Exit codes', '143']]
    ] as const) {
      const text = (await factboxInProcess([command, '--help'], '.')).stdout
      expect(text).toMatch(new RegExp(`^Usage: factbox ${command}`, 'u'))
      for (const option of options) expect(text).toContain(option)
    }
  })
})
