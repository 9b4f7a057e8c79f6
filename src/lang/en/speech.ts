/** English words for finding who said what. Words only; the rules live in src/speakers. */
import type {SpeechLocale} from '../types.js'

const verbs = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'explained', 'explains', 'noted', 'notes',
  'warned', 'warns', 'argued', 'argues', 'wrote', 'writes', 'asked', 'asks', 'claimed', 'claims', 'insisted', 'insists',
  'declared', 'declares', 'announced', 'announces', 'remarked', 'commented', 'replied', 'responded', 'continued',
  'stressed', 'emphasized', 'emphasised', 'acknowledged', 'admitted', 'conceded', 'confirmed', 'denied', 'described',
  'called', 'urged', 'predicted', 'recalled', 'suggested', 'observed', 'concluded', 'tweeted', 'posted', 'testified',
  'pleaded', 'insisted', 'cautioned', 'complained', 'boasted', 'conceded', 'countered', 'quipped', 'shouted', 'yelled',
  'whispered', 'added', 'agreed', 'disagreed', 'promised', 'pledged', 'vowed', 'admitted', 'revealed', 'reported',
  'answered', 'affirmed', 'asserted', 'contended', 'maintained', 'mused', 'noted', 'objected', 'protested', 'reiterated',
  'repeated', 'found', 'estimated', 'estimates', 'recommended', 'chanted', 'chant', 'chanting', 'screamed', 'sighed', 'speculated', 'summed', 'acknowledged', 'explaining', 'adding', 'saying', 'telling'
]

export const en: SpeechLocale = {
  speechVerbs: new Map(verbs.map((v) => [v, ['']])),
  sourceBefore: ['per'],
  sourcePhrases: ['according to', 'in the words of', 'in the view of'],
  sourceAfter: [],
  opinionPhrases: ['believes', 'thinks', 'is convinced', 'was convinced'],
  nominativePronouns: {he: 'm', she: 'f'},
  objectPronouns: {him: 'm', her: 'f', them: 'p'},
  datives: ['reporters', 'journalists'],
  fillers: ['but', 'and', 'yet', 'also', 'later', 'then', 'however', 'on', 'recently', 'again', 'further', 'previously', 'earlier', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night', 'tonight', 'last', 'week'],
  nominativeDeterminers: ['the', 'a', 'an', 'this', 'that', 'one'],
  demonstratives: ['this', 'that'],
  otherDeterminers: [],
  titles: ['mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sir', 'lady', 'lord', 'sen', 'rep', 'gov'],
  objectTitles: [],
  addresseeMarkers: ['to'],
  roleHeads: [
    'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'director', 'chairman', 'chairwoman',
    'chair', 'expert', 'professor', 'leader', 'secretary', 'senator', 'governor', 'mayor', 'lawyer', 'attorney', 'judge',
    'prosecutor', 'analyst', 'economist', 'researcher', 'scientist', 'author', 'journalist', 'coach', 'manager',
    'founder', 'ambassador', 'general', 'officer', 'official', 'chancellor', 'premier', 'king', 'queen', 'pope',
    'candidate', 'adviser', 'advisor', 'activist', 'investigator', 'diplomat', 'historian', 'doctor', 'witness',
    'resident', 'executive', 'ceo', 'head', 'representative', 'lawmaker', 'member', 'commissioner', 'councillor',
    'master', 'barrister', 'solicitor', 'negotiator', 'teacher', 'nurse', 'owner', 'worker', 'farmer', 'driver',
    'inspector', 'engineer', 'captain', 'commander', 'superintendent', 'constable', 'sergeant', 'detective', 'deputy',
    'mother', 'father', 'woman', 'man', 'student', 'pensioner', 'landlord', 'tenant', 'shopkeeper', 'campaigner',
    'organiser', 'organizer', 'volunteer', 'survivor', 'victim', 'defendant', 'plaintiff', 'juror', 'coroner',
    'physician', 'surgeon', 'vicar', 'bishop', 'rabbi', 'imam', 'priest', 'boss', 'partner', 'voter', 'co-author',
    'clerk', 'librarian', 'warden', 'ranger', 'trustee', 'mp', 'mep', 'msp', 'mla', 'ms',
    // People of everyday news: "a commuter", "the organizers".
    'herder', 'fisherman', 'swimmer', 'passenger', 'commuter', 'parent',
    // The arts: "the orchestra's principal cellist", "the conductor".
    'justice', 'magistrate', 'conductor', 'cellist', 'violinist', 'pianist', 'composer', 'musician', 'singer', 'actor', 'actress', 'artist',
    'curator', 'playwright', 'novelist', 'poet', 'dancer', 'choreographer', 'photographer',
    'neighbour', 'neighbor', 'customer', 'shopper', 'visitor', 'tourist', 'villager', 'protester', 'patient', 'pupil',
    'runner', 'cyclist', 'player',
    // Family and everyday descriptions: "the retired dinner lady", "her husband".
    'lady', 'grandmother', 'grandfather', 'grandparent', 'widow', 'widower'
  ],
  roleClasses: {
    leader: ['president', 'premier', 'chancellor', 'king', 'queen', 'leader', 'head'],
    expert: [
      'expert', 'professor', 'analyst', 'economist', 'researcher', 'scientist', 'historian',
      'psychologist', 'biologist', 'ecologist', 'geologist', 'virologist', 'epidemiologist', 'meteorologist', 'physicist', 'chemist'
    ],
    // A company's management speaks for it as its spokespeople do.
    spokesperson: ['spokesman', 'spokeswoman', 'spokesperson', 'management'],
    author: ['author', 'writer', 'novelist', 'poet', 'illustrator', 'cartoonist', 'co-author', 'winner', 'laureate'],
    lawyer: ['lawyer', 'barrister', 'solicitor', 'attorney', 'counsel'],
    // "Ontario Court Justice Carolyn Ashdown-Pryce" … "the judge said".
    judge: ['judge', 'justice', 'magistrate']
  },
  roleCountries: {kremlin: 'russ'},
  nationalityPattern: /^(\p{Lu}\p{Ll}+?)(ian|ese|ish|an|i|ch|ss)$/u,
  notSpeakers: ['year', 'years', 'day', 'week', 'month', 'country', 'report', 'statement', 'study'],
  groupNouns: [
    'government', 'police', 'ministry', 'agency', 'army', 'party', 'union', 'company', 'court', 'commission', 'prefecture',
    'council', 'department', 'office', 'authority', 'association', 'federation', 'forum', 'institute', 'university',
    'hospital', 'bank', 'board', 'committee', 'administration', 'embassy', 'regulator', 'watchdog', 'firm', 'group',
    'organisation', 'organization', 'coalition', 'campaign', 'charity', 'trust', 'foundation', 'secretariat', 'cabinet',
    'cooperative', 'co-op', 'service', 'directorate', 'inspectorate', 'alliance', 'network', 'society', 'league',
    'chamber', 'bureau', 'centre', 'center', 'management', 'branch', 'division', 'tribunal'
  ],
  functionWords: [
    'in', 'on', 'at', 'for', 'with', 'after', 'before', 'since', 'from', 'to', 'by', 'about', 'and', 'but', 'or', 'so',
    'because', 'although', 'while', 'when', 'if', 'that', 'this', 'it', 'we', 'i', 'you', 'they', 'there', 'here',
    'however', 'meanwhile', 'also', 'then', 'later', 'earlier', 'yesterday', 'today', 'tomorrow', 'according', 'as',
    'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'not', 'no', 'yes', 'during', 'under', 'over'
  ],
  prepositions: ['in', 'on', 'at', 'for', 'with', 'after', 'before', 'since', 'from', 'to', 'by', 'about', 'during', 'under', 'over', 'into', 'near', 'of', 'across', 'through', 'outside', 'inside', 'against', 'toward', 'towards'],
  indefinites: ['a', 'an', 'one'],
  abbreviations: ['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'gen', 'sen', 'rep', 'gov', 'u', 's', 'no'],
  quotingNouns: ['words', 'saying', 'statement', 'warning', 'promise', 'pledge', 'remark', 'remarks'],
  wordNouns: ['term', 'word', 'phrase', 'expression', 'label'],
  definiteArticles: ['the'],
  documentPointers: ['it', 'therein'],
  documentVerbs: ['reads', 'read', 'states', 'stated'],
  relativePronouns: ['who', 'which', 'that', 'whose'],
  auxiliaries: ['has', 'had', 'have', 'was', 'is', 'were', 'are', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do', 'been', 'be'],
  lowercaseNouns: true,
  objectVerbs: ['told', 'tells', 'tell', 'telling', 'assured', 'assures', 'informed', 'informs', 'reminded', 'reminds', 'urged', 'urges', 'asked', 'asks'],
  clitics: [],
  possessives: ['his', 'her', 'their', 'its', 'our', 'my', 'your'],
  roleTails: ['of', 'for', 'at', 'from', 'with', 'in'],
  inversion: null,
  numberWord: /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens|hundreds|thousands)(?:-[a-z]+)?$/u,
  nounEnding: /\p{Ll}{3,}(?:ion|ment|ness|ity|ance|ence|ship)$/u,
  personNoun: /^\p{Ll}{3,}(?:ist|ian|ator|itor|ographer|ologist)$/u,
  gerund: /^\p{Ll}{3,}ing$/u,
  impersonalVerbs: [],
  namingWords: ['called', 'named', 'titled', 'entitled', 'dubbed', 'so-called', 'slogan', 'motto', 'term', 'word', 'reading', 'read', 'document', 'report', 'book', 'album', 'film', 'song', 'show', 'series'],
  impersonalStatements: [],
  ageAdjectives: ['young', 'old', 'elderly'],
  ordinals: ['second', 'third', 'fourth', 'fifth', 'another', 'other'],
  neuterPronouns: ['it'],
  personRelatives: ['who'],
  statementSources: [],
  sides: [],
  fusedArticles: {},
  anonymousSources: [],
  documentNouns: ['report', 'letter', 'statement', 'memo', 'memorandum', 'study', 'review', 'audit', 'filing', 'message', 'email', 'note', 'document', 'ruling', 'judgment', 'paper', 'analysis', 'survey'],
  authorMarkers: ['by', 'from'],
  companyNouns: ['company', 'firm', 'business', 'group'],
  personPrepositions: ['with', 'for', 'against', 'by'],
  authorVerbs: ['released', 'published', 'prepared', 'written', 'sent', 'issued', 'commissioned', 'signed', 'drafted', 'compiled', 'produced'],
  knownAs: ['as'],
  namePhrases: ['under the name', 'by the name'],
  knownBy: ['known', 'nicknamed', 'dubbed', 'styled', 'branded', 'referred', 'billed'],
  subordinators: ['whether', 'if', 'when', 'while', 'because', 'although', 'though', 'after', 'before', 'since', 'as', 'once', 'until', 'that', 'and', 'but', 'or'],
  reflexives: [],
  soGenannt: ['so called'],
  subjunctive: []
}
