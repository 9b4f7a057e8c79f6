#!/usr/bin/env node
// Checks the test corpus against itself: every gold file has the expected shape, matches its article's
// frontmatter, and every annotated quote is, verbatim, the whole text between an opening and a closing
// mark of the article, in order of appearance. Every other quoted span of the same mark style must be a
// distractor listed below (titles, names, scare quotes, placards), so that a quotation left out of a
// gold file is noticed.
//
//   node test/corpus/check.mjs [FOLDER...]     (default: the en, fr and de-styles folders beside it)
//
// Exit status 1 when a problem is found. Uses nothing outside node:.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

// Quoted spans that are deliberately not annotated, per article (folder/name).
const DISTRACTORS = {
  'en/leeds-empty-homes': ['empty homes premium', 'Homes Within Reach: Empty Homes in Leeds 2025–2030'],
  'en/rotterdam-port-strike': ['Nordic Vantage'],
  'en/harrisburg-bridge-closure': ['Green Bridge', 'poor', 'Bobby', "Fix It, Don't Close It."],
  'en/ice-shelf-study-tex': ['Basal melt and channel formation beneath the Halvorsen Ice Shelf, 2022--2024', 'grounding zone'],
  'en/herault-floods': ['Cévennes episode'],
  'en/southwark-fintech-trial': ['Pennywise', 'spare change'],
  'fr/greve-controleurs-aeriens': ['Ciel ouvert'],
  'fr/montbrison-pietonnisation': ['zones de rencontre', 'Montbrison Cœur de Ville'],
  'fr/amiens-chu-inauguration': ['Pavillon Jules-Verne', 'Hôpital 2030'],
  'fr/metz-proces-promoteur': ['Les Jardins de la Seille', 'clés en main'],
  'fr/bruxelles-zone-basses-emissions': ['Air 2030', 'propre'],
  'fr/angouleme-fauve-or': ['Les Heures creuses', 'Les Heures creuses', 'Les Veilleurs', 'Marée basse', 'Nos étés sans fin'],
  'de-styles/uckermark-windpark-guillemets': ['Unser Dorf ist kein Industriegebiet', 'Gegenwind Quassow', 'Akzeptanzabgabe'],
  'de-styles/zuerich-tram-swiss': ['Nein zum Tram-Murks'],
  'de-styles/kita-gebuehren-plain': ['Bildung darf nichts kosten', 'Erst Kita-Chaos, jetzt Kita-Abzocke', 'Starke Kinder'],
  'de-styles/niedersachsen-warnstreik-dpa': ['Deutschlandticket']
}

// Outer mark styles: opener, closer. A closing ’ must not be followed by a letter (that is an apostrophe).
const STYLES = [
  {name: '“”', open: '“', close: /”/y},
  {name: '«»', open: '«', close: /»/y},
  {name: '»«', open: '»', close: /«/y},
  {name: '„“', open: '„', close: /“/y},
  {name: '‘’', open: '‘', close: /’(?!\p{L})/uy},
  {name: '``', open: '``', close: /''/y},
  {name: '""', open: '"', close: /"/y}
]

const problems = []
const fail = (file, msg) => problems.push(`${file}: ${msg}`)
const counts = {}

function spans(body, style) {
  const out = []
  let i = 0
  while ((i = body.indexOf(style.open, i)) !== -1) {
    const start = i + style.open.length
    let j = start, end = -1
    for (; j < body.length; j++) {
      if (body[j] === '\n' && body[j + 1] === '\n') break // a quote does not run past its paragraph here
      style.close.lastIndex = j
      if (style.close.test(body)) { end = j; break }
    }
    if (end === -1) { out.push({start, end: -1, text: null}); i = start; continue }
    out.push({start, end, text: body.slice(start, end).trim()})
    i = style.close.lastIndex
  }
  return out
}

const folders = process.argv.length > 2 ? process.argv.slice(2) : ['en', 'fr', 'de-styles'].map((f) => path.join(here, f))
for (const folder of folders) {
  const lang = path.basename(folder)
  counts[lang] = {articles: 0, quotes: 0, full: 0, partial: 0}
  for (const f of readdirSync(folder).filter((f) => f.endsWith('.gold.json')).sort()) {
    const key = `${lang}/${f.replace(/\.gold\.json$/, '')}`
    const goldText = readFileSync(path.join(folder, f), 'utf8')
    let gold
    try { gold = JSON.parse(goldText) } catch (e) { fail(key, `gold is not JSON: ${e.message}`); continue }
    const md = readFileSync(path.join(folder, f.replace(/\.gold\.json$/, '.md')), 'utf8')
    const front = md.match(/^---\n([\s\S]*?)\n---\n/)
    if (!front) { fail(key, 'no frontmatter'); continue }
    const fm = Object.fromEntries(front[1].split('\n').map((l) => l.match(/^(\w+):\s*(.*)$/)).filter(Boolean).map((m) => [m[1], m[2].replace(/^"|"$/g, '')]))
    const body = md.slice(front[0].length)
    counts[lang].articles++

    // shape
    for (const k of ['about', 'lang', 'publicationDate', 'quotes', 'dates', 'datesAnnotated', 'people'])
      if (!(k in gold)) fail(key, `gold lacks ${k}`)
    if (gold.lang !== fm.lang) fail(key, `lang ${gold.lang} ≠ frontmatter ${fm.lang}`)
    if (gold.publicationDate !== fm.date) fail(key, `publicationDate ${gold.publicationDate} ≠ frontmatter ${fm.date}`)
    if (!/^# \S/m.test(body)) fail(key, 'no headline')
    const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p && !p.startsWith('#'))
    if (paragraphs.length < 6 || paragraphs.length > 14) fail(key, `${paragraphs.length} paragraphs (want 6–14)`)
    const names = new Set((gold.people ?? []).map((p) => p.name))
    for (const [n, q] of gold.quotes.entries()) {
      for (const k of ['text', 'speaker', 'speakerMention', 'kind', 'speakerAliases']) if (!(k in q)) fail(key, `quote ${n + 1} lacks ${k}`)
      if (!['full', 'partial'].includes(q.kind)) fail(key, `quote ${n + 1}: kind ${q.kind}`)
      if (q.speaker !== null && typeof q.speaker !== 'string') fail(key, `quote ${n + 1}: speaker must be a string or null`)
      if (q.text !== q.text.trim() || !q.text) fail(key, `quote ${n + 1}: text has outer spaces or is empty`)
      const known = [q.speaker, ...(q.speakerAliases ?? []), ...((gold.people ?? []).find((p) => p.name === q.speaker)?.aliases ?? [])]
      if (typeof q.speaker === 'string' && !known.some((n) => n && body.toLowerCase().includes(n.toLowerCase())))
        fail(key, `quote ${n + 1}: neither speaker ${q.speaker} nor an alias occurs in the article`)
      if (typeof q.speaker === 'string' && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(q.speaker) && !names.has(q.speaker) && (q.speakerAliases ?? []).length === 0)
        fail(key, `quote ${n + 1}: speaker ${q.speaker} looks like a person but is not in people`)
      counts[lang].quotes++
      counts[lang][q.kind] = (counts[lang][q.kind] ?? 0) + 1
    }

    // which outer styles the annotated quotes use
    const used = new Set()
    let pos = 0
    for (const [n, q] of gold.quotes.entries()) {
      // A quotation split by its attribution lists its two spans as parts; its text is them joined by a space.
      if (q.parts && q.text !== q.parts.join(' ')) fail(key, `quote ${n + 1}: text is not its parts joined by a space`)
      for (const part of q.parts ?? [q.text]) {
        const at = body.indexOf(part, pos)
        if (at === -1) { fail(key, `quote ${n + 1} not found verbatim (after the previous one): ${part.slice(0, 60)}`); continue }
        const before = body.slice(0, at).replace(/[\s\u00A0\u202F]+$/u, '')
        const style = STYLES.find((s) => before.endsWith(s.open) && !(s.open === '"' && before.endsWith("''")))
        if (!style) fail(key, `quote ${n + 1} is not preceded by an opening mark: …${before.slice(-10)}`)
        else used.add(style)
        pos = at + part.length
      }
    }

    // every quoted span of those styles is annotated (in order) or a listed distractor
    const found = [...used].flatMap((s) => spans(body, s).map((x) => ({...x, style: s.name}))).sort((a, b) => a.start - b.start)
    for (const x of found.filter((x) => x.text === null)) fail(key, `unclosed ${x.style} at offset ${x.start}`)
    const quoted = found.filter((x) => x.text !== null).map((x) => x.text)
    const expected = [...DISTRACTORS[key] ?? []]
    const golds = gold.quotes.flatMap((q) => q.parts ?? [q.text])
    let g = 0
    for (const t of quoted) {
      if (g < golds.length && t === golds[g]) { g++; continue }
      const d = expected.indexOf(t)
      if (d !== -1) { expected.splice(d, 1); continue }
      fail(key, `quoted span neither annotated (in order) nor a listed distractor: ${t.slice(0, 70)}`)
    }
    if (g < golds.length) fail(key, `annotated quote ${g + 1} is not a whole quoted span: ${golds[g].slice(0, 60)}`)
    for (const d of expected) fail(key, `listed distractor not found: ${d}`)
    if (golds.length + (DISTRACTORS[key]?.length ?? 0) !== quoted.length)
      fail(key, `${quoted.length} quoted spans, ${golds.length} annotated + ${DISTRACTORS[key]?.length ?? 0} distractors`)
  }
}

for (const [lang, c] of Object.entries(counts))
  console.log(`${lang}: ${c.articles} articles, ${c.quotes} quotes (${c.full} full, ${c.partial} partial)`)
if (problems.length) {
  console.log(problems.join('\n'))
  process.exit(1)
}
console.log('corpus ok')
