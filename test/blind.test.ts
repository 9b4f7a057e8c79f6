/**
 * The blind set (test/blind, MIT): written by a third hand without reading the
 * rules or the other sets, and scored once before any rule was touched for it
 * (first figures in its README). The bars guard what later general fixes reached.
 */
import {fileURLToPath} from 'node:url'
import {describeScores} from './support/score.js'

const folder = (name: string): string => fileURLToPath(new URL(name, import.meta.url))

describeScores([
  [folder('blind/en/'), 0.92, 0.87],
  [folder('blind/fr/'), 0.95, 0.85],
  [folder('blind/de/'), 0.95, 0.95]
])
