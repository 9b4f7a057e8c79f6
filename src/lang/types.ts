import type {BoxLabels} from '../box/settings.js'

/** Words a language needs for finding quotations and their speakers. */
export interface SpeechLocale {
  /** Finite forms and participles of speech verbs (lower case) → the particles they need ('' for none). */
  speechVerbs: ReadonlyMap<string, readonly string[]>
  /** Words that put a source right after them: "laut X", "so X". */
  sourceBefore: readonly string[]
  /** Multi-word source phrases ("nach angaben"), followed by an optional von/des/der and the source. */
  sourcePhrases: readonly string[]
  /** Words that follow their source: "X zufolge". */
  sourceAfter: readonly string[]
  /** Phrases that make a clause a statement of its subject: "war der Ansicht". */
  opinionPhrases: readonly string[]
  nominativePronouns: Readonly<Record<string, 'm' | 'f'>>
  objectPronouns: Readonly<Record<string, 'm' | 'f' | 'p'>>
  datives: readonly string[]
  fillers: readonly string[]
  nominativeDeterminers: readonly string[]
  demonstratives: readonly string[]
  otherDeterminers: readonly string[]
  titles: readonly string[]
  objectTitles: readonly string[]
  addresseeMarkers: readonly string[]
  roleHeads: readonly string[]
  roleClasses: Readonly<Record<string, readonly string[]>>
  roleCountries: Readonly<Record<string, string>>
  nationalityPattern: RegExp
  notSpeakers: readonly string[]
  groupNouns: readonly string[]
  functionWords: readonly string[]
  /** Prepositions: a capitalised word right after one is a place or a thing more often than a person ("in Pjöngjang"). */
  prepositions: readonly string[]
  /** Indefinite determiners: "ein Sprecher" is someone new, never a person named before. */
  indefinites: readonly string[]
  abbreviations: readonly string[]
  namingWords: readonly string[]
  /** Auxiliary and modal verbs: "hatte … erklärt", "a déclaré", "has said". */
  auxiliaries: readonly string[]
  /** Role nouns are written in lower case ("the minister", "la maire"): read descriptions word by word. */
  lowercaseNouns: boolean
  /** Speech verbs whose following noun is the one spoken to: "told Reuters", never its speaker. */
  objectVerbs: readonly string[]
  /** Words that may stand between a clause's start and its verb: "se réjouit la présidente". */
  clitics: readonly string[]
  /** Possessive determiners that open a description: "his barrister", "son avocat". */
  possessives: readonly string[]
  /** Prepositions that attach a body to a role: "spokeswoman for the association", "porte-parole de la compagnie". */
  roleTails: readonly string[]
  /** A verb and its subject pronoun written as one word: "a-t-elle", "estime-t-il". */
  inversion: RegExp | null
  /** Verbs whose inverted pronoun is impersonal: "peut-on lire", "faut-il". */
  impersonalVerbs: readonly string[]
  /** Endings that make a lower-case noun a person's role ("glaciologist", "negotiator"), when the role list lacks it. */
  personNoun?: RegExp
  /** A present participle that reports the main subject's words: "estimant", "adding". */
  gerund?: RegExp
  /** A body named in the genitive after a role, in the nominative: "des Deutschen Skiverbandes" → "Deutscher Skiverband". */
  nominativeBody?: (phrase: string) => string | null
  /** Relative pronouns: "Celebi, die …, sagte". */
  relativePronouns: readonly string[]
  /** Words that point back to a document just named: "darin" in "Darin steht: „…“". */
  documentPointers: readonly string[]
  /** Verbs that say what a document says: "steht", "says" (with a document pointer). */
  documentVerbs: readonly string[]
  /** Definite articles: a name-shaped quotation after one names a thing ("die „Automobilwoche“"). */
  definiteArticles: readonly string[]
  /** Nouns that announce a quotation: "mit den Worten „…“". */
  quotingNouns: readonly string[]
  /** Nouns for a word someone used, which a quoted word after them is: "verteidigte die Bezeichnung „Gesindel“". */
  wordNouns: readonly string[]
  soGenannt: readonly string[]
  /** A body's name goes on in lower case after its capitalised noun: "Fédération française du bâtiment". */
  lowercaseNameWords?: boolean
  /** "as" in "known as “…”": a name follows. */
  knownAs: readonly string[]
  /** Participles before it that make it a name: "known", "nicknamed", "bekannt", "surnommé". */
  knownBy: readonly string[]
  /** Phrases right before a quotation that make it a name: "sous le nom de", "unter dem namen". */
  namePhrases: readonly string[]
  /** Conjunctions that open a subordinate clause: "whether", "when", "quand", "ob". */
  subordinators: readonly string[]
  /** Reflexive pronouns between a verb and its subject: "freute sich die Ministerin". */
  reflexives: readonly string[]
  /** Numbers written as words, which open sentences and are no names: "Forty-one runners …". */
  numberWord?: RegExp
  /** Endings of nouns that modify only the word right after them: "decision" in "a decision local farmers …". */
  nounEnding?: RegExp
  /** The finite verb comes second and the subject may follow it: "Zum Schluss wandte sich die Richterin an …". */
  verbSecond?: boolean
  /** Where the verb comes second, the copulas after which a name is whom the sentence is about: "Einer der Betroffenen ist Vasile". */
  copulas?: readonly string[]
  /** Where the verb comes second, words that open a clause standing in the first place: "Ob er kommt, weiß X nicht". */
  clauseOpeners?: readonly string[]
  /** Impersonal statements that a source may follow: "heißt" (es), "hieß" (es). French uses "indique-t-on". */
  impersonalStatements: readonly string[]
  /** Participles of a causative that an infinitive follows in an attribution: "fait" in "a fait valoir l'avocat". */
  causatives?: readonly string[]
  /** Adjectives of age before a noun of a person, who is then someone just named: "la jeune femme", "the young woman". */
  ageAdjectives?: readonly string[]
  /** Words that count people of one kind, left out of an unnamed speaker's role: "a second passenger", "un autre habitant". */
  ordinals?: readonly string[]
  /** Pronouns that stand for a body before a speech verb: "it" in "“…,” it said in a statement". */
  neuterPronouns?: readonly string[]
  /** Relative pronouns that stand for people only: "who" in "A cutter who has worked there since 2008, said …". */
  personRelatives?: readonly string[]
  /** Where the verb comes last in a relative clause, the pronouns after a preposition: "ein Bericht, in dem es heißt". */
  prepositionalRelatives?: readonly string[]
  /** Prepositions that name where an impersonal statement came from: "bei", "aus", "à", "auprès". */
  statementSources: readonly string[]
  /** Words for the side a statement comes from, between its preposition and the source: "du côté de la Drac", "côté préfecture". */
  sides: readonly string[]
  /** Prepositions fused with their article, and the article: "au" → "le", "des" → "les". */
  fusedArticles: Readonly<Record<string, string>>
  /** Nouns of a source with no name after such a preposition: "de source policière". */
  anonymousSources: readonly string[]
  /** Documents an impersonal statement may cite: "in einer Stellungnahme" (its author is who the sentence before names). */
  documentNouns: readonly string[]
  /**
   * Words that name a document's author after it: "a report by Audit Wales", "le rapport de la Cour des comptes",
   * "der Bericht des Rechnungshofs"; and participles after which they do: "released last month by …".
   */
  authorMarkers: readonly string[]
  authorVerbs: readonly string[]
  /** Nouns for a company that stand for the one the article named: "l'entreprise familiale", "das Familienunternehmen". */
  companyNouns: readonly string[]
  /** Prepositions after which a name met in passing may be a person's: "bei Ramona Schlüter-Klein", "with Ann Berg". */
  personPrepositions: readonly string[]
  subjunctive: readonly string[]
}

/** Everything the extractor knows of one language: one folder, src/lang/<xx>/, registered in src/lang/index.ts. */
export interface LanguageData {
  /** Words for finding quotations and their speakers. */
  speech: SpeechLocale
  /** Words of the key-facts box. */
  labels: BoxLabels
  /** The language's most common short words (lower case): `detectLanguage` picks the language whose markers are most frequent. */
  markers: readonly string[]
}
