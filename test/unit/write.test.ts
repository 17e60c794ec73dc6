import { generateApiToken, hashApiToken, looksLikeApiToken } from '../../src/auth/api-token';
import { roleAtLeast, strongestRole } from '../../src/auth/roles';
import { readConfig } from '../../src/config';
import { type LockedStakeholder } from '../../src/repositories/stakeholder.repository';
import { blocking } from '../../src/write/revert.write';
import { slugify } from '../../src/write/slug';
import { recordedBy } from '../../src/write/ingest.write';
import { applyEdit, normaliseAliases } from '../../src/write/stakeholder.write';
import { storedStances } from '../../src/write/suggestion.write';

const current: LockedStakeholder = {
  key: 'ana-lima',
  label: 'Person',
  name: 'Ana Lima',
  aliases: ['Lima'],
  kind: null,
  description: 'steward',
  version: 3,
};

describe('slugify', () => {
  it('makes a lower-case ASCII slug of a name', () => {
    expect(slugify('  Dannel P. Malloy ', 'person')).toBe('dannel-p-malloy');
    expect(slugify('Ána Çelik-Über', 'person')).toBe('ana-celik-uber');
  });

  it('falls back when nothing is left of the name', () => {
    expect(slugify('!!!', 'organization')).toBe('organization');
  });
});

describe('applyEdit', () => {
  it('bumps the version and keeps what the update leaves out', () => {
    expect(applyEdit(current, { kind: 'update', expectedVersion: 3, name: ' Ana M. Lima ' })).toEqual({
      name: 'Ana M. Lima',
      aliases: ['Lima'],
      description: 'steward',
      version: 4,
    });
    expect(
      applyEdit(current, { kind: 'update', expectedVersion: 3, description: null }).description,
    ).toBeNull();
  });

  it('refuses an update that changes nothing', () => {
    expect(() => applyEdit(current, { kind: 'update', expectedVersion: 3 })).toThrow(/Nothing to change/);
  });

  it('adds and removes aliases case-insensitively, refusing duplicates and absent ones', () => {
    expect(applyEdit(current, { kind: 'addAlias', alias: 'the steward' }).aliases).toEqual([
      'Lima',
      'the steward',
    ]);
    expect(() => applyEdit(current, { kind: 'addAlias', alias: 'LIMA' })).toThrow(/already a name or alias/);
    expect(() => applyEdit(current, { kind: 'addAlias', alias: 'ana lima' })).toThrow(
      /already a name or alias/,
    );
    expect(applyEdit(current, { kind: 'removeAlias', alias: 'lima' }).aliases).toEqual([]);
    expect(() => applyEdit(current, { kind: 'removeAlias', alias: 'Nope' })).toThrow(/is not an alias/);
  });
});

describe('normaliseAliases', () => {
  it('trims and drops blanks, duplicates and the name itself', () => {
    expect(normaliseAliases([' Lima', 'lima', '', 'Ana Lima', 'A. Lima'], 'Ana Lima')).toEqual([
      'Lima',
      'A. Lima',
    ]);
  });
});

describe('roles and tokens', () => {
  it('orders roles reader < editor < admin', () => {
    expect(roleAtLeast('admin', 'editor')).toBe(true);
    expect(roleAtLeast('reader', 'editor')).toBe(false);
    expect(strongestRole(['reader', 'owner', 'editor'])).toBe('editor');
    expect(strongestRole(['owner', 7])).toBeUndefined();
  });

  it('makes prefixed random tokens and stores only their SHA-256', () => {
    const token = generateApiToken();
    expect(looksLikeApiToken(token)).toBe(true);
    expect(generateApiToken()).not.toBe(token);
    expect(hashApiToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiToken(token)).not.toContain(token.slice(4, 20));
  });
});

describe('auth configuration', () => {
  it('keeps reading open and JWTs off by default', () => {
    expect(readConfig({}).auth).toEqual({ readRequiresAuth: false, jwt: undefined });
  });

  it('reads the JWT settings, with roles from the "roles" claim unless told', () => {
    const config = readConfig({
      READ_REQUIRES_AUTH: 'true',
      AUTH_JWKS_URL: 'https://idp.example.org/.well-known/jwks.json',
      AUTH_ISSUER: 'https://idp.example.org/',
      AUTH_AUDIENCE: 'stakeholder-graph',
    });
    expect(config.auth).toEqual({
      readRequiresAuth: true,
      jwt: {
        jwksUrl: 'https://idp.example.org/.well-known/jwks.json',
        issuer: 'https://idp.example.org/',
        audience: 'stakeholder-graph',
        rolesClaim: 'roles',
      },
    });
  });

  it('refuses half a JWT configuration', () => {
    expect(() => readConfig({ AUTH_JWKS_URL: 'https://idp.example.org/jwks' })).toThrow(/go together/);
  });
});

describe('blocking (revertChange)', () => {
  const entry = (id: string, reverts: string | null = null) => ({ id, operation: 'x', at: '', reverts });

  it('lets an entry undone by a later revert, and that revert, cancel out', () => {
    expect(blocking([entry('b'), entry('rb', 'b')])).toEqual([]);
  });

  it('keeps later entries that were not undone, and a revert of the entry itself', () => {
    expect(blocking([entry('b'), entry('c'), entry('rc', 'c')]).map((e) => e.id)).toEqual(['b']);
    expect(blocking([entry('ra', 'a')]).map((e) => e.id)).toEqual(['ra']);
  });
});

describe('recordedBy (which proposals an article records already)', () => {
  const quote = { start: 10, end: 40, kind: 'DIRECT_QUOTE' };
  const paraphrase = { start: 100, end: 180, kind: 'PARAPHRASE' };
  it('takes the same span, or a statement of the same class covering most of it', () => {
    expect(recordedBy(quote, { start: 10, end: 40, kind: 'PARTIAL_QUOTE' })).toBe(true);
    expect(recordedBy(paraphrase, { start: 104, end: 179, kind: 'PARAPHRASE' })).toBe(true);
    expect(recordedBy(quote, { start: 12, end: 38, kind: 'PARTIAL_QUOTE' })).toBe(true);
  });
  it('leaves a statement of the other class, a report, or a small overlap to the reviewer', () => {
    expect(recordedBy(paraphrase, { start: 120, end: 150, kind: 'PARTIAL_QUOTE' })).toBe(false);
    expect(recordedBy(paraphrase, { start: 100, end: 179, kind: 'REPORT' })).toBe(false);
    expect(recordedBy(paraphrase, { start: 170, end: 240, kind: 'PARAPHRASE' })).toBe(false);
    // A fragment curated out of a longer quote leaves the rest of it to propose.
    expect(recordedBy(quote, { start: 12, end: 20, kind: 'PARTIAL_QUOTE' })).toBe(false);
  });
});

describe('storedStances', () => {
  it('reads the stances a suggestion stores, and raises on what it cannot read instead of reading none', () => {
    const stance = {
      issueKey: 'd/lease',
      slug: 'lease',
      stance: 'SUPPORT',
      confidence: 0.65,
      lowConfidence: false,
      cues: [],
    };
    expect(storedStances({ id: 'a:q1-9', issues: JSON.stringify([stance]) })).toEqual([stance]);
    expect(storedStances({ id: 'a:q1-9', issues: '[]' })).toEqual([]);
    expect(() => storedStances({ id: 'a:q1-9', issues: '[{"slug":' })).toThrow(
      'suggestion a:q1-9: its stored stances are not JSON',
    );
    expect(() => storedStances({ id: 'a:q1-9', issues: '{}' })).toThrow('not a list');
  });
});
