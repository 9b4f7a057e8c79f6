/** French nouns of people: roles, their classes, their endings. */
import type {Roles} from '../types.js'

export const roles: Roles = {
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
  personNoun: /^\p{Ll}{3,}(?:iste|ien|ienne|eur|euse|rice)$/u,
  personEnding: null,
  roleStem: null,
  pluralRole: /(?:^|[^s])s$/u,
  feminineNationality: /e$/u,
  demonym: null,
  feminineDemonym: null,
  feminineNoun: null,
  feminineRoleEnding: null,
  feminineEnding: /(rice|euse|esse|ienne|ère)$/u,
  masculineEnding: /(eur|ier|ien)$/u,
  feminineNounEnding: /(rice|euse|esse|ienne|ère|ée|ante|ente)$/u,
  tradeSuffixes: /(?:ier|ière|eur|euse|rice|iste|ien|ienne)$/u,
  adjectivalNounEnding: null,
  peoplePlural: null,
  bareSpeakerEnding: null,
  ageNoun: null,
  ageAdjectives: ['jeune', 'vieux', 'vieil', 'vieille'],
  ordinals: ['deuxième', 'second', 'seconde', 'troisième', 'autre'],
  roleTails: ['de', 'du', 'des', 'd', "d'", 'd’', 'au', 'aux', 'chargé', 'chargée', 'auprès'],
  dativeOffices: ['adjoint', 'adjointe', 'procureur', 'procureure', 'délégué', 'déléguée', 'ministre', 'secrétaire', 'conseiller', 'conseillère', 'commissaire', 'chargé', 'chargée', 'haut-commissaire'],
  dativeTails: ['au', 'aux'],
  postnominalAdjective: /(e|s|al|el|if|ois|ais|ain|ien|ique|aire|é|ée|ant|ent)$/u,
  participleEnding: /(é|ée|és|ées)$/u,
  roleEpithets: true,
  modifiersBeforeNoun: false,
  officeModifiers: [],
  otherParty: null,
  spokespersonNoun: null,
  linkingS: null
}
