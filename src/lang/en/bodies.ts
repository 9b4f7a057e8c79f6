/** English bodies that speak, documents and places. */
import {legalForms} from '../international.js'
import type {Bodies} from '../types.js'

export const bodies: Bodies = {
  groupNouns: [
    'government', 'police', 'ministry', 'agency', 'army', 'party', 'union', 'company', 'court', 'commission', 'prefecture',
    'council', 'department', 'office', 'authority', 'association', 'federation', 'forum', 'institute', 'university',
    'hospital', 'bank', 'board', 'committee', 'administration', 'embassy', 'regulator', 'watchdog', 'firm', 'group',
    'organisation', 'organization', 'coalition', 'campaign', 'charity', 'trust', 'foundation', 'secretariat', 'cabinet',
    'cooperative', 'co-op', 'service', 'directorate', 'inspectorate', 'alliance', 'network', 'society', 'league',
    'chamber', 'bureau', 'centre', 'center', 'management', 'branch', 'division', 'tribunal'
  ],
  places: [],
  companyNouns: ['company', 'firm', 'business', 'group'],
  documentNouns: ['report', 'letter', 'statement', 'memo', 'memorandum', 'study', 'review', 'audit', 'filing', 'message', 'email', 'note', 'document', 'ruling', 'judgment', 'paper', 'analysis', 'survey'],
  authorMarkers: ['by', 'from'],
  anonymousSources: [],
  sourceCircles: null,
  legalForms,
  bodyConnectors: ['for', 'of', 'and', '&', 'on'],
  bodyArticles: ['the'],
  bodyJoiners: ['and', 'of'],
  nameComplements: ['for', 'of', 'on'],
  nameLinks: ['of', 'for'],
  placeLinks: ['of', 'for'],
  namesOpenWithNoun: true
}
