/**
 * Camps as columns, support on the left and oppose on the right, each a labelled box (a
 * cytoscape compound node) whose members sit in a grid: the map reads as "who stands with whom"
 * before any edge is looked at. Positions are computed here, so the same data always draws the
 * same picture (and the browser test can rely on where a camp is).
 */
import type { ElementDefinition } from 'cytoscape';
import type { Stance } from '../gql/graphql';
import { KIND_LABEL, type MapEdge, type MapNode } from './map-model';
import { STANCE_COLOUR, STANCE_LABEL, STANCES } from './stance';

const CAMP_GAP = 90;
const CELL_WIDTH = 140;
const CELL_HEIGHT = 110;

export function campId(stance: Stance): string {
  return `camp:${stance}`;
}

/**
 * `narrow` (a phone) stacks the camps top to bottom, three to a row, so names stay readable;
 * otherwise camps sit side by side, two to a row.
 */
export function mapElements(nodes: MapNode[], edges: MapEdge[], narrow = false): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const camps = STANCES.filter((stance) => nodes.some((node) => node.stance === stance));
  const perRow = narrow ? 3 : 2;
  let offset = 0;
  camps.forEach((stance) => {
    const members = nodes
      .filter((node) => node.stance === stance)
      .sort((a, b) => a.label.localeCompare(b.label));
    const origin = offset;
    const columns = Math.min(perRow, members.length);
    const rows = Math.ceil(members.length / perRow);
    offset += narrow ? rows * CELL_HEIGHT + CAMP_GAP : columns * CELL_WIDTH + CAMP_GAP;
    elements.push({
      group: 'nodes',
      data: {
        id: campId(stance),
        label: `${STANCE_LABEL[stance]} (${members.length})`,
        colour: STANCE_COLOUR[stance],
        camp: true,
      },
      classes: 'camp',
      selectable: false,
    });
    members.forEach((node, index) => {
      elements.push({
        group: 'nodes',
        data: {
          id: node.id,
          parent: campId(stance),
          label: node.label,
          kind: node.kind,
          kindLabel: KIND_LABEL[node.kind],
          stance: node.stance,
          colour: STANCE_COLOUR[node.stance],
        },
        classes: `stakeholder ${node.kind}`,
        position: {
          x: (narrow ? 0 : origin) + (index % perRow) * CELL_WIDTH,
          y: (narrow ? origin : 0) + Math.floor(index / perRow) * CELL_HEIGHT,
        },
      });
    });
  });
  for (const edge of edges) {
    elements.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        label: edge.relation,
        relation: edge.relation,
      },
      classes: edge.relation.replace(' ', '-'),
    });
  }
  return elements;
}
