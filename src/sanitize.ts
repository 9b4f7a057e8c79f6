/**
 * A `rehype-sanitize` schema that keeps the box.
 *
 * Plain data over the schema the caller passes in: this module imports
 * nothing, so `rehype-sanitize` stays the caller's dependency.
 */

/** The parts of a `rehype-sanitize` (`hast-util-sanitize`) schema this helper reads and extends. */
export interface SanitizeSchemaLike {
  tagNames?: readonly string[] | null | undefined
  attributes?: Readonly<Record<string, readonly unknown[] | null | undefined>> | null | undefined
  clobber?: readonly string[] | null | undefined
}

export interface FactboxSchemaOptions {
  /** The `classPrefix` the plugin was given; default `'factbox'`. */
  classPrefix?: string | null | undefined
}

/** Elements of the box and the properties each needs besides its class names. */
const boxElements: Readonly<Record<string, readonly string[]>> = {
  aside: ['ariaLabelledBy'],
  h1: ['id'],
  h2: ['id'],
  h3: ['id'],
  h4: ['id'],
  h5: ['id'],
  h6: ['id'],
  section: [],
  dl: [],
  div: [],
  dt: [],
  dd: [],
  ul: [],
  ol: [],
  li: [],
  span: [],
  figure: [],
  figcaption: [],
  blockquote: [],
  p: [],
  cite: [],
  time: ['dateTime']
}

function nameOf(definition: unknown): unknown {
  return Array.isArray(definition) ? definition[0] : definition
}

/**
 * Extend a `rehype-sanitize` schema so that the box survives: its elements
 * (`aside`, `figure`, `figcaption`, `cite`, `time`, …), `aria-labelledby` on
 * the aside, ids on its headings, `datetime` on its dates, and class names
 * that are `classPrefix` or start with `classPrefix__` (other class names are
 * still dropped). Everything else of `base` is kept; `base` is not changed.
 *
 * Ids and `aria-labelledby` are prefixed alike by the schema's `clobberPrefix`
 * (`user-content-` by default), so the box stays labelled by its heading.
 *
 * ```js
 * import rehypeSanitize, {defaultSchema} from 'rehype-sanitize'
 * import {factboxSchema} from 'remark-factbox'
 *
 * processor.use(rehypeSanitize, factboxSchema(defaultSchema))
 * ```
 */
export function factboxSchema<Schema extends SanitizeSchemaLike>(base: Schema, options?: Readonly<FactboxSchemaOptions> | null): Schema {
  if (base === null || typeof base !== 'object' || Array.isArray(base)) {
    throw new TypeError('remark-factbox: `factboxSchema` takes a rehype-sanitize schema, such as `defaultSchema`')
  }
  const prefix = options?.classPrefix ?? 'factbox'
  if (typeof prefix !== 'string' || !/^[A-Za-z][\w-]*$/u.test(prefix)) {
    throw new TypeError(`remark-factbox: option \`classPrefix\` must be a CSS identifier, not ${JSON.stringify(prefix) ?? String(prefix)}`)
  }
  const classNames = new RegExp(`^${prefix}(?:__[\\w-]+)?$`, 'u')
  const attributes: Record<string, unknown[]> = {}
  for (const [tag, given] of Object.entries(base.attributes ?? {})) {
    if (given) attributes[tag] = [...given]
  }

  for (const [tag, needed] of Object.entries(boxElements)) {
    const list = attributes[tag] ?? []
    for (const name of needed) {
      if (!list.some((definition) => nameOf(definition) === name)) list.push(name)
    }
    const at = list.findIndex((definition) => nameOf(definition) === 'className')
    const existing = list[at]
    // `'className'` or `['className']` alone allows every class already.
    if (at < 0) list.push(['className', classNames])
    else if (Array.isArray(existing) && existing.length > 1) list[at] = [...existing, classNames]
    attributes[tag] = list
  }

  const tagNames = [...(base.tagNames ?? [])]
  for (const tag of Object.keys(boxElements)) if (!tagNames.includes(tag)) tagNames.push(tag)

  const schema: SanitizeSchemaLike = {...base, tagNames, attributes}
  // Prefix both ends of the label or neither, so it keeps pointing at the heading.
  const clobber = base.clobber
  if (clobber && clobber.includes('id') !== clobber.includes('ariaLabelledBy')) {
    schema.clobber = [...new Set([...clobber, 'id', 'ariaLabelledBy'])]
  }
  return schema as Schema
}
