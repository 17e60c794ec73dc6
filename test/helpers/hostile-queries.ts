/** Hostile queries of issue 8, shared by the limit and abuse tests. */

/** The 132-character query of issue 8 that used to exhaust a 4 GB heap. */
export const NESTED_STATEMENTS =
  '{ statements(first: 100) { edges { node { issues { statements { issues { statements { issues { statements { text } } } } } } } } } }';

/** article → statements → article, four times (issue 8's 189-byte query). */
export function nestedArticles(articleId: string): string {
  return `{ article(id: "${articleId}") { statements { article { statements { article { statements { article { statements { article { id } } } } } } } } } }`;
}

/** `count` aliases of `field`. */
export function aliases(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;
}
