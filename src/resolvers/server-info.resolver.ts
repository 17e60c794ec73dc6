import { Ctx, Query, Resolver } from 'type-graphql';
import { type Context } from '../context';
import { getServerInfo } from '../repositories/server.repository';
import { ServerInfo } from '../schema/server-info.type';
import { serviceVersion } from '../version';

@Resolver(() => ServerInfo)
export class ServerInfoResolver {
  @Query(() => ServerInfo, {
    description: 'The service and database versions; the cheapest way to check the API end to end.',
  })
  async serverInfo(@Ctx() { db }: Context): Promise<ServerInfo> {
    const kernel = await getServerInfo(db);
    return { version: serviceVersion, neo4jVersion: kernel.version, neo4jEdition: kernel.edition };
  }
}
