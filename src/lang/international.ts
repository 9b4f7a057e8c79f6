/**
 * Words of names that an article in any language may quote: the particles of surnames and the legal forms of
 * companies. Each language lists them in its own data (src/lang/<xx>/names.ts, bodies.ts), from here or its own.
 */

/** Particles between the parts of a name, lower case: "Ursula von der Leyen", "Leonardo da Vinci", "Osama bin Laden". */
export const nameParticles = ['von', 'van', 'der', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ten', 'ter', 'y']

/** Particles written with a capital inside a surname: "Yannick Le Goff", "Marine Le Pen", "Robert De Niro". */
export const capitalParticles = ['le', 'la', 'de', 'du', 'des', 'di', 'da', 'del', 'della', 'van', 'von', 'ter', 'ten']

/** The legal forms that end a company's name: "Rochat Composants SA", "Brandt & Vogel Cocoa NV", "Hagedorn GmbH" (as written). */
export const legalForms = ['SA', 'AG', 'GmbH', 'Ltd', 'Inc', 'NV', 'BV', 'plc', 'PLC', 'LLC', 'Corp', 'SAS', 'SARL', 'SE', 'KG', 'SpA', 'Oy', 'AB', 'ASA']

/**
 * Month names of the three languages that no capitalised word before them makes a name ("Ende Juni", "Anfang Mai"),
 * lower case; the ones that are first names too (August, April, May) are left out. Read for every language: a
 * German article may date in French.
 */
export const monthsNotNames = ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'september', 'oktober', 'november', 'dezember', 'january', 'february', 'march', 'june', 'july', 'october', 'december', 'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
