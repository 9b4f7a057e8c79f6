/** Times of day: clock times ("um 20.30 Uhr", "14.30-18 Uhr", "um 20:30") and parts of the day ("am Nachmittag"). */
import {formatDay, formatTime} from '../calendar.js'
import {contextDay, dayPartDay} from '../reference.js'
import type {Lexicon} from './lexicon.js'
import {B, before, DIGIT, E, norm, S} from './pattern.js'
import {defineRule, type Emit, type Rule} from './rule.js'

export function timeRules(x: Lexicon): Rule[] {
  return [clockTime(x), dayPart(x)]
}

/** An hour and its minutes as written ("20", "30"); minutes undefined when not written. */
interface Clock {
  h: string
  min: string | undefined
}

const HM = '(\\d{1,2})(?:[.:](\\d{2}))?'

// "um 20.30 Uhr", "14.30-18 Uhr", "8.30-12 und 14.30-16.30 Uhr", "um 20:30" (a bare one only after a cue)
function clockTime(x: Lexicon): Rule {
  const {RANGETO, CLOCK} = x.patterns
  return defineRule(
    'time',
    [DIGIT],
    [DIGIT],
    `(?<![\\p{L}\\p{N}]|\\p{N}[.,:])(?:${HM}\\s{0,2}[–—-]\\s{0,2}${HM}${S}${RANGETO}${S})?${HM}(?:\\s{0,2}[–—-]\\s{0,2}${HM})?\\s{0,3}(${CLOCK})${E}|(?<![\\p{L}\\p{N}]|\\p{N}[.,:])(\\d{1,2}):(\\d{2})(?![\\p{N}]|[.:]\\p{N})`,
    (m, text, emit) => {
      const g = m.slice(1)
      const times: Clock[] = []
      if (g[9] !== undefined) {
        if (!x.cues.time.test(before(text, m.index))) return
        times.push({h: g[9], min: g[10]})
      } else {
        if (g[0] !== undefined) times.push({h: g[0], min: g[1]}, {h: g[2], min: g[3]})
        times.push({h: g[4], min: g[5]})
        if (g[6] !== undefined) times.push({h: g[6], min: g[7]})
      }
      for (const t of times) if (Number(t.h) > 24 || (t.min !== undefined && Number(t.min) > 59)) return
      emitTimes(m, times, emit)
    }
  )
}

/** Each time of a match as an expression of its own, located left to right; the last one ends where the match does. */
function emitTimes(m: RegExpExecArray, times: Clock[], emit: Emit): void {
  const base = m.index
  const all = m[0]
  let cursor = 0
  times.forEach((t, i) => {
    const piece = t.min !== undefined ? new RegExp(`${t.h}[.:]${t.min}`).exec(all.slice(cursor)) : new RegExp(`(?<!\\d)${t.h}(?!\\d)`).exec(all.slice(cursor))
    if (!piece) return
    const s = cursor + piece.index
    let e = s + piece[0].length
    cursor = e
    if (i === times.length - 1) e = all.length
    const hour = Number(t.h)
    const minute = t.min !== undefined ? Number(t.min) : 0
    emit({
      start: base + s, end: base + e, span: all.length, type: 'TIME',
      resolve: (r) => {
        const day = contextDay(r)
        return day ? formatDay(day) + formatTime(hour, minute) : null
      }
    })
  })
}

// "am Nachmittag", "in der Nacht", "in den frühen Morgenstunden"
function dayPart(x: Lexicon): Rule {
  const {DPCUE, ART, DPADJ, DAYPART} = x.patterns
  return defineRule(
    'day-part',
    [x.locale.dayPartCues],
    [Object.keys(x.locale.dayParts)],
    `${B}${DPCUE}${S}((?:${ART}${S})?(?:${DPADJ}${S})?(${DAYPART}))${E}`,
    (m, _text, emit) => {
      const [all, extent, part] = m
      const dp = x.words.dayParts.get(norm(part))!
      const start = m.index + all.length - extent.length
      emit({
        start, end: m.index + all.length, span: all.length, type: 'TIME',
        resolve: (r) => { const day = dayPartDay(r); return day ? `${formatDay(day)}T${dp}` : null }
      })
    }
  )
}
