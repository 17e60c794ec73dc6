import { type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { type Context } from '../context';
import { disputeScope } from './dispute.resolver';
import { NotFoundError } from '../errors';
import { findOrganization, findOrganizationsPage } from '../repositories/stakeholder.repository';
import { ListArgs, OrganizationsArgs } from '../schema/args';
import { fromGlobalId } from '../schema/global-id';
import { OrganizationConnection } from '../schema/pagination';
import { Position } from '../schema/position.type';
import { Membership, Role, Spokesperson } from '../schema/role.type';
import { Organization } from '../schema/stakeholder.type';
import { Statement } from '../schema/statement.type';
import { loadPositionsOf, loadStatementsOf } from './load';
import { checkPageSize, decodeCursor, toPage } from './pagination';
import { selectionTree, type SelectionTree } from './lookahead';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { description: 'An organization by global id. NOT_FOUND when unknown.' })
  async organization(
    @Arg('id', () => ID, { description: 'Global id of an Organization.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Organization> {
    const { key } = fromGlobalId(id, 'id', ['Organization']);
    // One query: the organization with what the client selected (spokespeople and theirs).
    const selection = info === undefined ? new Map<string, SelectionTree>() : selectionTree(info);
    const record = await findOrganization(ctx.db, key, {
      organization: selection,
      spokespeople: selection.get('spokespeople') ?? null,
    });
    if (record === null) throw new NotFoundError('organization', id);
    return Organization.from(record);
  }

  @Query(() => OrganizationConnection, {
    description: 'Organizations, optionally of one kind and/or involved in one dispute, by name.',
  })
  async organizations(
    @Args(() => OrganizationsArgs) { first, after, kind, dispute }: OrganizationsArgs,
    @Ctx() ctx: Context,
  ) {
    checkPageSize(first);
    const cursor = decodeCursor(after);
    const rows = await findOrganizationsPage(ctx.db, kind ?? null, await disputeScope(ctx, dispute), {
      after: cursor === null ? null : { name: cursor.sort, key: cursor.key },
      limit: first + 1,
    });
    return toPage(
      rows,
      first,
      (row) => row.name,
      (row) => row.key,
      (row) => Organization.from(row),
    );
  }

  @FieldResolver(() => [Membership], {
    description: 'Members of this organization (unions, locals, people).',
  })
  async members(
    @Root() organization: Organization,
    @Ctx() ctx: Context,
    @Args(() => ListArgs) { first }: ListArgs,
  ): Promise<Membership[]> {
    return (await ctx.loaders.membersByOrganization.load(organization.key))
      .slice(0, first)
      .map((record) => Membership.from(record));
  }

  @FieldResolver(() => [Membership], { description: 'Organizations this one belongs to.' })
  async memberships(@Root() organization: Organization, @Ctx() ctx: Context): Promise<Membership[]> {
    return (await ctx.loaders.membershipsByMember.load(organization.key)).map((record) =>
      Membership.from(record),
    );
  }

  @FieldResolver(() => [Role], { description: 'Titles people hold here.' })
  async roles(@Root() organization: Organization, @Ctx() ctx: Context): Promise<Role[]> {
    return (await ctx.loaders.rolesByOrganization.load(organization.key)).map((record) => Role.from(record));
  }

  @FieldResolver(() => [Spokesperson], {
    description:
      'Who speaks for this organization: people quoted on its behalf, and its spokespeople, negotiators and presidents.',
  })
  async spokespeople(@Root() organization: Organization, @Ctx() ctx: Context): Promise<Spokesperson[]> {
    const { spokespeople } = organization.preloaded;
    if (spokespeople !== undefined) return spokespeople.map((record) => Spokesperson.from(record));
    return (await ctx.loaders.spokespeopleByOrganization.load(organization.key)).map((record) =>
      Spokesperson.from(record),
    );
  }

  @FieldResolver(() => [Statement], {
    description: 'Statements made on this organization’s behalf or by it, oldest first.',
  })
  async statements(
    @Root() organization: Organization,
    @Ctx() ctx: Context,
    @Args(() => ListArgs) { first }: ListArgs,
  ): Promise<Statement[]> {
    return (await loadStatementsOf(ctx, organization.key)).slice(0, first);
  }

  @FieldResolver(() => [Position], {
    description: 'Every position this organization has taken, oldest first.',
  })
  async positions(
    @Root() organization: Organization,
    @Ctx() ctx: Context,
    @Args(() => ListArgs) { first }: ListArgs,
    @Arg('issueSlug', () => String, { nullable: true, description: 'Only on this issue.' })
    issueSlug?: string | null,
    @Arg('dispute', () => String, {
      nullable: true,
      description:
        'Only on issues of this dispute (slug); needed with issueSlug when several disputes use it.',
    })
    dispute?: string | null,
  ): Promise<Position[]> {
    const scope = await disputeScope(ctx, dispute);
    return (await loadPositionsOf(ctx, organization.key, issueSlug, scope)).slice(0, first);
  }
}
