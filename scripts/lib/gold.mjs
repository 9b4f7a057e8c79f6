// The training and check sets in ../shared/eval, and how a predicted quotation or speaker is matched against their
// gold, the way ../shared/tools/score.mjs matches them (its rules are restated here, not imported: it is a script).
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const shared = fileURLToPath(new URL('../../../shared/', import.meta.url))
export const haveShared = () => existsSync(path.join(shared, 'eval'))

const QUOTE_MARKS = /[„“”‚‘’«»‹›"']/g
export const norm = (s) => String(s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().replace(/^[\s.,;:!?…–—-]+|[\s.,;:!?…–—-]+$/g, '')
export const words = (s) => norm(s).toLowerCase().replace(QUOTE_MARKS, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean)

function jaccard(a, b) {
  const A = new Set(words(a))
  const B = new Set(words(b))
  let inter = 0
  for (const w of A) if (B.has(w)) inter++
  return inter / (A.size + B.size - inter || 1)
}

/** score.mjs: the same quotation. */
export const sameQuote = (g, p) => norm(g) === norm(p) || (words(g).length >= 4 && jaccard(g, p) >= 0.85)

/**
 * score.mjs: the right speaker. A name (or alias), or a name whose last word (a capitalised surname) is a word of the
 * gold name; for mention-level gold also the predicted mention when its words are all the span's, and a surname that
 * stands in the span in the genitive.
 */
export function sameSpeaker(g, predicted, aliases, mention = null, mentionLevel = false) {
  if (g.speaker == null) return predicted == null
  if (predicted == null) return false
  const names = [g.speaker, ...(g.speakerAliases ?? []), ...(aliases.get(g.speaker) ?? [])].map((n) => norm(n))
  const p = norm(predicted)
  if (names.some((n) => n.toLowerCase() === p.toLowerCase())) return true
  const last = p.split(/\s+/).pop()
  if (/^\p{Lu}[\p{L}'’-]{2,}$/u.test(last) && names.some((n) => n.split(/[\s,]+/).includes(last))) return true
  if (!mentionLevel) return false
  const span = words(g.speaker)
  if (/^\p{Lu}[\p{L}'’-]{2,}$/u.test(last) && span.includes(last.toLowerCase() + 's')) return true
  const m = words(mention ?? '')
  return m.length > 0 && m.every((w) => span.includes(w))
}

/**
 * boxscore.mjs: whether a shown name can be checked against mention-level gold (the span names someone), and whether
 * it is right (its last word, or that word's genitive, stands in the span).
 */
const spanWords = (s) => String(s ?? '').normalize('NFC').split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean)
// boxscore.mjs lists German words that name nobody; a pronoun in any of the three languages names nobody either
// ("He said" cannot confirm or refute a name), so this check also leaves out English and French ones.
const unnamed = new Set(['er', 'sie', 'es', 'der', 'die', 'das', 'dieser', 'diese', 'ein', 'eine', 'einer', 'seine', 'ihre', 'sein', 'ihr', 'man', 'wir', 'ich',
  'he', 'she', 'it', 'they', 'i', 'we', 'you', 'his', 'her', 'their', 'its', 'who', 'which', 'that', 'this', 'the', 'a', 'an', 'one', 'il', 'elle', 'ils', 'elles', 'on', 'je', 'nous', 'vous', 'le', 'la', 'les', 'un', 'une', 'ce', 'cette'])
export const namesSomeone = (span) => spanWords(span).some((w, i) => /^\p{Lu}/u.test(w) && !unnamed.has(w.toLowerCase()) && !/(?:ung|heit|keit|schaft|ion|tät|er|in|ent|ant)$/u.test(w))
export function nameInSpan(span, who) {
  const last = who.normalize('NFC').trim().split(/\s+/).pop()
  return spanWords(span).some((w) => w === last || w === last + 's')
}

/** The articles of a set folder: {name, markdown, gold, aliases, mentionLevel}. A .txt article gets frontmatter as score.mjs gives it. */
export function loadSet(folder) {
  const dir = path.join(shared, 'eval', folder)
  const cases = []
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
    const base = path.join(dir, file.replace(/\.gold\.json$/, ''))
    const markdown = existsSync(base + '.md')
      ? readFileSync(base + '.md', 'utf8')
      : `---\nlang: ${gold.lang}\n${gold.publicationDate ? `date: ${gold.publicationDate}\n` : ''}---\n\n` + readFileSync(base + '.txt', 'utf8')
    const aliases = new Map()
    for (const person of gold.people ?? []) aliases.set(person.name, [person.name, ...(person.aliases ?? [])])
    cases.push({set: folder, name: path.basename(base), markdown, gold, aliases, mentionLevel: gold.speakerLevel === 'mention'})
  }
  return cases
}

/** The gold quotation a predicted text is, of those not yet used, or null. */
export function goldQuoteOf(gold, text, used) {
  for (let k = 0; k < gold.quotes.length; k++) {
    if (!used.has(k) && sameQuote(gold.quotes[k].text, text)) return k
  }
  return -1
}
