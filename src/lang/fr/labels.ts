import type {BoxLabels} from '../../box/settings.js'

/** French words of the key-facts box. */
export const labels: BoxLabels = {
  locale: 'fr',
  title: 'L’essentiel',
  when: 'Quand',
  who: 'Qui',
  voices: 'Citations',
  timeline: 'Chronologie',
  published: 'Publié le',
  dateline: 'Lieu',
  decade: 'années {year}',
  century: '{ordinal} siècle',
  ordinalSuffixes: {one: 'er', other: 'e'},
  quarter: '{ordinal} trimestre {year}',
  week: 'semaine {week} de {year}',
  seasons: {
    spring: 'printemps {year}',
    summer: 'été {year}',
    autumn: 'automne {year}',
    winter: 'hiver {year}'
  }
}
