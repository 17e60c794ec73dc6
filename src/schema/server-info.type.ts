import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What is serving this API and which database it runs on.' })
export class ServerInfo {
  @Field(() => String, { description: 'Version of this service (package.json).' })
  version!: string;

  @Field(() => String, { description: 'Version of the Neo4j server answering queries, e.g. "5.26.30".' })
  neo4jVersion!: string;

  @Field(() => String, { description: 'Neo4j edition: "community" or "enterprise".' })
  neo4jEdition!: string;
}
