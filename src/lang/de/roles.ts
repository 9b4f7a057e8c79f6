/** German nouns of people: roles, their classes, their endings. */
import type {Roles} from '../types.js'

export const roles: Roles = {
  // The last part of a compound that makes it a role noun: "Justizsprecher", "Bundesfamilienministerin".
  roleHeads: [
    'präsident', 'präsidentin', 'staatschef', 'staatschefin', 'regierungschef', 'regierungschefin', 'kanzler', 'kanzlerin',
    'hebamme', 'hebammen',
    'minister', 'ministerin', 'premier', 'premierminister', 'premierministerin', 'staatsoberhaupt', 'könig', 'königin',
    'chef', 'chefin', 'sprecher', 'sprecherin', 'vertreter', 'vertreterin', 'direktor', 'direktorin', 'vorsitzende',
    'vorsitzender', 'experte', 'expertin', 'professor', 'professorin', 'leiter', 'leiterin', 'führer', 'führerin',
    'sekretär', 'sekretärin', 'beauftragte', 'beauftragter', 'abgeordnete', 'abgeordneter', 'bürgermeister',
    'bürgermeisterin', 'anwalt', 'anwältin', 'richter', 'richterin', 'staatsanwalt', 'staatsanwältin', 'politiker',
    'politikerin', 'analyst', 'analystin', 'ökonom', 'ökonomin', 'forscher', 'forscherin', 'wissenschaftler',
    'wissenschaftlerin', 'autor', 'autorin', 'journalist', 'journalistin', 'trainer', 'trainerin', 'manager',
    'managerin', 'gründer', 'gründerin', 'botschafter', 'botschafterin', 'general', 'kommandeur', 'offizier', 'senator',
    'senatorin', 'gouverneur', 'gouverneurin', 'papst', 'bischof', 'pfarrer', 'pfarrerin', 'kandidat', 'kandidatin',
    'vize', 'berater', 'beraterin', 'koordinator', 'koordinatorin', 'aktivist', 'aktivistin', 'ermittler',
    'ermittlerin', 'kommissar', 'kommissarin', 'diplomat', 'diplomatin', 'funktionär', 'funktionärin', 'historiker',
    'historikerin', 'soziologe', 'soziologin', 'arzt', 'ärztin', 'mediziner', 'medizinerin', 'zeuge', 'zeugin',
    'augenzeuge', 'augenzeugin', 'bewohner', 'bewohnerin', 'sprecherin', 'geschäftsführer', 'geschäftsführerin',
    'mitglied', 'vorstand', 'chefarzt', 'polizist', 'polizistin', 'offizielle', 'offizieller', 'beamte', 'beamter',
    'beamtin', 'schauspieler', 'schauspielerin', 'sänger', 'sängerin', 'künstler', 'künstlerin', 'spieler', 'spielerin',
    'kapitän', 'pilot', 'pilotin', 'opfer', 'täter', 'angeklagte', 'angeklagter', 'verteidiger', 'verteidigerin',
    'kläger', 'klägerin', 'ministerpräsident', 'ministerpräsidentin', 'staatssekretär', 'staatssekretärin',
    'oberhaupt', 'fraktionschef', 'parteichef', 'landrat', 'landrätin', 'dekan', 'rektor', 'rektorin', 'intendant',
    'intendantin', 'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'unternehmer', 'unternehmerin',
    'investor', 'ökonomen', 'sprechers', 'vorsteher', 'vorsteherin', 'obmann', 'obfrau', 'mandant', 'mandantin',
    'kollege', 'kollegin', 'parteikollege', 'parteikollegin', 'mitarbeiter', 'mitarbeiterin', 'gewerkschafter',
    'gewerkschafterin', 'dirigent', 'regisseur', 'regisseurin', 'bauer', 'bäuerin', 'arbeiter', 'arbeiterin', 'repräsentant', 'repräsentantin', 'oberst', 'reporter',
    'reporterin', 'veranstalter', 'veranstalterin', 'organisator', 'organisatorin', 'moderator', 'moderatorin', 'helfer', 'helferin', 'entwicklungshelfer',
    'referent', 'referentin', 'ingenieur', 'ingenieurin', 'student', 'studentin', 'dozent', 'dozentin', 'biologe', 'biologin',
    'ökologe', 'ökologin', 'geologe', 'geologin', 'psychologe', 'psychologin', 'politologe', 'politologin', 'kritiker',
    'kritikerin', 'anwohner', 'anwohnerin', 'nachbar', 'nachbarin', 'landwirt', 'landwirtin', 'winzer', 'winzerin',
    'kantonsrat', 'kantonsrätin', 'nationalrat', 'nationalrätin', 'ständerat', 'ständerätin', 'regierungsrat', 'regierungsrätin',
    'stadträtin', 'gemeinderätin', 'bundesrätin', 'landrätin', 'athlet', 'athletin', 'läufer', 'läuferin', 'sportler', 'sportlerin',
    'darsteller', 'darstellerin', 'bühnenbildner', 'bühnenbildnerin', 'souffleuse', 'souffleur', 'lotse', 'lotsin',
    // Swiss heads of a commune or canton: "Gemeindeammann Marianne Villiger-Rey", "Landammann".
    'gemeindeammann', 'landammann', 'stadtammann',
    // Onlookers: "Ein älterer Zuschauer aus Malters sah das anders".
    'zuschauer', 'zuschauerin', 'besucher', 'besucherin', 'passant', 'passantin',
    // Family: "Wickis Mutter, Agnes Wicki", "eine Mutter aus dem Dorf".
    'mutter', 'vater', 'tochter', 'sohn', 'bruder', 'schwester', 'ehefrau', 'ehemann', 'witwe', 'witwer', 'großmutter', 'großvater',
    // Adjectives used as nouns for people: "der Beschuldigte", "die Verletzte".
    'beschuldigte', 'beschuldigter', 'verdächtige', 'verdächtiger', 'verletzte', 'verletzter', 'betroffene', 'betroffener',
    'befragte', 'überlebende', 'angehörige', 'geschädigte', 'pendler', 'pendlerin', 'verordnete', 'verordneter',
    'patient', 'patientin', 'stammgast', 'gast', 'bauer', 'bäuerin'
  ],
  // Role classes: descriptions of one class may refer to a person named with another of it.
  roleClasses: {
    leader: [
      'präsident', 'staatschef', 'regierungschef', 'kanzler', 'premier', 'premierminister', 'staatsoberhaupt', 'könig',
      'ministerpräsident', 'kremlchef', 'machthaber', 'diktator', 'herrscher', 'führer', 'oberhaupt', 'gastgeber',
      'amtskollege', 'monarch', 'emir', 'scheich', 'regent'
    ],
    expert: [
      'experte', 'professor', 'analyst', 'ökonom', 'forscher', 'wissenschaftler', 'historiker', 'soziologe', 'politologe', 'fachmann',
      // Scientists by their field: "Der Umweltpsychologe Kaspar Lindqvist … sagt der Forscher".
      'psychologe', 'biologe', 'ökologe', 'geologe', 'virologe', 'epidemiologe', 'meteorologe', 'klimatologe', 'physiker', 'chemiker', 'mediziner'
    ],
    lawyer: ['anwalt', 'rechtsanwalt', 'verteidiger', 'jurist'],
    // A body's management speaks for it as its spokespeople do: "teilte die Klinikleitung mit".
    spokesperson: ['sprecher', 'pressesprecher', 'klinikleitung', 'schulleitung', 'geschäftsleitung', 'konzernleitung', 'unternehmensleitung', 'werksleitung', 'geschäftsführung'],
    author: ['autor', 'schriftsteller', 'dichter', 'zeichner', 'preisträger', 'gewinner']
  },
  // Roles of which knowledge is general: "Kremlchef" is Russia's head of state.
  roleCountries: {kreml: 'russ', élysée: 'franz'},
  // Nationality adjectives (stems) mark a role's country: "der russische Präsident".
  nationalityPattern: /^(\p{Ll}+)(isch|esisch|sisch|nisch)(e|er|en|es|em)?$/u,
  // Nouns that never head a speaker description.
  notSpeakers: [
    'vorwürfe', 'angaben', 'aussagen', 'worte', 'worten', 'einschätzung', 'entscheidung', 'position', 'meinung',
    'berichte', 'aktion', 'möglichkeit', 'sache', 'frage', 'lage', 'situation', 'gesetz', 'entwurf', 'plan',
    'jahr', 'jahre', 'jahren', 'tag', 'tage', 'woche', 'monat', 'land', 'länder', 'abkommen', 'vertrag', 'dokument',
    'regierung', 'zeitung', 'bericht', 'studie', 'text', 'brief', 'erklärung', 'mitteilung', 'stellungnahme'
  ],
  // Bodies that speak; a compound ending in one of four letters or more is one too ("Innenministerium").
  personNoun: /^\p{Ll}{3,}(?:loge|login|ist|istin|eur|eurin|lerin|ler)$/u,
  personEnding: /\p{Ll}(?:erin|er|istin|ist|ogin|oge)$/u,
  roleStem: /(in|innen|e|en|n)$/u,
  pluralRole: /(?:^|[^s])s$/u,
  feminineNationality: null,
  demonym: /^\p{Lu}\p{Ll}{3,}(?:erin|er)$/u,
  feminineDemonym: /erin$/u,
  feminineNoun: /^\p{Lu}\p{Ll}{3,}in$/u,
  feminineRoleEnding: /in$/u,
  feminineEnding: null,
  masculineEnding: null,
  feminineNounEnding: null,
  tradeSuffixes: null,
  adjectivalNounEnding: /e$/u,
  peoplePlural: /(?:anten|enten|isten|ler|ner|er)$/u,
  bareSpeakerEnding: /(en|er)$/u,
  ageNoun: /^\d+-(?:jährige|jähriger)$/u,
  roleTails: [],
  dativeOffices: [],
  dativeTails: [],
  postnominalAdjective: null,
  participleEnding: null,
  roleEpithets: false,
  modifiersBeforeNoun: true,
  officeModifiers: [],
  // Another party to what a person did: a prosecutor, a lawyer, the family.
  otherParty: /(?:staatsanwalt|staatsanwältin|richter|richterin|anwalt|anwältin|verteidiger|verteidigerin|polizist|polizistin|vater|mutter|sohn|tochter|bruder|schwester|ehefrau|ehemann|witwe|witwer|arzt|ärztin|zeuge|zeugin|opfer|täter)$/u,
  spokespersonNoun: /(?:presse)?sprecher(?:in)?$/u,
  linkingS: /(?<=(?:ung|heit|keit|schaft|ion|tät))s$/u,
  // "der russische Präsident" → "russischer Präsident", "das neue Oberhaupt" → "neues Oberhaupt".
  roleAdjective: (adjective, determiner, head) => {
    const masculine = determiner !== null && /^(der|dieser|jener|ein|kein)$/u.test(determiner) && !/in$/u.test(head)
    const neuter = determiner !== null && /^(das|dieses|ein)$/u.test(determiner) && /(oberhaupt|mitglied|opfer)$/iu.test(head)
    return adjective.endsWith('e') && (masculine || neuter) ? adjective + (neuter ? 's' : 'r') : adjective
  }
}
