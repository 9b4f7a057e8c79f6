/**
 * Shapes that once crashed the speaker stage or made it superlinear (found in
 * review): chains of roles between commas, a body said to speak in every
 * sentence, verbs without commas, a thousand quotations in one sentence, a new
 * name in every sentence, runs of "!", long capitalised runs. Each must finish
 * with sane output; time is the benchmark's business, not the test's.
 */
import {describe, expect, it} from 'vitest'
import {extractFacts} from '../../src/index.js'

const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

describe('speaker stage on hostile shapes', () => {
  it.each([
    ['Der Sprecher, ', 'de'],
    ['der Präsident, ', 'de'],
    ['the judge, ', 'en'],
    ['les juges, ', 'fr']
  ] as const)('reads a chain of roles between commas without recursion: %s', (unit, lang) => {
    expect(extractFacts(fill(unit, 60_000), {lang}).quotes).toEqual([])
  })

  it('reads a run of genitives before a role without recursion ("Bundesministers Bundesministers …")', () => {
    const facts = extractFacts(`${fill('Bundesministers ', 60_000)}Müller sagte: „Wir prüfen das.“`, {lang: 'de'})
    expect(facts.quotes.map((q) => q.text)).toEqual(['Wir prüfen das.'])
  })

  it('keeps a name met thousands of times cheap to check ("Dann kam Xaver Peter Müller." × 10,000)', () => {
    const facts = extractFacts(`„Wir bleiben“, sagte der Minister Peter Müller. ${fill('Dann kam Xaver Peter Müller. ', 290_000)}`, {lang: 'de'})
    expect(facts.quotes).toHaveLength(1)
    expect(facts.quotes[0].speaker).toMatch(/Peter Müller$/u)
  })

  it('attributes a quotation in every sentence to the body that says it', () => {
    const facts = extractFacts(fill('Das Gericht sagte: „Wir prüfen den Fall genau.“ ', 100_000), {lang: 'de'})
    expect(facts.quotes.length).toBeGreaterThan(1000)
    // A body known only by its common noun is no name: the words that say it stay in `mention`.
    expect(new Set(facts.quotes.map((q) => q.speaker))).toEqual(new Set([null]))
    expect(new Set(facts.quotes.map((q) => q.mention))).toEqual(new Set(['Das Gericht']))
  })

  it('finishes on verbs without commas, a thousand quotations in a sentence, and inverted cues', () => {
    expect(extractFacts(fill('sagte ', 100_000), {lang: 'de'}).quotes).toEqual([])
    const said = extractFacts(fill('“Yes,” said John Smith, ', 100_000), {lang: 'en'})
    expect(said.quotes.length).toBeGreaterThan(1000)
    // (The text is cut after the last "John": that quotation's speaker is "John".)
    expect(said.quotes.every((q) => q.speaker === 'John Smith' || q.speaker === 'John' || q.speaker === null)).toBe(true)
    expect(extractFacts(fill('« Oui », a-t-il ajouté, ', 100_000), {lang: 'fr'}).quotes.length).toBeGreaterThan(1000)
  })

  it('keeps people apart when every sentence names someone new', () => {
    const parts: string[] = []
    for (let n = 0; n < 3000; n++) parts.push(`Anna Person${n}x sagte: „Wir kommen heute.“`)
    const facts = extractFacts(parts.join(' '), {lang: 'de'})
    expect(facts.quotes).toHaveLength(3000)
    expect(facts.quotes[2999].speaker).toBe('Anna Person2999x')
  })

  it('reads a long chain of verbs joined by "and" once each (a copy of every cue before was made at each one)', () => {
    const facts = extractFacts(`Paul Thill said${fill(' and said', 100_000)} “yes.”`, {lang: 'en'})
    expect(facts.quotes.map((q) => [q.text, q.speaker])).toEqual([['yes.', 'Paul Thill']])
    expect(extractFacts(`Paul Thill défend le plan${fill(' et rappelle', 100_000)} « oui ».`, {lang: 'fr'}).quotes).toHaveLength(1)
  })

  it('reads a run of passive verbs after "In den Medien" once each (the clause was scanned from its start at each verb)', () => {
    const media = extractFacts(`In den Medien ${fill('wurde bezeichnet ', 100_000)}„gut“.`, {lang: 'de'}).quotes
    expect(media.length).toBeLessThanOrEqual(1)
    expect(media.every((q) => q.speaker === null)).toBe(true)
    // A relative clause whose verb comes last, past thousands of one-letter quotations: none is a quotation.
    expect(extractFacts(`Der Mann, der ${fill('von „x“ ', 100_000)}sprach.`, {lang: 'de'}).quotes).toEqual([])
  })

  it('keeps thousands of people who share one surname apart, each mention checked against a bounded few', () => {
    const parts: string[] = []
    for (let n = 0; n < 3000; n++) parts.push(`“We are coming today,” said Ma${n}x Wicki.`)
    const facts = extractFacts(parts.join(' '), {lang: 'en'})
    expect(facts.quotes).toHaveLength(3000)
    expect(facts.quotes[2999].speaker).toBe('Ma2999x Wicki')
  })

  it('reads thousands of unattributed fragments in one sentence, and of participles with their agents, once each', () => {
    expect(extractFacts(`Das ist ${fill('„x“ und ', 100_000)}. Dann ging er.`, {lang: 'de'}).quotes).toEqual([])
    const judged = extractFacts(`La mesure est ${fill('jugée « x » par des experts et ', 100_000)}voilà.`, {lang: 'fr'})
    expect(judged.quotes.every((q) => q.text === 'x' || q.text.length < 40)).toBe(true)
  })

  it('finishes on long runs of "!" and of capital letters', () => {
    expect(extractFacts('Er sagte' + '!'.repeat(100_000) + 'x', {lang: 'de'}).quotes).toEqual([])
    expect(extractFacts('Von der Leyen sagte es. ' + 'A'.repeat(100_000), {lang: 'de'}).quotes).toEqual([])
  })
})

describe('rules corrected in review', () => {
  const speakers = (text: string, lang: 'de' | 'en' | 'fr') => extractFacts(text, {lang}).quotes.map((q) => q.speaker)

  it.each([
    // A German role with no body that opens its sentence, or names another party, is someone new.
    ['de', 'Peter Kunz starb bei dem Unfall auf der A1. Der Vater sagte: „Er war ein guter Junge.“', {mention: 'Der Vater'}],
    ['de', 'Peter Kunz wurde am Montag festgenommen. Der Staatsanwalt sagte: „Wir ermitteln weiter.“', {mention: 'Der Staatsanwalt'}],
    ['de', 'Peter Kunz wurde festgenommen. „Wir ermitteln“, sagte der Staatsanwalt.', {mention: 'der Staatsanwalt'}],
    // "au"/"aux" after a role that takes no such tail is whom they spoke to or stood by.
    ['fr', '« Nous sommes prêts », a déclaré le maire au Parisien.', {mention: 'le maire'}],
    ['fr', '« Nous sommes prêts », a confié le ministre aux journalistes présents.', {mention: 'le ministre'}],
    ['fr', '« Nous sommes prêts », estime le préfet aux côtés des élus.', {mention: 'le préfet'}],
    // Capitalised German nouns in -en, -in: no names, no women.
    ['de', 'Die Ärztin Anna Berg sprach mit den Eltern. Große Sorgen bereitet ihr der Lärm. „Das ist zu viel“, sagte sie.', 'Anna Berg'],
    ['de', 'Am Montag stiegen Mieten in der Stadt erneut. „Das ist eine Katastrophe für uns alle.“', null],
    ['de', 'Ärztin Anna Berg arbeitet seit 2019 im Spital. Die Medizin wirkte nicht. „Wir arbeiten hart“, sagte sie.', 'Anna Berg'],
    // A nationality written onto its article is the person of that country; a source after "chez" is the source.
    ['fr', 'Le pilote Max Weber a gagné dimanche. « C’était dur », a expliqué l’Allemand.', 'Max Weber'],
    ['fr', 'Le ministère « étudie toutes les options », indique-t-on chez Renault.', 'Renault'],
    // Surnames that are words: Ammann, Ende, Anfang.
    ['de', 'Simon Ammann gewann in Engelberg. „Der Sprung war perfekt“, sagte Ammann.', 'Simon Ammann'],
    ['de', '„Ich schreibe weiter“, sagte Michael Ende.', 'Michael Ende'],
    ['de', 'Die Stürmerin Lena Anfang sagte: „Wir gewinnen.“', 'Lena Anfang'],
    // An English office before the noun, or a capitalised word, is another person than the one just named.
    ['en', 'Jane Doe has run the bakery on Main Street for twenty years. “We will stay,” said the Labour councillor.', {mention: 'the Labour councillor'}],
    ['en', 'Jane Doe has run the bakery on Main Street for twenty years. “We will stay,” said the deputy mayor.', {mention: 'the deputy mayor'}]
  ] as const)('%s: %s', (lang, text, speaker) => {
    // A role is no name: the speaker is null and the role's words are the mention, never the person named before.
    const last = extractFacts(text, {lang}).quotes.at(-1)
    if (typeof speaker === 'object' && speaker !== null) expect(last).toMatchObject({speaker: null, mention: speaker.mention})
    else expect(last?.speaker ?? null).toBe(speaker)
  })

  // Known error: a capitalised plural that opens a sentence is read as a name ("Shares", proposed as a name of the
  // sentence before, reason sentence-mention); "he" cannot be a plural, and nothing else was named.
  it.fails('known error of the learned ranker: gives "he said" to "Shares" of the sentence before', () => {
    expect(speakers('Shares fell sharply at Wells Fargo, earlier reports said. “We are fine,” he said.', 'en').at(-1)).toBe(null)
  })

  it('reads no town as the body a passive was said among ("In der Stadt wird … als „…“ bezeichnet")', () => {
    expect(extractFacts('In der Stadt wird das Projekt seit Jahren als „Geldverschwendung“ bezeichnet.', {lang: 'de'}).quotes).toEqual([])
  })

  it('takes no genitive article for a surname particle ("Der Ukraine zufolge")', () => {
    const text = 'Der Präsident der Ukraine reiste ab. Von Montag an gilt das. Der Ukraine zufolge fehlen Granaten: „Wir haben keine Munition mehr für die Front.“'
    expect(extractFacts(text, {lang: 'de'}).people.map((p) => p.name)).not.toContain('Der Ukraine')
  })

  // Known error: the quotation stands alone to the ranker, which gives it to the person of the sentence before
  // (reason brought-in); the communiqué of the union says it.
  it.fails('known error of the learned ranker: reads a speaker into an impersonal inversion ("peut-on lire")', () => {
    const text = "Emmanuel Macron était à Lyon. « Nous irons jusqu'au bout de cette réforme », peut-on lire dans un communiqué du syndicat."
    expect(speakers(text, 'fr')).not.toContain('Emmanuel Macron')
  })

  it('applies the German adjective rule only to German ("lorsque Emmanuel Macron est arrivé")', () => {
    const text = "La décision est tombée lorsque Emmanuel Macron est arrivé. « Nous irons jusqu'au bout de cette affaire », a-t-il dit."
    expect(speakers(text, 'fr')).toEqual(['Emmanuel Macron'])
  })

  it('splits sentences before TeX-style marks, so a quotation opening a sentence is full', () => {
    const [quote] = extractFacts("Anna Berg spoke on Monday. ``We will win the vote in the end,'' she said on Tuesday.", {lang: 'en'}).quotes
    expect(quote).toMatchObject({kind: 'full', speaker: 'Anna Berg'})
  })
})
