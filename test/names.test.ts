/**
 * Names that are names: on every set there is (our own, and the shared real news where present), no quotation's
 * speaker and no person is any of the shapes the issue on attribution lists (test/support/non-names.ts): a role or
 * body noun alone, a document noun, a day or month, a possessive, a single letter, capitals, words that open a
 * sentence, a headline.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {extractFacts} from '../src/index.js'
import {nonName} from './support/non-names.js'

const here = fileURLToPath(new URL('./', import.meta.url))
const shared = fileURLToPath(new URL('../../shared/eval/', import.meta.url))
const own = ['corpus', 'heldout', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8'].flatMap((set) =>
  readdirSync(join(here, set), {withFileTypes: true})
    .filter((d) => d.isDirectory())
    .map((d) => join(here, set, d.name))
)
const real = existsSync(shared) ? ['wikinews-de-train', 'wikinews-de-dev', 'polnear-en-train', 'fr-news-train'].map((set) => join(shared, set)) : []
if (real.length === 0) console.warn('names: the shared real news sets are skipped, ../shared/eval is not here')

/** Every name the facts of a folder's articles show, with why it is no name. */
function nonNames(folder: string): string[] {
  const found: string[] = []
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.md')).sort()) {
    const facts = extractFacts(readFileSync(join(folder, file), 'utf8'))
    const names = [...facts.quotes.map((q) => q.speaker), ...facts.people.map((p) => p.name)]
    for (const name of names) {
      const why = name === null ? null : nonName(name)
      if (why) found.push(`${file}: ${JSON.stringify(name)} is ${why}`)
    }
  }
  return found
}

describe('names that are names', () => {
  it.each(own.map((folder) => [folder.replace(here, ''), folder]))('%s', (_name, folder) => {
    expect(nonNames(folder)).toEqual([])
  })

  it.each(real.map((folder) => [folder.replace(shared, ''), folder]))('%s (real news)', (_name, folder) => {
    expect(nonNames(folder)).toEqual([])
  }, 300_000)
})
