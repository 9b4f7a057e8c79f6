import type {CalendarNoun, DateLocale, Unit} from '../../dates/locale.js'

const forms = (stems: Record<string, Unit>, endings: string[]): Record<string, Unit> => {
  const out: Record<string, Unit> = {}
  for (const [stem, unit] of Object.entries(stems)) for (const e of endings) out[stem + e] = unit
  return out
}

const noun = (unit: 'Y' | 'M' | 'W' | 'D' | 'WE'): CalendarNoun => ({kind: 'unit', unit})

const units: Record<string, number> = {ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9}
const tens: Record<string, number> = {
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90
}

/** Number words written as one: "einundzwanzig", "zweiundvierzig" (a unit, "und", a ten), and "zweihundert". */
function compoundNumbers(): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [u, n] of Object.entries(units)) {
    for (const [t, m] of Object.entries(tens)) out[`${u}und${t}`] = n + m
    if (n > 1) out[`${u}hundert`] = n * 100
  }
  return out
}

/** German (Germany, Austria, South Tyrol, Switzerland) words for the temporal tagger. */
export const dates: DateLocale = {
  lang: 'de',
  months: {
    Januar: 1, Jänner: 1, Jan: 1, Jän: 1,
    Februar: 2, Feber: 2, Feb: 2,
    März: 3, Mär: 3,
    April: 4, Apr: 4,
    Mai: 5,
    Juni: 6, Jun: 6,
    Juli: 7, Jul: 7,
    August: 8, Aug: 8,
    September: 9, Sept: 9, Sep: 9,
    Oktober: 10, Okt: 10,
    November: 11, Nov: 11,
    Dezember: 12, Dez: 12
  },
  monthsCapitalized: false,
  weekdays: {
    Montag: 1, Dienstag: 2, Mittwoch: 3, Donnerstag: 4, Freitag: 5, Samstag: 6, Sonnabend: 6, Sonntag: 7
  },
  weekdayAdverbs: {
    montags: 1, dienstags: 2, mittwochs: 3, donnerstags: 4, freitags: 5, samstags: 6, sonnabends: 6, sonntags: 7
  },
  dayParts: {
    Morgen: 'MO', Morgenstunden: 'MO', Vormittag: 'MO', Früh: 'MO',
    Mittag: 'MI', Mittagsstunden: 'MI',
    Nachmittag: 'AF', Nachmittagsstunden: 'AF',
    Abend: 'EV', Abendstunden: 'EV',
    Nacht: 'NI', Nachtstunden: 'NI'
  },
  dayPartsAfterDay: {
    früh: 'MO', morgen: 'MO', Morgen: 'MO', vormittag: 'MO', Vormittag: 'MO', mittag: 'MI', Mittag: 'MI',
    nachmittag: 'AF', Nachmittag: 'AF', abend: 'EV', Abend: 'EV', nacht: 'NI', Nacht: 'NI'
  },
  dayPartCues: ['am', 'in', 'über', 'gegen', 'zur', 'bis zum', 'seit dem', 'vom', 'im Laufe des', 'im Laufe der'],
  weekendCues: ['übers', 'zum', 'vom', 'jedes', 'jedem'],
  dayPartAdjectives: ['frühen', 'späten', 'späteren', 'früher'],
  relativeDays: {vorgestern: -2, gestern: -1, heute: 0, morgen: 1, übermorgen: 2},
  relativeDayAdjectives: {vorgestrigen: -2, gestrigen: -1, heutigen: 0, morgigen: 1, übermorgigen: 2},
  casualYears: {heuer: 0},
  referenceWords: {
    jetzt: 'PRESENT_REF',
    damals: 'PAST_REF', kürzlich: 'PAST_REF', neulich: 'PAST_REF', unlängst: 'PAST_REF',
    ehemalige: 'PAST_REF', ehemaligen: 'PAST_REF', ehemaliger: 'PAST_REF', ehemaliges: 'PAST_REF', ehemaligem: 'PAST_REF',
    bald: 'FUTURE_REF', demnächst: 'FUTURE_REF'
  },
  formerPrefixes: ['Ex'],
  relativeModifiers: {
    vergangene: -1, vergangenen: -1, vergangener: -1, vergangenes: -1, vergangenem: -1,
    letzte: -1, letzten: -1, letzter: -1, letztes: -1, letztem: -1,
    vorige: -1, vorigen: -1, voriger: -1, voriges: -1, vorigem: -1,
    abgelaufenen: -1, abgelaufene: -1,
    diese: 0, diesen: 0, dieser: 0, dieses: 0, diesem: 0,
    laufende: 0, laufenden: 0, laufendes: 0,
    heurige: 0, heurigen: 0, heuriges: 0,
    nächste: 1, nächsten: 1, nächster: 1, nächstes: 1, nächstem: 1,
    kommende: 1, kommenden: 1, kommender: 1, kommendes: 1, kommendem: 1,
    folgende: 1, folgenden: 1
  },
  relativeModifiersAfter: {},
  calendarNouns: {
    Jahr: noun('Y'), Jahres: noun('Y'), Jahrs: noun('Y'),
    Monat: noun('M'), Monats: noun('M'), Monates: noun('M'),
    Woche: noun('W'),
    Tag: noun('D'), Tages: noun('D'),
    Wochenende: noun('WE'), Wochenendes: noun('WE'),
    Vorjahr: {kind: 'previous', unit: 'Y'}, Vorjahres: {kind: 'previous', unit: 'Y'}, Vorjahrs: {kind: 'previous', unit: 'Y'},
    Vormonat: {kind: 'previous', unit: 'M'}, Vormonats: {kind: 'previous', unit: 'M'},
    Vorwoche: {kind: 'previous', unit: 'W'},
    Vortag: {kind: 'previous', unit: 'D'}, Vortages: {kind: 'previous', unit: 'D'},
    Folgetag: {kind: 'following', unit: 'D'}, Folgetages: {kind: 'following', unit: 'D'},
    Folgewoche: {kind: 'following', unit: 'W'}, Folgejahr: {kind: 'following', unit: 'Y'}, Folgejahres: {kind: 'following', unit: 'Y'},
    Frühling: {kind: 'season', season: 'SP'}, Frühlings: {kind: 'season', season: 'SP'},
    Frühjahr: {kind: 'season', season: 'SP'}, Frühjahrs: {kind: 'season', season: 'SP'},
    Sommer: {kind: 'season', season: 'SU'}, Sommers: {kind: 'season', season: 'SU'},
    Herbst: {kind: 'season', season: 'FA'}, Herbstes: {kind: 'season', season: 'FA'}, Herbsts: {kind: 'season', season: 'FA'},
    Winter: {kind: 'season', season: 'WI'}, Winters: {kind: 'season', season: 'WI'},
    Quartal: {kind: 'quarter'}, Quartals: {kind: 'quarter'}, Quartales: {kind: 'quarter'}, Jahresviertel: {kind: 'quarter'},
    Halbjahr: {kind: 'half'}, Halbjahres: {kind: 'half'}, Halbjahrs: {kind: 'half'}, Jahreshälfte: {kind: 'half'}
  },
  anchorShifts: {darauf: 1, danach: 1, später: 1, zuvor: -1, davor: -1, vorher: -1},
  numbers: {
    ein: 1, eine: 1, einem: 1, einen: 1, einer: 1, eines: 1,
    zwei: 2, beiden: 2, beide: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
    elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18,
    neunzehn: 19, ...tens, hundert: 100, einhundert: 100, tausend: 1000, ...compoundNumbers()
  },
  ordinals: {
    erste: 1, ersten: 1, erster: 1, erstes: 1,
    zweite: 2, zweiten: 2, zweiter: 2, zweites: 2,
    dritte: 3, dritten: 3, dritter: 3, drittes: 3,
    vierte: 4, vierten: 4, vierter: 4, viertes: 4,
    fünfte: 5, fünften: 5, fünfter: 5, fünftes: 5,
    sechste: 6, sechsten: 6, siebte: 7, siebten: 7, achte: 8, achten: 8, neunte: 9, neunten: 9,
    zehnte: 10, zehnten: 10, elfte: 11, elften: 11, zwölfte: 12, zwölften: 12,
    dreizehnten: 13, vierzehnten: 14, fünfzehnten: 15, sechzehnten: 16, siebzehnten: 17, achtzehnten: 18,
    neunzehnten: 19, zwanzigsten: 20, einundzwanzigsten: 21
  },
  lastOrdinals: ['letzte', 'letzten', 'letzter', 'letztes'],
  units: {
    Jahr: 'Y', Jahre: 'Y', Jahren: 'Y', Jahres: 'Y',
    Monat: 'M', Monate: 'M', Monaten: 'M', Monats: 'M',
    Woche: 'W', Wochen: 'W',
    Tag: 'D', Tage: 'D', Tagen: 'D', Tages: 'D',
    Stunde: 'H', Stunden: 'H',
    Minute: 'MIN', Minuten: 'MIN',
    Sekunde: 'S', Sekunden: 'S',
    Jahrzehnt: 'DE', Jahrzehnte: 'DE', Jahrzehnten: 'DE', Jahrzehnts: 'DE',
    Jahrhundert: 'CE', Jahrhunderte: 'CE', Jahrhunderten: 'CE', Jahrhunderts: 'CE',
    Jahrtausend: 'ML', Jahrtausende: 'ML', Jahrtausenden: 'ML',
    Wochenende: 'WE', Wochenenden: 'WE',
    Quartal: 'Q', Quartale: 'Q', Quartalen: 'Q'
  },
  vagueDurationAdverbs: {
    jahrelang: 'Y', jahrzehntelang: 'DE', jahrhundertelang: 'CE', monatelang: 'M', wochenlang: 'W', tagelang: 'D',
    stundenlang: 'H', minutenlang: 'MIN',
    ...forms({jahrelang: 'Y', jahrzehntelang: 'DE', monatelang: 'M', wochenlang: 'W', tagelang: 'D', stundenlang: 'H'}, ['e', 'en', 'er', 'es', 'em'])
  },
  vagueQuantifiers: [
    'einige', 'einigen', 'einiger', 'mehrere', 'mehreren', 'mehrerer', 'viele', 'vielen', 'vieler', 'wenige', 'wenigen',
    'etliche', 'etlichen', 'lange', 'langen', 'zahlreichen', 'zahlreiche', 'ein paar', 'paar'
  ],
  approximators: [
    'mehr als', 'weniger als', 'über', 'fast', 'knapp', 'rund', 'etwa', 'ungefähr', 'gut', 'nahezu', 'beinahe',
    'mindestens', 'höchstens', 'maximal', 'bis zu', 'nur', 'ganze', 'ganzen', 'insgesamt', 'zirka', 'ca.'
  ],
  durationCues: ['seit', 'für', 'in', 'innerhalb', 'innerhalb von', 'binnen', 'nach', 'während', 'über', 'um', 'von', 'vor', 'bis zu'],
  agoBefore: ['vor'],
  agoAfter: [],
  ageCuesBefore: ['ab', 'mit', 'unter', 'Alter von', 'Alter', 'im Alter von', 'jünger als', 'älter als'],
  ageCuesAfter: ['alt', 'alte', 'alter', 'altes'],
  setQuantifiers: ['jeden', 'jede', 'jedes', 'jedem', 'jeder', 'alle'],
  frequencyStems: {täglich: 'D', wöchentlich: 'W', monatlich: 'M', jährlich: 'Y', stündlich: 'H', alljährlich: 'Y', vierteljährlich: 'Q'},
  adjectiveEndings: ['', 'e', 'en', 'em', 'er', 'es'],
  articles: ['der', 'die', 'das', 'den', 'dem', 'des'],
  partModifiers: ['Anfang', 'Mitte', 'Ende', 'Beginn', 'Anfangs', 'Ausgang'],
  monthCues: [
    'im', 'Im', 'in', 'seit', 'bis', 'ab', 'vom', 'zum', 'des', 'den', 'dem', 'der', 'am', 'Monat', 'Monats', 'Anfang',
    'Mitte', 'Ende', 'Beginn', 'Anfangs', 'nach', 'vor', 'zwischen', 'für', 'bis zum', 'Mitte des', 'Ende des',
    'Anfang des', 'Ab', 'Seit', 'Bis', 'Vom'
  ],
  yearCues: [
    'im', 'Im', 'in', 'In', 'seit', 'Seit', 'bis', 'Bis', 'ab', 'Ab', 'von', 'vom', 'nach', 'vor', 'um', 'zwischen',
    'Anfang', 'Mitte', 'Ende', 'Beginn', 'Jahr', 'Jahre', 'Jahres', 'Frühjahr', 'Sommer', 'Herbst', 'Winter', 'Saison', 'Jahrgang',
    'WM', 'EM', 'Olympia', 'Spielzeit'
  ],
  yearNouns: ['Jahr', 'Jahre', 'Jahres', 'Jahrs'],
  yearNounsGenitive: ['Jahres', 'Jahrs'],
  rangeFrom: ['von', 'zwischen'],
  rangeTo: ['bis', 'und', 'bis zum', 'bis zur', 'bis Ende', 'und am'],
  daySuffixes: ['.'],
  monthDayOrder: false,
  numericDateSeparators: ['.'],
  decadeSuffix: 'er',
  decadeNouns: ['Jahre', 'Jahren', 'Jahrzehnt', 'Jahrzehnts'],
  decadeEndings: ['n'],
  decadeWords: {
    zwanziger: 20, dreißiger: 30, vierziger: 40, fünfziger: 50, sechziger: 60, siebziger: 70, achtziger: 80, neunziger: 90
  },
  centuryNouns: ['Jahrhundert', 'Jahrhunderts', 'Jahrhunderte', 'Jh.'],
  clockWords: ['Uhr'],
  timeCues: ['um', 'ab', 'gegen', 'bis', 'von', 'zwischen'],
  capitalizedNouns: true,
  nonYearFollowers: [
    'Prozent', 'Euro', 'Dollar', 'Franken', 'Pfund', 'Mio', 'Mio.', 'Mrd', 'Mrd.', 'Millionen', 'Milliarden', 'km', 'm', 'kg',
    't', 'ha', 'g', 'l', 'Meter', 'Kilometer', 'Stück', 'Mal', 'mal', 'x', 'PS', 'kW', 'MW', 'Punkte', 'Tore'
  ],
  nonYearPrecursors: ['Nr.', 'Nr', 'Nummer', 'Tel.', 'Seite', 'S.', 'Art.', 'Artikel', 'Paragraf', 'Paragraph', '§', 'Platz', 'Zimmer', 'Postfach', 'Kennzahl', 'Code', 'PLZ', 'davon', 'über', 'rund', 'etwa', 'knapp', 'fast', 'mehr als', 'weniger als', 'insgesamt', 'mindestens', 'Euro', '€', '$', 'CHF'],
  holidays: {
    Neujahr: {month: 1, day: 1}, Neujahrstag: {month: 1, day: 1},
    'Heilige Drei Könige': {month: 1, day: 6}, Dreikönigstag: {month: 1, day: 6},
    Valentinstag: {month: 2, day: 14},
    'Tag der Arbeit': {month: 5, day: 1},
    'Mariä Himmelfahrt': {month: 8, day: 15}, Ferragosto: {month: 8, day: 15},
    'Tag der Deutschen Einheit': {month: 10, day: 3},
    Allerheiligen: {month: 11, day: 1}, Allerseelen: {month: 11, day: 2},
    Nikolaustag: {month: 12, day: 6},
    'Mariä Empfängnis': {month: 12, day: 8},
    Heiligabend: {month: 12, day: 24}, 'Heiligen Abend': {month: 12, day: 24}, 'Heiliger Abend': {month: 12, day: 24},
    Weihnachten: {month: 12, day: 25}, Christtag: {month: 12, day: 25}, Stephanstag: {month: 12, day: 26},
    Silvester: {month: 12, day: 31},
    Karfreitag: {easter: -2}, Ostern: {easter: 0}, Ostersonntag: {easter: 0}, Ostermontag: {easter: 1},
    'Christi Himmelfahrt': {easter: 39}, Pfingsten: {easter: 49}, Pfingstsonntag: {easter: 49}, Pfingstmontag: {easter: 50},
    Fronleichnam: {easter: 60}, Aschermittwoch: {easter: -46}
  },
  nightNouns: ['Nacht'],
  nightFrom: ['vom', 'von'],
  nightTo: ['auf den', 'auf', 'zum', 'zu'],
  futureCues: [
    'wird', 'werden', 'werde', 'wirst', 'werdet', 'würde', 'würden', 'plant', 'planen', 'geplant',
    'voraussichtlich', 'künftig', 'demnächst', 'bevorstehenden', 'anstehenden'
  ],
  pastCues: [
    'war', 'waren', 'wurde', 'wurden', 'hatte', 'hatten', 'hätte', 'hätten', 'hat', 'haben', 'habe', 'sei',
    'seien', 'wäre', 'wären', 'sagte', 'erklärte', 'teilte', 'gab', 'kam', 'starb', 'fand', 'begann', 'stand', 'ging',
    'wollte', 'wollten', 'musste', 'mussten', 'konnte', 'konnten', 'durfte', 'durften',
    'bereits', 'damals', 'gestern', 'vergangenen', 'vergangene', 'letzten', 'zuvor'
  ],
  // "soll … stattfinden" is to come, "soll … erschossen haben" an allegation about the past
  modalCues: {
    soll: 1, sollen: 1, solle: 1, will: 1, wollen: 1, wolle: 1,
    sollte: 0, sollten: 0, dürfte: 0, dürften: 0, könnte: 0, könnten: 0, müsste: 0, müssten: 0
  },
  perfectInfinitives: {haben: true, sein: false},
  perfectAfterModal: [],
  participleAfterModal: false,
  participleEndings: ['t', 'en'],
  participleStarts: ['ge', 'be', 'er', 'ver', 'zer', 'ent', 'emp', 'miss'],
  participleInfixes: ['ge'],
  participleWords: ['worden', 'gewesen'],
  participleExceptions: ['bereit', 'bekannt', 'beliebt', 'berühmt', 'gerecht', 'geeignet', 'besorgt', 'entspannt', 'verwandt'],
  modalSkips: [],
  futureEndings: [],
  futureEndingExceptions: []
}
