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
  readonly chars: string[] = []
  readonly offsets: number[] = []
  readonly opaque: number[] = []
  constructor(private readonly source: string | undefined) {}

  /** Adds `value`, aligned to the source between `start` and `end`. */
  add(value: string, start: number | undefined, end: number | undefined, opaque: boolean): void {
    const at = this.chars.length
    for (const ch of value) {
      // Keep UTF-16 code units one to one with offsets.
      for (let k = 0; k < ch.length; k++) this.chars.push(ch[k])
    }
    const n = this.chars.length - at
    if (start === undefined || end === undefined) {
      for (let i = 0; i < n; i++) {
        this.offsets.push(-1)
        this.opaque.push(opaque ? 1 : 0)
      }
      return
    }
    const source = this.source
    if (source === undefined || source.slice(start, end) === value) {
      for (let i = 0; i < n; i++) {
        this.offsets.push(Math.min(start + i, end))
        this.opaque.push(opaque ? 1 : 0)
      }
      return
    }
    // Escapes, entities, indentation of continuation lines: walk both in step.
    let j = start
    for (let i = 0; i < n; i++) {
      const ch = value[i]
      while (j < end && source[j] !== ch) {
        if (source[j] === '&') {
          const semi = source.indexOf(';', j)
          if (semi > j && semi - j <= 32 && semi < end) {
            // A character reference decoded to `ch`.
            break
          }
        }
        j++
      }
      this.offsets.push(Math.min(j, end))
      this.opaque.push(opaque ? 1 : 0)
      if (j < end && source[j] === '&' && ch !== '&') {
        const semi = source.indexOf(';', j)
        j = semi + 1
      } else if (j < end) {
        j++
      }
    }
  }

  build(kind: TextBlock['kind'], depth: number, end: number | undefined): TextBlock {
    const offsets = Int32Array.from([...this.offsets, end ?? -1])
    return {kind, depth, text: this.chars.join(''), offsets, opaque: Uint8Array.from(this.opaque)}
  }
}

function addInline(builder: BlockBuilder, nodes: PhrasingContent[] | Nodes[]): void {
  for (const node of nodes as Nodes[]) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'text') {
      builder.add(node.value, start, end, false)
    } else if (node.type === 'inlineCode') {
      // The code's own characters sit between its backticks.
      builder.add(node.value, start, end, true)
    } else if (node.type === 'break') {
      builder.add('\n', start, end, false)
    } else if (opaqueInline.has(node.type)) {
      builder.add(' ', start, start === undefined ? undefined : start + 1, true)
    } else if ('children' in node) {
      addInline(builder, node.children as Nodes[])
    }
  }
}

/** Collects the prose blocks of a tree in document order. */
export function collectBlocks(tree: Root, source?: string): TextBlock[] {
  const blocks: TextBlock[] = []
  const walk = (node: Nodes): void => {
    if (skipped.has(node.type)) return
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const builder = new BlockBuilder(source)
      addInline(builder, node.children)
      const kind = node.type === 'tableCell' ? 'tableCell' : node.type
      blocks.push(builder.build(kind, node.type === 'heading' ? node.depth : 0, node.position?.end.offset))
      return
    }
    if ('children' in node) for (const child of (node as Parents).children) walk(child as Nodes)
  }
  walk(tree)
  return blocks
}
