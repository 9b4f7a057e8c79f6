/**
 * Ctrl-C (SIGINT) and SIGTERM while a build stages its pages: the first one
 * stops the run (its `signal` aborts), later ones are taken and ignored, so
 * the cleanup that follows cannot be cut short or crash.
 */
import {constants} from 'node:os'

/** Where the signals come from: the process, or a stand-in in tests. */
export interface SignalSource {
  on(event: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown
  removeListener(event: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown
}

const caught: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM']

export class Interruption {
  /** The first signal received, or null. */
  received: NodeJS.Signals | null = null
  private readonly controller = new AbortController()
  private readonly listener = (signal: NodeJS.Signals) => {
    if (this.received !== null) return
    this.received = signal
    this.controller.abort()
  }

  constructor(private readonly source: SignalSource) {
    for (const name of caught) source.on(name, this.listener)
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  /** The exit code of a process ended by the signal received: 128 + its number (130 for SIGINT, 143 for SIGTERM). */
  get exitCode(): number {
    return 128 + (this.received === null ? 0 : constants.signals[this.received])
  }

  /** Stops listening: from now on the signals do what they do by default. */
  dispose(): void {
    for (const name of caught) this.source.removeListener(name, this.listener)
  }
}
