/**
 * The eighth blind set (test/blind8, MIT): written by another hand after the
 * fixes for the first seven blind sets, without reading the rules, their tests or
 * the other sets, and scored once, blind (figures in its README). The bars sit a
 * margin under that first run: a later change that loses ground here shows.
 */
import {fileURLToPath} from 'node:url'
import {describeScores} from './support/score.js'

const folder = (name: string): string => fileURLToPath(new URL(name, import.meta.url))

describeScores([
  [folder('blind8/en/'), 0.93, 0.93],
  [folder('blind8/fr/'), 0.94, 0.79],
  [folder('blind8/de/'), 0.96, 0.56]
])
