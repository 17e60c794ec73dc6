/**
 * The @neo4j/graphql baseline on the same database: the part of the model it can express (a
 * statement with its speaker, article and issues; a position with its holder, issue and
 * evidence), served by Apollo Server's standalone HTTP server. It translates each operation into
 * one Cypher query from the selection set, which is what the service is compared with.
 *
 *   NGQL_PORT, NEO4J_URI, NEO4J_DATABASE (neo4j)
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const typeDefs = /* GraphQL */ `
  type Stakeholder @node {
    id: ID!
    name: String!
  }
  type Article @node {
    id: ID!
    headline: String
    publishedOn: Date
  }
  type Issue @node {
    id: ID!
    slug: String!
    dispute: String!
  }
  type Statement @node {
    id: ID!
    text: String!
    saidOn: Date
    start: Int
    speaker: [Stakeholder!]! @relationship(type: "SAID_BY", direction: OUT)
    article: [Article!]! @relationship(type: "IN_ARTICLE", direction: OUT)
    issues: [Issue!]! @relationship(type: "ABOUT", direction: OUT)
  }
  type Position @node {
    id: ID!
    stance: String!
    holder: [Stakeholder!]! @relationship(type: "HOLDS_POSITION", direction: IN)
    issue: [Issue!]! @relationship(type: "ON_ISSUE", direction: OUT)
    evidence: [Statement!]! @relationship(type: "EVIDENCED_BY", direction: OUT)
  }
`;

void (async () => {
  const driver = neo4j.driver(
    process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    neo4j.auth.basic('neo4j', ''),
  );
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.NGQL_PORT ?? 4200), host: '127.0.0.1' },
    context: () => Promise.resolve({ sessionConfig: { database: process.env.NEO4J_DATABASE ?? 'neo4j' } }),
  });
  process.stdout.write(`@neo4j/graphql baseline on ${url}\n`);
})();
