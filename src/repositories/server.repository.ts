import { type Database } from '../db';

export interface Neo4jComponent {
  name: string;
  version: string;
  edition: string;
}

/** The Neo4j kernel component (cypher/server/get-server-info.cypher). */
export async function getServerInfo(db: Database): Promise<Neo4jComponent> {
  const rows = await db.readQuery<Neo4jComponent>('server/get-server-info');
  const kernel = rows.find((row) => row.name === 'Neo4j Kernel') ?? rows[0];
  if (kernel === undefined) throw new Error('dbms.components() returned no rows');
  return kernel;
}
