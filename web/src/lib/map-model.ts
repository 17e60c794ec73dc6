/**
 * Turns the issue map's one query result into what the graph, the lists and the exports draw:
 * one node per stakeholder with a position, and the edges among them (roles, memberships, who
 * speaks for whom), each edge carrying the statements that source it.
 */
import type { IssueMapQuery, Stance } from '../gql/graphql';

export type MapPosition = IssueMapQuery['issue']['positions'][number];
export type Holder = MapPosition['holder'];

export type NodeKind =
  'person' | 'legislator' | 'union' | 'union-local' | 'coalition' | 'office' | 'party' | 'organization';

export const KIND_LABEL: Record<NodeKind, string> = {
  person: 'Person',
  legislator: 'Legislator',
  union: 'Union',
  'union-local': 'Union local',
  coalition: 'Coalition',
  office: 'Government office',
  party: 'Party',
  organization: 'Organization',
};

export interface MapNode {
  id: string;
  label: string;
  kind: NodeKind;
  stance: Stance;
  position: MapPosition;
  /** Every position the holder took on the issue, oldest first (the slider's stops). */
  history: { asOf: string | null; stance: Stance }[];
}

export type EdgeRelation = 'role' | 'member of' | 'speaks for';

export interface MapEdge {
  id: string;
  source: string;
  target: string;
  relation: EdgeRelation;
  label: string;
  /** Ids of the statements in the map's own data that show it (quotes on someone's behalf). */
  quoteIds: string[];
}

export interface IssueMap {
  nodes: MapNode[];
  edges: MapEdge[];
  /** The dates positions on this issue changed, oldest first. */
  dates: string[];
}

function kindOf(holder: Holder): NodeKind {
  if (holder.__typename === 'Person') {
    const legislator = holder.roles.some((role) => role.organization.kind === 'LEGISLATIVE_BODY');
    return legislator ? 'legislator' : 'person';
  }
  if (holder.__typename !== 'Organization') return 'organization';
  switch (holder.kind) {
    case 'UNION':
      return 'union';
    case 'UNION_LOCAL':
      return 'union-local';
    case 'COALITION':
    case 'UNION_ALLIANCE':
      return 'coalition';
    case 'GOVERNMENT_OFFICE':
    case 'PORT_AUTHORITY':
      return 'office';
    case 'PARTY':
      return 'party';
    default:
      return 'organization';
  }
}

export function buildIssueMap(issue: IssueMapQuery['issue']): IssueMap {
  const history = new Map<string, MapNode['history']>();
  const dates = new Set<string>();
  for (const { holder } of issue.everyone) {
    const stops = holder.positions
      .map(({ asOf, stance }) => ({ asOf: asOf ?? null, stance }))
      .sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''));
    history.set(holder.id, stops);
    for (const stop of stops) if (stop.asOf) dates.add(stop.asOf);
  }

  const nodes: MapNode[] = issue.positions.map((position) => ({
    id: position.holder.id,
    label: position.holder.name,
    kind: kindOf(position.holder),
    stance: position.stance,
    position,
    history: history.get(position.holder.id) ?? [],
  }));
  const onMap = new Set(nodes.map((node) => node.id));

  const edges = new Map<string, MapEdge>();
  const addEdge = (
    source: string,
    target: string,
    relation: EdgeRelation,
    label: string,
    quoteId?: string,
  ) => {
    if (source === target || !onMap.has(source) || !onMap.has(target)) return;
    const id = `${relation}:${source}->${target}`;
    const edge = edges.get(id) ?? { id, source, target, relation, label, quoteIds: [] };
    edges.set(id, edge);
    if (quoteId && !edge.quoteIds.includes(quoteId)) edge.quoteIds.push(quoteId);
  };

  for (const { holder, evidence } of issue.positions) {
    if (holder.__typename === 'Person') {
      for (const role of holder.roles) addEdge(holder.id, role.organization.id, 'role', role.title);
      for (const m of holder.memberships) addEdge(holder.id, m.organization.id, 'member of', m.relation);
    } else if (holder.__typename === 'Organization') {
      for (const m of holder.memberships) addEdge(holder.id, m.organization.id, 'member of', m.relation);
      for (const s of holder.spokespeople) addEdge(s.person.id, holder.id, 'speaks for', s.titles.join(', '));
    }
    // Quoted on someone's behalf in the very words behind a position: a "speaks for" edge too.
    for (const statement of evidence) {
      if (statement.speaker && statement.onBehalfOf) {
        addEdge(
          statement.speaker.id,
          statement.onBehalfOf.id,
          'speaks for',
          'quoted on behalf of',
          statement.id,
        );
      }
    }
  }
  return { nodes, edges: [...edges.values()], dates: [...dates].sort() };
}
