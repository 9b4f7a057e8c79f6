/**
 * Speakers in German: one focused test per attribution rule, through the public API.
 */
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkFactbox, {extractFacts} from '../src/index.js'

const de = (body: string, date = '2024-06-19') => `---\ndate: ${date}\nlang: de\n---\n\n${body}\n`
const quotes = (body: string) => extractFacts(de(body)).quotes.map((q) => [q.text, q.speaker])
const found = (body: string) => extractFacts(de(body)).quotes

/** The quotations, in order and with their text; each speaker the one expected or none: a name may be withheld, never changed. */
const namedOrNone = (body: string, expected: [string, string | null][]) => {
  const all = quotes(body)
  expect(all.map(([text]) => text)).toEqual(expected.map(([text]) => text))
  all.forEach(([, speaker], i) => expect([expected[i][1], null]).toContain(speaker))
}

/** The quotation `text` may be left out or its name withheld, never given to anyone else; returns the other quotations. */
const leftOutOrNamed = (body: string, text: string, speaker: string | null) => {
  const all = quotes(body)
  for (const [t, s] of all) if (t === text) expect([speaker, null]).toContain(s)
  return all.filter(([t]) => t !== text)
}


describe('speakers', () => {
  it('reads the cue after the quotation', () => {
    expect(quotes('„Wir helfen“, erklärte der Minister Hans Meier.')).toEqual([['Wir helfen', 'Hans Meier']])
  })

  it('reads the cue before the quotation', () => {
    expect(quotes('Hans Meier sagte: „Wir helfen, wo wir können.“')).toEqual([['Wir helfen, wo wir können.', 'Hans Meier']])
  })

  it('reads "so X", "laut X" and "nach Angaben von X"', () => {
    expect(quotes('Die Lage sei „äußerst angespannt“, so Hans Meier.')).toEqual([['äußerst angespannt', 'Hans Meier']])
    expect(quotes('Laut Hans Meier ist die Lage „äußerst angespannt“.')).toEqual([['äußerst angespannt', 'Hans Meier']])
    expect(quotes('Nach Angaben von Hans Meier ist die Lage „äußerst angespannt“.')).toEqual([['äußerst angespannt', 'Hans Meier']])
  })

  it('takes the role from an apposition and reports the fullest name', () => {
    const facts = extractFacts(de('„Wir helfen“, sagte Eva Roth, Professorin für Geschichte an der Universität Wien.\n\n„Und zwar sofort“, sagte Roth.'))
    expect(facts.quotes.map((q) => q.speaker)).toEqual(['Eva Roth', 'Eva Roth'])
    expect(facts.people).toEqual([{name: 'Eva Roth', role: 'Professorin für Geschichte an der Universität Wien'}])
  })

  it('reads a role with a place before its name and party, and lets “der Sprecher” go on for the body', () => {
    // The one word „Albtraum“ may be left out as a term; if kept, it is Wiesemann's.
    expect(leftOutOrNamed('Der Bürgermeister von Ebersgrund, Holger Wiesemann (parteilos), sprach von einem „Albtraum“.\n\n„Wer zwölf Minuten brauchte, braucht jetzt eine Stunde“, sagte Wiesemann. „Und das jeden Tag“, so der Bürgermeister.', 'Albtraum', 'Holger Wiesemann').map(([, s]) => s)).toEqual(['Holger Wiesemann', 'Holger Wiesemann'])
    const sperrung = 'Die Bundesstraße ist gesperrt, teilte der Landesbetrieb Straßenbau NRW mit.\n\n„Wir hatten keine andere Wahl“, sagte ein Sprecher des Landesbetriebs am Mittwoch.\n\nWie lange die Sperrung dauert, ist offen. Der Sprecher schloss nichts aus. Ein Neubau werde „mindestens vier Jahre“ dauern, sagte er.'
    namedOrNone(sperrung, [['Wir hatten keine andere Wahl', 'Landesbetrieb'], ['mindestens vier Jahre', 'Landesbetrieb']])
    expect(found(sperrung)[0].mention).toBe('ein Sprecher des Landesbetriebs')
  })

  it('takes the name after a copula for whom the sentence is about, and a single name with an age for someone', () => {
    expect(quotes('Einer der Betroffenen ist Vasile, 52, aus der Nähe von Suceava. Er kommt seit elf Jahren. »Früher war das ein guter Hof«, erzählt er am Telefon.')).toEqual([['Früher war das ein guter Hof', 'Vasile']])
  })

  it('gives a German role to whoever just spoke when both are known to be of its gender, and leaves it alone otherwise', () => {
    expect(quotes('Die Grabungsleiterin Miriam Achterberg war am Fluss. „Das Schiff war voll beladen“, sagt Achterberg.\n\n„Wenn wir Glück haben, finden wir den Namen“, sagt die Archäologin.').map(([, s]) => s)).toEqual(['Miriam Achterberg', 'Miriam Achterberg'])
    // Someone of another gender spoke last: the role is someone else.
    // A role is no name: the speaker stays null and the role's words are the mention.
    expect(found('Der Verteidiger Peter Maier sprach lange. „Mein Mandant ist unschuldig“, sagte Maier.\n\n„Die Beweise sind eindeutig“, sagte die Staatsanwältin.')).toMatchObject([
      {speaker: 'Peter Maier'},
      {text: 'Die Beweise sind eindeutig', speaker: null, mention: expect.stringContaining('Staatsanwältin')}
    ])
  })

  it('names a body by its common noun after the compound the article gave in the genitive', () => {
    namedOrNone('Nach Angaben des Landschaftsverbands Rheinland stammt das Schiff aus dem ersten Jahrhundert. Eine Bergung sei „technisch möglich, aber teuer“, teilte der Verband mit.', [['technisch möglich, aber teuer', 'Landschaftsverband']])
  })

  it('knows clubs and public services as bodies', () => {
    namedOrNone('Der Zoll bestätigte lediglich, dass ein Verfahren »im Zusammenhang mit Saisonarbeit« laufe.', [['im Zusammenhang mit Saisonarbeit', 'Zoll']])
    expect(quotes('Der Schwimmclub Zürich-Nord spricht von einem «Schlag ins Gesicht des Breitensports».')).toEqual([['Schlag ins Gesicht des Breitensports', 'Schwimmclub Zürich-Nord']])
  })

  it('reads the German subject after the verb when a clause fills the first place', () => {
    expect(quotes('Jannik Oltmanns fand das Wrack. Der Provinzialrömer Albrecht Venhaus sagte: „Das ist ein Lieferschein.“\n\nOb er selbst bei der Bergung dabei sein wird, weiß Oltmanns noch nicht. „Ich habe schon einen Antrag gestellt“, sagt er und lacht.').map(([, s]) => s)).toEqual(['Albrecht Venhaus', 'Jannik Oltmanns'])
  })

  it('gives a statement in a document the sentence opens with to its author, also in the sentence after', () => {
    expect(quotes('In einem Positionspapier des Bundesministeriums des Innern heißt es, die Prüfung habe Erfolg gezeigt. Deshalb sei es „folgerichtig, die Regeln beizubehalten“.')).toEqual([['folgerichtig, die Regeln beizubehalten', 'Bundesministerium des Innern']])
  })

  it('reads "…, in der es heißt" as what the words before the comma say', () => {
    // A document speaks for whoever issued it, or for its author named with it; with neither, for nobody.
    namedOrNone('Die Polizei veröffentlichte am Abend eine Erklärung, in der es heißt: „Die Lage ist unter Kontrolle.“', [['Die Lage ist unter Kontrolle.', 'Polizei']])
    namedOrNone('Die Gewerkschaft verschickte einen Brief an die Mitglieder, in dem es heißt, man werde „bis zum Ende kämpfen“.', [['bis zum Ende kämpfen', 'Gewerkschaft']])
    expect(quotes('Er verwies auf einen Bericht des Umweltbundesamts, in dem es heißt: „Die Werte sind zu hoch.“')).toEqual([['Die Werte sind zu hoch.', 'Umweltbundesamt']])
    // Someone, past the particle that ends the clause before (the one word may be left out as a term).
    expect(leftOutOrNamed('Der Minister griff den Ton russischer Medien auf, in denen es seit Tagen heißt, der Westen sei nur ein „Papiertiger“.', 'Papiertiger', 'Medien')).toEqual([])
  })

  // Now: „Die Werte sind zu hoch.“ goes to 'Anna Berg' (reason previous-speaker), who only spoke the sentence before.
  it.fails('known error of the learned ranker: gives what an unsigned report says to the person named the sentence before', () => {
    expect(quotes('Anna Berg sprach am Montag. Später erschien ein Gutachten, in dem es heißt: „Die Werte sind zu hoch.“')).toEqual([['Die Werte sind zu hoch.', null]])
  })

  it('gives a German passive with no agent to the body it was said among', () => {
    expect(leftOutOrNamed('In den Medien war der Auftrag schon als „Geschäft des Jahrzehnts“ bezeichnet worden.', 'Geschäft des Jahrzehnts', 'Medien')).toEqual([])
    namedOrNone('Im Ministerium wird der Entwurf als „Schritt in die richtige Richtung“ bezeichnet.', [['Schritt in die richtige Richtung', 'Ministerium']])
    // A place is nobody: the few words stay a term.
    expect(quotes('In Berlin wurde der Entwurf als „Schritt in die richtige Richtung“ bezeichnet.')).toEqual([])
  })

  it('gives a German relative clause whose verb comes last to whom the comma closes, when nobody else in it could speak', () => {
    expect(quotes('Die Stadt beauftragte den Bürgermeister Hans Meier, der von einem „großen Erfolg“ sprach.')).toEqual([['großen Erfolg', 'Hans Meier']])
    expect(found('Viele Anwohner, die den Lärm als „unerträglich“ bezeichneten, kamen zur Sitzung.')).toMatchObject([{text: 'unerträglich', speaker: null, mention: expect.stringContaining('Anwohner')}])
    // A body in the genitive, in the nominative; a danger invoked is said (or left out).
    expect(leftOutOrNamed('Er unterstützt die Rhetorik des Bauernverbands, der die Gefahr einer „Invasion der Wölfe“ beschwört.', 'Invasion der Wölfe', 'Bauernverband')).toEqual([])
    // Someone else in the clause is its subject, never the noun before the comma.
    expect(quotes('Er lobte die Rede, die Merkel „historisch“ nannte.').map(([, s]) => s)).not.toContain('Rede')
    expect(quotes('Er lobte die Rede, die die Ministerin „historisch“ nannte.').map(([, s]) => s)).not.toContain('Rede')
  })

  it('gives a few quoted words to whose words the next sentence says they were', () => {
    namedOrNone('Der Bau der Bahn sollte „die Grundlage für eine blühende Region“ schaffen. Von diesem Versprechen des damaligen Ministers Karl Huber ist nicht viel übrig.', [['die Grundlage für eine blühende Region', 'Karl Huber']])
    expect(quotes('Die Reform werde „alles besser machen“. Diese Worte der Ministerin Anna Berg sorgten für Spott.')).toEqual([['alles besser machen', 'Anna Berg']])
    // A sentence that points back to nobody's words leaves them a scare quote.
    expect(leftOutOrNamed('Der Bau der Bahn sollte „die Grundlage für eine blühende Region“ schaffen. Von diesem Plan ist nicht viel übrig.', 'die Grundlage für eine blühende Region', null)).toEqual([])
  })

  it('gives what a letter says to its sender named in the sentence before', () => {
    expect(quotes('Die Arbeitsgemeinschaft Grundsicherung hat in einem Schreiben einer Mutter gedroht. So heißt es in dem Schreiben wörtlich: „Behandelt wird die Sicherstellung der Kinder.“')).toEqual([['Behandelt wird die Sicherstellung der Kinder.', 'Arbeitsgemeinschaft Grundsicherung']])
  })

  it('reads a name after a relative pronoun, and a German person noun after a speech verb as the one just named', () => {
    expect(quotes('Es ist ein Bild, das Gian-Reto Caduff nicht mehr aus dem Kopf bekommt. Der Schafhalter hatte seine Tiere gefunden.\n\n«Ich habe jedes einzelne gekannt», sagt der Schafhalter zu Blick.')).toEqual([['Ich habe jedes einzelne gekannt', 'Gian-Reto Caduff']])
  })

  it('meets a person after a preposition that takes one, and a ministry by the compound the article gave', () => {
    expect(quotes('Um halb sechs klingelt bei Ramona Schlüter-Klein das Telefon. Die 61-Jährige ist die letzte Hebamme.\n\n»Ich fahre im Monat 3000 Kilometer«, sagt sie.')).toEqual([['Ich fahre im Monat 3000 Kilometer', 'Ramona Schlüter-Klein']])
    namedOrNone('Im Schweriner Gesundheitsministerium kennt man das Problem. Die Mittel reichten »für bis zu 20 Stellen«, so eine Sprecherin des Ministeriums.', [['für bis zu 20 Stellen', 'Gesundheitsministerium']])
  })

  it('reads a German subject with its role after the verb, past an adjective before its noun', () => {
    expect(quotes('„Das war Charakter“, sagte Emscherbruch-Trainer Dirk Kaminski.\n\nAuf der anderen Seite haderte Hellwegs Trainer Sven Thorbecke mit der Chancenverwertung. Seine Mannschaft hätte „drei, vier Tore mehr machen müssen“, sagte der Trainer.').map(([, s]) => s)).toEqual(['Dirk Kaminski', 'Sven Thorbecke'])
  })

  it('reads a bare German plural of people after the verb as the subject, for a second verb after „und“', () => {
    expect(found('Am Samstag zogen Anwohner mit Transparenten vor das Rathaus und skandierten Parolen wie „Keine Halle im Park“.')).toMatchObject([{text: 'Keine Halle im Park', speaker: null, mention: expect.stringContaining('Anwohner')}])
    // A plural of things is no subject: the verb has nobody, and the few words stay a slogan.
    expect(quotes('Am Samstag begannen Verhandlungen im Ministerium und endeten mit Parolen wie „Ohne Bauern keine Zukunft“.')).toEqual([])
  })

  it('meets a name after a verb that ends like an adjective, with a surname that ends like a plural', () => {
    // "besiegte" after its subject is the verb, not an adjective before "Lars"; "Petersen" is a surname after "Lars".
    expect(quotes('Er besiegte Lars Petersen.\n\nPetersen nahm die Niederlage sportlich. „Ich habe zu lange gewartet“, sagte er.')).toEqual([['Ich habe zu lange gewartet', 'Lars Petersen']])
  })

  it('reads a scientist by their field as an expert, and an onlooker as someone', () => {
    expect(quotes('Der Umweltpsychologe Kaspar Lindqvist hält die Ergebnisse für plausibel. »Das passt zu dem, was wir kennen«, sagt der Forscher vom Zentrum für Raumklima.')).toEqual([['Das passt zu dem, was wir kennen', 'Kaspar Lindqvist']])
    expect(found('Ein älterer Zuschauer aus Malters sah das anders: «Früher hätte man das nicht gemacht.»')).toMatchObject([{text: 'Früher hätte man das nicht gemacht.', speaker: null, mention: expect.stringContaining('Zuschauer')}])
  })

  it('gives a German "hieß es" with no source to the body the sentence before opened with, never to a person', () => {
    expect(quotes('Bei der landeseigenen Wirtschaftsagentur Ecoplus, die mehrere Skigebiete betreibt, verweist man auf die Höhenlage. Unter 1000 Metern sei Skibetrieb „wirtschaftlich kaum mehr darstellbar“, hieß es auf Anfrage.')).toEqual([
      ['wirtschaftlich kaum mehr darstellbar', 'Wirtschaftsagentur Ecoplus']
    ])
  })

  it('never gives a German "hieß es" with no source to the person of the sentence before', () => {
    const [quote] = found('Anna Berg verweist auf die Höhenlage. Skibetrieb sei „wirtschaftlich kaum mehr darstellbar“, hieß es.')
    expect(quote.text).toBe('wirtschaftlich kaum mehr darstellbar')
    expect([quote.speaker, quote.candidate ?? null]).toEqual([null, null])
  })

  it('gives an age noun to someone described but never named who was the subject since the last speaker', () => {
    // The one described is no name: the speaker stays null and the age noun is the mention, never the judge.
    expect(found('„Sie haben Vertrauen zerstört“, sagte die Richterin Annegret Wiebusch am Mittwoch.\n\nEine Geschädigte aus Lüneburg verfolgte das Urteil aus der ersten Reihe. Sie hatte 2300 Euro überwiesen. „Das war mein Erspartes“, sagte die 41-Jährige.')).toMatchObject([
      {text: 'Sie haben Vertrauen zerstört', speaker: 'Annegret Wiebusch'},
      {text: 'Das war mein Erspartes', speaker: null, mention: expect.stringContaining('41-Jährige')}
    ])
  })

  it('takes a sentence’s opening "Von X" for a source only when the sentence says something', () => {
    // "Von Strenge hält der Kapellmeister wenig" names nobody: the pronoun after it is not "Strenge".
    expect(quotes('Anna Berg kam. „Ja“, sagte sie.\n\nVon Strenge hält der scheidende Kapellmeister wenig. Ein Orchester müsse „atmen dürfen“, sagt er.').map(([, s]) => s)).not.toContain('Strenge')
  })

  it('reads a relative clause after a subject with a short attribute ("Die Senatsverwaltung für Bildung, die …, begrüßte")', () => {
    namedOrNone('Die Senatsverwaltung für Bildung, die den Neubau bezahlen soll, begrüßte den Beschluss. Eine Sprecherin nannte ihn „pragmatisch und notwendig“.', [['pragmatisch und notwendig', 'Senatsverwaltung']])
  })

  it('gives a German role nobody holds to whom the sentence before was about, when they have no role yet', () => {
    expect(quotes('Die Bezirksverordneten stimmten zu.\n\nHorst Wienecke sah das anders. Der Vorsitzende des Kleingartenvereins, der seine Parzelle seit 1983 bewirtschaftet, sprach von einem „schwarzen Tag für die grüne Stadt“.')).toEqual([['schwarzen Tag für die grüne Stadt', 'Horst Wienecke']])
    // Someone who holds the role already keeps it: the chairman named before speaks, not the subject.
    expect(quotes('Der Vorsitzende Paul Huber eröffnete die Sitzung. Horst Wienecke sah das anders. „Das ist falsch“, sagte der Vorsitzende.').map(([, s]) => s)).toEqual(['Paul Huber'])
  })

  const pachterin = 'Horst Wienecke sah das anders. „Man holzt hier ab“, sagte der 71-Jährige.\n\nEine Pächterin, die seit 1989 einen Garten hat, stand vor dem Rathaus. „Den hat mein Mann gepflanzt“, sagte sie.'

  it('takes a German feminine noun of a person for someone of her gender, whom a pronoun then finds', () => {
    expect(quotes(pachterin)[0]).toEqual(['Man holzt hier ab', 'Horst Wienecke'])
  })

  // Now: "sagte sie" after „Eine Pächterin“ goes to 'Horst Wienecke' (reason pronoun-last-speaker), a man of the paragraph
  // before. (One retraining got it right, the next did not: the ranker weighs the pronoun's gender too little.)
  it.fails('known error of the learned ranker: gives "sie" to the last speaker, a man, over the woman just described', () => {
    // A role is no name: the speaker stays null.
    expect(found(pachterin)[1]).toMatchObject({text: 'Den hat mein Mann gepflanzt', speaker: null})
  })

  it('takes no time that opens a sentence for a name ("Ende Juni schliesst …")', () => {
    expect(quotes('Ende Juni schliesst in Mettlenbach die letzte Arztpraxis. Nach sechs Jahren Suche hört Urs Hubacher auf. «Ich habe alles versucht», sagt der 71-Jährige.')).toEqual([['Ich habe alles versucht', 'Urs Hubacher']])
  })

  it('gives a pronoun to a name met before that is this paragraph’s subject after the verb, over a speaker of another paragraph', () => {
    const text = 'Urs Hubacher hört auf. «Ich habe alles versucht», sagt der 71-Jährige.\n\nBeim Departement Gesundheit verweist man auf die Dimension. «Wir unterstützen Gemeinden», teilt ein Sprecher mit.\n\nEine Woche später lädt Hubacher zum Apéro in die Praxis. Und danach? «Dann gehe ich fischen», sagt er.'
    expect(found(text)).toMatchObject([
      {speaker: 'Urs Hubacher'},
      {text: 'Wir unterstützen Gemeinden', speaker: null, mention: expect.stringContaining('Sprecher')},
      {speaker: 'Urs Hubacher'}
    ])
  })

  it('reads the name after a copula past "davon" ("Eine davon ist Lea Bürgisser")', () => {
    const text = '«Wir suchen weiter», sagt Gemeindeammann Marianne Villiger-Rey.\n\nEine davon ist Lea Bürgisser. Die 34-Jährige arbeitet am Kantonsspital. Sie könne sich das vorstellen, sagt sie – «aber nur angestellt».'
    expect(quotes(text).map(([, s]) => s)).toEqual(['Marianne Villiger-Rey', 'Lea Bürgisser'])
  })

  it('gives an age noun to the subject of a sentence since the last speaker', () => {
    expect(quotes('„Das war Charakter“, sagte Trainer Dirk Kaminski.\n\nInnenverteidiger Marvin Osterkamp hatte Rot gesehen. Der 24-Jährige entschuldigte sich nach dem Spiel: „Das war dumm von mir.“').map(([, s]) => s)).toEqual(['Dirk Kaminski', 'Marvin Osterkamp'])
  })

  it('reads the Swiss spelling of an impersonal statement and a body whose compounds are cut short', () => {
    expect(quotes('Das Gesundheits- und Umweltdepartement verweist auf das Pilotprojekt. Man sei sich der Lage «sehr bewusst», heisst es dort.')).toEqual([['sehr bewusst', 'Gesundheits- und Umweltdepartement']])
  })

  it('meets a defendant named by first name and initial, and knows a Zentrale as a body', () => {
    expect(quotes('Staatsanwalt Malte Ehlerding hatte fünf Jahre gefordert. „Wer Bewertungen fälscht, handelt nicht aus Not“, sagte er.\n\nDennis K. hatte ein Geständnis abgelegt. In seinem letzten Wort sagte er: „Ich schäme mich.“').map(([, s]) => s)).toEqual(['Malte Ehlerding', 'Dennis K'])
    expect(quotes('Die Verbraucherzentrale Hamburg warnt vor Fake-Shops. „Ein Preis weit unter allen anderen ist ein Warnsignal“, erklärte eine Sprecherin.')).toEqual([['Ein Preis weit unter allen anderen ist ein Warnsignal', 'Verbraucherzentrale Hamburg']])
  })

  // Now: 'Schifffahrtsamt Rhein' (reason cue), the name cut at the hyphenated compound.
  it.fails('known error of the learned ranker: cuts a body with compounds cut short after a spokesperson to its last compound', () => {
    namedOrNone('Ein Sprecher des Wasserstraßen- und Schifffahrtsamts Rhein sagte, man habe die Fundstelle „großräumig gesperrt“.', [['großräumig gesperrt', 'Wasserstraßen- und Schifffahrtsamt Rhein']])
  })

  it('resolves pronouns and continuation to the previous speaker', () => {
    expect(quotes('„Wir helfen“, sagte Hans Meier.\n\n„Und zwar sofort“, fuhr er fort.')).toEqual([
      ['Wir helfen', 'Hans Meier'],
      ['Und zwar sofort', 'Hans Meier']
    ])
  })

  it('resolves a role description to the person with that role', () => {
    const text = 'Der französische Präsident Jean Dupont traf die deutsche Kanzlerin Eva Roth.\n\n„Wir helfen“, sagte der französische Präsident.'
    expect(quotes(text)).toEqual([['Wir helfen', 'Jean Dupont']])
  })

  it('resolves a demonstrative description to the previous expert', () => {
    const text = '„Die Lage ist ernst“, sagte Eva Roth, Professorin an der Universität Wien.\n\nDie Regierung verschafft sich „sicheren Zugang zu Krediten“, so diese Expertin.'
    expect(quotes(text).map(([, s]) => s)).toEqual(['Eva Roth', 'Eva Roth'])
  })

  it('never takes the addressee nor the agency for the speaker', () => {
    const text = '„Wir helfen“, sagte Hans Meier.\n\nDie Regierung „steht bereit“, sagte er Herrn Putin weiter.\n\n„Es wird dauern“, betonte Eva Roth gegenüber AFP.'
    expect(quotes(text).map(([, s]) => s)).toEqual(['Hans Meier', 'Hans Meier', 'Eva Roth'])
  })

  it('lets the agent of a passive speak, and a pronoun go on with that unnamed speaker', () => {
    const text = 'Der Angriff wurde von einer Armeesprecherin bestätigt. Sie sagte, das Ziel sei es, „die Stellungen des Gegners“ zu zerstören.'
    // A role is no name: the speaker stays null, and the words that attribute it are the pronoun (or the role).
    expect(found(text)).toMatchObject([{text: 'die Stellungen des Gegners', speaker: null, mention: expect.stringMatching(/^(Sie|.*Armeesprecherin)$/)}])
  })

  it('lets organisations speak and shows an acronym by the long form the article gives', () => {
    const text = 'Den Betrieb führt die Coca-Cola Erfrischungsgetränke AG (CCE). Die CCE nannte den Bericht „reine Spekulation“.\n\nDas auswärtige Amt rät dazu, „nicht notwendige Reisen zu verschieben“.'
    expect(quotes(text)).toEqual([
      ['reine Spekulation', 'Coca-Cola Erfrischungsgetränke AG'],
      ['nicht notwendige Reisen zu verschieben', 'Auswärtiges Amt']
    ])
  })

  it('reads a surname with a capitalised particle at the start of a sentence', () => {
    const text = 'Ministerin Ursula von der Leyen besuchte die Filiale.\n\nVon der Leyen betonte, es gebe „viele gute Bewerberinnen“.'
    expect(quotes(text)).toEqual([['viele gute Bewerberinnen', 'Ursula von der Leyen']])
  })

  it('reads appositions of any noun before a speech verb, and without their closing comma', () => {
    expect(quotes('John Kline, ein Repräsentant aus Minnesota und Oberst außer Dienst, sagte: „Das war direktes Feuer.“')).toEqual([['Das war direktes Feuer.', 'John Kline']])
    expect(quotes('Martin Behrsing, Sprecher des Forums kommentierte den Fall mit den Worten: „Das ist klar geregelt.“')).toEqual([['Das ist klar geregelt.', 'Martin Behrsing']])
  })

  it('reads a participle that closes its clause after a quotation, and a party in brackets', () => {
    expect(quotes('Der libanesische Informationsminister Ghasi Aridi hatte bereits die Zustimmung „trotz einiger Vorbehalte“ bekanntgegeben.')).toEqual([['trotz einiger Vorbehalte', 'Ghasi Aridi']])
    expect(quotes('Bundesministerin Kristina Schröder (CDU) sagte der Zeitung, sie wolle „diese neue Chance ergreifen“.')).toEqual([['diese neue Chance ergreifen', 'Kristina Schröder']])
  })

  it('reads a participial phrase before a role: "Der auf der Konferenz anwesende Außenminister X"', () => {
    expect(quotes('Der auf der Konferenz anwesende Außenminister Sergei Lawrow reagierte gelassen: Mit den Worten „Jetzt wird alles besprochen“ wandte er sich ab.')).toEqual([
      ['Jetzt wird alles besprochen', 'Sergei Lawrow']
    ])
  })

  it('never gives an indefinite description to someone named before', () => {
    const text = '„Wir ermitteln“, sagte Polizeisprecher Joachim Banke.\n\nEin Polizeisprecher meinte später: „Das war ein Unfall.“'
    expect(found(text)).toMatchObject([
      {text: 'Wir ermitteln', speaker: 'Joachim Banke'},
      {text: 'Das war ein Unfall.', speaker: null, mention: expect.stringContaining('Polizeisprecher')}
    ])
  })

  it('takes no place or common noun named in passing for a person', () => {
    const text = 'Der Müll wurde in der Deponie Schönberg gelagert. Die Deponie gehört der Stadt.\n\nEr sagte: „Das ist alles rechtens.“'
    expect(quotes(text)).toEqual([['Das ist alles rechtens.', null]])
  })

  it('ends a sentence at a full stop with a missing space', () => {
    const text = 'Der Entwicklungshelfer Stefan Ziemendorff leitete das Team. Eines der Opfer, Juan Mendoza, verschwand.Der Deutsche Ziemendorff ist Koordinator. Im Interview erklärte er: „Der Anblick ist spektakulär.“'
    expect(quotes(text)).toEqual([['Der Anblick ist spektakulär.', 'Stefan Ziemendorff']])
  })

  it('names an unnamed body by the one compound the article gives it: "der oberste Gerichtshof" → "Bundesgerichtshof"', () => {
    const text = 'Der Bundesgerichtshof hob das Urteil auf.\n\nDer oberste Gerichtshof wertete die Zahlungen als „treupflichtwidrige Verschwendung“.'
    namedOrNone(text, [['treupflichtwidrige Verschwendung', 'Bundesgerichtshof']])
  })

  it('gives a quotation standing alone to whom the sentence before is about', () => {
    namedOrNone('Europapolitik: Die SPD will am Kurs der Erweiterung festhalten. „Wir wollen ein Europa, auf das man sich verlassen kann.“', [
      ['Wir wollen ein Europa, auf das man sich verlassen kann.', 'SPD']
    ])
  })

  it('gives what a document says to its author: "Darin steht: „…“"', () => {
    namedOrNone('Die Staatsanwaltschaft gab am Dienstag eine Stellungnahme ab. Darin steht unter anderem: „Wir sind tief betroffen.“', [
      ['Wir sind tief betroffen.', 'Staatsanwaltschaft']
    ])
  })

  it('reads the subject before a relative clause: "X, die …, nennt …"', () => {
    const text = 'Die Anwältin Gülsen Celebi vertritt die Familie.\n\nCelebi, die vor allem Frauen vertritt, nennt das Ereignis einen Skandal. „Das hätte nie passieren dürfen.“'
    expect(quotes(text)).toEqual([['Das hätte nie passieren dürfen.', 'Gülsen Celebi']])
  })

  it('gives a spokesperson the body a compound names, not the body just named', () => {
    namedOrNone('Die deutsche Bundesregierung versuchte zu beruhigen. Ein Sprecher des Finanzministeriums sagte: „Wir sind zuversichtlich, dass das Land damit fertig wird.“', [
      ['Wir sind zuversichtlich, dass das Land damit fertig wird.', 'Finanzministerium']
    ])
  })

  it('reads a German subject up to its noun, not into the verb after it', () => {
    // "Die Polizei veröffentlichte am Abend" is no description headed by "Abend".
    namedOrNone('Die Polizei veröffentlichte am Abend einen Aufruf: „Wir suchen Zeugen, die den Mann gesehen haben.“', [['Wir suchen Zeugen, die den Mann gesehen haben.', 'Polizei']])
    expect(found('Die Polizei veröffentlichte am Abend einen Aufruf: „Wir suchen Zeugen, die den Mann gesehen haben.“')[0].mention).not.toContain('Abend')
  })

  it('names the body a spokesperson speaks for, in the nominative, past an acronym in brackets', () => {
    expect(quotes('Ein Sprecher des Münchner Baureferats sagte, man werde die Studie „mit großem Interesse“ auswerten.')).toEqual([['mit großem Interesse', 'Münchner Baureferat']])
    expect(quotes('„Wir prüfen das“, sagte ein Sprecher des Weißen Hauses.')).toEqual([['Wir prüfen das', 'Weißes Haus']])
    expect(quotes('Einer Sprecherin des Deutschen Skiverbandes (DSV) zufolge ist sie „noch nicht bei hundert Prozent“.')).toEqual([['noch nicht bei hundert Prozent', 'Deutscher Skiverband']])
    expect(quotes('„Das war knapp“, sagte eine Sprecherin der Bayerischen Staatsregierung.')).toEqual([['Das war knapp', 'Bayerische Staatsregierung']])
    // One body, one name, whatever its case: the article's own name and its spokesperson's genitive agree.
    expect(quotes('Der Deutsche Skiverband erklärte: „Wir warten ab.“ Einer Sprecherin des Deutschen Skiverbandes zufolge ist sie „noch nicht fit“.').map(([, s]) => s))
      .toEqual(['Deutscher Skiverband', 'Deutscher Skiverband'])
  })

  it('reads where an impersonal statement came from: "hieß es aus …", "heißt es bei …", "in einer Stellungnahme"', () => {
    expect(quotes('„Ein Baustopp steht nicht zur Debatte“, hieß es am Dienstag aus dem Wiener Rathaus.')).toEqual([['Ein Baustopp steht nicht zur Debatte', 'Wiener Rathaus']])
    namedOrNone('„Das wird teuer“, hieß es aus Regierungskreisen.', [['Das wird teuer', 'Regierungskreise']])
    expect(quotes('„Keine Wohnung bleibt kalt“, heißt es dazu bei Wiener Wohnen auf Anfrage.')).toEqual([['Keine Wohnung bleibt kalt', 'Wiener Wohnen']])
    namedOrNone('Der Naturschutzbund fordert seit Langem strengere Regeln. „Licht in der Nacht ist Verschmutzung“, heißt es in einer Stellungnahme des Verbands.', [['Licht in der Nacht ist Verschmutzung', 'Naturschutzbund']])
    // Nobody named: the statement stays without a speaker, or is left out.
    expect(leftOutOrNamed('„Wir kommen wieder“, hieß es.', 'Wir kommen wieder', null)).toEqual([])
  })

  it('gives a spokesperson\'s words to the body the article named: "ein Bahnsprecher", "ein Sprecher des Ministeriums"', () => {
    const text = 'Die Strecke der Saalbahn bleibt gesperrt, teilte die Deutsche Bahn mit. „Wir müssen den Hang sichern“, sagte ein Bahnsprecher.\n\nDas niedersächsische Umweltministerium verweist auf Förderprogramme. „Niedersachsen zahlt viel“, sagte ein Sprecher des Ministeriums.'
    expect(quotes(text).map(([, s]) => s)).toEqual(['Deutsche Bahn', 'Niedersächsisches Umweltministerium'])
  })

  it('reads a country\'s genitive before a role and an unlisted person noun before a full name', () => {
    const text = 'Thüringens Verkehrsminister Jörg Wendelin kritisierte die Bahn. „Wer das liegen lässt, darf sich nicht wundern“, betonte der Minister im Landtag.\n\n„Ich fahre jeden Tag eine Stunde länger“, sagte die Pendlerin Sandra Oelschlägel der Deutschen Presse-Agentur.'
    expect(quotes(text).map(([, s]) => s)).toEqual(['Jörg Wendelin', 'Sandra Oelschlägel'])
  })

  it('gives a pronoun to the subject of the sentence just before, named or described, also after the verb', () => {
    const text = '«Das entschuldigt nicht alles», sagte der Anwalt Dominik Fässler.\n\nDer Beschuldigte selbst hatte das letzte Wort genutzt. «Ich fahre seit acht Jahren Velo», sagte er.'
    // The accused is described, not named: the speaker stays null, never the lawyer.
    expect(found(text)).toMatchObject([
      {speaker: 'Dominik Fässler'},
      {text: 'Ich fahre seit acht Jahren Velo', speaker: null, mention: expect.stringMatching(/^(er|.*Beschuldigte)$/)}
    ])
    const inverted = '»Die Lage ist ernst«, sagt die Schäferin Heike Ströver.\n\nDifferenzierter sieht das die Wildbiologin Mareike Tönnies. »Wir reden über ein Rudel«, sagt sie.\n\nZum Schluss wandte sich die Richterin Regula Tschudin an beide Parteien. »Ein Freispruch heisst nicht, dass hier niemand leidet.«'
    expect(quotes(inverted).map(([, s]) => s)).toEqual(['Heike Ströver', 'Mareike Tönnies', 'Regula Tschudin'])
  })

  it('reads a possessive before a role, stops a particle name at a common noun, and joins a German split quotation', () => {
    expect(quotes('Für die CDU-Fraktion ist der Abbau überfällig. Ihr verkehrspolitischer Sprecher Frank Oettinghaus sprach von „ideologischen Sperrzonen“.')).toEqual([['ideologischen Sperrzonen', 'Frank Oettinghaus']])
    expect(quotes('„Das ist ein Abriss“, sagt Lea Brunnhuber von der Anwohnerinitiative.')).toEqual([['Das ist ein Abriss', 'Lea Brunnhuber']])
    expect(quotes('„Wir werden“, kündigt die grüne Bezirksverordnete Derya Schönfeld an, „jeden rechtlichen Weg prüfen.“')).toEqual([['Wir werden jeden rechtlichen Weg prüfen.', 'Derya Schönfeld']])
  })

  it('carries a pronoun subject on, and gives reported speech to whom its paragraph brings in', () => {
    const text = '«Wir sind am Limit», sagte eine Sprecherin des Stadtspitals Triemli.\n\nJasmin Odermatt arbeitet seit elf Jahren auf dem Notfall. In einer Nacht wie dieser betreut sie zwölf Patienten. «Gestern hat mich ein Mann angeschrien», erzählt sie.'
    expect(quotes(text).map(([, s]) => s)).toEqual(['Stadtspital Triemli', 'Jasmin Odermatt'])
    const reported = '„Das reicht“, sagte die Anwohnerin Petra Klee.\n\nLea Brunnhuber, die Sprecherin der Initiative, gibt sich kämpferisch. Notfalls werde man sich „eben selbst vor die Bagger stellen“.'
    expect(quotes(reported).map(([, s]) => s)).toEqual(['Petra Klee', 'Lea Brunnhuber'])
  })

  it('reads the body in a compound spokesperson without its linking "s": "ein Regierungssprecher" after "die Bundesregierung"', () => {
    namedOrNone('Die Bundesregierung beriet am Montag. „Wir prüfen das“, sagte ein Regierungssprecher.', [['Wir prüfen das', 'Bundesregierung']])
  })

  it('reads a short group noun at the end of a compound, and a colon past a verb of nobody\'s', () => {
    namedOrNone('Das Landesschulamt räumt ein, die Begleitung binde »erhebliche Kapazitäten«.', [['erhebliche Kapazitäten', 'Landesschulamt']])
    expect(found('Eine Obstbäuerin aus Gleisdorf, die ihren Namen nicht nennen wollte, ist wütend: „Jedes Jahr hagelt es.“')).toMatchObject([{text: 'Jedes Jahr hagelt es.', speaker: null, mention: expect.stringContaining('Obstbäuerin')}])
  })

  it('gives a spokesperson of no named body to the body just named', () => {
    expect(quotes('Die Berliner Feuerwehr sieht das anders. „Wir brauchen freie Wege“, sagte ein Sprecher.')).toEqual([['Wir brauchen freie Wege', 'Berliner Feuerwehr']])
    expect(quotes('Im Kulturreferat der Stadt kennt man den Fall. Ein Sprecher sagte, man sei „in guten Gesprächen“.')).toEqual([['in guten Gesprächen', 'Kulturreferat']])
    // With no body near, or only a place someone was taken to, the spokesperson stays a role; bodies are no people.
    expect(found('„Wir prüfen das“, sagte ein Sprecher.')).toMatchObject([{text: 'Wir prüfen das', speaker: null, mention: 'ein Sprecher'}])
    expect(found('Der Mann wurde ins Universitätsklinikum gebracht. „Er schwebt nicht in Lebensgefahr“, sagte ein Sprecher.')).toMatchObject([{text: 'Er schwebt nicht in Lebensgefahr', speaker: null, mention: 'ein Sprecher'}])
    expect(extractFacts(de('Die Berliner Feuerwehr sieht das anders. „Wir brauchen freie Wege“, sagte ein Sprecher.')).people).toEqual([])
  })

  it('never lets a pronoun stand for a named body', () => {
    const text = 'Der Naturschutzbund Deutschland fordert strengere Regeln. „Licht ist Verschmutzung“, heißt es in einer Stellungnahme des Verbands.\n\nDie Biologin Friederike Albers forscht dazu. Für Albers ist die Lösung einfach. „Wir müssen nicht die Städte verdunkeln“, sagt sie.'
    expect(leftOutOrNamed(text, 'Licht ist Verschmutzung', 'Naturschutzbund Deutschland')).toEqual([['Wir müssen nicht die Städte verdunkeln', 'Friederike Albers']])
  })

  it('keeps a speaker\'s one-word term after an article, and a name after an article as a name', () => {
    expect(leftOutOrNamed('Chinesische Politiker haben angekündigt, man werde hart gegen den „Terrorismus“ in der Region durchgreifen.', 'Terrorismus', 'Chinesische Politiker')).toEqual([])
    expect(quotes('Das berichtete die „Automobilwoche“ am Montag.')).toEqual([])
  })

  const aufsichtsrat = '„Das reicht nicht“, sagte Vorstandschef Klaus Berger. Die Aktionärsvereinigung schlug in die gleiche Kerbe, indem sie den Aufsichtsrat zum Handeln aufforderte: „Jetzt ist der Aufsichtsrat gefordert.“'

  // Now: the second quotation goes to 'Klaus Berger' (reason sentence-mention, mention "sie"), the previous speaker.
  it.fails('known error of the learned ranker: gives a quotation introduced by a colon to the previous speaker, not to the subject of its sentence', () => {
    const [, second] = quotes(aufsichtsrat)
    expect(second[0]).toBe('Jetzt ist der Aufsichtsrat gefordert.')
    expect(['Aktionärsvereinigung', null]).toContain(second[1])
  })

  it('gives a quotation introduced by a colon to the subject of its sentence, not to the previous speaker', () => {
    expect(quotes(aufsichtsrat)[0]).toEqual(['Das reicht nicht', 'Klaus Berger'])
    // A dateline is not a subject: the sign's words stay unattributed and out.
    expect(quotes('Prenzlau – Am Ortseingang steht ein Holzkreuz, daran ein Pappschild: „Unser Dorf ist kein Industriegebiet“.')).toEqual([])
  })

  it('prefers a pronoun\'s gender over a previous speaker of unknown gender', () => {
    const text = '„Das geht zu weit“, so Wieland. Auch die Sprecherin der Fraktion, Gisela Piltz, schloss sich an. Sie warf der Regierung „massive Einschränkungen der Grundrechte“ vor.'
    expect(quotes(text).map(([, s]) => s)).toEqual(['Wieland', 'Gisela Piltz'])
  })

  it('withholds a name below minConfidence: the JSON keeps the candidate, the plugin warns, the box shows no name', async () => {
    // (The SPD's quotation standing alone this test used has no name any more at any threshold: a person named before has one.)
    const text = de('Er besiegte Lars Petersen.\n\nPetersen nahm die Niederlage sportlich. „Ich habe zu lange gewartet“, sagte er.')
    const [named] = extractFacts(text).quotes
    expect(named).toMatchObject({text: 'Ich habe zu lange gewartet', speaker: 'Lars Petersen'})
    expect(named.confidence).toBeGreaterThanOrEqual(0.25)
    expect(named.confidence).toBeLessThan(0.9)
    expect(named.candidate).toBeUndefined()
    const [withheld] = extractFacts(text, {minConfidence: 0.9}).quotes
    expect(withheld).toMatchObject({speaker: null, candidate: 'Lars Petersen', confidence: named.confidence})
    const file = new VFile({value: text})
    const html = String(await unified().use(remarkParse).use(remarkFactbox, {minConfidence: 0.9}).use(remarkRehype).use(rehypeStringify).process(file))
    expect(file.messages.map((m) => m.ruleId)).toContain('low-confidence-speaker')
    expect(html).toContain('Ich habe zu lange gewartet')
    expect(html).not.toContain('<cite class="factbox__speaker">Lars Petersen</cite>')
    expect(() => extractFacts(text, {minConfidence: 2})).toThrow(/`minConfidence`/)
  })

  it('gives a low confidence and no name when nobody can be named', () => {
    // A statement from a letter nobody is named for may be left out; if kept, it has no name and no confidence.
    const facts = extractFacts(de('„Wir kommen wieder“, heißt es in dem Brief.'))
    expect(facts.quotes.length).toBeLessThanOrEqual(1)
    for (const q of facts.quotes) expect(q).toMatchObject({text: 'Wir kommen wieder', speaker: null, confidence: 0})
    const [alone] = extractFacts(de('Der Müll wurde in der Deponie Schönberg gelagert. Die Deponie gehört der Stadt.\n\nEr sagte: „Das ist alles rechtens.“')).quotes
    expect(alone).toMatchObject({text: 'Das ist alles rechtens.', speaker: null, confidence: 0})
  })
})

describe('names that are names (German)', () => {
  const people = (body: string) => extractFacts(de(body)).people.map((p) => p.name)

  it.each([
    ['a genitive of a country the article names', 'Brasilien hat am Montag neue Zölle angekündigt. Der Vertreter Brasiliens sagte: „Wir lassen uns nicht erpressen.“', 'Der Vertreter Brasiliens'],
    ["a genitive of a person's surname before a noun", 'Die Kampagne von Hans Obermeier ist in Not. Obermeiers Kampagne erklärte: „Wir kämpfen weiter.“ Obermeier selbst schwieg.', 'Obermeiers Kampagne'],
    ['a word the article also writes in lower case', 'Der Verband hat insbesondere die Bauern unterstützt. Insbesondere sagte: „Wir lassen uns nicht erpressen.“', 'Insbesondere'],
    ['a quantifier before a noun', 'Der Lehrer Anton Weber kritisierte die Reform. Jeder Pädagoge sagte: „Das ist zu viel.“ Weber forderte mehr Geld.', 'Jeder Pädagoge']
  ])('names nobody for %s, and keeps the words as the mention', (_, body, mention) => {
    const [quote] = found(body)
    expect(quote.speaker).toBeNull()
    expect(quote.mention).toBe(mention)
    expect(people(body)).not.toContain(mention)
  })

  it("keeps a body's name that opens with an adjective, written in lower case elsewhere and with its -s", () => {
    expect(quotes('Die auswärtige Politik ist umstritten. Das Auswärtige Amt warnte vor Reisen in die Region. Das Auswärtige Amt erklärte: „Die Lage ist ernst.“')).toEqual([['Die Lage ist ernst.', 'Auswärtiges Amt']])
  })
})


