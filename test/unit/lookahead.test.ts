import {
  type FragmentDefinitionNode,
  type FieldNode,
  Kind,
  parse,
  type OperationDefinitionNode,
} from 'graphql';
import { selectedPaths } from '../../src/resolvers/lookahead';

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
