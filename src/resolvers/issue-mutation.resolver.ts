import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context } from '../context';
import { encodeCue } from '../ingest/cues';
import { BadUserInputError, NotFoundError } from '../errors';
import { Stance } from '../schema/enums';
import { AuditEntry } from '../schema/audit.type';
import { fromGlobalId } from '../schema/global-id';
import { CreateIssueInput, type IssueCueInput, IssuePayload, UpdateIssueInput } from '../schema/issue.input';
import { Issue } from '../schema/issue.type';
import { createIssueWrite, updateIssueWrite } from '../write/issue.write';
import { type WriteResult } from '../write/stakeholder.write';
import { viewerOf } from './stakeholder-mutation.resolver';

/** Issues: the propositions stances are on. One audited transaction each (src/write/issue.write.ts). */
@Resolver()
export class IssueMutationResolver {
  @Authorized('editor')
  @Mutation(() => IssuePayload, {
    description:
      'Adds an issue to a dispute: a proposition stakeholders can support or oppose. Its id is "<dispute>/<slug>". Needs the editor role.',
  })
  async createIssue(
    @Arg('input', () => CreateIssueInput, { description: 'The issue and why you add it.' })
    input: CreateIssueInput,
    @Ctx() ctx: Context,
  ): Promise<IssuePayload> {
    const result = await createIssueWrite(ctx.db, viewerOf(ctx), {
      dispute: input.dispute,
      slug: input.slug ?? null,
      name: input.name,
      proposition: input.proposition,
      description: input.description ?? null,
      cues: storedCues(input.cues, 'input.cues'),
      reason: input.reason,
    });
    return issuePayload(ctx, result);
  }

  @Authorized('editor')
  @Mutation(() => IssuePayload, {
    description:
      'Changes an issue’s name, proposition or description (never its slug) if it is still at expectedVersion (else CONFLICT, nothing written). Needs the editor role.',
  })
  async updateIssue(
    @Arg('input', () => UpdateIssueInput, { description: 'What to change, and why.' })
    input: UpdateIssueInput,
    @Ctx() ctx: Context,
  ): Promise<IssuePayload> {
    const key = fromGlobalId(input.id, 'input.id', ['Issue']).key;
    const result = await updateIssueWrite(
      ctx.db,
      viewerOf(ctx),
      key,
      {
        expectedVersion: input.expectedVersion,
        ...(input.name === undefined || input.name === null ? {} : { name: input.name }),
        ...(input.proposition === undefined || input.proposition === null
          ? {}
          : { proposition: input.proposition }),
        ...(input.description === undefined ? {} : { description: input.description }),
        ...(input.cues == null ? {} : { cues: storedCues(input.cues, 'input.cues') }),
      },
      input.reason,
    );
    return issuePayload(ctx, result);
  }
}

async function issuePayload(ctx: Context, result: WriteResult): Promise<IssuePayload> {
  ctx.loaders.issue.clear(result.key);
  const record = await ctx.loaders.issue.load(result.key);
  if (record === null) throw new NotFoundError('issue', result.key);
  return { issue: Issue.from(record), auditEntry: AuditEntry.from(result.audit) };
}

/** Cues as the graph stores them; a cue shows SUPPORT or OPPOSE (or only the topic), never more. */
function storedCues(cues: readonly IssueCueInput[], argument: string): string[] {
  return cues.map(({ phrase, stance }) => {
    if (stance === Stance.SUPPORT || stance === Stance.OPPOSE || stance == null) {
      return encodeCue({ phrase, stance: stance ?? null });
    }
    throw new BadUserInputError(
      `${argument}: a cue shows SUPPORT or OPPOSE, or leave stance out for a topic cue.`,
      argument,
    );
  });
}
