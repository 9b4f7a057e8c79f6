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
  soGenannt: readonly string[]
  subjunctive: readonly string[]
}
