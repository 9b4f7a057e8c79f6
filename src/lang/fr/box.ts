import type {BoxWords} from '../../box/settings.js'

/** French words the key-facts box reads: see `BoxWords`. */
export const box: BoxWords = {
  // "sa décision …": whose?
  fragmentOpeners: 'son sa ses leur leurs il elle ils elles lui eux'.split(' '),
  descriptionOpeners: "un une le la l' l’ les".split(' '),
  roleBreaks: "de du des d' d’ à au aux en pour chez sur dans et".split(' '),
  relatives: "qui que qu' qu’ dont où lequel laquelle lesquels lesquelles auquel auxquels duquel desquels".split(' '),
  conjunctions: 'et ou mais donc car puis'.split(' '),
  clauseOpeners: [
    ..."le la les l' l’ un une des ce cet cette ces aucun aucune".split(' '),
    ...'il elle ils elles on nous je vous'.split(' '),
    ...'à au aux en dans depuis dès lors pendant avant après jusqu’au jusqu\'au pour par sur selon'.split(' '),
    ..."que qu' qu’ parce lorsque quand si puisque comme où qui dont".split(' '),
    ...'et ou mais donc car puis'.split(' '),
    // Adverbs that open a clause with a subject of its own: “puis le tribunal a …”.
    ..."puis ensuite alors aujourd’hui aujourd'hui hier demain déjà aussi cependant pourtant enfin désormais là ici toutefois".split(' ')
  ],
  dangling: "le la les l' l’ un une des du de d' d’ à au aux en pour par sur dans et ou mais que qu' qu’ qui".split(' '),
  verbFinal: false,
  rangeWords: ['à', 'au', 'jusqu’à', "jusqu'à", 'jusqu’au', "jusqu'au"],
  firstOfMonth: '1er',
  narrowSpaces: true
}
