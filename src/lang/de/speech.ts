/**
 * German words for finding who said what: speech verbs, pronouns, role nouns,
 * determiners. Words only; the rules live in src/speakers.
 */
import type {SpeechLocale} from '../types.js'
import {nominativeBody} from './bodies.js'

/** Weak verbs: stem → particle (for separable verbs) or ''. Forms are built from the stem. */
const weak: Record<string, string> = {
  sag: '', erklär: '', betont: '', meint: '', bemerk: '', kommentier: '', versicher: '', bezeichn: '',
  urteil: '', warn: '', forder: '', kritisier: '', erläuter: '', ergänz: '', unterstrich: '', behaupt: '',
  bestätig: '', dementier: '', äußer: '', antwort: '', erwider: '', frag: '', klag: '', beklag: '',
  mahn: '', droh: '', lob: '', verteidig: '', schilder: '', zitier: '', twitter: '', verkünd: '', begrüß: '',
  charakterisier: '', resümier: '', konstatier: '', argumentier: '', appellier: '', protestier: '',
  formulier: '', prophezei: '', befürcht: '', hoff: '', glaub: '', kündig: 'an', füg: 'hinzu',
  teil: 'mit', räum: 'ein', stell: 'fest', mach: 'deutlich', skandier: '', bilanzier: '', berichte: '',
  wiederhol: '', präzisier: '', bekräftig: '', unterstreich: '', ankündig: '', erzähl: '', folger: '',
  spekulier: '', vermut: '', beton: '', begründ: '', wert: '', reagier: '', fürcht: '', klarstell: '', beschwer: '',
  ermahn: '', pflicht: 'bei', kontert: '', konter: '', beschwicht: '', beruhig: '', jubel: '', freu: '',
  scherz: '', seufz: '', stöhn: '', schimpf: '', wetter: '', bedauer: '', räsonier: ''
}

/** Strong and irregular verbs: forms written out. Particle '' for non-separable verbs. */
const strong: Array<[forms: string, particle: string]> = [
  ['spricht sprach sprachen spreche sprechen gesprochen', ''],
  ['schreibt schrieb schrieben schreibe geschrieben', ''],
  ['ruft rief riefen rufe rufen gerufen', ''],
  ['weist wies wiesen weisen gewiesen', 'zurück'],
  ['betont betonte betonten', ''],
  ['fährt fuhr fuhren fahre fahren', 'fort'],
  ['gibt gab gaben gebe geben', 'an'],
  ['gibt gab gaben gebe geben', 'zu'],
  ['gibt gab gaben gebe geben', 'bekannt'],
  ['hebt hob hoben hebe heben', 'hervor'],
  ['stellt stellte stellten stelle stellen', 'klar'],
  ['weist wies wiesen weisen', 'hin'],
  ['nennt nannte nannten nenne nennen genannt', ''],
  ['denkt dachte dachten denke denken', ''],
  ['beschreibt beschrieb beschrieben beschreibe', ''],
  ['verspricht versprach versprachen verspreche versprechen', ''],
  ['widerspricht widersprach widersprachen widerspreche widersprechen', ''],
  ['entgegnet entgegnete entgegneten entgegne entgegnen', ''],
  ['empfiehlt empfahl empfahlen empfehle empfehlen', ''],
  ['schließt schloss schlossen schließe schließen', ''],
  ['räumt räumte räumten', 'ein'],
  // Estimates reported as a body's words: "schätzt den Schaden auf „mindestens 18 Millionen Euro“".
  ['schätzt schätzte schätzten beziffert bezifferte bezifferten', ''],
  ['bringt brachte brachten bringe bringen', 'vor'],
  ['hält hielt hielten halte halten', 'fest'],
  ['hält hielt hielten halte halten', 'entgegen'],
  ['rät riet rieten rate raten', ''],
  ['verkündet verkündete verkündeten', ''],
  ['wirft warf warfen werfe werfen', 'vor'],
  ['zieht zog zogen ziehe ziehen', 'bilanz'],
  ['spricht sprach sprachen', 'aus'],
  ['teilt teilte teilten', 'mit'],
  ['fügt fügte fügten', 'hinzu'],
  ['kündigt kündigte kündigten', 'an'],
  ['geht ging gingen', 'aus'],
  ['zitiert zitierte zitierten', ''],
  ['bestreitet bestritt bestritten bestreite bestreiten', ''],
  // Invoking a danger or a spirit in words: "beschwören die Gefahr einer „Invasion …“".
  ['beschwört beschwor beschworen beschwöre beschwören', ''],
  ['bekanntgegeben angekündigt mitgeteilt hinzugefügt zurückgewiesen hervorgehoben eingeräumt festgestellt klargestellt', '']
]

function weakForms(stem: string): string[] {
  // sag → sagt, sagte, sagten, sage, sagen, gesagt; bezeichn → bezeichnet, bezeichnete …
  const e = /[dt]$|[^aeiouäöülr]n$/u.test(stem) ? 'e' : ''
  const forms = [`${stem}${e}t`, `${stem}${e}te`, `${stem}${e}ten`, `${stem}e`, /[lr]$/u.test(stem) && !/[aeiouäöü][lr]$/u.test(stem) ? `${stem}n` : `${stem}en`]
  const participle = /^(be|er|ver|ent|zer|ge|emp|miss)/u.test(stem) || /ier$/u.test(stem) ? `${stem}${e}t` : `ge${stem}${e}t`
  forms.push(participle)
  return forms
}

function buildVerbs(): Map<string, string[]> {
  const verbs = new Map<string, string[]>()
  const add = (form: string, particle: string): void => {
    const list = verbs.get(form) ?? []
    if (!list.includes(particle)) list.push(particle)
    verbs.set(form, list)
  }
  for (const [stem, particle] of Object.entries(weak)) for (const form of weakForms(stem)) add(form, particle)
  for (const [forms, particle] of strong) for (const form of forms.split(' ')) add(form, particle)
  return verbs
}

export const de: SpeechLocale = {
  speechVerbs: buildVerbs(),
  // Prepositions and words that introduce a source: "laut X", "so X", "nach Angaben von X", "X zufolge".
  sourceBefore: ['laut', 'so', 'gemäß'],
  sourcePhrases: [
    'nach angaben',
    'nach ansicht',
    'nach auffassung',
    'nach meinung',
    'nach einschätzung',
    'nach aussage',
    'nach aussagen',
    'nach worten',
    'nach den worten',
    'nach darstellung',
    'nach informationen',
    'nach überzeugung',
    'aus sicht',
    'in den worten'
  ],
  sourceAfter: ['zufolge'],
  // Nouns and phrases that make a clause a statement: "war der Ansicht", "sprach von".
  opinionPhrases: ['der ansicht', 'der meinung', 'der auffassung', 'überzeugt', 'zuversichtlich', 'besorgt', 'sicher'],
  nominativePronouns: {er: 'm', sie: 'f'},
  objectPronouns: {ihn: 'm', ihm: 'm', ihr: 'f', ihnen: 'p'},
  datives: ['ihm', 'ihr', 'ihnen', 'uns', 'mir', 'dir', 'euch'],
  // Words that may stand between a verb and its subject: "sagte auch der Minister".
  fillers: [
    'auch', 'dazu', 'zudem', 'jedoch', 'aber', 'nun', 'bereits', 'ebenfalls', 'später', 'dann', 'weiter', 'weiterhin',
    'außerdem', 'allerdings', 'indes', 'hingegen', 'daraufhin', 'dabei', 'damals', 'zuletzt', 'noch', 'schon', 'sogar',
    'etwa', 'zufolge', 'gestern', 'heute', 'am', 'kürzlich', 'erneut', 'wiederum', 'seinerseits', 'ihrerseits',
    'darüber', 'hinaus', 'sich', 'ihn', 'es', 'ferner', 'zuvor', 'gleichzeitig', 'zugleich', 'ebenso', 'offenbar', 'denn', 'wörtlich'
  ],
  nominativeDeterminers: ['der', 'die', 'das', 'ein', 'eine', 'dieser', 'diese', 'dieses', 'jener', 'jene', 'kein', 'keine'],
  demonstratives: ['dieser', 'diese', 'dieses', 'jener', 'jene'],
  otherDeterminers: ['den', 'dem', 'des', 'einen', 'einem', 'einer', 'eines', 'diesen', 'diesem', 'deren', 'dessen'],
  titles: ['herr', 'frau', 'dr', 'prof', 'professor', 'professorin', 'sir', 'lady', 'lord', 'mr', 'mrs', 'ms'],
  objectTitles: ['herrn'],
  // Words that follow a name in non-nominative use: "sagte er Herrn Putin".
  addresseeMarkers: ['gegenüber', 'zu', 'an'],
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
  nominativeBody,
  verbSecond: true,
  copulas: ['ist', 'war'],
  clauseOpeners: ['ob', 'wenn', 'als', 'weil', 'obwohl', 'nachdem', 'bevor', 'während', 'wie', 'was', 'wo', 'warum', 'dass', 'da'],
  numberWord: /^(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|dutzende|hunderte|tausende|mehrere|einige)$/u,
  nationalityPattern: /^(\p{Ll}+)(isch|esisch|sisch|nisch)(e|er|en|es|em)?$/u,
  // Nouns that never head a speaker description.
  notSpeakers: [
    'vorwürfe', 'angaben', 'aussagen', 'worte', 'worten', 'einschätzung', 'entscheidung', 'position', 'meinung',
    'berichte', 'aktion', 'möglichkeit', 'sache', 'frage', 'lage', 'situation', 'gesetz', 'entwurf', 'plan',
    'jahr', 'jahre', 'jahren', 'tag', 'tage', 'woche', 'monat', 'land', 'länder', 'abkommen', 'vertrag', 'dokument',
    'regierung', 'zeitung', 'bericht', 'studie', 'text', 'brief', 'erklärung', 'mitteilung', 'stellungnahme'
  ],
  // Bodies that speak; a compound ending in one of four letters or more is one too ("Innenministerium").
  groupNouns: [
    'regierung', 'polizei', 'staatsanwaltschaft', 'ministerium', 'behörde', 'armee', 'militär', 'partei', 'verband', 'gewerkschaft',
    'unternehmen', 'konzern', 'gericht', 'gerichtshof', 'kommission', 'organisation', 'verwaltung', 'feuerwehr', 'stadt',
    'gemeinde', 'agentur', 'amt', 'rat', 'aufsichtsrat', 'betriebsrat', 'stadtrat', 'bundesrat', 'sicherheitsrat',
    'ausschuss', 'institut', 'verein', 'vereinigung', 'fraktion', 'koalition', 'opposition', 'senat', 'kabinett',
    'vorstand', 'stiftung', 'initiative', 'bündnis', 'veranstalter', 'demonstranten', 'anwohner', 'kritiker', 'gegner',
    'befürworter', 'ermittler', 'behörden', 'rettungskräfte', 'sanitäter', 'aktivisten', 'forscher', 'wissenschaftler', 'veteranen',
    'rathaus', 'staatskanzlei', 'präsidium', 'universität', 'hochschule', 'klinikum', 'krankenhaus', 'bundesbank',
    'zentralbank', 'bahn', 'bund', 'spital', 'klinik', 'referat', 'departement', 'kammer', 'versicherung',
    // Clubs and public services: "Der Schwimmclub Zürich-Nord", "Der Zoll", "die Bundeswehr".
    'gemeinschaft', 'zentrale', 'klinikleitung', 'schulleitung', 'geschäftsleitung', 'konzernleitung', 'unternehmensleitung', 'werksleitung', 'geschäftsführung', 'club', 'klub', 'zoll', 'bundeswehr', 'landesbetrieb', 'betrieb', 'genossenschaft', 'kirche', 'bistum', 'landkreis', 'kanton',
    // The press as a source: "chinesische Medien berichteten", "In den Medien war … als „…“ bezeichnet worden".
    'medien', 'presse'
  ],
  // Words that start a sentence without being anyone's name: prepositions, conjunctions, adverbs.
  functionWords: [
    'in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'für', 'gegen', 'mit', 'nach', 'seit', 'von', 'vom', 'vor',
    'zu', 'zum', 'zur', 'über', 'unter', 'während', 'wegen', 'trotz', 'durch', 'ohne', 'um', 'bis', 'ab', 'als', 'wie',
    'und', 'oder', 'aber', 'doch', 'denn', 'dass', 'ob', 'wenn', 'weil', 'obwohl', 'da', 'dort', 'hier', 'so', 'auch',
    'dabei', 'damit', 'darin', 'darauf', 'daraufhin', 'dazu', 'später', 'zuvor', 'unterdessen', 'außerdem', 'zudem',
    'jedoch', 'dann', 'danach', 'anschließend', 'schließlich', 'bereits', 'hingegen', 'nun', 'jetzt', 'heute',
    'gestern', 'morgen', 'laut', 'zufolge', 'es', 'man', 'wir', 'ich', 'du', 'ihr', 'sie', 'er', 'sein', 'seine', 'ihre',
    'nicht', 'noch', 'nur', 'immer', 'alle', 'viele', 'einige', 'mehrere', 'andere', 'beide', 'zwei', 'drei', 'eines',
    'dies', 'das', 'was', 'wer', 'wo', 'wann', 'warum', 'wieso', 'indem', 'sowie', 'sowohl', 'weder', 'entweder',
    // "Eine davon ist …".
    'davon', 'darunter',
    'allerdings', 'insgesamt', 'zunächst', 'erst', 'zuerst', 'zuletzt', 'derzeit', 'zurzeit', 'inzwischen',
    'mittlerweile', 'demnach', 'deshalb', 'daher', 'darum', 'trotzdem', 'dennoch', 'stattdessen', 'vielmehr',
    'ebenso', 'gleichzeitig', 'zugleich', 'ferner', 'weiter', 'weiterhin', 'einst', 'damals', 'kürzlich', 'neben',
    'hinter', 'zwischen', 'innerhalb', 'außerhalb', 'gemäß', 'entgegen', 'samt', 'mitsamt', 'gegenüber', 'wieder'
  ],
  // Full stops after these do not end a sentence.
  prepositions: ['in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'für', 'gegen', 'mit', 'nach', 'seit', 'von', 'vom', 'vor', 'zu', 'zum', 'zur', 'über', 'unter', 'während', 'wegen', 'trotz', 'durch', 'ohne', 'um', 'bis', 'ab', 'neben', 'hinter', 'zwischen', 'innerhalb', 'außerhalb', 'gemäß', 'entgegen', 'samt', 'mitsamt', 'gegenüber', 'ins', 'ans', 'aufs', 'nahe'],
  indefinites: ['ein', 'eine', 'einer', 'einem', 'einen', 'eines'],
  abbreviations: [
    'dr', 'prof', 'bzw', 'ca', 'vgl', 'usw', 'etc', 'nr', 'st', 'mio', 'mrd', 'bzw', 'ggf', 'evtl', 'inkl', 'zb', 'z', 'b',
    'u', 'a', 'v', 'chr', 'jh', 'jhd', 'abs', 'art', 'str', 'tel', 'hr', 'fr', 'mr', 'mrs', 'ms', 'jr', 'sr', 'co',
    'gen', 'lt', 'bsp', 'sog', 'ev', 'bzgl', 'ebd', 'inc', 'ltd', 'corp', 'min', 'max', 'ff', 'rd', 'ung', 'dt'
  ],
  // Words that name a work, a brand or a thing in quotes rather than anyone's words.
  quotingNouns: ['worten', 'worte', 'satz', 'sätzen', 'aussage', 'appell', 'warnung', 'forderung', 'versprechen', 'äußerung', 'zusage', 'ankündigung'],
  wordNouns: ['bezeichnung', 'begriff', 'wort', 'ausdruck', 'formulierung', 'vokabel', 'schlagwort', 'wortwahl'],
  definiteArticles: ['der', 'die', 'das', 'den', 'dem', 'des'],
  documentPointers: ['darin', 'dort', 'hierin'],
  documentVerbs: ['steht', 'stand', 'hieß', 'hiess'],
  relativePronouns: ['der', 'die', 'das', 'welcher', 'welche', 'welches'],
  auxiliaries: [
    'hat', 'hatte', 'habe', 'hätte', 'haben', 'hatten', 'hätten', 'ist', 'war', 'sei', 'wäre', 'sind', 'waren', 'seien',
    'wird', 'wurde', 'werde', 'würde', 'werden', 'wurden', 'würden', 'kann', 'konnte', 'könne', 'könnte', 'muss',
    'musste', 'müsse', 'soll', 'sollte', 'solle', 'will', 'wollte', 'wolle', 'darf', 'durfte', 'dürfe', 'lässt', 'ließ'
  ],
  lowercaseNouns: false,
  objectVerbs: [],
  clitics: ['sich'],
  possessives: ['sein', 'seine', 'ihr', 'ihre', 'unser', 'unsere'],
  roleTails: [],
  inversion: null,
  personNoun: /^\p{Ll}{3,}(?:loge|login|ist|istin|eur|eurin|lerin|ler)$/u,
  impersonalVerbs: [],
  namingWords: [
    'sogenannt', 'sogenannte', 'sogenannten', 'sogenannter', 'sogenanntes', 'genannt', 'genannte', 'genannten', 'namens',
    'titel', 'motto', 'slogan', 'stichwort', 'schlagwort', 'begriff', 'wort', 'unwort', 'name', 'namen', 'marke',
    'betitelt', 'heißt', 'hieß', 'nennt', 'nannte', 'taufte', 'getauft'
  ],
  impersonalStatements: ['heißt', 'hieß', 'heisst', 'hiess'],
  prepositionalRelatives: ['dem', 'der', 'denen', 'welchem', 'welcher', 'welchen'],
  statementSources: ['bei', 'beim', 'aus', 'von', 'vom', 'seitens'],
  sides: [],
  fusedArticles: {},
  anonymousSources: [],
  documentNouns: ['stellungnahme', 'mitteilung', 'pressemitteilung', 'erklärung', 'schreiben', 'brief', 'bericht', 'statement', 'presseerklärung', 'papier', 'positionspapier', 'gutachten', 'studie', 'memorandum', 'dokument', 'urteil', 'gesetzentwurf', 'nachricht'],
  authorMarkers: ['des', 'der', 'von', 'vom'],
  companyNouns: ['unternehmen', 'familienunternehmen', 'firma', 'konzern', 'betrieb'],
  personPrepositions: ['bei', 'mit', 'für', 'gegen', 'neben'],
  authorVerbs: ['veröffentlicht', 'verfasst', 'erstellt', 'unterzeichnet', 'vorgelegt', 'verschickt', 'herausgegeben'],
  knownAs: ['als'],
  knownBy: ['bekannt', 'genannt', 'betitelt'],
  namePhrases: ['unter dem namen', 'mit dem namen'],
  subordinators: ['dass', 'ob', 'wenn', 'als', 'weil', 'obwohl', 'nachdem', 'bevor', 'während', 'da', 'und', 'aber', 'oder', 'denn', 'doch'],
  reflexives: ['sich'],
  soGenannt: ['so genannt', 'so genannte', 'so genannten', 'so genannter', 'so genanntes', 'so bezeichnet', 'so bezeichnete', 'so bezeichneten'],
  subjunctive: [
    'sei', 'seien', 'habe', 'hätten', 'wäre', 'wären', 'werde', 'würde', 'würden', 'könne', 'müsse', 'solle', 'wolle',
    'dürfe', 'gebe', 'gehe', 'komme', 'stehe', 'liege', 'bleibe', 'hätte', 'könnten', 'müssten', 'sollten', 'wollten'
  ]
}
