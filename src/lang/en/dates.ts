import type {DateLocale} from '../../dates/locale.js'

const units: Record<string, number> = {one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9}
const tens: Record<string, number> = {twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90}

/** Number words of two: "forty-two", "twenty one", "two hundred". */
function compoundNumbers(): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [t, m] of Object.entries(tens)) {
    for (const [u, n] of Object.entries(units)) {
      out[`${t}-${u}`] = m + n
      out[`${t} ${u}`] = m + n
    }
  }
  for (const [u, n] of Object.entries(units)) out[`${u} hundred`] = n * 100
  return out
}

/** English words for the temporal tagger: the basics (months, weekdays, units, deictic days, "ago"). */
export const dates: DateLocale = {
  lang: 'en',
  months: {
    January: 1, Jan: 1, February: 2, Feb: 2, March: 3, Mar: 3, April: 4, Apr: 4, May: 5, June: 6, Jun: 6, July: 7, Jul: 7,
    August: 8, Aug: 8, September: 9, Sept: 9, Sep: 9, October: 10, Oct: 10, November: 11, Nov: 11, December: 12, Dec: 12
  },
  monthsCapitalized: true,
  weekdays: {Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6, Sunday: 7},
  weekdayAdverbs: {Mondays: 1, Tuesdays: 2, Wednesdays: 3, Thursdays: 4, Fridays: 5, Saturdays: 6, Sundays: 7},
  dayParts: {morning: 'MO', noon: 'MI', afternoon: 'AF', evening: 'EV', night: 'NI'},
  dayPartsAfterDay: {morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI'},
  dayPartCues: ['in the', 'during the', 'on the', 'overnight', 'at'],
  weekendCues: [],
  dayPartAdjectives: ['early', 'late'],
  relativeDays: {yesterday: -1, today: 0, tomorrow: 1},
  relativeDayAdjectives: {},
  casualYears: {},
  referenceWords: {now: 'PRESENT_REF', recently: 'PAST_REF', soon: 'FUTURE_REF'},
  formerPrefixes: [],
  relativeModifiers: {last: -1, past: -1, previous: -1, this: 0, next: 1, coming: 1},
  relativeModifiersAfter: {},
  calendarNouns: {
    year: {kind: 'unit', unit: 'Y'}, month: {kind: 'unit', unit: 'M'}, week: {kind: 'unit', unit: 'W'},
    weekend: {kind: 'unit', unit: 'WE'},
    spring: {kind: 'season', season: 'SP'}, summer: {kind: 'season', season: 'SU'},
    autumn: {kind: 'season', season: 'FA'}, fall: {kind: 'season', season: 'FA'}, winter: {kind: 'season', season: 'WI'},
    quarter: {kind: 'quarter'}
  },
  anchorShifts: {later: 1, after: 1, before: -1, earlier: -1},
  numbers: {
    a: 1, an: 1, ...units, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
    seventeen: 17, eighteen: 18, nineteen: 19, ...tens, hundred: 100, 'a hundred': 100, ...compoundNumbers()
  },
  ordinals: {first: 1, second: 2, third: 3, fourth: 4, fifth: 5},
  lastOrdinals: ['last'],
  units: {
    year: 'Y', years: 'Y', month: 'M', months: 'M', week: 'W', weeks: 'W', day: 'D', days: 'D', hour: 'H', hours: 'H',
    minute: 'MIN', minutes: 'MIN', decade: 'DE', decades: 'DE', century: 'CE', centuries: 'CE'
  },
  vagueDurationAdverbs: {},
  vagueQuantifiers: ['several', 'many', 'few', 'some'],
  approximators: ['more than', 'less than', 'almost', 'nearly', 'about', 'around', 'over', 'some'],
  durationCues: ['for', 'in', 'within', 'after', 'over', 'during'],
  agoBefore: [],
  agoAfter: ['ago'],
  ageCuesBefore: ['aged', 'age'],
  ageCuesAfter: ['old'],
  setQuantifiers: ['every', 'each'],
  frequencyStems: {daily: 'D', weekly: 'W', monthly: 'M', yearly: 'Y', annually: 'Y', hourly: 'H'},
  adjectiveEndings: [''],
  articles: ['the'],
  partModifiers: ['early', 'mid', 'late', 'the beginning of', 'the end of'],
  monthCues: ['in', 'since', 'until', 'from', 'by', 'of', 'early', 'mid', 'late', 'end of', 'beginning of', 'last', 'next', 'this'],
  yearCues: ['in', 'since', 'until', 'from', 'by', 'of', 'year', 'early', 'mid', 'late'],
  yearNouns: ['year'],
  yearNounsGenitive: [],
  rangeFrom: ['from', 'between'],
  rangeTo: ['to', 'and', 'until'],
  daySuffixes: ['', 'st', 'nd', 'rd', 'th'],
  monthDayOrder: true,
  numericDateSeparators: ['/'],
  decadeSuffix: 's',
  decadeNouns: [],
  decadeEndings: [],
  decadeWords: {},
  centuryNouns: ['century'],
  clockWords: ["o'clock"],
  timeCues: ['at', 'from', 'until', 'by'],
  capitalizedNouns: false,
  nonYearFollowers: ['percent', 'dollars', 'euros', 'people', 'km', 'm', 'kg', 'miles'],
  nonYearPrecursors: ['No.', 'number', 'page', 'about', 'around', 'over', '$', '€'],
  holidays: {Christmas: {month: 12, day: 25}, 'New Year': {month: 1, day: 1}, Easter: {easter: 0}},
  nightNouns: ['night'],
  nightFrom: ['of', 'from'],
  nightTo: ['to', 'into'],
  futureCues: [
    'will', 'shall', 'll', 'going to', 'plans', 'expected', 'scheduled', 'is due to', 'are due to', 'is set to', 'are set to',
    'plan to', 'intends to'
  ],
  pastCues: ['was', 'were', 'had', 'has', 'have', 'did', 'said'],
  // "would meet" is to come (also in reported speech), "would have met" past
  modalCues: {would: 1, could: 0, might: 0, may: 0, should: 0, must: 0},
  perfectInfinitives: {},
  perfectAfterModal: ['have'],
  participleAfterModal: false,
  participleEndings: [],
  participleStarts: [],
  participleInfixes: [],
  participleWords: [],
  participleExceptions: [],
  modalSkips: ['not', 'also', 'never', 'still', 'already', 'probably', 'likely', 'only', 'then'],
  futureEndings: [],
  futureEndingExceptions: []
}
