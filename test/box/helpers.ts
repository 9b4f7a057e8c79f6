/** Small builders for synthetic facts. */
import type {Element, Nodes} from 'hast'
import type {Facts, Quotation, TemporalExpression} from '../../src/types.js'

let offset = 0

/** A position after every earlier one (article order = creation order unless given). */
function nextPosition(length: number, at?: number) {
  const start = at ?? (offset += 1000)
  return {
    start: {line: 1, column: start + 1, offset: start},
    end: {line: 1, column: start + length + 1, offset: start + length}
  }
}

export function quote(text: string, speaker: string | null, options: Partial<Quotation> & {at?: number} = {}): Quotation {
  const {at, ...rest} = options
  return {
    text,
    speaker,
    mention: speaker,
    cue: 'sagte',
    kind: 'full',
    closed: true,
    confidence: 0.97,
    position: nextPosition(text.length + 2, at),
    ...rest
  }
}

export function date(
  text: string,
  value: string | null,
  sentence: string,
  options: Partial<TemporalExpression> & {at?: number} = {}
): TemporalExpression {
  const {at, ...rest} = options
  return {text, value, type: 'DATE', certain: true, sentence, position: nextPosition(text.length, at), ...rest}
}

export function facts(partial: Partial<Facts> = {}): Facts {
  return {lang: 'de', publicationDate: null, dateline: null, quotes: [], dates: [], people: [], ...partial}
}

/** All elements of a tree, depth first. */
export function elements(node: Nodes): Element[] {
  const result: Element[] = []
  const visit = (current: Nodes) => {
    if (current.type === 'element') result.push(current)
    if ('children' in current) for (const child of current.children) visit(child)
  }

  visit(node)
  return result
}

export function hasClass(element: Element, name: string): boolean {
  const value = element.properties.className
  return Array.isArray(value) && value.includes(name)
}

/** Elements with a class name. */
export function byClass(node: Nodes, name: string): Element[] {
  return elements(node).filter((element) => hasClass(element, name))
}

/** Text content. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return node.children.map((child) => textOf(child)).join('')
  return ''
}
