import { ArrayMaxSize, IsOptional, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AuditEntry } from './audit.type';
import { Node } from './node.interface';
import { Stakeholder } from './node.interface';
import { Organization, Person } from './stakeholder.type';
import { ChangeInput, MAX_NAME, MAX_TEXT, NOT_BLANK } from './change.input';

@InputType({ description: 'A new person.' })
export class CreatePersonInput extends ChangeInput {
  @Field(() => String, { description: 'Canonical name, e.g. "Ana Lima" (1–200 characters).' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(MAX_NAME)
  name!: string;

  @Field(() => [String], { defaultValue: [], description: 'Other names the sources use (at most 20).' })
  @ArrayMaxSize(20)
  @MaxLength(MAX_NAME, { each: true })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'One-line description (at most 2000 characters).' })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  description?: string | null;
}

@InputType({ description: 'A new organization.' })
export class CreateOrganizationInput extends CreatePersonInput {
  @Field(() => String, {
    description: 'What sort of organization: an UPPER_SNAKE_CASE code, e.g. UNION, COALITION, NEWS_OUTLET.',
  })
  @Matches(/^[A-Z][A-Z0-9_]{0,59}$/, { message: 'kind must be an UPPER_SNAKE_CASE code, e.g. UNION' })
  kind!: string;
}

@InputType({ description: 'A change to a person’s or organization’s name or description.' })
export class UpdateStakeholderInput extends ChangeInput {
  @Field(() => ID, { description: 'Global id of the Person or Organization.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you read; if it changed meanwhile nothing is written and you get CONFLICT.',
  })
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'New canonical name; omit to keep it.' })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(MAX_NAME)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; omit to keep it.' })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  description?: string | null;
}

@InputType({ description: 'An alias to add to or remove from a person or organization.' })
export class AliasInput extends ChangeInput {
  @Field(() => ID, { description: 'Global id of the Person or Organization.' })
  id!: string;

  @Field(() => String, { description: 'The alias, e.g. "the governor" (1–200 characters).' })
  @Matches(NOT_BLANK, { message: 'alias must not be blank' })
  @MaxLength(MAX_NAME)
  alias!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you read; when given and it changed meanwhile, CONFLICT and nothing written.',
  })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;
}

@ObjectType({ description: 'The person created, and the audit entry recording it.' })
export class CreatePersonPayload {
  @Field(() => Person, { description: 'The new person.' })
  person!: Person;
  @Field(() => AuditEntry, { description: 'The audit entry of this change.' })
  auditEntry!: AuditEntry;
}

@ObjectType({ description: 'The organization created, and the audit entry recording it.' })
export class CreateOrganizationPayload {
  @Field(() => Organization, { description: 'The new organization.' })
  organization!: Organization;
  @Field(() => AuditEntry, { description: 'The audit entry of this change.' })
  auditEntry!: AuditEntry;
}

@ObjectType({ description: 'The stakeholder as changed, and the audit entry recording the change.' })
export class StakeholderChangePayload {
  @Field(() => Stakeholder, { description: 'The person or organization after the change.' })
  stakeholder!: Stakeholder;
  @Field(() => AuditEntry, { description: 'The audit entry of this change.' })
  auditEntry!: AuditEntry;
}

@InputType({ description: 'The audit entry to undo, and why.' })
export class RevertChangeInput extends ChangeInput {
  @Field(() => ID, { description: 'The id of the audit entry to undo (AuditEntry.id).' })
  @Matches(NOT_BLANK, { message: 'auditEntryId must not be blank' })
  @MaxLength(100)
  auditEntryId!: string;
}

@ObjectType({ description: 'What a revertChange changed back, and its own audit entry.' })
export class RevertChangePayload {
  @Field(() => [Node], {
    description:
      'The objects after the revert: a stakeholder with its old fields back, a withdrawn position, a retracted statement …',
  })
  changed!: Node[];
  @Field(() => AuditEntry, {
    description: 'The audit entry of the revert (its `reverts` names the entry undone).',
  })
  auditEntry!: AuditEntry;
}
