/** The database layer's public surface: nothing else in src/ imports neo4j-driver. */
export {
  Database,
  type Params,
  type Row,
  type Writer,
  type QueryListener,
  type ServerInfo,
} from './database';
export { connect, waitUntilReachable, StartupConnectionError, type Connection } from './connect';
export { DatabaseAuthError, isUnavailable } from './errors';
export { DatabaseHealth, type HealthSnapshot, type HealthStatus } from './health';
export {
  startLocalNeo4j,
  superviseLocalNeo4j,
  type SupervisedNeo4j,
  stopDetachedLocalNeo4j,
  resetLocalNeo4j,
  findRunningLocalNeo4j,
  findFreePort,
  LocalNeo4jError,
  type LocalNeo4j,
} from './local-neo4j';
export type { PlainValue } from './values';
export type { Selection } from './compose';
