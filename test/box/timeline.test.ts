import {describe, expect, it} from 'vitest'
import {buildTimeline, eventText} from '../../src/box/index.js'
import {gold, goldFacts} from './fixture.js'
import {date, facts, quote} from './helpers.js'

describe('buildTimeline', () => {
  it('gives the fixture’s gold timeline, in chronological order', () => {
    const entries = buildTimeline(goldFacts())
    expect(entries.map((entry) => entry.value)).toEqual(gold.timeline.map((entry) => entry.value))
    expect(entries.map((entry) => entry.value)).toEqual(['1950/1953', '2022-02', '2023-09', '2024-06-19'])
  })

  it('derives readable events from the clause that holds the date', () => {
    const events = Object.fromEntries(buildTimeline(goldFacts()).map((entry) => [entry.value, entry.event]))
    expect(events['1950/1953']).toMatch(/Koreakrieg/)
    expect(events['2022-02']).toMatch(/Beginn der russischen Militäroperation in der Ukraine/)
    expect(events['2023-09']).toMatch(/Kim Jong-un .*Fernen Osten Russlands/)
    // The subject comes back across the relative clause between commas.
    expect(events['2024-06-19']).toMatch(/^Nordkorea und Russland hätten am Mittwoch ein gegenseitiges Verteidigungsabkommen/)
    // The dateline is not part of an event, nor is a date in parentheses.
    expect(events['2024-06-19']).not.toMatch(/Seoul/)
    expect(events['1950/1953']).not.toMatch(/1950/)
    for (const event of Object.values(events)) {
      expect(event.length).toBeLessThanOrEqual(90)
      expect(event).not.toMatch(/[,;:]$/)
    }
  })

  it('keeps only DATE and TIME values on the calendar: no durations, sets, nulls', () => {
    const sentence = 'Etwas geschah.'
    const entries = buildTimeline(
      facts({
        dates: [
          date('seit 24 Jahren', 'P24Y', sentence, {type: 'DURATION'}),
          date('jeden Montag', 'XXXX-WXX-1', sentence, {type: 'SET'}),
          date('seit Monaten', null, sentence),
          date('jetzt', 'PRESENT_REF', sentence),
          date('2024', '2024', sentence, {type: 'DURATION'}),
          date('2019', '2019', 'Im Jahr 2019 begann es.'),
          date('um 10 Uhr', '2024-06-19T10:00', 'Um 10 Uhr begann es.', {type: 'TIME'})
        ]
      })
    )
    expect(entries.map((entry) => entry.value)).toEqual(['2019', '2024-06-19T10:00'])
  })

  it('keeps one entry per value: the first occurrence outside quotations', () => {
    const quoted = quote('Heute ist ein großer Tag für unser Land', 'Anna', {at: 100})
    const entries = buildTimeline(
      facts({
        quotes: [quoted],
        dates: [
          // Inside the quote's range: not counted.
          date('Heute', '2024-06-19', '„Heute ist ein großer Tag für unser Land“, sagte Anna.', {at: 101}),
          date('am Mittwoch', '2024-06-19', 'Die Verträge wurden am Mittwoch unterzeichnet.', {at: 500}),
          date('am 19. Juni', '2024-06-19', 'Das Treffen fand am 19. Juni statt.', {at: 900}),
          // Only inside a quote: left out.
          date('2019', '2019', '„Seit 2019 arbeiten wir daran“, sagte Anna.', {at: 120})
        ]
      })
    )
    expect(entries).toHaveLength(1)
    expect(entries[0].event).toBe('Die Verträge wurden am Mittwoch unterzeichnet')
  })

  it('skips an occurrence without a sentence, taking a later one', () => {
    const entries = buildTimeline(
      facts({
        dates: [
          date('2019', '2019', '', {at: 10}),
          date('im Jahr 2019', '2019', 'Im Jahr 2019 wurde gewählt.', {at: 20})
        ]
      })
    )
    expect(entries.map((entry) => entry.event)).toEqual(['Im Jahr 2019 wurde gewählt'])
  })

  it('merges two years joined by a dash into one range', () => {
    const sentence = 'Die Stadt war lange geteilt (1961–1989), heute ist sie vereint.'
    const entries = buildTimeline(
      facts({dates: [date('1961', '1961', sentence, {at: 10}), date('1989', '1989', sentence, {at: 15})]})
    )
    expect(entries.map((entry) => entry.value)).toEqual(['1961/1989'])
    expect(entries[0].event).toBe('Die Stadt war lange geteilt')
  })

  it('sorts chronologically, not in article order', () => {
    const entries = buildTimeline(
      facts({
        dates: [
          date('2020', '2020', 'Im Jahr 2020 kam die Wende.'),
          date('in den 1990er-Jahren', '199', 'In den 1990er-Jahren war alles anders.'),
          date('im Mai 2019', '2019-05', 'Im Mai 2019 fing es an.')
        ]
      })
    )
    expect(entries.map((entry) => entry.value)).toEqual(['199', '2019-05', '2020'])
  })
})

describe('eventText', () => {
  it('takes the next clause when the date stands alone', () => {
    expect(eventText('On Wednesday, the two leaders signed a defence pact in Pyongyang.', 'On Wednesday', 'en')).toBe(
      'On Wednesday, the two leaders signed a defence pact in Pyongyang'
    )
  })

  it('keeps the noun a relative clause belongs to', () => {
    expect(
      eventText('Le dirigeant, qui s’était rendu en Russie en septembre 2023, a salué le traité.', 'en septembre 2023', 'fr')
    ).toBe('Le dirigeant, qui s’était rendu en Russie en septembre 2023')
  })

  it('drops a leading conjunction', () => {
    expect(eventText('Die Gespräche begannen früh, und im Mai 2019 wurde der Vertrag unterzeichnet.', 'im Mai 2019', 'de')).toBe(
      'im Mai 2019 wurde der Vertrag unterzeichnet'
    )
  })

  it('shortens long clauses at word boundaries, keeping the date in view', () => {
    const long =
      'Die Delegationen verhandelten in zahlreichen langen und zähen Sitzungen über Zölle, Quoten und Fristen bis zum Durchbruch im Dezember 2021 in Genf.'
    const event = eventText(long.replace(/,/g, ''), 'im Dezember 2021', 'de')
    expect(event.length).toBeLessThanOrEqual(90)
    expect(event).toMatch(/im Dezember 2021/)
    expect(event.startsWith('…')).toBe(true)
  })

  it('falls back to the sentence’s beginning when the date is not found in it', () => {
    expect(eventText('Der Vertrag wurde unterzeichnet.', 'gestern', 'de')).toBe('Der Vertrag wurde unterzeichnet')
  })

  it('strips datelines', () => {
    expect(eventText('(Seoul) Am Mittwoch wurde ein Vertrag unterzeichnet.', 'Am Mittwoch', 'de')).toBe(
      'Am Mittwoch wurde ein Vertrag unterzeichnet'
    )
    expect(eventText('SEOUL (AP) — On Wednesday the pact was signed.', 'On Wednesday', 'en')).toBe(
      'On Wednesday the pact was signed'
    )
  })
})

describe('eventText after a quotation', () => {
  it('keeps the words said with who said them, shortening the quotation inside its marks', () => {
    const event = eventText('„Das reicht hinten und vorne nicht“, sagte CDU-Chef Bernd Hofstetter am Donnerstag im Bundestag.', 'am Donnerstag', 'de')
    expect(event).toBe('„Das reicht hinten und\u00A0…“, sagte CDU-Chef Bernd Hofstetter am Donnerstag im Bundestag')
    expect(eventText('„Wir kommen“, sagte sie am Montag.', 'am Montag', 'de')).toBe('„Wir kommen“, sagte sie am Montag')
  })
})

describe('long sentences and many dates', () => {
  const words = (n: number) => Array.from({length: n}, (_, i) => `wort${i}`).join(' ')

  it('reads the event of a date deep in a long sentence from around the date', () => {
    const sentence = `Es begann ${words(20_000)} und am 4. März 2024 unterschrieben beide den Vertrag ${words(20_000)}.`
    const event = eventText(sentence, 'am 4. März 2024', 'de')
    expect(event.startsWith('…\u00A0')).toBe(true)
    expect(event).toContain('am 4. März 2024 unterschrieben beide')
    expect(event.length).toBeLessThanOrEqual(92)
  })

  it('shows the beginning of a long sentence that does not hold the date, with an ellipsis', () => {
    const event = eventText(`Der Vertrag ${words(20_000)}.`, 'gestern', 'de')
    expect(event.startsWith('Der Vertrag wort0 wort1')).toBe(true)
    expect(event.endsWith('\u00A0…')).toBe(true)
  })

  it('trims a long run of clause punctuation in one pass', () => {
    expect(eventText(`Am 4. März 2024 kam ${'-'.repeat(100_000)}`, 'Am 4. März 2024', 'de')).toBe('Am 4. März 2024 kam')
    expect(eventText(`${'-'.repeat(100_000)} Am 4. März 2024 kam`, 'Am 4. März 2024', 'de')).toBe('Am 4. März 2024 kam')
    expect(eventText(`Am 4. März 2024 kam der Vertrag${', ;'.repeat(30_000)}.`, 'Am 4. März 2024', 'de')).toBe('Am 4. März 2024 kam der Vertrag')
  })

  it('finds each date of a sentence after the one before it', () => {
    // Looked for from the sentence's start, "2003" was the year of "März 2003".
    const sentence = 'Das Verfahren ruhte seit März 2003, dann stellte das Gericht es 2003 endgültig ein.'
    const entries = buildTimeline(facts({dates: [date('März 2003', '2003-03', sentence, {at: 10}), date('2003', '2003', sentence, {at: 20})]}))
    expect(entries.map((entry) => entry.event)).toEqual(['dann stellte das Gericht es 2003 endgültig ein', 'Das Verfahren ruhte seit März 2003'])
  })

  it('shows the first twenty events the article dates, in chronological order', () => {
    const dates = Array.from({length: 30}, (_, i) => {
      const year = String(2030 - i)
      return date(year, year, `Im Jahr ${year} geschah etwas.`, {at: 100 * (i + 1)})
    })
    const entries = buildTimeline(facts({dates}))
    expect(entries.map((entry) => entry.value)).toEqual(Array.from({length: 20}, (_, i) => String(2011 + i)))
  })

  it('tells dates inside quotations by one sweep, quotations in any order', () => {
    const entries = buildTimeline(
      facts({
        quotes: [quote('b', 'Anna', {at: 500}), quote('a'.repeat(300), 'Anna', {at: 100}), quote('c', 'Anna', {at: 900, position: {start: {line: 1, column: 1}, end: {line: 1, column: 2}}})],
        dates: [date('2019', '2019', 'Im Jahr 2019 begann es.', {at: 50}), date('2020', '2020', '2020 ging es weiter.', {at: 150}), date('2021', '2021', '2021 endete es.', {at: 450}), date('2022', '2022', '2022 ruhte es.', {at: 501})]
      })
    )
    expect(entries.map((entry) => entry.value)).toEqual(['2019', '2021'])
  })
})
