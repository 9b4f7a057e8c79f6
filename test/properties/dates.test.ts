/**
 * Properties of the dates an article yields, through `extractFacts`: whatever
 * the publication date, values have the TIMEX3 shape of their type, absolute
 * expressions do not move with it, relative ones resolve only with it, and
 * every calendar value can be placed on the box's timeline.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseTimex} from '../../src/box/timex.js'
import {extractFacts, type Language} from '../../src/index.js'
import {runs} from './arbitraries.js'

/** Expressions of every kind the tagger reads, each in a sentence of its language; `year`: it names its year. */
const phrases: Record<Language, Array<[phrase: string, year: boolean]>> = {
  de: [
    ['am 19. Juni 2024', true], ['am Mittwoch, dem 19. Juni', false], ['vom 3. bis 5. März 2022', true], ['am 15.02.2007', true],
    ['am 15.02.', false], ['am 3.4.99', true], ['im September 2023', true], ['Anfang Juni', false], ['im Mai des Vorjahres', false],
    ['im März nächsten Jahres', false], ['im Jahr 2011', true], ['1950–1953', true], ['von 1950 bis 1953', true], ['Ende 2023', true],
    ['in den 1990er Jahren', true], ['in den achtziger Jahren', true], ['im 19. Jahrhundert', true], ['im zwanzigsten Jahrhundert', true],
    ['heute', false], ['gestern Abend', false], ['vorgestern', false], ['übermorgen', false], ['heuer', false], ['jetzt', false], ['damals', false],
    ['am Mittwoch', false], ['am vergangenen Freitag', false], ['am kommenden Montag', false], ['am Sonntagabend', false], ['am Freitagmorgen', false],
    ['vergangene Woche', false], ['nächste Woche', false], ['in der ersten Woche', false], ['eine Woche später', false], ['am Tag darauf', false],
    ['am Vortag', false], ['im Vorjahr', false], ['letztes Jahr', false], ['dieses Jahr', false], ['nächsten Monat', false],
    ['am Wochenende', false], ['am vergangenen Wochenende', false], ['im Sommer 2020', true], ['im vergangenen Winter', false],
    ['im nächsten Frühjahr', false], ['im Herbst', false], ['im Sommer des Vorjahres', false], ['im ersten Quartal 2024', true],
    ['im zweiten Halbjahr', false], ['im letzten Quartal', false], ['im dritten Quartal des Vorjahres', false], ['seit 24 Jahren', false],
    ['seit Monaten', false], ['vor drei Jahren', false], ['vor zwei Wochen', false], ['vor einem Jahrzehnt', false], ['vor zwei Jahrhunderten', false],
    ['für drei Stunden', false], ['jahrelang', false], ['wochenlang', false], ['jeden Montag', false], ['jedes Jahr', false],
    ['alle zwei Jahre', false], ['montags', false], ['täglich', false], ['vierteljährlich', false], ['um 20.30 Uhr', false],
    ['von 14.30 bis 18 Uhr', false], ['um 20:30', false], ['an Weihnachten 2019', true], ['zu Ostern', false], ['an Pfingsten 2021', true],
    ['am Karfreitag', false], ['zu Silvester', false], ['der Ex-Minister', false], ['im Jänner 2020', true], ['im Feber', false]
  ],
  en: [
    ['on June 19, 2024', true], ['on 19 June 2024', true], ['in March 2021', true], ['on Wednesday', false], ['last Friday', false],
    ['next Monday', false], ['yesterday', false], ['today', false], ['tomorrow', false], ['last year', false], ['next month', false],
    ['three years ago', false], ['for two weeks', false], ['every Monday', false], ['daily', false], ['in 2019', true],
    ['in the 19th century', true], ['at Christmas 2019', true], ['at Easter', false], ['early June', false],
    ['last week', false], ['this year', false], ['in the 1990s', true], ['at 8:30', false], ['on Wednesday evening', false]
  ],
  fr: [
    ['le 19 juin 2024', true], ['en mars 2021', true], ['mercredi', false], ['mercredi dernier', false], ['lundi prochain', false],
    ['hier', false], ["aujourd'hui", false], ['demain', false], ["l'année dernière", false], ['le mois prochain', false],
    ['il y a trois ans', false], ['pendant deux semaines', false], ['chaque lundi', false], ['tous les ans', false], ['en 2019', true],
    ['au XIXe siècle', true], ["à Noël 2019", true], ['à Pâques', false], ['début juin', false], ['la semaine dernière', false],
    ['cette année', false], ['à 20 h 30', false], ['le 1er mai 2022', true], ['fin 2023', true], ['depuis 24 ans', false]
  ]
}

const frames: Record<Language, (phrase: string) => string> = {
  de: (phrase) => `Die Regierung hat ${phrase} über das Gesetz beraten.`,
  en: (phrase) => `The council met ${phrase} to discuss the harbour plan.`,
  fr: (phrase) => `Le conseil s'est réuni ${phrase} pour discuter du projet.`
}

/** TIMEX3 values by type. */
const shapes = {
  DATE: /^(?:\d{2,4}|\d{4}-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI)|\d{4}-\d{2}-\d{2}T(?:MO|MI|AF|EV|NI)|[\dX]{4}(?:-[\dX]{2}){0,2}|PAST_REF|PRESENT_REF|FUTURE_REF)(?:\/.+)?$/u,
  TIME: /^\d{4}-\d{2}-\d{2}T(?:MO|MI|AF|EV|NI|\d{2}:\d{2})$/u,
  DURATION: /^P(?:T?[\dX]+(?:\.\d+)?[YMWDHS]|[\dX]+(?:DE|CE|ML|WE|Q))$/u,
  SET: /^(?:P(?:T?[\dX]+[YMWDHS]|[\dX]+(?:DE|CE|ML|WE|Q))|XXXX-WXX-[1-7])$/u
}

const cases = (Object.keys(phrases) as Language[]).flatMap((lang) => phrases[lang].map(([phrase, year]) => ({lang, phrase, year})))

const day = fc
  .date({min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true})
  .map((date) => date.toISOString().slice(0, 10))

/** The dates of one framed phrase, with where the phrase stands. */
function datesOf(lang: Language, phrase: string, publicationDate: string | null) {
  const text = frames[lang](phrase)
  const from = text.indexOf(phrase)
  const facts = extractFacts(text, {lang, publicationDate})
  return {text, dates: facts.dates.filter((date) => date.position.start.offset! >= from && date.position.end.offset! <= from + phrase.length)}
}

describe('dates', {timeout: 60_000}, () => {
  it('are found in most of the phrases', () => {
    const missing = cases.filter(({lang, phrase}) => datesOf(lang, phrase, '2024-06-19').dates.length === 0)
    expect(missing.length / cases.length, JSON.stringify(missing.map((c) => c.phrase))).toBeLessThan(0.1)
  })

  it('have values of the shape of their type, and calendar values go on the timeline', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), day, ({lang, phrase}, publicationDate) => {
        const {text, dates} = datesOf(lang, phrase, publicationDate)
        for (const date of dates) {
          expect(text.slice(date.position.start.offset, date.position.end.offset)).toBe(date.text)
          if (date.value === null) continue
          expect(date.value, `${phrase}: ${date.type} ${date.value}`).toMatch(shapes[date.type])
          if ((date.type === 'DATE' || date.type === 'TIME') && !/X|REF/u.test(date.value)) {
            expect(parseTimex(date.value), `${phrase}: ${date.value}`).toBeDefined()
          }
        }
      }),
      runs(300)
    )
  })

  it('that name their year do not move with the publication date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases.filter((c) => c.year)), day, day, ({lang, phrase}, a, b) => {
        const values = (publicationDate: string) => datesOf(lang, phrase, publicationDate).dates.map((date) => date.value)
        expect(values(a)).toEqual(values(b))
      }),
      runs(200)
    )
  })

  it('that are relative resolve only against a publication date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases.filter((c) => !c.year)), day, ({lang, phrase}, publicationDate) => {
        const without = datesOf(lang, phrase, null).dates
        const withDate = datesOf(lang, phrase, publicationDate).dates
        expect(withDate.map((date) => date.text)).toEqual(without.map((date) => date.text))
        for (const [index, date] of without.entries()) {
          // Durations, sets and references need no anchor; points do.
          if (date.value !== null && date.type !== 'DURATION' && date.type !== 'SET' && !/REF/u.test(date.value)) {
            expect(date.value, phrase).toBe(withDate[index].value)
          }
        }
      }),
      runs(200)
    )
  })
})
