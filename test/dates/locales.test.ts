import {describe, expect, it} from 'vitest'
import {triples} from './helpers.js'

describe('English and French basics', () => {
  it('reads English dates', () => {
    expect(triples('The treaty was signed on June 19, 2024 in Pyongyang.', '2024-06-19', 'en')).toEqual([['June 19, 2024', '2024-06-19', 'DATE']])
    expect(triples('Kim visited Russia in September 2023.', '2024-06-19', 'en')).toEqual([['September 2023', '2023-09', 'DATE']])
    expect(triples('The leaders met yesterday.', '2024-06-19', 'en')).toEqual([['yesterday', '2024-06-18', 'DATE']])
    expect(triples('He left three years ago.', '2024-06-19', 'en')).toEqual([['three years ago', '2021', 'DATE']])
    expect(triples('It was his first trip to North Korea in 24 years.', '2024-06-19', 'en')).toEqual([['24 years', 'P24Y', 'DURATION']])
    expect(triples('The deal was signed on Wednesday.', '2024-06-19', 'en')).toEqual([['Wednesday', '2024-06-19', 'DATE']])
  })

  it('reads French dates', () => {
    expect(triples("L'accord a été signé le 19 juin 2024 à Pyongyang.", '2024-06-19', 'fr')).toEqual([['19 juin 2024', '2024-06-19', 'DATE']])
    expect(triples("Il est parti il y a trois ans.", '2024-06-19', 'fr')).toEqual([['il y a trois ans', '2021', 'DATE']])
    expect(triples("Le sommet a eu lieu hier et reprend demain.", '2024-06-19', 'fr')).toEqual([['hier', '2024-06-18', 'DATE'], ['demain', '2024-06-20', 'DATE']])
    expect(triples("Aujourd'hui, les deux pays sont alliés depuis 24 ans.", '2024-06-19', 'fr')).toEqual([["Aujourd'hui", '2024-06-19', 'DATE'], ['24 ans', 'P24Y', 'DURATION']])
    expect(triples('La réunion a eu lieu mercredi.', '2024-06-19', 'fr')).toEqual([['mercredi', '2024-06-19', 'DATE']])
  })
})
