/**
 * An invented harbour story for the learned stage (src/ingest/learned.ts): statements about
 * dredging the channel (for: a deeper berth; against: the silt and the oyster beds) and about
 * other things, in words no cue of the tests names. Each combination of opener, words and tail
 * is one statement.
 */
import { type Stance } from '../../src/ingest/types';

const OPENERS = ['Frankly,', 'As I told the board,', 'Everyone knows', 'I said it in March:', 'Look,'];
const TAILS = [
  'and that is final',
  'whatever the mayor says',
  'for the whole waterfront',
  'this year',
  'before the season',
];
const FOR = [
  'a deeper berth brings the container ships back',
  'the port needs a deeper berth',
  'deeper water means more cargo and more jobs',
  'the big ships need deeper water at the pier',
];
const AGAINST = [
  'the silt will smother the oyster beds',
  'pumping that silt poisons the oyster beds',
  'the oyster beds die when the silt moves',
  'silt in the bay ruins the oyster harvest',
];
const OTHER = [
  'the parade route goes past the library',
  'the farmers market opens on saturday',
  'the school board meets on tuesday night',
  'the bridge repaint is behind schedule',
  'the library needs a new roof',
  'the concert in the park was loud',
  'the town hall clock is fixed at last',
  'the beach lot charges ten dollars',
];

/** 400 statements: 100 for dredging, 100 against, 200 about nothing of it. */
export function harbourStatements(): { text: string; stance: Stance | null; about: boolean }[] {
  const out: { text: string; stance: Stance | null; about: boolean }[] = [];
  for (const opener of OPENERS)
    for (const tail of TAILS) {
      for (const words of FOR)
        out.push({ text: `${opener} ${words} ${tail}.`, stance: 'SUPPORT', about: true });
      for (const words of AGAINST)
        out.push({ text: `${opener} ${words} ${tail}.`, stance: 'OPPOSE', about: true });
      for (const words of OTHER)
        out.push({ text: `${opener} ${words} ${tail}.`, stance: null, about: false });
    }
  return out;
}
