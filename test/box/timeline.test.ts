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

  it('derives readable events from the clause that holds the date, with its subject and verb', () => {
    const events = Object.fromEntries(buildTimeline(goldFacts()).map((entry) => [entry.value, entry.event]))
    expect(events['1950/1953']).toBe('Moskau und Pjöngjang sind seit dem Ende des Koreakrieges Verbündete')
    expect(events['2022-02']).toMatch(/^Moskau und Pjöngjang … sind sich .*Ukraine im Februar 2022 näher gekommen$/u)
    expect(events['2023-09']).toMatch(/Kim Jong-un .*Fernen Osten Russlands/)
    // The subject comes back across the relative clause between commas; the verb at the end of the
    // clause stays, a word in the middle goes.
    expect(events['2024-06-19']).toBe('Nordkorea und Russland hätten am Mittwoch ein … Verteidigungsabkommen unterzeichnet')
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
          date('2019', '2019', 'Im Jahr 2019 begann der Bau.'),
          date('um 10 Uhr', '2024-06-19T10:00', 'Um 10 Uhr begann die Sitzung.', {type: 'TIME'})
        ]
      })
    )
    expect(entries.map((entry) => entry.value)).toEqual(['2019', '2024-06-19T10:00'])
  })

  it('keeps one row per day: the first occurrence outside quotations', () => {
    const quoted = quote('Heute ist ein großer Tag für unser Land', 'Anna', {at: 100})
    const entries = buildTimeline(
      facts({
        quotes: [quoted],
        dates: [
          // Inside the quote's range: not counted.
          date('Heute', '2024-06-19', '„Heute ist ein großer Tag für unser Land“, sagte Anna.', {at: 101}),
          date('am Mittwoch', '2024-06-19', 'Die Verträge wurden am Mittwoch unterzeichnet.', {at: 500}),
          date('am 19. Juni', '2024-06-19', 'Das Treffen fand am 19. Juni statt.', {at: 900}),
          // A time of the same day joins its row.
          date('um 15 Uhr', '2024-06-19T15:00', 'Um 15 Uhr sprachen beide vor der Presse.', {at: 1000, type: 'TIME'}),
          // Only inside a quote: left out.
          date('2019', '2019', '„Seit 2019 arbeiten wir daran“, sagte Anna.', {at: 120})
        ]
      })
    )
    expect(entries).toHaveLength(1)
    expect(entries[0].event).toBe('Die Verträge wurden am Mittwoch unterzeichnet')
  })

  it('shows the time of a day in its row when it stands in the row’s sentence, and a range of hours as one row', () => {
    const sentence = 'Am 16. Oktober um 12:00 Uhr wurde das Lullusfest mit dem Entzünden des Feuers eröffnet.'
    const hours = 'An diesem Tag sind die Geschäfte von 13:00 Uhr bis 18:00 Uhr geöffnet.'
    const entries = buildTimeline(
      facts({
        dates: [
          date('16. Oktober', '2006-10-16', sentence, {at: 10}),
          date('12:00 Uhr', '2006-10-16T12:00', sentence, {at: 30, type: 'TIME'}),
          date('13:00 Uhr', '2006-10-22T13:00', hours, {at: 200, type: 'TIME'}),
          date('18:00 Uhr', '2006-10-22T18:00', hours, {at: 220, type: 'TIME'})
        ]
      })
    )
    expect(entries.map((entry) => entry.value)).toEqual(['2006-10-16T12:00', '2006-10-22T13:00/2006-10-22T18:00'])
    expect(entries[1].event).toBe('An diesem Tag sind die Geschäfte von 13:00 Uhr bis 18:00 Uhr geöffnet')
  })

  it('leaves out dates that are not certain', () => {
    const entries = buildTimeline(
      facts({
        dates: [
          date('am Montag', '2024-06-17', 'Am Montag wird der Rat über den Haushalt beraten.', {certain: false}),
          date('im Mai 2019', '2019-05', 'Im Mai 2019 wurde der Vertrag unterzeichnet.')
        ]
      })
    )
    expect(entries.map((entry) => entry.value)).toEqual(['2019-05'])
  })

  it('gives no row whose event is a date and little more, and takes a later occurrence of its day', () => {
    const entries = buildTimeline(
      facts({
        dates: [
          date('Samstag, 5. November 2005', '2005-11-05', 'Samstag, 5. November 2005', {at: 10}),
          date('am Samstag', '2005-11-05', 'Am Samstag wurde in Berlin ein neuer Vorstand gewählt.', {at: 100}),
          date('Bis zum Montag', '2005-11-07', 'Bis zum Montag.', {at: 200})
        ]
      })
    )
    expect(entries.map((entry) => [entry.value, entry.event])).toEqual([['2005-11-05', 'Am Samstag wurde in Berlin ein neuer Vorstand gewählt']])
  })

  it('shows at most maxEvents rows (5 by default, at most 20), those that name someone of the article first', () => {
    const dates = Array.from({length: 8}, (_, i) => {
      const year = String(2010 + i)
      const who = i === 6 ? 'Anna Berg' : i === 7 ? 'die Berg-Stiftung' : 'der Rat'
      return date(year, year, `Im Jahr ${year} beschloss ${who} einen neuen Plan.`, {at: 100 * (i + 1)})
    })
    const people = [{name: 'Anna Berg', role: null}]
    const entries = buildTimeline(facts({dates, people}))
    // 2016 names Anna Berg: it comes first; then the first four in article order; shown by date.
    expect(entries.map((entry) => entry.value)).toEqual(['2010', '2011', '2012', '2013', '2016'])
    expect(entries.map((entry) => entry.actor)).toEqual([false, false, false, false, true])
    expect(entries.find((entry) => entry.value === '2016')?.rank).toBe(0)
    expect(buildTimeline(facts({dates, people}), {maxEvents: 2}).map((entry) => entry.value)).toEqual(['2010', '2016'])
    expect(buildTimeline(facts({dates, people}), {maxEvents: 0})).toEqual([])
    expect(buildTimeline(facts({dates, people}), {maxEvents: 50})).toHaveLength(8)
    // A speaker is someone of the article too.
    const spoken = buildTimeline(facts({dates, quotes: [quote('Das ist ein guter Plan für alle hier', 'Stefan Rat')]}), {maxEvents: 1})
    expect(spoken.map((entry) => entry.value)).toEqual(['2010'])
  })

  it('skips an occurrence without a sentence, taking a later one', () => {
    const entries = buildTimeline(
      facts({
        dates: [
          date('2019', '2019', '', {at: 10}),
          date('im Jahr 2019', '2019', 'Im Jahr 2019 wurde neu gewählt.', {at: 20})
        ]
      })
    )
    expect(entries.map((entry) => entry.event)).toEqual(['Im Jahr 2019 wurde neu gewählt'])
  })

  it('merges two years joined by a dash into one range', () => {
    const sentence = 'Die Stadt war lange geteilt (1961–1989), heute ist sie vereint.'
    const entries = buildTimeline(
      facts({dates: [date('1961', '1961', sentence, {at: 10}), date('1989', '1989', sentence, {at: 15})]})
    )
    expect(entries.map((entry) => entry.value)).toEqual(['1961/1989'])
    expect(entries[0].event).toBe('Die Stadt war lange geteilt')
    // … and a range word: “von 1961 bis 1989”, “from 1961 to 1989”.
    const words = 'Die Stadt war von 1961 bis 1989 geteilt.'
    expect(buildTimeline(facts({dates: [date('1961', '1961', words, {at: 10}), date('1989', '1989', words, {at: 15})]})).map((entry) => entry.value)).toEqual(['1961/1989'])
    const english = 'The city was divided from 1961 to 1989 by a wall.'
    expect(buildTimeline(facts({lang: 'en', dates: [date('1961', '1961', english, {at: 10}), date('1989', '1989', english, {at: 15})]})).map((entry) => entry.value)).toEqual(['1961/1989'])
  })

  it('sorts chronologically, not in article order', () => {
    const entries = buildTimeline(
      facts({
        dates: [
          date('2020', '2020', 'Im Jahr 2020 kam die große Wende.'),
          date('in den 1990er-Jahren', '199', 'In den 1990er-Jahren war alles ganz anders.'),
          date('im Mai 2019', '2019-05', 'Im Mai 2019 fing es langsam an.')
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

  it('shortens long clauses by leaving out words in the middle, keeping the subject, the date and the verb', () => {
    const long =
      'Die Delegationen verhandelten in zahlreichen langen und zähen Sitzungen über Zölle Quoten und Fristen bis zum Durchbruch im Dezember 2021 in Genf.'
    const event = eventText(long, 'im Dezember 2021', 'de')
    expect(event.length).toBeLessThanOrEqual(90)
    expect(event).toMatch(/^Die Delegationen verhandelten .* … .*bis zum Durchbruch im Dezember 2021 in Genf$/u)
    // Where clauses end in their verb, the verb at the end stays.
    expect(eventText('Die am Donnerstag, den 27. April aus einer Tankstelle verschwundene Frau ist nach Angaben der Polizei ermordet worden.', 'Donnerstag, den 27. April', 'de')).toMatch(
      /^Die am Donnerstag, den 27\. April aus .* ermordet worden$/u
    )
    // A clause with an auxiliary runs on to its participle, past a date set off by commas.
    expect(eventText('Ein umgestürzter Holztransporter hat am Montagmorgen, dem 18. Juni, am Wetzlarer Kreuz ein Verkehrschaos verursacht.', 'Montagmorgen', 'de')).toMatch(/^Ein umgestürzter Holztransporter hat am Montagmorgen.* Verkehrschaos verursacht$/u)
    // In English the verb comes early: the end goes.
    const english = eventText('The regional council voted on Tuesday to close three of the five hospitals in the north of the county by the end of next year.', 'on Tuesday', 'en')
    expect(english).toMatch(/^The regional council voted on Tuesday to close .*\u00A0…$/u)
    expect(english.length).toBeLessThanOrEqual(90)
  })

  it('takes the clause after a date that stands with little else, and the words an attribution tells', () => {
    expect(eventText('Am vergangenen Freitag, kurz nach Mitternacht, brannte in der Altstadt ein Wohnhaus ab.', 'Freitag', 'de')).toBe(
      'Am vergangenen Freitag, kurz nach Mitternacht, brannte in der Altstadt ein Wohnhaus ab'
    )
    expect(eventText('The plant will close in March, the company confirmed last Tuesday.', 'last Tuesday', 'en')).toBe(
      'The plant will close in March, the company confirmed last Tuesday'
    )
    expect(eventText('Die Brücke bleibt bis auf Weiteres gesperrt, teilte ein Polizeisprecher gestern mit.', 'gestern', 'de')).toBe(
      'Die Brücke bleibt bis auf Weiteres gesperrt, teilte ein Polizeisprecher gestern mit'
    )
    // A clause that opens with its verb shares the subject before it.
    expect(eventText('Der Vorsitzende der Fraktion, Wolfgang Jüttner, hatte Lenz gestern aufgefordert.', 'gestern', 'de')).toBe(
      'Der Vorsitzende der Fraktion, Wolfgang Jüttner, hatte Lenz gestern aufgefordert'
    )
    // An adverb opens a clause of its own: “dann stellte das Gericht …”.
    expect(eventText('Das Verfahren ruhte lange, dann stellte das Gericht es 2003 endgültig ein.', '2003', 'de')).toBe('dann stellte das Gericht es 2003 endgültig ein')
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
    // A run of words with no letters ends no event: “Am 4. März 2024 kam es zu - - - …”.
    expect(eventText(`Am 4. März 2024 kam es zu ${' -'.repeat(50_000)} Problemen.`, 'Am 4. März 2024', 'de')).toBe('Am 4. März 2024 kam es\u00A0…')
  })

  it('finds each date of a sentence after the one before it', () => {
    // Looked for from the sentence's start, "2003" was the year of "März 2003".
    const sentence = 'Das Verfahren ruhte seit März 2003 ganz, dann stellte das Gericht es 2003 endgültig ein.'
    const entries = buildTimeline(facts({dates: [date('März 2003', '2003-03', sentence, {at: 10}), date('2003', '2003', sentence, {at: 20})]}))
    expect(entries.map((entry) => entry.event)).toEqual(['dann stellte das Gericht es 2003 endgültig ein', 'Das Verfahren ruhte seit März 2003 ganz'])
  })

  it('reads the first twenty days or values the article dates, and shows them in chronological order', () => {
    const dates = Array.from({length: 30}, (_, i) => {
      const year = String(2030 - i)
      return date(year, year, `Im Jahr ${year} geschah etwas.`, {at: 100 * (i + 1)})
    })
    const entries = buildTimeline(facts({dates}), {maxEvents: 20})
    expect(entries.map((entry) => entry.value)).toEqual(Array.from({length: 20}, (_, i) => String(2011 + i)))
  })

  it('tells dates inside quotations by one sweep, quotations in any order', () => {
    const entries = buildTimeline(
      facts({
        quotes: [quote('b', 'Anna', {at: 500}), quote('a'.repeat(300), 'Anna', {at: 100}), quote('c', 'Anna', {at: 900, position: {start: {line: 1, column: 1}, end: {line: 1, column: 2}}})],
        dates: [
          date('2019', '2019', 'Im Jahr 2019 begann es ganz langsam.', {at: 50}),
          date('2020', '2020', '2020 ging es dann weiter voran.', {at: 150}),
          date('2021', '2021', '2021 endete es dann ganz plötzlich.', {at: 450}),
          date('2022', '2022', '2022 ruhte es dann ein ganzes Jahr.', {at: 501})
        ]
      })
    )
    expect(entries.map((entry) => entry.value)).toEqual(['2019', '2021'])
  })
})
