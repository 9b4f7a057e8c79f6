/** What an article says about itself: its publication date, language and dateline. */
import {detectLanguage} from '../language.js'
import {type Frontmatter, frontmatterLang, partialDate, publicationDateOf as readPublicationDate} from '../frontmatter.js'
import type {Language} from '../types.js'
import type {Finding} from './findings.js'

/** Frontmatter fields read for the publication date, in order, when none are given. */
export const defaultDateFields: readonly string[] = ['date', 'pubDate', 'published', 'publishedAt', 'publicationDate']

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
  const read = readPublicationDate(front.data, fields)
  if (read.problem) findings.push({ruleId: 'bad-frontmatter-date', reason: read.problem, position: front.position})
  if (read.partial !== undefined && read.date !== null) findings.push(partialFinding(read.partial, read.date, front))
  return read.date
}

/** The language given, else the frontmatter's `lang`, else the one `text()` reads most like. */
export function languageOf(front: Frontmatter, given: Language | null | undefined, text: () => string): Language {
  return given ?? frontmatterLang(front.data) ?? detectLanguage(text())
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
