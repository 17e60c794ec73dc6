/**
 * The composer: turns a statement with projection slots and the client's selection into the one
 * Cypher query of a root field, the way @neo4j/graphql projects only what is asked, but from our
 * own named fragments (cypher/fragments/<Type>.cypher) rather than generated text.
 *
 * A slot is a map literal holding only a comment, `{/*@Statement s*\/}`: run as written (EXPLAIN,
 * tests), it is an empty map; composed, it becomes the projection of the variable `s` for the
 * selection. A fragment lists, one per line, what each GraphQL field of its type needs:
 *
 *   text: this.text                                    field "text", column "text"
 *   id => key: this.id                                 field "id" needs column "key"
 *   * => label: CASE WHEN this:Person …                every projection has it
 *   speaker: [(this)-[:SAID_BY]->(that) | {{Stakeholder}}][0]   a relation: {{T}} is T's projection
 *                                                       of `that` for the field's sub-selection
 *
 * `this` is the projected node; `that` (and words starting with it, e.g. `thatArticle`) are local
 * to the line and renamed per depth, so nested projections never capture each other's variables.
 * Only fragment text and variable names the statement itself declares go into the query: the
 * selection decides which fixed lines are used, never what they say.
 */

/** GraphQL field name → its own selection (empty for a leaf). */
export type Selection = ReadonlyMap<string, Selection>;

interface FragmentLine {
  /** The GraphQL fields that need this column; null: every projection has it. */
  fields: ReadonlySet<string> | null;
  column: string;
  expression: string;
  /** For a relation: the type whose projection fills `{{Type}}`. */
  relation: string | null;
}

export interface Fragment {
  type: string;
  lines: readonly FragmentLine[];
  /** Every field the fragment knows (a selected field it does not know is a composer bug). */
  fields: ReadonlySet<string>;
}

export type Fragments = ReadonlyMap<string, Fragment>;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LINE = /^(?:([A-Za-z_*][A-Za-z0-9_, ]*?)\s*=>\s*)?([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.+)$/;
const RELATION = /\{\{([A-Za-z]+)\}\}/g;

/** Parses one fragment file (its `//` header lines are skipped). Throws on a malformed line. */
export function parseFragment(type: string, text: string): Fragment {
  const lines: FragmentLine[] = [];
  const fields = new Set<string>();
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) continue;
    const match = LINE.exec(line);
    if (match === null)
      throw new Error(`fragment ${type}, line ${index + 1}: expected "[fields =>] column: expression"`);
    const [, fieldList, column = '', expression = ''] = match;
    const names = fieldList === undefined ? [column] : fieldList.split(',').map((name) => name.trim());
    const every = names.length === 1 && names[0] === '*';
    if (!every && !names.every((name) => NAME.test(name))) {
      throw new Error(`fragment ${type}, line ${index + 1}: bad field list "${fieldList ?? ''}"`);
    }
    const relations = [...expression.matchAll(RELATION)].map((m) => m[1] ?? '');
    if (relations.length > 1) throw new Error(`fragment ${type}, line ${index + 1}: one {{Type}} per line`);
    if (!every) for (const name of names) fields.add(name);
    lines.push({
      fields: every ? null : new Set(names),
      column,
      expression,
      relation: relations[0] ?? null,
    });
  }
  return { type, lines, fields };
}

/** The union of several selections of the same type (a column needed by two fields). */
export function mergeSelections(selections: readonly Selection[]): Selection {
  const merged = new Map<string, Selection[]>();
  for (const selection of selections) {
    for (const [field, inner] of selection) merged.set(field, [...(merged.get(field) ?? []), inner]);
  }
  return new Map([...merged].map(([field, inners]) => [field, mergeSelections(inners)]));
}

/**
 * The map literal projecting `variable` (of `type`) for `selection`: the lines every projection
 * has, then those of the selected fields, each column once, nested relations projected in turn.
 */
export function project(
  fragments: Fragments,
  type: string,
  variable: string,
  selection: Selection,
  depth = 0,
): string {
  const fragment = fragments.get(type);
  if (fragment === undefined) throw new Error(`no fragment for type ${type}`);
  const unknown = [...selection.keys()].filter(
    (field) => field !== '__typename' && !fragment.fields.has(field),
  );
  if (unknown.length > 0) throw new Error(`fragment ${type} has no line for ${unknown.join(', ')}`);
  const local = `n${depth + 1}`;
  const entries: string[] = [];
  const seen = new Set<string>();
  for (const line of fragment.lines) {
    if (seen.has(line.column)) continue;
    const wanted = line.fields === null ? [] : [...line.fields].filter((field) => selection.has(field));
    if (line.fields !== null && wanted.length === 0) continue;
    seen.add(line.column);
    let expression = line.expression
      .replace(/\bthis\b/g, variable)
      .replace(/\bthat([A-Za-z0-9_]*)\b/g, (_whole, suffix: string) => `${local}${suffix}`);
    if (line.relation !== null) {
      const inner = mergeSelections(wanted.map((field) => selection.get(field) ?? new Map()));
      const nested = project(fragments, line.relation, local, inner, depth + 1);
      expression = expression.replace(RELATION, () => nested);
    }
    entries.push(`${line.column}: ${expression}`);
  }
  return `{${entries.join(', ')}}`;
}

const SLOT = /\{\/\*@([A-Za-z]+) ([A-Za-z_][A-Za-z0-9_]*)\*\/\}/g;

/** The slots of a statement: variable → type. */
export function slotsOf(text: string): Map<string, string> {
  return new Map([...text.matchAll(SLOT)].map((match) => [match[2] ?? '', match[1] ?? '']));
}

/**
 * Fills each slot of `text` with the projection of its variable for `selections[variable]`.
 * A slot without a selection keeps only the lines every projection has.
 */
export function compose(
  text: string,
  fragments: Fragments,
  selections: Readonly<Record<string, Selection>>,
): string {
  for (const variable of Object.keys(selections)) {
    if (!slotsOf(text).has(variable)) throw new Error(`the statement has no slot for ${variable}`);
  }
  return text.replace(SLOT, (_whole, type: string, variable: string) =>
    project(fragments, type, variable, selections[variable] ?? new Map()),
  );
}

/** A stable text for a selection, to cache composed statements by. */
export function selectionKey(selection: Selection): string {
  return [...selection.keys()]
    .sort()
    .map((field) => {
      const inner = selection.get(field);
      return inner === undefined || inner.size === 0 ? field : `${field}{${selectionKey(inner)}}`;
    })
    .join(' ');
}

/** Every field of `type`, relations followed `depth` levels deep: what tests EXPLAIN. */
export function fullSelection(fragments: Fragments, type: string, depth: number): Selection {
  const fragment = fragments.get(type);
  if (fragment === undefined) throw new Error(`no fragment for type ${type}`);
  const selection = new Map<string, Selection>();
  for (const line of fragment.lines) {
    for (const field of line.fields ?? []) {
      const inner =
        line.relation !== null && depth > 0 ? fullSelection(fragments, line.relation, depth - 1) : new Map();
      // A relation not followed is not selected at all (its {{Type}} would need a selection).
      if (line.relation === null || depth > 0) selection.set(field, inner);
    }
  }
  return selection;
}
