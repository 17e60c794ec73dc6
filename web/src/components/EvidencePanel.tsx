/**
 * What the map's selection rests on: for a stakeholder, its position (stance, date, curator's
 * note), the statements that show it and those that speak against it, and its earlier positions;
 * for an edge, the statements that source the relationship. One request per selection.
 */
import { graphql } from '../gql';
import type { EvidenceFieldsFragment } from '../gql/graphql';
import type { MapEdge, MapNode } from '../lib/map-model';
import { KIND_LABEL } from '../lib/map-model';
import { formatDate } from '../lib/format';
import { STANCE_COLOUR, STANCE_LABEL } from '../lib/stance';
import { useQuery } from '../lib/use-query';
import { QueryStatus } from './QueryStatus';
import { StatementList } from './StatementCard';

const PositionEvidenceDocument = graphql(`
  query PositionEvidence($id: ID!) {
    node(id: $id) {
      id
      ... on Position {
        evidence {
          ...EvidenceFields
        }
        counterEvidence {
          ...EvidenceFields
        }
      }
    }
  }
`);

const EdgeEvidenceDocument = graphql(`
  query EdgeEvidence($source: ID!, $target: ID!) {
    source: node(id: $source) {
      id
      ... on Person {
        roles {
          organization {
            id
          }
          evidence {
            ...EvidenceFields
          }
        }
        memberships {
          organization {
            id
          }
          evidence {
            ...EvidenceFields
          }
        }
      }
      ... on Organization {
        memberships {
          organization {
            id
          }
          evidence {
            ...EvidenceFields
          }
        }
      }
    }
    target: node(id: $target) {
      id
      ... on Organization {
        spokespeople {
          person {
            id
          }
          evidence {
            ...EvidenceFields
          }
        }
      }
    }
  }
`);

export interface EvidencePanelProps {
  node: MapNode | undefined;
  edge: MapEdge | undefined;
  nodes: MapNode[];
  onClose: () => void;
  onDate: (date: string | null) => void;
}

export function EvidencePanel({ node, edge, nodes, onClose, onDate }: EvidencePanelProps) {
  if (!node && !edge) {
    return (
      <aside className="evidence-panel empty-panel" aria-label="Evidence">
        <p>Select a stakeholder (in the map or the lists) or a line to see the words behind it.</p>
      </aside>
    );
  }
  return (
    <aside className="evidence-panel" aria-label="Evidence">
      <button type="button" className="close" onClick={onClose} aria-label="Close the evidence panel">
        ×
      </button>
      {node ? <NodeEvidence key={node.position.id} node={node} onDate={onDate} /> : null}
      {edge ? <EdgeEvidence key={edge.id} edge={edge} nodes={nodes} /> : null}
    </aside>
  );
}

function NodeEvidence({ node, onDate }: { node: MapNode; onDate: (date: string | null) => void }) {
  const { position } = node;
  const state = useQuery(PositionEvidenceDocument, { id: position.id });
  const statements = state.status === 'done' && 'evidence' in state.data.node ? state.data.node : undefined;
  return (
    <>
      <h2>{node.label}</h2>
      <p className="holder-kind">{KIND_LABEL[node.kind]}</p>
      <p className="stance-line">
        <span className="stance-badge" style={{ borderColor: STANCE_COLOUR[node.stance] }}>
          <span
            className="swatch"
            style={{ backgroundColor: STANCE_COLOUR[node.stance] }}
            aria-hidden="true"
          />
          {STANCE_LABEL[node.stance]}
        </span>{' '}
        as of {formatDate(position.asOf)}
        {position.asOfInferred ? <em> (date inferred: {position.asOfNote ?? 'no note'})</em> : null}
        {position.inferred ? ' · the curator’s reading' : ' · said outright'}
        {position.confidence != null ? ` · confidence ${Math.round(position.confidence * 100)} %` : ''}
      </p>
      {position.note ? <p className="position-note">{position.note}</p> : null}
      <h3>Evidence</h3>
      {statements ? (
        <>
          <StatementList statements={statements.evidence} empty="No statement cited." />
          {statements.counterEvidence.length > 0 ? (
            <>
              <h3>Against this reading</h3>
              <StatementList statements={statements.counterEvidence} empty="" />
            </>
          ) : null}
        </>
      ) : (
        <QueryStatus state={state} what="the evidence" />
      )}
      {node.history.length > 1 ? (
        <>
          <h3>Positions over time</h3>
          <ol className="history">
            {node.history.map((stop) => (
              <li key={`${stop.asOf}-${stop.stance}`}>
                <button type="button" onClick={() => onDate(stop.asOf)}>
                  {formatDate(stop.asOf)}: {STANCE_LABEL[stop.stance]}
                </button>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}

function EdgeEvidence({ edge, nodes }: { edge: MapEdge; nodes: MapNode[] }) {
  const name = (id: string) => nodes.find((node) => node.id === id)?.label ?? id;
  const state = useQuery(EdgeEvidenceDocument, { source: edge.source, target: edge.target });
  let statements: EvidenceFieldsFragment[] | undefined;
  if (state.status === 'done') {
    const { source, target } = state.data;
    const matches = (
      list: { organization: { id: string }; evidence: EvidenceFieldsFragment[] }[] | undefined,
    ) => (list ?? []).filter((item) => item.organization.id === edge.target).flatMap((item) => item.evidence);
    if (edge.relation === 'role' && 'roles' in source) statements = matches(source.roles);
    else if (edge.relation === 'member of' && 'memberships' in source)
      statements = matches(source.memberships);
    else if (edge.relation === 'speaks for' && 'spokespeople' in target)
      statements = target.spokespeople.filter((s) => s.person.id === edge.source).flatMap((s) => s.evidence);
    statements ??= [];
  }
  return (
    <>
      <h2>
        {name(edge.source)} {edge.relation} {name(edge.target)}
      </h2>
      <p className="holder-kind">{edge.label}</p>
      <h3>Evidence</h3>
      {statements ? (
        <StatementList
          statements={statements}
          empty={
            edge.quoteIds.length > 0
              ? `Quoted on behalf of ${name(edge.target)} in the evidence of a position: select ${name(edge.source)} to read it.`
              : 'No statement cited.'
          }
        />
      ) : (
        <QueryStatus state={state} what="the evidence" />
      )}
    </>
  );
}
