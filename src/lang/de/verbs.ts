/** German verbs of speech and the order of German clauses. */
import type {Verbs} from '../types.js'

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


/** Finite passive auxiliaries: "wird … zitiert". */
const finitePassives = ['wird', 'wurde', 'werden', 'wurden']

export const verbs: Verbs = {
  speechVerbs: buildVerbs(),
  auxiliaries: [
    'hat', 'hatte', 'habe', 'hätte', 'haben', 'hatten', 'hätten', 'ist', 'war', 'sei', 'wäre', 'sind', 'waren', 'seien',
    'wird', 'wurde', 'werde', 'würde', 'werden', 'wurden', 'würden', 'kann', 'konnte', 'könne', 'könnte', 'muss',
    'musste', 'müsse', 'soll', 'sollte', 'solle', 'will', 'wollte', 'wolle', 'darf', 'durfte', 'dürfe', 'lässt', 'ließ'
  ],
  // (With the English and French ones, as when the list was one for every language: "was" opens German clauses too.)
  passiveAuxiliaries: [...finitePassives, 'worden', 'is', 'was', 'were', 'been', 'est', 'été', 'fut'],
  finitePassives,
  quotingVerbs: ['zitiert', 'zitierte', 'zitierten'],
  objectVerbs: [],
  subjunctive: [
    'sei', 'seien', 'habe', 'hätten', 'wäre', 'wären', 'werde', 'würde', 'würden', 'könne', 'müsse', 'solle', 'wolle',
    'dürfe', 'gebe', 'gehe', 'komme', 'stehe', 'liege', 'bleibe', 'hätte', 'könnten', 'müssten', 'sollten', 'wollten'
  ],
  impersonalStatements: ['heißt', 'hieß', 'heisst', 'hiess'],
  impersonalVerbs: [],
  documentVerbs: ['steht', 'stand', 'hieß', 'hiess'],
  authorVerbs: ['veröffentlicht', 'verfasst', 'erstellt', 'unterzeichnet', 'vorgelegt', 'verschickt', 'herausgegeben'],
  infinitive: null,
  inversion: null,
  verbSecond: true,
  copulas: ['ist', 'war'],
  clauseOpeners: ['ob', 'wenn', 'als', 'weil', 'obwohl', 'nachdem', 'bevor', 'während', 'wie', 'was', 'wo', 'warum', 'dass', 'da'],
  articleObjects: ['das']
}
