import {describe, expect, it} from 'vitest'
import {find, tag, triples} from './helpers.js'

describe('absolute dates', () => {
  it('reads day, month and year', () => {
    expect(triples('Das Abkommen wurde am 19. Juni 2024 in Pjöngjang unterzeichnet.')).toEqual([['19. Juni 2024', '2024-06-19', 'DATE']])
    expect(triples('Der Verein wurde am 9. März 2007 gegründet.')).toEqual([['9. März 2007', '2007-03-09', 'DATE']])
  })

  it('reads numeric dates', () => {
    expect(triples('Die Frist endete am 15.02.2007 um Mitternacht.')).toEqual([['15.02.2007', '2007-02-15', 'DATE']])
    expect(find('Das Gesetz trat am 23. 3. 1976 in Kraft.', '23. 3. 1976').value).toBe('1976-03-23')
  })

  it('gives a weekday with day and month the year from the publication date', () => {
    const m = find('Die Gemeinde lädt am Donnerstag, 25. Februar um 20.30 Uhr in die Aula.', 'Donnerstag, 25. Februar', '2010-02-20')
    expect(m.value).toBe('2010-02-25')
    expect(find('Die Gemeinde lädt am Donnerstag, 25. Februar um 20.30 Uhr in die Aula.', '20.30 Uhr', '2010-02-20')).toMatchObject({value: '2010-02-25T20:30', type: 'TIME'})
  })

  it('keeps the granularity of month and year, leaving the preposition out of the extent', () => {
    expect(triples('Im September 2023 reiste Kim Jong-un mit einem Panzerzug in den Fernen Osten Russlands.')).toEqual([['September 2023', '2023-09', 'DATE']])
    expect(triples('Die Militäroperation begann im Februar 2022.')).toEqual([['Februar 2022', '2022-02', 'DATE']])
  })

  it('reads a month without year from the publication date and the tense', () => {
    expect(find('Die Arbeitslosigkeit war im September leicht gestiegen.', 'September', '2013-11-14').value).toBe('2013-09')
    expect(find('Einen Bericht gibt es Anfang Juni im Mitteilungsblatt.', 'Anfang Juni', '2010-05-08').value).toBe('2010-06')
    expect(find('Die Abstimmung am 21. Dezember hatten sie nicht angekündigt.', '21. Dezember', '2016-01-14').value).toBe('2015-12-21')
    expect(find('Der Dienst soll Anfang Dezember einsatzbereit sein.', 'Anfang Dezember', '2013-10-05').value).toBe('2013-12')
  })

  it('reads a year range as one expression', () => {
    const text = 'Moskau und Pjöngjang sind seit dem Ende des Koreakrieges (1950–1953) Verbündete.'
    expect(triples(text)).toEqual([['1950–1953', '1950/1953', 'DATE']])
    expect(triples('Der Krieg dauerte von 1950 bis 1953.')).toEqual([['1950 bis 1953', '1950/1953', 'DATE']])
    expect(triples('Der Krieg (1950-1953) forderte Millionen Opfer.')).toEqual([['1950-1953', '1950/1953', 'DATE']])
  })

  it('reads "zwischen … und" as two years, as TIMEX3 does', () => {
    expect(triples('Sie mussten zwischen 1943 und 1945 Zwangsarbeit leisten.')).toEqual([['1943', '1943', 'DATE'], ['1945', '1945', 'DATE']])
  })

  it('tags years in a date context but not counts, prices or house numbers', () => {
    expect(triples('2004 trat das Land der Union bei.')).toEqual([['2004', '2004', 'DATE']])
    expect(triples('Die Arbeitslosigkeit hat sich seit 2008 verdoppelt.')).toEqual([['2008', '2008', 'DATE']])
    expect(triples('Es starben 25.000 Menschen, davon 2000 im Jahr 2011.')).toEqual([['Jahr 2011', '2011', 'DATE']])
    expect(tag('Die Maschine mit 318 Passagieren landete sicher.')).toEqual([])
    expect(tag('Das Treffen findet in der Rovigostraße 42 in Bozen statt.')).toEqual([])
    expect(tag('Auf dem Dach wurden 2000 Quadratmeter Paneele verlegt.')).toEqual([])
    expect(tag('Das Ticket kostet 1500 Euro, die Miete 2010 Franken.')).toEqual([])
    expect(tag('Die Behörde stellt mindestens 1500 Grenzschützer bereit.')).toEqual([])
    expect(tag('Es kamen 25.000 Menschen, 1.950 mehr als im Vorjahr.').map((m) => m.text)).toEqual(['Vorjahr'])
  })

  it('reads decades and centuries', () => {
    expect(triples('In den 90er Jahren wuchs die Stadt stark.')).toEqual([['den 90er Jahren', '199', 'DATE']])
    expect(triples('Mitte der 90er Jahre kam die Wende.')).toEqual([['Mitte der 90er Jahre', '199', 'DATE']])
    expect(find('Das Haus stammt aus den 1980er-Jahren.', 'den 1980er-Jahren').value).toBe('198')
    expect(find('Die Kirche wurde im 19. Jahrhundert erbaut.', '19. Jahrhundert').value).toBe('18')
  })

  it('reads seasons, quarters and part-of modifiers (the value keeps the date, as KRAUTS does)', () => {
    expect(triples('Im Sommer 2024 wird gebaut.')).toEqual([['Sommer 2024', '2024-SU', 'DATE']])
    expect(triples('Gastrini war im Herbst 2011 aufgetaucht.')).toEqual([['Herbst 2011', '2011-FA', 'DATE']])
    expect(triples('Der Umsatz stieg im ersten Quartal 2024.')).toEqual([['ersten Quartal 2024', '2024-Q1', 'DATE']])
    expect(triples('Ende 2023 war die Kasse leer.')).toEqual([['Ende 2023', '2023', 'DATE']])
    expect(triples('Anfang 2023 begann der Bau.')).toEqual([['Anfang 2023', '2023', 'DATE']])
    expect(triples('Der Sitz wird ab Juli dieses Jahres nach Bozen verlegt.', '2011-03-18')).toEqual([['Juli dieses Jahres', '2011-07', 'DATE']])
  })

  it('reads week expressions', () => {
    expect(triples('In der kommenden Woche stimmt das Parlament ab.', '2013-10-05')).toEqual([['der kommenden Woche', '2013-W41', 'DATE']])
    expect(find('Start war am 1. Juli. In der ersten Woche ging es an den See, in der Woche darauf in die Berge.', 'der ersten Woche', '2013-09-13').value).toBe('2013-W27')
    expect(find('Start war am 1. Juli. In der ersten Woche ging es an den See, in der Woche darauf in die Berge.', 'der Woche darauf', '2013-09-13').value).toBe('2013-W28')
  })
})
