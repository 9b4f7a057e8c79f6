/**
 * Runs a job over many articles, in this thread or in a pool of worker
 * threads, and hands the outcomes on in the order of the list, whatever order
 * the workers finish in.
 *
 * Memory stays flat however long the list: an outcome is handed on as soon as
 * it and every earlier one are done (a reorder buffer), and no task is sent
 * out more than `window` places ahead of the first one not yet handed on. When
 * handing on waits (a slow stdout), sending out waits too.
 */
import {Worker} from 'node:worker_threads'
import {type Job, type Outcome, type Task, articleWorker, firstLine} from './article.js'

export interface RunOptions {
  tasks: readonly Task[]
  job: Job
  /** Most worker threads; 1 runs in this thread. */
  jobs: number
  /** Called once per task, in `seq` order; the run waits for its promise. */
  onOutcome: (outcome: Outcome) => void | Promise<void>
  /**
   * Stops the run: no more articles are started, the worker threads are
   * terminated, and the run rejects with `Interrupted` once they have
   * stopped (in this thread: once the article at hand is done).
   */
  signal?: AbortSignal | undefined
}

/** What a run rejects with when its `signal` stopped it. */
export class Interrupted extends Error {
  constructor() {
    super('interrupted')
  }
}

/** Fewest articles per worker thread that make starting one worth it (a worker takes about half a second to load). */
export const articlesPerWorker = 16

/** Tasks in a worker's queue at once: one being worked on, one waiting, so it never idles on a round trip. */
const inFlightPerWorker = 2

/**
 * A worker thread's stack, in MB: what makes its JavaScript stack as deep as
 * the main thread's (V8's 984 kB, plus the 192 kB Node.js keeps back). Then
 * an article nested too deeply for the main thread is too deep in a worker
 * too, and the output does not depend on --jobs (a worker's default, 4 MB,
 * would take articles four times as deep).
 */
const workerStackMb = (984 + 192) / 1024

/** How many worker threads a run of `count` articles with `jobs` uses; 0 means in this thread. */
export function workerCount(count: number, jobs: number): number {
  const workers = Math.min(jobs, Math.floor(count / articlesPerWorker))
  return workers >= 2 ? workers : 0
}

/**
 * The worker's module. The installed command runs from `dist/`, next to
 * `worker.js`; the tests run the TypeScript sources, and then the built
 * `dist/cli/worker.js` is used (`npm test` builds first).
 */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/cli/worker.js', import.meta.url) : new URL('worker.js', import.meta.url)
}

export async function runArticles(options: RunOptions): Promise<void> {
  const workers = workerCount(options.tasks.length, options.jobs)
  if (workers === 0) {
    const work = articleWorker(options.job)
    for (const task of options.tasks) {
      if (options.signal?.aborted) throw new Interrupted()
      const outcome = await work(task)
      if (options.signal?.aborted) throw new Interrupted()
      await options.onOutcome(outcome)
    }
    return
  }
  await runInWorkers(options, workers)
}

interface Slot {
  worker: Worker
  /** Tasks sent and not yet answered. */
  inFlight: Map<number, Task>
  /** Answered at least one task (so a failure is not a failure to start). */
  answered: boolean
  /** Replaced or shut down: its events no longer count. */
  retired: boolean
}

function runInWorkers({tasks, job, onOutcome, signal}: RunOptions, count: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const window = count * 32
    const slots: Slot[] = []
    const waiting = new Map<number, Outcome>()
    let sent = 0
    let handed = 0
    let handing = false
    let settled = false

    const shutDown = async () => {
      for (const slot of slots) slot.retired = true
      await Promise.all(slots.map((slot) => slot.worker.terminate()))
    }

    const fail = (error: Error) => {
      if (settled) return
      settled = true
      void shutDown().then(() => reject(error), () => reject(error))
    }

    const feed = (slot: Slot) => {
      while (!slot.retired && slot.inFlight.size < inFlightPerWorker && sent < tasks.length && sent - handed < window) {
        const task = tasks[sent++]
        slot.inFlight.set(task.seq, task)
        slot.worker.postMessage(task)
      }
    }

    const handOn = async () => {
      if (handing || settled) return
      handing = true
      try {
        while (waiting.has(handed) && !settled) {
          const outcome = waiting.get(handed) as Outcome
          waiting.delete(handed)
          handed++
          await onOutcome(outcome)
          for (const slot of slots) feed(slot)
        }
      } catch (error) {
        handing = false
        fail(error as Error)
        return
      }
      handing = false
      if (handed === tasks.length && !settled) {
        settled = true
        void shutDown().then(resolve, reject)
      }
    }

    const start = (): Slot => {
      const slot: Slot = {worker: new Worker(workerUrl(), {workerData: job, resourceLimits: {stackSizeMb: workerStackMb}}), inFlight: new Map(), answered: false, retired: false}
      slot.worker.on('message', (outcome: Outcome) => {
        if (slot.retired) return
        slot.answered = true
        slot.inFlight.delete(outcome.seq)
        waiting.set(outcome.seq, outcome)
        feed(slot)
        void handOn()
      })
      const lost = (reason: string) => {
        if (slot.retired || settled) return
        slot.retired = true
        if (!slot.answered) {
          fail(new Error(`could not start a worker thread (${workerUrl().pathname}): ${reason}`))
          return
        }
        // The articles it held fail; a fresh worker takes its place.
        for (const task of slot.inFlight.values()) {
          waiting.set(task.seq, {seq: task.seq, path: task.path, ok: false, reason: `worker thread failed: ${reason}`})
        }
        slot.inFlight.clear()
        void slot.worker.terminate()
        const fresh = start()
        slots[slots.indexOf(slot)] = fresh
        feed(fresh)
        void handOn()
      }
      slot.worker.on('error', (error) => lost(firstLine(error)))
      slot.worker.on('exit', (code) => lost(`exited with code ${code}`))
      return slot
    }

    if (signal?.aborted) {
      reject(new Interrupted())
      return
    }
    signal?.addEventListener('abort', () => fail(new Interrupted()), {once: true})
    for (let index = 0; index < count; index++) slots.push(start())
    for (const slot of slots) feed(slot)
  })
}
