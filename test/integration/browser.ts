/**
 * A built example site in a real browser: serve its dist/ on localhost, open it in Debian's
 * Chromium through playwright-core, and check that the box is there, labelled by its heading, and
 * readable on a phone. `siteSession` builds, serves and opens a site; `siteTests` registers the checks
 * both examples share (`astro7-browser.test.ts` uses them); `astro-browser.test.ts` adds its own.
 */
import {existsSync, mkdirSync, readFileSync, statSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {extname, join, normalize, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {type Browser, chromium, type Page} from 'playwright-core'
import {afterAll, beforeAll, expect, it} from 'vitest'

export const root = fileURLToPath(new URL('../../', import.meta.url))
export const artifacts = join(root, 'artifacts')
export const executablePath = '/usr/bin/chromium'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon'
}

/** A static server for `directory` on a free loopback port: `/a/` is `a/index.html`. */
export function serve(directory: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    let file = normalize(join(directory, path))
    if (file !== directory && !file.startsWith(directory + sep)) {
      response.writeHead(403).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      response.writeHead(404, {'content-type': 'text/plain'}).end('not found')
      return
    }
    response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'})
    response.end(readFileSync(file))
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/** What the page shows of the box, measured in the browser. */
export interface Measure {
  label: string | null
  boxWidth: number
  boxHeight: number
  boxLeft: number
  boxRight: number
  viewport: number
  scrollWidth: number
  smallest: {size: number; text: string}
  background: string
}

/** The little of the DOM that `measure` uses (the tests compile without the DOM library). */
interface Rect {
  width: number
  height: number
  left: number
  right: number
}
interface DomNode {
  textContent: string | null
  parentElement: DomElement | null
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null
  getBoundingClientRect(): Rect
  clientWidth: number
  scrollWidth: number
}
interface BrowserGlobals {
  document: {
    querySelector(selector: string): DomElement | null
    getElementById(id: string): DomElement | null
    createTreeWalker(root: DomElement, what: number): {nextNode(): DomNode | null}
    documentElement: DomElement
  }
  NodeFilter: {SHOW_TEXT: number}
  getComputedStyle(element: DomElement): {fontSize: string; backgroundColor: string}
}

export function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    const {document, NodeFilter, getComputedStyle} = globalThis as unknown as BrowserGlobals
    const box = document.querySelector('aside.factbox')
    if (!box) throw new Error('no aside.factbox on the page')
    const id = box.getAttribute('aria-labelledby') ?? ''
    const rect = box.getBoundingClientRect()
    let smallest = {size: Number.POSITIVE_INFINITY, text: ''}
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? ''
      if (!text || !node.parentElement) continue
      const size = Number.parseFloat(getComputedStyle(node.parentElement).fontSize)
      if (size < smallest.size) smallest = {size, text}
    }
    return {
      label: document.getElementById(id)?.textContent ?? null,
      boxWidth: rect.width,
      boxHeight: rect.height,
      boxLeft: rect.left,
      boxRight: rect.right,
      viewport: document.documentElement.clientWidth,
      scrollWidth: document.documentElement.scrollWidth,
      smallest,
      background: getComputedStyle(box).backgroundColor
    }
  })
}

/** The articles of the example sites (examples/astro, examples/astro7): their box's title, a quote and its speaker. */
export const articles = [
  {path: '/pendlerpauschale/', title: 'Auf einen Blick', quote: 'Wir lassen niemanden allein, der jeden Tag zur Arbeit fahren muss', speaker: 'Jonas Kreutzer'},
  {path: '/harbour-plan/', title: 'At a glance', quote: 'We will keep fighting it in court,', speaker: null},
  {path: '/sicherheitsluecke/', title: 'Auf einen Blick', quote: 'Ein präpariertes <img src=x onerror=alert(1)> im Kommentarfeld reichte aus, und schon lief fremder Code', speaker: 'Lena Hoffmann'}
]

/** What a page of the served site was opened with: the page, what went wrong on it, and how to close it. */
export interface OpenPage {
  page: Page
  problems: string[]
  close: () => Promise<void>
}

/** A built site served on loopback and a Chromium to open it in, for the tests of one `describe`. */
export interface SiteSession {
  /** Opens `path` of the site in a fresh context; dialogs and page errors are collected in `problems`. */
  open(path: string, options: {width: number; height: number; colorScheme?: 'light' | 'dark'}): Promise<OpenPage>
  /** The browser, for pages that are not the site's. */
  browser(): Browser
}

/**
 * Registers, inside a `describe`, the `beforeAll` that runs `build` (which makes `site`, its dist/), serves it and
 * launches Chromium, and the `afterAll` that stops both.
 */
export function siteSession(site: string, build: () => Promise<void>): SiteSession {
  let server: Server
  let browser: Browser
  let origin = ''

  beforeAll(async () => {
    await build()
    server = await serve(site)
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    // A fresh profile in a temporary directory; no network but localhost.
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    mkdirSync(artifacts, {recursive: true})
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  })

  return {
    async open(path, options) {
      const context = await browser.newContext({viewport: {width: options.width, height: options.height}, colorScheme: options.colorScheme ?? 'light'})
      const page = await context.newPage()
      const problems: string[] = []
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`)
        void dialog.dismiss()
      })
      page.on('pageerror', (error) => problems.push(`error: ${error.message}`))
      const response = await page.goto(origin + path)
      expect(response?.status()).toBe(200)
      return {page, problems, close: () => context.close()}
    },
    browser: () => browser
  }
}

/** An example article: the path of its page, its box's title, one of its quotations and who the box says said it. */
export type SiteArticle = (typeof articles)[number]

/** The article's page has one box, labelled by its heading, holding the quotation under its speaker's name (or none). */
export async function checkBox(session: SiteSession, article: SiteArticle): Promise<void> {
  const {page, problems, close} = await session.open(article.path, {width: 1280, height: 900})
  const box = page.getByRole('complementary', {name: article.title})
  await expect.poll(() => box.count()).toBe(1)
  expect(await page.locator('aside').count()).toBe(1)
  expect((await measure(page)).label).toBe(article.title)
  expect(await box.locator('blockquote').allTextContents()).toContain(article.quote)
  // A speaker is named only from the language's nameConfidence: the English article's voices stand without names.
  if (article.speaker === null) expect(await box.locator('cite').allTextContents()).toEqual([])
  else expect(await box.locator('cite').allTextContents()).toContain(article.speaker)
  expect(problems).toEqual([])
  await close()
}

/** The layout shows the facts from remarkPluginFrontmatter, and a quotation holding markup stays text. */
export async function checkLayout(session: SiteSession): Promise<void> {
  const {page, problems, close} = await session.open('/sicherheitsluecke/', {width: 1280, height: 900})
  const facts = JSON.parse((await page.locator('#factbox-data').textContent()) ?? 'null') as {quotes: Array<{text: string}>; dateline: string; publicationDate: string}
  expect(facts.publicationDate).toBe('2025-02-11')
  expect(facts.quotes[0].text).toBe(articles[2].quote)
  expect(await page.locator('.meta').getAttribute('data-quotes')).toBe(String(facts.quotes.length))
  expect(await page.locator('.meta .dateline').textContent()).toBe(facts.dateline)
  expect(await page.locator('main img, main script').count()).toBe(0)
  expect(problems).toEqual([])
  await close()
}

/**
 * Registers the checks of an example site, inside a `describe`: `build` makes `site` (its dist/),
 * which is then served and opened in Chromium. Screenshots are named `<name>-factbox-*.png`.
 */
export function siteTests(name: string, site: string, build: () => Promise<void>): void {
  const session = siteSession(site, build)
  const {open} = session

  it.each(articles)('$path has one box, labelled by its heading, with its quotes', (article) => checkBox(session, article))

  it('the layout shows the facts from remarkPluginFrontmatter, and a quote holding markup stays text', () => checkLayout(session))

  it('lists every article with its number of quotations', async () => {
    const {page, close} = await open('/', {width: 1280, height: 900})
    const items = await page.locator('.articles li').allTextContents()
    expect(items).toHaveLength(3)
    expect(items.join('\n')).toMatch(/Hamburg approves harbour expansion\s*\d+ · /u)
    await close()
  })

  it('is readable on a phone: within 375px, no sideways scrolling, text at least 14px, dark when asked', async () => {
    const {page, close} = await open('/pendlerpauschale/', {width: 375, height: 740})
    const m = await measure(page)
    expect(m.boxLeft).toBeGreaterThanOrEqual(0)
    expect(m.boxRight).toBeLessThanOrEqual(m.viewport)
    expect(m.scrollWidth).toBeLessThanOrEqual(m.viewport)
    expect(m.smallest.size, `“${m.smallest.text}”`).toBeGreaterThanOrEqual(14)
    await page.screenshot({path: join(artifacts, `${name}-factbox-phone.png`), fullPage: true})
    await close()
    const dark = await open('/pendlerpauschale/', {width: 375, height: 740, colorScheme: 'dark'})
    expect((await measure(dark.page)).background).not.toBe(m.background)
    await dark.close()
  })

  it('prints without a background, and fits a desktop', async () => {
    const {page, close} = await open('/harbour-plan/', {width: 1280, height: 900})
    expect((await measure(page)).scrollWidth).toBeLessThanOrEqual(1280)
    await page.screenshot({path: join(artifacts, `${name}-factbox-desktop.png`), fullPage: true})
    await page.emulateMedia({media: 'print'})
    expect((await measure(page)).background).toBe('rgba(0, 0, 0, 0)')
    await close()
  })
}
