// @ts-check
/**
 * The configuration this example builds with: Astro 5 on Node.js 20.
 *
 * Astro 5 is the newest Astro that runs on Node.js 20 (the `astro` command of
 * every Astro 6 release refuses Node.js below 22.12). It takes remark plugins
 * in `markdown.remarkPlugins`. From Astro 6.4 on, that form is deprecated in
 * favour of `markdown.processor: unified(…)`: see `astro.config.processor.mjs`.
 * Astro 7 still accepts it only with `@astrojs/markdown-remark` installed
 * (it then moves the plugins to a `unified()` processor and warns); without
 * that package the build stops and asks for it.
 */
import {defineConfig} from 'astro/config'
import remarkFactbox from 'remark-factbox'

export default defineConfig({
  markdown: {
    remarkPlugins: [[remarkFactbox, {maxQuotes: 3}]]
  }
})
