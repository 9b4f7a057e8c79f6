import {glob} from 'astro/loaders'
import {defineCollection} from 'astro:content'
import {z} from 'astro/zod'

const articles = defineCollection({
  loader: glob({pattern: '*.md', base: './src/content/articles'}),
  schema: z.object({
    title: z.string(),
    date: z.coerce.date(),
    lang: z.enum(['de', 'en', 'fr'])
  })
})

export const collections = {articles}
