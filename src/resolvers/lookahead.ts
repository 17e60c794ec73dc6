/**
 * Looks ahead at the selection set of the field being resolved, so a root field's one query can
 * also fetch (and only fetch) the related records the client asked for.
 */
import {
  type FieldNode,
  getNamedType,
  type GraphQLResolveInfo,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';

/**
 * Every field path selected below the current field, dotted ("edges.node.speaker.name"), through
 * inline fragments and named fragments alike (type conditions are not told apart: a path selected
 * on any type counts). Aliases are ignored: the path uses field names.
 */
export function selectedPaths(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const paths = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined, prefix: string, seen: Set<string>) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const path = prefix === '' ? selection.name.value : `${prefix}.${selection.name.value}`;
        paths.add(path);
        walk(selection.selectionSet, path, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, prefix, seen);
      } else {
        const name = selection.name.value;
        // A fragment spread inside itself is invalid GraphQL, but never loop on one.
        if (seen.has(name)) continue;
        walk(info.fragments[name]?.selectionSet, prefix, new Set([...seen, name]));
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, '', new Set());
  return paths;
}

/** A field's selection as a tree: field name → its own selection (see src/db/compose.ts). */
export type SelectionTree = Map<string, SelectionTree>;

/**
 * The selection below the current field as a tree, fragments merged and aliases folded into
 * their field (two aliases of one field select the union), starting at `path` below it
 * ("edges.node" for a connection's nodes).
 */
export function selectionTree(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path = '',
): SelectionTree {
  const root: SelectionTree = new Map();
  const walk = (selectionSet: SelectionSetNode | undefined, into: SelectionTree, seen: Set<string>) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        const inner: SelectionTree = into.get(name) ?? new Map<string, SelectionTree>();
        into.set(name, inner);
        walk(selection.selectionSet, inner, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, into, seen);
      } else {
        const name = selection.name.value;
        if (seen.has(name)) continue;
        walk(info.fragments[name]?.selectionSet, into, new Set([...seen, name]));
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, root, new Set());
  let tree = root;
  for (const step of path === '' ? [] : path.split('.'))
    tree = tree.get(step) ?? new Map<string, SelectionTree>();
  return tree;
}

/** The union of two selections of the same field (either may be absent). */
export function mergeTrees(a: SelectionTree | undefined, b: SelectionTree | undefined): SelectionTree {
  const merged: SelectionTree = new Map(a ?? []);
  for (const [field, inner] of b ?? []) merged.set(field, mergeTrees(merged.get(field), inner));
  return merged;
}

/** The field nodes named `name` directly below the current field (through fragments). */
function childFieldNodes(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  name: string,
): FieldNode[] {
  const found: FieldNode[] = [];
  const walk = (selectionSet: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        walk(info.fragments[selection.name.value]?.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, new Set());
  return found;
}

/**
 * The arguments (defaults applied, variables substituted) of the child field `name` of the
 * current field, when it is selected once, or several times with the same arguments; null when it
 * is not selected or selected with different arguments (aliases): the root field's one query can
 * then fetch it only for one set of arguments, and leaves the field to its own resolver.
 */
export function childArguments(info: GraphQLResolveInfo, name: string): Record<string, unknown> | null {
  const parentType = getNamedType(info.returnType);
  if (!isObjectType(parentType)) return null;
  const definition = parentType.getFields()[name];
  if (definition === undefined) return null;
  const nodes = childFieldNodes(info, name);
  if (nodes.length === 0) return null;
  const values = nodes.map((node) => getArgumentValues(definition, node, info.variableValues));
  const first = JSON.stringify(values[0]);
  return values.every((value) => JSON.stringify(value) === first) ? (values[0] ?? null) : null;
}
