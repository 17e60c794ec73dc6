/**
 * Stage 6b: when the words were said. News dates speech relative to the article: `Malloy said
 * Tuesday`, `in a letter Monday`, `told reporters yesterday`. A day named next to the speech verb
 * of the statement's own sentence, outside the quoted words, is resolved against the article's
 * date: a weekday is the latest such day on or before publication (the publication day itself when
 * it is that weekday), "yesterday" and "last night" the day before, "today", "this morning",
 * "this afternoon", "tonight" the day itself. A day inside the quote ("we meet again Thursday") is
 * what the words talk about, not when they were said, so it is never read. Nothing found: null,
 * and the statement stays undated (its position falls back to the article's week).
 */
import { SPEECH_VERB } from './attribution';

export interface SaidOn {
  /** YYYY-MM-DD. */
  date: string;
  /** How it was read, for the reviewer and the statement's saidOnNote. */
  note: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const DAY_WORD =
  /\b(?:(?:on|late|early)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday|yesterday|today|tonight|last night|this morning|this afternoon|this evening)(?:\s+(?:morning|afternoon|evening|night))?\b/gi;

/**
 * How many words may stand between the speech verb and the day ("said during a visit to Mystic
 * Aquarium Tuesday morning"), with no comma or other clause break between them.
 */
const NEAR_VERB = 8;

/**
 * The day `sentence` says its statement was made, or null. `quoted` are the spans (relative to the
 * sentence) of quoted words, which are skipped.
 */
export function saidOnOf(
  sentence: string,
  quoted: { start: number; end: number }[],
  publishedOn: string | null,
): SaidOn | null {
  if (publishedOn === null || !/^\d{4}-\d{2}-\d{2}$/.test(publishedOn)) return null;
  // The reporter's words only: each quoted span blanked out, offsets kept.
  let own = sentence;
  for (const q of quoted)
    own = own.slice(0, q.start) + ' '.repeat(Math.max(0, q.end - q.start)) + own.slice(q.end);
  const verbs = [...own.matchAll(new RegExp(SPEECH_VERB.source, 'gi'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (verbs.length === 0) return null;
  for (const m of own.matchAll(DAY_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    // A day opening the sentence ("On Monday, Malloy told reporters …") dates its main verb.
    const opening = own.slice(0, start).trim() === '';
    const near = verbs.some((v) =>
      v.end <= start
        ? wordsBetween(own, v.end, start) <= NEAR_VERB
        : opening
          ? wordsBetween(own.replace(/,/g, ' '), end, v.start) <= NEAR_VERB
          : wordsBetween(own, end, v.start) <= 2,
    );
    if (!near) continue;
    const word = (m[1] ?? '').toLowerCase();
    const date = resolve(word, publishedOn);
    if (date === null) continue;
    return {
      date,
      note: `"${m[0].trim()}" in the attribution, counted from the article's date ${publishedOn}.`,
    };
  }
  return null;
}

/** Words between two offsets; a clause break (, ; : — or a sentence end) counts as too many. */
function wordsBetween(text: string, from: number, to: number): number {
  if (/[,;:.?!\u2014]/.test(text.slice(from, to))) return Number.POSITIVE_INFINITY;
  return text
    .slice(from, to)
    .split(/[\s,]+/)
    .filter((w) => w.length > 0).length;
}

function resolve(word: string, publishedOn: string): string | null {
  const published = new Date(`${publishedOn}T00:00:00Z`);
  if (Number.isNaN(published.getTime())) return null;
  let back: number;
  if (word === 'yesterday' || word === 'last night') back = 1;
  else if (['today', 'tonight', 'this morning', 'this afternoon', 'this evening'].includes(word)) back = 0;
  else {
    const weekday = WEEKDAYS.indexOf(word);
    if (weekday < 0) return null;
    back = (published.getUTCDay() - weekday + 7) % 7;
  }
  return new Date(published.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}
