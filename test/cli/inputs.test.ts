/** From arguments to the sorted list of articles, and shards of it. */
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {expandInputs, globBase, parseShard, takeShard} from '../../src/cli/inputs.js'
import {folder} from './helpers.js'

describe('inputs', () => {
  it('expands files, directories and globs into one sorted list without duplicates', async () => {
    const dir = await folder({
      'b/two.md': 'x',
      'b/one.MARKDOWN': 'x',
      'b/skip.txt': 'x',
      'b/node_modules/dep/readme.md': 'x',
      'b/.hidden/draft.md': 'x',
      'a.md': 'x'
    })
    const {articles, problems} = await expandInputs(['b', 'a.md', 'b/*.md', './a.md'], dir)
    expect(problems).toEqual([])
    expect(articles.map((article) => article.path)).toEqual(['a.md', 'b/one.MARKDOWN', 'b/two.md'])
    expect(articles.map((article) => article.absolute)).toEqual([join(dir, 'a.md'), join(dir, 'b/one.MARKDOWN'), join(dir, 'b/two.md')])
    expect(articles.map((article) => article.base)).toEqual([dir, join(dir, 'b'), join(dir, 'b')])
  })

  it('takes an explicit file whatever its extension, and names what matched nothing', async () => {
    const dir = await folder({'notes.txt': 'x', 'empty/.keep': ''})
    const {articles, problems} = await expandInputs(['notes.txt', 'empty', 'missing.md', 'missing/**/*.md'], dir)
    expect(articles.map((article) => article.path)).toEqual(['notes.txt'])
    expect(problems).toEqual([
      {file: 'empty', reason: 'no Markdown files (.md, .markdown) in this directory'},
      {file: 'missing.md', reason: 'no such file'},
      {file: 'missing/**/*.md', reason: 'no Markdown files (.md, .markdown) match'}
    ])
  })

  it('finds the fixed start of a glob', () => {
    expect(globBase('articles/**/*.md')).toBe('articles')
    expect(globBase('articles/2024/*.md')).toBe('articles/2024')
    expect(globBase('content/{de,en}/**/*.md')).toBe('content')
    expect(globBase('*.md')).toBe('.')
    expect(globBase('/srv/news/**/*.md')).toBe('/srv/news')
  })

  it('reads i/n shards and refuses others', () => {
    expect(parseShard('2/3')).toEqual({index: 2, count: 3})
    for (const bad of ['0/3', '4/3', '1/0', '1', 'a/b', '-1/2', '1.5/2']) expect(typeof parseShard(bad)).toBe('string')
  })

  it('splits any list into contiguous shards that together are the list, sizes within one', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), {maxLength: 60}), fc.integer({min: 1, max: 12}), (items, count) => {
        const parts = Array.from({length: count}, (_, index) => takeShard(items, {index: index + 1, count}))
        expect(parts.flat()).toEqual(items)
        const sizes = parts.map((part) => part.length)
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
      })
    )
  })
})
