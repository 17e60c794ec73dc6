import { IsISO8601, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { type AuditEntryRecord } from '../repositories/audit.repository';
import { PageArgs } from './args';
import { connectionOf } from './pagination';

@ObjectType({ description: 'One change written through the API: who, when, what and why.' })
export class AuditEntry {
  @Field(() => ID, { description: 'The entry’s id; pass it to revertChange to undo the change.' })
  id!: string;

  @Field(() => String, { description: 'When the change was committed (ISO 8601, UTC).' })
  at!: string;

  @Field(() => String, { description: 'Who made it: "token:<id>", "jwt:<subject>" or "system:<name>".' })
  actor!: string;

  @Field(() => String, { description: 'The actor’s display name (the token’s name, the JWT’s name claim).' })
  actorName!: string;

  @Field(() => String, { description: 'The actor’s role when the change was made: reader, editor or admin.' })
  role!: string;

  @Field(() => String, { description: 'How the actor signed in: token, jwt or system.' })
  via!: string;

  @Field(() => String, { description: 'The mutation that made the change, e.g. "updateStakeholder".' })
  operation!: string;

  @Field(() => String, { description: 'Why, in the editor’s words.' })
  reason!: string;

  @Field(() => [String], { description: 'Curated keys of the nodes the change touched.' })
  changedKeys!: string[];

  @Field(() => String, {
    description: 'JSON text {"before": …, "after": …} of the changed fields; before is null for a creation.',
  })
  diff!: string;

  @Field(() => ID, { nullable: true, description: 'For a revertChange: the id of the entry it undid.' })
  reverts!: string | null;

  static from(record: AuditEntryRecord): AuditEntry {
    return Object.assign(new AuditEntry(), {
      id: record.id,
      at: record.at,
      actor: record.actor,
      actorName: record.actorName,
      role: record.role,
      via: record.via,
      operation: record.operation,
      reason: record.reason,
      changedKeys: record.changedIds,
      diff: record.diff,
      reverts: record.reverts ?? null,
    });
  }
}

export const AuditEntryConnection = connectionOf('AuditEntry', AuditEntry);

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only changes by this actor, e.g. "token:4f2a9c1e0b7d".',
  })
  @MaxLength(200)
  actor?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this operation, e.g. "createPerson".' })
  @MaxLength(100)
  operation?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only changes at or after this time (ISO 8601, e.g. "2026-11-29T00:00:00.000Z").',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'since must be an ISO 8601 time, e.g. 2026-11-29T00:00:00.000Z' })
  since?: string | null;
}
