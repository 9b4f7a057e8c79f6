/** What an article says about itself: its publication date, language and dateline. */
import {detectLanguage} from '../language.js'
import type {Frontmatter} from '../frontmatter.js'
import type {Language} from '../types.js'
import type {Finding} from './findings.js'

/** Frontmatter fields read for the publication date, in order, when none are given. */
export const defaultDateFields: readonly string[] = ['date', 'pubDate', 'published', 'publishedAt', 'publicationDate']

/** A calendar day `YYYY-MM-DD` from a frontmatter value (a YAML date or a string that starts with one), or null. */
function validDay(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  if (typeof value !== 'string') return null
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/u.exec(value.trim())
  if (!m) return null
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`)
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}` ? null : `${m[1]}-${m[2]}-${m[3]}`
}

/** A publication date known only to its month (`YYYY-MM`) or year (`YYYY`, also a YAML number), as written; or null. */
function partialDate(value: unknown): string | null {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : ''
  const m = /^(\d{4})(?:-(\d{2}))?$/u.exec(text)
  if (!m || Number(m[1]) < 1000 || (m[2] !== undefined && !(Number(m[2]) >= 1 && Number(m[2]) <= 12))) return null
  return text
}

/** The finding for a publication date known only to its month or year. */
function partialFinding(field: string, date: string, front: Frontmatter): Finding {
  const part = date.length === 4 ? 'year' : 'month'
  return {
    ruleId: 'partial-publication-date',
    reason: `Publication date \`${field}\` gives only the ${part} (${date}): dates without their year are placed by it, but relative days (today, a weekday) stay unresolved`,
    position: front.position
  }
}

/**
 * The publication date: the one given, else the first of `fields` the frontmatter sets (a finding when it is no
 * date), else null. A date known only to its month or year (`2022-05`, `2022`) is kept as written, with a
 * finding: the dates stage resolves what it allows.
 */
export function publicationDateOf(front: Frontmatter, given: string | null | undefined, fields: readonly string[], findings: Finding[]): string | null {
  if (given !== undefined && given !== null) {
    if (partialDate(given) !== null) findings.push(partialFinding('publicationDate', given, front))
    return given
  }
  for (const field of fields) {
    const value = front.data[field]
    if (value === undefined || value === null || value === '') continue
    const day = validDay(value)
    if (day !== null) return day
    const partial = partialDate(value)
    if (partial !== null) {
      findings.push(partialFinding(field, partial, front))
      return partial
    }
    findings.push({ruleId: 'bad-frontmatter-date', reason: `Frontmatter \`${field}\` is not a date (YYYY-MM-DD): ${JSON.stringify(value)}`, position: front.position})
    return null
  }
  return null
}

/** The language given, else the frontmatter's `lang`, else the one `text()` reads most like. */
export function languageOf(front: Frontmatter, given: Language | null | undefined, text: () => string): Language {
  if (given) return given
  const tag = typeof front.data.lang === 'string' ? front.data.lang.slice(0, 2).toLowerCase() : null
  return tag === 'de' || tag === 'en' || tag === 'fr' ? tag : detectLanguage(text())
}

/** The place name of a dateline: "(Seoul) …", "BOZEN. …", "Berlin (dpa) – …". */
export function datelineOf(first: string): string | null {
  const bracketed = /^\(([\p{Lu}][\p{L}\p{M} .'’/-]{1,40})\)\s/u.exec(first)
  if (bracketed) return bracketed[1].trim()
  const capitals = /^([\p{Lu}][\p{Lu}\p{M} .'’/-]{1,40}?)(?:\s*\([\p{L}\s/]{1,20}\))?\s*[.:–—-]\s/u.exec(first)
  if (capitals && /\p{Lu}{3}/u.test(capitals[1])) {
    return capitals[1].trim().toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase())
  }
  const agency = /^([\p{Lu}][\p{L}\p{M} .'’-]{1,40}?)\s*\((?:dpa|AFP|AP|Reuters|APA|KNA|epd|sda|SDA|ANSA)\)\s*[–—:-]\s/u.exec(first)
  if (agency) return agency[1].trim()
  return null
}
