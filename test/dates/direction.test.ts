import {describe, expect, it} from 'vitest'
import type {Language} from '../../src/types.js'
import {tag} from './helpers.js'

// Which way a date without its year, or a weekday, points: the tense, mood and modality of its sentence,
// the words around it ("prochain", "vergangenen", "ce"), and the days mentioned before it. Each row: the
// language, a sentence, the publication date, the expression, its value and whether it is certain (its
// value does not rest on a guessed direction). The sentences are written for this table.
// 2024-06-19 is a Wednesday, 2024-06-18 a Tuesday, 2024-06-20 a Thursday, 2023-03-16 a Thursday.
type Row = [lang: Language, sentence: string, published: string, expression: string, value: string | null, certain: boolean]

const rows: Row[] = [
  // an allegation about the past: a modal with a perfect infinitive
  ['de', 'Am 2. März soll der Angeklagte den Wagen angezündet haben.', '2023-03-16', '2. März', '2023-03-02', true],
  ['de', 'Er sollte am 9. Januar ausgesagt haben, doch niemand erinnert sich.', '2023-03-16', '9. Januar', '2023-01-09', true],
  ['de', 'Am Samstag soll er in die Wohnung eingebrochen und festgenommen worden sein.', '2024-06-19', 'Samstag', '2024-06-15', true],
  // a modal without a perfect: what is to come
  ['de', 'Die Anlage soll am 2. April in Betrieb gehen.', '2023-03-16', '2. April', '2023-04-02', true],
  ['de', 'Die Strecke soll am Montag wieder geöffnet sein.', '2024-06-19', 'Montag', '2024-06-24', true],
  ['de', 'Laut Stadtrat will die Firma am Freitag ihre Pläne vorstellen.', '2024-06-19', 'Freitag', '2024-06-21', true],
  // past modals, Konjunktiv I and II
  ['de', 'Der Bürgermeister wollte den Vertrag am 20. März unterschreiben.', '2023-03-28', '20. März', '2023-03-20', true],
  ['de', 'Nach Angaben der Polizei sei der Mann am Samstag gefasst worden.', '2024-06-19', 'Samstag', '2024-06-15', true],
  ['de', 'Der Minister werde am Freitag nach Wien reisen, hieß es.', '2024-06-19', 'Freitag', '2024-06-21', true],
  ['de', 'Das Gericht würde am Dienstag entscheiden, sagte der Sprecher.', '2024-06-19', 'Dienstag', '2024-06-25', true],
  // modifiers beat the tense
  ['de', 'Am kommenden Montag öffnet das Freibad.', '2024-06-19', 'kommenden Montag', '2024-06-24', true],
  ['de', 'Am vergangenen Montag öffnete das Freibad.', '2024-06-19', 'vergangenen Montag', '2024-06-17', true],
  ['de', 'Im vergangenen Dezember lag kein Schnee.', '2024-06-19', 'vergangenen Dezember', '2023-12', true],
  ['de', 'Im November vergangenen Jahres wurde der Stadtrat gewählt.', '2024-06-19', 'November vergangenen Jahres', '2023-11', true],
  // no tense cue: the most recent weekday, the nearest month, guessed
  ['de', 'Am Montag öffnet das Freibad.', '2024-06-19', 'Montag', '2024-06-17', false],
  ['de', 'Im Oktober beginnt die Saison.', '2024-06-19', 'Oktober', '2024-10', false],
  ['de', 'Die Saison beginnt im Juni.', '2024-06-19', 'Juni', '2024-06', true],
  // a day within a month of the publication date is that day
  ['de', 'Der Prozess beginnt am 24. Juni.', '2024-06-19', '24. Juni', '2024-06-24', true],
  ['de', 'Die Gewerkschaft hatte einen Streik für den 24. Juni angekündigt.', '2024-06-19', '24. Juni', '2024-06-24', false],
  // a day read from one that was guessed is guessed too
  ['de', 'Am Montag öffnet das Freibad. Am Tag darauf kommt der Bürgermeister.', '2024-06-19', 'Tag darauf', '2024-06-18', false],
  // a clock time takes the day its paragraph narrates, not a day to come
  ['de', 'Am vergangenen Freitag betrat der Mann um 11.35 Uhr das Gebäude. Gegen 11.40 Uhr fielen Schüsse.', '2024-06-19', '11.40 Uhr', '2024-06-14T11:40', true],
  ['de', 'Am kommenden Freitag gibt es ein Konzert. Die Ausstellung öffnet um 10 Uhr.', '2024-06-19', '10 Uhr', '2024-06-19T10:00', true],
  ['de', 'Am vergangenen Freitag brannte es.\n\nDie Feuerwehr rückte um 11.40 Uhr aus.', '2024-06-19', '11.40 Uhr', '2024-06-19T11:40', true],

  // futur, conditionnel (a future in reported speech), passé composé
  ['fr', 'Le conseil municipal se réunira lundi.', '2024-06-19', 'lundi', '2024-06-24', true],
  ['fr', 'Le conseil municipal s’est réuni lundi.', '2024-06-19', 'lundi', '2024-06-17', true],
  ['fr', 'Des milliers de personnes se sont rassemblées samedi.', '2024-06-19', 'samedi', '2024-06-15', true],
  ['fr', 'Le préfet a annoncé qu’une décision serait rendue le 2 août.', '2024-06-19', '2 août', '2024-08-02', true],
  ['fr', 'Les deux équipes s’affronteront le 2 février.', '2024-06-19', '2 février', '2025-02-02', true],
  // the conditionnel passé is an allegation about the past; "aurait lieu" is to come
  ['fr', 'Le suspect aurait frappé la victime le 2 mai.', '2024-06-19', '2 mai', '2024-05-02', true],
  ['fr', 'Selon la presse, la rencontre aurait lieu le 22 juillet.', '2024-06-19', '22 juillet', '2024-07-22', true],
  // "prochain", "dernier" after the date
  ['fr', 'La cérémonie se tiendra le 2 octobre prochain.', '2024-10-05', '2 octobre prochain', '2025-10-02', true],
  ['fr', 'Il a été élu le 9 mars dernier.', '2024-03-05', '9 mars dernier', '2023-03-09', true],
  ['fr', 'Le chantier reprend lundi prochain.', '2024-06-19', 'lundi prochain', '2024-06-24', true],
  ['fr', 'Le chantier a repris mardi dernier.', '2024-06-19', 'mardi dernier', '2024-06-18', true],
  ['fr', 'La semaine prochaine, les élèves passeront le bac.', '2024-06-19', 'La semaine prochaine', '2024-W26', true],
  ['fr', 'L’année dernière, la fête avait été annulée.', '2024-06-19', 'année dernière', '2023', true],
  // "ce mardi": that day of the publication week
  ['fr', 'Le ministre était à Lyon ce mardi.', '2024-06-18', 'ce mardi', '2024-06-18', true],
  ['fr', 'Le ministre a parlé ce mercredi matin devant les députés.', '2024-06-20', 'ce mercredi', '2024-06-19', true],
  ['fr', 'Le ministre parle ce vendredi à Marseille.', '2024-06-19', 'ce vendredi', '2024-06-21', false],
  ['fr', 'Le ministre parlera ce lundi à Marseille.', '2024-06-19', 'ce lundi', '2024-06-24', true],
  // a past sentence about a day just ahead: the day to come, guessed
  ['fr', 'Les syndicats ont déposé un préavis de grève pour le 25 juin.', '2024-06-19', '25 juin', '2024-06-25', false],
  // a night between two days is the night of the first
  ['fr', 'Dans la nuit du 13 au 14 juin, deux voitures ont brûlé.', '2024-06-19', 'la nuit du 13 au 14 juin', '2024-06-13TNI', true],
  ['fr', 'Dans la nuit de samedi à dimanche, il a beaucoup plu.', '2024-06-19', 'la nuit de samedi à dimanche', '2024-06-15TNI', true],
  ['de', 'In der Nacht zum Sonntag hat eine Scheune gebrannt.', '2024-06-19', 'der Nacht zum Sonntag', '2024-06-15TNI', true],

  // "would", "is due to", "is set to", modals with a perfect
  ['en', 'The committee would meet on Monday, a spokesman said.', '2024-06-19', 'Monday', '2024-06-24', true],
  ['en', 'The board is due to vote on Friday.', '2024-06-19', 'Friday', '2024-06-21', true],
  ['en', 'The council is set to decide on Thursday.', '2024-06-19', 'Thursday', '2024-06-20', true],
  ['en', 'Police said the suspect may have fled on Saturday.', '2024-06-19', 'Saturday', '2024-06-15', true],
  ['en', 'The minister had met union leaders on Monday.', '2024-06-19', 'Monday', '2024-06-17', true],
  ['en', 'The minister met union leaders on Monday.', '2024-06-19', 'Monday', '2024-06-17', false],
  ['en', 'The plant will close next Monday.', '2024-06-19', 'next Monday', '2024-06-24', true],
  // a future sentence about a day just past keeps the tense's reading, guessed
  ['en', 'Talks will resume on June 3.', '2024-06-19', 'June 3', '2025-06-03', false],
  ['en', 'The strike that began on May 28 was over.', '2024-06-19', 'May 28', '2024-05-28', true]
]

describe('the direction of a date without its year, and of a weekday', () => {
  it.each(rows)('%s: %s (published %s)', (lang, sentence, published, expression, value, certain) => {
    const hit = tag(sentence, published, lang).find((m) => m.text === expression)
    expect(hit, JSON.stringify(tag(sentence, published, lang))).toBeDefined()
    expect({value: hit!.value, certain: hit!.certain}).toEqual({value, certain})
  })

  it('keeps every date written with its year certain, whatever the tense', () => {
    for (const m of tag('Am 2. März 2023 soll er gekommen sein; er wird am 3. Mai 2025 gehen.', '2024-06-19')) expect(m.certain).toBe(true)
  })
})
