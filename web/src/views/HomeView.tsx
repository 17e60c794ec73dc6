/** / — every dispute with its issues and votes: the ways into the map. */
import { graphql } from '../gql';
import { QueryStatus } from '../components/QueryStatus';
import { moveFocusWithArrows } from '../components/CampLists';
import { followLink, hrefOf } from '../lib/router';
import { useQuery } from '../lib/use-query';

const HomeQueryDocument = graphql(`
  query Home {
    disputes {
      slug
      name
      description
      voteSlugs
      issues(first: 50) {
        slug
        name
        proposition
      }
    }
  }
`);

export function HomeView() {
  const state = useQuery(HomeQueryDocument, {});
  if (state.status !== 'done') return <QueryStatus state={state} what="the disputes" />;
  return (
    <div className="home-view">
      <h1>Who stands where, and why</h1>
      <p>
        Pick an issue to see its stakeholders as camps by stance, with the exact words behind each position,
        or
        <a href="/connect" onClick={followLink}>
          {' '}
          ask how two stakeholders are connected
        </a>
        .
      </p>
      {state.data.disputes.map((dispute) => (
        <section key={dispute.slug} className="dispute" aria-labelledby={`d-${dispute.slug}`}>
          <h2 id={`d-${dispute.slug}`}>{dispute.name}</h2>
          {dispute.description ? <p>{dispute.description}</p> : null}
          <h3>Issues</h3>
          <ul className="issue-list" onKeyDown={moveFocusWithArrows}>
            {dispute.issues.map((issue) => (
              <li key={issue.slug}>
                <a href={hrefOf(`/issues/${issue.slug}`, { dispute: dispute.slug })} onClick={followLink}>
                  {issue.name}
                </a>
                <span className="proposition"> — {issue.proposition}</span>
              </li>
            ))}
          </ul>
          {dispute.voteSlugs.length > 0 ? (
            <>
              <h3>Votes</h3>
              <ul onKeyDown={moveFocusWithArrows}>
                {dispute.voteSlugs.map((slug) => (
                  <li key={slug}>
                    <a href={hrefOf(`/votes/${slug}`, { dispute: dispute.slug })} onClick={followLink}>
                      {slug}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
    </div>
  );
}
