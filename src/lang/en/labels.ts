import type {BoxLabels} from '../../box/settings.js'

/** English words of the key-facts box. */
export const labels: BoxLabels = {
  locale: 'en',
  title: 'At a glance',
  when: 'When',
  who: 'Who',
  voices: 'Voices',
  timeline: 'Timeline',
  published: 'Published',
  dateline: 'Place',
  decade: '{year}s',
  century: '{ordinal} century',
  ordinalSuffixes: {one: 'st', two: 'nd', few: 'rd', other: 'th'},
  quarter: 'Q{quarter} {year}',
  week: 'Week {week}, {year}',
  seasons: {
    spring: 'Spring {year}',
    summer: 'Summer {year}',
    autumn: 'Autumn {year}',
    winter: 'Winter {year}'
  }
}
