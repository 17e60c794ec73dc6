import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Context } from '../context';
import { Node, Stakeholder } from '../schema/node.interface';
import { Membership, Role, Spokesperson } from '../schema/role.type';
import { Organization, Person, stakeholderFrom } from '../schema/stakeholder.type';
import { Statement } from '../schema/statement.type';
import { loadStakeholderOrFail, loadStatements } from './load';

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Person, { description: 'Who holds the title.' })
  async person(@Root() role: Role, @Ctx() ctx: Context): Promise<Node> {
    return loadStakeholderOrFail(ctx, role.personKey);
  }

  @FieldResolver(() => Organization, { description: 'Where the title is held.' })
  async organization(@Root() role: Role, @Ctx() ctx: Context): Promise<Node> {
    return loadStakeholderOrFail(ctx, role.organizationKey);
  }

  @FieldResolver(() => [Statement], { description: 'The words that give the title.' })
  evidence(@Root() role: Role, @Ctx() ctx: Context): Promise<Statement[]> {
    return loadStatements(ctx, role.evidenceKeys);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Stakeholder, { description: 'The member.' })
  member(@Root() membership: Membership, @Ctx() ctx: Context): Promise<Stakeholder> {
    return loadStakeholderOrFail(ctx, membership.memberKey);
  }

  @FieldResolver(() => Organization, { description: 'The organization it belongs to.' })
  async organization(@Root() membership: Membership, @Ctx() ctx: Context): Promise<Node> {
    return loadStakeholderOrFail(ctx, membership.organizationKey);
  }

  @FieldResolver(() => [Statement], { description: 'The words the membership rests on.' })
  evidence(@Root() membership: Membership, @Ctx() ctx: Context): Promise<Statement[]> {
    return loadStatements(ctx, membership.evidenceKeys);
  }
}

@Resolver(() => Spokesperson)
export class SpokespersonResolver {
  @FieldResolver(() => Person, { description: 'The person.' })
  async person(@Root() spokesperson: Spokesperson, @Ctx() ctx: Context): Promise<Node> {
    const { person } = spokesperson.preloaded;
    if (person !== undefined) return stakeholderFrom(person);
    return loadStakeholderOrFail(ctx, spokesperson.personKey);
  }

  @FieldResolver(() => [Statement], { description: 'What they said on the organization’s behalf.' })
  evidence(@Root() spokesperson: Spokesperson, @Ctx() ctx: Context): Promise<Statement[]> {
    const { evidence } = spokesperson.preloaded;
    if (evidence !== undefined) return Promise.resolve(evidence.map((record) => Statement.from(record)));
    return loadStatements(ctx, spokesperson.evidenceKeys);
  }
}
