import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AuditEntry } from './audit.type';
import { ChangeInput, MAX_NAME, MAX_TEXT, NOT_BLANK } from './change.input';
import { Stakeholder } from './node.interface';
import { Organization, Person } from './stakeholder.type';
import { DateScalar } from './scalars';

@InputType()
class RoleKeyInput extends ChangeInput {
  @Field(() => ID, { description: 'Global id of the Person.' })
  personId!: string;

  @Field(() => ID, { description: 'Global id of the Organization.' })
  organizationId!: string;

  @Field(() => String, { description: 'The title as the source gives it, e.g. "spokeswoman".' })
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  @MaxLength(MAX_NAME)
  title!: string;
}

@InputType({ description: 'A title a person holds at an organization, with the statements that state it.' })
export class AddRoleInput extends RoleKeyInput {
  @Field(() => DateScalar, { nullable: true, description: 'Since when, if a source says.' })
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'A note on the dates or the reading.' })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  note?: string | null;

  @Field(() => [ID], { description: 'Global ids of the Statements that state the role (1 to 20).' })
  @ArrayMinSize(1, { message: 'evidenceIds must name at least one statement' })
  @ArrayMaxSize(20)
  evidenceIds!: string[];
}

@InputType({ description: 'The end of a person’s open role, with the statements that say it ended.' })
export class EndRoleInput extends RoleKeyInput {
  @Field(() => DateScalar, { description: 'The role’s last day.' })
  until!: string;

  @Field(() => [ID], { description: 'Global ids of the Statements that say it ended (1 to 20).' })
  @ArrayMinSize(1, { message: 'evidenceIds must name at least one statement' })
  @ArrayMaxSize(20)
  evidenceIds!: string[];

  @Field(() => Int, { nullable: true, description: 'The role’s version you read (Role.version).' })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;
}

@InputType({
  description: 'A stakeholder’s membership of an organization, with the statements that state it.',
})
export class AddMembershipInput extends ChangeInput {
  @Field(() => ID, { description: 'Global id of the member (Person or Organization).' })
  memberId!: string;

  @Field(() => ID, { description: 'Global id of the Organization.' })
  organizationId!: string;

  @Field(() => String, { description: 'How the member belongs, e.g. "member union", "local of".' })
  @Matches(NOT_BLANK, { message: 'relation must not be blank' })
  @MaxLength(MAX_NAME)
  relation!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'True when no source says it outright; then note is required.',
  })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: 'How an inferred membership was inferred.' })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  note?: string | null;

  @Field(() => [ID], { description: 'Global ids of the Statements that state it (1 to 20).' })
  @ArrayMinSize(1, { message: 'evidenceIds must name at least one statement' })
  @ArrayMaxSize(20)
  evidenceIds!: string[];
}

@ObjectType({ description: 'The person and organization after a role change, and the audit entry.' })
export class RolePayload {
  @Field(() => Person, { description: 'The person, with roles.' })
  person!: Person;
  @Field(() => Organization, { description: 'The organization.' })
  organization!: Organization;
  @Field(() => AuditEntry, { description: 'The audit entry of this change.' })
  auditEntry!: AuditEntry;
}

@ObjectType({ description: 'The member and organization after the change, and the audit entry.' })
export class MembershipPayload {
  @Field(() => Stakeholder, { description: 'The member, with memberships.' })
  member!: Stakeholder;
  @Field(() => Organization, { description: 'The organization, with members.' })
  organization!: Organization;
  @Field(() => AuditEntry, { description: 'The audit entry of this change.' })
  auditEntry!: AuditEntry;
}
