/**
 * The key-facts box: `Facts` in, a hast `<aside>` out.
 *
 * Built only with `hastscript` from text, so whatever the article says ends
 * up as text nodes, never as markup.
 */
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Facts, Language, Person} from '../types.js'
import {labels as de} from '../lang/de/labels.js'
import {labels as en} from '../lang/en/labels.js'
import {labels as fr} from '../lang/fr/labels.js'
import {selectQuotes} from './quotes.js'
import {sectionNames, type BoxLabels, type BoxSettings, type SectionName} from './settings.js'
import {normalizeSpace} from './text.js'
import {buildTimeline} from './timeline.js'
import {formatPoint, htmlDatetime, parseTimex, type Timex, type TimexPoint} from './timex.js'

export type {BoxLabels, BoxSettings, SectionName} from './settings.js'
export {sectionNames} from './settings.js'
export {selectQuotes, type SelectedQuote} from './quotes.js'
export {buildTimeline, eventText, type TimelineEntry} from './timeline.js'

/** Words of the box per language. */
export const defaultLabels: Record<Language, BoxLabels> = {de, en, fr}

/** Defaults of everything but the labels. */
export const defaultBoxSettings: Readonly<Omit<BoxSettings, 'labels'>> = Object.freeze({
  sections: [...sectionNames],
  maxQuotes: 4,
  headingLevel: 2,
  classPrefix: 'factbox',
  idPrefix: 'user-content-'
})

/**
 * Fill in defaults: labels of `lang` (English when unknown), all four
 * sections, 4 quotes, `<h2>`, `factbox`, `user-content-`.
 */
export function resolveBoxSettings(lang: Language, settings?: Partial<BoxSettings>): BoxSettings {
  const given = settings ?? {}
  const level = Math.round(Number(given.headingLevel ?? defaultBoxSettings.headingLevel))
  return {
    labels: given.labels ?? defaultLabels[lang] ?? defaultLabels.en,
    sections: [...(given.sections ?? defaultBoxSettings.sections)],
    maxQuotes: given.maxQuotes ?? defaultBoxSettings.maxQuotes,
    headingLevel: (Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : 2) as BoxSettings['headingLevel'],
    classPrefix: given.classPrefix ?? defaultBoxSettings.classPrefix,
    idPrefix: given.idPrefix ?? defaultBoxSettings.idPrefix,
    headings: given.headings
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

/**
 * Render the key-facts box.
 *
 * Returns `<aside class="factbox" aria-labelledby="…-factbox-<key>-title">`
 * with a title heading and the non-empty sections of `settings.sections`, in
 * that order; `<key>` (see `boxKey`) keeps the ids of two boxes on a page
 * apart, and apart from the article's headings'. Missing settings get their
 * defaults (see `resolveBoxSettings`). Pure: same input, same tree; `facts`
 * is not changed.
 */
export function renderFactBox(facts: Facts, settings?: Partial<BoxSettings>): Element {
  const resolved = resolveBoxSettings(facts.lang, settings)
  const {labels, classPrefix: prefix} = resolved
  const idPrefix = resolved.idPrefix + prefix + '-' + boxKey(facts, resolved.headings) + '-'
  const titleId = idPrefix + 'title'
  const sectionLevel = Math.min(6, resolved.headingLevel + 1)
  const children: Element[] = [
    h('h' + resolved.headingLevel, {className: [prefix + '__title'], id: titleId}, labels.title)
  ]
  const done = new Set<SectionName>()

  for (const name of resolved.sections) {
    if (done.has(name) || !Object.hasOwn(builders, name)) continue
    done.add(name)
    const content = builders[name](facts, resolved)
    if (content.length === 0) continue
    children.push(
      h('section', {className: [prefix + '__section', prefix + '__section--' + name]}, [
        h(
          'h' + sectionLevel,
          {className: [prefix + '__heading'], id: idPrefix + name},
          labels[name]
        ),
        ...content
      ])
    )
  }

  return h('aside', {className: [prefix], ariaLabelledBy: titleId}, children)
}

type Builder = (facts: Facts, settings: BoxSettings) => ElementContent[]

const builders: Record<SectionName, Builder> = {
  when: buildWhen,
  who: buildWho,
  voices: buildVoices,
  timeline: buildTimelineSection
}

/** Publication date and dateline place, as a description list. */
function buildWhen(facts: Facts, settings: BoxSettings): ElementContent[] {
  const prefix = settings.classPrefix
  const items: Element[] = []

  const published = typeof facts.publicationDate === 'string' ? normalizeSpace(facts.publicationDate) : ''
  if (published) {
    const timex = /^\d{4}-\d{2}-\d{2}$/.test(published) ? parseTimex(published) : undefined
    items.push(
      h('div', {className: [prefix + '__meta-item']}, [
        h('dt', {className: [prefix + '__meta-label']}, settings.labels.published),
        h(
          'dd',
          {className: [prefix + '__meta-value']},
          timex ? renderDate(timex, settings) : published
        )
      ])
    )
  }

  const place = typeof facts.dateline === 'string' ? normalizeSpace(facts.dateline) : ''
  if (place) {
    items.push(
      h('div', {className: [prefix + '__meta-item']}, [
        h('dt', {className: [prefix + '__meta-label']}, settings.labels.dateline),
        h('dd', {className: [prefix + '__meta-value', prefix + '__place']}, place)
      ])
    )
  }

  return items.length > 0 ? [h('dl', {className: [prefix + '__meta']}, items)] : []
}

/** People with their roles. */
function buildWho(facts: Facts, settings: BoxSettings): ElementContent[] {
  const prefix = settings.classPrefix
  const seen = new Set<string>()
  const items: Element[] = []

  for (const person of facts.people ?? []) {
    const name = normalizeSpace(person.name ?? '')
    if (!name || seen.has(name)) continue
    seen.add(name)
    const role = normalizeSpace(person.role ?? '')
    items.push(
      h('li', {className: [prefix + '__person']}, [
        h('span', {className: [prefix + '__name']}, name),
        role ? [', ', h('span', {className: [prefix + '__role']}, role)] : []
      ])
    )
  }

  return items.length > 0 ? [h('ul', {className: [prefix + '__people']}, items)] : []
}

/** The selected quotes as figures with blockquote and caption. */
function buildVoices(facts: Facts, settings: BoxSettings): ElementContent[] {
  const prefix = settings.classPrefix
  const roles = roleIndex(facts.people ?? [])

  return selectQuotes(facts.quotes ?? [], settings.maxQuotes).map((selected) => {
    const role = roles.get(selected.speaker)
    return h('figure', {className: [prefix + '__quote']}, [
      h('blockquote', {className: [prefix + '__quote-text']}, [h('p', selected.text)]),
      // A quotation whose speaker is too uncertain to name stands without a source.
      selected.speaker
        ? h('figcaption', {className: [prefix + '__quote-source']}, [
            h('cite', {className: [prefix + '__speaker']}, selected.speaker),
            role ? [', ', h('span', {className: [prefix + '__role']}, role)] : []
          ])
        : []
    ])
  })
}

function roleIndex(people: readonly Person[]): Map<string, string> {
  const roles = new Map<string, string>()
  for (const person of people) {
    const name = normalizeSpace(person.name ?? '')
    const role = normalizeSpace(person.role ?? '')
    if (name && role && !roles.has(name)) roles.set(name, role)
  }

  return roles
}

/** Dated events, chronological. */
function buildTimelineSection(facts: Facts, settings: BoxSettings): ElementContent[] {
  const prefix = settings.classPrefix
  const entries = buildTimeline(facts)
  if (entries.length === 0) return []

  return [
    h(
      'ol',
      {className: [prefix + '__timeline']},
      entries.map((entry) =>
        h('li', {className: [prefix + '__event']}, [
          h('span', {className: [prefix + '__event-date']}, renderDate(entry.timex, settings)),
          ' ',
          h('span', {className: [prefix + '__event-text']}, entry.event)
        ])
      )
    )
  ]
}

/**
 * A date for readers, in `<time datetime>` where HTML has a syntax for the
 * value; a range as two of them joined by an en dash; otherwise text.
 */
function renderDate(timex: Timex, settings: BoxSettings): ElementContent[] {
  const from = renderPoint(timex.from, settings)
  if (!timex.to) return [from]
  const to = renderPoint(timex.to, settings)
  const spaced = /\s/.test(text(from) + text(to))
  return [from, spaced ? '\u00A0– ' : '–', to].map((node) =>
    typeof node === 'string' ? {type: 'text', value: node} : node
  )
}

function renderPoint(point: TimexPoint, settings: BoxSettings): Element {
  const prefix = settings.classPrefix
  const label = formatPoint(point, settings.labels)
  const datetime = htmlDatetime(point)
  return datetime
    ? h('time', {className: [prefix + '__date'], dateTime: datetime}, label)
    : h('span', {className: [prefix + '__date']}, label)
}

function text(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
}
