/**
 * The package as a user gets it: `npm pack`, installed into an empty project with the packages the
 * README's Install line names, and the README's Use example, taken from the README itself, run
 * there. It must print the box, and npm must not warn about an install script.
 *
 * The install is offline: the temporary project gets a lockfile made from this repository's (the
 * entries of its production dependencies and the tarball), so `npm ci --offline` takes every package
 * from the npm cache that `npm ci` at the root filled. When the cache lacks one, the install is
 * retried with `--prefer-offline`, with a line saying so.
 */
import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import type {Code, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../../', import.meta.url))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

interface LockEntry {
  version?: string
  dev?: boolean
  devOptional?: boolean
  [key: string]: unknown
}

/** The code blocks of the README's Use section: the Markdown after "`article.md`", the JavaScript after "`example.js`", and what it yields. */
function useExample(readme: string): {install: string[]; article: string; example: string; yields: string} {
  const tree = unified().use(remarkParse).parse(readme) as Root
  const blocks = tree.children
  const after = (start: number, lang: string) => {
    const found = blocks.slice(start).find((node): node is Code => node.type === 'code' && node.lang === lang)
    if (!found) throw new Error(`no ${lang} block in the README after ${start}`)
    return found
  }
  const heading = (text: string) => blocks.findIndex((node) => node.type === 'heading' && node.depth === 2 && node.children.some((child) => 'value' in child && child.value === text))
  const install = after(heading('Install'), 'sh').value
  const use = heading('Use')
  const article = after(use, 'markdown')
  const example = after(blocks.indexOf(article), 'js')
  const yields = after(blocks.indexOf(example), 'html')
  const command = install.split('\n').find((line) => line.startsWith('npm install '))
  if (!command) throw new Error('no npm install line in the README’s Install')
  return {install: command.slice('npm install '.length).split(/\s+/u), article: article.value + '\n', example: example.value + '\n', yields: yields.value}
}

const readme = useExample(await readFile(join(root, 'README.md'), 'utf8'))
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {name: string; version: string; dependencies: Record<string, string>; bin: Record<string, string>; engines: Record<string, string>; license: string}

describe('the packed package', {timeout: 240_000}, () => {
  let project = ''
  let tarball = ''
  let files: string[] = []
  let installLog = ''

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'factbox-package-'))
    if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: npm test builds it (npm run build)')
    // Without scripts: `npm test` has just built dist/ (prepack would build it again).
    const packed = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', project], {cwd: root})
    const [report] = JSON.parse(packed.stdout) as Array<{filename: string; files: Array<{path: string}>}>
    tarball = report.filename
    files = report.files.map((file) => file.path)

    // The project a user makes: the tarball and the packages the README's Install names, at the
    // versions this repository's lockfile has (they are all dependencies of the package).
    const wanted = readme.install.filter((name) => name !== pkg.name)
    const dependencies: Record<string, string> = {[pkg.name]: `file:${tarball}`}
    for (const name of wanted) dependencies[name] = pkg.dependencies[name] ?? '*'
    await writeFile(join(project, 'package.json'), JSON.stringify({name: 'factbox-user', private: true, type: 'module', dependencies}, null, 2))
    const lock = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8')) as {packages: Record<string, LockEntry>}
    const packages: Record<string, unknown> = {
      '': {name: 'factbox-user', dependencies},
      [`node_modules/${pkg.name}`]: {
        version: pkg.version,
        resolved: `file:${tarball}`,
        integrity: 'sha512-' + createHash('sha512').update(await readFile(join(project, tarball))).digest('base64'),
        license: pkg.license,
        dependencies: pkg.dependencies,
        bin: pkg.bin,
        engines: pkg.engines
      }
    }
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (path.startsWith('node_modules/') && entry.dev !== true && entry.devOptional !== true) packages[path] = entry
    }
    await writeFile(join(project, 'package-lock.json'), JSON.stringify({name: 'factbox-user', lockfileVersion: 3, requires: true, packages}, null, 2))

    const install = async (mode: string) => run(npm, ['ci', mode, '--no-audit', '--no-fund'], {cwd: project, env: {...process.env, npm_config_update_notifier: 'false'}})
    try {
      const done = await install('--offline')
      installLog = done.stdout + done.stderr
    } catch (error) {
      console.log(`package.test.ts: npm ci --offline failed (${String((error as {stderr?: string}).stderr ?? error).split('\n').find((line) => line.includes('error')) ?? 'see npm'}); retrying with --prefer-offline`)
      const done = await install('--prefer-offline')
      installLog = done.stdout + done.stderr
    }
    await writeFile(join(project, 'article.md'), readme.article)
    await writeFile(join(project, 'example.js'), readme.example)
  }, 240_000)

  afterAll(async () => {
    if (project) await rm(project, {recursive: true, force: true})
  })

  it('holds what a user needs and nothing of the repository’s own', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'style.css', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/bin.js']) expect(files).toContain(file)
    expect(files.filter((file) => /^(src|test|examples|docs|scripts|fixtures)\//u.test(file))).toEqual([])
  })

  it('installs without a script of its own to run or warn about', async () => {
    // npm runs these when it installs a package (prepare for git and folder dependencies), and npm 11 warns about them.
    const installed = JSON.parse(await readFile(join(project, 'node_modules', pkg.name, 'package.json'), 'utf8')) as {scripts?: Record<string, string>}
    expect(Object.keys(installed.scripts ?? {}).filter((name) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(name))).toEqual([])
    expect(installLog).not.toMatch(/install-scripts|prepare/iu)
    expect(installLog).toMatch(/added \d+ packages?/u)
  })

  it('names in Install every package the Use example imports', () => {
    const imports = [...readme.example.matchAll(/^import .* from '([^']+)'$/gmu)].map((match) => match[1]).filter((name) => !name.startsWith('node:'))
    expect(imports.length).toBeGreaterThan(3)
    for (const name of imports) expect(readme.install, name).toContain(name)
  })

  it('runs the README’s Use example and prints the box', async () => {
    const {stdout, stderr} = await run(process.execPath, ['example.js'], {cwd: project})
    expect(stderr).toBe('')
    expect(stdout).toMatch(/<aside class="factbox" aria-labelledby="user-content-factbox-\w+-title">/u)
    expect(stdout).toContain('</aside>')
    // What the README says it yields, but for the lines it shortens.
    for (const line of readme.yields.split('\n').filter((text) => !text.includes('…'))) expect(stdout, line).toContain(line)
  })

  it('installs the factbox command', async () => {
    const {stdout} = await run(join(project, 'node_modules/.bin/factbox'), ['--version'], {cwd: project})
    expect(stdout).toBe(`${pkg.version}\n`)
    const summary = await run(join(project, 'node_modules/.bin/factbox'), ['--summary', 'article.md'], {cwd: project})
    expect(summary.stdout).toContain('Wladimir Putin')
  })
})
