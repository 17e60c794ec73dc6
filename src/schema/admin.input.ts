import { IsOptional, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AuditEntry } from './audit.type';
import { ChangeInput } from './change.input';
import { Stakeholder } from './node.interface';

@InputType({ description: 'Two records of one stakeholder: the one to keep and the duplicate it absorbs.' })
export class MergeStakeholdersInput extends ChangeInput {
  @Field(() => ID, { description: 'Global id of the stakeholder that stays.' })
  keepId!: string;

  @Field(() => ID, {
    description:
      'Global id of the duplicate: its relationships and names move to the kept one; its id keeps resolving (node(id:) answers with the kept one).',
  })
  mergeId!: string;

  @Field(() => Int, { nullable: true, description: 'The kept stakeholder’s version you read.' })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;
}

@ObjectType({ description: 'The stakeholder after the merge, and the audit entry.' })
export class MergeStakeholdersPayload {
  @Field(() => Stakeholder, { description: 'The kept stakeholder, with the duplicate’s names as aliases.' })
  stakeholder!: Stakeholder;
  @Field(() => Int, { description: 'Relationships moved over or folded into existing ones.' })
  relationshipsMoved!: number;
  @Field(() => AuditEntry, { description: 'The audit entry of this change.' })
  auditEntry!: AuditEntry;
}

@InputType({ description: 'What to remove for good, and the legal reason.' })
export class PurgeInput extends ChangeInput {
  @Field(() => ID, {
    description:
      'Global id of a Statement, Position, Article, Person or Organization. Refused (CONFLICT) while other facts depend on it.',
  })
  id!: string;
}

@ObjectType({
  description: 'What a purge removed, and its audit entry (which never holds the removed content).',
})
export class PurgePayload {
  @Field(() => ID, { description: 'The global id of the removed node; node(id:) now answers NOT_FOUND.' })
  purgedId!: string;
  @Field(() => Int, { description: 'Earlier audit entries whose before/after diff was scrubbed.' })
  auditEntriesScrubbed!: number;
  @Field(() => AuditEntry, { description: 'The audit entry of the purge.' })
  auditEntry!: AuditEntry;
}
