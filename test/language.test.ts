/**
 * An article without `lang` in its frontmatter is read in the language whose short function words it uses most,
 * whatever else its text holds: capitals, accents, letters outside the Basic Multilingual Plane, long words.
 */
import {describe, expect, it} from 'vitest'
import {extractFacts} from '../src/index.js'

describe('the language of an article without lang', () => {
  it.each([
    ['de', 'Die Ministerin sagte am Mittwoch, dass die Gespräche über das Abkommen noch nicht beendet sind und es keine Einigung gibt.'],
    ['en', 'The minister said on Wednesday that the talks were not over and that there was no agreement with the union.'],
    ['fr', 'La ministre a déclaré mercredi que les discussions ne sont pas terminées et qu’il n’y a pas encore d’accord avec le syndicat.']
  ])('is %s for plain prose', (lang, text) => {
    expect(extractFacts(text).lang).toBe(lang)
  })

  it('counts words whatever their case, and is not misled by letters outside the BMP or by long words', () => {
    // 𝐃𝐈𝐄 (mathematical bold letters) is no German "die"; "Dieselbetriebene" and "thereafter" hold marker words but are none.
    const text = 'LA ministre ET le président 𝐃𝐈𝐄 𝐃𝐈𝐄 𝐃𝐈𝐄 Dieselbetriebene Dieselbetriebene thereafter thereafter sont là.'
    expect(extractFacts(text).lang).toBe('fr')
  })

  it('falls back to the default language when no marker word stands in the text', () => {
    expect(extractFacts('Xyzzy qwrtp 𝐀𝐁𝐂 12345.').lang).toBe(extractFacts('').lang)
  })
})
