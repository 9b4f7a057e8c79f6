/**
 * What the command reads, and how: regular files only, no larger than a
 * limit, read with a bounded read that a file swapped for a pipe or a device
 * cannot hang or blow up; and plain words for what goes wrong.
 */
import {type Stats, constants} from 'node:fs'
import {type FileHandle, lstat, open, stat} from 'node:fs/promises'

/** The largest file read, in bytes, and how to say it (`5MB`). */
export interface SizeLimit {
  bytes: number
  text: string
}

/** The default `--max-size`. */
export const defaultMaxSize: SizeLimit = {bytes: 5_000_000, text: '5MB'}

/** The largest `--max-size` taken: more would not fit in one JavaScript string. */
const largestMaxSize = 500_000_000

const units: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1000,
  kb: 1000,
  kib: 1024,
  m: 1_000_000,
  mb: 1_000_000,
  mib: 1024 ** 2,
  g: 1_000_000_000,
  gb: 1_000_000_000,
  gib: 1024 ** 3
}

/**
 * Reads a size: bytes (`5000000`), or a number with a unit (`500kB`, `5MB`,
 * `1.5MiB`; k, M and G are powers of 1000, Ki, Mi and Gi of 1024; any case).
 * Returns a reason when it is not one.
 */
export function parseSize(value: string): SizeLimit | string {
  const match = /^(\d{1,12}(?:\.\d{1,6})?) ?([a-z]{0,3})$/iu.exec(value.trim())
  const unit = match?.[2].toLowerCase() ?? ''
  if (!match || !Object.hasOwn(units, unit)) return `--max-size must be a size like 5MB, 500kB or 100000 (bytes), not ${JSON.stringify(value)}`
  const bytes = Math.floor(Number(match[1]) * units[unit])
  if (bytes < 1) return `--max-size must be at least 1 byte, not ${JSON.stringify(value)}`
  if (bytes > largestMaxSize) return `--max-size must be at most 500MB, not ${JSON.stringify(value)}`
  return {bytes, text: value.trim()}
}

/** Why a file system error stopped us, in a few plain words (no code, no path). */
export function errnoReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    case 'ELOOP':
      return 'symbolic link loop'
    case 'ENAMETOOLONG':
      return 'file name too long'
    case 'ENXIO':
    case 'ENODEV':
      return 'is not a file (a socket or a device)'
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files'
    case 'EIO':
      return 'input/output error'
    case 'EBUSY':
      return 'file is busy'
    case 'ENOSPC':
      return 'no space left on device'
    case 'EROFS':
      return 'read-only file system'
    case 'EEXIST':
      return 'already exists'
    default: {
      // `EINVAL: invalid argument, open '/path'` → `invalid argument`
      const text = error instanceof Error ? error.message.split('\n')[0] : String(error)
      const described = /^[A-Z][A-Z\d]+: ([^,]*)/u.exec(text)
      return described ? described[1] : text
    }
  }
}

/** Why a file found by `stat` is not one to read: not a regular file, or too large; null when it is fine. */
export function refusal(stats: Stats, limit: SizeLimit): string | null {
  if (stats.isFile()) return stats.size > limit.bytes ? `is larger than ${limit.text} (see --max-size)` : null
  if (stats.isDirectory()) return 'is a directory'
  if (stats.isFIFO()) return 'is a named pipe (FIFO), not a file'
  if (stats.isSocket()) return 'is a socket, not a file'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'is a device, not a file'
  return 'is not a regular file'
}

/** Why a path that `stat` could not follow cannot be read: a dangling link is named as one. */
export async function statFailure(path: string, error: unknown): Promise<string> {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') {
    try {
      if ((await lstat(path)).isSymbolicLink()) return 'is a broken symbolic link'
    } catch {
      // Not there at all.
    }
  }
  return errnoReason(error)
}

export type Bytes = {ok: true; value: Buffer} | {ok: false; reason: string}

/**
 * Reads a regular file of at most `limit` bytes. It is checked with `stat`
 * before it is opened (a FIFO would block the open, a device has no end) and
 * with `fstat` after; it is opened non-blocking, and never more than
 * `limit + 1` bytes are read, so a file swapped for a pipe or a device in
 * between can neither hang the read nor grow memory. With `noFollow`, a path
 * whose last part is (or has become) a symbolic link is not read.
 */
export async function readBounded(path: string, limit: SizeLimit, noFollow = false): Promise<Bytes> {
  const tooLarge = `is larger than ${limit.text} (see --max-size)`
  try {
    const stats = await (noFollow ? lstat : stat)(path)
    if (stats.isSymbolicLink()) return {ok: false, reason: 'is a symbolic link'}
    const reason = refusal(stats, limit)
    if (reason !== null) return {ok: false, reason}
  } catch (error) {
    return {ok: false, reason: await statFailure(path, error)}
  }
  let handle: FileHandle
  try {
    const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (noFollow ? (constants.O_NOFOLLOW ?? 0) : 0)
    handle = await open(path, flags)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {ok: false, reason: noFollow && code === 'ELOOP' ? 'is a symbolic link' : errnoReason(error)}
  }
  try {
    const stats = await handle.stat()
    const reason = refusal(stats, limit)
    if (reason !== null) return {ok: false, reason}
    // Room for the whole file and one byte more, to see its end (or that it grew past the limit).
    let buffer = Buffer.allocUnsafe(Math.min(stats.size + 1, limit.bytes + 1))
    let total = 0
    for (;;) {
      if (total === buffer.length) {
        if (total > limit.bytes) return {ok: false, reason: tooLarge}
        const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit.bytes + 1))
        buffer.copy(larger)
        buffer = larger
      }
      const {bytesRead} = await handle.read(buffer, total, buffer.length - total, null)
      if (bytesRead === 0) break
      total += bytesRead
    }
    return {ok: true, value: buffer.subarray(0, total)}
  } catch (error) {
    return {ok: false, reason: errnoReason(error)}
  } finally {
    await handle.close().catch(() => undefined)
  }
}
