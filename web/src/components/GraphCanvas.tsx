/**
 * A cytoscape.js canvas for a prepared list of elements. Owns the cytoscape instance: created
 * once, its elements replaced when they change, destroyed on unmount. Tapping a stakeholder or an
 * edge calls onSelect with its id (tapping the background with null). The canvas is a picture of
 * the lists beside it, which carry the same data for keyboards and screen readers.
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef } from 'react';

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 12,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      width: 36,
      height: 36,
      'background-color': 'data(colour)',
      'border-width': 2,
      'border-color': '#1a1a1a',
    },
  },
  { selector: 'node.person', style: { shape: 'ellipse' } },
  { selector: 'node.legislator', style: { shape: 'triangle' } },
  { selector: 'node.union', style: { shape: 'round-rectangle', width: 44 } },
  { selector: 'node.union-local', style: { shape: 'rectangle', width: 30, height: 30 } },
  { selector: 'node.coalition', style: { shape: 'hexagon', width: 48, height: 42 } },
  { selector: 'node.office', style: { shape: 'diamond', width: 42, height: 42 } },
  { selector: 'node.party', style: { shape: 'octagon' } },
  { selector: 'node.organization', style: { shape: 'barrel' } },
  { selector: 'node.endpoint', style: { 'border-width': 4 } },
  {
    selector: 'node.camp',
    style: {
      shape: 'round-rectangle',
      'background-color': 'data(colour)',
      'background-opacity': 0.08,
      'border-color': 'data(colour)',
      'border-width': 2,
      'border-style': 'dashed',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -6,
      'font-size': 15,
      'font-weight': 'bold',
      padding: '24px',
    },
  },
  {
    selector: 'node:selected',
    style: {
      'border-width': 5,
      'border-color': '#0072B2',
      'underlay-color': '#0072B2',
      'underlay-opacity': 0.2,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': '#555',
      'target-arrow-color': '#555',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 10,
      color: '#333',
      'text-rotation': 'autorotate',
      'text-background-color': '#fff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
    },
  },
  { selector: 'edge.role', style: { 'line-style': 'dashed' } },
  { selector: 'edge.speaks-for', style: { 'line-style': 'dotted', width: 3 } },
  {
    selector: 'edge:selected',
    style: { 'line-color': '#0072B2', 'target-arrow-color': '#0072B2', width: 4 },
  },
];

/*
 * cytoscape injects a <style> for `.__________cytoscape_container { position: relative }` unless an
 * element with its id already exists; the page's CSP (style-src 'self') would block that inline
 * style. styles.css carries the rule, and this marker tells cytoscape it is there.
 */
function markContainerStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const marker = document.createElement('meta');
  marker.id = id;
  document.head.append(marker);
}

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** 'preset' keeps the positions in the elements; 'breadthfirst' lays a path out from `roots`. */
  layout?: { name: 'preset' } | { name: 'breadthfirst'; roots: string[] };
  label: string;
  onReady?: (cy: Core | null) => void;
}

export function GraphCanvas({ elements, selectedId, onSelect, layout, label, onReady }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    markContainerStylesheet();
    const cy = cytoscape({
      container: container.current,
      style: STYLE,
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    cy.on('tap', (event) => {
      const target = event.target as Core | cytoscape.SingularElementReturnValue;
      if (target === cy) onSelectRef.current(null);
      else if (!(target as cytoscape.SingularElementReturnValue).hasClass('camp'))
        onSelectRef.current((target as cytoscape.SingularElementReturnValue).id());
    });
    cyRef.current = cy;
    onReady?.(cy);
    return () => {
      onReady?.(null);
      cy.destroy();
      cyRef.current = null;
    };
    // onReady is read once: the instance lives as long as the component.
  }, []);

  const layoutKey = JSON.stringify(layout ?? { name: 'preset' });
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    const options = JSON.parse(layoutKey) as GraphCanvasProps['layout'];
    if (options?.name === 'breadthfirst') {
      // An array of ids, not a selector: global ids are base64 and may hold characters a selector escapes.
      cy.layout({
        name: 'breadthfirst',
        roots: options.roots,
        directed: false,
        spacingFactor: 1.2,
        fit: true,
        padding: 30,
      }).run();
    } else {
      cy.layout({ name: 'preset', fit: true, padding: 30 }).run();
    }
  }, [elements, layoutKey]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements(':selected').unselect();
    if (selectedId) cy.getElementById(selectedId).select();
  }, [selectedId, elements]);

  return <div ref={container} className="graph-canvas" role="img" aria-label={label} />;
}
