import {describe, expect, it} from 'vitest'
import {findTemporalExpressions} from '../../src/dates/index.js'
import type {Language} from '../../src/types.js'

// The examples in the doc comments of src/dates/rules/<family>.ts, one table per family, so that a comment
// cannot drift from what its rule does. Published Wednesday 2024-06-19.
type Example = [text: string, expected: Array<[string, string | null, string]>, lang?: Language]

const read = (text: string, lang: Language = 'de') =>
  findTemporalExpressions(text, {publicationDate: '2024-06-19', lang}).map((m) => [m.text, m.value, m.type])

const families: Record<string, Example[]> = {
  days: [
    ['Donnerstag, 25. Februar', [['Donnerstag, 25. Februar', '2024-02-25', 'DATE']]],
    ['vom 5. bis 22. November', [['5.', '2024-11-05', 'DATE'], ['22. November', '2024-11-22', 'DATE']]],
    ['Wednesday, June 19th was hot.', [['Wednesday, June 19th', '2024-06-19', 'DATE']], 'en'],
    ['On 15/02/07 he came.', [['15/02/07', '2007-02-15', 'DATE']], 'en'],
    ['am 15.02. kam er', [['15.02.', '2024-02-15', 'DATE']]]
  ],
  months: [
    ['Juli dieses Jahres', [['Juli dieses Jahres', '2024-07', 'DATE']]],
    ['Das war im Mai und Juni.', [['Mai', '2024-05', 'DATE'], ['Juni', '2024-06', 'DATE']]]
  ],
  years: [
    ['zwischen 1943 und 1945', [['1943', '1943', 'DATE'], ['1945', '1945', 'DATE']]],
    ['von 1950 bis 1953', [['1950 bis 1953', '1950/1953', 'DATE']]],
    ['Die Saison 1998/99 war gut.', [['1998/99', '1998/1999', 'DATE']]],
    ['Die Firma hat 2000 Quadratmeter.', []],
    ['Die Neunzigerjahre waren anders.', [['Die Neunzigerjahre', '199', 'DATE']]],
    ['In den 90ern war das so.', [['den 90ern', '199', 'DATE']]],
    ['In the 1990s it was so.', [['the 1990s', '199', 'DATE']], 'en'],
    ['Mitte der 90er Jahre', [['Mitte der 90er Jahre', '199', 'DATE']]],
    ['Im Laufe des zwanzigsten Jahrhunderts geschah es.', [['des zwanzigsten Jahrhunderts', '19', 'DATE']]]
  ],
  calendar: [
    ['Im Jahr 2011 kam er.', [['Jahr 2011', '2011', 'DATE']]],
    ['Am Tag darauf reiste er ab.', [['Tag darauf', '2024-06-20', 'DATE']]],
    ['Am folgenden Tag reiste er ab.', [['folgenden Tag', '2024-06-20', 'DATE']]],
    ['Das war am heutigen Tag.', [['heutigen Tag', '2024-06-19', 'DATE']]],
    ['Vergangenes Wochenende war es warm.', [['Vergangenes Wochenende', '2024-W24-WE', 'DATE']]],
    ['Er blieb übers Wochenende.', [['Wochenende', '2024-W25-WE', 'DATE']]],
    ['Am Vortag hatte er gesagt.', [['Vortag', '2024-06-18', 'DATE']]],
    ['Im Herbst dieses Jahres wird gewählt.', [['Herbst dieses Jahres', '2024-FA', 'DATE']]],
    ['Vergangenen Winter war es kalt.', [['Vergangenen Winter', '2024-WI', 'DATE']]],
    ['Im Frühjahr wird gewählt.', [['Frühjahr', '2025-SP', 'DATE']]],
    ['Im ersten Quartal 2024 stieg der Umsatz.', [['ersten Quartal 2024', '2024-Q1', 'DATE']]],
    ['Im zweiten Halbjahr wird es besser.', [['zweiten Halbjahr', '2024-H2', 'DATE']]],
    ['Vergangenes Quartal war schwach.', [['Vergangenes Quartal', '2024-Q1', 'DATE']]]
  ],
  weekdays: [
    ['Am Dienstagabend kam er.', [['Dienstagabend', '2024-06-18TEV', 'TIME']]],
    ['am kommenden Montag', [['kommenden Montag', '2024-06-24', 'DATE']]],
    ['Er wird diesen Montag kommen.', [['diesen Montag', '2024-06-24', 'DATE']]],
    ['Il a parlé ce mardi.', [['ce mardi', '2024-06-18', 'DATE']], 'fr'],
    ['Le conseil se réunira lundi prochain.', [['lundi prochain', '2024-06-24', 'DATE']], 'fr'],
    ['Il est parti samedi dernier.', [['samedi dernier', '2024-06-15', 'DATE']], 'fr']
  ],
  sets: [
    ['alle zwei Jahre', [['alle zwei Jahre', 'P2Y', 'SET']]],
    ['jeden Montag', [['jeden Montag', 'XXXX-WXX-1', 'SET']]],
    ['montags', [['montags', 'XXXX-WXX-1', 'SET']]],
    ['täglich', [['täglich', 'P1D', 'SET']]]
  ],
  casual: [
    ['Er kommt morgen früh.', [['morgen früh', '2024-06-20TMO', 'TIME']]],
    ['Er kam gestern Abend.', [['gestern Abend', '2024-06-18TEV', 'TIME']]],
    ['Heute kam er. Morgen geht er.', [['Heute', '2024-06-19', 'DATE'], ['Morgen', '2024-06-20', 'DATE']]],
    ['Er sagte, der Morgen sei kalt.', []],
    ['jahrelang', [['jahrelang', 'PXY', 'DURATION']]],
    ['Weihnachten 2023 war schön.', [['Weihnachten 2023', '2023-12-25', 'DATE']]],
    ['Er kommt zu Ostern.', [['Ostern', '2024-03-31', 'DATE']]]
  ],
  times: [
    ['Er kam um 20.30 Uhr.', [['20.30 Uhr', '2024-06-19T20:30', 'TIME']]],
    ['um 20:30 kam er', [['20:30', '2024-06-19T20:30', 'TIME']]],
    ['Geöffnet 8.30-12 und 14.30-16.30 Uhr.', [['8.30', '2024-06-19T08:30', 'TIME'], ['12', '2024-06-19T12:00', 'TIME'], ['14.30', '2024-06-19T14:30', 'TIME'], ['16.30 Uhr', '2024-06-19T16:30', 'TIME']]],
    ['in den frühen Morgenstunden', [['den frühen Morgenstunden', '2024-06-19TMO', 'TIME']]]
  ],
  durations: [
    ['Er lebt seit rund 24 Jahren dort.', [['24 Jahren', 'P24Y', 'DURATION']]],
    ['den vergangenen zwei Jahrzehnten', [['den vergangenen zwei Jahrzehnten', 'P2DE', 'DURATION']]],
    ['vor drei Jahren', [['vor drei Jahren', '2021', 'DATE']]],
    ['He left three years ago.', [['three years ago', '2021', 'DATE']], 'en'],
    ['Il est parti il y a trois ans.', [['il y a trois ans', '2021', 'DATE']], 'fr'],
    ['14-Tage', [['14-Tage', 'P14D', 'DURATION']]],
    ['Er war 24 Jahre alt.', []],
    ['Mit 24 Jahren ging er.', []]
  ]
}

describe('the examples of each rule family', () => {
  for (const [family, examples] of Object.entries(families)) {
    it(family, () => {
      for (const [text, expected, lang] of examples) expect([text, read(text, lang)]).toEqual([text, expected])
    })
  }
})

describe('words a language has and another has not', () => {
  it('reads the German words before a weekend noun and the ending of "90ern" only in German', () => {
    expect(read('Sie bleiben zum Wochenende.')).toEqual([['Wochenende', '2024-W25-WE', 'DATE']])
    expect(read('They stay zum weekend.', 'en')).toEqual([])
    expect(read('the 1990sn', 'en')).toEqual([])
  })
})
