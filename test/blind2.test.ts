/**
 * The second blind set (test/blind2, MIT): written by another hand after the
 * first blind set's fixes, without reading the rules or the other sets, and
 * scored once before any rule was touched for it (first figures in its README).
 * The bars guard what later general fixes reached.
 */
import {fileURLToPath} from 'node:url'
import {describeScores} from './support/score.js'

const folder = (name: string): string => fileURLToPath(new URL(name, import.meta.url))

describeScores([
  [folder('blind2/en/'), 0.9, 0.8],
  [folder('blind2/fr/'), 0.97, 0.73],
  [folder('blind2/de/'), 0.96, 0.85]
])
