/** French words for finding who said what. Words only; the rules live in src/speakers. */
import type {SpeechLocale} from '../types.js'

const verbs = [
  'a', 'dit', 'déclaré', 'affirmé', 'expliqué', 'estimé', 'ajouté', 'souligné', 'indiqué', 'précisé', 'assuré',
  'averti', 'annoncé', 'jugé', 'insisté', 'rappelé', 'martelé', 'confié', 'lancé', 'écrit', 'répondu', 'réagi',
  'dénoncé', 'regretté', 'reconnu', 'admis', 'estime', 'déclare', 'affirme', 'explique', 'ajoute', 'souligne',
  'indique', 'précise', 'assure', 'juge', 'insiste', 'rappelle', 'martèle', 'confie', 'lance', 'écrit', 'répond',
  'réagit', 'dénonce', 'regrette', 'reconnaît', 'se réjouit', 'réjouit', 'déplore', 'poursuit', 'conclut', 'dit',
  'déclarait', 'affirmait', 'expliquait', 'disait', 'estimait', 'ajoutait', 'soulignait', 'commente', 'commenté',
  'observe', 'observé', 'note', 'noté', 'résume', 'résumé', 'prévient', 'prévenu', 'tranche', 'tranché', 'raconte',
  'raconté', 'témoigne', 'témoigné', 'déclaré', 'fait', 'savoir', 'salue', 'salué', 'plaide', 'plaidé', 'détaille',
  'détaillé', 'félicite', 'félicité', 'promet', 'promis', 'poursuivi', 'glisse', 'glissé', 'fustige', 'fustigé', 'tonne',
  'tonné', 'conclu', 'ironise', 'ironisé', 'interroge', 'interrogé', 'demande', 'demandé', 'affirmait', 'rétorque',
  'rétorqué', 'répète', 'répété', 'résume', 'prévient', 'avertit', 'reconnaissait', 'insistait', 'souligné', 'lâche',
  'lâché', 'soupire', 'soupiré', 'explique', 'assurait', 'déplorait', 'critique', 'critiqué', 'accuse', 'accusé',
  'qualifie', 'qualifié', 'estimant', 'expliquant', 'ajoutant', 'soulignant', 'jugeant', 'affirmant', 'assurant',
  'relève', 'relevé', 'relevait', 'rapporte', 'rapporté', 'signale', 'signalé', 'avance', 'avancé', 'défend', 'défendu',
  'promettait', 'annonçait', 'évoque', 'évoqué', 'évoquait', 'parle', 'parlé', 'parlait', 'appelle', 'appelé', 'exhorte',
  'décrit', 'décrivait', 'raille', 'raillé', 'insurgé', 'étonné', 'étonne', 'indigné', 'indigne', 'emporté', 'exclamé',
  'scandé', 'scande', 'scandent', 'scandait', 'scandaient', 'inquiété', 'inquiète', 'agacé', 'alarmé', 'justifié', 'justifie', 'réjoui', 'félicité', 'interrogé'
]

/**
 * With "être" (reflexive verbs: "s'est étonnée", "se sont félicités", "s'est dite prête") the participle agrees
 * with its subject: every "-é" participle, and "dit", also stands in its feminine and plural forms.
 */
const agreeing = verbs.flatMap((v) => (v.endsWith('é') || v === 'dit' ? [v, `${v}e`, `${v}s`, `${v}es`] : [v]))

export const fr: SpeechLocale = {
  speechVerbs: new Map(agreeing.filter((v) => v !== 'a' && v !== 'fait' && v !== 'savoir').map((v) => [v, ['']])),
  sourceBefore: ['selon', 'pour', 'd’après', "d'après"],
  sourcePhrases: ["d' après", 'de l’avis', "de l' avis"],
  sourceAfter: [],
  opinionPhrases: ['convaincu', 'convaincue', 'persuadé', 'persuadée'],
  nominativePronouns: {il: 'm', elle: 'f'},
  objectPronouns: {lui: 'm', elle: 'f', eux: 'p'},
  datives: ['lui', 'leur', 'nous', 'journalistes', 'médias'],
  fillers: ['mais', 'et', 'or', 'aussi', 'encore', 'ensuite', 'alors', 'également', 'pourtant', 'cependant', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'soir', 'matin', 'aujourd’hui', "aujourd'hui", 'vivement', 'encore', 'enfin', 'notamment', 'par', 'ailleurs', 'en', 'outre', 'pour', 'sa', 'part', 'son', 'côté', 't'],
  nominativeDeterminers: ['le', 'la', 'l', 'les', 'un', 'une', 'des', 'ce', 'cette', 'cet', 'ces'],
  demonstratives: ['ce', 'cette', 'cet'],
  otherDeterminers: ['du', 'des', 'au', 'aux'],
  titles: ['m', 'mme', 'mlle', 'dr', 'pr', 'monsieur', 'madame', 'maître', 'me', 'p', 'mgr'],
  objectTitles: [],
  addresseeMarkers: ['à'],
  roleHeads: [
    'président', 'présidente', 'ministre', 'porte-parole', 'chef', 'directeur', 'directrice', 'expert', 'experte',
    'professeur', 'professeure', 'secrétaire', 'sénateur', 'sénatrice', 'maire', 'avocat', 'avocate', 'juge',
    'procureur', 'procureure', 'analyste', 'économiste', 'chercheur', 'chercheuse', 'auteur', 'autrice', 'journaliste',
    'entraîneur', 'fondateur', 'fondatrice', 'ambassadeur', 'ambassadrice', 'général', 'officier', 'député', 'députée',
    'dirigeant', 'dirigeante', 'responsable', 'premier', 'première', 'roi', 'reine', 'pape', 'candidat', 'candidate',
    'conseiller', 'conseillère', 'militant', 'militante', 'diplomate', 'historien', 'historienne', 'médecin', 'témoin',
    'habitant', 'habitante', 'patron', 'patronne', 'délégué', 'déléguée', 'représentant', 'représentante',
    // Heads of companies, in capitals as the press writes them: "son PDG, Bertrand Lemarquis".
    'pdg', 'p-dg', 'dg', 'drh',
    // The arts: "la violoncelliste", "le chef d'orchestre".
    'musicien', 'musicienne', 'chanteur', 'chanteuse', 'compositeur', 'compositrice', 'comédien', 'comédienne',
    'artiste', 'pianiste', 'violoniste', 'violoncelliste', 'danseur', 'danseuse', 'romancier', 'romancière', 'poète',
    'photographe', 'commissaire', 'metteur', 'metteuse', 'cinéaste', 'réalisateur', 'réalisatrice',
    // People of everyday news whose nouns have no agent ending: "un riverain", "une élue", "le prévenu".
    'élu', 'élue', 'riverain', 'riveraine', 'voisin', 'voisine', 'infirmier', 'infirmière', 'commerçant', 'commerçante',
    'manifestant', 'manifestante', 'étudiant', 'étudiante', 'enseignant', 'enseignante', 'salarié', 'salariée',
    'policier', 'policière', 'pompier', 'gendarme', 'soldat', 'ouvrier', 'ouvrière', 'employé', 'employée', 'adjoint',
    'adjointe', 'propriétaire', 'locataire', 'usager', 'usagère', 'parent', 'mère', 'père', 'victime', 'prévenu',
    'prévenue', 'accusé', 'accusée', 'plaignant', 'plaignante', 'greffier', 'greffière', 'capitaine', 'élève', 'agent',
    'passant', 'passante', 'vice-président', 'vice-présidente', 'rapporteur', 'rapporteure', 'sélectionneur', 'coureur',
    'coureuse', 'joueur', 'joueuse', 'préfet', 'préfète', 'sous-préfet', 'sous-préfète', 'magistrat', 'magistrate',
    'gérant', 'gérante', 'lycéen', 'lycéenne', 'retraité', 'retraitée', 'supporter', 'supportrice',
    // Sport: "sourit le portier", "rigole l'attaquant de 21 ans".
    'portier', 'gardien', 'gardienne', 'attaquant', 'attaquante', 'ailier', 'ailière', 'arbitre', 'coach', 'manager',
    'recrue', 'pilote', 'professionnel', 'professionnelle',
    // Someone by what they are, often with an age: "a raconté l'homme de 77 ans".
    'homme', 'femme'
  ],
  roleClasses: {
    leader: ['président', 'présidente', 'premier', 'première', 'roi', 'reine', 'chef', 'dirigeant'],
    expert: [
      'expert', 'experte', 'professeur', 'analyste', 'économiste', 'chercheur', 'chercheuse', 'historien',
      'psychologue', 'biologiste', 'écologue', 'géologue', 'virologue', 'épidémiologiste', 'météorologue', 'physicien', 'chimiste'
    ],
    author: ['auteur', 'autrice', 'auteure', 'écrivain', 'écrivaine', 'romancier', 'romancière', 'dessinateur', 'dessinatrice', 'scénariste', 'illustrateur', 'illustratrice', 'lauréat', 'lauréate'],
    lawyer: ['avocat', 'avocate', 'conseil'],
    judge: ['juge', 'magistrat', 'magistrate', 'procureur', 'procureure'],
    // A company's management speaks for it as its spokespeople do: "la direction évoque …".
    spokesperson: ['porte-parole', 'direction']
  },
  roleCountries: {kremlin: 'russ', élysée: 'franç'},
  // (Regional nouns in -on by name only: "piéton", "mouton", "Canton", "Boston" are no demonyms.)
  nationalityPattern: /^(\p{Ll}+?|bret|wall|gasc|bourguign)(ais|aise|ien|ienne|ain|aine|ois|oise|and|ande|ain|(?<=^(?:bret|wall|gasc|bourguign))(?:on|onne))s?$/u,
  notSpeakers: ['an', 'ans', 'jour', 'semaine', 'mois', 'pays', 'rapport', 'communiqué', 'étude'],
  groupNouns: [
    'gouvernement', 'police', 'ministère', 'agence', 'armée', 'parti', 'syndicat', 'entreprise', 'tribunal', 'commission',
    'préfecture', 'mairie', 'association', 'fédération', 'union', 'compagnie', 'société', 'parquet', 'conseil', 'direction',
    'cour', 'hôpital', 'université', 'institut', 'collectif', 'groupe', 'services', 'service', 'chambre', 'organisation', 'fondation',
    // Local and regional authorities: "la Région Nouvelle-Aquitaine", "le département", "la métropole".
    'région', 'département', 'métropole', 'commune', 'ville', 'rectorat', 'académie', 'assemblée', 'sénat', 'club',
    'diocèse', 'paroisse', 'évêché',
    // Committees and offices: "le Comité régional de la conchyliculture", "l'Office français de la biodiversité".
    'comité', 'office', 'observatoire', 'établissement', 'agglomération', 'communauté'
  ],
  functionWords: [
    'en', 'dans', 'à', 'au', 'aux', 'sur', 'sous', 'pour', 'par', 'avec', 'sans', 'après', 'avant', 'depuis', 'selon', 'chez',
    'et', 'mais', 'ou', 'donc', 'car', 'si', 'quand', 'que', 'qui', 'ce', 'il', 'elle', 'on', 'nous', 'vous', 'ils',
    'elles', 'je', 'tu', 'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'cependant', 'pourtant', 'ainsi', 'alors',
    'aussi', 'ensuite', 'enfin', 'entre-temps', 'désormais', 'puis', 'hier', 'aujourd', 'demain', 'mardi', 'lundi', 'mercredi', 'jeudi', 'vendredi',
    'samedi', 'dimanche', 'son', 'sa', 'ses', 'leur', 'leurs', 'pas', 'ne', 'y', "d'après", 'd’après', 'même', "c'est", 'c’est', 'cela', 'ça'
  ],
  prepositions: ['en', 'dans', 'à', 'au', 'aux', 'sur', 'sous', 'pour', 'par', 'avec', 'sans', 'après', 'avant', 'depuis', 'vers', 'chez', 'contre', 'entre', 'de', 'du', 'des', 'près'],
  indefinites: ['un', 'une'],
  abbreviations: ['m', 'mme', 'mlle', 'dr', 'pr', 'st', 'ste', 'etc', 'av', 'apr', 'j', 'c', 'n', 'me', 'p', 'mgr'],
  quotingNouns: ['mots', 'propos', 'termes', 'phrase', 'déclaration', 'promesse', 'paroles'],
  wordNouns: ['terme', 'mot', 'expression', 'formule', 'qualificatif'],
  definiteArticles: ['le', 'la', 'les', "l'", 'du', 'des', 'au', 'aux'],
  documentPointers: ['y', 'où'],
  documentVerbs: ['lit', 'indique', 'précise'],
  relativePronouns: ['qui', 'dont', 'que', 'lequel', 'laquelle'],
  auxiliaries: ['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'est', 'sont', 'était', 'étaient', 'sera', 'serait', 'ai', 'as', 'avons', 'avez'],
  lowercaseNouns: true,
  lowercaseNameWords: true,
  objectVerbs: [],
  clitics: ['se', 's', "s'", 's’', 'lui', 'leur', 'nous', 'vous', 'en', 'y', 'ne', 'n', "n'", 'n’'],
  possessives: ['son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'votre'],
  roleTails: ['de', 'du', 'des', 'd', "d'", 'd’', 'au', 'aux', 'chargé', 'chargée', 'auprès'],
  inversion: /^(\p{L}+)-(?:t-)?(il|elle|ils|elles|on)$/u,
  numberWord: /^(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille|plusieurs|quelques)(?:-[a-z]+)*$/u,
  personNoun: /^\p{Ll}{3,}(?:iste|ien|ienne|eur|euse|rice)$/u,
  gerund: /^\p{Ll}{3,}ant$/u,
  impersonalVerbs: ['peut', 'faut', 'semble', 'doit', 'suffit', 'reste', 'convient', 'paraît', 'lit'],
  namingWords: ['appelé', 'appelée', 'baptisé', 'baptisée', 'intitulé', 'intitulée', 'surnommé', 'surnommée', 'nommé', 'slogan', 'devise', 'mot', 'terme'],
  impersonalStatements: [],
  causatives: ['fait'],
  ageAdjectives: ['jeune', 'vieux', 'vieil', 'vieille'],
  ordinals: ['deuxième', 'second', 'seconde', 'troisième', 'autre'],
  statementSources: ['à', 'au', 'aux', 'auprès', 'de', 'du', 'chez'],
  sides: ['côté'],
  fusedArticles: {au: 'le', aux: 'les', du: 'le', des: 'les'},
  anonymousSources: ['source', 'sources'],
  documentNouns: ['rapport', 'lettre', 'communiqué', 'courrier', 'note', 'étude', 'document', 'arrêt', 'jugement', 'avis', 'courriel', 'message', 'audit', 'enquête'],
  authorMarkers: ['de', 'du', 'des', "d'", 'd’', 'par'],
  companyNouns: ['entreprise', 'société', 'groupe', 'firme'],
  personPrepositions: ['avec', 'pour', 'contre', 'chez', 'par'],
  authorVerbs: ['publié', 'publiée', 'rédigé', 'rédigée', 'signé', 'signée', 'envoyé', 'envoyée', 'commandé', 'commandée', 'réalisé', 'réalisée', 'diffusé', 'diffusée'],
  knownAs: ['comme'],
  knownBy: ['connu', 'connue', 'connus', 'connues', 'surnommé', 'surnommée'],
  namePhrases: ['sous le nom de', 'sous le nom d’', "sous le nom d'"],
  subordinators: ['quand', 'lorsque', 'si', 'comme', 'parce', 'puisque', 'quoique', 'que', 'qu', 'et', 'mais', 'ou', 'donc', 'car'],
  reflexives: ['se', 's'],
  soGenannt: ['soi disant'],
  subjunctive: []
}
