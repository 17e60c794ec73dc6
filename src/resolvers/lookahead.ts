/**
 * Looks ahead at the selection set of the field being resolved, so a root field's one query can
 * also fetch (and only fetch) the related records the client asked for.
 */
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

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
