/**
 * The examples of src/speakers/cues.ts for speech verbs, as tests: each rung of `subjectLadder` (the `Cue.pattern`
 * it gives), then 'relative-opener' and 'agent-after', and the helpers the rungs read subjects with. Every row is a
 * comment's example completed into a sentence, with the cue the document stage finds in it.
 */
import {describe, expect, it} from 'vitest'
import {buildDocument} from '../../src/document/index.js'
import {type CueRow, cuesIn, quoteMention} from './support.js'

const verb = (pattern: string, text: string, mention: string | null): CueRow['cue'] => ({pattern, kind: 'verb', text, mention})

const rungs: Array<[pattern: string, rows: CueRow[]]> = [
  [
    'zitiert',
    [
      // "X zitiert Y mit den Worten": Y speaks.
      {lang: 'de', sentence: 'Die Zeitung zitiert den Minister mit den Worten: „Wir sind bereit.“', cue: verb('zitiert', 'zitiert', 'den Minister')}
    ]
  ],
  [
    'gerund',
    [
      {lang: 'fr', sentence: 'Me Arnaud Keller a plaidé la relaxe, estimant que son client était « de bonne foi ».', cue: verb('gerund', 'estimant', 'Me Arnaud Keller')},
      {lang: 'en', sentence: '“We acted in good faith,” Okafor said, adding that the board would “review everything”.', cue: verb('gerund', 'adding', 'Okafor')}
    ]
  ],
  [
    'after-quote',
    [
      {lang: 'en', sentence: '“We will keep fighting,” Joost van der Berg, chief negotiator for the union, told Reuters.', cue: verb('after-quote', 'told', 'Joost van der Berg')}
    ]
  ],
  [
    'before-comma',
    [
      {lang: 'fr', sentence: 'Présent au bord de la route, le sélectionneur des Bleus, Bruno Lestrade, estime que l’équipe est « prête ».', cue: verb('before-comma', 'estime', 'le sélectionneur des Bleus, Bruno Lestrade')},
      // A name with its apposition, not the apposition alone.
      {lang: 'fr', sentence: 'Devant l’usine, Karim Bensalah-Huot, délégué syndical CGT, dit que la grève est « historique ».', cue: verb('before-comma', 'dit', 'Karim Bensalah-Huot')},
      // A name and its apposition set off by commas are read here before any rung after this one.
      {lang: 'en', sentence: 'Dr Euan Fairlie, who chairs the board, said Coll was “not an isolated case”.', cue: verb('before-comma', 'said', 'Dr Euan Fairlie')},
      {lang: 'de', sentence: 'Andres Granier, der Gouverneur von Tabasco, sagte, die Lage sei „dramatisch“.', cue: verb('before-comma', 'sagte', 'Andres Granier')},
      {lang: 'de', sentence: 'Der Gouverneur von Tabasco, Andres Granier, sagte, die Lage sei „dramatisch“.', cue: verb('before-comma', 'sagte', 'Der Gouverneur von Tabasco, Andres Granier')},
      // A relative clause with no auxiliary reads as the name's apposition.
      {lang: 'de', sentence: 'Celebi, die die Kläger vertritt, nennt das Ereignis „einen Skandal“.', cue: verb('before-comma', 'nennt', 'Celebi')}
    ]
  ],
  [
    'aside',
    [
      {lang: 'fr', sentence: 'Matignon, de son côté, assure que la réforme est « nécessaire ».', cue: verb('aside', 'assure', 'Matignon')},
      {lang: 'fr', sentence: 'Un élu, venu sur place, a promis « des moyens ».', cue: verb('aside', 'promis', 'Un élu')},
      {lang: 'fr', sentence: 'Sotrachim, rachetée en 2024 par un groupe allemand, a indiqué que « rien ne change ».', cue: verb('aside', 'indiqué', 'Sotrachim')},
      {lang: 'en', sentence: 'Ana Ribeiro, a forest ecologist at the University of Coimbra who has studied the fires for two years, said the damage was “worse than feared”.', cue: verb('aside', 'said', 'Ana Ribeiro')},
      // A document speaks for its author named in the aside.
      {lang: 'en', sentence: 'That report, released last month by Halvorsen Energy Advisors, estimated the cost at “well over $2 billion”.', cue: verb('aside', 'estimated', 'Halvorsen Energy Advisors')},
      // A capitalised word before the author's name is read with it.
      {lang: 'en', sentence: 'That report, released last month by Atlanta-based Halvorsen Energy Advisors, estimated the cost at “well over $2 billion”.', cue: verb('aside', 'estimated', 'Atlanta-based Halvorsen Energy Advisors')},
      // With no author named, the document itself (the article's last named body or person speaks for it later).
      {lang: 'en', sentence: 'The letter, signed by the mayor, says the plan is “dead”.', cue: verb('aside', 'says', 'The letter')}
    ]
  ],
  [
    'opening-before-auxiliary',
    [
      {lang: 'fr', sentence: 'Le ministre de l’Intérieur, Étienne Vautrin, a dénoncé « une provocation ».', cue: verb('opening-before-auxiliary', 'dénoncé', 'Le ministre de l’Intérieur, Étienne Vautrin')}
    ]
  ],
  [
    'opening-appositive',
    [
      {lang: 'de', sentence: 'Anna Berg sagte: „Wir bleiben hier.“', cue: verb('opening-appositive', 'sagte', 'Anna Berg')},
      {lang: 'de', sentence: 'Justizsprecher Joachim Banke sagte, das sei „ein Fehler“.', cue: verb('opening-appositive', 'sagte', 'Justizsprecher Joachim Banke')},
      {lang: 'de', sentence: 'Kristina Schröder (CDU) sagte, das sei „ein Fehler“.', cue: verb('opening-appositive', 'sagte', 'Kristina Schröder')}
    ]
  ],
  [
    'opening-relative',
    [
      // A relative clause with its auxiliary is no apposition.
      {lang: 'de', sentence: 'Celebi, die die Kläger seit Jahren vertreten hat, nennt das Ereignis „einen Skandal“.', cue: verb('opening-relative', 'nennt', 'Celebi')},
      // Past a short attribute of the subject's.
      {lang: 'de', sentence: 'Die Senatsverwaltung für Bildung, die den Neubau bezahlen soll, nennt die Kosten „vertretbar“.', cue: verb('opening-relative', 'nennt', 'Die Senatsverwaltung')},
      {lang: 'fr', sentence: 'Un élu étudiant qui a voté contre, et qui siège au conseil, résume : « Nous avons perdu. »', cue: verb('opening-relative', 'résume', 'Un élu étudiant')},
      {lang: 'en', sentence: 'A cutter who has worked at the plant since 2008, and who asked not to be named, said the cuts were “brutal”.', cue: verb('opening-relative', 'said', 'A cutter')}
    ]
  ],
  [
    'passive-agent',
    [
      {lang: 'de', sentence: 'Der Angriff wurde von einer Armeesprecherin bestätigt: „Es gab drei Tote.“', cue: verb('passive-agent', 'bestätigt', 'einer Armeesprecherin')}
    ]
  ],
  [
    'passive-among',
    [
      {lang: 'de', sentence: 'In den Medien war der Auftrag als „Geschenk“ bezeichnet worden.', cue: verb('passive-among', 'bezeichnet', 'Medien')},
      {lang: 'de', sentence: 'In der Partei war der Auftrag als „Geschenk“ bezeichnet worden.', cue: verb('passive-among', 'bezeichnet', 'der Partei')},
      {lang: 'de', sentence: 'Im Ministerium wird der Plan als „Fehler“ bezeichnet.', cue: verb('passive-among', 'bezeichnet', 'Ministerium')},
      // A place is where, not who: the rung does not apply, and nobody follows the verb.
      {lang: 'de', sentence: 'In Berlin wurde der Auftrag als „Geschenk“ bezeichnet.', cue: verb('verb-first', 'bezeichnet', null)},
      {lang: 'de', sentence: 'In der Stadt wird der Auftrag als „Geschenk“ bezeichnet.', cue: verb('verb-first', 'bezeichnet', null)}
    ]
  ],
  [
    'participle',
    [
      {lang: 'de', sentence: 'Anna Berg hatte den Plan „trotz einiger Vorbehalte“ bekanntgegeben.', cue: verb('participle', 'bekanntgegeben', 'Anna Berg')},
      {lang: 'fr', sentence: 'Mardi soir, devant la mairie, une riveraine a dénoncé « un scandale ».', cue: verb('participle', 'dénoncé', 'une riveraine')}
    ]
  ],
  [
    'inverted-pronoun',
    [
      {lang: 'fr', sentence: '« C’est fini », a-t-elle ajouté.', cue: verb('inverted-pronoun', 'ajouté', 'a-t-elle')},
      {lang: 'fr', sentence: '« C’est fini », a-t-il ajouté.', cue: verb('inverted-pronoun', 'ajouté', 'a-t-il')}
    ]
  ],
  [
    'verb-first',
    [
      {lang: 'de', sentence: '„Wir bleiben hier“, sagte Anna Berg.', cue: verb('verb-first', 'sagte', 'Anna Berg')},
      {lang: 'en', sentence: '“We will appeal,” said the minister.', cue: verb('verb-first', 'said', 'the minister')},
      {lang: 'fr', sentence: '« C’est une victoire », se réjouit la maire.', cue: verb('verb-first', 'réjouit', 'la maire')},
      {lang: 'fr', sentence: '« C’est historique », se réjouit la présidente.', cue: verb('verb-first', 'réjouit', 'la présidente')},
      // Never whom it was told to.
      {lang: 'en', sentence: '“We will appeal,” told Reuters a lawyer for the family.', cue: verb('verb-first', 'told', null)},
      // Past a short phrase before the subject.
      {lang: 'de', sentence: '„Das ist ein Erfolg“, sagte im Interview der Minister.', cue: verb('verb-first', 'sagte', 'der Minister')},
      {lang: 'en', sentence: '“We will appeal,” said in a statement the ministry.', cue: verb('verb-first', 'said', 'the ministry')},
      // The particle of a separable verb closes its clause.
      {lang: 'de', sentence: '„Wir machen weiter“, fuhr er nach einer Pause fort.', cue: verb('verb-first', 'fuhr … fort', 'er')},
      // Someone after the verb who goes on to a verb of their own is the subject of what was said: with an aside
      // before the verb, the sentence's subject speaks.
      {lang: 'en', sentence: 'The chairman of the board, speaking after the vote on Tuesday evening in the council chamber of the town hall, said Coll was “not an isolated case”.', cue: verb('verb-first', 'said', 'The chairman of the board')},
      // "do" before a capital is no auxiliary that takes the name to a verb of its own: the name stays the subject
      // (read up to the particle).
      {lang: 'en', sentence: '“We are ready,” said Maria do Céu Antunes.', cue: verb('verb-first', 'said', 'Maria')}
    ]
  ],
  [
    'auxiliary-first',
    [
      {lang: 'de', sentence: '„Wir haben gewonnen“, hatte VW-Chef Winterkorn in einem Interview erklärt.', cue: verb('auxiliary-first', 'erklärt', 'VW-Chef Winterkorn')},
      {lang: 'fr', sentence: '« Rien n’est joué », a déclaré jeudi Karine Delmas.', cue: verb('auxiliary-first', 'déclaré', 'Karine Delmas')},
      {lang: 'fr', sentence: '« Je regrette », a déclaré à la barre Christine Thill.', cue: verb('auxiliary-first', 'déclaré', 'Christine Thill')},
      {lang: 'fr', sentence: '« Nous ne partirons pas », a déclaré à l’AFP le maire.', cue: verb('auxiliary-first', 'déclaré', 'le maire')},
      {lang: 'fr', sentence: "« Nous ne partirons pas », a déclaré à l'AFP le maire.", cue: verb('auxiliary-first', 'déclaré', 'le maire')},
      {lang: 'fr', sentence: '« Nous ne partirons pas », a écrit sur X le maire.', cue: verb('auxiliary-first', 'écrit', 'le maire')},
      {lang: 'fr', sentence: '« Nous ne partirons pas », a écrit sur les réseaux sociaux le maire.', cue: verb('auxiliary-first', 'écrit', 'le maire')},
      {lang: 'fr', sentence: '« J’ai tout perdu », a raconté au Devoir l’homme de 77 ans.', cue: verb('auxiliary-first', 'raconté', 'l’homme de 77 ans')},
      {lang: 'fr', sentence: "« J'ai tout perdu », a raconté au Devoir l'homme de 77 ans.", cue: verb('auxiliary-first', 'raconté', "l'homme de 77 ans")},
      {lang: 'fr', sentence: '« Non », a répondu le prévenu.', cue: verb('auxiliary-first', 'répondu', 'le prévenu')}
    ]
  ],
  [
    'coordinated',
    [
      {lang: 'fr', sentence: 'Élue de Saint-Denis, Claire Vidalenc, défend « un budget juste » et rappelle que rien n’est fait.', cue: verb('coordinated', 'rappelle', 'Claire Vidalenc')}
    ]
  ],
  [
    'around-verb',
    [
      {lang: 'en', sentence: 'It is a technology he described as “revolutionary”.', cue: verb('around-verb', 'described', 'he')},
      {lang: 'de', sentence: 'Der Staatsanwalt sagte, der Angeklagte habe „ohne Reue“ gehandelt.', cue: verb('around-verb', 'sagte', 'Der Staatsanwalt')},
      // Past auxiliaries and clitics: "s'est", "se sont".
      {lang: 'fr', sentence: "Le maire s'est dit « satisfait ».", cue: verb('around-verb', 'dit', 'Le maire')},
      {lang: 'fr', sentence: 'Les élus se sont dits « choqués ».', cue: verb('around-verb', 'dits', 'Les élus')},
      {lang: 'de', sentence: 'Zudem sagte der Minister, das sei „ein Fehler“.', cue: verb('around-verb', 'sagte', 'der Minister')},
      {lang: 'de', sentence: 'Ähnlich äußerte sich der Präsident: „Wir warten ab.“', cue: verb('around-verb', 'äußerte', 'der Präsident')},
      {lang: 'de', sentence: 'Die Ministerin wies die Vorwürfe als „haltlos“ zurück.', cue: verb('around-verb', 'wies … zurück', 'Die Ministerin')},
      {lang: 'de', sentence: 'Ein Sprecher des Wasserstraßen- und Schifffahrtsamts sagte, man prüfe „alle Optionen“.', cue: verb('around-verb', 'sagte', 'Ein Sprecher des Wasserstraßen- und Schifffahrtsamts')},
      {lang: 'en', sentence: 'The motion came from council member Wes Brockhoff, who said the plan was “reckless”.', cue: verb('around-verb', 'said', 'council member Wes Brockhoff')},
      {lang: 'fr', sentence: 'L’alerte vient de la préfète, qui prévient les riverains d’un « risque sérieux ».', cue: verb('around-verb', 'prévient', 'la préfète')},
      {lang: 'fr', sentence: 'Il a rencontré le maire, qui a déclaré que la ville était « en danger ».', cue: verb('around-verb', 'déclaré', 'le maire')},
      // Someone after the verb who goes on to a verb of their own is the subject of what was said.
      {lang: 'en', sentence: 'A spokesperson for the firm said the company would offer “full refunds”.', cue: verb('around-verb', 'said', 'A spokesperson for the firm')},
      {lang: 'en', sentence: 'The chairman of the board, speaking after the vote on Tuesday evening in the council chamber of the town hall, then said Coll was “not an isolated case”.', cue: verb('around-verb', 'said', 'The chairman of the board')},
      // Too far from the verb, the clause's first mention is not its subject.
      {lang: 'en', sentence: 'Doyle said the court had seen messages in which Feld described the plan as “foolproof”.', cue: verb('around-verb', 'described', 'Feld')},
      // A name that ends at the verb, after words the reader cannot take.
      {lang: 'en', sentence: 'U.S. District Judge Raymond Okafor said the case was “without merit”.', cue: verb('around-verb', 'said', 'District Judge Raymond Okafor')},
      // A document speaks for the author named after it; never a name after a preposition.
      {lang: 'en', sentence: 'A report by Audit Wales in December found the scheme “poorly managed”.', cue: verb('around-verb', 'found', 'Audit Wales')},
      {lang: 'en', sentence: 'A report by Audit Wales found the scheme “poorly managed”.', cue: verb('around-verb', 'found', 'Audit Wales')},
      {lang: 'fr', sentence: 'Le rapport de la Cour des comptes estime que la réforme est « mal financée ».', cue: verb('around-verb', 'estime', 'Cour des comptes')},
      {lang: 'de', sentence: 'Das Positionspapier des Bundesministeriums des Innern nennt die Lage „ernst“.', cue: verb('around-verb', 'nennt', 'des Bundesministeriums des Innern')},
      // A document with no author: nobody.
      {lang: 'en', sentence: 'A new study found the drug “highly effective”.', cue: verb('around-verb', 'found', null)}
    ]
  ],
  [
    'relative-opener',
    [
      {lang: 'de', sentence: 'Das Gutachten stammt von dem Gutachter Hans Meier, der von einem „großen Erfolg“ sprach.', cue: verb('relative-opener', 'sprach', 'Gutachter Hans Meier')},
      {lang: 'de', sentence: 'Zu Wort kam der Gutachter Hans Meier, der von einem „großen Erfolg“ sprach.', cue: verb('relative-opener', 'sprach', 'der Gutachter Hans Meier')},
      {lang: 'de', sentence: 'Geklagt haben Anwohner, die den Lärm als „unerträglich“ bezeichneten.', cue: verb('relative-opener', 'bezeichneten', 'Anwohner')},
      {lang: 'de', sentence: 'Er kritisierte die Rhetorik des Bauernverbands, der die Pläne als „Enteignung“ bezeichnete.', cue: verb('relative-opener', 'bezeichnete', 'Bauernverbands')},
      // A capitalised word after its article is a noun, not a name: nobody.
      {lang: 'de', sentence: 'Er lobte die Rede, die den Plan als „historisch“ bezeichnete.', cue: verb('relative-opener', 'bezeichnete', null)}
    ]
  ],
  [
    'agent-after',
    [
      {lang: 'fr', sentence: 'La mesure a été jugée « illusoire » par Soazig Kerbrat-Ollivier.', cue: verb('agent-after', 'jugée', 'Soazig Kerbrat-Ollivier')},
      {lang: 'en', sentence: 'The plan was described as “unworkable” by council member Ann Lee.', cue: verb('agent-after', 'described', 'council member Ann Lee')}
    ]
  ]
]

describe.each(rungs)('speech verb, rung %s', (_pattern, rows) => {
  it.each(rows)('$lang: $sentence', ({lang, sentence, cue}) => {
    expect(cuesIn(sentence, lang)).toContainEqual(cue)
  })
})

describe('speech verbs: what the cue does not take', () => {
  it('reads a participle after its article as a noun, not a verb (fr)', () => {
    expect(cuesIn('« Non », a répondu le prévenu.', 'fr').filter((c) => c.text === 'prévenu')).toEqual([])
  })

  it('reads "am" as a filler, so "am Montag" is no phrase before the subject (de)', () => {
    expect(cuesIn('„Das ist ein Erfolg“, sagte am Montag der Minister.', 'de')).toContainEqual(verb('verb-first', 'sagte', 'Montag'))
  })
})

describe('speech verbs: a document speaks for its author', () => {
  it('names a German body in the genitive in the nominative', () => {
    const cue = buildDocument('Das Positionspapier des Bundesministeriums des Innern nennt die Lage „ernst“.', {lang: 'de'}).sentences[0].cues.find((c) => c.pattern === 'around-verb')
    expect(cue?.mention?.name).toBe('Bundesministerium des Innern')
  })
})

describe('speech verbs: the words that attribute the quotation (extractFacts)', () => {
  it.each([
    {lang: 'de', sentence: '„Wir bleiben hier“, sagte Anna Berg.', quote: 'Wir bleiben hier', mention: 'Anna Berg'},
    {lang: 'en', sentence: '“We will keep fighting,” Joost van der Berg, chief negotiator for the union, told Reuters.', quote: 'We will keep fighting,', mention: 'Joost van der Berg, chief negotiator for the union'},
    {lang: 'fr', sentence: '« Nous ne céderons pas, a réagi Mme Thill, ni aujourd’hui ni demain. »', quote: 'Nous ne céderons pas, a réagi Mme Thill, ni aujourd’hui ni demain.', mention: 'Mme Thill'},
    {lang: 'en', sentence: 'Dr Euan Fairlie, who chairs the board, said Coll was “not an isolated case”.', quote: 'not an isolated case', mention: 'Dr Euan Fairlie, who chairs the board'},
    {lang: 'fr', sentence: 'La mesure a été jugée « illusoire » par Soazig Kerbrat-Ollivier.', quote: 'illusoire', mention: 'Soazig Kerbrat-Ollivier'},
    {lang: 'en', sentence: 'The plan was described as “unworkable” by council member Ann Lee.', quote: 'unworkable', mention: 'council member Ann Lee'},
    {lang: 'de', sentence: 'Geklagt haben Anwohner, die den Lärm als „unerträglich“ bezeichneten.', quote: 'unerträglich', mention: 'Anwohner'},
    // (A single word after "als … bezeichnet" must be a quotation beyond doubt to be one: "In den Medien war der Auftrag
    // als „Geschenk“ bezeichnet worden" reads the cue, above, but reports no quotation.)
    {lang: 'de', sentence: 'Der Angriff wurde von einer Armeesprecherin bestätigt: „Es gab drei Tote.“', quote: 'Es gab drei Tote.', mention: 'einer Armeesprecherin'},
    {lang: 'en', sentence: 'That report, released last month by Halvorsen Energy Advisors, estimated the cost at “well over $2 billion”.', quote: 'well over $2 billion', mention: 'Halvorsen Energy Advisors'}
  ] as const)('$lang: $sentence', ({lang, sentence, quote, mention}) => {
    expect(quoteMention(sentence, lang, quote)).toBe(mention)
  })
})
