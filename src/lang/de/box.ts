import type {BoxWords} from '../../box/settings.js'

/** German words the key-facts box reads: see `BoxWords`. */
export const box: BoxWords = {
  // "drückt ihre volle Unterstützung … aus": whose? ("es" opens statements: "Es besteht kein Zweifel".)
  fragmentOpeners: 'ihr ihre ihren ihrem ihrer ihres sein seine seinen seinem seiner seines er sie ihm ihn ihnen dessen deren'.split(' '),
  descriptionOpeners: 'ein eine einer eines einem einen der die das dem den des'.split(' '),
  roleBreaks: 'für an am im in bei der des von vom aus zu zum zur mit auf über und sowie'.split(' '),
  relatives: 'der die das dem den dessen deren denen welcher welche welches welchem welchen wo was'.split(' '),
  conjunctions: 'und oder aber doch jedoch sondern denn sowie'.split(' '),
  clauseOpeners: [
    ...'der die das den dem des ein eine einen einem einer eines dieser diese dieses kein keine'.split(' '),
    ...'er sie es wir ich ihr man'.split(' '),
    ...'am im an in auf aus bei bis mit nach seit vor zum zur von vom für gegen um ab unter über durch laut trotz wegen während'.split(' '),
    ...'dass weil wenn als ob nachdem bevor obwohl da damit sodass seitdem wie wo was welche welcher welches'.split(' '),
    ...'und oder aber doch jedoch sondern denn sowie'.split(' '),
    // Adverbs that open a clause whose subject follows its verb: “dann stellte das Gericht …”.
    ...'dann danach davor später zuvor damals nun jetzt heute gestern morgen inzwischen mittlerweile außerdem zudem deshalb daher darum trotzdem dennoch so dort hier bereits schon noch auch zunächst zuletzt schließlich anschließend allerdings immerhin bisher erst kurz zuerst vorher nachher seither'.split(' ')
  ],
  dangling: 'der die das den dem des ein eine einen einem einer eines zu zum zur in im an am auf aus bei mit nach von vom vor für über unter um und oder aber sowie dass als wie sich'.split(' '),
  verbFinal: true,
  rangeWords: ['bis'],
  firstOfMonth: null,
  narrowSpaces: false
}
