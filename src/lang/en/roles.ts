/** English nouns of people: roles, their classes, their endings. */
import type {Roles} from '../types.js'

export const roles: Roles = {
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
    // Politics: "House Speaker Paul Ryan", "the Republican nominee".
    'speaker', 'nominee',
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
  personNoun: /^\p{Ll}{3,}(?:ist|ian|ator|itor|ographer|ologist)$/u,
  personEnding: null,
  roleStem: null,
  pluralRole: /(?:^|[^s])s$/u,
  feminineNationality: null,
  demonym: null,
  feminineDemonym: null,
  feminineNoun: null,
  feminineRoleEnding: null,
  feminineEnding: /(woman|women|wife|mother|daughter|sister|girl|ess)$/u,
  masculineEnding: /(man|men|husband|father|son|brother|boy)$/u,
  feminineNounEnding: null,
  tradeSuffixes: null,
  adjectivalNounEnding: null,
  peoplePlural: null,
  bareSpeakerEnding: null,
  ageNoun: /^\d+-year-old$/u,
  ageAdjectives: ['young', 'old', 'elderly'],
  ordinals: ['second', 'third', 'fourth', 'fifth', 'another', 'other'],
  roleTails: ['of', 'for', 'at', 'from', 'with', 'in'],
  dativeOffices: [],
  dativeTails: [],
  // (The French endings, as when the pattern was one for every language: "the minister responsible", "the chief executive".)
  postnominalAdjective: /(e|s|al|el|if|ois|ais|ain|ien|ique|aire|é|ée|ant|ent)$/u,
  participleEnding: null,
  roleEpithets: true,
  modifiersBeforeNoun: true,
  officeModifiers: ['deputy', 'chief', 'vice', 'acting', 'former', 'assistant', 'interim', 'senior', 'junior', 'associate', 'head', 'lead', 'principal', 'general'],
  otherParty: null,
  spokespersonNoun: null,
  linkingS: null
}
