/**
 * mdast → plain text blocks, each with a map from text index to source offset.
 *
 * Only prose is read: code, inline code, HTML, frontmatter, math and MDX nodes
 * never take part in finding quotations or dates. Inline code keeps its value
 * (so a quote around it reads whole) but is marked opaque; HTML and MDX inline
 * nodes become an opaque space.
 */
import type {Nodes, Parents, PhrasingContent, Root} from 'mdast'

/** A paragraph, heading or table cell as plain text. */
export interface TextBlock {
  kind: 'paragraph' | 'heading' | 'tableCell'
  /** Heading depth, or 0. */
  depth: number
  text: string
  /**
   * `offsets[i]` is the source offset of `text[i]`; `offsets[text.length]` is the
   * end of the block. -1 where the tree has no positions.
   */
  offsets: Int32Array
  /** 1 where `text[i]` comes from code, HTML or MDX and is not prose. */
  opaque: Uint8Array
}

/** Node types whose content is never read as prose. */
const skipped = new Set([
  'code',
  'html',
  'yaml',
  'toml',
  'math',
  'definition',
  'footnoteDefinition',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxJsxFlowElement',
  'thematicBreak'
])

/** Inline nodes that stand in the text as an opaque space. */
const opaqueInline = new Set([
  'html',
  'mdxTextExpression',
  'mdxJsxTextElement',
  'inlineMath',
  'image',
  'imageReference',
  'footnoteReference'
])

class BlockBuilder {
  /** The text, in pieces joined once at the end. */
  private parts: string[] = []
  private length = 0
  private offsets = new Int32Array(64)
  private opaque = new Uint8Array(64)
  constructor(readonly source: string | undefined) {}

  /** Starts the next block, keeping the buffers (`build` copies out of them): one set of buffers per article. */
  reset(): void {
    this.parts = []
    this.length = 0
  }

  /** Makes room for `n` more characters (and the end offset). */
  private reserve(n: number): void {
    const need = this.length + n + 1
    if (need <= this.offsets.length) return
    let size = this.offsets.length * 2
    while (size < need) size *= 2
    const offsets = new Int32Array(size)
    offsets.set(this.offsets.subarray(0, this.length))
    const opaque = new Uint8Array(size)
    opaque.set(this.opaque.subarray(0, this.length))
    this.offsets = offsets
    this.opaque = opaque
  }

  /** Adds `value`, aligned to the source between `start` and `end`. */
  add(value: string, start: number | undefined, end: number | undefined, opaque: boolean): void {
    // UTF-16 code units stay one to one with offsets.
    const n = value.length
    const at = this.length
    this.reserve(n)
    this.parts.push(value)
    this.length += n
    this.opaque.fill(opaque ? 1 : 0, at, at + n)
    const offsets = this.offsets
    if (start === undefined || end === undefined) {
      offsets.fill(-1, at, at + n)
      return
    }
    const source = this.source
    if (source === undefined || (end - start === n && source.startsWith(value, start))) {
      for (let i = 0; i < n; i++) offsets[at + i] = Math.min(start + i, end)
      return
    }
    // Escapes, character references, line prefixes of continuation lines: walk both in step.
    let j = start
    // The end of the run of line-prefix characters that starts at `prefixFrom`, found once per run.
    let prefixFrom = -1
    let prefixEnd = -1
    for (let i = 0; i < n; i++) {
      const ch = value[i]
      let k = j
      if (!isPrefixCode(value.charCodeAt(i))) {
        // Indentation and `>` before a continuation line are never in the text, however long (a walk
        // bounded to 256 characters lost its place after a line indented further).
        if (prefixFrom !== j) {
          prefixFrom = j
          prefixEnd = j
          while (prefixEnd < end && isPrefixCode(source.charCodeAt(prefixEnd))) prefixEnd++
        }
        k = prefixEnd
      }
      const limit = Math.min(end, k + maxSkip)
      let units = 0
      let semi = -1
      for (; k < limit; k++) {
        if (source[k] === '&' && (semi = referenceEnd(source, k, end)) > 0 && (units = decodedLength(source, k, semi, value, i)) > 0) break
        if (source[k] === ch) break
      }
      if (k === limit) {
        // Not in the source (a line ending made a space): it stands where the walk is, which stays put.
        offsets[at + i] = Math.min(Math.max(j - 1, start), end)
        continue
      }
      if (units > 0) {
        // A character reference: every code unit it decoded to stands at its `&`.
        for (let u = 0; u < units; u++) offsets[at + i + u] = k
        i += units - 1
        j = semi + 1
      } else {
        offsets[at + i] = k
        j = k + 1
      }
    }
  }

  build(kind: TextBlock['kind'], depth: number, end: number | undefined): TextBlock {
    this.reserve(0)
    this.offsets[this.length] = end ?? -1
    return {
      kind,
      depth,
      text: this.parts.join(''),
      offsets: this.offsets.slice(0, this.length + 1),
      opaque: this.opaque.slice(0, this.length)
    }
  }
}

/** How far the walk looks ahead for a character past a line's prefix: escapes and references are short. */
const maxSkip = 256

/** Space, tab or `>`: what a continuation line's prefix (indentation, block quote markers) is made of. */
function isPrefixCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3e
}

/** Named character references that decode to ASCII (the others decode to anything but ASCII). */
const asciiReferences = new Map(
  Object.entries({
    amp: '&', AMP: '&', lt: '<', LT: '<', gt: '>', GT: '>', quot: '"', QUOT: '"', apos: "'", num: '#', excl: '!',
    quest: '?', lpar: '(', rpar: ')', colon: ':', comma: ',', period: '.', semi: ';', sol: '/', bsol: '\\', ast: '*',
    midast: '*', lowbar: '_', UnderBar: '_', grave: '`', DiacriticalGrave: '`', lsqb: '[', lbrack: '[', rsqb: ']',
    rbrack: ']', lcub: '{', lbrace: '{', rcub: '}', rbrace: '}', verbar: '|', vert: '|', VerticalLine: '|',
    dollar: '$', percnt: '%', plus: '+', equals: '=', commat: '@', Hat: '^', Tab: '\t', NewLine: '\n'
  })
)

/**
 * How many code units of `value` from `i` the character reference `source[at..semi]`
 * decoded to, or 0 when it cannot have decoded to them.
 */
function decodedLength(source: string, at: number, semi: number, value: string, i: number): number {
  const body = source.slice(at + 1, semi)
  if (body[0] === '#') {
    const hex = body[1] === 'x' || body[1] === 'X'
    const digits = body.slice(hex ? 2 : 1)
    if (!(hex ? /^[\dA-Fa-f]{1,6}$/u : /^\d{1,7}$/u).test(digits)) return 0
    const code = Number.parseInt(digits, hex ? 16 : 10)
    // CommonMark: NUL, surrogates and code points past Unicode decode to U+FFFD.
    const decoded = code === 0 || code > 0x10_ff_ff || (code >= 0xd8_00 && code <= 0xdf_ff) ? '\uFFFD' : String.fromCodePoint(code)
    return value.startsWith(decoded, i) ? decoded.length : 0
  }
  const ascii = asciiReferences.get(body)
  if (ascii !== undefined) return value[i] === ascii ? 1 : 0
  if (!/^[A-Za-z][\dA-Za-z]*$/u.test(body) || value.charCodeAt(i) < 0x80) return 0
  // Some names decode to two code points (a letter and a combining mark) or to a surrogate pair.
  let units = 1
  while (i + units < value.length && units < 4 && isTrailing(value.charCodeAt(i + units))) units++
  return units
}

/** A low surrogate, combining mark or variation selector: the tail of what a reference decoded to. */
function isTrailing(code: number): boolean {
  return (code >= 0xdc_00 && code <= 0xdf_ff) || (code >= 0x3_00 && code <= 0x3_6f) || (code >= 0x20_d0 && code <= 0x20_ff) || (code >= 0xfe_00 && code <= 0xfe_0f)
}

/** Index of the `;` that ends a character reference starting at `at` (`&amp;`, `&#8222;`), or -1. */
function referenceEnd(source: string, at: number, end: number): number {
  const limit = Math.min(end, at + 33)
  for (let k = at + 1; k < limit; k++) {
    const ch = source[k]
    if (ch === ';') return k > at + 1 ? k : -1
    if (!/[\dA-Za-z#]/u.test(ch)) return -1
  }
  return -1
}

/** Adds the text of phrasing content, depth first without recursion (inline nodes nest as deep as the source likes). */
function addInline(builder: BlockBuilder, nodes: PhrasingContent[] | Nodes[]): void {
  // Each entry: a list of siblings and the index of the next one to read.
  const stack: Array<{nodes: Nodes[]; next: number}> = [{nodes: nodes as Nodes[], next: 0}]
  while (stack.length > 0) {
    const top = stack[stack.length - 1]
    if (top.next >= top.nodes.length) {
      stack.pop()
      continue
    }
    const node = top.nodes[top.next++]
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'text') {
      builder.add(node.value, start, end, false)
    } else if (node.type === 'inlineCode') {
      const raw = builder.source !== undefined && start !== undefined && end !== undefined ? builder.source.slice(start, end) : ''
      if (/^``[^`]/u.test(raw) && raw.endsWith('``') && raw.includes("''")) {
        // TeX-style quotation marks (``…'') that Markdown paired as code: prose, marks and all.
        builder.add(raw, start, end, false)
      } else {
        // The code's own characters sit between its backticks.
        builder.add(node.value, start, end, true)
      }
    } else if (node.type === 'break') {
      builder.add('\n', start, end, false)
    } else if (opaqueInline.has(node.type)) {
      builder.add(' ', start, start === undefined ? undefined : start + 1, true)
    } else if ('children' in node) {
      stack.push({nodes: node.children as Nodes[], next: 0})
    }
  }
}

/**
 * Collects the prose blocks of a tree in document order. The walk keeps its own stack: remark-parse
 * accepts lists and block quotes thousands deep (`'> '.repeat(8000)`), deeper than the call stack.
 */
export function collectBlocks(tree: Root, source?: string): TextBlock[] {
  const blocks: TextBlock[] = []
  const builder = new BlockBuilder(source)
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (skipped.has(node.type)) continue
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      builder.reset()
      addInline(builder, node.children)
      const kind = node.type === 'tableCell' ? 'tableCell' : node.type
      blocks.push(builder.build(kind, node.type === 'heading' ? node.depth : 0, node.position?.end.offset))
    } else if ('children' in node) {
      // Pushed last to first, so that the first child is read first.
      const children = (node as Parents).children as Nodes[]
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index])
    }
  }
  return blocks
}
