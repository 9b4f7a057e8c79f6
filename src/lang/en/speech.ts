/**
 * English words for finding who said what, by topic: verbs, grammar, roles, bodies, names, sources.
 * Words only; the rules live in src/speakers.
 */
import type {SpeechLocale} from '../types.js'
import {bodies} from './bodies.js'
import {grammar} from './grammar.js'
import {names} from './names.js'
import {roles} from './roles.js'
import {sources} from './sources.js'
import {verbs} from './verbs.js'

export const speech: SpeechLocale = {...verbs, ...grammar, ...roles, ...bodies, ...names, ...sources}
