/**
 * The asOf slider: one stop per date on which some position on the issue was taken, the last
 * stop meaning "latest known". Arrow keys, Home and End work as on any range input.
 */
import { formatDate } from '../lib/format';

export interface DateSliderProps {
  dates: string[];
  /** The asOf in the URL; null = latest. */
  value: string | null;
  onChange: (date: string | null) => void;
  busy: boolean;
}

export function DateSlider({ dates, value, onChange, busy }: DateSliderProps) {
  if (dates.length === 0) return <p className="slider-empty">No dated positions on this issue.</p>;
  const last = dates.length - 1;
  // A date typed into the URL between two stops shows the stop in force on it.
  const index = value === null ? last : Math.max(0, dates.filter((date) => date <= value).length - 1);
  const shown = value ?? dates[last];
  return (
    <div className="date-slider">
      <label htmlFor="as-of">
        Positions as of <strong>{formatDate(shown)}</strong>
        {value === null ? ' (latest)' : ''}
        {busy ? <span className="busy"> · loading…</span> : null}
      </label>
      <input
        id="as-of"
        type="range"
        min={0}
        max={last}
        step={1}
        value={index}
        aria-valuetext={formatDate(shown)}
        onChange={(event) => {
          const next = Number(event.target.value);
          onChange(next === last ? null : (dates[next] ?? null));
        }}
      />
      <div className="slider-ends" aria-hidden="true">
        <span>{formatDate(dates[0])}</span>
        <span>{formatDate(dates[last])}</span>
      </div>
    </div>
  );
}
