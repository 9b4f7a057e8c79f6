import {describe, expect, it} from 'vitest'
import {find, triples} from './helpers.js'

describe('durations, times and sets', () => {
  it('reads durations and leaves prepositions and approximators out of the extent', () => {
    expect(triples('Dies ist Putins erste Reise nach Nordkorea seit 24 Jahren.')).toEqual([['24 Jahren', 'P24Y', 'DURATION']])
    expect(triples('Der Vorfall liegt inzwischen rund drei Wochen zurück.')).toEqual([['drei Wochen', 'P3W', 'DURATION']])
    expect(triples('das zweite Treffen der beiden Männer in weniger als einem Jahr')).toEqual([['einem Jahr', 'P1Y', 'DURATION']])
    expect(find('Er wurde zu einer Haftstrafe von acht Monaten verurteilt.', 'acht Monaten').value).toBe('P8M')
    expect(find('Die 14-Tage-Frist ist zu kurz.', '14-Tage').value).toBe('P14D')
  })

  it('reads centuries and decades as durations', () => {
    expect(find('Der Vertrag soll das Bündnis für ein Jahrhundert garantieren.', 'ein Jahrhundert').value).toBe('P100Y')
    expect(find('In den vergangenen zwei Jahrzehnten starben 25.000 Menschen.', 'den vergangenen zwei Jahrzehnten').value).toBe('P2DE')
  })

  it('reads vague durations in the KRAUTS style', () => {
    expect(triples('Die Europäer sind seit Monaten besorgt.')).toEqual([['Monaten', 'PXM', 'DURATION']])
    expect(find('In den vergangenen Jahren kamen viele Menschen.', 'den vergangenen Jahren').value).toBe('PXY')
    expect(find('Er arbeitete lange Jahre im Eventbereich.', 'lange Jahre').value).toBe('PXY')
    expect(find('Der Streit dauert schon jahrelang.', 'jahrelang').value).toBe('PXY')
  })

  it('does not read ages as durations', () => {
    expect(triples('Wählen dürfen alle ab 16 Jahren.')).toEqual([])
    expect(triples('Er ist 24 Jahre alt.')).toEqual([])
  })

  it('reads clock times and resolves them to the day of their sentence', () => {
    expect(find('Die Sitzung beginnt um 20.30 Uhr.', '20.30 Uhr', '2010-02-25')).toMatchObject({value: '2010-02-25T20:30', type: 'TIME'})
    expect(triples('Adventsmarkt im Pfarrzentrum, von 14.30-18 Uhr.', '2013-11-30')).toEqual([
      ['14.30', '2013-11-30T14:30', 'TIME'],
      ['18 Uhr', '2013-11-30T18:00', 'TIME']
    ])
    expect(triples('Der Markt ist am Sonntag von 8.30-12 und 14.30-16.30 Uhr geöffnet.', '2013-11-30').map((t) => t[1])).toEqual([
      '2013-11-24', '2013-11-24T08:30', '2013-11-24T12:00', '2013-11-24T14:30', '2013-11-24T16:30'
    ])
    expect(find('Der Zug fährt um 7:45 ab.', '7:45').value).toBe('2024-06-19T07:45')
  })

  it('reads sets', () => {
    expect(triples('Die Direktoren kosten jährlich zwei Millionen Euro.')).toEqual([['jährlich', 'P1Y', 'SET']])
    expect(triples('Der Bus fährt täglich.')).toEqual([['täglich', 'P1D', 'SET']])
    expect(triples('Der Markt findet jeden Montag statt.')).toEqual([['jeden Montag', 'XXXX-WXX-1', 'SET']])
    expect(triples('Die monatlichen Gebühren steigen.')).toEqual([['monatlichen', 'P1M', 'SET']])
    expect(triples('Samstags ist das Amt geschlossen.')).toEqual([['Samstags', 'XXXX-WXX-6', 'SET']])
  })
})
