/**
 * The key-facts box: `Facts` in, a hast `<aside>` out.
 *
 * Built as plain hast objects from text, so whatever the article says ends up
 * as text nodes, never as markup.
 */
import type {Element, ElementContent, Text} from 'hast'
import {model} from '../attribution/model.js'
import {boxWords, languages} from '../lang/index.js'
import type {Facts, Language, Person} from '../types.js'
import {comparePositions, selectQuotes, type SelectedQuote} from './quotes.js'
import {sectionNames, type BoxLabels, type BoxSettings, type BoxWords, type SectionName} from './settings.js'
import {frenchSpacing, normalizeSpace, shorten} from './text.js'
import {buildTimeline, defaultMaxEvents, maxEvents as mostEvents, type TimelineEntry} from './timeline.js'
import {formatClock, formatPoint, htmlDatetime, parseTimex, type Timex, type TimexPoint} from './timex.js'

export type {BoxLabels, BoxSettings, BoxWords, SectionName} from './settings.js'
export {sectionNames} from './settings.js'
export {selectQuotes, type SelectedQuote} from './quotes.js'
export {buildTimeline, eventText, type TimelineEntry} from './timeline.js'

/** Words of the box per language. */
export const defaultLabels: Record<Language, BoxLabels> = {de: languages.de.labels, en: languages.en.labels, fr: languages.fr.labels}

/**
 * The share of the article's text the box takes by default when the article's length is known, and
 * the least text it may hold whatever the article: a short article gets a short box, never one as
 * long as itself (see `boxBudget`).
 */
export const defaultMaxShare = 0.13
export const minBoxLength = 220
/** Fewest characters a quotation is shortened to so that the box shows a voice at all. */
const minQuoteRoom = 60

/**
 * Characters of text the box may hold for an article of `articleLength` characters: `maxShare` of it,
 * at least 220; a `maxShare` of 1 sets no limit.
 */
export function boxBudget(articleLength: number, maxShare = defaultMaxShare): number {
  if (maxShare >= 1) return Number.POSITIVE_INFINITY
  return Math.max(minBoxLength, Math.round(maxShare * articleLength))
}

/** The lowest confidence at which the box names a speaker when `nameConfidence` is not given: the one trained for the language. */
export function trainedNameConfidence(lang: Language): number {
  return Object.hasOwn(model.boxBy, lang) ? model.boxBy[lang] : model.box
}

/** Defaults of everything but the labels. */
export const defaultBoxSettings: Readonly<Omit<BoxSettings, 'labels'>> = Object.freeze({
  sections: [...sectionNames],
  maxQuotes: 3,
  maxPeople: 4,
  maxEvents: defaultMaxEvents,
  nameConfidence: model.box,
  maxShare: defaultMaxShare,
  headingLevel: 2,
  classPrefix: 'factbox',
  idPrefix: 'user-content-'
})

/** Longest role shown in “who”; a longer one is cut before a word such as “für”, “of”, “de”. */
export const maxRoleLength = 28

/**
 * Fill in defaults: labels of `lang` (English when unknown), all four
 * sections, 3 quotes, 4 people, 5 events, `<h2>`, `factbox`, `user-content-`.
 */
export function resolveBoxSettings(lang: Language, settings?: Partial<BoxSettings>): BoxSettings {
  const given = settings ?? {}
  const level = Math.round(Number(given.headingLevel ?? defaultBoxSettings.headingLevel))
  return {
    labels: given.labels ?? defaultLabels[lang] ?? defaultLabels.en,
    sections: [...(given.sections ?? defaultBoxSettings.sections)],
    maxQuotes: given.maxQuotes ?? defaultBoxSettings.maxQuotes,
    maxPeople: given.maxPeople ?? defaultBoxSettings.maxPeople,
    maxEvents: Math.min(mostEvents, given.maxEvents ?? defaultBoxSettings.maxEvents),
    nameConfidence: given.nameConfidence ?? trainedNameConfidence(lang),
    maxShare: given.maxShare ?? defaultBoxSettings.maxShare,
    headingLevel: (Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : 2) as BoxSettings['headingLevel'],
    classPrefix: given.classPrefix ?? defaultBoxSettings.classPrefix,
    idPrefix: given.idPrefix ?? defaultBoxSettings.idPrefix,
    headings: given.headings,
    articleLength: given.articleLength
  }
}

/**
 * The part of the box's ids that tells it from another box on the same page
 * (`user-content-factbox-<key>-title`): seven letters and digits hashed from the
 * facts it shows, so the same article gives the same ids. A key that one of
 * `headings` holds, as a heading's slug would, is hashed again.
 */
export function boxKey(facts: Facts, headings: readonly string[] = []): string {
  let hash = 0x81_1c_9d_c5
  // FNV-1a over the facts the box is made from (not the sentences: each date's would be read again).
  const add = (value: unknown): void => {
    const text = typeof value === 'string' ? value : String(value ?? '')
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01_00_01_93)
    hash = Math.imul(hash ^ 0x1f, 0x01_00_01_93)
  }
  add(facts.lang)
  add(facts.publicationDate)
  add(facts.dateline)
  for (const quote of facts.quotes ?? []) {
    add(quote.text)
    add(quote.speaker)
  }
  for (const date of facts.dates ?? []) {
    add(date.text)
    add(date.value)
  }
  for (const person of facts.people ?? []) {
    add(person.name)
    add(person.role)
  }
  // Headings as a slugger reads them: lower case, letters and digits.
  const loose = headings.map((heading) => heading.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean)
  for (let round = 0; ; round++) {
    const key = (hash >>> 0).toString(36).padStart(7, '0')
    if (!loose.some((heading) => heading.includes(key))) return key
    add(round)
  }
}

/** What the box says, before it is built: each section's items, chosen and fitted. */
interface Content {
  when: Array<{label: string; value: ElementContent; text: string; place: boolean}>
  who: Array<{name: string; role: string; order: number; rank: number}>
  voices: SelectedQuote[]
  timeline: Array<{entry: TimelineEntry; date: ElementContent[]; dateText: string}>
}

/**
 * Render the key-facts box.
 *
 * Returns `<aside class="factbox" aria-labelledby="…-factbox-<key>-title">`
 * with a title heading and the non-empty sections of `settings.sections`, in
 * that order; `<key>` (see `boxKey`) keeps the ids of two boxes on a page
 * apart, and apart from the article's headings'. Missing settings get their
 * defaults (see `resolveBoxSettings`).
 *
 * The box is compact: when and where on one line; at most 4 people, each
 * with a short role; at most 3 voices, named only (the role is in “who”);
 * at most 5 rows of the timeline. When `articleLength` is given, the box
 * holds no more text than `maxShare` of the article (see `boxBudget`): items
 * are taken while they fit, two voices first, then in turn an event, a
 * person and a voice.
 * Pure: same input, same tree; `facts` is not changed.
 */
export function renderFactBox(facts: Facts, settings?: Partial<BoxSettings>): Element {
  const resolved = resolveBoxSettings(facts.lang, settings)
  const {labels, classPrefix: prefix} = resolved
  const words: BoxWords = boxWords[facts.lang] ?? boxWords.en
  const idPrefix = resolved.idPrefix + prefix + '-' + boxKey(facts, resolved.headings) + '-'
  const titleId = idPrefix + 'title'
  const sectionLevel = 'h' + Math.min(6, resolved.headingLevel + 1)
  const children: ElementContent[] = [element('h' + resolved.headingLevel, [prefix + '__title'], [text(labels.title)], {id: titleId})]
  const wanted = new Set<SectionName>()
  for (const name of resolved.sections) if (Object.hasOwn(sectionBuilders, name)) wanted.add(name)
  const content = choose(facts, resolved, words, wanted)
  const done = new Set<SectionName>()

  for (const name of resolved.sections) {
    if (done.has(name) || !wanted.has(name)) continue
    done.add(name)
    const built = sectionBuilders[name](content, resolved)
    if (built.length === 0) continue
    children.push(
      element('section', [prefix + '__section', prefix + '__section--' + name], [
        element(sectionLevel, [prefix + '__heading'], [text(labels[name])], {id: idPrefix + name}),
        ...built
      ])
    )
  }

  return element('aside', [prefix], children, {ariaLabelledBy: [titleId]})
}

/** A hast element: plain objects, with no normalising of properties (`h()` would redo that each call). */
function element(tagName: string, className: string[] | undefined, children: ElementContent[], more?: Element['properties']): Element {
  return {type: 'element', tagName, properties: className ? {className, ...more} : {...more}, children}
}

function text(value: string): Text {
  return {type: 'text', value}
}

/**
 * The items of every wanted section, then, when the article's length is known, fitted into the
 * box's share of it (see `boxBudget`): the title and the when line always; then, each list in the
 * order its items were chosen in, two voices, an event and a person, and after that in turn a
 * voice, an event and a person, each while it fits (one that does not is passed over; the next may
 * fit). A first voice too long for the room left is shortened to it, down to 60 characters. Each
 * section counts its heading with its first item.
 */
function choose(facts: Facts, settings: BoxSettings, words: BoxWords, wanted: ReadonlySet<SectionName>): Content {
  const typeset = words.narrowSpaces ? frenchSpacing : (value: string) => value
  const voices = wanted.has('voices')
    ? selectQuotes(facts.quotes ?? [], settings.maxQuotes, {nameConfidence: settings.nameConfidence, words}).map((voice) => ({
        ...voice,
        text: typeset(voice.text),
        description: typeset(voice.description)
      }))
    : []
  const who = wanted.has('who') ? choosePeople(facts, voices, settings.maxPeople, words, typeset) : []
  const timeline = wanted.has('timeline')
    ? buildTimeline(facts, {maxEvents: settings.maxEvents}).map((entry) => {
        const date = renderDate(entry.timex, settings, words)
        return {entry: {...entry, event: typeset(entry.event)}, date, dateText: date.map((node) => textOf(node)).join('')}
      })
    : []
  const when = wanted.has('when') ? chooseWhen(facts, settings, words, typeset) : []
  const all: Content = {when, who, voices, timeline}
  if (typeof settings.articleLength !== 'number' || !Number.isFinite(settings.articleLength) || settings.maxShare >= 1) return all

  const {labels} = settings
  let room = boxBudget(settings.articleLength, settings.maxShare) - labels.title.length
  if (when.length > 0) room -= labels.when.length + when.reduce((sum, item) => sum + item.label.length + item.text.length + 3, 0)
  const fitted: Content = {when, who: [], voices: [], timeline: []}
  const costs = {
    voices: (voice: SelectedQuote) => voice.text.length + (voice.speaker || voice.description).length,
    timeline: (row: Content['timeline'][number]) => row.dateText.length + 1 + row.entry.event.length,
    who: (person: Content['who'][number]) => person.name.length + (person.role ? person.role.length + 2 : 0)
  }
  // Each list by rank; two voices, then an event and a person, then in turn a voice, an event and a person.
  const ranked = {
    voices: [...voices].sort((a, b) => a.rank - b.rank),
    timeline: [...timeline].sort((a, b) => a.entry.rank - b.entry.rank),
    who: [...who].sort((a, b) => a.rank - b.rank)
  }
  const order: Array<['voices' | 'timeline' | 'who', number]> = [['voices', 0], ['voices', 1], ['timeline', 0], ['who', 0]]
  const turns = Math.max(voices.length, timeline.length, who.length)
  for (let turn = 1; turn < turns; turn++) order.push(['voices', turn + 1], ['timeline', turn], ['who', turn])
  for (const [name, turn] of order) {
    let item = ranked[name][turn]
    if (item === undefined) continue
    const heading = fitted[name].length === 0 ? labels[name].length : 0
    let cost = (costs[name] as (item: unknown) => number)(item) + heading
    if (cost > room && name === 'voices' && fitted.voices.length === 0) {
      // The first voice is worth a shorter quotation.
      const voice = item as SelectedQuote
      const fits = room - heading - (voice.speaker || voice.description).length
      if (fits >= minQuoteRoom) {
        const mark = voice.text.startsWith('…\u00A0') ? '…\u00A0' : ''
        const shortened = mark + typeset(shorten(voice.quote.text, fits - mark.length))
        item = {...voice, text: shortened, shortened: true}
        cost = costs.voices(item) + heading
      }
    }
    if (cost > room) continue
    room -= cost
    ;(fitted[name] as unknown[]).push(item)
  }
  // Each list in the order the box shows it: voices and people as the article has them, the timeline by date.
  fitted.voices.sort((a, b) => comparePositions(a.quote.position, b.quote.position) || a.rank - b.rank)
  fitted.who.sort((a, b) => a.order - b.order)
  fitted.timeline.sort((a, b) => timeline.indexOf(a) - timeline.indexOf(b))
  return fitted
}

/** Publication date and dateline place. */
function chooseWhen(facts: Facts, settings: BoxSettings, words: BoxWords, typeset: (value: string) => string): Content['when'] {
  const items: Content['when'] = []
  const published = typeof facts.publicationDate === 'string' ? normalizeSpace(facts.publicationDate) : ''
  if (published) {
    const timex = /^\d{4}-\d{2}-\d{2}$/.test(published) ? parseTimex(published) : undefined
    const value: ElementContent = timex ? renderPoint(timex.from, settings, words) : text(published)
    items.push({label: settings.labels.published, value, text: textOf(value), place: false})
  }
  const place = typeof facts.dateline === 'string' ? typeset(normalizeSpace(facts.dateline)) : ''
  if (place) items.push({label: settings.labels.dateline, value: text(place), text: place, place: true})
  return items
}

/**
 * At most `max` people, each with a short role: the speakers of the voices shown first, then the
 * other speakers (most quoted first), then the others; shown as the article names them.
 */
function choosePeople(facts: Facts, voices: readonly SelectedQuote[], max: number, words: BoxWords, typeset: (value: string) => string): Content['who'] {
  const limit = Number.isFinite(max) ? Math.max(0, Math.floor(max)) : 0
  const people: Array<{name: string; role: string; order: number; group: number; quotes: number}> = []
  const quoted = new Map<string, number>()
  for (const quote of facts.quotes ?? []) {
    if (typeof quote.speaker === 'string') quoted.set(quote.speaker, (quoted.get(quote.speaker) ?? 0) + 1)
  }
  const voiced = new Set(voices.map((voice) => voice.speaker))
  const seen = new Set<string>()
  for (const person of facts.people ?? []) {
    const name = normalizeSpace(person.name ?? '')
    if (!name || seen.has(name)) continue
    seen.add(name)
    const quotes = quoted.get(name) ?? 0
    const group = voiced.has(name) ? 0 : quotes > 0 ? 1 : 2
    people.push({name: typeset(name), role: typeset(shortRole(person, words)), order: people.length, group, quotes})
  }

  return people
    .sort((a, b) => a.group - b.group || b.quotes - a.quotes || a.order - b.order)
    .slice(0, limit)
    .map(({name, role, order}, rank) => ({name, role, order, rank}))
    .sort((a, b) => a.order - b.order)
}

/**
 * A role of at most 28 characters: a longer one is cut at its first comma, then before the last
 * word of `roleBreaks` that leaves it short enough (“Professor für Koreanistik an der Universität”
 * → “Professor für Koreanistik”), else before the first (“emeritierter Professor für
 * Nordkoreastudien …” → “emeritierter Professor”), else after three words.
 */
export function shortRole(person: Person, words: BoxWords): string {
  let role = normalizeSpace(person.role ?? '')
  if (role.length <= maxRoleLength) return role
  const comma = role.indexOf(',')
  if (comma > 0) role = role.slice(0, comma)
  if (role.length <= maxRoleLength) return role
  const parts = role.split(' ')
  let breaks = roleBreakCache.get(words)
  if (!breaks) {
    breaks = new Set(words.roleBreaks)
    roleBreakCache.set(words, breaks)
  }
  let best = ''
  let first = ''
  let length = parts[0].length
  for (let i = 1; i < parts.length; i++) {
    if (breaks.has(parts[i].toLowerCase()) && !breaks.has(parts[i - 1].toLowerCase())) {
      const head = parts.slice(0, i).join(' ')
      first ||= head
      if (length <= maxRoleLength) best = head
    }
    length += 1 + parts[i].length
  }
  return best || first || parts.slice(0, 3).join(' ')
}

const roleBreakCache = new WeakMap<BoxWords, ReadonlySet<string>>()

type SectionBuilder = (content: Content, settings: BoxSettings) => ElementContent[]

const sectionBuilders: Record<SectionName, SectionBuilder> = {
  when: buildWhen,
  who: buildWho,
  voices: buildVoices,
  timeline: buildTimelineSection
}

/** Publication date and dateline place, on one line: a description list whose terms only screen readers say. */
function buildWhen(content: Content, settings: BoxSettings): ElementContent[] {
  const prefix = settings.classPrefix
  if (content.when.length === 0) return []
  return [
    element(
      'dl',
      [prefix + '__meta'],
      content.when.map((item) =>
        element('div', [prefix + '__meta-item'], [
          element('dt', [prefix + '__meta-label'], [text(item.label)]),
          element('dd', item.place ? [prefix + '__meta-value', prefix + '__place'] : [prefix + '__meta-value'], [item.value])
        ])
      )
    )
  ]
}

/** People with their short roles. */
function buildWho(content: Content, settings: BoxSettings): ElementContent[] {
  const prefix = settings.classPrefix
  if (content.who.length === 0) return []
  return [
    element(
      'ul',
      [prefix + '__people'],
      content.who.map(({name, role}) =>
        element(
          'li',
          [prefix + '__person'],
          role ? [element('span', [prefix + '__name'], [text(name)]), text(', '), element('span', [prefix + '__role'], [text(role)])] : [element('span', [prefix + '__name'], [text(name)])]
        )
      )
    )
  ]
}

/**
 * The voices as figures: the words in a blockquote, the speaker's name in `<cite>` (only names go
 * there), an unnamed speaker's description in a span of its own, or nothing.
 */
function buildVoices(content: Content, settings: BoxSettings): ElementContent[] {
  const prefix = settings.classPrefix
  return content.voices.map((voice) => {
    const source = voice.speaker
      ? [element('figcaption', [prefix + '__quote-source'], [element('cite', [prefix + '__speaker'], [text(voice.speaker)])])]
      : voice.description
        ? [element('figcaption', [prefix + '__quote-source'], [element('span', [prefix + '__description'], [text(voice.description)])])]
        : []
    return element('figure', [prefix + '__quote'], [element('blockquote', [prefix + '__quote-text'], [element('p', undefined, [text(voice.text)])]), ...source])
  })
}

/** Dated events, chronological, one row per day. */
function buildTimelineSection(content: Content, settings: BoxSettings): ElementContent[] {
  const prefix = settings.classPrefix
  if (content.timeline.length === 0) return []
  return [
    element(
      'ol',
      [prefix + '__timeline'],
      content.timeline.map((row) =>
        element('li', [prefix + '__event'], [
          element('span', [prefix + '__event-date'], row.date),
          text(' '),
          element('span', [prefix + '__event-text'], [text(row.entry.event)])
        ])
      )
    )
  ]
}

/**
 * A date for readers, in `<time datetime>` where HTML has a syntax for the
 * value; a range as two of them joined by an en dash (within one day, the
 * second as its clock time only: “22. Oktober 2006, 13:00–18:00”); otherwise text.
 */
function renderDate(timex: Timex, settings: BoxSettings, words: BoxWords): ElementContent[] {
  const from = renderPoint(timex.from, settings, words)
  if (!timex.to) return [from]
  const sameDay = timex.from.granularity === 'time' && timex.to.granularity === 'time' && timex.from.year === timex.to.year && timex.from.month === timex.to.month && timex.from.day === timex.to.day
  const to = renderPoint(timex.to, settings, words, sameDay)
  const spaced = !sameDay && /\s/.test(textOf(from) + textOf(to))
  return [from, text(spaced ? '\u00A0– ' : '–'), to]
}

function renderPoint(point: TimexPoint, settings: BoxSettings, words: BoxWords, clockOnly = false): Element {
  const prefix = settings.classPrefix
  const label = clockOnly ? formatClock(point, settings.labels) : formatPoint(point, settings.labels, words.firstOfMonth)
  const datetime = htmlDatetime(point)
  return datetime ? element('time', [prefix + '__date'], [text(label)], {dateTime: datetime}) : element('span', [prefix + '__date'], [text(label)])
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value
  return node.type === 'element' ? node.children.map((child) => textOf(child)).join('') : ''
}
