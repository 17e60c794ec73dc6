/**
 * Stage 7: positions. A stance belongs to a holder on an issue (a Position node), shown by one or
 * more statements; a single quote rarely shows MIXED, a speaker who says both things does. The
 * proposals of one article are grouped by holder (the organization a spokesperson speaks for,
 * else the speaker) and issue: support and opposition together give MIXED unless one side is
 * outvoted (a fifth or less), only topic mentions NEUTRAL. Unattributed statements and proposed
 * new people without an id are grouped by name.
 */
import { LOW_CONFIDENCE } from './stance';
import { type EntityRef, type ProposedStatement, type Stance } from './types';

/** The share of the votes at or below which the other side is outvoted rather than MIXED. */
const OUTVOTED = 0.2;

export interface ProposedPosition {
  holder: EntityRef;
  issue: string;
  stance: Stance;
  confidence: number;
  lowConfidence: boolean;
  /** Indexes (into the statements list) of the statements that show it. */
  evidence: number[];
}

/** Groups the statements' issue proposals into one proposed position per holder and issue. */
export function proposePositions(statements: ProposedStatement[]): ProposedPosition[] {
  const groups = new Map<
    string,
    { holder: EntityRef; issue: string; votes: { stance: Stance; confidence: number; index: number }[] }
  >();
  statements.forEach((statement, index) => {
    const holder = statement.onBehalfOf ?? statement.speaker;
    if (holder === null) return;
    for (const proposal of statement.issues) {
      // The side a speaker says they left is no part of where they stand now.
      if (proposal.formerSide === true) continue;
      const key = `${holder.id ?? `new:${holder.name}`}|${proposal.slug}`;
      const group = groups.get(key) ?? { holder, issue: proposal.slug, votes: [] };
      // A paraphrase is the reporter's reading: it counts, at the statement's lower confidence.
      group.votes.push({
        stance: proposal.stance,
        confidence: Math.min(proposal.confidence, statement.confidence),
        index,
      });
      groups.set(key, group);
    }
  });
  return [...groups.values()].map(({ holder, issue, votes }) => {
    // A MIXED statement counts half on each side. The holder is MIXED when the smaller side weighs
    // more than a fifth: one statement against four is outvoted (more likely a misreading than a
    // change of mind), one against three is not.
    const side = (v: { stance: Stance }, wanted: Stance) =>
      v.stance === wanted ? 1 : v.stance === 'MIXED' ? 0.5 : 0;
    const support = votes.reduce((sum, v) => sum + side(v, 'SUPPORT'), 0);
    const oppose = votes.reduce((sum, v) => sum + side(v, 'OPPOSE'), 0);
    const dissent = support + oppose === 0 ? 0 : Math.min(support, oppose) / (support + oppose);
    const stance: Stance =
      support + oppose === 0
        ? 'NEUTRAL'
        : dissent > OUTVOTED
          ? 'MIXED'
          : support > oppose
            ? 'SUPPORT'
            : 'OPPOSE';
    const stanceVotes = votes.filter((v) => v.stance !== 'NEUTRAL');
    const counted = stanceVotes.length > 0 ? stanceVotes : votes;
    const mean = counted.reduce((sum, v) => sum + v.confidence, 0) / counted.length;
    // More statements agreeing make the reading firmer, up to 0.9; an outvoted side lowers it by
    // its share.
    const agreed = stance === 'MIXED' ? mean : mean * (1 - dissent);
    const confidence = Math.round(Math.min(0.9, agreed + 0.05 * (counted.length - 1)) * 100) / 100;
    return {
      holder,
      issue,
      stance,
      confidence,
      lowConfidence: confidence < LOW_CONFIDENCE,
      evidence: votes.map((v) => v.index),
    };
  });
}
