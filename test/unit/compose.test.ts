import { compose, parseFragment, project, type Selection, selectionKey, slotsOf } from '../../src/db/compose';
import { loadFragments } from '../../src/db/cypher-registry';
import { defaultCypherDir } from '../../src/db/database';
import { isObjectType } from 'graphql';
import { buildAppSchema } from '../../src/schema/build-schema';

/** A selection from a compact literal: { text: {}, speaker: { name: {} } }. */
function sel(tree: Record<string, object>): Selection {
  return new Map(Object.entries(tree).map(([field, inner]) => [field, sel(inner as Record<string, object>)]));
}

const fragments = new Map([
  [
    'Quote',
    parseFragment(
      'Quote',
      `// Fragment: a test type. Params: none. Returns: entries.
* => key: this.id
id => key: this.id
text: this.text
saidOn: toString(this.saidOn)
issues, mentions => key: this.id
speaker: [(this)-[:SAID_BY]->(that:Person) | {{Person}}][0]
article: COLLECT { MATCH (this)-[:IN]->(that)-[:BY]->(thatOutlet) WITH that ORDER BY thatOutlet.name RETURN {{Person}} }`,
    ),
  ],
  [
    'Person',
    parseFragment(
      'Person',
      `// Fragment: another. Params: none. Returns: entries.
* => key: this.id
name: this.name
quotes: [(this)<-[:SAID_BY]-(that:Quote) | {{Quote}}]`,
    ),
  ],
]);

describe('the composer', () => {
  it('projects only the selected fields, plus the columns every projection has, each column once', () => {
    expect(project(fragments, 'Quote', 's', sel({ text: {}, id: {} }))).toBe('{key: s.id, text: s.text}');
    expect(project(fragments, 'Quote', 's', sel({ saidOn: {} }))).toBe(
      '{key: s.id, saidOn: toString(s.saidOn)}',
    );
    expect(project(fragments, 'Quote', 's', new Map())).toBe('{key: s.id}');
  });

  it('nests a relation with fresh variables per depth, so inner projections cannot capture outer ones', () => {
    const text = project(fragments, 'Quote', 's', sel({ speaker: { name: {}, quotes: { text: {} } } }));
    expect(text).toBe(
      '{key: s.id, speaker: [(s)-[:SAID_BY]->(n1:Person) | {key: n1.id, name: n1.name, quotes: [(n1)<-[:SAID_BY]-(n2:Quote) | {key: n2.id, text: n2.text}]}][0]}',
    );
  });

  it('renames the line’s own helper variables (that…) with the relation', () => {
    expect(project(fragments, 'Quote', 'q', sel({ article: { name: {} } }))).toBe(
      '{key: q.id, article: COLLECT { MATCH (q)-[:IN]->(n1)-[:BY]->(n1Outlet) WITH n1 ORDER BY n1Outlet.name RETURN {key: n1.id, name: n1.name} }}',
    );
  });

  it('refuses a field its fragment does not know, rather than leaving it unfetched', () => {
    expect(() => project(fragments, 'Quote', 's', sel({ secret: {} }))).toThrow(/no line for secret/);
    expect(() => project(fragments, 'Nope', 's', new Map())).toThrow(/no fragment/);
  });

  it('fills each slot of a statement with its variable’s projection and leaves no slot behind', () => {
    const statement = 'MATCH (s:Quote) RETURN {/*@Quote s*/} AS quote, {/*@Person p*/} AS person';
    expect(slotsOf(statement)).toEqual(
      new Map([
        ['s', 'Quote'],
        ['p', 'Person'],
      ]),
    );
    expect(compose(statement, fragments, { s: sel({ text: {} }) })).toBe(
      'MATCH (s:Quote) RETURN {key: s.id, text: s.text} AS quote, {key: p.id} AS person',
    );
    expect(() => compose(statement, fragments, { x: new Map() })).toThrow(/no slot for x/);
  });

  it('rejects malformed fragment lines', () => {
    expect(() => parseFragment('Bad', 'no colon here')).toThrow(/line 1/);
    expect(() => parseFragment('Bad', 'a: [(this)--(that) | {{A}} + {{B}}]')).toThrow(/one \{\{Type\}\}/);
  });

  it('keys a selection the same whatever the order of its fields', () => {
    expect(selectionKey(sel({ b: {}, a: { y: {}, x: {} } }))).toBe(
      selectionKey(sel({ a: { x: {}, y: {} }, b: {} })),
    );
    expect(selectionKey(sel({ a: {} }))).not.toBe(selectionKey(sel({ a: { x: {} } })));
  });
});

describe('the project’s fragments', () => {
  it('each parse and name only types that have a fragment', async () => {
    const loaded = await loadFragments(defaultCypherDir());
    expect([...loaded.keys()].sort()).toEqual([
      'Article',
      'Issue',
      'Position',
      'ReportedFigure',
      'Spokesperson',
      'Stakeholder',
      'Statement',
    ]);
    for (const fragment of loaded.values()) {
      for (const line of fragment.lines) {
        if (line.relation !== null) expect(loaded.has(line.relation)).toBe(true);
      }
    }
  });

  it('cover every field of the GraphQL types they project, so a new field cannot come back empty', async () => {
    const loaded = await loadFragments(defaultCypherDir());
    const schema = await buildAppSchema();
    const projected: [graphqlType: string, fragment: string][] = [
      ['Statement', 'Statement'],
      ['Person', 'Stakeholder'],
      ['Organization', 'Stakeholder'],
      ['Article', 'Article'],
      ['Position', 'Position'],
      ['Issue', 'Issue'],
      ['ReportedFigure', 'ReportedFigure'],
      ['Spokesperson', 'Spokesperson'],
    ];
    for (const [typeName, fragmentName] of projected) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      const known = loaded.get(fragmentName)?.fields ?? new Set();
      const missing = Object.keys(type.getFields()).filter((field) => !known.has(field));
      expect({ typeName, missing }).toEqual({ typeName, missing: [] });
    }
  });
});
