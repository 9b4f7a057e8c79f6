/** English verbs of speech. */
import type {Verbs} from '../types.js'

const forms = [
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

export const verbs: Verbs = {
  speechVerbs: new Map(forms.map((v) => [v, ['']])),
  auxiliaries: ['has', 'had', 'have', 'was', 'is', 'were', 'are', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do', 'been', 'be'],
  passiveAuxiliaries: ['is', 'was', 'were', 'been'],
  finitePassives: [],
  quotingVerbs: [],
  objectVerbs: ['told', 'tells', 'tell', 'telling', 'assured', 'assures', 'informed', 'informs', 'reminded', 'reminds', 'urged', 'urges', 'asked', 'asks'],
  subjunctive: [],
  impersonalStatements: [],
  impersonalVerbs: [],
  documentVerbs: ['reads', 'read', 'states', 'stated'],
  authorVerbs: ['released', 'published', 'prepared', 'written', 'sent', 'issued', 'commissioned', 'signed', 'drafted', 'compiled', 'produced'],
  infinitive: null,
  gerund: /^\p{Ll}{3,}ing$/u,
  inversion: null,
  articleObjects: []
}
