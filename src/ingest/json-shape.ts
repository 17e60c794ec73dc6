/**
 * The `--format json` shape of `npm run ingest`, exactly as issue 11 specifies it: one object per
 * file; `id` is the graph id of a known stakeholder or null; offsets are UTF-16 into the stored
 * text (after any front matter); `text` is the quote without its marks. Paraphrases are not quotes
 * and are left out here (the review queue has them).
 */
import { type PipelineResult } from './types';

export interface IngestJson {
  file: string;
  article: { publishedOn: string | null };
  quotes: {
    text: string;
    start: number;
    end: number;
    speaker: { name: string; id: string | null; isNew: boolean } | null;
    onBehalfOf: { name: string; id: string | null } | null;
    issues: { slug: string; stance: string; confidence: number }[];
  }[];
  people: { name: string; id: string | null; isNew: boolean }[];
}

export function toIngestJson(file: string, publishedOn: string | null, result: PipelineResult): IngestJson {
  return {
    file,
    article: { publishedOn },
    quotes: result.statements
      .filter((s) => s.kind !== 'PARAPHRASE')
      .map((s) => ({
        text: s.text,
        start: s.start,
        end: s.end,
        speaker:
          s.speaker === null ? null : { name: s.speaker.name, id: s.speaker.id, isNew: s.speaker.isNew },
        onBehalfOf: s.onBehalfOf === null ? null : { name: s.onBehalfOf.name, id: s.onBehalfOf.id },
        issues: s.issues.map((i) => ({ slug: i.slug, stance: i.stance, confidence: i.confidence })),
      })),
    people: result.people.map((p) => ({ name: p.name, id: p.id, isNew: p.isNew })),
  };
}
