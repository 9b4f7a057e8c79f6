/** A readable plain-text summary of an article's facts, for terminals (controls in the file name or the article's words are shown escaped). */
import {shorten} from '../box/text.js'
import type {Facts, Language} from '../types.js'
import {printable} from './terminal.js'

/** `lang` is the facts' language unless the command found it unknown (null). */
export function summarize(file: string, facts: Facts, lang: Language | null = facts.lang): string {
  const lines: string[] = []
  lines.push(`${file}`)
  lines.push(`  language ${lang ?? 'unknown'} · published ${facts.publicationDate ?? 'unknown'} · dateline ${facts.dateline ?? 'none'}`)
  lines.push(`  people (${facts.people.length})`)
  for (const p of facts.people) lines.push(`    ${p.name}${p.role ? ` — ${p.role}` : ''}`)
  lines.push(`  quotes (${facts.quotes.length})`)
  for (const q of facts.quotes) {
    lines.push(`    ${q.position.start.line}:${q.position.start.column} ${(q.speaker ?? '(no speaker)').padEnd(18)} ${q.kind.padEnd(7)} «${shorten(q.text, 72)}»`)
  }
  lines.push(`  dates (${facts.dates.length})`)
  for (const d of facts.dates) lines.push(`    ${d.position.start.line}:${d.position.start.column} ${d.text} → ${d.value ?? 'null'} (${d.type})`)
  return lines.map(printable).join('\n') + '\n'
}
