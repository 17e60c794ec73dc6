/**
 * The current map as files: GraphML for Gephi and yEd (node and edge attributes declared as
 * <key>s), and CSV tables of nodes, edges and evidence for spreadsheets (RFC 4180 quoting).
 */
import type { EvidenceFieldsFragment } from '../gql/graphql';
import { KIND_LABEL, type MapEdge, type MapNode } from './map-model';
import { STANCE_LABEL } from './stance';

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NODE_KEYS = ['label', 'kind', 'stance', 'asOf', 'inferred', 'evidenceCount'] as const;
const EDGE_KEYS = ['relation', 'label'] as const;

function nodeRow(node: MapNode): Record<(typeof NODE_KEYS)[number], string> {
  return {
    label: node.label,
    kind: KIND_LABEL[node.kind],
    stance: STANCE_LABEL[node.stance],
    asOf: node.position.asOf ?? '',
    inferred: String(node.position.inferred),
    evidenceCount: String(node.position.evidence.length),
  };
}

function edgeRow(edge: MapEdge): Record<(typeof EDGE_KEYS)[number], string> {
  return { relation: edge.relation, label: edge.label };
}

export function toGraphML(nodes: MapNode[], edges: MapEdge[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map((key) => `  <key id="n_${key}" for="node" attr.name="${key}" attr.type="string"/>`),
    ...EDGE_KEYS.map((key) => `  <key id="e_${key}" for="edge" attr.name="${key}" attr.type="string"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const node of nodes) {
    lines.push(`    <node id="${xml(node.id)}">`);
    for (const [key, value] of Object.entries(nodeRow(node)))
      lines.push(`      <data key="n_${key}">${xml(value)}</data>`);
    lines.push('    </node>');
  }
  for (const edge of edges) {
    lines.push(`    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">`);
    for (const [key, value] of Object.entries(edgeRow(edge)))
      lines.push(`      <data key="e_${key}">${xml(value)}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function nodesCsv(nodes: MapNode[]): string {
  return csv(
    ['id', ...NODE_KEYS],
    nodes.map((node) => [node.id, ...Object.values(nodeRow(node))]),
  );
}

export function edgesCsv(edges: MapEdge[]): string {
  return csv(
    ['id', 'source', 'target', ...EDGE_KEYS],
    edges.map((edge) => [edge.id, edge.source, edge.target, ...Object.values(edgeRow(edge))]),
  );
}

/** One row per (stakeholder, statement): the words each position on the map rests on. */
export function evidenceCsv(
  positions: {
    holder: { id: string };
    evidence: EvidenceFieldsFragment[];
    counterEvidence: EvidenceFieldsFragment[];
  }[],
): string {
  const row = (owner: string, role: string, s: EvidenceFieldsFragment) => [
    owner,
    role,
    s.id,
    s.text,
    s.kind,
    s.speaker?.name ?? '',
    s.onBehalfOf?.name ?? '',
    s.saidOn ?? '',
    s.article.outlet?.name ?? '',
    s.article.publishedOn ?? '',
    s.article.headline ?? '',
    String(s.start),
    String(s.end),
  ];
  const rows = positions.flatMap((position) => [
    ...position.evidence.map((s) => row(position.holder.id, 'evidence', s)),
    ...position.counterEvidence.map((s) => row(position.holder.id, 'counter-evidence', s)),
  ]);
  return csv(
    [
      'stakeholder',
      'role',
      'statement',
      'text',
      'kind',
      'speaker',
      'onBehalfOf',
      'saidOn',
      'outlet',
      'publishedOn',
      'headline',
      'start',
      'end',
    ],
    rows,
  );
}

/** Saves `blob` under `filename` through a temporary link (the page's CSP allows blob: downloads). */
export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
