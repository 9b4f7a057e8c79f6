/**
 * How `factbox check` shows messages: the vfile-reporter report that
 * remark-lint users know, written file by file as the files come in, or one
 * JSON line per message.
 */
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import type {MessageRecord} from './article.js'
import {printable} from './terminal.js'

export interface ReportOptions {
  /** Leave out files without messages. */
  quiet: boolean
  /** Errors only. */
  silent: boolean
  color: boolean
}

/** Counts of shown messages, as vfile-statistics counts them. */
export interface Tally {
  errors: number
  warnings: number
  infos: number
}

export function emptyTally(): Tally {
  return {errors: 0, warnings: 0, infos: 0}
}

export function count(tally: Tally, messages: readonly MessageRecord[]): void {
  for (const message of messages) {
    if (message.fatal === true) tally.errors++
    else if (message.fatal === false) tally.warnings++
    else tally.infos++
  }
}

/** The file with its messages, its name and their reasons made printable (the report goes to a terminal). */
function toVFile(path: string, messages: readonly MessageRecord[]): VFile {
  const file = new VFile({path: printable(path)})
  for (const record of messages) {
    const start = record.line === null ? undefined : {line: record.line, column: record.column ?? 1}
    const end = record.endLine === null ? undefined : {line: record.endLine, column: record.endColumn ?? 1}
    const message = new VFileMessage(printable(record.reason), {
      place: start && end ? {start, end} : start,
      ruleId: record.ruleId ?? undefined,
      source: record.source ?? undefined
    })
    message.file = file.path
    message.fatal = record.fatal ?? undefined
    if (record.url) message.url = record.url
    file.messages.push(message)
  }
  return file
}

/**
 * One file's part of the report (header and message rows, no summary line),
 * or '' when the options hide it.
 */
export function reportFile(path: string, messages: readonly MessageRecord[], options: ReportOptions): string {
  const shown = options.silent ? messages.filter((message) => message.fatal === true) : messages
  if (shown.length === 0 && (options.quiet || options.silent)) return ''
  const text = reporter([toVFile(path, messages)], {quiet: options.quiet, silent: options.silent, color: options.color})
  const lines = text.split('\n')
  // vfile-reporter ends a report with warnings or errors with an empty line and
  // their count; the counts of a whole run come once, at its end (`summaryLine`).
  if (shown.some((message) => message.fatal === true || message.fatal === false)) lines.splice(-2, 2)
  return lines.join('\n')
}

/** The closing line of a report, as vfile-reporter writes it (`✖ 1 error, ⚠ 2 warnings`), or '' with nothing to count. */
export function summaryLine(tally: Tally, options: ReportOptions): string {
  const red = options.color ? '\u001B[31m' : ''
  const yellow = options.color ? '\u001B[33m' : ''
  const reset = options.color ? '\u001B[39m' : ''
  const infos = options.silent ? 0 : tally.infos
  const warnings = options.silent ? 0 : tally.warnings
  const parts: string[] = []
  if (tally.errors) parts.push(`${red}✖${reset} ${tally.errors} error${tally.errors === 1 ? '' : 's'}`)
  if (warnings) parts.push(`${yellow}⚠${reset} ${warnings} warning${warnings === 1 ? '' : 's'}`)
  if (parts.length === 0) return ''
  const total = tally.errors + warnings + infos
  const line = parts.join(', ')
  return total !== tally.errors && total !== warnings ? `${total} messages (${line})` : line
}

/** A message as one JSON line of `check --format json`: the message's own fields, its file and severity. */
export type JsonMessage = MessageRecord & {
  file: string
  severity: 'error' | 'warning' | 'info'
}

export function jsonMessage(file: string, message: MessageRecord): JsonMessage {
  return {
    file,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    ruleId: message.ruleId,
    source: message.source,
    reason: message.reason,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    fatal: message.fatal,
    url: message.url
  }
}

/** An input that could not be read, as a JSON line: an error without a place or rule. */
export function jsonFailure(file: string, reason: string): JsonMessage {
  return {
    file,
    line: null,
    column: null,
    endLine: null,
    endColumn: null,
    ruleId: null,
    source: 'factbox',
    reason,
    severity: 'error',
    fatal: true,
    url: null
  }
}
