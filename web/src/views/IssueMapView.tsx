/**
 * /issues/:slug?dispute=&asOf=&selected= — the stakeholders with a position on one issue, as camps
 * by stance, on a date the slider picks; the evidence of whatever is selected beside it. One
 * GraphQL request per state of the URL.
 */
import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { graphql } from '../gql';
import { CampLists } from '../components/CampLists';
import { DateSlider } from '../components/DateSlider';
import { EvidencePanel } from '../components/EvidencePanel';
import { ExportMenu } from '../components/ExportMenu';
import { GraphCanvas } from '../components/GraphCanvas';
import { QueryStatus } from '../components/QueryStatus';
import { mapElements } from '../lib/map-layout';
import { buildIssueMap } from '../lib/map-model';
import { hrefOf, navigate } from '../lib/router';
import { useQuery } from '../lib/use-query';

// Lean on purpose: the operation-cost limit multiplies nested lists, so the statements behind a
// selection come with a second request when something is selected (EvidencePanel), not here.
const IssueMapQueryDocument = graphql(`
  query IssueMap($slug: String!, $dispute: String, $asOf: Date) {
    issue(slug: $slug, dispute: $dispute) {
      id
      slug
      name
      proposition
      dispute {
        slug
        name
      }
      positions(asOf: $asOf, first: 25) {
        id
        stance
        asOf
        asOfInferred
        asOfNote
        inferred
        confidence
        note
        evidence {
          id
          speaker {
            id
          }
          onBehalfOf {
            id
          }
        }
        counterEvidence {
          id
        }
        holder {
          __typename
          id
          name
          ... on Person {
            roles {
              title
              organization {
                id
                kind
              }
            }
            memberships {
              relation
              organization {
                id
              }
            }
          }
          ... on Organization {
            kind
            memberships {
              relation
              organization {
                id
              }
            }
            spokespeople {
              titles
              person {
                id
              }
            }
          }
        }
      }
      everyone: positions(first: 25) {
        holder {
          id
          ... on Person {
            positions(issueSlug: $slug, dispute: $dispute, first: 10) {
              asOf
              stance
            }
          }
          ... on Organization {
            positions(issueSlug: $slug, dispute: $dispute, first: 10) {
              asOf
              stance
            }
          }
        }
      }
    }
  }
`);

export function IssueMapView({ slug, params }: { slug: string; params: URLSearchParams }) {
  const dispute = params.get('dispute');
  const asOf = params.get('asOf');
  const selected = params.get('selected');
  const state = useQuery(IssueMapQueryDocument, { slug, dispute, asOf });
  const cyRef = useRef<Core | null>(null);

  const setParams = (changes: Record<string, string | null>, replace = false) => {
    const next: Record<string, string | null> = { dispute, asOf, selected, ...changes };
    navigate(hrefOf(`/issues/${encodeURIComponent(slug)}`, next), { replace });
  };

  const issue = state.status === 'error' ? undefined : state.data?.issue;
  const map = useMemo(() => (issue ? buildIssueMap(issue) : undefined), [issue]);
  const narrow = useNarrowScreen();
  const elements = useMemo(() => (map ? mapElements(map.nodes, map.edges, narrow) : []), [map, narrow]);

  if (!issue || !map) return <QueryStatus state={state} what="the issue map" />;
  const selectedNode = map.nodes.find((node) => node.id === selected);
  const selectedEdge = map.edges.find((edge) => edge.id === selected);
  const exportName = `${issue.slug}${asOf ? `-${asOf}` : ''}`;
  // The query asks for 25 positions (what the operation-cost limit allows with their relations).
  const truncated = issue.positions.length >= 25;

  return (
    // data-state and data-as-of say which date the map on screen shows (the browser test waits on them).
    <div
      className="issue-view"
      data-state={state.status}
      data-as-of={state.status === 'done' ? (asOf ?? 'latest') : ''}
    >
      <header className="view-header">
        <p className="eyebrow">{issue.dispute.name}</p>
        <h1>{issue.name}</h1>
        <p className="proposition">
          <span className="visually-hidden">Proposition: </span>“{issue.proposition}”
        </p>
      </header>
      <div className="map-toolbar">
        <DateSlider
          dates={map.dates}
          value={asOf}
          onChange={(date) => setParams({ asOf: date })}
          busy={state.status === 'loading'}
        />
        <ExportMenu
          name={exportName}
          nodes={map.nodes}
          edges={map.edges}
          cy={() => cyRef.current}
          evidenceQuery={{ slug, dispute, asOf }}
        />
      </div>
      {truncated ? (
        <p className="truncated" role="note">
          Showing the first 25 stakeholders with a position; the map draws no more in one request.
        </p>
      ) : null}
      <div className="map-layout">
        <div className="map-main">
          <GraphCanvas
            elements={elements}
            selectedId={selected}
            onSelect={(id) => setParams({ selected: id })}
            label={`Map of ${map.nodes.length} stakeholders by stance on “${issue.name}”; the same data is in the lists below.`}
            onReady={(cy) => {
              cyRef.current = cy;
            }}
          />
          <Legend />
          <CampLists nodes={map.nodes} selectedId={selected} onSelect={(id) => setParams({ selected: id })} />
        </div>
        <EvidencePanel
          node={selectedNode}
          edge={selectedEdge}
          nodes={map.nodes}
          onClose={() => setParams({ selected: null })}
          onDate={(date) => setParams({ asOf: date })}
        />
      </div>
    </div>
  );
}

/** True on a phone-width screen (the map then stacks its camps). */
function useNarrowScreen(): boolean {
  const query = '(max-width: 600px)';
  const [narrow, setNarrow] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const update = () => setNarrow(list.matches);
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, []);
  return narrow;
}

function Legend() {
  return (
    <details className="legend">
      <summary>Legend</summary>
      <ul>
        <li>
          Circle: person · Triangle: legislator · Hexagon: coalition · Rounded box: union · Square: union
          local · Diamond: government office · Octagon: party
        </li>
        <li>Solid arrow: member of · Dashed: holds a role at · Dotted: speaks for</li>
        <li>Fill colour and column: stance (Okabe–Ito colours, always labelled)</li>
      </ul>
    </details>
  );
}
