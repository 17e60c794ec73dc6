import {
  type FragmentDefinitionNode,
  type FieldNode,
  Kind,
  parse,
  type OperationDefinitionNode,
} from 'graphql';
import { mergeTrees, selectedPaths, selectionTree, type SelectionTree } from '../../src/resolvers/lookahead';

/** The root field of `query` as a resolver sees it (fieldNodes and fragments). */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectedPaths', () => {
  it('lists nested fields by dotted path, through aliases, inline and named fragments', () => {
    const paths = selectedPaths(
      infoOf(`{ statements { edges { node { t: text ...F ... on Statement { article { key } } } } } }
              fragment F on Statement { speaker { name } }`),
    );
    expect([...paths].sort()).toEqual([
      'edges',
      'edges.node',
      'edges.node.article',
      'edges.node.article.key',
      'edges.node.speaker',
      'edges.node.speaker.name',
      'edges.node.text',
    ]);
  });

  it('does not list what was not asked', () => {
    const paths = selectedPaths(infoOf('{ statements { edges { node { text } } } }'));
    expect(paths.has('edges.node.speaker')).toBe(false);
    expect(paths.has('edges.node.text')).toBe(true);
  });
});

/** A selection tree printed as text, fields sorted: "a{b c}". */
function printTree(tree: SelectionTree): string {
  return [...tree.keys()]
    .sort()
    .map((field) => {
      const inner = tree.get(field) ?? new Map<string, SelectionTree>();
      return inner.size === 0 ? field : `${field}{${printTree(inner)}}`;
    })
    .join(' ');
}

describe('selectionTree', () => {
  it('nests fields, folds aliases and fragments into their field, skips __typename, and starts at a path', () => {
    const info = infoOf(`{ statements { edges { node { a: speaker { name } b: speaker { party }
      __typename ...F ... on Statement { article { key } } } } pageInfo { hasNextPage } } }
      fragment F on Statement { text speaker { ... on Person { district } } }`);
    expect(printTree(selectionTree(info))).toBe(
      'edges{node{article{key} speaker{district name party} text}} pageInfo{hasNextPage}',
    );
    expect(printTree(selectionTree(info, 'edges.node'))).toBe(
      'article{key} speaker{district name party} text',
    );
    expect(selectionTree(info, 'nothing.here').size).toBe(0);
  });
});

describe('mergeTrees', () => {
  it('unites two selections at every depth without changing either', () => {
    const a = selectionTree(infoOf('{ x { name evidence { text } } }'));
    const b = selectionTree(infoOf('{ x { party evidence { speaker { name } } } }'));
    expect(printTree(mergeTrees(a, b))).toBe('evidence{speaker{name} text} name party');
    expect(printTree(a)).toBe('evidence{text} name');
    expect(printTree(mergeTrees(undefined, b))).toBe(printTree(b));
  });
});
