/**
 * The camps as lists: the map's data for keyboards and screen readers, and the phone layout's
 * main view. Up/Down move between stakeholders, Enter or Space selects one.
 */
import type { KeyboardEvent } from 'react';
import type { MapNode } from '../lib/map-model';
import { KIND_LABEL } from '../lib/map-model';
import { formatDate } from '../lib/format';
import { STANCE_COLOUR, STANCE_LABEL, STANCES } from '../lib/stance';

/** Arrow keys move focus between the buttons of one list, as in a listbox. */
export function moveFocusWithArrows(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('button, a')];
  const at = buttons.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  event.preventDefault();
  buttons[(at + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
}

export function CampLists({
  nodes,
  selectedId,
  onSelect,
}: {
  nodes: MapNode[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <div className="camps">
      {STANCES.map((stance) => {
        const members = nodes
          .filter((node) => node.stance === stance)
          .sort((a, b) => a.label.localeCompare(b.label));
        if (members.length === 0) return null;
        return (
          <section key={stance} className="camp" data-stance={stance} aria-labelledby={`camp-${stance}`}>
            <h2 id={`camp-${stance}`}>
              <span
                className="swatch"
                style={{ backgroundColor: STANCE_COLOUR[stance] }}
                aria-hidden="true"
              />
              {STANCE_LABEL[stance]} <span className="count">({members.length})</span>
            </h2>
            <ul onKeyDown={moveFocusWithArrows}>
              {members.map((node) => (
                <li key={node.id}>
                  <button
                    type="button"
                    className="stakeholder-button"
                    aria-pressed={node.id === selectedId}
                    data-id={node.id}
                    onClick={() => onSelect(node.id)}
                  >
                    <span className="name">{node.label}</span>
                    <span className="meta">
                      {KIND_LABEL[node.kind]} · {STANCE_LABEL[node.stance]} since{' '}
                      {formatDate(node.position.asOf)}
                      {node.position.inferred ? ' · inferred' : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
