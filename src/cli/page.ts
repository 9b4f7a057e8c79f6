/**
 * A standalone HTML page around a rendered article, with the default stylesheet. The page is
 * built as hast and serialized by hast-util-to-html, so the title from the frontmatter (text the
 * author wrote, which can hold `<`, `&` or quotes) is escaped like any other text.
 */
import {readFileSync} from 'node:fs'
import {basename, extname} from 'node:path'
import type {Element, ElementContent, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import type {Facts} from '../types.js'
import type {ArticleMeta} from './meta.js'

function stylesheet(): string {
  try {
    return readFileSync(new URL('../../style.css', import.meta.url), 'utf8')
  } catch {
    return ''
  }
}

const newline = {type: 'text', value: '\n'} as const

/**
 * The page of one article: `<title>` is the frontmatter's `title`, else the article's first
 * `# heading`, else the file's name; the frontmatter's title is also the page's `<h1>` when the
 * article has no `# heading` of its own. `<html lang>` is the article's language, left out when
 * it is unknown (an article without prose, and no `--lang` or frontmatter `lang`).
 */
export function standalonePage(body: Root, facts: Facts, meta: ArticleMeta, path: string): string {
  const title = meta.title ?? meta.firstHeading ?? (basename(path, extname(path)) || 'remark-factbox')
  const article: ElementContent[] = []
  if (meta.title !== null && meta.firstHeading === null) article.push(newline, h('h1', meta.title))
  article.push(newline, ...(body.children as ElementContent[]), newline)
  const html: Element = h('html', {lang: meta.languageKnown ? facts.lang : undefined}, [
    newline,
    h('head', [
      h('meta', {charSet: 'utf-8'}),
      h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
      h('title', title),
      h('style', stylesheet() + '\nbody{max-width:42rem;margin:2rem auto;padding:0 1rem;font:1.05rem/1.6 Georgia,serif}')
    ]),
    newline,
    h('body', [newline, h('article', article), newline]),
    newline
  ])
  return toHtml({type: 'root', children: [{type: 'doctype'}, newline, html, newline]})
}
