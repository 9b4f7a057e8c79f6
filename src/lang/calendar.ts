/** Calendar words of every language, for the questions names ask: no one is called "Samstagabend" or "Sunday". */
import {dateLocales} from './dates.js'

/** Day, month and time-of-day words of every language, lower case: no one is called "Samstagabend" or "Sunday". */
const calendarWords: readonly string[] = (() => {
  const all = new Set<string>()
  for (const locale of Object.values(dateLocales)) {
    for (const table of [locale.months, locale.weekdays, locale.dayParts]) for (const word of Object.keys(table)) if (word.length >= 3) all.add(word.toLowerCase())
  }
  return [...all]
})()

const calendarSet = new Set(calendarWords)
/** The day words a compound may start with (five letters or more): "Samstag" in "Samstagabend". */
const calendarStems = calendarWords.filter((w) => w.length >= 5)

/** Whether a word is a day or month word, or a compound that starts with a weekday: "Samstagabend", "Sonntagmorgen". */
export function isCalendarWord(lower: string): boolean {
  if (calendarSet.has(lower)) return true
  if (lower.length < 8) return false
  for (const w of calendarStems) if (lower.length > w.length + 2 && lower.startsWith(w)) return true
  return false
}

/** Weekday words of every language, lower case ("thursday", "montag", "lundi"). */
const weekdays = new Set(Object.values(dateLocales).flatMap((locale) => Object.keys(locale.weekdays).filter((word) => word.length >= 3).map((word) => word.toLowerCase())))

/** Whether a word is a weekday ("Thursday", "Montag"): written after a name, it is when, not who ("MSNBC Monday"). */
export function isWeekday(lower: string): boolean {
  return weekdays.has(lower)
}
