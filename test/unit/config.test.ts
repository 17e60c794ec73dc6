import path from 'node:path';
import { ConfigError, readConfig } from '../../src/config';

describe('readConfig', () => {
  it('defaults to port 4000, the neo4j database and the local Neo4j', () => {
    const config = readConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.neo4j.localHome).toBe(path.resolve(__dirname, '../../.data/neo4j'));
  });

  it('names every invalid variable in one error', () => {
    expect(() => readConfig({ PORT: '0', NEO4J_URI: 'http://x', SEED_ON_START: 'sometimes' })).toThrow(
      ConfigError,
    );
    expect(() => readConfig({ PORT: '0', NEO4J_URI: 'http://x' })).toThrow(
      /PORT .*; NEO4J_URI must start with bolt:\/\//,
    );
  });

  it('accepts cluster and Aura URIs', () => {
    expect(readConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).neo4j.uri).toBe(
      'neo4j+s://abc.databases.neo4j.io',
    );
  });

  it('falls safe when unset: production masking, loopback, limits on, same-origin CORS', () => {
    const config = readConfig({});
    expect(config.environment).toBe('production');
    expect(config.host).toBe('127.0.0.1');
    expect(config.http).toEqual({
      requestTimeoutMs: 20_000,
      rateLimitPerMinute: 600,
      clientMaxConcurrency: 8,
      corsOrigins: [],
      trustProxy: 0,
    });
    expect(config.neo4j).toMatchObject({
      restartMax: 5,
      restartBackoffMs: 1_000,
      acquisitionTimeoutMs: 5_000,
    });
  });

  it('reads CORS_ORIGINS as a comma-separated list of origins and rejects anything else', () => {
    expect(readConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:3000' }).http.corsOrigins).toEqual(
      ['https://a.example', 'http://localhost:3000'],
    );
    expect(() => readConfig({ CORS_ORIGINS: 'https://a.example/path' })).toThrow(/CORS_ORIGINS/);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
