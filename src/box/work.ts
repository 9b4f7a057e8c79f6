/**
 * A count of the steps the box's text work takes (characters of a sentence
 * looked at, quotations passed in a sweep, characters of a tag read), for the
 * tests that check it grows in proportion to the article. Nothing in the
 * package reads it.
 */
export const work = {steps: 0}
