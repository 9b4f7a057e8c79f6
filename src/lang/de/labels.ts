import type {BoxLabels} from '../../box/settings.js'

/** German words of the key-facts box. */
export const labels: BoxLabels = {
  locale: 'de',
  title: 'Auf einen Blick',
  when: 'Wann',
  who: 'Wer',
  voices: 'Stimmen',
  timeline: 'Chronik',
  published: 'Erschienen',
  dateline: 'Ort',
  decade: '{year}er',
  century: '{ordinal} Jahrhundert',
  ordinalSuffixes: {other: '.'},
  quarter: '{ordinal} Quartal {year}',
  week: 'Kalenderwoche {week}/{year}',
  seasons: {
    spring: 'Frühjahr {year}',
    summer: 'Sommer {year}',
    autumn: 'Herbst {year}',
    winter: 'Winter {year}'
  }
}
