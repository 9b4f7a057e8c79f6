/**
 * The key-facts box: `Facts` in, a hast `<aside>` out.
 *
 * Built only from text, so whatever the article says ends up as text nodes,
 * never as markup.
 */
import type {Element, ElementContent} from 'hast'
import type {Facts, Language, Person} from '../types.js'
import {labels as de} from '../locales/de/labels.js'
import {labels as en} from '../locales/en/labels.js'
import {labels as fr} from '../locales/fr/labels.js'
import {selectQuotes} from './quotes.js'
import {sectionNames, type BoxLabels, type BoxSettings, type SectionName} from './settings.js'
import {normalizeSpace} from './text.js'
import {buildTimeline} from './timeline.js'
import {formatPoint, htmlDatetime, parseTimex, type Timex, type TimexPoint} from './timex.js'

/** Children as `hastscript` takes them: strings become text nodes, arrays are flattened, null is skipped. */
type Child = ElementContent | string | null | undefined | readonly Child[]

function addChildren(nodes: ElementContent[], child: Child | number): void {
  if (child === null || child === undefined) return
  // Labels come from options and are not checked: a number is text, as `hastscript` has it.
  if (typeof child === 'string' || typeof child === 'number') nodes.push({type: 'text', value: String(child)})
  else if (Array.isArray(child)) for (const each of child as readonly Child[]) addChildren(nodes, each)
  else if (typeof child === 'object' && 'type' in child) nodes.push(child as ElementContent)
  else throw new Error('Expected node, nodes, or string, got `' + String(child) + '`')
}

/** White-space separated tokens, as `hastscript` reads a string for a space-separated property. */
function spaceSeparated(value: string): string[] {
  const trimmed = value.trim()
  return trimmed ? trimmed.split(/[ \t\n\r\f]+/g) : []
}

/**
 * The element `h(tagName, {className, …}, children)` builds, without looking up each property's
 * schema per call: the box sets only class names, ids, `aria-labelledby` and `datetime`.
 */
function el(tagName: string, properties: {className?: string[]; id?: string; ariaLabelledBy?: string; dateTime?: string}, children: Child): Element {
  const props: Element['properties'] = {}
  if (properties.className) props.className = [...properties.className]
  if (properties.id !== undefined) props.id = properties.id
  if (properties.ariaLabelledBy !== undefined) props.ariaLabelledBy = spaceSeparated(properties.ariaLabelledBy)
  if (properties.dateTime !== undefined) props.dateTime = properties.dateTime
  const nodes: ElementContent[] = []
  addChildren(nodes, children)
  return {type: 'element', tagName, properties: props, children: nodes}
}

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
    idPrefix: given.idPrefix ?? defaultBoxSettings.idPrefix
  }
}

/**
 * Render the key-facts box.
 *
 * Returns `<aside class="factbox" aria-labelledby="…-factbox-title">` with a
 * title heading and the non-empty sections of `settings.sections`, in that
 * order. Missing settings get their defaults (see `resolveBoxSettings`).
 * Pure: same input, same tree; `facts` is not changed.
 */
export function renderFactBox(facts: Facts, settings?: Partial<BoxSettings>): Element {
  const resolved = resolveBoxSettings(facts.lang, settings)
  const {labels, classPrefix: prefix, idPrefix} = resolved
  const titleId = idPrefix + prefix + '-title'
  const sectionLevel = Math.min(6, resolved.headingLevel + 1)
  const children: Element[] = [
    el('h' + resolved.headingLevel, {className: [prefix + '__title'], id: titleId}, labels.title)
  ]
  const done = new Set<SectionName>()

  for (const name of resolved.sections) {
    if (done.has(name) || !Object.hasOwn(builders, name)) continue
    done.add(name)
    const content = builders[name](facts, resolved)
    if (content.length === 0) continue
    children.push(
      el('section', {className: [prefix + '__section', prefix + '__section--' + name]}, [
        el(
          'h' + sectionLevel,
          {className: [prefix + '__heading'], id: idPrefix + prefix + '-' + name},
          labels[name]
        ),
        ...content
      ])
    )
  }

  return el('aside', {className: [prefix], ariaLabelledBy: titleId}, children)
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

  const published = typeof facts.publicationDate === 'string' ? facts.publicationDate.trim() : ''
  if (published) {
    const timex = /^\d{4}-\d{2}-\d{2}$/.test(published) ? parseTimex(published) : undefined
    items.push(
      el('div', {className: [prefix + '__meta-item']}, [
        el('dt', {className: [prefix + '__meta-label']}, settings.labels.published),
        el(
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
      el('div', {className: [prefix + '__meta-item']}, [
        el('dt', {className: [prefix + '__meta-label']}, settings.labels.dateline),
        el('dd', {className: [prefix + '__meta-value', prefix + '__place']}, place)
      ])
    )
  }

  return items.length > 0 ? [el('dl', {className: [prefix + '__meta']}, items)] : []
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
      el('li', {className: [prefix + '__person']}, [
        el('span', {className: [prefix + '__name']}, name),
        role ? [', ', el('span', {className: [prefix + '__role']}, role)] : []
      ])
    )
  }

  return items.length > 0 ? [el('ul', {className: [prefix + '__people']}, items)] : []
}

/** The selected quotes as figures with blockquote and caption. */
function buildVoices(facts: Facts, settings: BoxSettings): ElementContent[] {
  const prefix = settings.classPrefix
  const roles = roleIndex(facts.people ?? [])

  return selectQuotes(facts.quotes ?? [], settings.maxQuotes).map((selected) => {
    const role = roles.get(selected.speaker)
    return el('figure', {className: [prefix + '__quote']}, [
      el('blockquote', {className: [prefix + '__quote-text']}, [el('p', {}, selected.text)]),
      // A quotation whose speaker is too uncertain to name stands without a source.
      selected.speaker
        ? el('figcaption', {className: [prefix + '__quote-source']}, [
            el('cite', {className: [prefix + '__speaker']}, selected.speaker),
            role ? [', ', el('span', {className: [prefix + '__role']}, role)] : []
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
    el(
      'ol',
      {className: [prefix + '__timeline']},
      entries.map((entry) =>
        el('li', {className: [prefix + '__event']}, [
          el('span', {className: [prefix + '__event-date']}, renderDate(entry.timex, settings)),
          ' ',
          el('span', {className: [prefix + '__event-text']}, entry.event)
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
    ? el('time', {className: [prefix + '__date'], dateTime: datetime}, label)
    : el('span', {className: [prefix + '__date']}, label)
}

function text(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
}
