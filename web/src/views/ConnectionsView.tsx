/**
 * /connect?from=&to= — "how is X connected to Y": the shortest paths between two stakeholders,
 * drawn, and each step with the statements that source it. One request per pair (the choices
 * come in the same request).
 */
import type { ElementDefinition } from 'cytoscape';
import { useMemo } from 'react';
import { graphql } from '../gql';
import type { ConnectViewQuery } from '../gql/graphql';
import { GraphCanvas } from '../components/GraphCanvas';
import { QueryStatus } from '../components/QueryStatus';
import { StatementList } from '../components/StatementCard';
import { hrefOf, navigate } from '../lib/router';
import { useQuery } from '../lib/use-query';

export const PathEndFragment = graphql(`
  fragment PathEnd on Node {
    __typename
    id
    ... on Person {
      name
    }
    ... on Organization {
      name
    }
    ... on Issue {
      name
    }
    ... on Event {
      name
    }
    ... on Statement {
      text
    }
  }
`);

const ConnectQueryDocument = graphql(`
  query ConnectView($from: ID!, $to: ID!, $ask: Boolean!) {
    people(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    organizations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    connections(fromId: $from, toId: $to, maxHops: 4) @include(if: $ask) {
      length
      steps {
        description
        relation
        from {
          ...PathEnd
        }
        to {
          ...PathEnd
        }
        evidence {
          ...EvidenceFields
        }
      }
    }
  }
`);

type Step = NonNullable<ConnectViewQuery['connections']>[number]['steps'][number];
type End = Step['from'];

function labelOf(end: End): string {
  if ('name' in end && typeof end.name === 'string') return end.name;
  if ('text' in end && typeof end.text === 'string')
    return end.text.length > 60 ? `“${end.text.slice(0, 57)}…”` : `“${end.text}”`;
  return end.__typename ?? 'node';
}

function kindOf(end: End): string {
  switch (end.__typename) {
    case 'Person':
      return 'person';
    case 'Organization':
      return 'coalition';
    default:
      return 'organization';
  }
}

function pathElements(
  paths: NonNullable<ConnectViewQuery['connections']>,
  from: string,
  to: string,
): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges = new Map<string, ElementDefinition>();
  for (const path of paths) {
    for (const step of path.steps) {
      for (const end of [step.from, step.to]) {
        nodes.set(end.id, {
          group: 'nodes',
          data: {
            id: end.id,
            label: labelOf(end),
            colour: end.id === from || end.id === to ? '#0072B2' : '#bbbbbb',
          },
          classes: `${kindOf(end)}${end.id === from || end.id === to ? ' endpoint' : ''}`,
        });
      }
      const id = `${step.relation}:${step.from.id}->${step.to.id}`;
      edges.set(id, {
        group: 'edges',
        data: {
          id,
          source: step.from.id,
          target: step.to.id,
          label: step.relation.toLowerCase().replace('_', ' '),
        },
      });
    }
  }
  return [...nodes.values(), ...edges.values()];
}

export function ConnectionsView({ params }: { params: URLSearchParams }) {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const ask = from !== '' && to !== '' && from !== to;
  const state = useQuery(ConnectQueryDocument, { from: from || 'none', to: to || 'none', ask });
  const data = state.status === 'error' ? undefined : state.data;
  const elements = useMemo(
    () => (data?.connections ? pathElements(data.connections, from, to) : []),
    [data, from, to],
  );
  if (!data) return <QueryStatus state={state} what="the stakeholders" />;

  const choices = [
    ...data.people.edges.map(({ node }) => ({ id: node.id, name: `${node.name} (person)` })),
    ...data.organizations.edges.map(({ node }) => ({ id: node.id, name: `${node.name} (organisation)` })),
  ].sort((a, b) => a.name.localeCompare(b.name));
  const choose = (key: 'from' | 'to', id: string) => navigate(hrefOf('/connect', { from, to, [key]: id }));
  const paths = data.connections ?? [];

  return (
    <div className="connect-view">
      <h1>How is X connected to Y?</h1>
      <form className="connect-form" onSubmit={(event) => event.preventDefault()}>
        {(['from', 'to'] as const).map((key) => (
          <span key={key}>
            <label htmlFor={`connect-${key}`}>{key === 'from' ? 'From' : 'To'}</label>{' '}
            <select
              id={`connect-${key}`}
              value={key === 'from' ? from : to}
              onChange={(event) => choose(key, event.target.value)}
            >
              <option value="">Choose a stakeholder…</option>
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </select>
          </span>
        ))}
      </form>
      {ask && state.status === 'loading' ? <p role="status">Finding paths…</p> : null}
      {ask && state.status === 'done' ? (
        paths.length === 0 ? (
          <p>No path of up to 4 steps.</p>
        ) : (
          <>
            <GraphCanvas
              elements={elements}
              selectedId={null}
              onSelect={() => undefined}
              layout={{ name: 'breadthfirst', roots: [from] }}
              label={`${paths.length} shortest paths; each is listed below with its evidence.`}
            />
            <ol className="paths">
              {paths.map((path, index) => (
                <li key={index}>
                  <h2>
                    Path {index + 1} ({path.length} {path.length === 1 ? 'step' : 'steps'})
                  </h2>
                  <ol className="steps">
                    {path.steps.map((step, stepIndex) => (
                      <li key={stepIndex}>
                        <p className="step">{step.description}</p>
                        <StatementList statements={step.evidence} empty="No statement cited for this step." />
                      </li>
                    ))}
                  </ol>
                </li>
              ))}
            </ol>
          </>
        )
      ) : null}
    </div>
  );
}
