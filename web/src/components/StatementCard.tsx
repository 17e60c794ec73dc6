/** One statement as evidence: the words, who said them for whom, where and when, and a link to the article. */
import type { EvidenceFieldsFragment } from '../gql/graphql';
import { formatDate } from '../lib/format';
import { followLink, hrefOf } from '../lib/router';

export function articleHref(statement: EvidenceFieldsFragment): string {
  return hrefOf(`/articles/${encodeURIComponent(statement.article.id)}`, { statement: statement.id });
}

export function StatementCard({ statement }: { statement: EvidenceFieldsFragment }) {
  const { article } = statement;
  const quoted = statement.kind === 'DIRECT_QUOTE' || statement.kind === 'PARTIAL_QUOTE';
  return (
    <li className="statement">
      <blockquote className={quoted ? 'quote' : 'report'}>
        {quoted ? `“${statement.text}”` : statement.text}
      </blockquote>
      <p className="statement-meta">
        {statement.speaker ? (
          <span>
            — <strong>{statement.speaker.name}</strong>
          </span>
        ) : (
          <span>Reported by the article (no speaker)</span>
        )}
        {statement.onBehalfOf ? <span>, on behalf of {statement.onBehalfOf.name}</span> : null}
        <span className="kind"> · {statement.kind.replace('_', ' ').toLowerCase()}</span>
        {statement.saidOn ? (
          <span>
            {' '}
            · said {formatDate(statement.saidOn)}
            {statement.saidOnInferred ? <em> (date inferred: {statement.saidOnNote ?? 'no note'})</em> : null}
          </span>
        ) : null}
      </p>
      <p className="statement-source">
        {article.outlet?.name ?? 'Unknown outlet'}, {formatDate(article.publishedOn)}
        {article.publishedInferred ? (
          <em> (date inferred{article.publishedNote ? `: ${article.publishedNote}` : ''})</em>
        ) : null}
        {' · '}
        <a href={articleHref(statement)} onClick={followLink}>
          Open “{article.headline ?? 'the article'}” at the quote
        </a>
      </p>
    </li>
  );
}

export function StatementList({
  statements,
  empty,
}: {
  statements: EvidenceFieldsFragment[];
  empty: string;
}) {
  if (statements.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="statements">
      {statements.map((statement) => (
        <StatementCard key={statement.id} statement={statement} />
      ))}
    </ul>
  );
}
