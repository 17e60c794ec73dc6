/**
 * The first mutations through the one write path: each happy path, a bad input that writes nothing,
 * optimistic concurrency, and the audit trail (history, auditLog) written with every change.
 */
import { createStakeholder } from '../../src/repositories/stakeholder.repository';
import { toGlobalId } from '../../src/schema/global-id';
import { writeAudit } from '../../src/write/audit';
import { expectData, expectErrorCode } from '../helpers/api';
import { count, createTestToken, removeEditorWrites, type TestToken } from '../helpers/auth';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let editor: TestToken;

beforeAll(async () => {
  server = await startTestServer();
  editor = await createTestToken(server.db, 'editor', 'Ana');
});

afterAll(async () => {
  await removeEditorWrites(server.db);
  await server.close();
});

interface Entry {
  id: string;
  actor: string;
  actorName: string;
  role: string;
  via: string;
  operation: string;
  reason: string;
  changedKeys: string[];
  diff: string;
}
interface Shape {
  id: string;
  key: string;
  name: string;
  aliases: string[];
  description: string | null;
  version: number;
  createdBy: string | null;
}

const ENTRY = 'auditEntry { id actor actorName role via operation reason changedKeys diff reverts }';
const SHAPE = 'id key name aliases description version createdBy createdAt updatedAt';

const CREATE_PERSON = `mutation ($input: CreatePersonInput!) {
  createPerson(input: $input) { person { ${SHAPE} } ${ENTRY} }
}`;
const UPDATE = `mutation ($input: UpdateStakeholderInput!) {
  updateStakeholder(input: $input) { stakeholder { ${SHAPE} } ${ENTRY} }
}`;

const auditCount = () => count(server.db, 'MATCH (a:AuditEntry) RETURN count(a) AS count');

async function createPerson(name: string, extra: Record<string, unknown> = {}) {
  const data = expectData(
    await server.graphql<{ createPerson: { person: Shape; auditEntry: Entry } }>(
      CREATE_PERSON,
      { input: { name, reason: 'named in a new article', ...extra } },
      editor.headers,
    ),
  );
  return data.createPerson;
}

describe('createPerson', () => {
  it('creates a person with a slug id, version 1 and provenance, audited in the same write', async () => {
    const { person, auditEntry } = await createPerson('Ána Lima', {
      aliases: ['Lima', ' Lima ', 'Ána Lima'],
      description: 'Union steward',
    });
    expect(person).toMatchObject({
      key: 'ana-lima',
      name: 'Ána Lima',
      aliases: ['Lima'],
      description: 'Union steward',
      version: 1,
      createdBy: `token:${editor.id}`,
    });
    expect(auditEntry).toMatchObject({
      actor: `token:${editor.id}`,
      actorName: 'Ana',
      role: 'editor',
      via: 'token',
      operation: 'createPerson',
      reason: 'named in a new article',
      changedKeys: ['ana-lima'],
    });
    expect(JSON.parse(auditEntry.diff)).toEqual({
      before: null,
      after: { name: 'Ána Lima', aliases: ['Lima'], kind: null, description: 'Union steward', version: 1 },
    });
    const [node] = await server.db.runText(
      `MATCH (p:Person:Stakeholder {id: 'ana-lima'})<-[:CHANGED]-(a:AuditEntry {id: $audit})
       RETURN p.origin AS origin, p.createdAt = a.at AS sameTime`,
      { audit: auditEntry.id },
    );
    expect(node).toEqual({ origin: 'editor', sameTime: true });
  });

  it('gives a second person of the same name the slug with a random suffix', async () => {
    const first = await createPerson('Rui Costa');
    const second = await createPerson('Rui Costa');
    expect(first.person.key).toBe('rui-costa');
    expect(second.person.key).toMatch(/^rui-costa-[a-z0-9]{6}$/);
  });

  it('answers BAD_USER_INPUT for a blank name and writes nothing', async () => {
    const before = await auditCount();
    const response = await server.graphql(
      CREATE_PERSON,
      { input: { name: '   ', reason: 'test' } },
      editor.headers,
    );
    expect(expectErrorCode(response, 'BAD_USER_INPUT').message).toMatch(/name must not be blank/);
    expect(await count(server.db, "MATCH (p:Person) WHERE trim(p.name) = '' RETURN count(p) AS count")).toBe(
      0,
    );
    expect(await auditCount()).toBe(before);
  });

  it('answers BAD_USER_INPUT for a missing reason and writes nothing', async () => {
    const before = await auditCount();
    const response = await server.graphql(
      CREATE_PERSON,
      { input: { name: 'Nobody Atall', reason: '' } },
      editor.headers,
    );
    expect(expectErrorCode(response, 'BAD_USER_INPUT').message).toMatch(/reason must say why/);
    expect(await count(server.db, "MATCH (p:Person {name: 'Nobody Atall'}) RETURN count(p) AS count")).toBe(
      0,
    );
    expect(await auditCount()).toBe(before);
  });
});

describe('createOrganization', () => {
  const CREATE_ORG = `mutation ($input: CreateOrganizationInput!) {
    createOrganization(input: $input) { organization { ${SHAPE} kind } ${ENTRY} }
  }`;

  it('creates an organization of a kind', async () => {
    const data = expectData(
      await server.graphql<{
        createOrganization: { organization: Shape & { kind: string }; auditEntry: Entry };
      }>(
        CREATE_ORG,
        { input: { name: 'Harbor Pilots Guild', kind: 'UNION', reason: 'quoted in the article' } },
        editor.headers,
      ),
    );
    expect(data.createOrganization.organization).toMatchObject({
      key: 'harbor-pilots-guild',
      kind: 'UNION',
      version: 1,
    });
    expect(data.createOrganization.auditEntry.operation).toBe('createOrganization');
    const node = expectData(
      await server.graphql<{ node: { name: string } }>(
        `{ node(id: "${toGlobalId('Organization', 'harbor-pilots-guild')}") { ... on Organization { name } } }`,
      ),
    );
    expect(node.node.name).toBe('Harbor Pilots Guild');
  });

  it('answers BAD_USER_INPUT for a kind that is not an UPPER_SNAKE_CASE code and writes nothing', async () => {
    const before = await auditCount();
    const response = await server.graphql(
      CREATE_ORG,
      { input: { name: 'Lowercase Kind Org', kind: 'union', reason: 'test' } },
      editor.headers,
    );
    expect(expectErrorCode(response, 'BAD_USER_INPUT').message).toMatch(/kind must be an UPPER_SNAKE_CASE/);
    expect(
      await count(server.db, "MATCH (o:Organization {name: 'Lowercase Kind Org'}) RETURN count(o) AS count"),
    ).toBe(0);
    expect(await auditCount()).toBe(before);
  });
});

describe('updateStakeholder', () => {
  it('changes the name, bumps the version and records before and after', async () => {
    const { person } = await createPerson('Teresa Alves', { description: 'old' });
    const data = expectData(
      await server.graphql<{ updateStakeholder: { stakeholder: Shape; auditEntry: Entry } }>(
        UPDATE,
        { input: { id: person.id, expectedVersion: 1, name: 'Teresa M. Alves', reason: 'full name' } },
        editor.headers,
      ),
    );
    expect(data.updateStakeholder.stakeholder).toMatchObject({
      name: 'Teresa M. Alves',
      description: 'old',
      version: 2,
    });
    expect(JSON.parse(data.updateStakeholder.auditEntry.diff)).toEqual({
      before: { name: 'Teresa Alves', aliases: [], description: 'old', version: 1 },
      after: { name: 'Teresa M. Alves', aliases: [], description: 'old', version: 2 },
    });
    const history = expectData(
      await server.graphql<{ history: Entry[] }>(`{ history(id: "${person.id}") { operation reason } }`),
    );
    expect(history.history).toEqual([
      { operation: 'updateStakeholder', reason: 'full name' },
      { operation: 'createPerson', reason: 'named in a new article' },
    ]);
  });

  it('answers CONFLICT with the current version when expectedVersion is stale, and writes nothing', async () => {
    const { person } = await createPerson('Stale Reader');
    const before = await auditCount();
    const response = await server.graphql(
      UPDATE,
      { input: { id: person.id, expectedVersion: 7, name: 'Changed', reason: 'test' } },
      editor.headers,
    );
    const error = expectErrorCode(response, 'CONFLICT');
    expect(error.message).toMatch(/version 1, not 7/);
    expect(error.extensions).toMatchObject({ currentVersion: 1, expectedVersion: 7 });
    expect(await count(server.db, "MATCH (p:Person {name: 'Changed'}) RETURN count(p) AS count")).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  it('answers NOT_FOUND for an unknown stakeholder', async () => {
    const response = await server.graphql(
      UPDATE,
      {
        input: { id: toGlobalId('Person', 'no-such-person'), expectedVersion: 1, name: 'X', reason: 'test' },
      },
      editor.headers,
    );
    expectErrorCode(response, 'NOT_FOUND');
  });

  it('lets exactly one of two concurrent updates with the same expectedVersion through', async () => {
    const { person } = await createPerson('Race Subject');
    const [a, b] = await Promise.all(
      ['Race Subject A', 'Race Subject B'].map((name) =>
        server.graphql<{ updateStakeholder: { stakeholder: Shape } }>(
          UPDATE,
          { input: { id: person.id, expectedVersion: 1, name, reason: 'race' } },
          editor.headers,
        ),
      ),
    );
    const codes = [a, b].map((response) => response.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const entries = await count(
      server.db,
      "MATCH (a:AuditEntry {operation: 'updateStakeholder'})-[:CHANGED]->(:Person {id: $key}) RETURN count(a) AS count",
      { key: person.key },
    );
    expect(entries).toBe(1);
    const [node] = await server.db.runText('MATCH (p:Person {id: $key}) RETURN p.version AS version', {
      key: person.key,
    });
    expect(node?.version).toBe(2);
  });

  it('treats a seeded stakeholder without a version as version 1', async () => {
    const data = expectData(
      await server.graphql<{ person: { version: number; createdBy: string | null } }>(
        `{ person(id: "${toGlobalId('Person', 'dannel-malloy')}") { version createdBy } }`,
      ),
    );
    expect(data.person).toEqual({ version: 1, createdBy: null });
  });
});

describe('addAlias and removeAlias', () => {
  const ALIAS = (name: string) => `mutation ($input: AliasInput!) {
    ${name}(input: $input) { stakeholder { ${SHAPE} } ${ENTRY} }
  }`;

  it('adds then removes an alias, one version each', async () => {
    const { person } = await createPerson('Alias Holder');
    const added = expectData(
      await server.graphql<{ addAlias: { stakeholder: Shape; auditEntry: Entry } }>(
        ALIAS('addAlias'),
        { input: { id: person.id, alias: 'the steward', reason: 'the article calls her so' } },
        editor.headers,
      ),
    );
    expect(added.addAlias.stakeholder).toMatchObject({ aliases: ['the steward'], version: 2 });
    expect(added.addAlias.auditEntry.operation).toBe('addAlias');
    const removed = expectData(
      await server.graphql<{ removeAlias: { stakeholder: Shape } }>(
        ALIAS('removeAlias'),
        { input: { id: person.id, alias: 'The Steward', expectedVersion: 2, reason: 'misattributed' } },
        editor.headers,
      ),
    );
    expect(removed.removeAlias.stakeholder).toMatchObject({ aliases: [], version: 3 });
  });

  it('answers BAD_USER_INPUT for an alias it already has, or one it does not have, and writes nothing', async () => {
    const { person } = await createPerson('Alias Keeper', { aliases: ['Keeper'] });
    const before = await auditCount();
    const duplicate = await server.graphql(
      ALIAS('addAlias'),
      { input: { id: person.id, alias: 'keeper', reason: 'test' } },
      editor.headers,
    );
    expect(expectErrorCode(duplicate, 'BAD_USER_INPUT').message).toMatch(/already a name or alias/);
    const absent = await server.graphql(
      ALIAS('removeAlias'),
      { input: { id: person.id, alias: 'Nope', reason: 'test' } },
      editor.headers,
    );
    expect(expectErrorCode(absent, 'BAD_USER_INPUT').message).toMatch(/is not an alias of Alias Keeper/);
    const [node] = await server.db.runText(
      'MATCH (p:Person {id: $key}) RETURN p.aliases AS aliases, p.version AS version',
      {
        key: person.key,
      },
    );
    expect(node).toEqual({ aliases: ['Keeper'], version: 1 });
    expect(await auditCount()).toBe(before);
  });
});

describe('auditLog', () => {
  it('pages newest first and filters by actor, operation and time', async () => {
    const other = await createTestToken(server.db, 'editor', 'Bea');
    const since = new Date().toISOString();
    for (const name of ['Log One', 'Log Two', 'Log Three']) {
      expectData(await server.graphql(CREATE_PERSON, { input: { name, reason: 'log test' } }, other.headers));
    }
    const query = `query ($after: String) {
      auditLog(actor: "token:${other.id}", operation: "createPerson", since: "${since}", first: 2, after: $after) {
        edges { node { changedKeys actorName } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    type Log = {
      auditLog: {
        edges: { node: { changedKeys: string[] } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = expectData(await server.graphql<Log>(query));
    expect(first.auditLog.edges.map((edge) => edge.node.changedKeys[0])).toEqual(['log-three', 'log-two']);
    expect(first.auditLog.pageInfo.hasNextPage).toBe(true);
    const second = expectData(await server.graphql<Log>(query, { after: first.auditLog.pageInfo.endCursor }));
    expect(second.auditLog.edges.map((edge) => edge.node.changedKeys[0])).toEqual(['log-one']);
    expect(second.auditLog.pageInfo.hasNextPage).toBe(false);
    const none = expectData(
      await server.graphql<Log>(
        `{ auditLog(actor: "token:${other.id}", operation: "updateStakeholder") { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      ),
    );
    expect(none.auditLog.edges).toEqual([]);
  });

  it('answers BAD_USER_INPUT for a since that is not a time', async () => {
    const response = await server.graphql('{ auditLog(since: "yesterday") { edges { node { id } } } }');
    expect(expectErrorCode(response, 'BAD_USER_INPUT').message).toMatch(/since must be an ISO 8601 time/);
  });
});

describe('revertChange', () => {
  const REVERT = `mutation ($input: RevertChangeInput!) {
    revertChange(input: $input) { changed { ... on Stakeholder { ${SHAPE} } } ${ENTRY} }
  }`;
  const ADD_ALIAS = `mutation ($input: AliasInput!) { addAlias(input: $input) { ${ENTRY} } }`;

  async function revert(auditEntryId: string) {
    return server.graphql<{ revertChange: { changed: Shape[]; auditEntry: Entry } }>(
      REVERT,
      { input: { auditEntryId, reason: 'undo' } },
      editor.headers,
    );
  }

  it('undoes the newest change, then the one before it, each as a new audited version', async () => {
    const { person, auditEntry: created } = await createPerson('Revert Me');
    const renamed = expectData(
      await server.graphql<{ updateStakeholder: { auditEntry: Entry } }>(
        UPDATE,
        { input: { id: person.id, expectedVersion: 1, name: 'Revert Me Renamed', reason: 'rename' } },
        editor.headers,
      ),
    ).updateStakeholder.auditEntry;
    const aliased = expectData(
      await server.graphql<{ addAlias: { auditEntry: Entry } }>(
        ADD_ALIAS,
        { input: { id: person.id, alias: 'RM', reason: 'alias' } },
        editor.headers,
      ),
    ).addAlias.auditEntry;

    const before = await auditCount();
    const blocked = await revert(renamed.id);
    const error = expectErrorCode(blocked, 'CONFLICT');
    expect(error.message).toContain(`addAlias ${aliased.id}`);
    expect(error.extensions).toMatchObject({ laterEntryIds: [aliased.id], currentVersion: 3 });
    expect(await auditCount()).toBe(before);

    const undoAlias = expectData(await revert(aliased.id)).revertChange;
    expect(undoAlias.changed).toMatchObject([{ name: 'Revert Me Renamed', aliases: [], version: 4 }]);
    expect(undoAlias.auditEntry).toMatchObject({ operation: 'revertChange', reverts: aliased.id });

    const undoRename = expectData(await revert(renamed.id)).revertChange;
    expect(undoRename.changed).toMatchObject([{ name: 'Revert Me', aliases: [], version: 5 }]);
    const history = expectData(
      await server.graphql<{ history: Entry[] }>(`{ history(id: "${person.id}") { operation reverts } }`),
    );
    expect(history.history).toEqual([
      { operation: 'revertChange', reverts: renamed.id },
      { operation: 'revertChange', reverts: aliased.id },
      { operation: 'addAlias', reverts: null },
      { operation: 'updateStakeholder', reverts: null },
      { operation: 'createPerson', reverts: null },
    ]);

    // Creating a stakeholder is not revertible (merge or purge it instead); an unknown entry is NOT_FOUND.
    const creation = await revert(created.id);
    expect(expectErrorCode(creation, 'BAD_USER_INPUT').message).toMatch(/createPerson cannot be reverted/);
    expectErrorCode(await revert('no-such-entry'), 'NOT_FOUND');
    expect(await count(server.db, "MATCH (p:Person {name: 'Revert Me'}) RETURN count(p) AS count")).toBe(1);
  });

  it('refuses to undo the same change twice', async () => {
    const { person } = await createPerson('Revert Twice');
    const aliased = expectData(
      await server.graphql<{ addAlias: { auditEntry: Entry } }>(
        ADD_ALIAS,
        { input: { id: person.id, alias: 'RT', reason: 'alias' } },
        editor.headers,
      ),
    ).addAlias.auditEntry;
    expectData(await revert(aliased.id));
    const before = await auditCount();
    expectErrorCode(await revert(aliased.id), 'CONFLICT');
    expect(await auditCount()).toBe(before);
  });
});

describe('one transaction per write', () => {
  it('leaves the graph unchanged when the last write of a transaction violates a constraint', async () => {
    const { auditEntry } = await createPerson('Constraint Witness');
    const before = await auditCount();
    const viewer = { id: `token:${editor.id}`, name: 'Ana', role: 'editor' as const, via: 'token' as const };
    const at = new Date().toISOString();
    // The stakeholder is created first; the audit entry reuses an existing id, which the
    // AuditEntry.id constraint refuses, so the whole transaction must roll back.
    await expect(
      server.db.writeTransaction('test', async (tx) => {
        await createStakeholder(tx, {
          label: 'Person',
          slug: 'half-written',
          suffix: 'zzzzzz',
          name: 'Half Written',
          aliases: [],
          kind: null,
          description: null,
          origin: 'editor',
          actor: viewer.id,
          at,
        });
        await writeAudit(
          tx,
          { viewer, at, auditId: auditEntry.id },
          {
            operation: 'createPerson',
            reason: 'test',
            changedIds: ['half-written'],
            before: null,
            after: {},
          },
        );
      }),
    ).rejects.toThrow(/same id at the same time; nothing of yours was written/);
    expect(
      await count(server.db, "MATCH (p:Stakeholder {id: 'half-written'}) RETURN count(p) AS count"),
    ).toBe(0);
    expect(await auditCount()).toBe(before);
  });
});
