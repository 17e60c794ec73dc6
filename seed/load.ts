/**
 * Writes a validated seed into Neo4j with MERGE, so loading twice leaves the same graph.
 * Order matters only for relationships: nodes that others point at are written first.
 */
import { type Writer } from '../src/db';
import * as seedRepository from '../src/repositories/seed.repository';
import { type Origin } from '../src/repositories/seed.repository';
import { type ArticleFile, type DatedFactSeed, earliestDay, latestDay } from './schema';
import { issueId, voteId } from './ids';
import { encodeCue } from '../src/ingest/cues';
import { paragraphAround } from '../src/text/span';
import { type Seed } from './read';

/** The date fields of a DatedFact, flattened to properties named after `prefix`. */
function datedFields(prefix: string, fact: DatedFactSeed | undefined): Record<string, unknown> {
  return {
    [prefix]: fact?.date ?? null,
    // The window the fact can fall in (a WEEK's days, a MONTH's): as-of filters compare its end.
    [`${prefix}Earliest`]: fact === undefined ? null : earliestDay(fact),
    [`${prefix}Latest`]: fact === undefined ? null : latestDay(fact),
    [`${prefix}Precision`]: fact?.precision ?? null,
    [`${prefix}Inferred`]: fact?.inferred ?? null,
    [`${prefix}Note`]: fact?.note ?? null,
  };
}

export interface LoadReport {
  written: Record<string, number>;
}

const termId = (agreementId: string, index: number) => `${agreementId}-term-${index + 1}`;
const savingId = (agreementId: string, fiscalYear: string) => `${agreementId}-saving-${fiscalYear}`;
const ballotId = (vote: { dispute: string; slug: string }, unit: string) =>
  `${voteId(vote.dispute, vote.slug)}-${unit}`;

/** Every id the seed writes, by label, so nodes of an earlier seed that it dropped can go. */
function seededIds(seed: Seed): { label: string; key: string; ids: string[] }[] {
  const { entities, articles } = seed;
  const facts = articles.map((a) => a.file);
  const ids = (label: string, values: string[], key = 'id') => ({ label, key, ids: values });
  return [
    ids(
      'Dispute',
      entities.disputes.map((d) => d.id),
    ),
    ids(
      'Issue',
      entities.issues.map((i) => issueId(i.dispute, i.slug)),
    ),
    ids(
      'Stakeholder',
      [...entities.people, ...entities.organizations].map((s) => s.id),
    ),
    ids(
      'Article',
      facts.map((f) => f.article.id),
    ),
    ids(
      'Statement',
      facts.flatMap((f) => f.statements.map((s) => s.id)),
    ),
    ids(
      'Position',
      facts.flatMap((f) => f.positions.map((p) => p.id)),
    ),
    ids(
      'Event',
      facts.flatMap((f) => f.events.map((e) => e.id)),
    ),
    ids(
      'Figure',
      facts.flatMap((f) => f.figures.map((x) => x.id)),
    ),
    ids(
      'Agreement',
      entities.agreements.map((a) => a.id),
    ),
    ids(
      'AgreementTerm',
      entities.agreements.flatMap((a) => [
        ...a.terms.map((_, index) => termId(a.id, index)),
        ...a.savings.map((saving) => savingId(a.id, saving.fiscalYear)),
      ]),
    ),
    ids(
      'Vote',
      entities.votes.map((v) => voteId(v.dispute, v.slug)),
    ),
    ids(
      'Tally',
      entities.votes.flatMap((v) => v.tallies.map((t) => t.id)),
    ),
    ids(
      'Ballot',
      entities.votes.flatMap((v) => v.ballots.map((b) => ballotId(v, b.unit))),
    ),
  ];
}

/**
 * Writes the seed through `db`; pass a transaction (Database.writeTransaction) so that a failure
 * midway leaves nothing behind.
 */
export async function loadSeed(db: Writer, seed: Seed, origin: Origin = 'seed'): Promise<LoadReport> {
  const { entities, articles } = seed;
  const written: Record<string, number> = {};

  written.pruned = await seedRepository.pruneStale(db, origin, seededIds(seed));

  written.disputes = await seedRepository.mergeDisputes(
    db,
    origin,
    entities.disputes.map((dispute) => ({ ...dispute, description: dispute.description ?? null })),
  );

  written.issues = await seedRepository.mergeIssues(
    db,
    origin,
    entities.issues.map((issue) => ({
      ...issue,
      id: issueId(issue.dispute, issue.slug),
      description: issue.description ?? null,
      cues: issue.cues.map(encodeCue),
    })),
  );

  // Stakeholders first without evidence (statements do not exist yet), then again with it.
  const stakeholderRows = (withEvidence: boolean) => [
    ...entities.people.map((person) => ({
      id: person.id,
      label: 'Person',
      name: person.name,
      aliases: person.aliases,
      aliasesText: person.aliases.join(' | '),
      kind: null,
      party: person.party ?? null,
      district: person.district ?? null,
      description: person.description ?? null,
      evidence: withEvidence ? person.evidence : [],
    })),
    ...entities.organizations.map((organization) => ({
      id: organization.id,
      label: 'Organization',
      name: organization.name,
      aliases: organization.aliases,
      aliasesText: organization.aliases.join(' | '),
      kind: organization.kind,
      party: null,
      district: null,
      description: organization.description ?? null,
      evidence: withEvidence ? organization.evidence : [],
    })),
  ];
  await seedRepository.mergeStakeholders(db, origin, stakeholderRows(false));

  written.articles = await seedRepository.mergeArticles(
    db,
    origin,
    articles.map(({ file: { article }, text }) => ({
      id: article.id,
      file: article.file,
      sha256: article.sha256,
      text,
      outlet: article.outlet,
      outletInferred: article.outletInferred,
      headline: article.headline ?? null,
      author: article.author ?? null,
      authorInferred: article.authorInferred ?? null,
      publishedOn: article.published.date,
      publishedPrecision: article.published.precision,
      publishedInferred: article.published.inferred,
      publishedNote: article.published.note ?? null,
    })),
  );

  written.statements = await seedRepository.mergeStatements(
    db,
    origin,
    articles.flatMap(({ file, text }) =>
      file.statements.map((statement) => ({
        id: statement.id,
        articleId: file.article.id,
        text: statement.text,
        start: statement.start,
        end: statement.start + statement.text.length,
        paragraph: statement.paragraph,
        context: paragraphAround(text, statement.start),
        kind: statement.kind,
        medium: statement.medium,
        speaker: statement.speaker ?? null,
        onBehalfOf: statement.onBehalfOf ?? null,
        ...datedFields('saidOn', statement.saidOn),
        note: statement.note ?? null,
        issues: statement.issues.map((slug) => issueId(file.dispute, slug)),
        mentions: statement.mentions,
      })),
    ),
  );

  written.stakeholders = await seedRepository.mergeStakeholders(db, origin, stakeholderRows(true));

  const all = <T>(pick: (file: ArticleFile) => T[]) =>
    articles.flatMap(({ file }) =>
      pick(file).map((item) => ({ item, articleId: file.article.id, dispute: file.dispute })),
    );

  written.roles = await seedRepository.mergeRoles(
    db,
    origin,
    all((file) => file.roles).map(({ item: role }) => ({
      person: role.person,
      organization: role.organization,
      title: role.title,
      ...datedFields('since', role.since),
      ...datedFields('until', role.until),
      note: [role.since?.note, role.until?.note].filter(Boolean).join(' ') || null,
      evidence: role.evidence,
    })),
  );

  written.memberships = await seedRepository.mergeMemberships(
    db,
    origin,
    all((file) => file.memberships).map(({ item: membership }) => ({
      ...membership,
      note: membership.note ?? null,
    })),
  );

  written.positions = await seedRepository.mergePositions(
    db,
    origin,
    all((file) => file.positions).map(({ item: position, dispute }) => ({
      id: position.id,
      holder: position.holder,
      issue: issueId(dispute, position.issue),
      stance: position.stance,
      asOf: position.asOf.date,
      asOfPrecision: position.asOf.precision,
      asOfInferred: position.asOf.inferred,
      asOfNote: position.asOf.note ?? null,
      confidence: position.confidence,
      inferred: position.inferred,
      note: position.note ?? null,
      evidence: position.evidence,
      counterEvidence: position.counterEvidence,
    })),
  );

  written.events = await seedRepository.mergeEvents(
    db,
    origin,
    all((file) => file.events).map(({ item: event, dispute }) => ({
      id: event.id,
      dispute,
      kind: event.kind,
      name: event.name,
      description: event.description ?? null,
      ...datedFields('on', event.on),
      participants: event.participants,
      issues: event.issues.map((slug) => issueId(dispute, slug)),
      evidence: event.evidence,
    })),
  );

  written.figures = await seedRepository.mergeFigures(
    db,
    origin,
    all((file) => file.figures).map(({ item: figure, articleId, dispute }) => ({
      id: figure.id,
      dispute,
      measure: figure.measure,
      value: figure.value,
      unit: figure.unit,
      qualifier: figure.qualifier ?? null,
      asReported: figure.asReported,
      articleId,
      ...datedFields('on', figure.on),
      attributedTo: figure.attributedTo ?? null,
      issues: figure.issues.map((slug) => issueId(dispute, slug)),
      evidence: figure.evidence,
    })),
  );

  written.agreements = await seedRepository.mergeAgreements(
    db,
    origin,
    entities.agreements.map((agreement) => ({
      id: agreement.id,
      dispute: agreement.dispute,
      name: agreement.name,
      valueUsd: agreement.valueUsd ?? null,
      parties: agreement.parties,
      evidence: agreement.evidence,
      terms: [
        ...agreement.terms.map((term, index) => ({
          id: termId(agreement.id, index),
          kind: 'TERM',
          text: term.text,
          fiscalYear: null,
          amountUsd: null,
          evidence: term.evidence,
        })),
        ...agreement.savings.map((saving) => ({
          id: savingId(agreement.id, saving.fiscalYear),
          kind: 'SAVING',
          text: `Savings in fiscal year ${saving.fiscalYear}`,
          fiscalYear: saving.fiscalYear,
          amountUsd: saving.amountUsd,
          evidence: saving.evidence,
        })),
      ],
    })),
  );

  written.votes = await seedRepository.mergeVotes(
    db,
    origin,
    entities.votes.map((vote) => ({
      id: voteId(vote.dispute, vote.slug),
      slug: vote.slug,
      dispute: vote.dispute,
      name: vote.name,
      agreement: vote.agreement,
      ...datedFields('closedOn', vote.closedOn),
      ruleDescription: vote.rule.description,
      // The readings are one value of the vote (no query looks inside them), kept as JSON.
      ruleReadings: JSON.stringify(vote.rule.readings),
      ruleEvidence: vote.rule.evidence,
      issues: vote.issues.map((slug) => issueId(vote.dispute, slug)),
      evidence: vote.evidence,
      tallies: vote.tallies.map((tally) => ({
        unionsTotal: null,
        unionsFor: null,
        unionsAgainst: null,
        bargainingUnitsTotal: null,
        bargainingUnitsFor: null,
        bargainingUnitsAgainst: null,
        memberShareFor: null,
        ...tally,
      })),
      ballots: vote.ballots.map((ballot) => ({ ...ballot, id: ballotId(vote, ballot.unit) })),
    })),
  );

  return { written };
}

/** The ids of the nodes a seed writes that audit entries link to (the seed's own audit entry). */
export function seededKeys(seed: Seed): string[] {
  const linked = new Set([
    'Issue',
    'Stakeholder',
    'Article',
    'Statement',
    'Position',
    'Vote',
    'Tally',
    'Ballot',
    'Figure',
  ]);
  return seededIds(seed)
    .filter((group) => linked.has(group.label))
    .flatMap((group) => group.ids);
}
