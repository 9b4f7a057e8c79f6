/** Where text of a block stands in the source file. */
import type {Point, Position} from 'unist'
import {location} from 'vfile-location'
import type {TextBlock} from '../text/blocks.js'

/** A position for facts whose source cannot be located (a tree without positions). */
export const emptyPosition: Position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}

/** Maps block text ranges to positions in the source (when the source is known). */
export class SourceMap {
  private readonly place: ReturnType<typeof location> | null

  constructor(private readonly source: string | undefined) {
    this.place = source === undefined ? null : location(source)
  }

  private point(offset: number): Point | undefined {
    if (!this.place || offset < 0) return undefined
    return this.place.toPoint(offset)
  }

  /** The position of source offsets `start`…`end`. */
  position(start: number, end: number): Position | undefined {
    const a = this.point(start)
    const b = this.point(end)
    return a && b ? {start: a, end: b} : undefined
  }

  /** Just past the source of the block character at `at`: a character reference (`&ldquo;`) ends at its `;`. */
  private sourceEnd(block: TextBlock, at: number): number {
    const offset = block.offsets[at]
    const source = this.source
    if (source !== undefined && source[offset] === '&' && block.text[at] !== '&') {
      const semicolon = source.slice(offset, offset + 33).indexOf(';') + offset
      if (semicolon > offset && semicolon - offset <= 32) return semicolon + 1
    }
    return offset + 1
  }

  /** The position of block text `start`…`end`. */
  ofBlock(block: TextBlock, start: number, end: number): Position | undefined {
    return this.position(block.offsets[start], end > 0 ? this.sourceEnd(block, end - 1) : block.offsets[0])
  }
}
