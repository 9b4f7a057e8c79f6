/** Short articles shared by the integration tests. */

/** A German article: a lead with a dateline, two attributed quotations, relative dates. */
export const german = `---
title: Hilfen für Pendler
date: 2024-06-19
lang: de
---

(Berlin) Die Bundesregierung hat am Mittwoch ein Entlastungspaket für Pendler beschlossen. „Wir lassen niemanden allein“, sagte Bundeskanzler Jonas Kreutzer.

Die Opposition hält das Paket für zu klein. „Das reicht hinten und vorne nicht“, sagte Bernd Hofstetter am Donnerstag.
`

/** The same article with one block between its two paragraphs. */
export function withBlock(block: string, article = german): string {
  return article.replace('\n\nDie Opposition', `\n\n${block}\n\nDie Opposition`)
}

/** An English article for the MDX and sanitize tests. */
export const english = `---
title: Harbour plan approved
date: 2024-03-14
lang: en
---

(Hamburg) The city council approved the new harbour plan on Wednesday. "This is a good day for the port," said Peter Lindqvist, the mayor.

"We will keep fighting it," said Anna Weber, a spokeswoman for the residents' initiative.
`
