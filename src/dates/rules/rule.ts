import type {TemporalType} from '../../types.js'
import type {Direction} from '../locale.js'
import type {Resolver} from '../reference.js'
import {DIGIT, firstToken} from './pattern.js'

/** A temporal expression found by a rule, not yet resolved. */
export interface Candidate {
  /** Extent of the expression (what is reported). */
  start: number
  end: number
  /** The whole match, cue words included: the longer match wins an overlap. */
  span: number
  type: TemporalType
  /** Whether the expression names its own year (it then sets the year of its sentence). */
  explicitYear?: number
  /** A direction the expression's own words give ("2 octobre prochain", "samedi dernier"): it beats the tense. */
  direction?: Direction
  resolve: (r: Resolver) => string | null
}

export type Emit = (c: Candidate) => void

/**
 * One pattern family: a precompiled sticky regex, tried only where a word that can begin it stands,
 * and what to make of a match.
 */
export interface Rule {
  name: string
  re: RegExp
  /** Lower-cased first words (their leading letters and digits) a match can begin with; DIGIT for a number. */
  first: Set<string>
  /** Words of which one must stand in every match (the head: a unit, a month): the rule is tried only when one follows closely. */
  heads: Set<string>
  handle: (m: RegExpExecArray, text: string, emit: Emit) => void
}

/** The scan keys of lists of words: their first tokens (DIGIT for a number). */
function keys(lists: Array<Iterable<string>>): Set<string> {
  const set = new Set<string>()
  for (const list of lists) for (const w of list) set.add(w === DIGIT ? DIGIT : firstToken(w))
  set.delete('')
  return set
}

/**
 * A rule named `name`: its pattern `source` is tried where a word of `firsts` stands and a word of
 * `heads` follows closely (DIGIT for a number); `handle` reads each match.
 */
export function defineRule(name: string, firsts: Array<Iterable<string>>, heads: Array<Iterable<string>>, source: string, handle: Rule['handle']): Rule {
  return {name, re: new RegExp(source, 'uy'), first: keys(firsts), heads: keys(heads), handle}
}
