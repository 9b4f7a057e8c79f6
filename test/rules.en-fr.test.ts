/**
 * Speakers and quotations in English and French: one focused test per rule, through the public API.
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
// With the words that attribute each quotation: a role or description names no one (`speaker` null) but stays in `mention`.
const deQ = (body: string) => extractFacts(de(body)).quotes.map(({text, speaker, mention}) => ({text, speaker, mention}))
/** The facts of an article in a language, with no publication date. */
const factsIn = (lang: string, body: string) => extractFacts(`---\nlang: ${lang}\n---\n\n${body}\n`)
const enFacts = (body: string) => factsIn('en', body)


describe('English and French', () => {
  const en = (body: string) => extractFacts(`---\nlang: en\n---\n\n${body}\n`).quotes.map((q) => [q.text, q.speaker])
  const fr = (body: string) => extractFacts(`---\nlang: fr\n---\n\n${body}\n`).quotes.map((q) => [q.text, q.speaker])
  const enQ = (body: string) => extractFacts(`---\nlang: en\n---\n\n${body}\n`).quotes.map(({text, speaker, mention}) => ({text, speaker, mention}))
  const frQ = (body: string) => extractFacts(`---\nlang: fr\n---\n\n${body}\n`).quotes.map(({text, speaker, mention}) => ({text, speaker, mention}))

  it('keeps a quotation that follows the end of a quoted fragment apart from it', () => {
    expect(en('Sen. Ann Berg said residents had "no business paying for it." "My constituents are paying more," she told CNN.')).toEqual([
      ['no business paying for it.', 'Ann Berg'],
      ['My constituents are paying more,', 'Ann Berg']
    ])
    // Two whole sentences in marks, one after the other, are one quotation.
    expect(quotes('Anna Berg sagte: „Wir kommen wieder.“ „Und dann bleiben wir.“')).toEqual([['Wir kommen wieder.“ „Und dann bleiben wir.', 'Anna Berg']])
  })

  it('reads an incise that closes the first sentence inside the marks, and one with a title’s full stop', () => {
    expect(fr('« On m’a demandé de retirer une photographie, raconte Hélène Vasseur. J’ai refusé. »')).toEqual([
      ['On m’a demandé de retirer une photographie, raconte Hélène Vasseur. J’ai refusé.', 'Hélène Vasseur']
    ])
    expect(fr('« Nous irons, a réagi M. Thill, jusqu’au bout ».')).toEqual([['Nous irons, a réagi M. Thill, jusqu’au bout', 'Thill']])
  })

  it('gives a pronoun later in a sentence to the sentence’s subject, never one that opens the sentence', () => {
    expect(fr('Erwan Quéré a marqué deux fois. Le président Jean-Yves Morvan, au club depuis trente ans, parle d’une qualification « historique », la plus belle, selon lui, depuis 1994.')).toEqual([
      ['historique', 'Jean-Yves Morvan']
    ])
    expect(fr('Le ministre Étienne Vautrin a parlé. Selon lui, la DGAC a dû supprimer « près de 40 % » des vols.')).toEqual([['près de 40 %', 'Étienne Vautrin']])
  })

  it('reads a name after a possessive, never with it, and never gives a singular pronoun to a plural', () => {
    // A role names no one: "the organizers" stay in the mention.
    expect(enQ('“We will,” said Tom Berg, the race director. The organizers said runners had been “safely rerouted”.\n\nShe finished ahead of Duluth’s Josphat Mwangi-Ruel. Mwangi-Ruel, who won two years ago, was gracious. “She ran smarter than me,” he said.')).toMatchObject([
      {text: 'We will,', speaker: 'Tom Berg'},
      {text: 'safely rerouted', speaker: null, mention: expect.stringContaining('organizers')},
      {text: 'She ran smarter than me,', speaker: 'Josphat Mwangi-Ruel'}
    ])
    expect(enQ('The organizers said runners had been “safely rerouted”. “She ran smarter than me,” he said.')).toMatchObject([
      {text: 'safely rerouted', speaker: null, mention: expect.stringContaining('organizers')},
      {text: 'She ran smarter than me,', speaker: null}
    ])
  })

  it('never takes the subject of what was said for the speaker, and reads the subject past an aside', () => {
    expect(en('Dr Euan Fairlie, who chairs the Remote Practice Network, a group of rural GPs, said Coll was “not an isolated case”.')).toEqual([['not an isolated case', 'Euan Fairlie']])
    expect(en('Brandt & Vogel Cocoa NV will close the plant. A spokesperson for Brandt & Vogel said the company would offer “every affected employee a role”.').map(([, speaker]) => speaker)).not.toContain('company')
    expect(en('‘We will be advising members,’ a spokeswoman for the Yorkshire Landlords’ Forum said.')).toEqual([['We will be advising members,', 'Yorkshire Landlords’ Forum']])
    // The subject right before the verb in a relative clause.
    expect(en('Catherine Doyle spoke for the Crown. Doyle said the jury would see messages in which Marcus Feld described a round as “the last lap”.')).toEqual([['the last lap', 'Marcus Feld']])
  })

  it('takes a title-case span for a name even when a cue elsewhere in the sentence attributes it', () => {
    expect(en('Margit Sandvold, who founded its schools programme, “Strings in the Valley”, in 1988, called the closure “a quiet catastrophe”.')).toEqual([['a quiet catastrophe', 'Margit Sandvold']])
  })

  it('knows a body by a group noun before the last word of its name', () => {
    expect(en('Arts Council England said it had received applications “far in excess of the funds available”. A spokesperson added: “We will continue to support music.”')).toEqual([
      ['far in excess of the funds available', 'Arts Council England'],
      ['We will continue to support music.', 'Arts Council England']
    ])
  })

  it('reads a role in capitals after its determiner, past the outlet spoken to', () => {
    expect(fr('« Nous avons été pris en tenaille », explique au Figaro son PDG, Bertrand Lemarquis, qui a repris l’entreprise en 2011.')).toEqual([['Nous avons été pris en tenaille', 'Bertrand Lemarquis']])
    expect(en('“We held on too long,” said its CEO, Ingrid Maas.')).toEqual([['We held on too long,', 'Ingrid Maas']])
  })

  it('gives French “on” statements to the source the sentence opens with, or the one before it', () => {
    expect(frQ('Au ministère de l’Économie, on assure suivre le dossier « avec la plus grande attention ».')).toMatchObject([
      {text: 'avec la plus grande attention', speaker: expect.toBeOneOf(['ministère de l’Économie', null]), mention: expect.stringContaining('ministère de l’Économie')}
    ])
    expect(fr('Du côté de la Drac Occitanie, qui cofinance le lieu, on se montre prudent. « L’État sera attentif », indique-t-on.')).toEqual([['L’État sera attentif', 'Drac Occitanie']])
    expect(frQ('Le ministère des Pêches affirme qu’une enquête a été ouverte. « Les responsabilités seront établies », indique-t-on.')).toMatchObject([
      {text: 'Les responsabilités seront établies', speaker: expect.toBeOneOf(['ministère des Pêches', null]), mention: expect.stringContaining('ministère des Pêches')}
    ])
  })

  it('never reads a first name by its ending as a role or a common noun where nouns are lower case', () => {
    expect(fr('Le président Jean-Yves Morvan a salué la qualification. En face, Sébastien Daniel ne cherchait pas d’excuses. « On est tombés », reconnaissait l’entraîneur de Rance.')).toEqual([['On est tombés', 'Sébastien Daniel']])
    expect(fr('L’entraîneur Fabrice Cazaux ne cherchait pas d’excuses. « On a arrêté de jouer », a-t-il reconnu.')).toEqual([['On a arrêté de jouer', 'Fabrice Cazaux']])
    expect(en('“We lost,” said Christian Dale. Later Dale added: “No.”')).toEqual([['We lost,', 'Christian Dale'], ['No.', 'Christian Dale']])
  })

  it('skips the side a French sentence opens with', () => {
    expect(fr('Le maire Paul Thill a parlé. Côté Entre-Deux-Mers, l’entraîneur Fabrice Cazaux ne cherchait pas d’excuses. « On a cru que c’était fini », a-t-il reconnu.')).toEqual([['On a cru que c’était fini', 'Fabrice Cazaux']])
  })

  it('gives a second verb its first one’s subject, and reads a body’s name after its article', () => {
    expect(fr('Interrogée par Le Monde, la directrice académique du Cantal, Claire Vidalenc, défend « une répartition juste » et rappelle que le département conserve « l’un des meilleurs taux de France ».')).toEqual([
      ['une répartition juste', 'Claire Vidalenc'],
      ['l’un des meilleurs taux de France', 'Claire Vidalenc']
    ])
    expect(fr('Le SNUipp-FSU, principal syndicat des enseignants, dénonce pour sa part une « logique comptable ».')).toEqual([['logique comptable', 'SNUipp-FSU']])
    // Not an addressee after the verb: "said in a filing to the Australian Securities Exchange that …".
    expect(en('Coralbay Energy runs the plant. Coralbay said in a filing to the Australian Securities Exchange that it would “continue to operate safely”.')).toEqual([['continue to operate safely', 'Coralbay Energy']])
  })

  it('reads a source with no name after “selon”, and a reflexive “s’est dite” with a regional body', () => {
    expect(frQ('Le site pourrait trouver preneur, selon une source proche du dossier, qui évoque des offres « sérieuses mais partielles ».')).toMatchObject([
      {text: 'sérieuses mais partielles', speaker: null, mention: expect.stringContaining('source proche du dossier')}
    ])
    expect(fr('La Région Nouvelle-Aquitaine s’est dite prête à « accompagner tout projet crédible », sans avancer de montant.')).toEqual([['accompagner tout projet crédible', 'Région Nouvelle-Aquitaine']])
  })

  it('gives what a document says to its author, named with it or just before', () => {
    expect(en('A report by Audit Wales in December found the programme had been “under-resourced from the start” and warned that the timetable was “unlikely to be achievable”.')).toEqual([
      ['under-resourced from the start', 'Audit Wales'],
      ['unlikely to be achievable', 'Audit Wales']
    ])
    expect(en('That report, released last month by Atlanta-based Halvorsen Energy Advisors, estimated that projects could add “between $9 and $14 a month” to bills.')).toEqual([['between $9 and $14 a month', 'Atlanta-based Halvorsen Energy Advisors']])
    expect(en('The report, prepared by the Great Falls engineering firm Kestrel Structural, described the structure as “sound at the base”.')).toEqual([['sound at the base', 'Kestrel Structural']])
    // With no author anywhere near, the words are kept without a name: never the document itself.
    expect(en('The memo found the plan was “a recipe for delay”.')).toEqual([['a recipe for delay', null]])
  })

  it('gives an epithet to whoever was just named in its paragraph before the subject of a sentence further back', () => {
    expect(fr('Mathieu Lassalle a ouvert le score. Deux essais, dont un de 70 mètres signé Yanis Benchekroun, ont remis les Médocains dans le match. « J’ai juste couru », rigole l’ailier de 19 ans.')).toEqual([['J’ai juste couru', 'Yanis Benchekroun']])
    // Named in the paragraph before, the subject of the sentence before wins: « À 24 ans, le grimpeur savoyard … ».
    expect(frQ('Le Français Théo Marchal a gagné en devançant le Danois Mikkel Vestergaard.\n\nÀ 24 ans, le grimpeur savoyard signe son premier succès. « Je savais, a-t-il raconté, que le final me convenait. »')).toMatchObject([
      {text: 'Je savais, a-t-il raconté, que le final me convenait.', speaker: expect.toBeOneOf(['Théo Marchal', null])}
    ])
  })

  it('gives a demonstrative description to whom the sentence before is about when nobody spoke yet', () => {
    expect(fr('Chaque matin, Monique Vergnaud ouvre l’église. À 78 ans, cette ancienne institutrice fait partie des bénévoles. « Si je ne viens pas, personne ne vient », résume-t-elle.')).toEqual([['Si je ne viens pas, personne ne vient', 'Monique Vergnaud']])
  })

  it('lets a spokesperson speak for the body a French sentence opens with, and her pronoun go on for it', () => {
    expect(fr('L’incendie a fait trois morts. Chez Seine-Saint-Denis Habitat, une porte-parole du bailleur assure que « les contrôles étaient à jour ». « Nous prendrons en charge l’hébergement », ajoute-t-elle.')).toEqual([
      ['les contrôles étaient à jour', 'Seine-Saint-Denis Habitat'],
      ['Nous prendrons en charge l’hébergement', 'Seine-Saint-Denis Habitat']
    ])
  })

  it('reads the title of a priest in an incise', () => {
    expect(fr('« Nous ne pouvons plus être partout, reconnaît le P. Jean-Baptiste Cressac. Mais une église ouverte reste un lieu où l’on prie. »')).toEqual([
      ['Nous ne pouvons plus être partout, reconnaît le P. Jean-Baptiste Cressac. Mais une église ouverte reste un lieu où l’on prie.', 'Jean-Baptiste Cressac']
    ])
  })

  it('lets a company’s management and its common noun speak for the company just named', () => {
    expect(fr('Le décolletage Rochat Composants SA va supprimer 85 emplois. L’entreprise familiale a annoncé mardi une consultation.\n\nDans un communiqué, la direction évoque « un effondrement des commandes ».')).toEqual([['un effondrement des commandes', 'Rochat Composants SA']])
    expect(deQ('Das Haffklinikum verweist auf die Zahlen. Die Schließung sei »wirtschaftlich alternativlos« gewesen, teilte die Klinikleitung mit.')).toMatchObject([
      {text: 'wirtschaftlich alternativlos', speaker: expect.toBeOneOf(['Haffklinikum', null]), mention: expect.stringContaining('Klinikleitung')}
    ])
    expect(en('Brandt & Vogel Cocoa NV will close its oldest plant. A spokesperson for Brandt & Vogel said the company would offer “every affected employee a role”.')).toEqual([['every affected employee a role', 'Brandt & Vogel Cocoa NV']])
  })

  it('reads one capitalised word, a lower-case role and a name as that person', () => {
    expect(en('Crown prosecutor Mitchell Oyelaran had asked for three years, telling court the club “nearly didn’t survive” the loss.')).toEqual([['nearly didn’t survive', 'Mitchell Oyelaran']])
    expect(en('Tide coach Dimitri Karagiannis said his players had been “out on their feet” by the end.')).toEqual([['out on their feet', 'Dimitri Karagiannis']])
  })

  it('takes a name set off by a comma inside its marks for a name, and reads what something is known as further back', () => {
    expect(en('The club has since launched a fundraiser, “Back on the Ice,” to restart its junior program.')).toEqual([])
    expect(en('Her story was told in the documentary “Salt Water Girls,” which aired in May.')).toEqual([])
    expect(en('The disease is known in some towns as “la enfermedad de la caña.”')).toEqual([])
    // With an attribution after it, the comma ends speech.
    expect(en('“We will win this again,” she said. Anna Berg agreed.')).toEqual([['We will win this again,', null]])
  })

  it('reads one as an article, and ends a description at a clause of its own', () => {
    expect(enQ('Across the ground, the mood was quieter. “Cruel, but that’s football,” said one spectator in Wanderers colours as she folded up her chair.')).toMatchObject([
      {text: 'Cruel, but that’s football,', speaker: null, mention: expect.stringContaining('spectator')}
    ])
  })

  it('names a body met by its common noun by the name the article gave it', () => {
    expect(frQ('Le diocèse de Limoges ne compte plus que trente prêtres. Selon le diocèse, les églises ne voient plus de messe qu’« une ou deux fois par an ».')).toMatchObject([
      {text: 'une ou deux fois par an', speaker: expect.toBeOneOf(['diocèse de Limoges', null]), mention: expect.stringContaining('diocèse')}
    ])
  })

  it('reads any verb between an auxiliary and a name in a French incise', () => {
    expect(fr('Monique Vergnaud était au premier rang. « Il y avait du monde, pour une fois, a souri Mme Vergnaud. Il faudrait une Toussaint par mois. »').map(([, s]) => s)).toEqual(['Monique Vergnaud'])
  })

  it('never reads a single name in -en as a plural where nouns are lower case, and gives a qualified role or a regional noun to whom the article is about', () => {
    expect(fr('Erwan Le Quéré a remporté dimanche la course, en lâchant Jonas Verkammen.\n\nVerkammen n’a pas cherché d’excuses. « Il a été plus fort que moi », a reconnu le coureur flamand.')).toEqual([['Il a été plus fort que moi', 'Jonas Verkammen']])
    expect(fr('À 23 ans, Erwan Le Quéré a remporté dimanche la course.\n\n« J’ai attaqué sans réfléchir, a raconté le Breton. Si j’avais réfléchi, je ne l’aurais jamais fait. »').map(([, s]) => s)).toEqual(['Erwan Le Quéré'])
    expect(en('“We were lucky,” said Karen Jensen. Later Jensen added: “Very lucky.”')).toEqual([['We were lucky,', 'Karen Jensen'], ['Very lucky.', 'Karen Jensen']])
  })

  it('never takes an English role in -in for a woman, and reads a body with its complement before a role', () => {
    expect(en('Captain Lachlan Pruett, 29, has played for Corrabup since he was 12. “You grow up thinking the club is just there,” he said.')).toEqual([['You grow up thinking the club is just there,', 'Lachlan Pruett']])
    expect(en('“The clubrooms are where the town meets,” said Shire of Corrabup president Neville Stribling.')).toEqual([['The clubrooms are where the town meets,', 'Neville Stribling']])
  })

  it('never gives a name the gender of a noun set before it that is no role, and reads any verb after an auxiliary after a quotation', () => {
    expect(fr('Aux Aires-de-Vis, Fabien Carrasco a rangé ses bateaux. « J’ai rendu les acomptes », soupire-t-il.\n\nAvec une vingtaine de bénévoles, Régis Bouscarat, président de l’association de pêche, a déplacé six cents poissons. D’après lui, la situation est « pire qu’en 2022 ».').map(([, s]) => s)).toEqual(['Fabien Carrasco', 'Régis Bouscarat'])
    expect(fr('Du côté de l’UDC, on a voté l’amendement. « Un théâtre subventionné à ce niveau, c’est trop », a calculé le chef de groupe, Pierre-Alain Chevalley.')).toEqual([['Un théâtre subventionné à ce niveau, c’est trop', 'Pierre-Alain Chevalley']])
  })

  it('keeps the new rules to their cases (review of the session’s change)', () => {
    // Someone met before stays a person after "bei".
    expect(quotes('Anna Berg wohnt hier seit Jahren. Bei Anna Berg klingelt das Telefon. „Es ist zu viel“, sagt sie.')).toEqual([['Es ist zu viel', 'Anna Berg']])
    // A role with an adjective before it, or a nationality after it, is no epithet for someone with another role.
    expect(en('Mayor Paul Thill opened the meeting on Monday. “We cannot accept this deal,” said the Dutch minister.').map(([, s]) => s)).not.toContain('Paul Thill')
    expect(fr('Le maire Paul Thill a ouvert la séance. « Nous refusons cet accord », a déclaré le ministre belge.').map(([, s]) => s)).not.toContain('Paul Thill')
    // A document with an indefinite article and no author is nobody's.
    expect(en('Paul Thill runs the Kestrel Group. A new study found “a rise in serious cases” last year.').map(([, s]) => s)).not.toContain('Kestrel Group')
    // A quotation that opens its paragraph in lower case is merged with the one after it.
    expect(fr('« et puis c’était fini, tout ça. » « Pas vrai ? », a dit Paul Thill.')).toEqual([['et puis c’était fini, tout ça. » « Pas vrai ?', 'Paul Thill']])
    // A gas pipe is no body; a spokesman of nobody named is a role, kept in the mention.
    expect(deQ('Die Gasleitung war geplatzt. „Es bestand keine Gefahr“, sagte ein Sprecher.')).toMatchObject([
      {text: 'Es bestand keine Gefahr', speaker: null, mention: expect.stringContaining('Sprecher')}
    ])
  })

  it('gives a German "heißt es" with no source to nobody, not to the minister of the sentence before', () => {
    expect(quotes('Der Minister Hans Müller sprach lange über den Haushalt. „Es wird schwer“, heißt es.')).toEqual([['Es wird schwer', null]])
  })

  it('gives a French "dit-on" to no person of the sentence before', () => {
    expect(fr('Paul Thill est venu. « On ne sait jamais », dit-on au village.').map(([, s]) => s)).not.toContain('Paul Thill')
  })

  it('reads a body’s name before a lower-case role, and lets “the spokesperson” go on for that body', () => {
    expect(en('A WA Cricket spokesperson said the organisation was “aware of the pressure on country clubs” and could help Corrabup Cricket Club players. “We would love to see them stay,” the spokesperson said.')).toEqual([
      ['aware of the pressure on country clubs', 'WA Cricket'],
      ['We would love to see them stay,', 'WA Cricket']
    ])
  })

  it('reads a title between a role and a name, and a body’s name with “and” inside it', () => {
    expect(en('Consultant pathologist Dr Ruairí Hession said the condition “could have caused a sudden arrhythmia”, but that it was impossible to say.')).toEqual([['could have caused a sudden arrhythmia', 'Ruairí Hession']])
    expect(en('The Maryland-National Capital Park and Planning Commission, which handles zoning, said in a statement that it would “work with the city”.')).toEqual([['work with the city', 'Maryland-National Capital Park and Planning Commission']])
  })

  it('knows a Justice as a judge', () => {
    expect(en('“It was hundreds of decisions,” Ontario Court Justice Carolyn Ashdown-Pryce said. Donna Kerrigan wept. “At that rate,” the judge said, “the juniors will be retired first.”').map(([, s]) => s)).toEqual(['Carolyn Ashdown-Pryce', 'Carolyn Ashdown-Pryce'])
  })

  it('knows the roles of the arts', () => {
    expect(en('The orchestra’s conductor laureate, Margit Sandvold, 79, will conduct the last concert. “Nobody in London will notice,” the conductor said.')).toEqual([['Nobody in London will notice,', 'Margit Sandvold']])
    expect(fr('La violoncelliste Claire Aubert jouera samedi. « Nous partirons en musique », a promis la violoncelliste.')).toEqual([['Nous partirons en musique', 'Claire Aubert']])
  })

  it('joins a quotation split by a long attribution', () => {
    expect(en('“I read it twice,” said the orchestra’s principal cellist, Aled Pritchard, who has played with the ensemble for 26 years, “and then I rang the leader.”')).toEqual([
      ['I read it twice, and then I rang the leader.', 'Aled Pritchard']
    ])
  })

  it('gives a relative pronoun’s speech verb to whom the comma closes', () => {
    expect(en('The lone no vote came from council member Wes Brockhoff, who said the city was taking on “a risk the market walked away from.” If the co-op fails, he said, “the taxpayers own an empty building.”')).toEqual([
      ['a risk the market walked away from.', 'Wes Brockhoff'],
      ['the taxpayers own an empty building.', 'Wes Brockhoff']
    ])
    expect(fr('La décision a été critiquée par le maire Paul Thill, qui a dénoncé « un scandale ».')).toEqual([['un scandale', 'Paul Thill']])
  })

  it('reads a capitalised title to its last role word, and what someone calls a thing as their words', () => {
    expect(en('“We held on,” Chief Executive Officer Ingrid Maas said.')).toEqual([['We held on,', 'Ingrid Maas']])
    expect(en('Ingrid Maas spoke on Tuesday. Maas said the rules, which she called “a headache, but not this headache”, played no part.')).toEqual([['a headache, but not this headache', 'Ingrid Maas']])
    expect(en('They built a ship called “Kestrel” in 1990.')).toEqual([])
  })

  it('reads "X said", inverted "said the minister" and "according to X", never the agency told', () => {
    expect(en('Infrastructure Minister Femke Rietveld spoke on Thursday. “This is a matter for the social partners,” said the minister.')).toEqual([
      ['This is a matter for the social partners,', 'Femke Rietveld']
    ])
    expect(en('“We have offered talks every day,” Joost van der Berg, chief negotiator for the union, told Reuters.')).toEqual([
      ['We have offered talks every day,', 'Joost van der Berg']
    ])
    expect(en('The strike costs “somewhere around 60 million euros a day”, according to Hendrik Mulder, chief economist at the institute.')).toEqual([
      ['somewhere around 60 million euros a day', 'Hendrik Mulder']
    ])
  })

  it('gives a spokesperson or "the authority" the name the article gave the body', () => {
    const text = 'The Prairie Line Cooperative owns the elevator. A spokeswoman for the cooperative said Thursday that it would "work with the city in good faith".\n\nThe Norwegian Food Safety Authority issued the ruling. The food safety authority said the ruling "confirms the precautionary principle".'
    expect(en(text).map(([, s]) => s)).toEqual(['Prairie Line Cooperative', 'Norwegian Food Safety Authority'])
  })

  it('reads a body\'s name with its connectors: "the Institute for Nature Conservation and Forests", "la Fédération française du bâtiment"', () => {
    expect(en('The Department for Culture, Media and Sport (DCMS) said it recognised “the important role lidos play”.')).toEqual([['the important role lidos play', 'Department for Culture, Media and Sport']])
    expect(en('The Institute for Nature Conservation and Forests, the national agency that oversees firebreaks, said in an email that grazing was “a valuable complement”.'))
      .toEqual([['a valuable complement', 'Institute for Nature Conservation and Forests']])
    expect(fr('Ces escroqueries « ternissent l’image de toute une profession », déplore la Fédération française du bâtiment de la Gironde, qui réclame un label.'))
      .toEqual([['ternissent l’image de toute une profession', 'Fédération française du bâtiment de la Gironde']])
  })

  it('reads a post in capitals inside a name, numbers as no names, plural roles as nobody just named', () => {
    expect(en('Conservative MS Rhodri Pennant-Hughes, who represents North Wales, called the delay "another broken promise".')).toEqual([['another broken promise', 'Rhodri Pennant-Hughes']])
    const text = 'Grace Okonkwo won the race.\n\nForty-one runners were treated for heat illness, the organizers said in a statement, adding that everyone had been "safely rerouted".'
    expect(enQ(text)).toMatchObject([{text: 'safely rerouted', speaker: null, mention: expect.stringContaining('organizers')}])
  })

  it.fails('known error of the learned ranker: a device’s name in marks is taken for the words of the object after the verb', () => {
    // Gives the quotation 'Alerte crue' now, speaker null with mention 'les riverains' (reason: sentence-mention).
    // In a relative clause the relative pronoun is the subject: the object after the verb never speaks.
    expect(fr('Le dispositif « Alerte crue », qui prévient les riverains par SMS, a été déclenché.')).toEqual([])
  })

  it('reads the subject of a speech verb past a fronted phrase: "In a statement read to the court, X, …, said:"', () => {
    expect(en('In a statement read to the court, Amira Hassan, a mother of three who was moved out of her flat, said: “My children slept in the car.”'))
      .toEqual([['My children slept in the car.', 'Amira Hassan']])
  })

  it('matches English and French roles as whole words: "Trump" holds no "mp", "espère" no "père"', () => {
    expect(en('President Donald Trump spoke on Monday. “We will win,” Trump said.')).toEqual([['We will win,', 'Donald Trump']])
    expect(fr('« Nous rouvrirons lundi », espère le maire de Lyon, Paul Martin.')).toEqual([['Nous rouvrirons lundi', 'Paul Martin']])
  })

  it('reads no two noun phrases as one description, and the sources of statements that open the sentence', () => {
    expect(en('A dairy co-operative is to stop collecting milk, a decision local farmers have described as “a death sentence”.').map(([, s]) => s)).not.toContain('decision local farmers')
    expect(quotes('Aus dem Stuttgarter Wirtschaftsministerium hieß es, man beobachte die Lage „mit großer Sorge“.')).toEqual([['mit großer Sorge', 'Stuttgarter Wirtschaftsministerium']])
  })

  it('reads a word before a title, a body named by capitalised words ending in a group noun, and estimates as statements', () => {
    expect(en('State Sen. Marisol Quintero, a Democrat who wrote the bill, said customers had "no business subsidizing the biggest companies."'))
      .toEqual([['no business subsidizing the biggest companies.', 'Marisol Quintero']])
    expect(en('The Southeast Digital Infrastructure Alliance, an industry group, said in a statement that the bill was "a solution in search of a problem."'))
      .toEqual([['a solution in search of a problem.', 'Southeast Digital Infrastructure Alliance']])
    expect(quotes('Die Österreichische Hagelversicherung schätzt den Schaden auf „mindestens 18 Millionen Euro“.')).toEqual([['mindestens 18 Millionen Euro', 'Österreichische Hagelversicherung']])
  })

  it('reads English subjects after a fronted copula or a participial opening', () => {
    const text = '"I was angry," said Anna Almquist.\n\nAmong those pulled off the course was Kelly Strand of Eau Claire, who was at mile 19. "I was angry for five minutes," she said.\n\nGrace Okonkwo-Lind won the race.\n\nAsked whether she would now chase a qualifying time, Okonkwo-Lind laughed. "Ask me after parenting."'
    expect(en(text).map(([, s]) => s)).toEqual(['Anna Almquist', 'Kelly Strand', 'Grace Okonkwo-Lind'])
  })

  it('takes the pronoun right before the verb for its subject: "a technology he described as “…”"', () => {
    const text = 'Chief executive Henrik Sæther spoke by telephone.\n\nSæther said the company would spend the money on trials near Ålesund, a technology he described as “expensive, slow and probably the future”.'
    expect(en(text)).toEqual([['expensive, slow and probably the future', 'Henrik Sæther']])
  })

  it('joins a quotation split by its attribution, and reads TeX-style and UK marks', () => {
    expect(en('“Our members are not against new technology,” he said, “but they want a guarantee.”')).toEqual([
      ['Our members are not against new technology, but they want a guarantee.', null]
    ])
    expect(en("Dr Helen Marsh led the team. ``The models are not wrong,'' Marsh said, ``they are just too polite.''")).toEqual([
      ['The models are not wrong, they are just too polite.', 'Helen Marsh']
    ])
    expect(en('Margaret Ellison, the council’s executive member for housing, said the levy was ‘not a money-raising exercise’.')).toEqual([
      ['not a money-raising exercise', 'Margaret Ellison']
    ])
  })

  it('reads lower-case roles and appositions: "harbour master X", "his barrister, X,", "the judge, X,"', () => {
    expect(en('“The anchorage is full,” said harbour master Ingrid Smeets.')).toEqual([['The anchorage is full,', 'Ingrid Smeets']])
    expect(en('“My client accepts he made mistakes,” his barrister, Oliver Grant, said outside court.')).toEqual([['My client accepts he made mistakes,', 'Oliver Grant']])
  })

  it('never takes signs, titles or documents for quotations', () => {
    expect(en('Some residents held signs reading "Fix It, Don\'t Close It." The council published its strategy document, ‘Homes Within Reach: Empty Homes in Leeds’, on Monday.')).toEqual([])
  })

  it('takes any verb after a quotation that ends its clause for the attribution, in every language', () => {
    expect(fr('« On savait qu’on avait une carte à jouer », savoure Yannick Le Goff, l’entraîneur trégorrois.')).toEqual([['On savait qu’on avait une carte à jouer', 'Yannick Le Goff']])
    expect(quotes('„Das hat gut geklappt“, freute sich die Ministerin Anna Berg.')).toEqual([['Das hat gut geklappt', 'Anna Berg']])
    expect(en('“Ask me after parenting,” laughed Grace Okonkwo.')).toEqual([['Ask me after parenting,', 'Grace Okonkwo']])
    // Not where the quotation stands inside its clause: a name before a noun is no attribution.
    expect(quotes('Das Team vermaß einen unter dem Namen „Gocta“ bekannten Wasserfall.')).toEqual([])
  })

  it('reads an aside with a relative clause between subject and verb, and a relative clause without a comma', () => {
    expect(en('Ana Lúcia Fontes, a forest ecologist at the University of Coimbra who has studied the firebreaks for two years, said the strips carried “roughly a third of the fuel load”.'))
      .toEqual([['roughly a third of the fuel load', 'Ana Lúcia Fontes']])
    expect(frQ('Un élu étudiant qui a voté contre, et qui a requis l’anonymat, résume : « On a fermé une licence pour rien. »')).toMatchObject([
      {text: 'On a fermé une licence pour rien.', speaker: null, mention: expect.stringContaining('élu étudiant')}
    ])
  })

  it('takes a short quoted name that a sentence opens with as its subject for a name, in every language', () => {
    expect(quotes('Der Sänger wurde verurteilt. „Landser“ habe in seinen Liedern Ausländer verunglimpft, sagte der Richter.')).toEqual([])
    expect(en('“Jaws” was released in 1975, the studio said.')).toEqual([])
    expect(fr('« Le Monde » a révélé l’affaire mardi.')).toEqual([])
    // A one-word answer before its speech verb is speech.
    expect(quotes('„Nein“ sagte der Minister Peter Maier.').map(([, s]) => s)).toEqual(['Peter Maier'])
  })

  it('reads chanting as speech in every language', () => {
    // The capital that only opens the sentence is not the speaker's.
    // Who chanted is a description, kept in the mention.
    expect(enQ('Protesters chanted “No more lies” outside the building.')).toMatchObject([{text: 'No more lies', speaker: null, mention: expect.stringMatching(/protesters/i)}])
    expect(frQ('Les manifestants scandaient « Macron démission » devant la préfecture.')).toMatchObject([{text: 'Macron démission', speaker: null, mention: expect.stringContaining('manifestants')}])
    expect(deQ('Die Demonstranten skandierten „Frieden schaffen ohne Waffen“.')).toMatchObject([{text: 'Frieden schaffen ohne Waffen', speaker: null, mention: expect.stringContaining('Demonstranten')}])
  })

  it('takes what a thing is known as for its name: “the Old Lady”', () => {
    expect(en('The elevator, known around town as "the Old Lady," was listed in 1994.')).toEqual([])
    expect(fr('Le quartier, connu sous le nom de « Petit Château », a été rasé.')).toEqual([])
  })

  it('takes a name set off after its class noun for a name, in every language, but never what follows a speaker', () => {
    expect(en('Leon Attah said regulars had started a crowdfunding campaign, “Keep Marram Warm”, which has raised £18,000.')).toEqual([])
    expect(quotes('Emily Lau sagte, das Prinzip, „ein Mann, eine Stimme“ gebe es auch in Nordkorea.')).toEqual([])
    expect(deQ('Das sagte der Minister, „wir kommen wieder“ und ging.')).toMatchObject([{speaker: null, mention: expect.stringContaining('Minister')}])
    // Speech after a noun and a comma is still speech.
    expect(quotes('Der Bürgermeister Peter Maier lobte den Einsatz, „ohne den wir heute verloren wären“, sagte er am Abend.')).toEqual([['ohne den wir heute verloren wären', 'Peter Maier']])
    expect(fr("Il a parlé au nom de « la justice sociale et de l'équité entre tous », a déclaré Jean Dupont.")).toEqual([["la justice sociale et de l'équité entre tous", 'Jean Dupont']])
  })

  it.fails('known error of the learned ranker: a petition’s name set off after its class noun is taken for its founder’s words', () => {
    // Gives ['Sauvons les humanités à Lille', 'Mathis Perrin'] now (reason: sentence-mention).
    expect(fr('Mathis Perrin a lancé une pétition, « Sauvons les humanités à Lille », qui a recueilli 4 000 signatures.')).toEqual([])
  })

  it('reads French cues: "a déclaré jeudi X", "a-t-elle ajouté", "estime M. X", "se réjouit la maire (DVG) X"', () => {
    const text = "« Nous irons jusqu'au bout », a déclaré jeudi Karine Delmas, secrétaire générale du SNAC.\n\n« Qui accepterait ça ? », a-t-elle ajouté."
    expect(fr(text)).toEqual([
      ["Nous irons jusqu'au bout", 'Karine Delmas'],
      ['Qui accepterait ça ?', 'Karine Delmas']
    ])
    expect(fr('« Le centre-ville respire enfin », se réjouit la maire (DVG) Hélène Vasseur.')).toEqual([['Le centre-ville respire enfin', 'Hélène Vasseur']])
  })

  it('reads an incise inside the marks and French spaces around them', () => {
    expect(fr("Christine Thill était à l'audience. « Nous irons, a réagi Mme Thill, jusqu'au bout »")).toEqual([
      ["Nous irons, a réagi Mme Thill, jusqu'au bout", 'Christine Thill']
    ])
    expect(frQ('«\u202fC’est un scandale\u202f», a lancé le président de la République.')).toMatchObject([
      {text: 'C’est un scandale', speaker: null, mention: expect.stringContaining('président de la République')}
    ])
  })

  it('corefers role descriptions and titles: "l\'autrice" is the cartoonist just named, "M. Demeyer" the juror', () => {
    const text = "La dessinatrice Manon Leclerc a remporté le prix.\n\n« Je n'y croyais pas », a confié l'autrice de 38 ans.\n\nLe président du jury, le scénariste belge Paul Demeyer, a salué « un livre rare ».\n\n« Ce prix récompense une génération », estime M. Demeyer."
    expect(fr(text).map(([, s]) => s)).toEqual(['Manon Leclerc', 'Paul Demeyer', 'Paul Demeyer'])
  })

  it('reads reflexive verbs in any agreement, long asides and everyday people: "s’est étonnée la présidente", "Un riverain, venu …, résume"', () => {
    expect(fr('« Vous ne l’ouvrez pas ? », s’est étonnée la présidente, Catherine Aubry.')).toEqual([['Vous ne l’ouvrez pas ?', 'Catherine Aubry']])
    expect(fr('Sotrachim, rachetée en 2024 par un groupe allemand, a indiqué avoir investi « plus de 6 millions d’euros ».')).toEqual([['plus de 6 millions d’euros', 'Sotrachim']])
    expect(frQ('Un riverain, venu assister à l’ensemble des débats, résume : « On ne veut pas de vengeance. »')).toMatchObject([
      {text: 'On ne veut pas de vengeance.', speaker: null, mention: expect.stringContaining('riverain')}
    ])
    expect(frQ("Un élu d'opposition, venu sur place, a promis de porter le dossier « jusqu'en session plénière ».")).toMatchObject([
      {text: "jusqu'en session plénière", speaker: null, mention: expect.stringContaining("élu d'opposition")}
    ])
  })

  it('ends a sentence at « … ! » with its French space, and reads "le prévenu" as a person, not a verb', () => {
    const text = "Le prévenu, Gérard Vallin, est arrivé seul. Une voix a lancé : « On ne lâchera rien ! » Un élu, venu sur place, a promis « un débat ».\n\n« Je ne savais rien », a répondu le prévenu."
    expect(frQ(text)).toMatchObject([
      {text: 'On ne lâchera rien !'},
      {text: 'un débat', speaker: null, mention: expect.stringContaining('élu')},
      {text: 'Je ne savais rien', speaker: 'Gérard Vallin'}
    ])
  })

  it.fails('known error of the learned ranker: what "une voix" shouts goes to the defendant named the sentence before', () => {
    // Gives 'Gérard Vallin' now (reason: brought-in).
    const text = "Le prévenu, Gérard Vallin, est arrivé seul. Une voix a lancé : « On ne lâchera rien ! » Un élu, venu sur place, a promis « un débat ».\n\n« Je ne savais rien », a répondu le prévenu."
    expect(fr(text)[0]).toEqual(['On ne lâchera rien !', null])
  })

  it('reads the subject past the one spoken to or the medium, "d\'après X", and a party of several words in brackets', () => {
    expect(fr("« Nous préférons évacuer », a déclaré à l'AFP la préfète de Lot-et-Garonne, Corinne Mazeau, lors d'un point presse.")).toEqual([['Nous préférons évacuer', 'Corinne Mazeau']])
    expect(fr('« L’État devra être au rendez-vous », a réagi sur X la députée (LR) de la circonscription, Hélène Ferrassou.')).toEqual([['L’État devra être au rendez-vous', 'Hélène Ferrassou']])
    expect(fr("D'après Vigicrues, la décrue devrait être « lente, de l'ordre de quelques centimètres par heure »."))
      .toEqual([["lente, de l'ordre de quelques centimètres par heure", 'Vigicrues']])
    expect(fr('Le maire, Thierry Castagnet (divers droite), estime que la commune « a tiré les leçons ». « Les digues ont tenu », estime-t-il.').map(([, s]) => s))
      .toEqual(['Thierry Castagnet', 'Thierry Castagnet'])
  })

  it('reads an acronym after its article, anonymous sources, and people met once by what they are', () => {
    expect(fr('« Le feu a pris dans une cuisine », indique-t-on à la BSPP.')).toEqual([['Le feu a pris dans une cuisine', 'BSPP']])
    expect(frQ('« Rien ne permet de privilégier la piste criminelle », glisse une source proche de l’enquête.')).toMatchObject([
      {text: 'Rien ne permet de privilégier la piste criminelle', speaker: null, mention: expect.stringContaining('source proche de l’enquête')}
    ])
    expect(frQ('Une habitante du cinquième, qui préfère taire son nom, n’est pas convaincue. « Ça fait deux ans qu’on le dit. »')).toMatchObject([
      {text: 'Ça fait deux ans qu’on le dit.', speaker: null, mention: expect.stringContaining('habitante')}
    ])
  })

  it('gives a pronoun to a single name that an apposition introduces, and an epithet to the subject just named', () => {
    const text = "« Tout le monde est sorti », a dit Mamadou, le gardien de l'immeuble.\n\nNadia, mère de trois enfants, a passé la matinée devant le gymnase. « On a tout perdu », confie-t-elle.\n\nMais le gardien Erwan Quéré a repoussé deux tirs. « J’avais regardé des vidéos », sourit le portier."
    const speakers = fr(text).map(([, s]) => s)
    expect(speakers).toHaveLength(3)
    expect(speakers[0]).toBe('Mamadou')
    expect(speakers[2]).toBe('Erwan Quéré')
  })

  it.fails('known error of the learned ranker: a pronoun goes to the speaker of the paragraph before, not to the single name its paragraph brings in', () => {
    // Gives 'Mamadou' now (reason: pronoun-last-speaker; one retraining got it right, the next did not).
    const text = "« Tout le monde est sorti », a dit Mamadou, le gardien de l'immeuble.\n\nNadia, mère de trois enfants, a passé la matinée devant le gymnase. « On a tout perdu », confie-t-elle.\n\nMais le gardien Erwan Quéré a repoussé deux tirs. « J’avais regardé des vidéos », sourit le portier."
    expect(['Nadia', null]).toContain(fr(text)[1][1])
  })

  it('reads a rank before a name as no sentence end and no part of the name, and no sentence adverb or auxiliary as a name', () => {
    expect(en('“We will not change our operations,” said Navy Capt. Jeff Davis, a Pentagon spokesman.')).toEqual([['We will not change our operations,', 'Jeff Davis']])
    expect(en('“The plan will stand,” Lt. Col. Anna Berg said on Monday.')).toEqual([['The plan will stand,', 'Anna Berg']])
    for (const [, speaker] of en('Likewise, a paper from the institute found “a rise in serious cases across the region”.')) expect(speaker).not.toBe('Likewise')
    for (const [, speaker] of en('Do voters care? “Nobody asked us about the wall at all,” one of them said.')) expect(speaker).not.toBe('Do')
  })

  it('reads a short attributed sentence of names as a sentence, not as a headline in title case', () => {
    expect(frQ('« Nous partons », a dit Paul Thill.')).toMatchObject([{text: 'Nous partons', speaker: 'Paul Thill'}])
    expect(frQ('« C’est fini », a dit Patrick Vandenabeele.')[0]?.speaker).toBe('Patrick Vandenabeele')
  })

  it('reads a verb fused with its pronoun alone inside the marks: « Les gars, poursuit-il, ont été exceptionnels »', () => {
    expect(fr('« On savait », savoure Yannick Le Goff, l’entraîneur. « Les gars, poursuit-il, ont été exceptionnels. »').map(([, s]) => s)).toEqual(['Yannick Le Goff', 'Yannick Le Goff'])
  })

  it('reads a name with its apposition after a fronted phrase, and no lone capitalised word or verb phrase as anyone', () => {
    const text = "« Ils reviennent toujours », a dit la maire, Anne Morel.\n\nMême constat un peu plus loin chez Gérald, retraité, qui a posé des pièges. « J’en ai attrapé onze. »\n\nPour Kévin Delattre, dératiseur à Roubaix, le problème dépasse le quartier. Le professionnel se montre pessimiste. « Ils reviennent en six mois », a-t-il ajouté."
    expect(fr(text).map(([, s]) => s)).toEqual(['Anne Morel', 'Gérald', 'Kévin Delattre'])
  })

  it('reads where an impersonal "on" statement came from: "indique-t-on à la préfecture", "de source policière"', () => {
    expect(frQ("« Aucune victime n'est à déplorer », indique-t-on à la préfecture.")).toMatchObject([
      {text: "Aucune victime n'est à déplorer", speaker: null, mention: expect.stringContaining('préfecture')}
    ])
    expect(frQ('« Certains suspects avaient déjà été condamnés », indique-t-on de source policière.')).toMatchObject([
      {text: 'Certains suspects avaient déjà été condamnés', speaker: null, mention: expect.stringContaining('source policière')}
    ])
  })

  it('reads the subject past fronted phrases and a fronted role: "Mardi soir, devant la mairie, une riveraine …", "Gérante …, Martine Deprez …"', () => {
    const text = "« C'est fini », a dit Patrick Vandenabeele.\n\nGérante d’une boulangerie depuis 1998, Martine Deprez ne cache pas son inquiétude. “Mon chiffre d’affaires, explique-t-elle, dépend des voitures.”\n\nMardi soir, devant la maison communale, une riveraine ne boudait pas son plaisir. « Enfin ! », lance-t-elle."
    expect(frQ(text)).toMatchObject([
      {text: "C'est fini", speaker: expect.toBeOneOf(['Patrick Vandenabeele', null])},
      {text: 'Mon chiffre d’affaires, explique-t-elle, dépend des voitures.'},
      {text: 'Enfin !'}
    ])
  })

  // Known error: "explique-t-elle" goes to the last speaker, Patrick Vandenabeele (reason pronoun-last-speaker), not to
  // the subject of the sentence before, Martine Deprez: the ranker weighs the pronoun's gender too little.
  it.fails('known error of the learned ranker: gives "explique-t-elle" to the last speaker, a man, over the subject just named', () => {
    const text = "« C'est fini », a dit Patrick Vandenabeele.\n\nGérante d’une boulangerie depuis 1998, Martine Deprez ne cache pas son inquiétude. “Mon chiffre d’affaires, explique-t-elle, dépend des voitures.”"
    expect(frQ(text)[1]).toMatchObject({speaker: 'Martine Deprez'})
  })

  it.fails('known error of the learned ranker: "une riveraine" after fronted phrases loses her words to the speaker of the paragraph before', () => {
    // Gives 'Martine Deprez' now (reason: pronoun-last-speaker).
    const text = "« C'est fini », a dit Patrick Vandenabeele.\n\nGérante d’une boulangerie depuis 1998, Martine Deprez ne cache pas son inquiétude. “Mon chiffre d’affaires, explique-t-elle, dépend des voitures.”\n\nMardi soir, devant la maison communale, une riveraine ne boudait pas son plaisir. « Enfin ! », lance-t-elle."
    expect(frQ(text)[2]).toMatchObject({text: 'Enfin !', speaker: null, mention: expect.stringContaining('riveraine')})
  })

  it('gives a quotation standing alone to whom its paragraph brings in, not to the speaker of the paragraph before', () => {
    const text = '« La décision est prise », a dit la présidente de Région, Anne Morvan.\n\nSur la cale, les témoignages se succèdent. Maëlys, 17 ans, lycéenne, prend le bateau chaque matin. « Je vais devoir prendre l’internat. »'
    expect(fr(text).map(([, s]) => s)).toEqual(['Anne Morvan', 'Maëlys'])
  })

  it('reads a French role with a tail after "au"/"aux" and coordinated words, and the name set off after it', () => {
    const text = '« Il a neigé plus souvent ici », écrit la juge Claire Gendron.\n\nLa procureure aux poursuites criminelles et pénales, Me Sophie Arsenault, réclamait six mois de prison. Elle a plaidé qu’une peine légère enverrait « le mauvais message » aux entrepreneurs.'
    expect(fr(text).map(([, s]) => s)).toEqual(['Claire Gendron', 'Sophie Arsenault'])
    // "et" does not run on into someone else.
    expect(fr('Le maire de Lille et son adjoint ont visité le chantier. « Nous sommes satisfaits », a déclaré Paul Thill.').map(([, s]) => s)).toEqual(['Paul Thill'])
  })

  it('reads a French attribution with a causative and its infinitive, and joins the quotation it splits', () => {
    expect(fr('L’avocat de la défense, Me Paul Thill, a plaidé la clémence. « Il a tout perdu », a fait valoir l’avocat, « et dans un village, ça ne se rembourse pas. »')).toEqual([
      ['Il a tout perdu et dans un village, ça ne se rembourse pas.', 'Paul Thill']
    ])
  })

  it('meets a name set off with a trade after a preposition, and gives "la jeune femme" to her', () => {
    const text = '« Il tenait debout par habitude », sourit Francis Delobel, président de l’association.\n\nC’est à Camille Descamps-Lenoir, vannière installée à Bailleul, que l’association a confié le chantier. La jeune femme a d’abord refusé. « J’ai dit non deux fois. »'
    expect(fr(text).map(([, s]) => s)).toEqual(['Francis Delobel', 'Camille Descamps-Lenoir'])
    // A place after "à" is no one: the next quotation stays with the paragraph's subject, or with no one.
    expect(frQ('« Nous partons », a dit Paul Thill.\n\nLe club est parti à Saint-Étienne, ville de football. « C’est la vie », a-t-il souri.')).toMatchObject([
      {text: 'Nous partons', speaker: expect.toBeOneOf(['Paul Thill', null])},
      {text: 'C’est la vie', speaker: expect.toBeOneOf(['Paul Thill', null])}
    ])
  })

  it('reads a French subject with its article written onto it after the outlet spoken to', () => {
    const text = 'La fraude a été signalée par un citoyen, Gaston Fortier-Leblanc, qui a tout noté. « Je suis retraité, j’ai le temps! » a raconté au Devoir l’homme de 77 ans.'
    expect(fr(text)).toEqual([['Je suis retraité, j’ai le temps!', 'Gaston Fortier-Leblanc']])
    // The outlet's own article is not the subject's: "à l'AFP la préfète …".
    expect(fr('« Nous évacuons », a déclaré à l’AFP la préfète du Gers, Corinne Mazeau.')).toEqual([['Nous évacuons', 'Corinne Mazeau']])
  })

  it('reads any noun between an article and a full name as the role, where nouns are lower case', () => {
    expect(fr('« Au début, on en trouvait un ou deux par sortie », résume l’écologue marine Soazig Kerbrat-Ollivier.')).toEqual([['Au début, on en trouvait un ou deux par sortie', 'Soazig Kerbrat-Ollivier']])
    expect(en('“We found one or two per outing,” said the malacologist Ruth Abernethy-Cole.')).toEqual([['We found one or two per outing,', 'Ruth Abernethy-Cole']])
  })

  it('reads a French body named by its capitalised noun, and gives its spokesperson to it by that noun', () => {
    expect(fr('Le Comité régional de la conchyliculture Bretagne Nord dit suivre le dossier « de très près ». « Un ramassage parc par parc ne servira à rien », prévient une porte-parole du comité.')).toEqual([
      ['de très près', 'Comité régional de la conchyliculture Bretagne Nord'],
      ['Un ramassage parc par parc ne servira à rien', 'Comité régional de la conchyliculture Bretagne Nord']
    ])
  })

  it('reads a French body after its article at the end of the attribution, also written onto it: "la Drac", "l’Ifremer"', () => {
    expect(fr('« Les pertes sont difficiles à isoler », indique la Drac.')).toEqual([['Les pertes sont difficiles à isoler', 'Drac']])
    expect(fr('« Les pertes sont difficiles à isoler », indique l’Ifremer.')).toEqual([['Les pertes sont difficiles à isoler', 'Ifremer']])
    expect(fr('À l’Ifremer, on se montre prudent. « Les pertes sont réelles », indique-t-on au centre de Brest.')).toEqual([['Les pertes sont réelles', 'Ifremer']])
  })

  it.fails('known error of the learned ranker: the body a filing went to is taken for the speaker', () => {
    // Gives 'Securities Exchange' now (reason: sentence-mention).
    // A body after a preposition that goes on is no speaker: the filing, not the exchange it went to.
    expect(en('“We will close the plant,” said a filing to the Australian Securities Exchange.')).toEqual([['We will close the plant,', null]])
  })

  it('gives a participle’s quotation to the agent after it', () => {
    expect(fr('Les auteurs ne proposent pas d’éradication, jugée « illusoire » par Soazig Kerbrat-Ollivier, mais un protocole.')).toEqual([['illusoire', 'Soazig Kerbrat-Ollivier']])
    expect(en('The plan, described as “unworkable” by council member Ann Lee, was dropped.')).toEqual([['unworkable', 'Ann Lee']])
    // By a thing, nobody speaks: the word stays a term.
    expect(en('The plan, described as “unworkable” by the end of the year, was dropped.')).toEqual([])
  })

  it('keeps a short form of a first name one person ("Joe Biden" and "Joseph R. Biden", "Sam" and "Samuel")', () => {
    expect(en('Joseph R. Biden spoke on Monday. “We will act,” said Joe Biden.')).toEqual([['We will act,', 'Joseph R. Biden']])
    expect(en('“We will act,” said Samuel Liccardo.\n\n“It is time,” Sam Liccardo added.').map(([, s]) => s)).toEqual(['Samuel Liccardo', 'Samuel Liccardo'])
  })

  it('keeps two people with one surname apart, and gives the bare surname to the one its title or the quotes point to', () => {
    const family = 'Pauline Verrity, 68, was on board with her husband. “We were drifting,” she said.\n\nDerek Verrity, 70, escaped with cuts. “I want to shake his hand,” he said.\n\nMrs Verrity insists she will go up again. “Derek can stay on the ground,” she laughed.'
    expect(en(family).map(([, s]) => s)).toEqual(['Pauline Verrity', 'Derek Verrity', 'Pauline Verrity'])
    // A body named with a person's surname after it is not that person: "das Kampfgericht Wicki" leaves Ramon Wicki his name.
    const schwinget = 'Mit einem Kurz hat Ramon Wicki am Sonntag gewonnen. „Ich weiß nicht, wohin damit“, sagte er lachend.\n\n„Da habe ich gedacht: Jetzt ist es vorbei“, sagte Wicki. „Der Ramon war besser“, sagte sein Trainer Marco Huber.\n\nIm dritten Gang hatte das Kampfgericht Wicki gegen einen Klubkollegen eingeteilt.\n\nWickis Mutter, Agnes Wicki, sah zu: „Ich hatte die Augen zu.“ Ob er Favorit sei? „Das sollen andere sagen“, meint Wicki.'
    expect(quotes(schwinget).map(([, s]) => s)).toEqual(['Ramon Wicki', 'Ramon Wicki', 'Marco Huber', 'Agnes Wicki', 'Ramon Wicki'])
  })

  it('reads an English epithet with words before its noun, and shows an unnamed speaker without the count', () => {
    expect(en('Pauline Verrity, 68, was on board with her husband. “I honestly thought that was it,” the retired dinner lady told MailOnline from her bed.')).toEqual([['I honestly thought that was it,', 'Pauline Verrity']])
    expect(enQ('“We are fine,” said the pilot, Tom Haskins.\n\nBut a second passenger, who asked not to be named, said the crew had been “laughing and joking” before the descent.')).toMatchObject([
      {text: 'We are fine,', speaker: 'Tom Haskins'},
      {text: 'laughing and joking', speaker: null, mention: expect.stringContaining('passenger')}
    ])
  })

  it('gives "it said" to the body just named, and to nobody when none was', () => {
    expect(en('The Air Accidents Investigation Branch (AAIB) has sent inspectors to the site. “We are gathering evidence,” it said in a statement.')).toEqual([['We are gathering evidence,', 'Air Accidents Investigation Branch']])
  })

  it.fails('known error of the learned ranker: "it said" with no body named goes to the person of the sentence before', () => {
    // Gives 'Anna Berg' now (reason: previous-sentence).
    expect(en('Anna Berg left the room. “We are gathering evidence,” it said in a statement.')).toEqual([['We are gathering evidence,', null]])
  })

  it('reads any noun that "who" follows as a person, past the relative clauses before the verb', () => {
    expect(enQ('A cutter who has worked at the plant since 2008, and who asked that her name not be used, said the mood was “half relieved, half scared.”')).toMatchObject([
      {text: 'half relieved, half scared.', speaker: null, mention: expect.stringContaining('cutter')}
    ])
    // "which" is no person's: the plan is nobody (the words may be kept, naming no one).
    expect(enQ('A plan which was drawn up in 2008, and which nobody read, said the town would need “two new schools.”').map((q) => q.speaker).filter((s) => s !== null)).toEqual([])
  })

  it('gives the verb after a name and its apposition to the name, not to the body in the apposition', () => {
    expect(fr('Karim Bensalah-Huot, délégué syndical CGT, dit avoir « déjà entendu ce genre de promesses » lors de précédents rachats.')).toEqual([['déjà entendu ce genre de promesses', 'Karim Bensalah-Huot']])
  })

  it('takes no capitalised adverb that opens a French sentence for a name ("Entre-temps, …")', () => {
    expect(fr('« Nous avons gagné », a dit l’entraîneur Paul Thill.\n\nEntre-temps, le gardien tessinois Mattia Bernasconi avait repoussé 38 tirs. « Je n’ai rien vu, a rigolé le portier de 22 ans. J’ai juste pris de la place. »').map(([, s]) => s)).toEqual(['Paul Thill', 'Mattia Bernasconi'])
  })

  it('gives an "on" statement to the body the sentence is about over the town it speaks from', () => {
    expect(fr('La région Grand Est, qui avait accordé une avance, « prend acte » de l’opération, indique-t-on à Strasbourg.')).toEqual([['prend acte', 'Grand Est']])
    // With no body as the subject, the source after the statement stays: "indique-t-on à l'Ifremer".
    expect(fr('« Les pertes sont réelles », indique-t-on à l’Ifremer.')).toEqual([['Les pertes sont réelles', 'Ifremer']])
  })

  it('gives a few quoted words to whose words the next sentence says they were, in English and French', () => {
    expect(en('The reform would make everything “simpler and fairer” for families. These words of the minister, Anna Berg, were met with laughter.')).toEqual([['simpler and fairer', 'Anna Berg']])
    expect(fr('La réforme rendra tout « plus simple et plus juste » pour les familles. Ces propos du ministre Paul Thill ont fait sourire.')).toEqual([['plus simple et plus juste', 'Paul Thill']])
  })
})

describe('names that are names (English)', () => {
  const facts = enFacts

  it.each([
    ['an adverb', 'She was even angrier than before. Even said: "We will not wait any longer."', 'Even'],
    ['a noun', 'The case went to court in May. Case said: "We will appeal."', 'Case']
  ])('names nobody for a single word the article also writes in lower case (%s)', (_, body, mention) => {
    const {quotes, people} = facts(body)
    expect(quotes.map((q) => [q.speaker, q.mention])).toEqual([[null, mention]])
    expect(people.map((p) => p.name)).not.toContain(mention)
  })

  it('names nobody for a party word alone ("Republican"), and keeps the person the party word describes', () => {
    expect(facts('The party met on Monday. Republican leaders were split. Republican said: "We will not back the bill."').quotes.map((q) => [q.speaker, q.mention])).toEqual([[null, 'Republican']])
    expect(facts('"We will not back the bill," said Senator Ann Ward, a Republican from Ohio.').quotes.map((q) => q.speaker)).toEqual(['Ann Ward'])
  })

  it('keeps a surname that is also a word when the article gives the full name', () => {
    expect(facts('Governor Ann Case of Ohio spoke on Monday about the case. "We will appeal," Case said.').quotes.map((q) => q.speaker)).toEqual(['Ann Case'])
  })
})

describe('a role whose tail runs into the name', () => {
  const facts = factsIn

  it.each([
    ['Le ministre de l’Intérieur Gérald Darmanin a déclaré : « Nous ne céderons pas. »', 'Gérald Darmanin', 'ministre de l’Intérieur'],
    ['Le président de la CFTC Jacques Voisin a affirmé : « Nous sommes très inquiets. »', 'Jacques Voisin', 'président de la CFTC'],
    ['« Nous irons au bout », a dit le porte-parole du parti socialiste Olivier Faure.', 'Olivier Faure', 'porte-parole du parti socialiste']
  ])('ends the tail before the name in French: %s', (body, name, role) => {
    const {quotes, people} = facts('fr', body)
    expect(quotes.map((q) => q.speaker)).toEqual([name])
    expect(people.map((p) => [p.name, p.role])).toEqual([[name, role]])
  })

  it('keeps the capitalised words of a body after "of the" and after a group noun in English', () => {
    const caucus = facts('en', '"This bill is a start," Jane Hollis said. The three members of the Congressional Black Caucus who served on the committee agreed.')
    expect(caucus.people.map((p) => p.name)).toEqual(['Jane Hollis'])
    const paper = facts('en', '"The pope is popular," Massimo Franco, a columnist for the Italian newspaper Corriere della Sera, wrote on Friday.')
    expect(paper.quotes.map((q) => q.speaker)).toEqual(['Massimo Franco'])
    expect(paper.people.map((p) => p.name)).toEqual(['Massimo Franco'])
  })
})

describe('names read at the start of a sentence, and bodies written as acronyms (English)', () => {
  it.each([
    ['does not lengthen a name by the word that opens its sentence ("Like Corker")', 'Senator Bob Corker of Tennessee spoke on Monday. Like Corker, many senators doubt the deal. "We wanted to ensure that no president could waive sanctions," Corker said.', ['Bob Corker'], ['Bob Corker']],
    ['lets no "she" stand for an acronym, and reads no weekday into a name', 'Susan Sarandon was asked about the race. MSNBC Monday aired the interview in full. "I am not sure I will vote for her," she said.', ['Susan Sarandon'], ['Susan Sarandon']],
    ['may quote a body by its acronym, but lists it among no people', '"We are not sure," MSNBC Monday reported.', ['MSNBC'], []]
  ])('%s', (_, body, speakers, people) => {
    const facts = enFacts(body)
    expect(facts.quotes.map((q) => q.speaker)).toEqual(speakers)
    expect(facts.people.map((p) => p.name)).toEqual(people)
  })

  it('reads "House Speaker" as a role before the name', () => {
    const {quotes, people} = enFacts('"We will pass the bill," House Speaker Paul Ryan said on Tuesday.')
    expect(quotes.map((q) => q.speaker)).toEqual(['Paul Ryan'])
    expect(people.map((p) => [p.name, p.role])).toEqual([['Paul Ryan', 'House Speaker']])
  })
})
