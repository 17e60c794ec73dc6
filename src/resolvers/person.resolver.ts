import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { type Context } from '../context';
import { disputeScope } from './dispute.resolver';
import { NotFoundError } from '../errors';
import { findPeoplePage } from '../repositories/stakeholder.repository';
import { ListArgs, ScopedPageArgs } from '../schema/args';
import { fromGlobalId } from '../schema/global-id';
import { PersonConnection } from '../schema/pagination';
import { Position } from '../schema/position.type';
import { Membership, Role } from '../schema/role.type';
import { Person } from '../schema/stakeholder.type';
import { Statement } from '../schema/statement.type';
import { loadPositionsOf, loadStatementsOf } from './load';
import { checkPageSize, decodeCursor, toPage } from './pagination';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { description: 'A person by global id. NOT_FOUND when unknown.' })
  async person(
    @Arg('id', () => ID, { description: 'Global id of a Person.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    const { key } = fromGlobalId(id, 'id', ['Person']);
    const record = await ctx.loaders.stakeholder.load(key);
    if (record?.label !== 'Person') throw new NotFoundError('person', id);
    return Person.from(record);
  }

  @Query(() => PersonConnection, {
    description: 'Everyone named in the articles, by name; optionally only those involved in one dispute.',
  })
  async people(@Args(() => ScopedPageArgs) { first, after, dispute }: ScopedPageArgs, @Ctx() ctx: Context) {
    checkPageSize(first);
    const cursor = decodeCursor(after);
    const rows = await findPeoplePage(ctx.db, await disputeScope(ctx, dispute), {
      after: cursor === null ? null : { name: cursor.sort, key: cursor.key },
      limit: first + 1,
    });
    return toPage(
      rows,
      first,
      (row) => row.name,
      (row) => row.key,
      (row) => Person.from(row),
    );
  }

  @FieldResolver(() => [Role], { description: 'Titles this person holds, with their sources.' })
  async roles(@Root() person: Person, @Ctx() ctx: Context): Promise<Role[]> {
    return (await ctx.loaders.rolesByPerson.load(person.key)).map((record) => Role.from(record));
  }

  @FieldResolver(() => [Membership], { description: 'Organizations this person belongs to.' })
  async memberships(@Root() person: Person, @Ctx() ctx: Context): Promise<Membership[]> {
    return (await ctx.loaders.membershipsByMember.load(person.key)).map((record) => Membership.from(record));
  }

  @FieldResolver(() => [Statement], { description: 'What this person said or wrote, oldest first.' })
  async statements(
    @Root() person: Person,
    @Ctx() ctx: Context,
    @Args(() => ListArgs) { first }: ListArgs,
  ): Promise<Statement[]> {
    return (await loadStatementsOf(ctx, person.key)).slice(0, first);
  }

  @FieldResolver(() => [Position], { description: 'Every position this person has taken, oldest first.' })
  async positions(
    @Root() person: Person,
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
    return (await loadPositionsOf(ctx, person.key, issueSlug, scope)).slice(0, first);
  }
}
