/**
 * Stage 6: reported speech. A sentence whose subject is a speaker and whose verb is a speech or
 * opinion verb ("Looney said the unions need a few more weeks", "Merrill argued that …") is
 * proposed as a PARAPHRASE of that speaker, with a lower confidence than a quote: the words are
 * the reporter's, and verbs such as "believes" are weaker evidence of what was said.
 */
import { type ArticleState, type Linker } from './entities';
import { mediumOf } from './attribution';
import { type EntityRef, type Medium } from './types';

const REPORTING_VERB =
  /\b(?:(?:has|had|have|also|later|then|repeatedly|previously|again)\s+)*(?:said|says|argued|argues|added|told|tells|believes|thinks|insisted|noted|warned|contended|acknowledged|agreed|explained|predicted|stressed|maintained|alluded|reiterated|described|declined|complained|claimed|suggested|urged|called for|threatened|promised|vowed)\b/i;

export interface Reported {
  speaker: EntityRef;
  onBehalfOf: EntityRef | null;
  medium: Medium;
  confidence: number;
}

/** The speaker of a reported-speech sentence, or null when its subject links to no one. */
export function reportedSpeech(
  sentence: string,
  sentenceStart: number,
  paragraph: number,
  linker: Linker,
  state: ArticleState,
): Reported | null {
  // "According to Priya Raman, a steward with …, half the members favored a new vote."
  const according = /^\s*According to\s+([^,]+(?:,\s*(?:a|an|the)\s[^,]+)?),/i.exec(sentence);
  if (according !== null) {
    const linked = linker.linkPhrase(according[1] ?? '', state, sentenceStart, paragraph);
    if (linked.speaker !== null) {
      return {
        speaker: linked.speaker,
        onBehalfOf: linker.onBehalfOf(linked, according[1] ?? ''),
        medium: 'UNKNOWN',
        confidence: 0.5,
      };
    }
  }
  const verb = REPORTING_VERB.exec(sentence);
  if (verb === null || verb.index > 160) return null;
  const subject = sentence
    .slice(0, verb.index)
    .replace(/^\s*(?:but|and|so|yet|still|meanwhile|however)[,\s]+/i, '');
  if (subject.trim() === '' || /[\u201C\u201D"]/.test(subject)) return null;
  // A clause before the subject ("On Friday union spokesmen …") is fine; a whole sentence is not.
  if (subject.split(/\s+/).length > 25) return null;
  const linked = linker.linkPhrase(subject, state, sentenceStart, paragraph);
  if (linked.speaker === null) return null;
  const weak = /believes|thinks|alluded|described|declined/i.test(verb[0]);
  let confidence = weak ? 0.4 : 0.55;
  if (linked.speaker.link === 'pronoun') confidence -= 0.1;
  return {
    speaker: linked.speaker,
    onBehalfOf: linker.onBehalfOf(linked, subject),
    medium: mediumOf(sentence),
    confidence,
  };
}
