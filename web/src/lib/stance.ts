/**
 * Stance colours from the Okabe–Ito palette, which stays distinguishable with the common colour
 * vision deficiencies; every use also prints the stance's name, so colour is never the only cue.
 */
import type { Stance } from '../gql/graphql';

export const STANCES: readonly Stance[] = ['SUPPORT', 'MIXED', 'NEUTRAL', 'OPPOSE'];

export const STANCE_LABEL: Record<Stance, string> = {
  SUPPORT: 'Support',
  MIXED: 'Mixed',
  NEUTRAL: 'Neutral',
  OPPOSE: 'Oppose',
};

export const STANCE_COLOUR: Record<Stance, string> = {
  SUPPORT: '#009E73', // bluish green
  MIXED: '#E69F00', // orange
  NEUTRAL: '#56B4E9', // sky blue
  OPPOSE: '#D55E00', // vermillion
};
