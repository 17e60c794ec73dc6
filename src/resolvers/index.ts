import { type NonEmptyArray } from 'type-graphql';
import { AnalysisResolver, CampResolver, PathResolver, PathStepResolver } from './analysis.resolver';
import { ArticleResolver } from './article.resolver';
import { AuditResolver } from './audit.resolver';
import { DisputeResolver } from './dispute.resolver';
import { EvidenceMutationResolver } from './evidence-mutation.resolver';
import { EventResolver, ParticipantResolver, ReportedFigureResolver } from './event.resolver';
import { IssueResolver } from './issue.resolver';
import { IssueMutationResolver } from './issue-mutation.resolver';
import { RoleMutationResolver } from './role-mutation.resolver';
import { VoteMutationResolver } from './vote-mutation.resolver';
import { AdminMutationResolver } from './admin-mutation.resolver';
import { NodeResolver } from './node.resolver';
import { OrganizationResolver } from './organization.resolver';
import { PersonResolver } from './person.resolver';
import { PositionResolver } from './position.resolver';
import { MembershipResolver, RoleResolver, SpokespersonResolver } from './role.resolver';
import { SearchResolver } from './search.resolver';
import { StakeholderMutationResolver } from './stakeholder-mutation.resolver';
import { ServerInfoResolver } from './server-info.resolver';
import { StatementResolver } from './statement.resolver';
import { SuggestionResolver } from './suggestion.resolver';
import {
  AgreementResolver,
  AgreementTermResolver,
  BallotResolver,
  ReportedTallyResolver,
  TallyResolver,
  VoteResolver,
  VoteRuleResolver,
  RuleReadingResolver,
  ThresholdResolver,
} from './vote.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  ServerInfoResolver,
  NodeResolver,
  PersonResolver,
  OrganizationResolver,
  RoleResolver,
  MembershipResolver,
  SpokespersonResolver,
  ArticleResolver,
  StatementResolver,
  DisputeResolver,
  IssueResolver,
  PositionResolver,
  VoteResolver,
  ReportedTallyResolver,
  TallyResolver,
  BallotResolver,
  VoteRuleResolver,
  RuleReadingResolver,
  ThresholdResolver,
  AgreementResolver,
  AgreementTermResolver,
  EventResolver,
  ParticipantResolver,
  ReportedFigureResolver,
  AnalysisResolver,
  CampResolver,
  PathResolver,
  PathStepResolver,
  SearchResolver,
  AuditResolver,
  StakeholderMutationResolver,
  IssueMutationResolver,
  RoleMutationResolver,
  VoteMutationResolver,
  AdminMutationResolver,
  EvidenceMutationResolver,
  SuggestionResolver,
];
