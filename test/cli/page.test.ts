/**
 * The standalone page of `factbox article.md -o page.html` and `factbox build --out`: its title and
 * headline come from the frontmatter's `title`, escaped as text (the page is built as hast), and its
 * language is left out when the article has none.
 */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {article, factbox, factboxInProcess, folder} from './helpers.js'

const body = '(Berlin) Die Ministerin Anna Berg hat am Mittwoch ein Gesetz vorgestellt.\n\n„Wir handeln jetzt“, sagte Berg vor Journalisten.\n'
const titled = (title: string, rest = body) => `---\ntitle: ${JSON.stringify(title)}\ndate: 2024-06-19\n---\n\n${rest}`

/** The page the single-file form writes for `text`, and the page `build --out` writes for it. */
async function pages(text: string): Promise<[string, string]> {
  const dir = await folder({'articles/a.md': text})
  const single = await factboxInProcess(['-o', 'page.html', 'articles/a.md'], dir)
  expect(single, single.stderr).toEqual({status: 0, stdout: 'factbox: wrote page.html\n', stderr: ''})
  const built = factbox(['build', 'articles', '-o', 'site'], dir)
  expect(built.status, built.stderr).toBe(0)
  return [await readFile(join(dir, 'page.html'), 'utf8'), await readFile(join(dir, 'site/a.html'), 'utf8')]
}

const titleOf = (page: string) => /<title>(.*?)<\/title>/su.exec(page)?.[1]
const headlines = (page: string) => [...page.matchAll(/<h1>(.*?)<\/h1>/gsu)].map((match) => match[1])

describe('the standalone page', {timeout: 60_000}, () => {
  it('takes its title and headline from the frontmatter, in both forms', async () => {
    for (const page of await pages(titled('Koalition beschließt Entlastung'))) {
      expect(titleOf(page)).toBe('Koalition beschließt Entlastung')
      expect(headlines(page)).toEqual(['Koalition beschließt Entlastung'])
      // The headline opens the article, before the lead and the box.
      expect(page).toMatch(/<article>\n<h1>Koalition beschließt Entlastung<\/h1>\n<p>\(Berlin\)/u)
      expect(page).toMatch(/^<!doctype html>\n<html lang="de">/u)
    }
  })

  it('escapes a title that holds markup: text in the title and the headline, never an element', async () => {
    const [page] = await pages(titled('Tom & <script>alert(1)</script> "Jerry" </title><img src=x onerror=alert(1)>'))
    expect(page).not.toContain('<script>')
    expect(page).not.toContain('<img')
    expect(titleOf(page)).toBe('Tom &#x26; &#x3C;script>alert(1)&#x3C;/script> "Jerry" &#x3C;/title>&#x3C;img src=x onerror=alert(1)>')
    expect(headlines(page)).toEqual(['Tom &#x26; &#x3C;script>alert(1)&#x3C;/script> "Jerry" &#x3C;/title>&#x3C;img src=x onerror=alert(1)>'])
  })

  it('keeps the article’s own # heading as its only headline, and titles the page by the frontmatter', async () => {
    const [page] = await pages(titled('Titel aus dem Frontmatter', `# Die eigene Überschrift\n\n${body}`))
    expect(titleOf(page)).toBe('Titel aus dem Frontmatter')
    expect(headlines(page)).toEqual(['Die eigene Überschrift'])
  })

  it('without a title, is titled by the # heading, else by the file’s name, and adds no headline', async () => {
    const [headed] = await pages(`# Die *eigene* Überschrift\n\n${body}`)
    expect(titleOf(headed)).toBe('Die eigene Überschrift')
    expect(headlines(headed)).toEqual(['Die <em>eigene</em> Überschrift'])
    const [bare] = await pages(article(1))
    expect(titleOf(bare)).toBe('a')
    expect(headlines(bare)).toEqual([])
    // A title that is not text (a list) is no title; a number is.
    expect(titleOf((await pages(`---\ntitle: [a, b]\n---\n\n${body}`))[0])).toBe('a')
    expect(titleOf((await pages(`---\ntitle: 1989\n---\n\n${body}`))[0])).toBe('1989')
  })

  it('has no lang when the article has no prose to tell it, and the frontmatter’s when it names one', async () => {
    const [empty] = await pages('')
    expect(empty).toMatch(/^<!doctype html>\n<html>\n/u)
    const [named] = await pages('---\nlang: fr\ntitle: Vide\n---\n')
    expect(named).toMatch(/^<!doctype html>\n<html lang="fr">\n/u)
    expect(headlines(named)).toEqual(['Vide'])
  })
})
