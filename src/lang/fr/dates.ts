import type {DateLocale} from '../../dates/locale.js'

const units: Record<string, number> = {deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9}
const teens: Record<string, number> = {
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19
}
/** Tens, Belgian and Swiss ones included; "quatre-vingt" takes the teens as "soixante" does. */
const tens: Record<string, number> = {
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
  'quatre-vingt': 80
}

/** Number words of several: "quarante-deux", "vingt et un", "soixante-dix", "quatre-vingt-dix-neuf", "deux cents". */
function compoundNumbers(): Record<string, number> {
  const out: Record<string, number> = {'quatre-vingts': 80}
  for (const [t, m] of Object.entries(tens)) {
    if (t !== 'quatre-vingt') for (const one of ['un', 'une']) { out[`${t} et ${one}`] = m + 1; out[`${t}-et-${one}`] = m + 1 }
    else { out['quatre-vingt-un'] = 81; out['quatre-vingt-une'] = 81 }
    for (const [u, n] of Object.entries(units)) out[`${t}-${u}`] = m + n
    if (t === 'soixante' || t === 'quatre-vingt') {
      for (const [w, n] of Object.entries(teens)) out[`${t}-${w}`] = m + n
      if (t === 'soixante') { out['soixante et onze'] = 71; out['soixante-et-onze'] = 71 }
    }
  }
  for (const [u, n] of Object.entries(units)) { out[`${u} cents`] = n * 100; out[`${u} cent`] = n * 100 }
  return out
}

/** French words for the temporal tagger: the basics (months, weekdays, units, deictic days, "il y a"). */
export const dates: DateLocale = {
  lang: 'fr',
  months: {
    janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9,
    octobre: 10, novembre: 11, décembre: 12, decembre: 12
  },
  monthsCapitalized: false,
  weekdays: {lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7},
  weekdayAdverbs: {},
  dayParts: {matin: 'MO', midi: 'MI', 'après-midi': 'AF', soir: 'EV', soirée: 'EV', nuit: 'NI'},
  dayPartsAfterDay: {matin: 'MO', 'après-midi': 'AF', soir: 'EV'},
  dayPartCues: ['dans la', 'dans l’', 'pendant la', 'au cours de la', 'en'],
  weekendCues: [],
  dayPartAdjectives: [],
  relativeDays: {'avant-hier': -2, hier: -1, "aujourd'hui": 0, 'aujourd’hui': 0, demain: 1, 'après-demain': 2},
  relativeDayAdjectives: {},
  casualYears: {},
  referenceWords: {maintenant: 'PRESENT_REF', actuellement: 'PRESENT_REF', récemment: 'PAST_REF', bientôt: 'FUTURE_REF'},
  formerPrefixes: [],
  relativeModifiers: {dernier: -1, dernière: -1, passé: -1, passée: -1, prochain: 1, prochaine: 1, ce: 0, cette: 0, cet: 0},
  relativeModifiersAfter: {
    dernier: -1, dernière: -1, derniers: -1, dernières: -1, passé: -1, passée: -1,
    prochain: 1, prochaine: 1, prochains: 1, prochaines: 1
  },
  calendarNouns: {
    année: {kind: 'unit', unit: 'Y'}, an: {kind: 'unit', unit: 'Y'}, mois: {kind: 'unit', unit: 'M'},
    semaine: {kind: 'unit', unit: 'W'}, 'week-end': {kind: 'unit', unit: 'WE'},
    printemps: {kind: 'season', season: 'SP'}, été: {kind: 'season', season: 'SU'}, automne: {kind: 'season', season: 'FA'},
    hiver: {kind: 'season', season: 'WI'}, trimestre: {kind: 'quarter'}, semestre: {kind: 'half'}
  },
  anchorShifts: {suivant: 1, suivante: 1, précédent: -1, précédente: -1},
  numbers: {un: 1, une: 1, ...units, ...teens, ...tens, cent: 100, mille: 1000, ...compoundNumbers()},
  ordinals: {premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4},
  lastOrdinals: ['dernier', 'dernière'],
  units: {
    an: 'Y', ans: 'Y', année: 'Y', années: 'Y', mois: 'M', semaine: 'W', semaines: 'W', jour: 'D', jours: 'D',
    heure: 'H', heures: 'H', minute: 'MIN', minutes: 'MIN', décennie: 'DE', décennies: 'DE', siècle: 'CE', siècles: 'CE'
  },
  vagueDurationAdverbs: {},
  vagueQuantifiers: ['plusieurs', 'quelques'],
  approximators: ['plus de', 'moins de', 'près de', 'environ', 'presque'],
  durationCues: ['depuis', 'pendant', 'pour', 'en', 'dans', 'durant'],
  agoBefore: ['il y a'],
  agoAfter: [],
  ageCuesBefore: ['âgé de', 'âgée de', 'à'],
  ageCuesAfter: [],
  setQuantifiers: ['chaque', 'tous les', 'toutes les'],
  frequencyStems: {quotidien: 'D', hebdomadaire: 'W', mensuel: 'M', annuel: 'Y'},
  adjectiveEndings: ['', 'le', 's', 'les', 'ne', 'nes'],
  articles: ['le', 'la', 'les', "l'"],
  partModifiers: ['début', 'mi', 'fin'],
  monthCues: ['en', 'depuis', "jusqu'en", 'de', 'dès', 'début', 'fin', 'mi', 'mois de', 'au mois de'],
  yearCues: ['en', 'depuis', "jusqu'en", 'de', 'dès', 'année', 'début', 'fin', 'entre'],
  yearNouns: ['année', 'an'],
  yearNounsGenitive: [],
  rangeFrom: ['de', 'entre'],
  rangeTo: ['à', 'et', 'au'],
  daySuffixes: ['', 'er'],
  monthDayOrder: false,
  numericDateSeparators: ['/'],
  decadeSuffix: '',
  decadeNouns: [],
  decadeEndings: [],
  decadeWords: {},
  centuryNouns: ['siècle'],
  clockWords: ['heures', 'h'],
  timeCues: ['à', 'vers', 'dès', 'de', 'jusqu’à'],
  capitalizedNouns: false,
  nonYearFollowers: ['euros', 'dollars', 'personnes', 'km', 'm', 'kg'],
  nonYearPrecursors: ['n°', 'no', 'page', 'environ', 'plus de', 'moins de', '€', '$'],
  holidays: {Noël: {month: 12, day: 25}, 'Nouvel An': {month: 1, day: 1}, Pâques: {easter: 0}},
  nightNouns: ['nuit'],
  nightFrom: ['du', 'de'],
  nightTo: ['au', 'à'],
  futureCues: ['sera', 'seront', 'va', 'vont', 'doit', 'devrait', 'prévu', 'prévue', 'prévus', 'prévues'],
  pastCues: ['a', 'ont', 'était', 'étaient', 'fut', 'avait', 'avaient', 'se sont', 's’est', "s'est"],
  // "aurait lieu" is to come, "aurait tué" an allegation about the past
  modalCues: {aurait: 1, auraient: 1},
  perfectInfinitives: {},
  perfectAfterModal: [],
  participleAfterModal: true,
  participleStarts: [],
  participleInfixes: [],
  participleWords: ['dû'],
  participleEndings: ['é', 'ée', 'és', 'ées', 'i', 'ie', 'is', 'ise', 'it', 'ite', 'u', 'ue', 'us', 'ues', 'ert', 'erte', 'ort', 'orte', 'eint', 'einte'],
  participleExceptions: ['lieu', 'envie', 'peu', 'plus', 'tous', 'ici', 'lui', 'qui', 'si', 'droit', 'du', 'aussi', 'ceci', 'celui', 'parmi', 'depuis', 'sous', 'vous', 'nous', 'jusqu', 'mais'],
  modalSkips: ['pas', 'déjà', 'ainsi', 'notamment', 'même', 'également', 'aussi', 'bien', 'jamais', 'plus', 'alors', 'encore', 'donc', 'probablement', 'finalement'],
  // futur and conditionnel: "se réunira", "seront", "serait lancé" (a future in reported speech)
  futureEndings: ['ra', 'ront', 'rait', 'raient'],
  futureEndingExceptions: [
    'caméra', 'opéra', 'extra', 'ultra', 'cobra', 'agora', 'mantra', 'tiara', 'choléra', 'para', 'contra', 'tantra', 'mascara',
    'sutra', 'cetera', 'sierra', 'hydra', 'lycra', 'flora', 'terra', 'front', 'affront', 'trait', 'portrait', 'retrait', 'attrait',
    'extrait', 'abstrait', 'distrait', 'soustrait'
  ]
}
