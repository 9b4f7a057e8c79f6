/** `extractFacts`: the facts of an article without touching a tree. */
import type {Root} from 'mdast'
import {extract} from './pipeline.js'
import {type Options, resolveOptions} from './options.js'
import type {Facts} from './types.js'

/**
 * Extract the quotations, speakers, dates and people of a news article.
 *
 * @param input Markdown text, or an mdast tree (positions then refer to the text it was parsed from).
 * @param options `lang`, `publicationDate`, `dateFields`, `minConfidence` (box options are accepted and ignored).
 */
export function extractFacts(input: string | Root, options?: Readonly<Options> | null): Facts {
  if (typeof input !== 'string' && (input === null || typeof input !== 'object' || input.type !== 'root')) {
    throw new TypeError('remark-factbox: `extractFacts` takes Markdown text or an mdast `root` node')
  }
  const settings = resolveOptions(options)
  return extract(input, {lang: settings.lang, publicationDate: settings.publicationDate, dateFields: settings.dateFields, minConfidence: settings.minConfidence}).facts
}
