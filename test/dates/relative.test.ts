import {describe, expect, it} from 'vitest'
import {find, tag, triples} from './helpers.js'

// 2024-06-19, the fixture's publication date, is a Wednesday.
describe('relative dates, resolved against the publication date', () => {
  it('reads a weekday in a past report as the most recent one, the publication day included', () => {
    const text = 'Nordkorea und Russland hätten am Mittwoch ein gegenseitiges Verteidigungsabkommen unterzeichnet, kündigte Wladimir Putin an.'
    expect(triples(text)).toEqual([['Mittwoch', '2024-06-19', 'DATE']])
    expect(find('Der Gemeinderat hatte am Montag getagt.', 'Montag').value).toBe('2024-06-17')
    expect(find('Die Polizei hat am Freitag zwei Verdächtige festgenommen.', 'Freitag').value).toBe('2024-06-14')
  })

  it('reads a weekday in a future sentence as the next one', () => {
    expect(find('Der Minister wird am Mittwoch nach Brüssel reisen.', 'Mittwoch').value).toBe('2024-06-26')
    expect(find('Die Regierung will am Freitag entscheiden.', 'Freitag').value).toBe('2024-06-21')
    expect(find('Die Messe öffnet am kommenden Montag.', 'kommenden Montag').value).toBe('2024-06-24')
    expect(find('Die Messe schloss am vergangenen Mittwoch.', 'vergangenen Mittwoch').value).toBe('2024-06-12')
  })

  it('reads deictic days and parts of days', () => {
    expect(triples('Heute um 19.30 Uhr trifft sich der Gemeinderat.', '2013-09-23')).toEqual([
      ['Heute', '2013-09-23', 'DATE'],
      ['19.30 Uhr', '2013-09-23T19:30', 'TIME']
    ])
    expect(find('Die Kommission stellte den Plan gestern in Brüssel vor.', 'gestern').value).toBe('2024-06-18')
    expect(find('Morgen beginnt der Prozess.', 'Morgen').value).toBe('2024-06-20')
    expect(find('Das Ergebnis stand gestern Abend noch aus.', 'gestern Abend')).toMatchObject({value: '2024-06-18TEV', type: 'TIME'})
    expect(find('Am Dienstagabend sprach sich der Rat dafür aus.', 'Dienstagabend')).toMatchObject({value: '2024-06-18TEV', type: 'TIME'})
    expect(find('Am heutigen Samstag beginnt der Markt.', 'heutigen Samstag', '2011-04-30').value).toBe('2011-04-30')
  })

  it('reads a capitalized Morgen inside a sentence as the morning, not tomorrow', () => {
    expect(triples('Die Bauern waren am Morgen auf den Feldern.')).toEqual([['Morgen', '2024-06-19TMO', 'TIME']])
  })

  it('reads relative weeks, months and years', () => {
    expect(find('Vergangene Woche trafen sich die Minister.', 'Vergangene Woche').value).toBe('2024-W24')
    expect(find('Nächstes Jahr soll die Reise nach Jerusalem führen.', 'Nächstes Jahr').value).toBe('2025')
    expect(find('Im vergangenen Jahr starben 1700 Menschen.', 'vergangenen Jahr').value).toBe('2023')
    expect(find('Seit Mitte des laufenden Jahres sank die Quote.', 'Mitte des laufenden Jahres').value).toBe('2024')
    expect(find('Im Vorjahr waren es weniger.', 'Vorjahr').value).toBe('2023')
    expect(find('Der Umsatz sank im vergangenen Monat.', 'vergangenen Monat').value).toBe('2024-05')
  })

  it('reads "heuer" as this year', () => {
    expect(triples('Der Erlebnissommer fand heuer zum neunten Mal statt.', '2013-09-13')).toEqual([['heuer', '2013', 'DATE']])
  })

  it('reads "vor drei Jahren" as a point in the past', () => {
    expect(triples('Vor drei Jahren war die Lage noch anders.')).toEqual([['Vor drei Jahren', '2021', 'DATE']])
    expect(find('Er war vor zwei Monaten zurückgetreten.', 'vor zwei Monaten').value).toBe('2024-04')
    expect(find('Vor einer Woche hatte er noch gewonnen.', 'Vor einer Woche').value).toBe('2024-W24')
  })

  it('re-anchors "am Tag darauf" to the last date mentioned', () => {
    const text = 'Der Vertrag wurde am 9. März 2007 unterzeichnet. Am Tag darauf trat der Minister zurück.'
    expect(find(text, 'Tag darauf').value).toBe('2007-03-10')
    expect(find('Am nächsten Tag wurde das Geld gezählt.', 'nächsten Tag', '2010-08-14').value).toBe('2010-08-15')
  })

  it('reads Austrian and South Tyrolean month names', () => {
    expect(triples('Im Jänner 2024 wurde gewählt.')).toEqual([['Jänner 2024', '2024-01', 'DATE']])
    expect(triples('Am 3. Feber 2023 fiel Schnee.')).toEqual([['3. Feber 2023', '2023-02-03', 'DATE']])
    expect(find('Die Saison beginnt im Jänner.', 'Jänner', '2023-11-20').value).toBe('2024-01')
  })

  it('finds relative expressions without a publication date but gives them no value', () => {
    const text = 'Nordkorea und Russland hätten am Mittwoch ein Abkommen unterzeichnet. Heute kämpfen wir gemeinsam. Vergangene Woche, seit 24 Jahren, im September 2023.'
    expect(triples(text, null)).toEqual([
      ['Mittwoch', null, 'DATE'],
      ['Heute', null, 'DATE'],
      ['Vergangene Woche', null, 'DATE'],
      ['24 Jahren', 'P24Y', 'DURATION'],
      ['September 2023', '2023-09', 'DATE']
    ])
  })

  it('gives relative words that name no date their TIMEX3 reference', () => {
    expect(triples('Jetzt ist es zu spät. Damals war alles anders.')).toEqual([
      ['Jetzt', 'PRESENT_REF', 'DATE'],
      ['Damals', 'PAST_REF', 'DATE']
    ])
  })

  it('never reads the clock', () => {
    expect(tag('heute', '1999-12-31')[0].value).toBe('1999-12-31')
  })
})
