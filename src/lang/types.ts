/**
 * What a language must tell the engine, by topic. Each topic is one file of the language's folder
 * (src/lang/<xx>/verbs.ts, grammar.ts, roles.ts, bodies.ts, names.ts, sources.ts); speech.ts joins them into
 * one `SpeechLocale`. Words are lower case unless a field says otherwise. A field that the language does not
 * need is an empty list or null: the engine then never asks it.
 */
import type {BoxLabels, BoxWords} from '../box/settings.js'

export type Gender = 'm' | 'f'

/** How the language reports speech: its verbs and the order of its clauses. */
export interface Verbs {
  /** Finite forms and participles of speech verbs (lower case) → the particles they need ('' for none). */
  speechVerbs: ReadonlyMap<string, readonly string[]>
  /** Auxiliary and modal verbs: "hatte … erklärt", "a déclaré", "has said". */
  auxiliaries: readonly string[]
  /** Passive auxiliaries in any form: "wurde … bestätigt", "was confirmed by", "a été jugée". */
  passiveAuxiliaries: readonly string[]
  /** Finite passive auxiliaries: with one in the sentence, a quoting verb is passive ("wird … zitiert"). */
  finitePassives: readonly string[]
  /** Verbs whose object is the one they quote, when active: "X zitiert Y mit den Worten …" (Y speaks). */
  quotingVerbs: readonly string[]
  /** Speech verbs whose following noun is the one spoken to: "told Reuters", never its speaker. */
  objectVerbs: readonly string[]
  /** Subjunctive forms that mark reported speech: "sei", "habe". */
  subjunctive: readonly string[]
  /** Impersonal statements that a source may follow: "heißt" (es), "hieß" (es). French uses "indique-t-on". */
  impersonalStatements: readonly string[]
  /** Verbs whose inverted pronoun is impersonal: "peut-on lire", "faut-il". */
  impersonalVerbs: readonly string[]
  /** Verbs that say what a document says: "steht", "says" (with a document pointer). */
  documentVerbs: readonly string[]
  /** Participles after which a document's author is named: "released last month by …", "publié par …". */
  authorVerbs: readonly string[]
  /** Participles of a causative that an infinitive follows in an attribution: "fait" in "a fait valoir l'avocat". */
  causatives?: readonly string[]
  /** The ending of an infinitive, after a causative: "valoir" in "a fait valoir l'avocat". */
  infinitive: RegExp | null
  /** A present participle that reports the main subject's words: "estimant", "adding". */
  gerund?: RegExp
  /** A verb and its subject pronoun written as one word: "a-t-elle", "estime-t-il" (group 1 the verb, 2 the pronoun). */
  inversion: RegExp | null
  /** The finite verb comes second and the subject may follow it: "Zum Schluss wandte sich die Richterin an …". */
  verbSecond?: boolean
  /** Where the verb comes second, the copulas after which a name is whom the sentence is about: "Einer der Betroffenen ist Vasile". */
  copulas?: readonly string[]
  /** Where the verb comes second, words that open a clause standing in the first place: "Ob er kommt, weiß X nicht". */
  clauseOpeners?: readonly string[]
  /** Where the verb comes second, pronoun objects shaped like an article between the verb and its subject: "sieht das die Wildbiologin". */
  articleObjects: readonly string[]
}

/** Pronouns, determiners, prepositions and the endings of words. */
export interface Grammar {
  /** Role nouns are written in lower case ("the minister", "la maire"): read descriptions word by word. */
  lowercaseNouns: boolean
  /**
   * A role's tail names an institution, with its article, right before the person's name and no comma between:
   * "le ministre de la Justice Éric Dupond-Moretti". Where not, capitalised words after "of the" stay the body's
   * ("a member of the Congressional Black Caucus").
   */
  institutionBeforeName?: boolean
  /**
   * Nouns are compounded into one word whose last part names its kind: "Verkehrsminister" is a minister,
   * "Umweltministerium" a ministry. Where not, a role is a whole word ("ex-ministre" after a hyphen) and a body's
   * noun a phrase of words ("the food safety authority").
   */
  compoundNouns: boolean
  nominativePronouns: Readonly<Record<string, Gender>>
  objectPronouns: Readonly<Record<string, Gender | 'p'>>
  /** Pronouns that stand for a body before a speech verb: "it" in "“…,” it said in a statement". */
  neuterPronouns?: readonly string[]
  /** The pronoun of an impersonal statement, after its verb: "es" in "heißt es". */
  statementPronoun: string | null
  /** A pronoun for nobody in particular as a speech verb's subject: "on" in "on assure", "indique-t-on". */
  impersonalSubject: string | null
  /** Words for the ones spoken to, between a verb and its subject: "ihm", "reporters", "journalistes". */
  datives: readonly string[]
  /** Reflexive pronouns between a verb and its subject: "freute sich die Ministerin". */
  reflexives: readonly string[]
  /** Words that may stand between a clause's start and its verb: "se réjouit la présidente". */
  clitics: readonly string[]
  /** Relative pronouns: "Celebi, die …, sagte". */
  relativePronouns: readonly string[]
  /** The relative pronouns are also articles ("der", "die"): one opens a relative clause only after a comma. */
  relativesAreArticles: boolean
  /** Relative pronouns that stand for people only: "who" in "A cutter who has worked there since 2008, said …". */
  personRelatives?: readonly string[]
  /** Where the verb comes last in a relative clause, the pronouns after a preposition: "ein Bericht, in dem es heißt". */
  prepositionalRelatives?: readonly string[]
  nominativeDeterminers: readonly string[]
  /** Determiners in the other cases: "dem", "einen", "du". */
  otherDeterminers: readonly string[]
  demonstratives: readonly string[]
  /** Demonstratives in every case and number, which point back to words just quoted: "diesem", "these", "ces". */
  demonstrativeForms: readonly string[]
  /** Indefinite determiners: "ein Sprecher" is someone new, never a person named before. */
  indefinites: readonly string[]
  /** Definite articles: a name-shaped quotation after one names a thing ("die „Automobilwoche“"). */
  definiteArticles: readonly string[]
  /** Definite articles in the nominative singular, by the gender they give their noun: "der" → 'm', "die" → 'f'. */
  definiteGenders: Readonly<Record<string, Gender>>
  /** Determiners before a masculine singular noun, in any case: "der", "ein", "sein" (a role after one is a man's). */
  masculineDeterminers: readonly string[]
  /** Determiners before a feminine noun of a person: "die", "eine" in "die Norwegerin". */
  feminineDeterminers: readonly string[]
  /**
   * Determiners by the gender they give a role after them: "la" → 'f', "le" → 'm'. After a masculine one a
   * noun with a feminine ending (`feminineNounEnding`) is still a woman's: "son avocate".
   */
  determinerGenders: Readonly<Record<string, Gender>>
  /** Articles in the genitive, before the one who owns what they follow: "der Sprecher des Ministeriums". */
  genitiveArticles: readonly string[]
  /**
   * The article a determiner in another case is read as: "laut einem Sprecher" as "der Sprecher". '' where
   * determiners have no case to read past: the determiner is then read as no word ("selon des experts").
   */
  nominativeArticle: string
  /** Possessive determiners that open a description: "his barrister", "son avocat". */
  possessives: readonly string[]
  /** Prepositions: a capitalised word right after one is a place or a thing more often than a person ("in Pjöngjang"). */
  prepositions: readonly string[]
  /** Prepositions fused with their article, and the article: "au" → "le", "des" → "les". */
  fusedArticles: Readonly<Record<string, string>>
  /** Prepositions fused with their article that open a phrase of time or place between a verb and its subject: "sagte am Montag der Minister". */
  fusedPrepositions: readonly string[]
  /** Words that may stand between a verb and its subject: "sagte auch der Minister". */
  fillers: readonly string[]
  /** Words that start a sentence without being anyone's name: prepositions, conjunctions, adverbs. */
  functionWords: readonly string[]
  /** Conjunctions that open a subordinate clause: "whether", "when", "quand", "ob". */
  subordinators: readonly string[]
  /** Conjunctions that join two verbs of one subject, or two parts of a role: "…, défend « … » et rappelle que …". */
  conjunctions: readonly string[]
  /** Conjunctions after a compound cut short: "Gesundheits- und Umweltdepartement". */
  compoundConjunctions: readonly string[]
  /** Words of comparison after which one quoted word is the speaker's term, not a name: "bezeichnete ihn als „Lügner“". */
  comparisons: readonly string[]
  /** Full stops after these do not end a sentence. */
  abbreviations: readonly string[]
  /** Numbers written as words, which open sentences and are no names: "Forty-one runners …". */
  numberWord?: RegExp
  /** Endings of nouns that modify only the word right after them: "decision" in "a decision local farmers …". */
  nounEnding?: RegExp
  /** Endings of adjectives before a noun: "russische", "neuen". */
  adjectiveEnding: RegExp | null
  /** A capitalised adjective made of a place's name, before a body or role: "das Wiener Rathaus", "der Deutsche Skiverband". */
  placeAdjective: RegExp | null
  /** Words with an adjective's ending that are no adjectives: quantifiers, possessives, determiners. */
  notAdjectives: readonly string[]
  /** Endings of common nouns, which no name has: "Erweiterung", "Reportern". */
  commonNounEnding: RegExp | null
  /** Endings of a noun's plural and of its singular: "Expertinnen" → "Expertin", "organizers" → "organizer". */
  pluralEndings: ReadonlyArray<readonly [plural: string, singular: string]>
  /** The ending of a capitalised noun in the plural, which no single name has: "Analysten". */
  pluralEnding: RegExp | null
  /** Endings of a noun in the genitive, longest first, which its nominative drops: "Bauernverbandes" → "Bauernverband". */
  genitiveEndings: readonly string[]
  /** A name in the genitive, before the role it owns: "Thüringens Verkehrsminister", "Wickis Mutter". */
  genitiveName: RegExp | null
  /** An article (or "de") written onto the next word with an apostrophe: "l'autrice", "d'Airbus", "L'Agence". */
  elidedArticle: RegExp | null
  /** The definite article written onto its noun: "l'homme" in "a raconté au Devoir l'homme de 77 ans". */
  elidedDefinite: RegExp | null
  /** "de" written onto the next word: "d'opposition", "d'Airbus". */
  elidedOf: RegExp | null
  /** A clitic written onto the verb, which ends a name before it: "s'est dite prête", "n'a pas". */
  elidedClitic: RegExp | null
  /** A reflexive pronoun written onto its verb: "s'insurge". */
  elidedReflexive: RegExp | null
  /**
   * An adjective written without its article, as a body's name shows it: "das auswärtige Amt" → "Auswärtiges"
   * (with `determiner` the article it had). Absent where adjectives do not change.
   */
  bareAdjective?: (adjective: string, determiner: string) => string
}

/** Nouns of people and of what they are. */
export interface Roles {
  /** The last part of a compound (or the word) that makes it a role noun: "Justizsprecher", "minister". */
  roleHeads: readonly string[]
  /** Role classes: descriptions of one class may refer to a person named with another of it. */
  roleClasses: Readonly<Record<string, readonly string[]>>
  /** Roles of which knowledge is general: "Kremlchef" is Russia's head of state. */
  roleCountries: Readonly<Record<string, string>>
  /** Nationality words; group 1 is the country's stem: "russische", "Dutch", "bruxellois". */
  nationalityPattern: RegExp
  /** Nouns that never head a speaker description. */
  notSpeakers: readonly string[]
  /** Endings that make a lower-case noun a person's role ("glaciologist", "negotiator"), when the role list lacks it. */
  personNoun?: RegExp
  /** Endings of a noun for a person ("Pendlerin", "Schäfer", "Polizist"): before a full name, a role. */
  personEnding: RegExp | null
  /** Endings stripped to compare role nouns across gender and number: "Expertin", "Experte" → "expert". */
  roleStem: RegExp | null
  /** The ending of a role noun in the plural, where its singular is listed: "organizers", "habitants" (never "boss"). */
  pluralRole: RegExp
  /** The ending of a nationality noun for a woman: "l'Allemande" (else the noun is a man's: "l'Allemand"). */
  feminineNationality: RegExp | null
  /** A noun of where someone is from, capitalised, for someone just named: "die Norwegerin", "der Oberstdorfer". */
  demonym: RegExp | null
  /** The ending of such a noun for a woman: "Norwegerin". */
  feminineDemonym: RegExp | null
  /** A capitalised feminine noun of a person: "die Norwegerin", "eine Biathletin". */
  feminineNoun: RegExp | null
  /** The ending of a feminine role noun: "Justizsprecherin". */
  feminineRoleEnding: RegExp | null
  /** Endings of nouns for women, when neither article nor `feminineRoleEnding` tells: "spokeswoman", "directrice". */
  feminineEnding: RegExp | null
  /** Endings of nouns for men, when neither article nor ending above tells: "chairman", "directeur". */
  masculineEnding: RegExp | null
  /** After a masculine determiner, endings that still make a role a woman's: "son avocate", "cet auteure". */
  feminineNounEnding: RegExp | null
  /** Endings of a trade written in lower case after a name set off by a comma: "Camille Descamps-Lenoir, vannière". */
  tradeSuffixes: RegExp | null
  /** A noun made of an adjective, which is no role for whoever just spoke: "die Beschuldigte". */
  adjectivalNounEnding: RegExp | null
  /** Endings of a bare plural of people after the verb: "zogen Demonstranten", "sagten Wissenschaftler". */
  peoplePlural: RegExp | null
  /** Endings of a bare one-word description that may speak: "Analysten", "Polizeisprecher". */
  bareSpeakerEnding: RegExp | null
  /** "54-year-old", "58-Jährige": someone described by age. */
  ageNoun: RegExp | null
  /** Adjectives of age before a noun of a person, who is then someone just named: "la jeune femme", "the young woman". */
  ageAdjectives?: readonly string[]
  /** Words that count people of one kind, left out of an unnamed speaker's role: "a second passenger", "un autre habitant". */
  ordinals?: readonly string[]
  /** Prepositions that attach a body to a role: "spokeswoman for the association", "porte-parole de la compagnie". */
  roleTails: readonly string[]
  /** Offices that a tail opened by a `dativeTails` word belongs to: "procureure aux poursuites", "adjoint au maire". */
  dativeOffices: readonly string[]
  /** Tail words that follow only an office that takes them ("au", "aux"), never whom someone spoke to. */
  dativeTails: readonly string[]
  /** Endings of adjectives that follow their noun in a role: "sa directrice générale", "le ministre bruxellois". */
  postnominalAdjective: RegExp | null
  /** Endings of a participle after a role, which goes on to a tail only with one: "chargée de …". */
  participleEnding: RegExp | null
  /**
   * A bare role after its article may stand for someone just named ("le technicien", "the coach", "the retired
   * dinner lady"), and a role for the one unnamed person of its class. Where not (German), only a noun of
   * origin stands for someone just named ("die Norwegerin"), and a role goes to whoever just spoke or was just
   * spoken of, by its gender and article.
   */
  roleEpithets: boolean
  /** Words that qualify a noun stand before it: "the retired dinner lady" (read as one epithet). */
  modifiersBeforeNoun: boolean
  /** Words before a role that make it another office, not an epithet: "the deputy mayor", "the chief planner". */
  officeModifiers: readonly string[]
  /** Roles that name another party to what a person did: a prosecutor, a lawyer, the family. */
  otherParty: RegExp | null
  /** A spokesperson's compound, to find the body before it: "Bahnsprecher" → "bahn". */
  spokespersonNoun: RegExp | null
  /** The linking "s" a compound's first part takes: "Regierungssprecher" → "regierung". */
  linkingS: RegExp | null
  /** An adjective of a role written without its article, as the role is shown: "der russische Präsident" → "russischer". */
  roleAdjective?: (adjective: string, determiner: string | null, head: string) => string
}

/** Bodies that speak, documents and places. */
export interface Bodies {
  /** Bodies that speak; a compound ending in one of four letters or more is one too ("Innenministerium"). */
  groupNouns: readonly string[]
  /** Bodies' nouns that are also places: "In der Stadt wird …" says where, not who. */
  places: readonly string[]
  /** Nouns for a company that stand for the one the article named: "l'entreprise familiale", "das Familienunternehmen". */
  companyNouns: readonly string[]
  /** Documents an impersonal statement may cite: "in einer Stellungnahme" (its author is who the sentence before names). */
  documentNouns: readonly string[]
  /** Words that name a document's author after it: "a report by Audit Wales", "le rapport de la Cour des comptes". */
  authorMarkers: readonly string[]
  /** Nouns of a source with no name: "de source policière". */
  anonymousSources: readonly string[]
  /** A source named by the circles it comes from, as a compound's ending, and that ending in the nominative: "aus Regierungskreisen". */
  sourceCircles: {ending: string; nominative: string} | null
  /** A body named in the genitive after a role, in the nominative: "des Deutschen Skiverbandes" → "Deutscher Skiverband". */
  nominativeBody?: (phrase: string) => string | null
  /** The legal forms that end a company's name: "Rochat Composants SA", "Hagedorn GmbH". */
  legalForms: readonly string[]
  /** A body's name goes on in lower case after its capitalised noun: "Fédération française du bâtiment". */
  lowercaseNameWords?: boolean
  /** Words between the capitalised words of a body's name: "Department for Culture, Media and Sport", "Cour des comptes". */
  bodyConnectors: readonly string[]
  /** Articles inside a body's name after a `bodyJoiners` word: "Department of Agriculture, Food and the Marine". */
  bodyArticles: readonly string[]
  /** Words that an article inside a body's name follows: "and the Marine", "et de la Mer". */
  bodyJoiners: readonly string[]
  /** Prepositions that join a body's noun to its complement: "Institute for Nature Conservation", "Cour des comptes". */
  nameComplements: readonly string[]
  /** Words inside the capitalised name of a body in a role or tail: "Bank of England spokesperson", "de la Banque de France". */
  nameLinks: readonly string[]
  /** Words that go on with a place or body before a role and a name: "Shire of Corrabup president Neville Stribling". */
  placeLinks: readonly string[]
  /** A body's name opens with its common noun: "du comité" is the "Comité régional de …". */
  namesOpenWithNoun: boolean
}

/** Names of people: titles, particles, the words that make a quotation a name. */
export interface Names {
  /**
   * Words that open a sentence with a capital and are never the first word of a name, lower case: "More GOP …",
   * "Former Arkansas …", "Asked …", "Why …" (read as names, they put junk under a quotation).
   */
  notNameStarts: readonly string[]
  /**
   * Words for a member or members of a party or a faith, lower case: a name of one such word alone is nobody's
   * ("Republican", "Democrats", "Muslims" opening a sentence), though a body's name may hold them ("Democratic Party").
   */
  loneGroupWords?: readonly string[]
  titles: readonly string[]
  /** Titles in the object case: "Herrn". */
  objectTitles: readonly string[]
  /** Titles that tell a gender: "Frau" → 'f', "Mr" → 'm'. */
  titleGenders: Readonly<Record<string, Gender>>
  /** Particles between the parts of a name, lower case: "Ursula von der Leyen", "Leonardo da Vinci". */
  nameParticles: readonly string[]
  /** Particles written with a capital inside a surname: "Marine Le Pen", "Robert De Niro". */
  capitalParticles: readonly string[]
  /** Particles that alone are an article, no part of a name: "Der Präsident der Ukraine". */
  loneArticles: readonly string[]
  /** Particles an article may follow inside a name, where articles count nouns: "von der Leyen". */
  articleParticles: readonly string[]
  /** A double first name, after which any ending is a surname's: "Gerd-Jürgen Bruckschen". */
  doubleFirstName: RegExp | null
  /** A possessive that ends a name: "Duluth's", "the club’s". */
  possessive: RegExp | null
  /** The ending of a plural that an apostrophe after it makes a possessive inside a name: "the Yorkshire Landlords’ Forum". */
  pluralPossessive: RegExp | null
  /** Words that name a work, a brand or a thing in quotes rather than anyone's words. */
  namingWords: readonly string[]
  /** "as" in "known as “…”": a name follows. */
  knownAs: readonly string[]
  /** Participles before it that make it a name: "known", "nicknamed", "bekannt", "surnommé". */
  knownBy: readonly string[]
  /** Phrases right before a quotation that make it a name: "sous le nom de", "unter dem namen". */
  namePhrases: readonly string[]
  /** "so genannt" written apart: the quotation after it is a name. */
  soGenannt: readonly string[]
  /** Prepositions after which a name met in passing may be a person's: "bei Ramona Schlüter-Klein", "with Ann Berg". */
  personPrepositions: readonly string[]
  /** Words for the side a statement comes from, between its preposition and the source: "du côté de la Drac", "côté préfecture". */
  sides: readonly string[]
}

/** Words that attribute a quotation to a source. */
export interface Sources {
  /** Words that put a source right after them: "laut X", "so X". */
  sourceBefore: readonly string[]
  /** Of those, the ones that name a source only after a pause: "…“, so X", "Pour le ministre, …". */
  pauseSources: readonly string[]
  /** Of those, the ones whose source closes the clause: "„…“, so X." (never "so wichtig"). */
  closingSources: readonly string[]
  /** Of those, the ones that name a source only when it is someone: "Pour le ministre", never "pour le recrutement". */
  personSources: readonly string[]
  /** Multi-word source phrases ("nach angaben"), followed by an optional von/des/der and the source. */
  sourcePhrases: readonly string[]
  /** Prepositions before the source of a source phrase, read past: "nach Angaben von X". */
  sourcePrepositions: readonly string[]
  /** Words that follow their source: "X zufolge". */
  sourceAfter: readonly string[]
  /** Phrases that make a clause a statement of its subject: "war der Ansicht". */
  opinionPhrases: readonly string[]
  /** Prepositions that open a sentence with whose view it gives: "Für ihn …". */
  viewPrepositions: readonly string[]
  /** Phrases that announce the subject's words, and the cue as shown: "mit den Worten". */
  withWords: {phrases: readonly string[]; shown: string} | null
  /** Words that introduce the agent of a passive: "von", "by", "par". */
  agentMarkers: readonly string[]
  /** Words that follow a name in non-nominative use: "sagte er Herrn Putin". */
  addresseeMarkers: readonly string[]
  /** Nouns that announce a quotation: "mit den Worten „…“". */
  quotingNouns: readonly string[]
  /** Nouns for a word someone used, which a quoted word after them is: "verteidigte die Bezeichnung „Gesindel“". */
  wordNouns: readonly string[]
  /**
   * Words after words pointed back to that introduce their owner ("diese Worte des Ministers", "these words of the
   * minister", "ces propos du maire"): a preposition the owner follows, a preposition fused with the owner's
   * article, or the owner's article in the genitive.
   */
  ownerMarkers: Readonly<Record<string, 'preposition' | 'fused' | 'genitive'>>
  /** Words that point back to a document just named: "darin" in "Darin steht: „…“". */
  documentPointers: readonly string[]
  /** Prepositions that name where an impersonal statement came from: "bei", "aus", "à", "auprès". */
  statementSources: readonly string[]
  /** Prepositions before a place an impersonal statement was made in, not a source: "indique-t-on à Strasbourg". */
  placePrepositions: readonly string[]
  /** Where the verb comes second, prepositions of being inside that a passive statement may open with: "Im Ministerium wird …". */
  insidePrepositions: readonly string[]
}

/** Words a language needs for finding quotations and their speakers. */
export type SpeechLocale = Verbs & Grammar & Roles & Bodies & Names & Sources

/** Everything the extractor knows of one language: one folder, src/lang/<xx>/, registered in src/lang/index.ts. */
export interface LanguageData {
  /** Words for finding quotations and their speakers. */
  speech: SpeechLocale
  /** Words of the key-facts box. */
  labels: BoxLabels
  /** What the key-facts box reads of the language: fragments, roles, clauses, ranges, typography. */
  box: BoxWords
  /** The language's most common short words (lower case): `detectLanguage` picks the language whose markers are most frequent. */
  markers: readonly string[]
}
