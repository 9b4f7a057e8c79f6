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
    ['am 15.02. kam er', [['15.02.', '2024-02-15', 'DATE']]],
    ['am 16. und 17. Mai', [['16.', '2024-05-16', 'DATE'], ['17. Mai', '2024-05-17', 'DATE']]],
    ['am 16. und am 17. Mai', [['16.', '2024-05-16', 'DATE'], ['17. Mai', '2024-05-17', 'DATE']]],
    ['am 16./17. Mai', [['16.', '2024-05-16', 'DATE'], ['17. Mai', '2024-05-17', 'DATE']]],
    ['du 13 au 14 juin', [['13', '2024-06-13', 'DATE'], ['14 juin', '2024-06-14', 'DATE']], 'fr'],
    ['le 2 octobre prochain', [['2 octobre prochain', '2024-10-02', 'DATE']], 'fr'],
    ['The talks are on May 16 and 17.', [['May 16', '2024-05-16', 'DATE'], ['17', '2024-05-17', 'DATE']], 'en']
  ],
  months: [
    ['Juli dieses Jahres', [['Juli dieses Jahres', '2024-07', 'DATE']]],
    ['Das war im Mai und Juni.', [['Mai', '2024-05', 'DATE'], ['Juni', '2024-06', 'DATE']]],
    ['im November vergangenen Jahres', [['November vergangenen Jahres', '2023-11', 'DATE']]],
    ['im vergangenen November', [['vergangenen November', '2023-11', 'DATE']]],
    ['en mars dernier', [['mars dernier', '2024-03', 'DATE']], 'fr'],
    ['last May and this May, but it may rain', [['last May', '2024-05', 'DATE'], ['this May', '2024-05', 'DATE']], 'en']
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
    ['Vergangenes Quartal war schwach.', [['Vergangenes Quartal', '2024-Q1', 'DATE']]],
    ['la semaine prochaine', [['la semaine prochaine', '2024-W26', 'DATE']], 'fr'],
    ['l’année dernière', [['année dernière', '2023', 'DATE']], 'fr']
  ],
  weekdays: [
    ['Am Dienstagabend kam er.', [['Dienstagabend', '2024-06-18TEV', 'TIME']]],
    ['am kommenden Montag', [['kommenden Montag', '2024-06-24', 'DATE']]],
    ['Er wird diesen Montag kommen.', [['diesen Montag', '2024-06-24', 'DATE']]],
    ['Il a parlé ce mardi.', [['ce mardi', '2024-06-18', 'DATE']], 'fr'],
    ['Le conseil se réunira lundi prochain.', [['lundi prochain', '2024-06-24', 'DATE']], 'fr'],
    ['Il est parti samedi dernier.', [['samedi dernier', '2024-06-15', 'DATE']], 'fr']
  ],
  nights: [
    ['la nuit du 13 au 14 novembre', [['la nuit du 13 au 14 novembre', '2024-11-13TNI', 'TIME']], 'fr'],
    ['nuit de samedi à dimanche', [['nuit de samedi à dimanche', '2024-06-15TNI', 'TIME']], 'fr'],
    ['in der Nacht vom 13. auf den 14. November', [['der Nacht vom 13. auf den 14. November', '2024-11-13TNI', 'TIME']]],
    ['in der Nacht zum Sonntag', [['der Nacht zum Sonntag', '2024-06-15TNI', 'TIME']]],
    ['dans la nuit à 3 heures', [['nuit', '2024-06-19TNI', 'TIME'], ['3 heures', '2024-06-19T03:00', 'TIME']], 'fr']
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
    ['Er kommt zu Ostern.', [['Ostern', '2024-03-31', 'DATE']]],
    ['Ex-Minister', [['Ex', 'PAST_REF', 'DATE']]]
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
    ['zweiundvierzig Jahre, einundzwanzig Tage', [['zweiundvierzig Jahre', 'P42Y', 'DURATION'], ['einundzwanzig Tage', 'P21D', 'DURATION']]],
    ['quarante-deux ans, vingt et un jours, soixante-dix ans', [['quarante-deux ans', 'P42Y', 'DURATION'], ['vingt et un jours', 'P21D', 'DURATION'], ['soixante-dix ans', 'P70Y', 'DURATION']], 'fr'],
    ['quatre-vingt-dix-neuf ans, septante-deux ans', [['quatre-vingt-dix-neuf ans', 'P99Y', 'DURATION'], ['septante-deux ans', 'P72Y', 'DURATION']], 'fr'],
    ['forty-two years and twenty one days', [['forty-two years', 'P42Y', 'DURATION'], ['twenty one days', 'P21D', 'DURATION']], 'en'],
    ['selon 20 Minutes, il a attendu 20 minutes', [['20 minutes', 'PT20M', 'DURATION']], 'fr'],
    ['Police Arrived 20 Minutes Later', [['20 Minutes', 'PT20M', 'DURATION']], 'en'],
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

describe('not dates', () => {
  it('leaves "ex-" to the word it is glued to in French and English', () => {
    expect(read('L’ex-président a parlé.', 'fr')).toEqual([])
    expect(read('Ex-président, il a parlé.', 'fr')).toEqual([])
    expect(read('The ex-minister spoke.', 'en')).toEqual([])
  })
})

describe('words a language has and another has not', () => {
  it('reads the German words before a weekend noun and the ending of "90ern" only in German', () => {
    expect(read('Sie bleiben zum Wochenende.')).toEqual([['Wochenende', '2024-W25-WE', 'DATE']])
    expect(read('They stay zum weekend.', 'en')).toEqual([])
    expect(read('the 1990sn', 'en')).toEqual([])
  })
})
