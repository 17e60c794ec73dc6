/**
 * The shape of the curated seed files (seed/data/*.yaml), checked before anything is written.
 *
 * Ids are kebab-case slugs, stable across edits: other files and the graph refer to them.
 * Every fact carries `evidence`: ids of statements, which are verbatim spans of an article.
 * A statement of kind REPORT is the article's own words (no speaker); it is how facts that no
 * stakeholder said aloud (a role, a vote count, a figure) are sourced.
 */
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: a-z, 0-9 and dashes');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');

export const DatePrecision = z.enum(['DAY', 'WEEK', 'MONTH', 'YEAR']);

/**
 * A date with how sure we are of it. `inferred` dates must say why in `note`.
 *
 * `date` is the best single estimate. `DAY` means the source gives the day (directly, or as a
 * weekday relative to an article whose own day is known). Any wider window is `WEEK` (at most seven
 * days) with `earliest` and `latest`, the first and last day the fact can fall on, both inclusive;
 * `MONTH` and `YEAR` cover their calendar month or year. The window is what as-of comparisons
 * should use (docs/model.md, "Dates as windows").
 */
export const DatedFact = z
  .object({
    date: isoDate,
    precision: DatePrecision.default('DAY'),
    /** First day the fact can fall on (inclusive); required for WEEK, not allowed for DAY. */
    earliest: isoDate.optional(),
    /** Last day the fact can fall on (inclusive); required for WEEK, not allowed for DAY. */
    latest: isoDate.optional(),
    inferred: z.boolean().default(false),
    note: z.string().optional(),
  })
  .strict()
  .refine((d) => !d.inferred || (d.note ?? '').length > 0, {
    message: 'an inferred date needs a note saying how it was inferred',
  })
  .refine((d) => (d.earliest === undefined) === (d.latest === undefined), {
    message: 'earliest and latest come together',
  })
  .refine((d) => d.earliest === undefined || (d.earliest <= d.date && d.date <= (d.latest ?? d.date)), {
    message: 'date must lie within earliest..latest',
  })
  .refine((d) => d.precision !== 'DAY' || d.earliest === undefined, {
    message: 'a DAY date is one day: it takes no earliest/latest (use WEEK for a window)',
  })
  .refine((d) => d.precision !== 'WEEK' || d.earliest !== undefined, {
    message: 'a WEEK date needs earliest and latest, the window it stands for',
  })
  .refine((d) => d.earliest === undefined || daysBetween(d.earliest, d.latest ?? d.earliest) <= 6, {
    message: 'a WEEK window spans at most seven days',
  })
  .refine(
    (d) => d.precision !== 'DAY' || !/\bno day (?:is )?given|\bnot dated\b|\bundated\b/i.test(d.note ?? ''),
    {
      message: 'the note says no day is given, so the precision cannot be DAY',
    },
  );

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The last day a dated fact can fall on: its window's end, or the end of its month or year. */
export function latestDay(d: { date: string; precision: string; latest?: string }): string {
  if (d.latest !== undefined) return d.latest;
  if (d.precision === 'YEAR') return `${d.date.slice(0, 4)}-12-31`;
  if (d.precision === 'MONTH') {
    const [y, m] = d.date.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${d.date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
  }
  return d.date;
}

/** The first day a dated fact can fall on: its window's start, or the start of its month or year. */
export function earliestDay(d: { date: string; precision: string; earliest?: string }): string {
  if (d.earliest !== undefined) return d.earliest;
  if (d.precision === 'YEAR') return `${d.date.slice(0, 4)}-01-01`;
  if (d.precision === 'MONTH') return `${d.date.slice(0, 7)}-01`;
  return d.date;
}

/**
 * Organization and event kinds are open vocabularies: a new dispute brings its own (a tenants'
 * association, a regulator …). Codes are UPPER_SNAKE_CASE; those in use are listed in
 * docs/model.md. Only NEWS_OUTLET carries a rule (an article's outlet must be one).
 */
const vocabularyCode = z.string().regex(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/, 'kinds are UPPER_SNAKE_CASE codes');

export const OrganizationKind = vocabularyCode;

export const Person = z
  .object({
    id: slug,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    party: z.string().optional(),
    district: z.string().optional(),
    description: z.string().optional(),
    /** Statements (usually REPORT) that name this person. */
    evidence: z.array(slug).min(1),
  })
  .strict();

export const Organization = z
  .object({
    id: slug,
    name: z.string().min(1),
    kind: OrganizationKind,
    aliases: z.array(z.string().min(1)).default([]),
    description: z.string().optional(),
    evidence: z.array(slug).min(1),
  })
  .strict();

/** A public dispute: it owns its issues, votes, agreements, events and figures. */
export const Dispute = z
  .object({
    id: slug,
    name: z.string().min(1),
    description: z.string().optional(),
  })
  .strict();

export const IssueCue = z
  .object({
    phrase: z.string().min(1),
    stance: z.enum(['SUPPORT', 'OPPOSE']).optional(),
  })
  .strict();

export const Issue = z
  .object({
    slug,
    /** The dispute the issue belongs to; its slug is unique only there. */
    dispute: slug,
    name: z.string().min(1),
    /** The question in dispute as a proposition one can support or oppose. */
    proposition: z.string().min(1),
    description: z.string().optional(),
    /**
     * Phrases the ingestion pipeline reads as this issue (src/ingest/stance.ts): `stance` is what
     * the phrase shows about the proposition when said without negation; none = topic only.
     * A trailing `*` matches any ending. Data, so a new dispute's issues need no code.
     */
    cues: z.array(IssueCue).default([]),
  })
  .strict();

/** A person holding a title at an organization ("Malloy's spokeswoman"). */
export const Role = z
  .object({
    person: slug,
    organization: slug,
    title: z.string().min(1),
    since: DatedFact.optional(),
    until: DatedFact.optional(),
    evidence: z.array(slug).min(1),
  })
  .strict();

/** An organization or person belonging to an organization (a local in a union, a union in SEBAC). */
export const Membership = z
  .object({
    member: slug,
    organization: slug,
    /** Free text for how the member belongs: "member union", "local of", "bargaining unit of". */
    relation: z.string().min(1),
    /** True when no article says it outright (e.g. read off a name such as "AFSCME Local 387"). */
    inferred: z.boolean().default(false),
    note: z.string().optional(),
    evidence: z.array(slug).min(1),
  })
  .strict();

export const StatementKind = z.enum(['DIRECT_QUOTE', 'PARTIAL_QUOTE', 'PARAPHRASE', 'REPORT']);
export const StatementMedium = z.enum([
  'SPOKEN',
  'LETTER',
  'WRITTEN_STATEMENT',
  'EMAIL',
  'PHONE_INTERVIEW',
  'UNKNOWN',
]);

export const Statement = z
  .object({
    id: slug,
    /** Verbatim span of the article text, without the surrounding quote marks. */
    text: z.string().min(1),
    /** Offset of `text` in the article, in UTF-16 code units (JavaScript string index). */
    start: z.number().int().nonnegative(),
    /** 1-based paragraph number (paragraphs are separated by blank lines). */
    paragraph: z.number().int().positive(),
    kind: StatementKind,
    medium: StatementMedium.default('UNKNOWN'),
    /** Absent only for kind REPORT. */
    speaker: slug.optional(),
    /** The organization a spokesperson speaks for. */
    onBehalfOf: slug.optional(),
    saidOn: DatedFact.optional(),
    issues: z.array(slug).default([]),
    /** Stakeholders the statement names or addresses. */
    mentions: z.array(slug).default([]),
    note: z.string().optional(),
  })
  .strict()
  .refine((s) => s.kind === 'REPORT' || s.speaker !== undefined, {
    message: 'a quote or paraphrase needs a speaker',
  });

export const Stance = z.enum(['SUPPORT', 'OPPOSE', 'NEUTRAL', 'MIXED']);

export const Position = z
  .object({
    id: slug,
    holder: slug,
    issue: slug,
    stance: Stance,
    asOf: DatedFact,
    confidence: z.number().min(0).max(1),
    /** True when the stance is the curator's reading rather than words said outright. */
    inferred: z.boolean(),
    /** Why the evidence supports the stance: which words, and how directly. */
    note: z.string().optional(),
    evidence: z.array(slug).min(1),
    /**
     * Statements whose words cut against the stance, kept so the reader sees them; they are not
     * support. Same rules as evidence (about the issue, said on or before `asOf`), never both.
     */
    counterEvidence: z.array(slug).default([]),
    /**
     * Evidence the validator's wording check flags (e.g. "not opposed" in a SUPPORT position's
     * evidence) that does support the stance, each with the reason a curator accepted it.
     */
    wordingReviewed: z.array(z.object({ statement: slug, reason: z.string().min(1) }).strict()).default([]),
  })
  .strict()
  .refine((p) => !p.inferred || (p.note ?? '').length > 0, {
    message: 'an inferred position needs a note explaining the reading',
  });

export const EventKind = vocabularyCode;

export const Event = z
  .object({
    id: slug,
    kind: EventKind,
    name: z.string().min(1),
    on: DatedFact.optional(),
    description: z.string().optional(),
    /** Stakeholders taking part, each with what they did ("sender", "recipient", "sets deadline"). */
    participants: z.array(z.object({ id: slug, role: z.string().min(1) }).strict()).default([]),
    issues: z.array(slug).default([]),
    evidence: z.array(slug).min(1),
  })
  .strict();

/** A number as one source reports it; differing reports of one measure stay side by side. */
export const ReportedFigure = z
  .object({
    id: slug,
    /** What is measured, shared by reports of the same quantity: "planned-layoffs". */
    measure: slug,
    value: z.number(),
    unit: z.string().min(1),
    /** "as many as", "nearly", "about", "exactly" … as the source words it. */
    qualifier: z.string().optional(),
    /** The words of the article that state the number, verbatim. */
    asReported: z.string().min(1),
    on: DatedFact.optional(),
    attributedTo: slug.optional(),
    issues: z.array(slug).default([]),
    evidence: z.array(slug).min(1),
  })
  .strict();

/**
 * seed/articles/<id>.yaml: what is known of the article whose text is seed/articles/<id>.txt
 * (the file names are the article's id).
 */
export const ArticleMeta = z
  .object({
    /** The name the text had in the corpus it was curated from; provenance only. */
    originalFile: z
      .string()
      .regex(/^[\w.-]+\.txt$/)
      .optional(),
    /** SHA-256 of the text file, so a changed text fails validation instead of misplacing offsets. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    outlet: slug,
    outletInferred: z.boolean(),
    headline: z.string().optional(),
    author: z.string().optional(),
    authorInferred: z.boolean().optional(),
    published: DatedFact,
  })
  .strict();

/** An article as the loader sees it: its metadata, its id and the text file it was read from. */
export const Article = ArticleMeta.extend({ id: slug, file: z.string().min(1) }).strict();

/** The facts sourced from one article, as in seed/data/<id>.yaml (`article` names the article). */
const articleFacts = {
  statements: z.array(Statement).default([]),
  roles: z.array(Role).default([]),
  memberships: z.array(Membership).default([]),
  positions: z.array(Position).default([]),
  events: z.array(Event).default([]),
  figures: z.array(ReportedFigure).default([]),
};

/**
 * seed/data/<id>.yaml: the id of the article, the dispute its facts belong to (issue slugs in it
 * are that dispute's; its events and figures are that dispute's), and every fact sourced from it.
 */
export const ArticleFactsFile = z.object({ article: slug, dispute: slug, ...articleFacts }).strict();

/** An article's facts joined with its metadata: what the validator checks and the loader writes. */
export const ArticleFile = z.object({ article: Article, dispute: slug, ...articleFacts }).strict();

export const BallotOutcome = z.enum(['APPROVE', 'REJECT']);

/** A reported aggregate result; fields not reported by that source are left out. */
export const Tally = z
  .object({
    id: slug,
    unionsTotal: z.number().int().optional(),
    unionsFor: z.number().int().optional(),
    unionsAgainst: z.number().int().optional(),
    bargainingUnitsTotal: z.number().int().optional(),
    bargainingUnitsFor: z.number().int().optional(),
    bargainingUnitsAgainst: z.number().int().optional(),
    memberShareFor: z.number().min(0).max(1).optional(),
    evidence: z.array(slug).min(1),
  })
  .strict();

/**
 * What a threshold of a vote rule counts, read off the combined tally:
 * UNIONS_FOR and BARGAINING_UNITS_FOR are counts of approving units; MEMBER_SHARE_FOR is the share
 * of voting members who voted yes; APPROVING_MEMBERSHIP_SHARE is the share of the whole
 * membership that the approving units represent (a per-capita weighting of units).
 */
export const ThresholdMeasure = z.enum([
  'UNIONS_FOR',
  'BARGAINING_UNITS_FOR',
  'MEMBER_SHARE_FOR',
  'APPROVING_MEMBERSHIP_SHARE',
]);

/** One condition of a rule: the measure must reach `atLeast` (a count, or a share 0–1). */
export const Threshold = z
  .object({
    measure: ThresholdMeasure,
    atLeast: z.number().min(0),
    /** For counts: out of how many ("14 of 15"). */
    outOf: z.number().int().positive().optional(),
    /** What a share is a share of, in the source's words: "all unionized state employees". */
    base: z.string().min(1).optional(),
    evidence: z.array(slug).min(1),
  })
  .strict();

/**
 * One reading of a rule: every threshold must hold. Sources that word a rule differently give
 * competing readings, kept side by side, each with its own evidence.
 */
export const RuleReading = z
  .object({
    id: slug,
    name: z.string().min(1),
    thresholds: z.array(Threshold).min(1),
    evidence: z.array(slug).min(1),
  })
  .strict();

export const Vote = z
  .object({
    slug,
    /** The dispute the vote belongs to; its slug is unique only there. */
    dispute: slug,
    name: z.string().min(1),
    agreement: slug,
    closedOn: DatedFact.optional(),
    rule: z
      .object({
        description: z.string().min(1),
        readings: z.array(RuleReading).min(1),
        evidence: z.array(slug).min(1),
      })
      .strict(),
    tallies: z.array(Tally).min(1),
    ballots: z
      .array(z.object({ unit: slug, outcome: BallotOutcome, evidence: z.array(slug).min(1) }).strict())
      .default([]),
    issues: z.array(slug).default([]),
    evidence: z.array(slug).min(1),
  })
  .strict();

export const Agreement = z
  .object({
    id: slug,
    dispute: slug,
    name: z.string().min(1),
    parties: z.array(slug).min(1),
    valueUsd: z.number().optional(),
    savings: z
      .array(
        z
          .object({ fiscalYear: z.string().min(1), amountUsd: z.number(), evidence: z.array(slug).min(1) })
          .strict(),
      )
      .default([]),
    terms: z
      .array(z.object({ text: z.string().min(1), evidence: z.array(slug).min(1) }).strict())
      .default([]),
    evidence: z.array(slug).min(1),
  })
  .strict();

/** seed/data/entities.yaml: things named across articles. */
export const EntitiesFile = z
  .object({
    disputes: z.array(Dispute).min(1),
    people: z.array(Person),
    organizations: z.array(Organization),
    issues: z.array(Issue),
    agreements: z.array(Agreement).default([]),
    votes: z.array(Vote).default([]),
  })
  .strict();

export type ArticleFile = z.infer<typeof ArticleFile>;
export type ArticleMeta = z.infer<typeof ArticleMeta>;
export type EntitiesFile = z.infer<typeof EntitiesFile>;
export type StatementSeed = z.infer<typeof Statement>;
export type DatedFactSeed = z.infer<typeof DatedFact>;
