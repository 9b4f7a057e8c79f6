/** Problems in an article worth a message: every stage adds its own, the plugin turns them into vfile messages. */
import type {Position} from 'unist'

export interface Finding {
  ruleId: 'unclosed-quote' | 'stray-quote-mark' | 'no-speaker' | 'low-confidence-speaker' | 'relative-date-without-publication-date' | 'bad-frontmatter' | 'bad-frontmatter-date' | 'partial-publication-date'
  reason: string
  position: Position | undefined
}
