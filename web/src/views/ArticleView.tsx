/**
 * /articles/:id?statement= — an article's text with one statement highlighted at its offsets
 * (start/end are UTF-16 indexes into the text, as JavaScript strings count), scrolled into view.
 */
import { useEffect, useRef } from 'react';
import { graphql } from '../gql';
import { QueryStatus } from '../components/QueryStatus';
import { formatDate } from '../lib/format';
import { useQuery } from '../lib/use-query';

const ArticleQueryDocument = graphql(`
  query ArticleText($id: ID!, $statementId: ID!, $withStatement: Boolean!) {
    article(id: $id) {
      id
      headline
      author
      authorInferred
      text
      publishedOn
      publishedInferred
      publishedNote
      url
      outlet {
        name
      }
    }
    statement(id: $statementId) @include(if: $withStatement) {
      id
      start
      end
      text
      speaker {
        name
      }
      article {
        id
      }
    }
  }
`);

export function ArticleView({ id, params }: { id: string; params: URLSearchParams }) {
  const statementId = params.get('statement');
  const state = useQuery(ArticleQueryDocument, {
    id,
    statementId: statementId ?? '',
    withStatement: statementId !== null,
  });
  const mark = useRef<HTMLElement>(null);
  const data = state.status === 'error' ? undefined : state.data;
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
    mark.current?.focus();
  }, [data]);

  if (!data) return <QueryStatus state={state} what="the article" />;
  const { article, statement } = data;
  const highlight = statement && statement.article.id === article.id ? statement : undefined;
  const { text } = article;
  return (
    <article className="article-view">
      <header className="view-header">
        <p className="eyebrow">
          {article.outlet?.name ?? 'Unknown outlet'}, {formatDate(article.publishedOn)}
          {article.publishedInferred
            ? ` (date inferred${article.publishedNote ? `: ${article.publishedNote}` : ''})`
            : ''}
        </p>
        <h1>{article.headline ?? 'Untitled article'}</h1>
        {article.author ? (
          <p className="byline">
            By {article.author}
            {article.authorInferred ? ' (inferred)' : ''}
          </p>
        ) : null}
        {highlight ? (
          <p className="highlight-note">
            Highlighted: characters {highlight.start}–{highlight.end}
            {highlight.speaker ? `, said by ${highlight.speaker.name}` : ', the article’s own words'}.
          </p>
        ) : null}
      </header>
      <div className="article-text">
        {highlight ? (
          <>
            {text.slice(0, highlight.start)}
            <mark ref={mark} tabIndex={-1} className="quote-mark">
              {text.slice(highlight.start, highlight.end)}
            </mark>
            {text.slice(highlight.end)}
          </>
        ) : (
          text
        )}
      </div>
    </article>
  );
}
