/** /search?q= — the API's full-text search over people, organisations, issues and quotes. */
import { graphql } from '../gql';
import type { SearchViewQuery } from '../gql/graphql';
import { QueryStatus } from '../components/QueryStatus';
import { moveFocusWithArrows } from '../components/CampLists';
import { followLink, hrefOf } from '../lib/router';
import { useQuery } from '../lib/use-query';

const SearchQueryDocument = graphql(`
  query SearchView($text: String!) {
    search(text: $text, first: 25) {
      type
      score
      snippet
      node {
        __typename
        id
        ... on Person {
          name
        }
        ... on Organization {
          name
        }
        ... on Issue {
          slug
          name
          dispute {
            slug
          }
        }
        ... on Statement {
          speaker {
            name
          }
          article {
            id
            headline
          }
        }
      }
    }
  }
`);

type Hit = SearchViewQuery['search'][number];

function target(hit: Hit): { href: string; title: string } {
  const { node } = hit;
  switch (node.__typename) {
    case 'Issue':
      return {
        href: hrefOf(`/issues/${encodeURIComponent(node.slug)}`, { dispute: node.dispute.slug }),
        title: node.name,
      };
    case 'Statement':
      return {
        href: hrefOf(`/articles/${encodeURIComponent(node.article.id)}`, { statement: node.id }),
        title: `${node.speaker?.name ?? 'Reported'} in “${node.article.headline ?? 'an article'}”`,
      };
    case 'Person':
    case 'Organization':
      return { href: hrefOf('/connect', { from: node.id }), title: node.name };
    default:
      return { href: '/', title: hit.type };
  }
}

/** The snippet marks matches with «…»; show them as <mark>. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/«|»/);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? <mark key={index}>{part}</mark> : <span key={index}>{part}</span>,
      )}
    </>
  );
}

export function SearchView({ params }: { params: URLSearchParams }) {
  const text = params.get('q')?.trim() ?? '';
  const state = useQuery(SearchQueryDocument, { text }, text === '');
  if (text === '') return <p>Type words into the search box above.</p>;
  if (state.status !== 'done') return <QueryStatus state={state} what="the search results" />;
  const hits = state.data.search;
  return (
    <div className="search-view">
      <h1>
        {hits.length} {hits.length === 1 ? 'hit' : 'hits'} for “{text}”
      </h1>
      <ol className="hits" onKeyDown={moveFocusWithArrows}>
        {hits.map((hit) => {
          const { href, title } = target(hit);
          return (
            <li key={hit.node.id} className="hit">
              <a href={href} onClick={followLink}>
                <span className="hit-type">{hit.type}</span> {title}
              </a>
              <p className="snippet">
                <Snippet text={hit.snippet} />
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
