/** /votes/:slug?dispute= — a vote's rule, each source's tally side by side, the named ballots, the outcome. */
import { graphql } from '../gql';
import type { VoteViewQuery } from '../gql/graphql';
import { QueryStatus } from '../components/QueryStatus';
import { StatementList } from '../components/StatementCard';
import { formatDate, formatShare } from '../lib/format';
import { useQuery } from '../lib/use-query';

const VoteQueryDocument = graphql(`
  query VoteView($slug: String!, $dispute: String) {
    vote(slug: $slug, dispute: $dispute) {
      slug
      dispute
      name
      rule
      passed
      decidedBy
      closedOn
      closedOnInferred
      closedOnNote
      ruleDetails {
        readings {
          key
          name
          passed
          thresholds {
            measure
            atLeast
            outOf
            base
            actual
            met
          }
        }
      }
      tally {
        unionsFor
        unionsAgainst
        unionsTotal
        bargainingUnitsFor
        bargainingUnitsAgainst
        bargainingUnitsTotal
        memberShareFor
        conflicts
      }
      reportedTallies {
        unionsFor
        unionsAgainst
        unionsTotal
        bargainingUnitsFor
        bargainingUnitsAgainst
        bargainingUnitsTotal
        memberShareFor
        sources {
          id
          headline
          publishedOn
          outlet {
            name
          }
        }
      }
      ballots(first: 50) {
        outcome
        unit {
          id
          name
          kind
        }
        evidence {
          ...EvidenceFields
        }
      }
      evidence {
        ...EvidenceFields
      }
    }
  }
`);

type TallyLike = Omit<VoteViewQuery['vote']['tally'], 'conflicts'>;

const ROWS: [string, (t: TallyLike) => string][] = [
  ['Unions for', (t) => count(t.unionsFor, t.unionsTotal)],
  ['Unions against', (t) => count(t.unionsAgainst, t.unionsTotal)],
  ['Bargaining units for', (t) => count(t.bargainingUnitsFor, t.bargainingUnitsTotal)],
  ['Bargaining units against', (t) => count(t.bargainingUnitsAgainst, t.bargainingUnitsTotal)],
  ['Members’ share for', (t) => formatShare(t.memberShareFor)],
];

function count(value: number | null | undefined, total: number | null | undefined): string {
  if (value == null) return '—';
  return total == null ? String(value) : `${value} of ${total}`;
}

function outcome(passed: boolean | null | undefined): string {
  if (passed === true) return 'Passed';
  if (passed === false) return 'Rejected';
  return 'Undecided (the sources cannot tell)';
}

export function VoteView({ slug, params }: { slug: string; params: URLSearchParams }) {
  const state = useQuery(VoteQueryDocument, { slug, dispute: params.get('dispute') });
  if (state.status !== 'done') return <QueryStatus state={state} what="the vote" />;
  const { vote } = state.data;
  return (
    <div className="vote-view">
      <header className="view-header">
        <p className="eyebrow">
          Vote · closed {formatDate(vote.closedOn)}
          {vote.closedOnInferred ? ` (inferred: ${vote.closedOnNote ?? ''})` : ''}
        </p>
        <h1>{vote.name}</h1>
        <p className={`outcome outcome-${String(vote.passed)}`} data-testid="vote-outcome">
          <strong>{outcome(vote.passed)}</strong>
          {vote.decidedBy.length > 0 ? ` — decided by the rule readings: ${vote.decidedBy.join(', ')}` : ''}
        </p>
      </header>
      <section aria-labelledby="rule">
        <h2 id="rule">The rule</h2>
        <p>{vote.rule}</p>
        <ul className="readings">
          {vote.ruleDetails.readings.map((reading) => (
            <li key={reading.key}>
              <strong>{reading.name}</strong>: {outcome(reading.passed).toLowerCase()}
              <ul>
                {reading.thresholds.map((t, index) => (
                  <li key={index}>
                    {t.measure.toLowerCase().replace(/_/g, ' ')} at least {t.atLeast}
                    {t.outOf != null ? ` of ${t.outOf}` : ''}
                    {t.base ? ` (${t.base})` : ''}: actual {t.actual ?? 'unknown'} —{' '}
                    {t.met === true ? 'met' : t.met === false ? 'not met' : 'cannot tell'}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="tallies">
        <h2 id="tallies">Tallies, source by source</h2>
        <div className="table-scroll">
          <table className="tallies">
            <thead>
              <tr>
                <th scope="col">Measure</th>
                {vote.reportedTallies.map((tally, index) => (
                  <th scope="col" key={index}>
                    {tally.sources
                      .map((s) => `${s.outlet?.name ?? 'Unknown'}, ${formatDate(s.publishedOn)}`)
                      .join('; ')}
                  </th>
                ))}
                <th scope="col">Combined</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map(([label, cell]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {vote.reportedTallies.map((tally, index) => (
                    <td key={index}>{cell(tally)}</td>
                  ))}
                  <td className="combined">{cell(vote.tally)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {vote.tally.conflicts.length > 0 ? (
          <p className="conflicts">Sources disagree on: {vote.tally.conflicts.join(', ')}</p>
        ) : null}
      </section>
      <section aria-labelledby="ballots">
        <h2 id="ballots">Named ballots</h2>
        {vote.ballots.length === 0 ? (
          <p>No source names how a unit voted.</p>
        ) : (
          <ul className="ballots">
            {vote.ballots.map((ballot) => (
              <li key={ballot.unit.id}>
                <strong>{ballot.unit.name}</strong>: {ballot.outcome === 'APPROVE' ? 'approved' : 'rejected'}
                <StatementList statements={ballot.evidence} empty="" />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="vote-evidence">
        <h2 id="vote-evidence">Evidence</h2>
        <StatementList statements={vote.evidence} empty="No statement cited." />
      </section>
    </div>
  );
}
