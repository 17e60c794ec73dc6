/**
 * Export of the map as it is shown: PNG of the canvas, GraphML, and CSV tables. The evidence
 * table needs every position's statements, which the map does not load: one request on click.
 */
import type { Core } from 'cytoscape';
import { graphql } from '../gql';
import { download, edgesCsv, evidenceCsv, nodesCsv, toGraphML } from '../lib/export';
import { execute } from '../lib/graphql-client';
import type { MapEdge, MapNode } from '../lib/map-model';

export interface ExportMenuProps {
  /** File name stem, e.g. "renegotiation-2011-07-05". */
  name: string;
  nodes: MapNode[];
  edges: MapEdge[];
  cy: () => Core | null;
  evidenceQuery: { slug: string; dispute: string | null; asOf: string | null };
}

const MapEvidenceDocument = graphql(`
  query MapEvidence($slug: String!, $dispute: String, $asOf: Date) {
    issue(slug: $slug, dispute: $dispute) {
      positions(asOf: $asOf, first: 25) {
        holder {
          id
        }
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

export function ExportMenu({ name, nodes, edges, cy, evidenceQuery }: ExportMenuProps) {
  const text = (content: string, type: string) => new Blob([content], { type });
  const exports: [string, () => void][] = [
    [
      'PNG',
      () => {
        const instance = cy();
        if (instance)
          download(`${name}.png`, instance.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }));
      },
    ],
    ['GraphML', () => download(`${name}.graphml`, text(toGraphML(nodes, edges), 'application/graphml+xml'))],
    ['Nodes CSV', () => download(`${name}-nodes.csv`, text(nodesCsv(nodes), 'text/csv'))],
    ['Edges CSV', () => download(`${name}-edges.csv`, text(edgesCsv(edges), 'text/csv'))],
    [
      'Evidence CSV',
      () => {
        void execute(MapEvidenceDocument, evidenceQuery).then(({ issue }) =>
          download(`${name}-evidence.csv`, text(evidenceCsv(issue.positions), 'text/csv')),
        );
      },
    ],
  ];
  return (
    <div className="export-menu" role="group" aria-label="Export this view">
      <span className="export-label">Export:</span>
      {exports.map(([label, run]) => (
        <button key={label} type="button" onClick={run}>
          {label}
        </button>
      ))}
    </div>
  );
}
