import type {BoxWords} from '../../box/settings.js'

/** English words the key-facts box reads: see `BoxWords`. */
export const box: BoxWords = {
  // "his plan was …": whose? ("it" opens statements: "It is a good day".)
  fragmentOpeners: 'his her hers their theirs he she they him them'.split(' '),
  descriptionOpeners: 'a an the'.split(' '),
  roleBreaks: 'of for at in on with from to and who'.split(' '),
  relatives: 'who whom whose which where'.split(' '),
  conjunctions: 'and or but yet so'.split(' '),
  clauseOpeners: [
    ...'the a an this that these those no'.split(' '),
    ...'he she it they we i you'.split(' '),
    ...'on in at by since until after before during from for last next'.split(' '),
    ...'that because when while although though since if as until where who which whose'.split(' '),
    ...'and or but yet so'.split(' '),
    // Adverbs that open a clause with a subject of its own: “then the court dropped it”.
    ...'then later earlier now today yesterday tomorrow also still however meanwhile there here already first finally afterwards instead'.split(' ')
  ],
  dangling: 'the a an of to in on at for with from by and or but that as'.split(' '),
  verbFinal: false,
  rangeWords: ['to', 'until', 'till', 'through'],
  firstOfMonth: null,
  narrowSpaces: false
}
