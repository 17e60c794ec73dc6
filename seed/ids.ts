/** Issues and votes are keyed by "<dispute>/<slug>": their slugs are unique only within a dispute. */
export const issueId = (dispute: string, slug: string): string => `${dispute}/${slug}`;

export const voteId = issueId;
