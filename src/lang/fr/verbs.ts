/** French verbs of speech. */
import type {Verbs} from '../types.js'

const forms = [
  'a', 'dit', 'déclaré', 'affirmé', 'expliqué', 'estimé', 'ajouté', 'souligné', 'indiqué', 'précisé', 'assuré',
  'averti', 'annoncé', 'jugé', 'insisté', 'rappelé', 'martelé', 'confié', 'lancé', 'écrit', 'répondu', 'réagi',
  'dénoncé', 'regretté', 'reconnu', 'admis', 'estime', 'déclare', 'affirme', 'explique', 'ajoute', 'souligne',
  'indique', 'précise', 'assure', 'juge', 'insiste', 'rappelle', 'martèle', 'confie', 'lance', 'écrit', 'répond',
  'réagit', 'dénonce', 'regrette', 'reconnaît', 'se réjouit', 'réjouit', 'déplore', 'poursuit', 'conclut', 'dit',
  'déclarait', 'affirmait', 'expliquait', 'disait', 'estimait', 'ajoutait', 'soulignait', 'commente', 'commenté',
  'observe', 'observé', 'note', 'noté', 'résume', 'résumé', 'prévient', 'prévenu', 'tranche', 'tranché', 'raconte',
  'raconté', 'témoigne', 'témoigné', 'déclaré', 'fait', 'savoir', 'salue', 'salué', 'plaide', 'plaidé', 'détaille',
  'détaillé', 'félicite', 'félicité', 'promet', 'promis', 'poursuivi', 'glisse', 'glissé', 'fustige', 'fustigé', 'tonne',
  'tonné', 'conclu', 'ironise', 'ironisé', 'interroge', 'interrogé', 'demande', 'demandé', 'affirmait', 'rétorque',
  'rétorqué', 'répète', 'répété', 'résume', 'prévient', 'avertit', 'reconnaissait', 'insistait', 'souligné', 'lâche',
  'lâché', 'soupire', 'soupiré', 'explique', 'assurait', 'déplorait', 'critique', 'critiqué', 'accuse', 'accusé',
  'qualifie', 'qualifié', 'estimant', 'expliquant', 'ajoutant', 'soulignant', 'jugeant', 'affirmant', 'assurant',
  'relève', 'relevé', 'relevait', 'rapporte', 'rapporté', 'signale', 'signalé', 'avance', 'avancé', 'défend', 'défendu',
  'promettait', 'annonçait', 'évoque', 'évoqué', 'évoquait', 'parle', 'parlé', 'parlait', 'appelle', 'appelé', 'exhorte',
  'décrit', 'décrivait', 'raille', 'raillé', 'insurgé', 'étonné', 'étonne', 'indigné', 'indigne', 'emporté', 'exclamé',
  'scandé', 'scande', 'scandent', 'scandait', 'scandaient', 'inquiété', 'inquiète', 'agacé', 'alarmé', 'justifié', 'justifie', 'réjoui', 'félicité', 'interrogé'
]

/**
 * With "être" (reflexive verbs: "s'est étonnée", "se sont félicités", "s'est dite prête") the participle agrees
 * with its subject: every "-é" participle, and "dit", also stands in its feminine and plural forms.
 */
const agreeing = forms.flatMap((v) => (v.endsWith('é') || v === 'dit' ? [v, `${v}e`, `${v}s`, `${v}es`] : [v]))


export const verbs: Verbs = {
  speechVerbs: new Map(agreeing.filter((v) => v !== 'a' && v !== 'fait' && v !== 'savoir').map((v) => [v, ['']])),
  auxiliaries: ['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'est', 'sont', 'était', 'étaient', 'sera', 'serait', 'ai', 'as', 'avons', 'avez'],
  passiveAuxiliaries: ['est', 'été', 'fut'],
  finitePassives: [],
  quotingVerbs: [],
  objectVerbs: [],
  subjunctive: [],
  impersonalStatements: [],
  impersonalVerbs: ['peut', 'faut', 'semble', 'doit', 'suffit', 'reste', 'convient', 'paraît', 'lit'],
  documentVerbs: ['lit', 'indique', 'précise'],
  authorVerbs: ['publié', 'publiée', 'rédigé', 'rédigée', 'signé', 'signée', 'envoyé', 'envoyée', 'commandé', 'commandée', 'réalisé', 'réalisée', 'diffusé', 'diffusée'],
  causatives: ['fait'],
  infinitive: /(?:er|ir|oir|re)$/u,
  gerund: /^\p{Ll}{3,}ant$/u,
  inversion: /^(\p{L}+)-(?:t-)?(il|elle|ils|elles|on)$/u,
  articleObjects: []
}
