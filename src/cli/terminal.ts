/**
 * Where the command writes: the streams it was given, a progress line on an
 * interactive terminal, and waiting for a slow reader of stdout.
 */
import type {SignalSource} from './signals.js'

export interface Io {
  stdout: (text: string) => boolean | void
  stderr: (text: string) => boolean | void
  /** Resolves when stdout takes more after `stdout()` returned false. */
  drain?: (() => Promise<void>) | undefined
  stdoutIsTTY?: boolean | undefined
  stderrIsTTY?: boolean | undefined
  env?: Readonly<Record<string, string | undefined>> | undefined
  cwd?: string | undefined
  /** Where SIGINT and SIGTERM come from (default: the process). */
  signals?: SignalSource | undefined
}

/** `CI` set to anything but empty, `0` or `false`. */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env.CI
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false'
}

/** Colour in the human report: stdout is a terminal and `NO_COLOR` is not set, or `FORCE_COLOR` asks for it. */
export function wantsColor(io: Io, disabled: boolean): boolean {
  const env = io.env ?? {}
  if (disabled || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true
  return io.stdoutIsTTY === true && env.TERM !== 'dumb'
}

/**
 * Characters that would act on a terminal rather than show: C0 and C1
 * controls, DEL, and the marks that reorder or break lines (bidi overrides,
 * isolates and marks, line and paragraph separators).
 */
const unprintable = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]/gu

/** A file name or message made safe to show on a terminal: `a\u001Bb.md` → `a\x1Bb.md`. */
export function printable(text: string): string {
  return text.replace(unprintable, (character) => {
    const code = character.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`
  })
}

const clearLine = '\r\u001B[2K'
const redrawEvery = 100

/**
 * Output of one run. On a terminal outside CI, stderr shows one progress line
 * (`factbox: 120/10000 files`) that is redrawn at most every 100 ms, taken
 * away before anything else is written, and cleared at the end.
 */
export class Terminal {
  readonly progress: boolean
  private shown = false
  private lastDraw = 0

  constructor(private readonly io: Io) {
    this.progress = io.stderrIsTTY === true && !isCi(io.env ?? {})
  }

  /** Writes to stdout; waits while a slow reader catches up. */
  async out(text: string): Promise<void> {
    // On a terminal, stdout and stderr share the screen: the progress line goes first.
    if (this.io.stdoutIsTTY) this.clear()
    if (this.io.stdout(text) === false && this.io.drain) await this.io.drain()
  }

  err(text: string): void {
    this.clear()
    this.io.stderr(text)
  }

  /** One line on stderr about one file: `factbox: <file>: <reason>`, both made printable. */
  problem(file: string, reason: string): void {
    this.err(`factbox: ${printable(file)}: ${printable(reason)}\n`)
  }

  /** `done` of `total` articles are finished. */
  update(done: number, total: number): void {
    if (!this.progress) return
    const now = Date.now()
    if (done < total && now - this.lastDraw < redrawEvery) return
    this.lastDraw = now
    this.io.stderr(`${clearLine}factbox: ${done}/${total} files`)
    this.shown = true
  }

  /** Takes the progress line away. */
  clear(): void {
    if (!this.shown) return
    this.io.stderr(clearLine)
    this.shown = false
  }
}
