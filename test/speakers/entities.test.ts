/**
 * The examples of src/speakers/entities.ts as tests: coreference in the entity registry. A story drives
 * `EntityRegistry` the way the attribution stage does, with the calls it makes: every mention is read by
 * `readMention` in its sentence and resolved in reading order (`resolve`), a new sentence starts with `startSentence`,
 * a sentence's subject is noted (`noteSubject`), the speaker of a quotation too (`noteSpeaker`), a source a sentence
 * opens with is resolved as one (`resolveSource`), and names a cue reads are registered article-wide first
 * (`register`). Which mention the attribution stage would pick is not asked here: each step says it.
 */
import {describe, expect, it} from 'vitest'
import {buildDocument} from '../../src/document/index.js'
import {speechLocales} from '../../src/lang/index.js'
import {type Entity, EntityRegistry, isBodyName, longForm} from '../../src/speakers/entities.js'
import {lexiconOf, type Mention} from '../../src/speakers/mentions.js'
import type {Language} from '../../src/types.js'
import {mentionAt} from '../attribution/support.js'

/** What the story does with the mention a step reads. */
type Role = 'subject' | 'speaker' | 'source' | 'register'

interface Step {
  /** A sentence of the article. */
  s: string
  /** Where the mention starts in it; left out for a sentence that only stands in the article. */
  at?: string
  /** The mention is the one a cue of the sentence reads ("a-t-elle", "von einer Armeesprecherin"), not `readMention`'s. */
  cue?: boolean
  as?: Role[]
  /** The paragraph the sentence stands in (0 when left out). */
  block?: number
}

interface Story {
  lang: Language
  /** What the story shows. */
  title: string
  steps: Step[]
  /** The name of the entity the last step resolves to (null: none). */
  name: string | null
  /** The step (by index) whose entity the last step must be, or must not be (`other`). */
  same?: number
  other?: number
}

/** The article the steps come from: their sentences in order, paragraph by paragraph. */
function articleOf(steps: readonly Step[]): string {
  const blocks: string[][] = []
  for (const step of steps) {
    const block = (blocks[step.block ?? 0] ??= [])
    if (block.at(-1) !== step.s) block.push(step.s)
  }
  return blocks.map((b) => b.join(' ')).join('\n\n')
}

/** The mention a step reads: at its phrase, or the one a cue of its sentence reads. */
function mentionOf(lang: Language, step: Step): Mention | null {
  if (step.cue) return buildDocument(step.s, {lang}).sentences[0].cues.find((c) => c.mention?.text === step.at)?.mention ?? null
  return step.at === undefined ? null : mentionAt(step.s, lang, step.at)
}

/** The entity each step resolves to, the registry driven as the attribution stage drives it. */
function tell(lang: Language, steps: readonly Step[]): {entities: Array<Entity | null>; registry: EntityRegistry} {
  const document = buildDocument(articleOf(steps), {lang})
  const registry = new EntityRegistry(document.lexicon, document.fullText)
  if (!document.locale.lowercaseNouns) registry.learnCommonNouns(document.sentences.map((s) => s.tokens))
  for (const step of steps) {
    if (!step.as?.includes('register')) continue
    const mention = mentionOf(lang, step)
    if (mention) registry.register(mention)
  }
  const entities: Array<Entity | null> = []
  let sentence: string | null = null
  for (const step of steps) {
    const block = step.block ?? 0
    if (step.s !== sentence) registry.startSentence()
    sentence = step.s
    if (step.at === undefined) continue
    const mention = mentionOf(lang, step)
    if (!mention) throw new Error(`no mention at ${JSON.stringify(step.at)} in ${JSON.stringify(step.s)}`)
    let entity: Entity | null
    if (step.as?.includes('source')) {
      const spokesperson = step.s.split(/[\s,.:;«»„“”"]+/u).some((w) => registry.speaksForBody(w.toLowerCase()))
      registry.resolveSource(mention, block, spokesperson)
      entity = registry.entities.reduce<Entity | null>((last, e) => (last === null || e.lastSeen > last.lastSeen ? e : last), null)
    } else {
      entity = registry.resolve(mention, block)?.entity ?? null
    }
    if (entity && step.as?.includes('subject')) registry.noteSubject(entity, block)
    if (entity && step.as?.includes('speaker')) registry.noteSpeaker(entity, block)
    entities.push(entity)
  }
  return {entities, registry}
}

function check(story: Story): void {
  const {entities} = tell(story.lang, story.steps)
  const last = entities.at(-1) ?? null
  expect(last?.name ?? null).toBe(story.name)
  if (story.same !== undefined) expect(last).toBe(entities[story.same])
  if (story.other !== undefined) expect(last).not.toBe(entities[story.other])
}

const tables: Array<[title: string, stories: Story[]]> = [
  [
    'names',
    [
      {lang: 'de', title: 'a surname is the fullest form of the name the article uses', steps: [{s: 'Wladimir Putin kam nach Pjöngjang.', at: 'Wladimir'}, {s: '„Wir sind Freunde“, sagte Putin.', at: 'Putin'}], name: 'Wladimir Putin', same: 0},
      {lang: 'de', title: 'a word the article uses alone is no first name', steps: [{s: 'Putin traf in Pjöngjang Kim Jong-un.', at: 'Kim'}, {s: 'Pjöngjang ist kalt.', at: 'Pjöngjang'}, {s: '„Wir sind Freunde“, sagte Kim.', at: 'Kim'}], name: 'Kim Jong-un', same: 0},
      {lang: 'de', title: 'a role noun after its article is no first name', steps: [{s: '„Es ist zu voll“, sagt die Pendlerin Sandra Oelschlägel.', at: 'Oelschlägel'}], name: 'Sandra Oelschlägel'},
      {lang: 'de', title: 'a body after its article is no first name', steps: [{s: 'Das entschied das Kampfgericht Wicki.', at: 'Wicki'}], name: 'Wicki'},
      {lang: 'fr', title: 'a nationality noun is no first name', steps: [{s: 'Le Français Théo Marchal a gagné.', at: 'Marchal'}], name: 'Théo Marchal'},
      {lang: 'fr', title: 'an article with its noun is no first name', steps: [{s: "L'entraîneur Fabrice Cazaux a parlé.", at: 'Cazaux'}], name: 'Fabrice Cazaux'},
      {lang: 'de', title: 'a bare surname two people share is not filled in', steps: [{s: 'Ramon Wicki gewann, Agnes Wicki jubelte.', at: 'Wicki'}], name: 'Wicki'},
      {lang: 'de', title: 'one part of a name is the same person: "Kim", "Kim Jong-un"', steps: [{s: 'Kim Jong-un empfing Putin.', at: 'Kim', as: ['subject']}, {s: '„Willkommen“, sagte Kim.', at: 'Kim'}], name: 'Kim Jong-un', same: 0},
      {lang: 'en', title: 'one full name holds the other: "George Bush", "George W. Bush"', steps: [{s: 'George W. Bush spoke first.', at: 'George'}, {s: 'George Bush said no.', at: 'George'}], name: 'George W. Bush', same: 0},
      {lang: 'de', title: 'two full names with one surname and other first names are two people', steps: [{s: 'Ramon Wicki gewann.', at: 'Ramon'}, {s: 'Agnes Wicki jubelte.', at: 'Agnes'}], name: 'Agnes Wicki', other: 0},
      {lang: 'en', title: 'a short form of the first name: "Joe Biden", "Joseph R. Biden"', steps: [{s: 'Joseph R. Biden spoke first.', at: 'Joseph'}, {s: 'Joe Biden said no.', at: 'Joe'}], name: 'Joseph R. Biden', same: 0},
      {lang: 'en', title: 'a short form of the first name: "Sam", "Samuel"', steps: [{s: 'Samuel Okoro spoke first.', at: 'Samuel'}, {s: 'Sam Okoro said no.', at: 'Sam'}], name: 'Samuel Okoro', same: 0},
      {lang: 'en', title: 'Robert "Bobby" Caldera is Robert Caldera', steps: [{s: 'Robert Caldera spoke first.', at: 'Robert'}, {s: 'Robert "Bobby" Caldera said no.', at: 'Robert'}], name: 'Robert Caldera', same: 0},
      {lang: 'en', title: 'a surname two people share is the one of the gender the title gives ("Mrs Verrity")', steps: [{s: 'Mrs Alice Verrity arrived.', at: 'Mrs'}, {s: 'Mr Tom Verrity stayed.', at: 'Mr'}, {s: '“No,” said Mrs Verrity.', at: 'Mrs'}], name: 'Alice Verrity', same: 0},
      {lang: 'de', title: '"meint Wicki" is the one quoted most, not his mother Agnes Wicki', steps: [{s: '„Ich bin glücklich“, sagte Ramon Wicki.', at: 'Ramon', as: ['speaker']}, {s: 'Wickis Mutter, Agnes Wicki, jubelte.', at: 'Agnes'}, {s: '„Es war knapp“, meint Wicki.', at: 'Wicki'}], name: 'Ramon Wicki', same: 0}
    ]
  ],
  [
    'sources a sentence opens with',
    [
      {lang: 'fr', title: 'a place that is new is a body when a spokesperson speaks: "Chez Seine-Saint-Denis Habitat, …"', steps: [{s: 'Chez Seine-Saint-Denis Habitat, une porte-parole du bailleur assure que « tout va bien ».', at: 'Seine-Saint-Denis', as: ['source']}], name: 'Seine-Saint-Denis Habitat'},
      {lang: 'fr', title: 'an acronym is a body wherever it stands: "Du côté du TEC, on justifie …"', steps: [{s: 'Du côté du TEC, on justifie la hausse.', at: 'TEC', as: ['source']}], name: 'TEC'},
      {lang: 'fr', title: '"Du côté de la Drac, …"', steps: [{s: 'Du côté de la Drac, on se montre prudent.', at: 'Drac', as: ['source']}], name: 'Drac'},
      {lang: 'de', title: 'someone met before stays a person: "Bei Anna Berg klingelt das Telefon"', steps: [{s: 'Anna Berg wohnt hier.', at: 'Anna'}, {s: 'Bei Anna Berg klingelt das Telefon.', at: 'Anna', as: ['source']}], name: 'Anna Berg', same: 0}
    ]
  ],
  [
    'pronouns',
    [
      {lang: 'de', title: '"er": the person last met of its gender', steps: [{s: 'Der Minister Hans Berg kam.', at: 'Der', as: ['subject']}, {s: '„Wir bleiben“, sagte er.', at: 'er'}], name: 'Hans Berg', same: 0},
      {lang: 'en', title: '"she": the person last met of her gender', steps: [{s: 'Mrs Alice Verrity arrived.', at: 'Mrs', as: ['subject']}, {s: '“No,” she said.', at: 'she'}], name: 'Alice Verrity', same: 0},
      {lang: 'fr', title: '"a-t-elle": the person last met of her gender', steps: [{s: 'Mme Claire Thill est arrivée.', at: 'Mme', as: ['subject']}, {s: '« Non », a-t-elle répondu.', at: 'a-t-elle', cue: true}], name: 'Claire Thill', same: 0},
      {lang: 'en', title: '"it said": the body a recent sentence was about', steps: [{s: 'The Prairie Line Cooperative raised its prices.', at: 'The', as: ['subject']}, {s: '“We had no choice,” it said in a statement.', at: 'it'}], name: 'Prairie Line Cooperative', same: 0},
      {lang: 'fr', title: 'the spokesperson who just spoke for a body goes on for it', steps: [{s: 'Chez Seine-Saint-Denis Habitat, une porte-parole du bailleur assure que « tout va bien ».', at: 'Seine-Saint-Denis', as: ['source']}, {s: 'Chez Seine-Saint-Denis Habitat, une porte-parole du bailleur assure que « tout va bien ».', at: 'une', as: ['speaker']}, {s: '« Nous suivons le dossier », ajoute-t-elle.', at: 'ajoute-t-elle', cue: true}], name: 'Seine-Saint-Denis Habitat', same: 1},
      {lang: 'de', title: 'an unnamed speaker who just spoke goes on: "von einer Armeesprecherin bestätigt. Sie sagte …"', steps: [{s: 'Der Angriff wurde von einer Armeesprecherin bestätigt.', at: 'einer Armeesprecherin', cue: true, as: ['speaker']}, {s: 'Sie sagte, es gebe Tote.', at: 'Sie'}], name: 'Armeesprecherin', same: 0},
      {lang: 'de', title: 'someone of the pronoun’s gender met since the last speaker beats a speaker of unknown gender: "„…“, so Wieland. Auch die Sprecherin Gisela Piltz … Sie warf …"', steps: [{s: '„Das ist falsch“, so Wieland.', at: 'Wieland', as: ['speaker']}, {s: 'Auch die Sprecherin Gisela Piltz widersprach.', at: 'die', as: ['subject']}, {s: 'Sie warf ihm Versagen vor.', at: 'Sie'}], name: 'Gisela Piltz', same: 1},
      {lang: 'fr', title: 'with no one speaking just before, the subject of a recent sentence', steps: [{s: 'Le Français Théo Marchal a devancé le Danois Mikkel Vestergaard.', at: 'Le', as: ['subject']}, {s: 'Le Français Théo Marchal a devancé le Danois Mikkel Vestergaard.', at: 'le Danois'}, {s: '« C’était dur », a-t-il raconté.', at: 'a-t-il', cue: true}], name: 'Théo Marchal', same: 0},
      {lang: 'de', title: 'someone described but never named counts as a subject', steps: [{s: 'Der Beschuldigte schwieg lange.', at: 'Der', as: ['subject']}, {s: '«Es tut mir leid», sagte er.', at: 'er'}], name: 'Beschuldigte', same: 0},
      {lang: 'de', title: 'the subject after the last quotation takes over from a speaker of unknown gender', steps: [{s: '»Das ist gut«, sagte Ohlendorf.', at: 'Ohlendorf', as: ['speaker']}, {s: 'Jelena Vukić, 41, hat den Satz geschrieben.', at: 'Jelena', as: ['subject']}, {s: '»Ich stehe dazu«, erzählt sie.', at: 'sie'}], name: 'Jelena Vukić', same: 1},
      {lang: 'de', title: 'and from any speaker when it is the subject of the sentence just before', steps: [{s: '«Das war es», sagte Staatsanwalt Peter Roth.', at: 'Staatsanwalt', as: ['speaker']}, {s: 'Der Beschuldigte hatte das letzte Wort.', at: 'Der', as: ['subject']}, {s: '«Es tut mir leid», sagte er.', at: 'er'}], name: 'Beschuldigte', same: 1},
      {lang: 'de', title: 'or the subject of this paragraph when the speaker spoke in another', steps: [{s: '«Das ist gut», sagte Peter Roth.', at: 'Peter', as: ['speaker']}, {s: 'Eine Woche später lädt Hubacher zum Apéro.', at: 'Hubacher', as: ['subject'], block: 1}, {s: 'Und danach?', block: 1}, {s: '«Wir feiern», sagt er.', at: 'er.', block: 1}], name: 'Hubacher', same: 1}
    ]
  ],
  [
    'descriptions',
    [
      {lang: 'de', title: '"der Kremlchef": the person with that role', steps: [{s: 'Kremlchef Wladimir Putin kam.', at: 'Kremlchef', as: ['register']}, {s: 'Kim Jong-un wartete.', at: 'Kim'}, {s: '„Wir sind Freunde“, sagte der Kremlchef.', at: 'der'}], name: 'Wladimir Putin'},
      {lang: 'de', title: '"der russische Präsident": the person of that role and country', steps: [{s: 'Der russische Präsident Wladimir Putin kam.', at: 'Der'}, {s: 'Der US-Präsident Joe Biden blieb.', at: 'Der'}, {s: '„Wir sind Freunde“, sagte der russische Präsident.', at: 'der'}], name: 'Wladimir Putin', same: 0},
      {lang: 'de', title: '"ein Polizeisprecher" is nobody named before', steps: [{s: 'Polizeisprecher Uwe Kahl kam.', at: 'Polizeisprecher'}, {s: '„Es gab keine Verletzten“, sagte ein Polizeisprecher.', at: 'ein Polizeisprecher'}], name: 'Polizeisprecher', other: 0},
      {lang: 'de', title: '"dieser Experte": the last speaker', steps: [{s: '„Das wird teuer“, sagt der Experte Jan Roth.', at: 'der', as: ['speaker']}, {s: 'Dieser Experte warnt seit Jahren.', at: 'Dieser'}], name: 'Jan Roth', same: 0},
      {lang: 'fr', title: 'with nobody speaking before, whom the sentence before is about', steps: [{s: 'Monique Vergnaud pousse la porte.', at: 'Monique', as: ['subject']}, {s: 'À 78 ans, cette ancienne institutrice ne lâche rien.', at: 'cette'}], name: 'Monique Vergnaud', same: 0},
      {lang: 'fr', title: '"a salué le Danois": the person of that country', steps: [{s: 'Le Danois Mikkel Vestergaard a gagné.', at: 'Le'}, {s: 'Le Français Théo Marchal a perdu.', at: 'Le', as: ['subject']}, {s: '« Bravo », a salué le Danois.', at: 'le Danois'}], name: 'Mikkel Vestergaard', same: 0},
      {lang: 'fr', title: 'with nobody of that country known, whom the article is just about', steps: [{s: 'Erwan Le Quéré a remporté la course.', at: 'Erwan', as: ['subject']}, {s: '« J’ai souffert », a raconté le Breton.', at: 'le Breton'}], name: 'Erwan Le Quéré', same: 0},
      {lang: 'fr', title: 'a role for someone just named: "le technicien"', steps: [{s: 'Son directeur sportif, Laurent Gaudin, était ravi.', at: 'Son', as: ['subject']}, {s: '« On a bien roulé », a expliqué le technicien.', at: 'le technicien'}], name: 'Laurent Gaudin', same: 0},
      {lang: 'de', title: 'where someone is from: "sagte die Norwegerin"', steps: [{s: 'Ingrid Tandrevold gewann.', at: 'Ingrid', as: ['subject']}, {s: '„Ich bin glücklich“, sagte die Norwegerin.', at: 'die'}], name: 'Ingrid Tandrevold', same: 0},
      {lang: 'de', title: 'a demonym as a subject: "Die Oberstdorferin leistete sich …"', steps: [{s: 'Katharina Hennig lief los.', at: 'Katharina', as: ['subject']}, {s: 'Die Oberstdorferin leistete sich einen Fehler.', at: 'Die'}], name: 'Katharina Hennig', same: 0},
      {lang: 'fr', title: 'a role with an adjective is someone with no other role: "Le maire Paul Thill … le ministre belge"', steps: [{s: 'Le maire Paul Thill a reçu les élus.', at: 'Le', as: ['subject']}, {s: '« Non », a dit le ministre belge.', at: 'le ministre'}], name: 'ministre belge', other: 0},
      {lang: 'fr', title: "whoever was named last in this paragraph: '… signé Yanis Benchekroun, ont remis les Médocains dans le match. « … », rigole l'ailier de 19 ans'", steps: [{s: 'Les essais, signé Yanis Benchekroun, ont remis les Médocains dans le match.', at: 'Yanis'}, {s: '« On y croyait », rigole l’ailier de 19 ans.', at: 'l’ailier'}], name: 'Yanis Benchekroun', same: 0},
      {lang: 'de', title: 'a role for whoever just spoke, both of its gender: "sagt die Archäologin"', steps: [{s: 'Die Forscherin Eva Achterberg kam.', at: 'Die', as: ['register']}, {s: '„Das ist alt“, sagt Achterberg.', at: 'Achterberg', as: ['speaker']}, {s: '„Sehr alt“, sagt die Archäologin.', at: 'die'}], name: 'Eva Achterberg', same: 1},
      {lang: 'de', title: '"der Staatsanwalt" is often someone never named', steps: [{s: '„Das ist alt“, sagt Peter Roth.', at: 'Peter', as: ['speaker']}, {s: '„Er lügt“, sagt der Staatsanwalt.', at: 'der'}], name: 'Staatsanwalt', other: 0},
      {lang: 'de', title: 'a party described by an adjective is someone new: "Der Beschuldigte selbst …"', steps: [{s: '„Er lügt“, sagt Peter Roth.', at: 'Peter', as: ['speaker']}, {s: 'Der Beschuldigte selbst schwieg.', at: 'Der'}], name: 'Beschuldigte', other: 0},
      {lang: 'en', title: '"the 54-year-old": the subject of a sentence since the last speaker', steps: [{s: 'Tom Berg sat down.', at: 'Tom', as: ['subject']}, {s: '“I am tired,” said the 54-year-old.', at: 'the'}], name: 'Tom Berg', same: 0},
      {lang: 'de', title: 'the subject of a sentence since the last speaker: "Innenverteidiger Marvin Osterkamp hatte Rot gesehen. Der 24-Jährige entschuldigte sich"', steps: [{s: 'Innenverteidiger Marvin Osterkamp hatte Rot gesehen.', at: 'Innenverteidiger', as: ['subject']}, {s: 'Der 24-Jährige entschuldigte sich.', at: 'Der'}], name: 'Marvin Osterkamp', same: 0},
      {lang: 'de', title: '"der 58-Jährige": the speaker when nobody was a subject since', steps: [{s: '„Ich bin müde“, sagte Peter Roth.', at: 'Peter', as: ['speaker']}, {s: '„Sehr müde“, sagte der 58-Jährige.', at: 'der'}], name: 'Peter Roth', same: 0},
      {lang: 'de', title: 'someone described but never named counts: "sagte die 41-Jährige"', steps: [{s: 'Eine Geschädigte aus Lüneburg meldete sich.', at: 'Eine', as: ['subject']}, {s: '„Ich hatte Angst“, sagte die 41-Jährige.', at: 'die'}], name: 'Geschädigte', same: 0},
      {lang: 'de', title: 'a role of a body nobody holds goes to whom the sentence before was about: "Horst Wienecke sah das anders. Der Vorsitzende des Kleingartenvereins … sprach von einem „…“"', steps: [{s: 'Horst Wienecke sah das anders.', at: 'Horst', as: ['subject']}, {s: 'Der Vorsitzende des Kleingartenvereins sprach von einem „Skandal“.', at: 'Der'}], name: 'Horst Wienecke', same: 0},
      {lang: 'de', title: 'or after the verb: "sagte der Regisseur"', steps: [{s: 'Auch Konstantin Rehlinger hat unterschrieben.', at: 'Konstantin', as: ['subject']}, {s: 'Es sei „ein Fehler“ gewesen, sagte der Regisseur.', at: 'der'}], name: 'Konstantin Rehlinger', same: 0},
      {lang: 'de', title: 'a role that opens its sentence with no body stays someone new: "Der Vater sagte"', steps: [{s: 'Horst Wienecke sah das anders.', at: 'Horst', as: ['subject']}, {s: 'Der Vater sagte, das sei „ein Fehler“.', at: 'Der'}], name: 'Vater', other: 0},
      {lang: 'de', title: 'or names another party: "sagte der Staatsanwalt"', steps: [{s: 'Horst Wienecke sah das anders.', at: 'Horst', as: ['subject']}, {s: 'Das sei „ein Fehler“, sagte der Staatsanwalt.', at: 'der'}], name: 'Staatsanwalt', other: 0}
    ]
  ],
  [
    'bodies and spokespeople',
    [
      {lang: 'en', title: '"a spokeswoman for the cooperative": the Prairie Line Cooperative', steps: [{s: 'The Prairie Line Cooperative raised its prices.', at: 'The'}, {s: '“We had no choice,” said a spokeswoman for the cooperative.', at: 'a spokeswoman'}], name: 'Prairie Line Cooperative', same: 0},
      {lang: 'de', title: '"ein Bahnsprecher": the Deutsche Bahn', steps: [{s: 'Die Deutsche Bahn erhöht die Preise.', at: 'Deutsche'}, {s: '„Das ist nötig“, sagte ein Bahnsprecher.', at: 'ein'}], name: 'Deutsche Bahn', same: 0},
      {lang: 'de', title: 'a compound of the body’s word: "Umweltministerium"', steps: [{s: 'Das Umweltministerium prüft den Fall.', at: 'Das'}, {s: '„Wir prüfen“, sagte ein Sprecher des Ministeriums.', at: 'ein'}], name: 'Umweltministerium', same: 0},
      {lang: 'en', title: '"the food safety authority": the body named by the words of its noun phrase', steps: [{s: 'The Irish Food Safety Authority issued a warning.', at: 'The'}, {s: '“Do not eat it,” the food safety authority said.', at: 'the'}], name: 'Irish Food Safety Authority', same: 0},
      {lang: 'fr', title: '"du comité": the "Comité régional de …"', steps: [{s: 'Le Comité régional de tourisme a réagi.', at: 'Le'}, {s: '« Tout va bien », assure un porte-parole du comité.', at: 'un'}], name: 'Comité régional de tourisme', same: 0},
      {lang: 'de', title: 'a spokesperson of no body named speaks for the body named just before', steps: [{s: 'Die Berliner Feuerwehr sieht das anders.', at: 'Die'}, {s: '„Wir waren schnell“, sagte ein Sprecher.', at: 'ein'}], name: 'Feuerwehr', same: 0},
      {lang: 'de', title: '"Im Kulturreferat kennt man den Fall. Ein Sprecher sagte, …"', steps: [{s: 'Im Kulturreferat kennt man den Fall.', at: 'Kulturreferat'}, {s: 'Ein Sprecher sagte, man prüfe ihn.', at: 'Ein'}], name: 'Kulturreferat', same: 0},
      {lang: 'de', title: '"Der Sprecher" goes on for the body the last spokesperson spoke for', steps: [{s: '„Wir bauen“, sagte ein Sprecher des Landesbetriebs.', at: 'ein'}, {s: 'Die Stadt Essen zahlt.', at: 'Die'}, {s: 'Der Sprecher schloss nicht aus, dass es teurer wird.', at: 'Der'}], name: 'Landesbetrieb', same: 0},
      {lang: 'en', title: '"the spokesperson" is the one met before, whatever bodies were named since', steps: [{s: 'A WA Cricket spokesperson said the ground was safe.', at: 'A'}, {s: 'The Corrabup Shire Council disagreed.', at: 'The'}, {s: '“We checked,” the spokesperson said.', at: 'the'}], name: 'WA Cricket', same: 0},
      {lang: 'fr', title: '"L’entreprise familiale": the company named just before', steps: [{s: 'Rochat Composants SA a fermé son usine.', at: 'Rochat'}, {s: "L'entreprise familiale dénonce « une injustice ».", at: "L'entreprise"}], name: 'Rochat Composants SA', same: 0},
      {lang: 'de', title: '"das Familienunternehmen": the company named just before', steps: [{s: 'Die Hagedorn AG schließt ihr Werk.', at: 'Hagedorn'}, {s: 'Das Familienunternehmen spricht von „Verlusten“.', at: 'Das'}], name: 'Hagedorn AG', same: 0},
      {lang: 'fr', title: '"Selon le diocèse" after "Le diocèse de Limoges"', steps: [{s: 'Le Diocèse de Limoges a réagi.', at: 'Le'}, {s: 'Selon le diocèse, rien ne change.', at: 'le'}], name: 'Diocèse de Limoges', same: 0},
      {lang: 'de', title: 'a spokesperson for a body that a compound names is not the government just named', steps: [{s: 'Das Kanzleramt schweigt.', at: 'Das'}, {s: '„Wir prüfen“, sagte ein Sprecher des Finanzministeriums.', at: 'ein'}], name: 'Finanzministerium', other: 0}
    ]
  ],
  [
    'unnamed speakers',
    [
      {lang: 'de', title: '"der Staatsanwalt"', steps: [{s: '„Er lügt“, sagte der Staatsanwalt.', at: 'der'}], name: 'Staatsanwalt'},
      {lang: 'de', title: '"ein Polizeisprecher"', steps: [{s: '„Es gab keine Verletzten“, sagte ein Polizeisprecher.', at: 'ein Polizeisprecher'}], name: 'Polizeisprecher'},
      // A capitalised adjective is no adjective of the description: the body is its noun.
      {lang: 'de', title: '"das Auswärtige Amt"', steps: [{s: 'Das Auswärtige Amt warnt vor Reisen.', at: 'Das'}], name: 'Amt'},
      {lang: 'de', title: '"das auswärtige Amt" → "Auswärtiges Amt"', steps: [{s: 'Das auswärtige Amt warnt vor Reisen.', at: 'Das'}], name: 'Auswärtiges Amt'},
      {lang: 'de', title: '"der oberste Gerichtshof" → "Oberster Gerichtshof"', steps: [{s: 'Der oberste Gerichtshof entschied anders.', at: 'Der'}], name: 'Oberster Gerichtshof'},
      {lang: 'de', title: '"der oberste Gerichtshof" in an article that names the "Bundesgerichtshof"', steps: [{s: 'Der Fall ging an den Bundesgerichtshof.', at: 'Der'}, {s: 'Der oberste Gerichtshof entschied anders.', at: 'Der oberste'}], name: 'Bundesgerichtshof'},
      {lang: 'de', title: '"die CCE": the long form the article gives its acronym', steps: [{s: 'Die Coca-Cola Erfrischungsgetränke AG (CCE) baut Stellen ab.', at: 'Die'}, {s: 'Die CCE spricht von „Anpassungen“.', at: 'Die CCE'}], name: 'Coca-Cola Erfrischungsgetränke AG'},
      {lang: 'de', title: '"ein Sprecher des Münchner Baureferats" → "Münchner Baureferat"', steps: [{s: '„Wir bauen“, sagte ein Sprecher des Münchner Baureferats.', at: 'ein'}], name: 'Münchner Baureferat'},
      {lang: 'de', title: '"Sprecher des Münchner Baureferats (MBR)" → "Münchner Baureferat"', steps: [{s: '„Wir bauen“, sagte ein Sprecher des Münchner Baureferats (MBR).', at: 'ein'}], name: 'Münchner Baureferat'},
      {lang: 'de', title: '"eine Sprecherin des Ministeriums" in an article that names the "Gesundheitsministerium"', steps: [{s: 'Der Plan kommt aus dem Gesundheitsministerium.'}, {s: '„Wir prüfen“, sagte eine Sprecherin des Ministeriums.', at: 'eine'}], name: 'Gesundheitsministerium'},
      {lang: 'de', title: 'a compound in the genitive names the body: "des Landschaftsverbands"', steps: [{s: 'Das Museum gehört zum Besitz des Landschaftsverbands.', at: 'Das'}, {s: '„Wir zahlen“, sagte ein Sprecher des Verbands.', at: 'ein'}], name: 'Landschaftsverband'},
      {lang: 'en', title: '"an FNV spokesperson" speaks for the FNV', steps: [{s: '“We will strike,” an FNV spokesperson said.', at: 'an'}], name: 'FNV'},
      {lang: 'en', title: '"a research note from ING" speaks for ING', steps: [{s: 'A research note from ING called it “a shock”.', at: 'A'}], name: 'ING'},
      {lang: 'fr', title: '"le ministère de l’Économie" is named by its whole phrase', steps: [{s: "Le ministère de l'Économie a réagi.", at: 'Le'}], name: "ministère de l'Économie"},
      {lang: 'fr', title: '"le ministère des Pêches et de l’Économie maritime"', steps: [{s: "Le ministère des Pêches et de l'Économie maritime a réagi.", at: 'Le'}], name: "ministère des Pêches et de l'Économie maritime"},
      {lang: 'fr', title: '"la mairie de Lille"', steps: [{s: 'La mairie de Lille a réagi.', at: 'La'}], name: 'mairie de Lille'},
      {lang: 'fr', title: '"le président de la République"', steps: [{s: 'Le président de la République a réagi.', at: 'Le'}], name: 'président de la République'},
      {lang: 'fr', title: '"le président de la République" … "le chef de l’État" are one', steps: [{s: 'Le président de la République a réagi.', at: 'Le'}, {s: "Le chef de l'État a parlé.", at: 'Le'}], name: 'président de la République', same: 0},
      {lang: 'en', title: '"the deputy secretary"', steps: [{s: 'The deputy secretary said no.', at: 'The'}], name: 'deputy secretary'},
      {lang: 'fr', title: '"une habitante du cinquième" → "habitante"', steps: [{s: 'Une habitante du cinquième a témoigné.', at: 'Une'}], name: 'habitante'},
      {lang: 'fr', title: '"un élu d’opposition" keeps the tail that qualifies the role', steps: [{s: "Un élu d'opposition a témoigné.", at: 'Un'}], name: "élu d'opposition"},
      {lang: 'en', title: '"a second passenger" → "passenger"', steps: [{s: 'A second passenger said no.', at: 'A'}], name: 'passenger'},
      {lang: 'fr', title: '"un autre habitant" → "habitant"', steps: [{s: 'Un autre habitant a témoigné.', at: 'Un'}], name: 'habitant'},
      {lang: 'en', title: '"Residents of a Hebridean island say …" → "residents"', steps: [{s: 'Residents of a Hebridean island say the ferry is late.', at: 'Residents'}], name: 'residents'}
    ]
  ]
]

describe.each(tables)('EntityRegistry: %s', (_title, stories) => {
  it.each(stories)('$lang: $title', (story) => {
    check(story)
  })
})

describe('EntityRegistry: what an entity is', () => {
  it.each([
    {lang: 'de', s: 'Der Beschuldigte schwieg.', at: 'Der', field: 'human', value: true},
    {lang: 'fr', s: 'Une riveraine a témoigné.', at: 'Une', field: 'human', value: true},
    {lang: 'de', s: 'Eine Pächterin, die seit 1989 hier wohnt, schwieg.', at: 'Eine', field: 'human', value: true},
    {lang: 'de', s: 'Der Naturschutzbund Deutschland warnt.', at: 'Naturschutzbund', field: 'body', value: true},
    {lang: 'en', s: 'The Prairie Line Cooperative said no.', at: 'The', field: 'body', value: true},
    {lang: 'en', s: 'The organizers said no.', at: 'The', field: 'plural', value: true},
    {lang: 'fr', s: 'Les habitants ont témoigné.', at: 'Les', field: 'plural', value: true},
    {lang: 'en', s: 'The boss said no.', at: 'The', field: 'plural', value: false}
  ] as const)('$lang: $at in $s: $field is $value', ({lang, s, at, field, value}) => {
    const [entity] = tell(lang, [{s, at}]).entities
    expect(entity?.[field] === true).toBe(value)
  })

  it('marks a surname the article calls someone by: "sagte Wicki" (de)', () => {
    const [, entity] = tell('de', [{s: 'Ramon Wicki gewann.', at: 'Ramon'}, {s: '„Es war knapp“, sagte Wicki.', at: 'Wicki'}]).entities
    expect(entity?.bySurname).toBe(true)
  })

  it('gives a role class to the feminine and the masculine form alike: "Expertin", "Experte"; "Verkehrsministerin" is a minister (de)', () => {
    const [expertin, experte, ministerin] = tell('de', [{s: 'Die Expertin Anna Berg sprach.', at: 'Die'}, {s: 'Der Experte Jan Roth sprach.', at: 'Der'}, {s: 'Verkehrsministerin Eva Kahl sprach.', at: 'Verkehrsministerin'}]).entities
    expect([...(expertin?.heads ?? [])]).toEqual([...(experte?.heads ?? [])])
    expect(ministerin?.heads.has('minister')).toBe(true)
  })

  it('takes the country a description names: "der russische Präsident" (de)', () => {
    const [entity] = tell('de', [{s: 'Der russische Präsident Wladimir Putin kam.', at: 'Der'}]).entities
    expect(entity?.nationality).not.toBeNull()
  })

  it('names who speaks for a body: "porte-parole", "Sprecherin", "direction"', () => {
    const registry = (lang: Language): EntityRegistry => new EntityRegistry(lexiconOf(speechLocales[lang]), '')
    expect(registry('fr').speaksForBody('porte-parole')).toBe(true)
    expect(registry('de').speaksForBody('sprecherin')).toBe(true)
    expect(registry('fr').speaksForBody('direction')).toBe(true)
  })
})

describe('EntityRegistry: epithets', () => {
  it.each([
    // A role where roles are epithets, bare or with an adjective after it or of age before it.
    {lang: 'fr', name: 'the role alone', s: '« Non », a dit le technicien.', at: 'le technicien', epithet: true},
    {lang: 'fr', name: 'a role written onto its article', s: "« Non », a dit l'élue.", at: "l'élue", epithet: true},
    {lang: 'fr', name: 'an adjective after the role', s: '« Non », a dit le coureur flamand.', at: 'le coureur', epithet: true},
    {lang: 'fr', name: 'an adjective after the role', s: '« Non », a dit le grimpeur savoyard.', at: 'le grimpeur', epithet: true},
    {lang: 'fr', name: 'an adjective of age before it', s: '« Non », a dit la jeune femme.', at: 'la jeune', epithet: true},
    {lang: 'en', name: 'an adjective of age before it', s: '“No,” said the young woman.', at: 'the young', epithet: true},
    {lang: 'en', name: 'the words before the noun', s: '“No,” said the retired dinner lady.', at: 'the retired', epithet: true},
    // Never a nationality, never a plural.
    {lang: 'en', name: 'a nationality', s: '“No,” said the Dutch minister.', at: 'the Dutch', epithet: false},
    {lang: 'fr', name: 'a nationality', s: '« Non », a dit le ministre français.', at: 'le ministre', epithet: false},
    // "belge" is no nationality to the French nationality pattern.
    {lang: 'fr', name: 'an adjective the nationality pattern does not know', s: '« Non », a dit le ministre belge.', at: 'le ministre', epithet: true},
    {lang: 'en', name: 'a plural', s: '“No,” the organizers said.', at: 'the organizers', epithet: false},
    // A demonym where roles are no epithets.
    {lang: 'de', name: 'a demonym', s: '„Nein“, sagte die Norwegerin.', at: 'die', epithet: true},
    {lang: 'de', name: 'a demonym', s: '„Nein“, sagte der Oberstdorfer.', at: 'der', epithet: true}
  ] as const)('$lang: $name: $s', ({lang, s, at, epithet}) => {
    // Someone just named, of no role and either gender: the epithet is them, or someone new.
    const [named, found] = tell(lang, [{s: 'Kim Meyer lief los.', at: 'Kim', as: ['subject']}, {s, at}]).entities
    expect(found === named).toBe(epithet)
  })
})

describe('isBodyName: whether a name names a body', () => {
  it.each([
    {lang: 'fr', name: 'Rochat Composants SA', body: true},
    {lang: 'en', name: 'Prairie Line Cooperative', body: true},
    {lang: 'de', name: 'Deutsche Bahn', body: true},
    {lang: 'de', name: 'Naturschutzbund Deutschland', body: true},
    {lang: 'en', name: 'Arts Council England', body: true},
    {lang: 'en', name: 'Institute for Nature Conservation and Forests', body: true},
    {lang: 'fr', name: 'Fédération française du bâtiment', body: true},
    {lang: 'de', name: 'Stadtrat Reto Bachmann', body: false}
  ] as const)('$lang: $name: $body', ({lang, name, body}) => {
    expect(isBodyName(name, lexiconOf(speechLocales[lang]))).toBe(body)
  })

  it('takes a body met by its common noun for a body: "Das Haffklinikum verweist auf die Zahlen" (de)', () => {
    // A spokesperson of no body named speaks for a body named in the sentence before.
    const [clinic, spokesperson] = tell('de', [{s: 'Das Haffklinikum verweist auf die Zahlen.', at: 'Das'}, {s: '„Wir prüfen das“, sagte ein Sprecher.', at: 'ein'}]).entities
    expect(clinic?.name).toBe('Haffklinikum')
    expect(spokesperson).toBe(clinic)
  })
})

describe('longForm: the long form of an acronym in the words before it', () => {
  it.each([
    {before: 'Die Coca-Cola Erfrischungsgetränke AG', acronym: 'CCE', long: 'Coca-Cola Erfrischungsgetränke AG'},
    {before: 'Sie wandte sich an den Bundesgerichtshof', acronym: 'BGH', long: 'Bundesgerichtshof'},
    {before: 'Das sagte er gestern', acronym: 'CCE', long: null}
  ])('$acronym in "$before": $long', ({before, acronym, long}) => {
    expect(longForm(before, acronym)).toBe(long)
  })
})

describe('EntityRegistry: common nouns', () => {
  it.each([
    {text: 'Der Müll liegt in der Deponie. Die Deponie ist voll.', word: 'Deponie', common: true},
    {text: 'Wir sahen die Dörfer. Die Dörfer sind leer.', word: 'Dörfer', common: true},
    // A name after an article once is no common noun.
    {text: 'Es ist ein Film, in der Vukić die Handlung kippen lässt. Vukić lacht. Vukić schreibt.', word: 'Vukić', common: false},
    // "von der Leyen": a name particle, not a determiner.
    {text: 'Ursula von der Leyen kam. Von der Leyen lachte. Leyen ging.', word: 'Leyen', common: false},
    // After a comma it is a relative pronoun: ", das Anna Berg nicht vergisst".
    {text: 'Es war ein Tag, das Anna Berg nicht vergisst. Anna Berg lacht.', word: 'Anna', common: false}
  ])('$word in "$text": $common', ({text, word, common}) => {
    const document = buildDocument(text, {lang: 'de'})
    const registry = new EntityRegistry(document.lexicon, document.fullText)
    registry.learnCommonNouns(document.sentences.map((s) => s.tokens))
    expect(registry.isCommonNoun(word)).toBe(common)
  })

  it('asks nothing where nouns are lower case: a capitalised word after "the" is a name (en)', () => {
    const document = buildDocument('The Deponie is full. The Deponie is old.', {lang: 'en'})
    const registry = new EntityRegistry(document.lexicon, document.fullText)
    registry.learnCommonNouns(document.sentences.map((s) => s.tokens))
    expect(registry.isCommonNoun('Deponie')).toBe(false)
  })
})
