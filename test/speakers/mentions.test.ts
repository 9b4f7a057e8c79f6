/**
 * The examples of src/speakers/mentions.ts as tests: `readMention` on names (particles, titles, firms), roles before
 * names, appositions, German descriptions, descriptions where nouns are lower case (tails, possessives, adjectives
 * after the noun) and bodies' names; the word tests it is built on; the fields of a mention and of the lexicon.
 * Each row: the language, a sentence, the phrase where reading starts, and what `readMention` reads there.
 */
import {describe, expect, it} from 'vitest'
import {buildDocument} from '../../src/document/index.js'
import {speechLocales} from '../../src/lang/index.js'
import {elision, genitiveEndingOf, hasAdjectiveEnding, hasCommonNounEnding, hasPersonEnding, isAcronym, isAgeNoun, isArticle, isGroupNoun, isPossessive, isSpeakerLike, lexiconOf, readName, roleHeadOf, withoutElidedOf, withoutElision} from '../../src/speakers/mentions.js'
import type {Language} from '../../src/types.js'
import {mentionAt, readSentence, type Shown, shown, tokenAt} from '../attribution/support.js'

interface Row {
  lang: Language
  sentence: string
  /** Where reading starts. */
  at: string
  mention: Shown | null
}

const m = (kind: Shown['kind'], text: string, name: string | null, head: string | null, role: string | null): Shown => ({kind, text, name, head, role})

const tables: Array<[title: string, rows: Row[]]> = [
  [
    'pronouns and names',
    [
      // Pronouns.
      {lang: 'de', sentence: 'Er sagte: „Nein.“', at: 'Er', mention: m('pronoun', 'Er', null, null, null)},
      {lang: 'en', sentence: 'She said no.', at: 'She', mention: m('pronoun', 'She', null, null, null)},
      {lang: 'en', sentence: '“We regret the decision,” it said in a statement.', at: 'it', mention: m('pronoun', 'it', null, null, null)},
      // Names with particles, initials, firms, nicknames.
      {lang: 'de', sentence: 'Ursula von der Leyen sagte das.', at: 'Ursula', mention: m('name', 'Ursula von der Leyen', 'Ursula von der Leyen', null, null)},
      {lang: 'en', sentence: 'George W. Bush said no.', at: 'George', mention: m('name', 'George W. Bush', 'George W. Bush', null, null)},
      {lang: 'fr', sentence: 'Yannick Le Goff a témoigné.', at: 'Yannick', mention: m('name', 'Yannick Le Goff', 'Yannick Le Goff', null, null)},
      {lang: 'fr', sentence: 'Marine Le Pen a témoigné.', at: 'Marine', mention: m('name', 'Marine Le Pen', 'Marine Le Pen', null, null)},
      {lang: 'en', sentence: 'Robert De Niro said no.', at: 'Robert', mention: m('name', 'Robert De Niro', 'Robert De Niro', null, null)},
      {lang: 'en', sentence: 'Robert "Bobby" Caldera said no.', at: 'Robert', mention: m('name', 'Robert "Bobby" Caldera', 'Robert "Bobby" Caldera', null, null)},
      {lang: 'en', sentence: 'Brandt & Vogel said no.', at: 'Brandt', mention: m('name', 'Brandt & Vogel', 'Brandt & Vogel', null, null)},
      {lang: 'en', sentence: 'Brandt & Vogel Cocoa NV said no.', at: 'Brandt', mention: m('name', 'Brandt & Vogel Cocoa NV', 'Brandt & Vogel Cocoa NV', null, null)},
      {lang: 'fr', sentence: 'Rochat Composants SA a réagi.', at: 'Rochat', mention: m('name', 'Rochat Composants SA', 'Rochat Composants SA', null, null)},
      {lang: 'de', sentence: 'Hagedorn AG teilte mit, das sei falsch.', at: 'Hagedorn', mention: m('name', 'Hagedorn AG', 'Hagedorn AG', null, null)},
      {lang: 'de', sentence: 'Gerd-Jürgen Bruckschen sagte das.', at: 'Gerd-Jürgen', mention: m('name', 'Gerd-Jürgen Bruckschen', 'Gerd-Jürgen Bruckschen', null, null)},
      {lang: 'fr', sentence: 'Sébastien Martin a témoigné.', at: 'Sébastien', mention: m('name', 'Sébastien Martin', 'Sébastien Martin', null, null)},
      {lang: 'fr', sentence: 'Bastien Martin a témoigné.', at: 'Bastien', mention: m('name', 'Bastien Martin', 'Bastien Martin', null, null)},
      // Where nouns are lower case a capitalised first name is no role by its ending alone.
      {lang: 'fr', sentence: 'Fabrice Martin a témoigné.', at: 'Fabrice', mention: m('name', 'Fabrice Martin', 'Fabrice Martin', null, null)},
      {lang: 'fr', sentence: 'Julien Martin a témoigné.', at: 'Julien', mention: m('name', 'Julien Martin', 'Julien Martin', null, null)},
      {lang: 'fr', sentence: 'Christian Martin a témoigné.', at: 'Christian', mention: m('name', 'Christian Martin', 'Christian Martin', null, null)},
      // A possessive ends a name: someone from Duluth.
      {lang: 'en', sentence: "Duluth's Josphat Mwangi-Ruel said no.", at: "Duluth's", mention: m('name', "Duluth's", "Duluth's", null, null)},
      {lang: 'en', sentence: "Duluth's Josphat Mwangi-Ruel said no.", at: 'Josphat', mention: m('name', 'Josphat Mwangi-Ruel', 'Josphat Mwangi-Ruel', null, null)},
      // Never a common noun after the particles; never a noun with a common noun's ending after a name.
      {lang: 'de', sentence: 'Lea Brunnhuber von der Anwohner*inneninitiative sagte das.', at: 'Lea', mention: m('name', 'Lea Brunnhuber', 'Lea Brunnhuber', null, null)},
      {lang: 'de', sentence: 'Putin Reportern sagte das.', at: 'Putin', mention: m('name', 'Putin', 'Putin', null, null)},
      // Where nouns are lower case a word in -en is a name.
      {lang: 'en', sentence: 'Verkammen said no.', at: 'Verkammen', mention: m('name', 'Verkammen', 'Verkammen', null, null)},
      // Titles.
      {lang: 'de', sentence: 'Herr Putin sagte das.', at: 'Herr', mention: m('name', 'Herr Putin', 'Putin', null, null)},
      {lang: 'fr', sentence: 'Mme Thill a témoigné.', at: 'Mme', mention: m('name', 'Mme Thill', 'Thill', null, null)},
      {lang: 'en', sentence: 'Dr. Anne Roy said no.', at: 'Dr.', mention: m('name', 'Dr. Anne Roy', 'Anne Roy', null, null)},
      {lang: 'en', sentence: 'State Sen. Marisol Quintero-Haynes said no.', at: 'State', mention: m('name', 'State Sen. Marisol Quintero-Haynes', 'Marisol Quintero-Haynes', null, null)},
      {lang: 'en', sentence: '“No,” said U.S. Rep. Anna Berg.', at: 'Rep.', mention: m('name', 'Rep. Anna Berg', 'Anna Berg', null, null)},
      {lang: 'en', sentence: 'Conservative MS Rhodri Pennant-Hughes said no.', at: 'Conservative', mention: m('name', 'Conservative MS Rhodri Pennant-Hughes', 'Rhodri Pennant-Hughes', 'MS', 'Conservative MS')},
      {lang: 'fr', sentence: "Selon la Dr Anne Roy, c'est grave.", at: 'la Dr', mention: m('name', 'la Dr Anne Roy', 'Anne Roy', null, null)},
      {lang: 'fr', sentence: "Selon le P. Jean-Baptiste Cressac, c'est grave.", at: 'le P.', mention: m('name', 'le P. Jean-Baptiste Cressac', 'Jean-Baptiste Cressac', null, null)},
    ]
  ],
  [
    'roles before names and appositions',
    [
      // A role before the name.
      {lang: 'de', sentence: 'Justizsprecher Joachim Banke sagte, das sei falsch.', at: 'Justizsprecher', mention: m('name', 'Justizsprecher Joachim Banke', 'Joachim Banke', 'Justizsprecher', 'Justizsprecher')},
      {lang: 'en', sentence: 'Minister Anna Berg said no.', at: 'Minister', mention: m('name', 'Minister Anna Berg', 'Anna Berg', 'Minister', 'Minister')},
      {lang: 'en', sentence: 'Chief Anna Berg said no.', at: 'Chief', mention: m('name', 'Chief Anna Berg', 'Anna Berg', 'Chief', 'Chief')},
      {lang: 'en', sentence: 'Infrastructure Minister Femke Rietveld said no.', at: 'Infrastructure', mention: m('name', 'Infrastructure Minister Femke Rietveld', 'Femke Rietveld', 'Minister', 'Infrastructure Minister')},
      {lang: 'en', sentence: 'Chief Executive Officer Ingrid Maas said no.', at: 'Chief', mention: m('name', 'Chief Executive Officer Ingrid Maas', 'Ingrid Maas', 'Officer', 'Chief Executive Officer')},
      {lang: 'en', sentence: '“No,” said prosecutor Catherine Doyle.', at: 'prosecutor', mention: m('name', 'prosecutor Catherine Doyle', 'Catherine Doyle', 'prosecutor', 'prosecutor')},
      {lang: 'en', sentence: '“No,” said harbour master Ingrid Smeets.', at: 'harbour', mention: m('name', 'harbour master Ingrid Smeets', 'Ingrid Smeets', 'master', 'harbour master')},
      {lang: 'en', sentence: '“No,” said the judge Rebecca Hollis.', at: 'the judge', mention: m('name', 'the judge Rebecca Hollis', 'Rebecca Hollis', 'judge', 'judge')},
      {lang: 'de', sentence: 'Der nordkoreanische Staatschef Kim Jong-un sagte das.', at: 'Der', mention: m('name', 'Der nordkoreanische Staatschef Kim Jong-un', 'Kim Jong-un', 'Staatschef', 'nordkoreanischer Staatschef')},
      {lang: 'de', sentence: 'Der Vorsitzende Richter Klaus Tolksdorf sagte das.', at: 'Der', mention: m('name', 'Der Vorsitzende Richter Klaus Tolksdorf', 'Klaus Tolksdorf', 'Richter', 'Richter')},
      {lang: 'de', sentence: 'Die Pendlerin Sandra Oelschlägel sagte das.', at: 'Die', mention: m('name', 'Die Pendlerin Sandra Oelschlägel', 'Sandra Oelschlägel', 'Pendlerin', 'Pendlerin')},
      {lang: 'de', sentence: 'Der Schäfer Anton Huber sagte das.', at: 'Der', mention: m('name', 'Der Schäfer Anton Huber', 'Anton Huber', 'Schäfer', 'Schäfer')},
      {lang: 'de', sentence: 'Der Polizist Anton Huber sagte das.', at: 'Der', mention: m('name', 'Der Polizist Anton Huber', 'Anton Huber', 'Polizist', 'Polizist')},
      {lang: 'de', sentence: 'Die Biologin Anna Berg sagte das.', at: 'Die', mention: m('name', 'Die Biologin Anna Berg', 'Anna Berg', 'Biologin', 'Biologin')},
      {lang: 'fr', sentence: 'Le Français Théo Marchal a devancé le Danois Mikkel Vestergaard.', at: 'Le', mention: m('name', 'Le Français Théo Marchal', 'Théo Marchal', 'Français', 'Français')},
      {lang: 'fr', sentence: 'Le Français Théo Marchal a devancé le Danois Mikkel Vestergaard.', at: 'le Danois', mention: m('name', 'le Danois Mikkel Vestergaard', 'Mikkel Vestergaard', 'Danois', 'Danois')},
      {lang: 'fr', sentence: 'La maire (DVG) Hélène Vasseur a réagi.', at: 'La', mention: m('name', 'La maire (DVG) Hélène Vasseur', 'Hélène Vasseur', 'maire', 'maire')},
      // The noun before the full name is the role: the last word before it.
      {lang: 'fr', sentence: "Selon l'écologue marine Soazig Kerbrat-Ollivier, c'est grave.", at: "l'écologue", mention: m('name', "l'écologue marine Soazig Kerbrat-Ollivier", 'Soazig Kerbrat-Ollivier', 'marine', 'marine')},
      // The role owned by a country's or a body's name in the genitive; one level only.
      {lang: 'de', sentence: 'Thüringens Verkehrsminister Jörg Wendelin sagte das.', at: 'Thüringens', mention: m('name', 'Thüringens Verkehrsminister Jörg Wendelin', 'Jörg Wendelin', 'Verkehrsminister', 'Thüringens Verkehrsminister')},
      {lang: 'de', sentence: 'Wickis Mutter, Agnes Wicki, sagte das.', at: 'Wickis', mention: m('name', 'Wickis Mutter, Agnes Wicki', 'Agnes Wicki', 'Mutter', 'Wickis Mutter')},
      // One level only: a run of genitives is no chain to follow.
      {lang: 'de', sentence: 'Bundesministers Bundesministers Bundesministers sagte das.', at: 'Bundesministers', mention: m('name', 'Bundesministers Bundesministers Bundesministers', 'Bundesministers', 'Bundesministers', 'Bundesministers Bundesministers')},
      {lang: 'de', sentence: 'Wickis neuer Trainer sagte das.', at: 'Wickis', mention: m('description', 'Wickis neuer Trainer', null, 'Trainer', 'Trainer')},
      {lang: 'de', sentence: 'Ihr verkehrspolitischer Sprecher Frank Oettinghaus sagte das.', at: 'Ihr', mention: m('name', 'Ihr verkehrspolitischer Sprecher Frank Oettinghaus', 'Frank Oettinghaus', 'Sprecher', 'verkehrspolitischer Sprecher')},
      // A body or place before a lower-case role and the name, or before its kind of body and the body's name.
      {lang: 'en', sentence: 'Ludlow Town Council clerk Sarah Benbow said no.', at: 'Ludlow', mention: m('name', 'Ludlow Town Council clerk Sarah Benbow', 'Sarah Benbow', 'clerk', 'Ludlow Town Council clerk')},
      {lang: 'en', sentence: 'Crown prosecutor Mitchell Oyelaran said no.', at: 'Crown', mention: m('name', 'Crown prosecutor Mitchell Oyelaran', 'Mitchell Oyelaran', 'prosecutor', 'Crown prosecutor')},
      {lang: 'en', sentence: 'Shire of Corrabup president Neville Stribling said no.', at: 'Shire', mention: m('name', 'Shire of Corrabup president Neville Stribling', 'Neville Stribling', 'president', 'Shire of Corrabup president')},
      {lang: 'en', sentence: 'Consultant pathologist Dr Ruairí Hession said no.', at: 'Consultant', mention: m('name', 'Consultant pathologist Dr Ruairí Hession', 'Ruairí Hession', 'pathologist', 'Consultant pathologist')},
      {lang: 'en', sentence: 'The contract went to the Great Falls engineering firm Kestrel Structural.', at: 'Great', mention: m('name', 'Great Falls engineering firm Kestrel Structural', 'Kestrel Structural', null, null)},
      // Read from its article the phrase names nobody: the reading starts at the capitalised word.
      {lang: 'en', sentence: 'The contract went to the Great Falls engineering firm Kestrel Structural.', at: 'the Great', mention: null},
      // Appositions: after a comma or in brackets.
      {lang: 'de', sentence: 'Koh Yu-hwan, emeritierter Professor für Politik, sagte das.', at: 'Koh', mention: m('name', 'Koh Yu-hwan', 'Koh Yu-hwan', null, 'emeritierter Professor für Politik')},
      {lang: 'de', sentence: 'Martin Behrsing, Sprecher des Forums kommentierte das.', at: 'Martin', mention: m('name', 'Martin Behrsing', 'Martin Behrsing', null, 'Sprecher des Forums')},
      {lang: 'en', sentence: 'Anna Berg, a retired teacher, said no.', at: 'Anna', mention: m('name', 'Anna Berg', 'Anna Berg', null, 'retired teacher')},
      {lang: 'de', sentence: 'Anna Berg, ein Repräsentant aus Minnesota, sagte das.', at: 'Anna', mention: m('name', 'Anna Berg', 'Anna Berg', null, 'Repräsentant aus Minnesota')},
      {lang: 'de', sentence: 'Der Präsident, der in Berlin begrüßt wurde, sagte das.', at: 'Der', mention: m('description', 'Der Präsident', null, 'Präsident', 'Präsident')},
      {lang: 'de', sentence: 'Kristina Schröder (CDU) sagte das.', at: 'Kristina', mention: m('name', 'Kristina Schröder', 'Kristina Schröder', null, null)},
      {lang: 'fr', sentence: 'Thierry Castagnet (divers droite) a réagi.', at: 'Thierry', mention: m('name', 'Thierry Castagnet', 'Thierry Castagnet', null, null)},
      // The name set off by commas after a role.
      {lang: 'en', sentence: 'The judge, Rebecca Hollis, told the court no.', at: 'The', mention: m('name', 'The judge, Rebecca Hollis', 'Rebecca Hollis', 'judge', 'judge')},
      {lang: 'en', sentence: 'His barrister, Oliver Grant, said no.', at: 'His', mention: m('name', 'His barrister, Oliver Grant', 'Oliver Grant', 'barrister', 'barrister')},
      {lang: 'fr', sentence: 'Le procureur, Vincent Morel, a rappelé les faits.', at: 'Le', mention: m('name', 'Le procureur, Vincent Morel', 'Vincent Morel', 'procureur', 'procureur')},
      {lang: 'fr', sentence: "L'avocat, Me Arnaud Keller, a réagi.", at: "L'avocat", mention: m('name', "L'avocat, Me Arnaud Keller", 'Arnaud Keller', 'avocat', 'avocat')},
      {lang: 'fr', sentence: "L'auteur, le scénariste belge Paul Demeyer, a réagi.", at: "L'auteur", mention: m('name', "L'auteur, le scénariste belge Paul Demeyer", 'Paul Demeyer', 'auteur', 'auteur')},
      {lang: 'de', sentence: 'Der deutsche Regierungssprecher, Steffen Seibert, sagte das.', at: 'Der', mention: m('name', 'Der deutsche Regierungssprecher, Steffen Seibert', 'Steffen Seibert', 'Regierungssprecher', 'Regierungssprecher')},
      {lang: 'de', sentence: 'Der Kommandeur, General George Casey heute, sagte das.', at: 'Der', mention: m('name', 'Der Kommandeur, General George Casey', 'George Casey', 'Kommandeur', 'Kommandeur')},
      {lang: 'en', sentence: 'The mayor, Jean Dupont (PS), said no.', at: 'The', mention: m('name', 'The mayor, Jean Dupont (PS)', 'Jean Dupont', 'mayor', 'mayor')},
      {lang: 'en', sentence: 'The town’s mayor, Jean-Luc Ferrand, said no.', at: 'The', mention: m('name', 'The town’s mayor, Jean-Luc Ferrand', 'Jean-Luc Ferrand', 'mayor', 'town’s mayor')},
      {lang: 'en', sentence: 'The firm and its CEO, Ingrid Maas, said no.', at: 'its', mention: m('name', 'its CEO, Ingrid Maas', 'Ingrid Maas', 'CEO', 'CEO')},
      {lang: 'fr', sentence: 'Le groupe et son PDG, Bertrand Lemarquis, ont réagi.', at: 'son', mention: m('name', 'son PDG, Bertrand Lemarquis', 'Bertrand Lemarquis', 'PDG', 'PDG')},
      {lang: 'fr', sentence: 'Avec une vingtaine de bénévoles, Régis Bouscarat, organise la fête.', at: 'une', mention: m('name', 'une vingtaine de bénévoles, Régis Bouscarat', 'Régis Bouscarat', 'vingtaine', null)},
      {lang: 'de', sentence: 'Der Vorsitzende des Verbands in Deutschland, Michael Knipper, sagte das.', at: 'Der', mention: m('name', 'Der Vorsitzende des Verbands in Deutschland, Michael Knipper', 'Michael Knipper', 'Vorsitzende', 'Vorsitzende des Verbands in Deutschland')},
      {lang: 'de', sentence: 'Der Bürgermeister von Ebersgrund, Holger Wiesemann (parteilos), sagte das.', at: 'Der', mention: m('name', 'Der Bürgermeister von Ebersgrund, Holger Wiesemann (parteilos)', 'Holger Wiesemann', 'Bürgermeister', 'Bürgermeister von Ebersgrund')},
      {lang: 'de', sentence: 'Der Innenminister Frankreichs, Bruno Retailleau, sagte das.', at: 'Der', mention: m('name', 'Der Innenminister Frankreichs, Bruno Retailleau', 'Bruno Retailleau', 'Innenminister', 'Innenminister Frankreichs')},
      {lang: 'en', sentence: 'The judge, the judge, the judge, the judge said no.', at: 'The', mention: m('description', 'The judge', null, 'judge', 'judge')},
    ]
  ],
  [
    'descriptions where nouns are capitalised',
    [
      // After a determiner, where nouns are capitalised.
      {lang: 'de', sentence: 'Der Kremlchef sagte das.', at: 'Der', mention: m('description', 'Der Kremlchef', null, 'Kremlchef', 'Kremlchef')},
      {lang: 'de', sentence: 'Dieser Experte sagte das.', at: 'Dieser', mention: m('description', 'Dieser Experte', null, 'Experte', 'Experte')},
      {lang: 'de', sentence: 'Der russische Präsident sagte das.', at: 'Der', mention: m('description', 'Der russische Präsident', null, 'Präsident', 'russischer Präsident')},
      {lang: 'de', sentence: 'Ein Polizeisprecher sagte das.', at: 'Ein', mention: m('description', 'Ein Polizeisprecher', null, 'Polizeisprecher', 'Polizeisprecher')},
      {lang: 'de', sentence: 'Die Justizsprecherin sagte das.', at: 'Die', mention: m('description', 'Die Justizsprecherin', null, 'Justizsprecherin', 'Justizsprecherin')},
      {lang: 'de', sentence: 'Der auf der Konferenz in Berlin anwesende Außenminister sagte das.', at: 'Der', mention: m('description', 'Der auf der Konferenz in Berlin anwesende Außenminister', null, 'Außenminister', 'Außenminister')},
      {lang: 'de', sentence: 'Das Gesundheits- und Umweltdepartement sagte das.', at: 'Das', mention: m('description', 'Das Gesundheits- und Umweltdepartement', null, 'Gesundheits- und Umweltdepartement', null)},
      {lang: 'de', sentence: 'Der Oberkommandierende General sagte das.', at: 'Der', mention: m('description', 'Der Oberkommandierende General', null, 'General', 'General')},
      {lang: 'de', sentence: 'Das Wiener Rathaus sagte das.', at: 'Das', mention: m('description', 'Das Wiener Rathaus', null, 'Rathaus', null)},
      {lang: 'de', sentence: 'Der Münchner Polizeisprecher sagte das.', at: 'Der', mention: m('description', 'Der Münchner Polizeisprecher', null, 'Polizeisprecher', 'Polizeisprecher')},
      {lang: 'de', sentence: 'Der Deutsche Skiverband sagte das.', at: 'Der', mention: m('description', 'Der Deutsche Skiverband', null, 'Skiverband', null)},
      {lang: 'de', sentence: 'Die 23-Jährige aus Ruhpolding sagte das.', at: 'Die', mention: m('description', 'Die 23-Jährige', null, '23-Jährige', null)},
      {lang: 'de', sentence: 'Der mit großer Begeisterung aufgenommene neue Präsident sagte das.', at: 'Der', mention: m('description', 'Der mit großer Begeisterung aufgenommene neue Präsident', null, 'Präsident', 'Präsident')},
      {lang: 'de', sentence: 'Die Polizei veröffentlichte am Abend eine Mitteilung.', at: 'Die', mention: m('description', 'Die Polizei', null, 'Polizei', null)},
      // The noun is the head, not what follows it.
      {lang: 'de', sentence: 'Dennoch wies der Geschäftsführer alle Vorwürfe zurück.', at: 'der', mention: m('description', 'der Geschäftsführer', null, 'Geschäftsführer', 'Geschäftsführer')},
      {lang: 'de', sentence: 'Dennoch verteidigte der Präsident seine Position.', at: 'der', mention: m('description', 'der Präsident', null, 'Präsident', 'Präsident')},
      // The genitive after the noun.
      {lang: 'de', sentence: 'Der Sprecher des Weißen Hauses sagte das.', at: 'Der', mention: m('description', 'Der Sprecher des Weißen Hauses', null, 'Sprecher', 'Sprecher des Weißen Hauses')},
      {lang: 'de', sentence: 'Der Innenminister Frankreichs, der gestern kam, sagte das.', at: 'Der', mention: m('description', 'Der Innenminister Frankreichs', null, 'Innenminister', 'Innenminister Frankreichs')},
      // Without a comma after it, a name in -s after a role is read as the name.
      {lang: 'de', sentence: 'Der Innenminister Frankreichs sagte das.', at: 'Der', mention: m('name', 'Der Innenminister Frankreichs', 'Frankreichs', 'Innenminister', 'Innenminister')},
      {lang: 'de', sentence: 'Die Kritik der Anwältin wiegt schwer.', at: 'Die', mention: m('description', 'Die Kritik der Anwältin', null, 'Anwältin', null)},
      // A noun that never speaks is no mention, before any genitive: the one in the genitive speaks only after other nouns.
      {lang: 'de', sentence: 'Die Vorwürfe der Anwältin wiegen schwer.', at: 'Die', mention: null},
      {lang: 'de', sentence: '„Wir warten ab“, sagte die Wirtschaftsagentur Ecoplus, die den Bau plant.', at: 'die', mention: m('name', 'die Wirtschaftsagentur Ecoplus', 'Wirtschaftsagentur Ecoplus', 'Wirtschaftsagentur', null)},
      {lang: 'de', sentence: 'Ein Sprecher des Wasserstraßen- und Schifffahrtsamts Rhein sagte das.', at: 'Ein', mention: m('description', 'Ein Sprecher des Wasserstraßen- und Schifffahrtsamts Rhein', null, 'Sprecher', 'Sprecher des Wasserstraßen- und Schifffahrtsamts Rhein')},
      {lang: 'de', sentence: 'Der Präsident des Verwaltungsrats Ulrich Müller sagte das.', at: 'Der', mention: m('name', 'Der Präsident des Verwaltungsrats Ulrich Müller', 'Ulrich Müller', 'Präsident', 'Präsident des Verwaltungsrats')},
      {lang: 'de', sentence: 'Ein Sprecher des Deutschen Skiverbandes (DSV) sagte das.', at: 'Ein', mention: m('description', 'Ein Sprecher des Deutschen Skiverbandes', null, 'Sprecher', 'Sprecher des Deutschen Skiverbandes')},
      {lang: 'de', sentence: 'Der Fahrgastverband Pro Bahn sagte das.', at: 'Der', mention: m('name', 'Der Fahrgastverband Pro Bahn', 'Fahrgastverband Pro Bahn', 'Fahrgastverband', null)},
      // A noun that never speaks.
      {lang: 'de', sentence: 'Die Entscheidung fiel.', at: 'Die', mention: null},
      // Bodies and bare plurals.
      {lang: 'de', sentence: 'Die SPD sagte das.', at: 'Die', mention: m('description', 'Die SPD', null, 'SPD', null)},
      {lang: 'de', sentence: 'Der BGH urteilte anders.', at: 'Der', mention: m('description', 'Der BGH', null, 'BGH', null)},
      {lang: 'de', sentence: 'Das Amt sagte das.', at: 'Das', mention: m('description', 'Das Amt', null, 'Amt', null)},
      {lang: 'de', sentence: 'Das Innenministerium sagte das.', at: 'Das', mention: m('description', 'Das Innenministerium', null, 'Innenministerium', null)},
      {lang: 'de', sentence: 'Die Staatsanwaltschaft sagte das.', at: 'Die', mention: m('description', 'Die Staatsanwaltschaft', null, 'Staatsanwaltschaft', null)},
      {lang: 'de', sentence: 'Das Landesschulamt sagte das.', at: 'Das', mention: m('description', 'Das Landesschulamt', null, 'Landesschulamt', null)},
      {lang: 'de', sentence: 'Der Betriebsrat sagte das.', at: 'Der', mention: m('description', 'Der Betriebsrat', null, 'Betriebsrat', null)},
      {lang: 'de', sentence: 'Analysten sprachen von einem Crash.', at: 'Analysten', mention: m('description', 'Analysten', null, 'Analysten', 'Analysten')},
      {lang: 'de', sentence: 'Polizeisprecher sagten das.', at: 'Polizeisprecher', mention: m('description', 'Polizeisprecher', null, 'Polizeisprecher', 'Polizeisprecher')},
      {lang: 'de', sentence: 'Autoren sagten das.', at: 'Autoren', mention: m('description', 'Autoren', null, 'Autoren', 'Autoren')},
      {lang: 'de', sentence: 'Expertinnen sagten das.', at: 'Expertinnen', mention: m('description', 'Expertinnen', null, 'Expertinnen', 'Expertinnen')},
      {lang: 'de', sentence: 'Die Norwegerin sagte das.', at: 'Die', mention: m('description', 'Die Norwegerin', null, 'Norwegerin', null)},
      {lang: 'de', sentence: 'Eine Biathletin sagte das.', at: 'Eine', mention: m('description', 'Eine Biathletin', null, 'Biathletin', 'Biathletin')},
      {lang: 'de', sentence: '„Schön“, sagt der Schafhalter.', at: 'der', mention: m('description', 'der Schafhalter', null, 'Schafhalter', null)},
      {lang: 'de', sentence: 'Das Schreiben nennt das „falsch“.', at: 'Das', mention: m('description', 'Das Schreiben', null, 'Schreiben', null)},
    ]
  ],
  [
    'descriptions and bodies where nouns are lower case',
    [
      // Descriptions where nouns are lower case: roles, tails, adjectives after the noun.
      {lang: 'en', sentence: 'A spokeswoman for the association said no.', at: 'A', mention: m('description', 'A spokeswoman for the association', null, 'spokeswoman', 'spokeswoman for the association')},
      {lang: 'en', sentence: 'The deputy secretary said no.', at: 'The', mention: m('description', 'The deputy secretary', null, 'secretary', 'deputy secretary')},
      {lang: 'en', sentence: 'The spokeswoman said no.', at: 'The', mention: m('description', 'The spokeswoman', null, 'spokeswoman', 'spokeswoman')},
      {lang: 'en', sentence: '“No,” said the captain.', at: 'the captain', mention: m('description', 'the captain', null, 'captain', 'captain')},
      {lang: 'en', sentence: 'The chaplain said no.', at: 'The', mention: m('description', 'The chaplain', null, 'chaplain', null)},
      {lang: 'en', sentence: 'The Dutch minister said no.', at: 'The', mention: m('description', 'The Dutch minister', null, 'minister', 'Dutch minister')},
      {lang: 'en', sentence: 'Dutch union FNV said no.', at: 'Dutch', mention: m('name', 'Dutch union FNV', 'FNV', 'union', null)},
      {lang: 'en', sentence: 'A WA Cricket spokesperson said no.', at: 'A', mention: m('description', 'A WA Cricket spokesperson', null, 'spokesperson', 'WA Cricket spokesperson')},
      // A name that ends in a group noun is read as the body first.
      {lang: 'en', sentence: 'The Labour Party leader said no.', at: 'The', mention: m('name', 'The Labour Party', 'Labour Party', null, null)},
      {lang: 'en', sentence: 'The club’s chairman said no.', at: 'The', mention: m('description', 'The club’s chairman', null, 'chairman', 'club’s chairman')},
      {lang: 'en', sentence: 'The organizers said no.', at: 'The', mention: m('description', 'The organizers', null, 'organizers', 'organizers')},
      {lang: 'en', sentence: 'A cutter who has worked there said no.', at: 'A', mention: m('description', 'A cutter', null, 'cutter', null)},
      {lang: 'en', sentence: 'A professor of the Polish Academy of Sciences said no.', at: 'A', mention: m('description', 'A professor of the Polish Academy of Sciences', null, 'professor', 'professor of the Polish Academy of Sciences')},
      {lang: 'en', sentence: 'A spokeswoman for the Yorkshire Landlords’ Forum said no.', at: 'A', mention: m('description', 'A spokeswoman for the Yorkshire Landlords’ Forum', null, 'spokeswoman', 'spokeswoman for the Yorkshire Landlords’ Forum')},
      {lang: 'en', sentence: 'A spokesman for Brandt & Vogel said no.', at: 'A', mention: m('description', 'A spokesman for Brandt & Vogel', null, 'spokesman', 'spokesman for Brandt & Vogel')},
      {lang: 'en', sentence: 'The letter says no.', at: 'The', mention: m('description', 'The letter', null, 'letter', null)},
      {lang: 'en', sentence: 'It was a decision local farmers have described as unfair.', at: 'a decision', mention: null},
      {lang: 'en', sentence: 'The firm wrote to the Australian Securities Exchange that it would sell.', at: 'the Australian', mention: null},
      {lang: 'fr', sentence: 'Une habitante du cinquième a témoigné.', at: 'Une', mention: m('description', 'Une habitante du cinquième', null, 'habitante', 'habitante du cinquième')},
      {lang: 'fr', sentence: "L'autrice de 38 ans a témoigné.", at: "L'autrice", mention: m('description', "L'autrice de 38 ans", null, 'autrice', 'autrice de 38 ans')},
      {lang: 'fr', sentence: "l'autrice de 38 ans a témoigné.", at: "l'autrice", mention: m('description', "l'autrice de 38 ans", null, 'autrice', 'autrice de 38 ans')},
      {lang: 'fr', sentence: "Le chef de l'État a réagi.", at: 'Le', mention: m('description', "Le chef de l'État", null, 'chef', "chef de l'État")},
      {lang: 'fr', sentence: "Un élu d'opposition a témoigné.", at: 'Un', mention: m('description', "Un élu d'opposition", null, 'élu', "élu d'opposition")},
      {lang: 'fr', sentence: 'Un salarié d’Airbus a témoigné.', at: 'Un', mention: m('description', 'Un salarié d’Airbus', null, 'salarié', 'salarié d’Airbus')},
      {lang: 'fr', sentence: "L'ex-ministre a témoigné.", at: "L'ex-ministre", mention: m('description', "L'ex-ministre", null, 'ex-ministre', 'ex-ministre')},
      {lang: 'fr', sentence: 'Les riverains ont témoigné.', at: 'Les', mention: m('description', 'Les riverains', null, 'riverains', 'riverains')},
      {lang: 'fr', sentence: 'Son éditrice a réagi.', at: 'Son', mention: m('description', 'Son éditrice', null, 'éditrice', 'éditrice')},
      {lang: 'fr', sentence: 'Sa directrice générale a réagi.', at: 'Sa', mention: m('description', 'Sa directrice générale', null, 'directrice', 'directrice générale')},
      {lang: 'fr', sentence: 'Le ministre bruxellois de la Mobilité a réagi.', at: 'Le', mention: m('description', 'Le ministre bruxellois de la Mobilité', null, 'ministre', 'ministre bruxellois de la Mobilité')},
      {lang: 'fr', sentence: 'La ministre chargée de la Culture a réagi.', at: 'La', mention: m('description', 'La ministre chargée de la Culture', null, 'ministre', 'ministre chargée de la Culture')},
      {lang: 'fr', sentence: 'Un porte-parole de la compagnie Aéralp a réagi.', at: 'Un', mention: m('description', 'Un porte-parole de la compagnie Aéralp', null, 'porte-parole', 'porte-parole de la compagnie Aéralp')},
      {lang: 'fr', sentence: 'La procureure aux poursuites criminelles et pénales a réagi.', at: 'La', mention: m('description', 'La procureure aux poursuites criminelles et pénales', null, 'procureure', 'procureure aux poursuites criminelles et pénales')},
      {lang: 'fr', sentence: "L'adjoint au maire a réagi.", at: "L'adjoint", mention: m('description', "L'adjoint au maire", null, 'adjoint', 'adjoint au maire')},
      {lang: 'fr', sentence: '« Non », a dit le maire au Parisien.', at: 'le maire', mention: m('description', 'le maire', null, 'maire', 'maire')},
      {lang: 'fr', sentence: '« Non », a dit le ministre aux journalistes.', at: 'le ministre', mention: m('description', 'le ministre', null, 'ministre', 'ministre')},
      {lang: 'fr', sentence: 'Le chef de cabinet de M. Lacombe a réagi.', at: 'Le', mention: m('description', 'Le chef de cabinet de M. Lacombe', null, 'chef', 'chef de cabinet de M. Lacombe')},
      {lang: 'fr', sentence: '« Non », a dit le président de la République dans le hall.', at: 'le président', mention: m('description', 'le président de la République', null, 'président', 'président de la République')},
      {lang: 'fr', sentence: "Le ministre de l'Économie et des Finances a réagi.", at: 'Le', mention: m('description', "Le ministre de l'Économie et des Finances", null, 'ministre', "ministre de l'Économie et des Finances")},
      {lang: 'fr', sentence: 'Le maire de Lille et son adjoint ont réagi.', at: 'Le', mention: m('description', 'Le maire de Lille', null, 'maire', 'maire de Lille')},
      // Past the party in brackets; the tail runs on over the name.
      {lang: 'fr', sentence: 'Le député (La France insoumise, LFI) de Seine-Saint-Denis Yanis Ferrat a réagi.', at: 'Le', mention: m('description', 'Le député (La France insoumise, LFI) de Seine-Saint-Denis Yanis Ferrat', null, 'député', 'député de Seine-Saint-Denis Yanis Ferrat')},
      {lang: 'fr', sentence: "L'entreprise familiale a réagi.", at: "L'entreprise", mention: m('description', "L'entreprise familiale", null, 'entreprise', null)},
      {lang: 'fr', sentence: "L'ancien ministre a réagi.", at: "L'ancien", mention: m('description', "L'ancien ministre", null, 'ministre', 'ministre')},
      {lang: 'fr', sentence: 'Le professionnel se montre pessimiste.', at: 'Le', mention: m('description', 'Le professionnel', null, 'professionnel', 'professionnel')},
      {lang: 'fr', sentence: '« Bravo », a salué le Danois.', at: 'le Danois', mention: m('description', 'le Danois', null, 'Danois', null)},
      {lang: 'fr', sentence: "« Non », a expliqué l'Allemand.", at: "l'Allemand", mention: m('description', "l'Allemand", null, 'Allemand', null)},
      // Bodies' names where nouns are lower case.
      {lang: 'en', sentence: 'A spokesperson for the Institute for Nature Conservation and Forests said no.', at: 'the Institute', mention: m('name', 'the Institute for Nature Conservation and Forests', 'Institute for Nature Conservation and Forests', null, null)},
      {lang: 'en', sentence: 'The Department for Culture, Media and Sport (DCMS) said no.', at: 'The', mention: m('name', 'The Department for Culture, Media and Sport (DCMS)', 'Department for Culture, Media and Sport', null, null)},
      {lang: 'en', sentence: 'The Department of Agriculture, Food and the Marine said no.', at: 'The', mention: m('name', 'The Department of Agriculture, Food and the Marine', 'Department of Agriculture, Food and the Marine', null, null)},
      {lang: 'en', sentence: 'The Southeast Digital Infrastructure Alliance said no.', at: 'The', mention: m('name', 'The Southeast Digital Infrastructure Alliance', 'Southeast Digital Infrastructure Alliance', null, null)},
      {lang: 'en', sentence: 'The Maryland-National Capital Park and Planning Commission said no.', at: 'The', mention: m('name', 'The Maryland-National Capital Park and Planning Commission', 'Maryland-National Capital Park and Planning Commission', null, null)},
      {lang: 'en', sentence: 'A spokesperson for the FNV said no.', at: 'the FNV', mention: m('name', 'the FNV', 'FNV', null, null)},
      {lang: 'fr', sentence: 'La Fédération française du bâtiment de la Gironde a réagi.', at: 'La', mention: m('name', 'La Fédération française du bâtiment de la Gironde', 'Fédération française du bâtiment de la Gironde', null, null)},
      {lang: 'fr', sentence: "« Non », a indiqué l'Agence régionale de santé.", at: "l'Agence", mention: m('name', "l'Agence régionale de santé", 'Agence régionale de santé', null, null)},
      {lang: 'fr', sentence: "L'Agence régionale de santé a réagi.", at: "L'Agence", mention: m('name', "L'Agence régionale de santé", 'Agence régionale de santé', null, null)},
      {lang: 'fr', sentence: "L'entreprise a réagi.", at: "L'entreprise", mention: m('description', "L'entreprise", null, 'entreprise', null)},
      {lang: 'fr', sentence: '« Non », a indiqué un porte-parole à la BSPP.', at: 'la BSPP', mention: m('name', 'la BSPP', 'BSPP', null, null)},
      {lang: 'fr', sentence: "la Région Nouvelle-Aquitaine s'est dite prête.", at: 'la', mention: m('name', 'la Région Nouvelle-Aquitaine', 'Région Nouvelle-Aquitaine', null, null)},
      {lang: 'fr', sentence: "La Région Nouvelle-Aquitaine n'a pas réagi.", at: 'La', mention: m('name', 'La Région Nouvelle-Aquitaine', 'Région Nouvelle-Aquitaine', null, null)},
      {lang: 'fr', sentence: "Le Ministère de l'Économie a réagi.", at: 'Le', mention: m('name', "Le Ministère de l'Économie", "Ministère de l'Économie", null, null)},
      {lang: 'fr', sentence: "Le Conseil départemental d'Armor a réagi.", at: 'Le', mention: m('name', "Le Conseil départemental d'Armor", "Conseil départemental d'Armor", null, null)},
      {lang: 'fr', sentence: "« Non », a indiqué l'Ifremer.", at: "l'Ifremer", mention: m('name', "l'Ifremer", 'Ifremer', null, null)},
      {lang: 'fr', sentence: "L'Insee a publié les chiffres.", at: "L'Insee", mention: m('name', "L'Insee", 'Insee', null, null)},
      {lang: 'fr', sentence: "L'Union bruxelloise des indépendants (UBI) a réagi.", at: "L'Union", mention: m('name', "L'Union bruxelloise des indépendants (UBI)", 'Union bruxelloise des indépendants', null, null)},
      {lang: 'fr', sentence: 'Le SNUipp-FSU, principal syndicat des enseignants, dénonce la réforme.', at: 'Le', mention: m('name', 'Le SNUipp-FSU', 'SNUipp-FSU', null, 'principal syndicat des enseignants')},
      {lang: 'fr', sentence: "Selon la Drac Occitanie, c'est grave.", at: 'la Drac', mention: m('name', 'la Drac Occitanie', 'Drac Occitanie', null, null)},
      {lang: 'fr', sentence: '« Non », indique la Drac.', at: 'la', mention: m('name', 'la Drac', 'Drac', null, null)},
      {lang: 'fr', sentence: "La Drac Occitanie a indiqué que c'était non.", at: 'La', mention: m('name', 'La Drac Occitanie', 'Drac Occitanie', null, null)},
      // Not one word before its verb: a lower-case word right after the name ends the reading.
      {lang: 'fr', sentence: "La Drac a indiqué que c'était non.", at: 'La', mention: null},
    ]
  ]
]

describe.each(tables)('readMention: %s', (_title, rows) => {
  it.each(rows)('$lang: $at in $sentence', ({lang, sentence, at, mention}) => {
    expect(shown(mentionAt(sentence, lang, at))).toEqual(mention)
  })
})

describe('readMention: gender', () => {
  it.each([
    // By the ending of a German role; where nouns are capitalised, masculine only after a masculine determiner.
    {lang: 'de', sentence: 'Die Justizsprecherin sagte das.', at: 'Die', gender: 'f'},
    {lang: 'de', sentence: 'Die Ministerin sagte das.', at: 'Die', gender: 'f'},
    {lang: 'de', sentence: 'Der Minister sagte das.', at: 'Der', gender: 'm'},
    {lang: 'de', sentence: 'Ein Minister sagte das.', at: 'Ein', gender: 'm'},
    {lang: 'de', sentence: 'Sein Minister sagte das.', at: 'Sein', gender: 'm'},
    {lang: 'de', sentence: 'Die Minister sagten das.', at: 'Die', gender: null},
    {lang: 'de', sentence: 'Ihre Minister sagten das.', at: 'Ihre', gender: null},
    {lang: 'de', sentence: 'Das Ministerium sagte das.', at: 'Das', gender: null},
    // By the determiner and the ending of a French role: "la", "son … -rice".
    {lang: 'fr', sentence: 'La maire (DVG) Hélène Vasseur a réagi.', at: 'La', gender: 'f'},
    {lang: 'fr', sentence: 'Son éditrice a réagi.', at: 'Son', gender: 'f'},
    // By the ending of an English one; an English role in -in is no feminine ("Captain", "Chaplain").
    {lang: 'en', sentence: 'The spokeswoman said no.', at: 'The', gender: 'f'},
    {lang: 'en', sentence: '“No,” said the captain.', at: 'the captain', gender: null},
    {lang: 'en', sentence: 'The chaplain said no.', at: 'The', gender: null},
    // The gender of a noun that is no role is not the name's.
    {lang: 'fr', sentence: 'Avec une vingtaine de bénévoles, Régis Bouscarat, organise la fête.', at: 'une', gender: null},
    // A title's.
    {lang: 'de', sentence: 'Herr Putin sagte das.', at: 'Herr', gender: 'm'},
    {lang: 'fr', sentence: 'Mme Thill a témoigné.', at: 'Mme', gender: 'f'}
  ] as const)('$lang: $at in $sentence', ({lang, sentence, at, gender}) => {
    expect(mentionAt(sentence, lang, at)?.gender).toBe(gender)
  })
})

describe('the fields of a mention', () => {
  it('reads a role with its tail and the body after its preposition (en, fr)', () => {
    expect(mentionAt('A spokeswoman for the association said no.', 'en', 'A')).toMatchObject({tail: 'for the association', body: 'the association', indefinite: true})
    expect(mentionAt('Une habitante du cinquième a témoigné.', 'fr', 'Une')).toMatchObject({tail: 'du cinquième', body: 'cinquième', indefinite: true})
    expect(mentionAt("Un élu d'opposition a témoigné.", 'fr', 'Un')).toMatchObject({tail: "d'opposition", body: 'opposition'})
  })

  it('marks someone not met before, named by a country, a body\'s pronoun (de, fr, en)', () => {
    expect(mentionAt('Ein Polizeisprecher sagte das.', 'de', 'Ein')?.indefinite).toBe(true)
    expect(mentionAt('« Bravo », a salué le Danois.', 'fr', 'le Danois')?.nationalityNoun).toBe(true)
    expect(mentionAt('« Non », a expliqué l\'Allemand.', 'fr', "l'Allemand")).toMatchObject({nationalityNoun: true, gender: 'm'})
    expect(mentionAt('“We regret the decision,” it said in a statement.', 'en', 'it')?.neuter).toBe(true)
  })

  it('marks a document no author is named with (en, de)', () => {
    const documentOf = (sentence: string, lang: Language): boolean | undefined => buildDocument(sentence, {lang}).sentences[0].cues.find((c) => c.kind === 'verb')?.mention?.document
    expect(documentOf('The letter, signed by the mayor, says the plan is “dead”.', 'en')).toBe(true)
    expect(documentOf('Das Schreiben nennt die Lage „ernst“.', 'de')).toBe(true)
  })
})

describe('readName: where a name ends', () => {
  it.each([
    {lang: 'de', sentence: 'Ursula von der Leyen sagte das.', at: 'Ursula', name: 'Ursula von der Leyen'},
    // A possessive ends a name.
    {lang: 'en', sentence: "Duluth's Josphat Mwangi-Ruel said no.", at: "Duluth's", name: "Duluth's"},
    {lang: 'en', sentence: 'George W. Bush said no.', at: 'George', name: 'George W. Bush'},
    {lang: 'en', sentence: 'Brandt & Vogel Cocoa NV said no.', at: 'Brandt', name: 'Brandt & Vogel Cocoa NV'},
    {lang: 'fr', sentence: 'Yannick Le Goff a témoigné.', at: 'Yannick', name: 'Yannick Le Goff'},
    {lang: 'en', sentence: 'Robert "Bobby" Caldera said no.', at: 'Robert', name: 'Robert "Bobby" Caldera'},
    {lang: 'de', sentence: 'Lea Brunnhuber von der Anwohner*inneninitiative sagte das.', at: 'Lea', name: 'Lea Brunnhuber'},
    // A word in capitals is no article or preposition.
    {lang: 'fr', sentence: 'Rochat Composants SA a réagi.', at: 'Rochat', name: 'Rochat Composants SA'},
    // After a double first name any ending is a surname's.
    {lang: 'de', sentence: 'Gerd-Jürgen Bruckschen sagte das.', at: 'Gerd-Jürgen', name: 'Gerd-Jürgen Bruckschen'},
    // The side a sentence opens with is no name.
    {lang: 'fr', sentence: "Côté Entre-Deux-Mers, l'entraîneur a salué « un match solide ».", at: 'Côté', name: ''}
  ] as const)('$lang: $at in $sentence', ({lang, sentence, at, name}) => {
    const read = readSentence(sentence, lang)
    const from = tokenAt(read, at)
    const end = readName(read.tokens, from, read.lexicon)
    expect(end > from ? read.text.slice(read.tokens[from].start, read.tokens[end - 1].end) : '').toBe(name)
  })
})

const lexicon = {de: lexiconOf(speechLocales.de), en: lexiconOf(speechLocales.en), fr: lexiconOf(speechLocales.fr)}

describe('the word tests mentions are read with', () => {
  it.each([
    {lang: 'de', word: 'erweiterung', ending: true},
    {lang: 'de', word: 'reportern', ending: true},
    {lang: 'de', word: 'putin', ending: false}
  ] as const)('hasCommonNounEnding $lang $word: $ending', ({lang, word, ending}) => {
    expect(hasCommonNounEnding(word, lexicon[lang])).toBe(ending)
  })

  it.each([
    {lang: 'de', word: 'russische', ending: true},
    {lang: 'de', word: 'neuen', ending: true},
    {lang: 'de', word: 'präsident', ending: false}
  ] as const)('hasAdjectiveEnding $lang $word: $ending', ({lang, word, ending}) => {
    expect(hasAdjectiveEnding(word, lexicon[lang])).toBe(ending)
  })

  it.each([
    {lang: 'de', word: 'Frankreichs', ending: 's'},
    {lang: 'de', word: 'Bauernverbandes', ending: 'es'},
    {lang: 'de', word: 'Putin', ending: null}
  ] as const)('genitiveEndingOf $lang $word: $ending', ({lang, word, ending}) => {
    expect(genitiveEndingOf(word, lexicon[lang])).toBe(ending)
  })

  it.each([
    {lang: 'en', word: '54-year-old', age: true},
    {lang: 'de', word: '58-jährige', age: true},
    {lang: 'de', word: 'jährige', age: false}
  ] as const)('isAgeNoun $lang $word: $age', ({lang, word, age}) => {
    expect(isAgeNoun(word, lexicon[lang])).toBe(age)
  })

  it.each([
    {lang: 'en', word: "Duluth's", possessive: true},
    {lang: 'en', word: 'club’s', possessive: true},
    {lang: 'en', word: 'Duluth', possessive: false}
  ] as const)('isPossessive $lang $word: $possessive', ({lang, word, possessive}) => {
    expect(isPossessive(word, lexicon[lang])).toBe(possessive)
  })

  it('elision: the article written onto its noun, or "de" (fr)', () => {
    expect(elision("l'autrice", lexicon.fr)).toEqual(["l'", 'autrice'])
    expect(elision("d'opposition", lexicon.fr)).toEqual(["d'", 'opposition'])
    expect(elision('autrice', lexicon.fr)).toBeNull()
    expect(withoutElision("l'autrice de 38 ans", lexicon.fr)).toBe('autrice de 38 ans')
    expect(withoutElidedOf("d'opposition", lexicon.fr)).toBe('opposition')
  })

  it.each([
    // Capitalised where nouns are lower case: a role only by the list, never by its ending alone.
    {lang: 'en', word: 'minister', capitalised: true, head: 'minister'},
    {lang: 'en', word: 'chief', capitalised: true, head: 'chief'},
    {lang: 'fr', word: 'fabrice', capitalised: true, head: null},
    {lang: 'fr', word: 'julien', capitalised: true, head: null},
    {lang: 'fr', word: 'christian', capitalised: true, head: null},
    {lang: 'fr', word: 'fabrice', capitalised: false, head: 'fabrice'},
    // The last part of a compound, where nouns compound; elsewhere the whole word or the part after a hyphen.
    {lang: 'de', word: 'verkehrsminister', capitalised: false, head: 'minister'},
    {lang: 'de', word: 'polizeisprecherin', capitalised: false, head: 'sprecherin'},
    {lang: 'fr', word: 'ex-ministre', capitalised: false, head: 'ministre'},
    {lang: 'en', word: 'trump', capitalised: false, head: null},
    {lang: 'fr', word: 'espère', capitalised: false, head: null},
    // Plurals.
    {lang: 'de', word: 'autoren', capitalised: false, head: 'autor'},
    {lang: 'de', word: 'expertinnen', capitalised: false, head: 'expertin'},
    {lang: 'de', word: 'sprechern', capitalised: false, head: 'sprecher'},
    {lang: 'en', word: 'organizers', capitalised: false, head: 'organizer'},
    {lang: 'fr', word: 'riverains', capitalised: false, head: 'riverain'}
  ] as const)('roleHeadOf $lang $word (capitalised: $capitalised): $head', ({lang, word, capitalised, head}) => {
    expect(roleHeadOf(word, lexicon[lang], capitalised)).toBe(head)
  })

  it.each(['pendlerin', 'schäfer', 'polizist', 'biologin'])('hasPersonEnding de %s', (word) => {
    expect(hasPersonEnding(word, lexicon.de)).toBe(true)
  })

  it.each([
    {lang: 'de', word: 'der'},
    {lang: 'de', word: 'dem'},
    {lang: 'de', word: 'einen'},
    {lang: 'fr', word: 'la'},
    {lang: 'en', word: 'the'}
  ] as const)('isArticle $lang $word', ({lang, word}) => {
    expect(isArticle({kind: 'word', text: word, lower: word, start: 0, end: word.length, quote: -1, upper: false}, lexicon[lang])).toBe(true)
  })

  it.each([
    {word: 'SPD', acronym: true},
    {word: 'CCE', acronym: true},
    {word: 'BGH', acronym: true},
    {word: 'Spd', acronym: false}
  ])('isAcronym $word: $acronym', ({word, acronym}) => {
    expect(isAcronym(word)).toBe(acronym)
  })

  it.each([
    {word: 'amt', group: true},
    {word: 'innenministerium', group: true},
    {word: 'staatsanwaltschaft', group: true},
    // As the end of a compound.
    {word: 'landesschulamt', group: true},
    {word: 'betriebsrat', group: true},
    {word: 'präsident', group: false}
  ])('isGroupNoun de $word: $group', ({word, group}) => {
    expect(isGroupNoun(word, lexicon.de)).toBe(group)
  })
})

describe('isSpeakerLike: whether a mention can name a speaker', () => {
  it.each([
    {lang: 'de', sentence: 'Die Norwegerin sagte das.', at: 'Die', speaker: true},
    {lang: 'de', sentence: 'Eine Biathletin sagte das.', at: 'Eine', speaker: true},
    {lang: 'de', sentence: '„Schön“, sagt der Schafhalter.', at: 'der', speaker: true},
    {lang: 'de', sentence: 'Analysten sprachen von einem Crash.', at: 'Analysten', speaker: true},
    {lang: 'de', sentence: 'Die Kritik der Anwältin wiegt schwer.', at: 'Die', speaker: true},
    {lang: 'de', sentence: 'Die Entscheidung des Gerichts fiel gestern.', at: 'Die', speaker: false},
    {lang: 'en', sentence: 'A cutter who has worked there said no.', at: 'A', speaker: false}
  ] as const)('$lang: $at in $sentence', ({lang, sentence, at, speaker}) => {
    const mention = mentionAt(sentence, lang, at)
    expect(mention !== null && isSpeakerLike(mention, lexicon[lang])).toBe(speaker)
  })

  it('counts a description given a role by what surrounds it: "A cutter who …" (en)', () => {
    const mention = mentionAt('A cutter who has worked there said no.', 'en', 'A')
    expect(mention && isSpeakerLike({...mention, role: mention.head}, lexicon.en)).toBe(true)
  })
})

describe('the lexicon', () => {
  it('keeps the first words of phrases, legal forms, genitive tails, bodies\' names and cue words', () => {
    // "der" of "der Ansicht", "nach" of "nach Angaben".
    expect(lexicon.de.opinionStarts.has('der')).toBe(true)
    expect(lexicon.de.phraseStarts.has('nach')).toBe(true)
    expect(lexicon.de.legalForm?.test('Rochat Composants SA')).toBe(true)
    expect(lexicon.de.genitiveTail?.exec('Sprecher des Münchner Baureferats')?.[0]).toBe(' des Münchner Baureferats')
    expect(lexicon.en.bodyNameIn.exec('the Bank of England')?.[1]).toBe('Bank of England')
    expect(lexicon.de.cueWords.has('heißt')).toBe(true)
  })
})
