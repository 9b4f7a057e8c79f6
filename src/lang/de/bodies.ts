/**
 * German bodies that speak, documents and places; and bodies named in the genitive after a role, back in the nominative:
 * "Sprecher des Münchner Baureferats" speaks for the "Münchner Baureferat",
 * "Sprecherin des Deutschen Skiverbandes" for the "Deutscher Skiverband",
 * "Sprecher der Bayerischen Staatsregierung" for the "Bayerische Staatsregierung".
 */
import {legalForms} from '../international.js'
import type {Bodies} from '../types.js'

/** Masculine endings of body nouns; other "des" nouns are taken as neuter ("Amt", "Ministerium", "Haus"). */
const masculine = /(?:verband|bund|rat|tag|senat|ausschuss|verein|konzern|dienst|stab|hof|kreis|vorstand|klub|club|fonds|sender|betreiber|veranstalter|hersteller|staat|bezirk|orden|zoll|flughafen|hafen|gerichtshof|dachverband|arbeitgeberverband)$/u

/** "Skiverbandes" → "Skiverband", "Hauses" → "Haus", "Baureferats" → "Baureferat", "Ministeriums" → "Ministerium". */
function nominativeNoun(genitive: string): string | null {
  return /[^aeiouäöüy]es$/u.test(genitive) && genitive.length >= 5 ? genitive.slice(0, -2) : /[^s]s$/u.test(genitive) ? genitive.slice(0, -1) : null
}

/** The nominative of a genitive noun phrase after "des" or "der", or null when it is no plain one. */
export function nominativeBody(phrase: string): string | null {
  // A body's name is a few words; anything longer is no name to decline (and stays linear to read).
  if (phrase.length > 160) return null
  // "des Wasserstraßen- und Schifffahrtsamts Rhein": the compounds cut short keep their form, the last one declines.
  const truncated = /^(\S+)\s+((?:\p{Lu}[\p{L}\p{M}]*-\s+(?:und|oder)\s+)+)(\S.*)$/u.exec(phrase.trim())
  if (truncated) {
    const rest = nominativeBody(`${truncated[1]} ${truncated[3]}`)
    return rest ? `${truncated[2]}${rest}` : null
  }
  // "des Bundesministeriums des Innern": the first noun declines, its own genitive stays.
  const complement = /^(des|der)\s+(\S+(?:\s+\S+){0,2}?)\s+((?:des|der)\s+\p{Lu}\S*)$/u.exec(phrase.trim())
  if (complement) {
    const head = nominativeBody(`${complement[1]} ${complement[2]}`)
    return head ? `${head} ${complement[3]}` : null
  }
  const match = /^(des|der|das|dem|den)\s+((?:\p{Lu}[\p{Ll}\p{M}-]*\s+){0,3})(\p{Lu}[\p{L}\p{M}-]{2,})$/u.exec(phrase.trim())
  if (!match) return null
  const [, article, before, genitive] = match
  const adjectives = before.trim() ? before.trim().split(/\s+/u) : []
  // The name without its article, in the form a speaker is shown with: "der Deutsche Skiverband", "dem Deutschen
  // Skiverband" → "Deutscher Skiverband", "das Auswärtige Amt" → "Auswärtiges Amt", like the genitive below.
  const masculineNoun = masculine.test(genitive.toLowerCase())
  if (article === 'das' || article === 'dem' || article === 'den' || (article === 'der' && masculineNoun)) {
    if (article === 'den' && !masculineNoun) return null
    const ending = masculineNoun ? 'er' : 'es'
    return [...adjectives.map((a) => a.replace(/(?<=\p{Ll}{2})(?:en|e)$/u, ending)), genitive].join(' ')
  }
  if (article === 'der') {
    // Feminine or plural: the noun keeps its form, adjectives "-en" become "-e" ("Bayerischen" → "Bayerische").
    return [...adjectives.map((a) => a.replace(/(?<=\p{Ll}{2})en$/u, 'e')), genitive].join(' ')
  }
  const noun = nominativeNoun(genitive)
  if (!noun) {
    // "des Stadtspitals Triemli", "des Klinikums Nürnberg": the noun, then the body's own name.
    const [first, ...rest] = adjectives
    const head = first ? nominativeNoun(first) : null
    return head && rest.length === 0 ? `${head} ${genitive}` : null
  }
  const ending = masculine.test(noun.toLowerCase()) ? 'er' : 'es'
  // Adjectives from place names stay as they are ("Münchner"); declined ones take the nominative ending.
  return [...adjectives.map((a) => a.replace(/(?<=\p{Ll}{2})en$/u, ending)), noun].join(' ')
}

export const bodies: Bodies = {
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
  places: ['stadt', 'gemeinde', 'kanton', 'landkreis', 'land', 'region', 'bezirk', 'ort', 'dorf', 'kreis', 'bund'],
  companyNouns: ['unternehmen', 'familienunternehmen', 'firma', 'konzern', 'betrieb'],
  documentNouns: ['stellungnahme', 'mitteilung', 'pressemitteilung', 'erklärung', 'schreiben', 'brief', 'bericht', 'statement', 'presseerklärung', 'papier', 'positionspapier', 'gutachten', 'studie', 'memorandum', 'dokument', 'urteil', 'gesetzentwurf', 'nachricht'],
  authorMarkers: ['des', 'der', 'von', 'vom'],
  anonymousSources: [],
  sourceCircles: {ending: 'kreisen', nominative: 'kreise'},
  nominativeBody,
  legalForms,
  bodyConnectors: [],
  bodyArticles: [],
  bodyJoiners: [],
  // (With the English and French ones, as when the list was one for every language: "Bank of England", "Institut de …".)
  nameComplements: ['for', 'of', 'on', 'de', 'du', 'des'],
  nameLinks: [],
  placeLinks: [],
  namesOpenWithNoun: false
}
