/** A standalone HTML page around a rendered article, with the default stylesheet. */
import {readFileSync} from 'node:fs'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import type {Facts} from '../types.js'

function stylesheet(): string {
  try {
    return readFileSync(new URL('../../style.css', import.meta.url), 'utf8')
  } catch {
    return ''
  }
}

export function standalonePage(body: string, facts: Facts): string {
  const head = toHtml(
    h('head', [
      h('meta', {charSet: 'utf-8'}),
      h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
      h('title', 'remark-factbox'),
      h('style', stylesheet() + '\nbody{max-width:42rem;margin:2rem auto;padding:0 1rem;font:1.05rem/1.6 Georgia,serif}')
    ])
  )
  return `<!doctype html>\n<html lang="${facts.lang}">\n${head}\n<body>\n<article>\n${body}\n</article>\n</body>\n</html>\n`
}
