/**
 * Issue cues as the graph stores them: a list of strings, since a Neo4j property cannot hold maps.
 * "+phrase" shows support, "-phrase" opposition, a bare phrase only the topic.
 */
import { type IssueCue } from './types';

export function encodeCue(cue: { phrase: string; stance?: 'SUPPORT' | 'OPPOSE' | null }): string {
  const sign = cue.stance === 'SUPPORT' ? '+' : cue.stance === 'OPPOSE' ? '-' : '';
  return `${sign}${cue.phrase.trim()}`;
}

export function decodeCue(stored: string): IssueCue {
  const sign = stored[0];
  if (sign === '+') return { phrase: stored.slice(1).trim(), stance: 'SUPPORT' };
  if (sign === '-') return { phrase: stored.slice(1).trim(), stance: 'OPPOSE' };
  return { phrase: stored.trim(), stance: null };
}
