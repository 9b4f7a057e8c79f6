// @ts-check
/**
 * Astro 7: remark plugins go to the Markdown processor, `unified()` from
 * `@astrojs/markdown-remark`. Astro 7's default processor (Sätteri) runs no
 * remark plugins, and `markdown.remarkPlugins` is deprecated (Astro moves the
 * plugins to a `unified()` processor when `@astrojs/markdown-remark` is
 * installed, with a warning, and stops when it is not).
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
