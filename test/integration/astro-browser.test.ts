/**
 * The Astro example in a real browser: build examples/astro, serve its dist/
 * on localhost, open it in Debian's Chromium through playwright-core, and
 * check that the box is there, labelled by its heading, and readable on a
 * phone; that the fixture's box is compact (at most 800 px tall on a 375 px
 * phone, with when, who, two voices and the timeline); and that it is dark
 * only where the page is. Screenshots go to artifacts/.
 *
 * Skips (with one line saying why) when /usr/bin/chromium or the example's
 * node_modules are missing: run `npm ci` in examples/astro first.
 */
import {execFile} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import type {Root} from 'mdast'
import {VFile} from 'vfile'
import {createProcessor} from '../../src/cli/article.js'
import {articleMeta} from '../../src/cli/meta.js'
import {standalonePage} from '../../src/cli/page.js'
import type {Facts} from '../../src/index.js'
import {articles as siteArticles, artifacts, checkBox, checkLayout, executablePath, measure, root, siteSession} from './browser.js'

/** The command's standalone page of an article (`factbox article.md -o page.html`). */
function commandPage(article: string): string {
  const processor = createProcessor({})
  const file = new VFile({path: 'article.md', value: article})
  const tree = processor.parse(file) as Root
  const body = processor.runSync(tree, file)
  return standalonePage(body, file.data.factbox as Facts, articleMeta(tree, undefined), 'article.md')
}

const example = join(root, 'examples/astro')
const site = join(example, 'dist')

const missing = !existsSync(executablePath)
  ? `${executablePath} is missing (apt-get install chromium)`
  : !existsSync(join(example, 'node_modules/astro'))
    ? 'examples/astro/node_modules is missing (npm ci in examples/astro)'
    : ''
if (missing) console.log(`astro-browser.test.ts skipped: ${missing}`)

/** The shared example articles, and the fixture, which this example also holds. */
const articles = [
  ...siteArticles,
  {path: '/putin-kim/', title: 'Auf einen Blick', quote: 'Der heute unterzeichnete umfassende Partnerschaftsvertrag sieht unter anderem gegenseitige Unterstützung im Falle einer Aggression gegen eine Vertragspartei vor', speaker: 'Wladimir Putin'}
]

describe.skipIf(Boolean(missing))('the Astro example in Chromium', {timeout: 60_000}, () => {
  // --force: the content layer's cache would keep boxes an earlier build of the plugin made.
  const session = siteSession(site, async () => {
    await promisify(execFile)(join(example, 'node_modules/.bin/astro'), ['build', '--force'], {
      cwd: example,
      env: {...process.env, ASTRO_TELEMETRY_DISABLED: '1'}
    })
  })
  const {open} = session

  it.each(articles)('$path has one box, labelled by its heading, with its quotes', (article) => checkBox(session, article))

  it('the layout shows the facts from remarkPluginFrontmatter, and a quote holding markup stays text', () => checkLayout(session))

  it('lists every article with its number of quotations', async () => {
    const {page, close} = await open('/', {width: 1280, height: 900})
    const items = await page.locator('.articles li').allTextContents()
    expect(items).toHaveLength(4)
    expect(items.join('\n')).toMatch(/Hamburg approves harbour expansion\s*\d+ · /u)
    await close()
  })

  it('is readable on a phone: within 375px, no sideways scrolling, text at least 14px', async () => {
    const {page, close} = await open('/pendlerpauschale/', {width: 375, height: 740})
    const m = await measure(page)
    expect(m.viewport).toBe(375)
    expect(m.boxLeft).toBeGreaterThanOrEqual(0)
    expect(m.boxRight).toBeLessThanOrEqual(m.viewport)
    expect(m.scrollWidth).toBeLessThanOrEqual(m.viewport)
    expect(m.smallest.size, `“${m.smallest.text}”`).toBeGreaterThanOrEqual(14)
    expect(m.background).toBe('rgb(245, 243, 238)')
    await page.screenshot({path: join(artifacts, 'astro-factbox-phone.png'), fullPage: true})
    await close()
  })

  it('keeps the fixture’s box short on a phone: at most 800 px, with when, who, two voices and the timeline', async () => {
    const {page, close} = await open('/putin-kim/', {width: 375, height: 740})
    const m = await measure(page)
    expect(m.boxHeight).toBeLessThanOrEqual(800)
    expect(m.scrollWidth).toBeLessThanOrEqual(m.viewport)
    expect(m.smallest.size, `“${m.smallest.text}”`).toBeGreaterThanOrEqual(14)
    const box = page.locator('aside.factbox')
    for (const section of ['when', 'who', 'voices', 'timeline']) await expect.poll(() => box.locator(`.factbox__section--${section}`).count()).toBe(1)
    expect(await box.locator('.factbox__section--when time').getAttribute('datetime')).toBe('2024-06-19')
    expect(await box.locator('figure').count()).toBeGreaterThanOrEqual(2)
    expect(await box.locator('cite').allTextContents()).toEqual(['Wladimir Putin', 'Kim Jong-un'])
    expect(await box.locator('.factbox__event').count()).toBeGreaterThanOrEqual(2)
    expect(await box.locator('.factbox__event-text').allTextContents()).toContain('Nordkorea und Russland hätten am Mittwoch ein … Verteidigungsabkommen unterzeichnet')
    await box.screenshot({path: join(artifacts, 'astro-factbox-fixture-phone.png')})
    await close()
  })

  it('follows a dark colour scheme', async () => {
    const {page, close} = await open('/pendlerpauschale/', {width: 375, height: 740, colorScheme: 'dark'})
    expect((await measure(page)).background).toBe('rgb(36, 36, 34)')
    await page.locator('aside.factbox').screenshot({path: join(artifacts, 'astro-factbox-phone-dark.png')})
    await close()
  })

  it('stays light on a page that does not say it is dark (the command’s page), whatever the reader prefers', async () => {
    const fixture = readFileSync(join(root, 'fixtures/putin-kim.md'), 'utf8')
    const context = await session.browser().newContext({viewport: {width: 375, height: 740}, colorScheme: 'dark'})
    const page = await context.newPage()
    await page.setContent(commandPage(fixture))
    expect((await measure(page)).background).toBe('rgb(245, 243, 238)')
    await context.close()
  })

  it('sets French quotation marks with narrow no-break spaces inside them', async () => {
    const article = '---\ndate: 2024-04-02\nlang: fr\n---\n\n(Paris) « Nous irons jusqu’au bout de cette affaire », a déclaré mardi la maire Anne Dupont.\n'
    const context = await session.browser().newContext({viewport: {width: 375, height: 740}})
    const page = await context.newPage()
    await page.setContent(commandPage(article))
    const quotes = await page.evaluate(() => {
      const {document, getComputedStyle} = globalThis as unknown as {document: {querySelector(selector: string): unknown}; getComputedStyle(element: unknown): {quotes: string}}
      return getComputedStyle(document.querySelector('.factbox__quote-text')).quotes
    })
    expect(quotes).toContain('«\u202F')
    expect(quotes).toContain('\u202F»')
    await context.close()
  })

  it('prints without a background, and sits in the column on a desktop', async () => {
    const {page, close} = await open('/harbour-plan/', {width: 1280, height: 900})
    const m = await measure(page)
    expect(m.boxWidth).toBeLessThanOrEqual(42 * 16)
    expect(m.scrollWidth).toBeLessThanOrEqual(m.viewport)
    await page.screenshot({path: join(artifacts, 'astro-factbox-desktop.png'), fullPage: true})
    await page.emulateMedia({media: 'print'})
    expect((await measure(page)).background).toBe('rgba(0, 0, 0, 0)')
    await close()
  })
})
