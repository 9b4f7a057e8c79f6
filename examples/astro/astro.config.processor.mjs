// @ts-check
/**
 * The same example for Astro 6.4 and later, and Astro 7: both need Node.js
 * 22.12 or later, so this file is documentation here and is not built by the
 * tests (which run this folder on Node.js 20 with Astro 5 and `astro.config.mjs`;
 * ../astro7 is the Astro 7 site in this form, which they build on Node.js 22).
 *
 *   npm install astro@latest @astrojs/markdown-remark@latest
 *   npx astro build --config astro.config.processor.mjs
 *
 * Remark plugins go to the `unified()` processor from `@astrojs/markdown-remark`.
 * Astro 7 renders Markdown with Sätteri by default, which runs no remark
 * plugins: with `processor: satteri(…)` there is no box.
 */
import {unified} from '@astrojs/markdown-remark'
import {defineConfig} from 'astro/config'
import remarkFactbox from 'remark-factbox'

export default defineConfig({
  markdown: {
    processor: unified({
      remarkPlugins: [[remarkFactbox, {maxQuotes: 3}]]
    })
  }
})
