/** French bodies that speak, documents and places. */
import {legalForms} from '../international.js'
import type {Bodies} from '../types.js'

export const bodies: Bodies = {
  groupNouns: [
    'gouvernement', 'police', 'ministère', 'agence', 'armée', 'parti', 'syndicat', 'entreprise', 'tribunal', 'commission',
    'préfecture', 'mairie', 'association', 'fédération', 'union', 'compagnie', 'société', 'parquet', 'conseil', 'direction',
    'cour', 'hôpital', 'université', 'institut', 'collectif', 'groupe', 'services', 'service', 'chambre', 'organisation', 'fondation',
    // Local and regional authorities: "la Région Nouvelle-Aquitaine", "le département", "la métropole".
    'région', 'département', 'métropole', 'commune', 'ville', 'rectorat', 'académie', 'assemblée', 'sénat', 'club',
    'diocèse', 'paroisse', 'évêché',
    // Committees and offices: "le Comité régional de la conchyliculture", "l'Office français de la biodiversité".
    'comité', 'office', 'observatoire', 'établissement', 'agglomération', 'communauté'
  ],
  places: [],
  companyNouns: ['entreprise', 'société', 'groupe', 'firme'],
  documentNouns: ['rapport', 'lettre', 'communiqué', 'courrier', 'note', 'étude', 'document', 'arrêt', 'jugement', 'avis', 'courriel', 'message', 'audit', 'enquête'],
  authorMarkers: ['de', 'du', 'des', "d'", 'd’', 'par'],
  anonymousSources: ['source', 'sources'],
  sourceCircles: null,
  legalForms,
  lowercaseNameWords: true,
  bodyConnectors: ['de', 'du', 'des', 'la', 'le', 'les', 'et', "l'", 'l’', "d'", 'd’'],
  bodyArticles: ['la', 'le'],
  bodyJoiners: ['et', 'de'],
  nameComplements: ['de', 'du', 'des'],
  nameLinks: ['de', 'du', 'des', 'la'],
  placeLinks: [],
  namesOpenWithNoun: true
}
