/** The shell: a header with the search box, and the view the path names. */
import { type FormEvent, useEffect, useState } from 'react';
import { followLink, hrefOf, navigate, useLocation } from './lib/router';
import { ArticleView } from './views/ArticleView';
import { ConnectionsView } from './views/ConnectionsView';
import { HomeView } from './views/HomeView';
import { IssueMapView } from './views/IssueMapView';
import { SearchView } from './views/SearchView';
import { VoteView } from './views/VoteView';

/** A path segment as typed; a malformed escape (a hand-edited link) is kept as it is. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function View({ path, params }: { path: string; params: URLSearchParams }) {
  const [, section, id] = path.split('/').map(decodeSegment);
  if (path === '/' || path === '') return <HomeView />;
  if (section === 'issues' && id) return <IssueMapView key={id} slug={id} params={params} />;
  if (section === 'votes' && id) return <VoteView slug={id} params={params} />;
  if (section === 'articles' && id) return <ArticleView id={id} params={params} />;
  if (section === 'search') return <SearchView params={params} />;
  if (section === 'connect') return <ConnectionsView params={params} />;
  return (
    <div>
      <h1>Not found</h1>
      <p>
        <a href="/" onClick={followLink}>
          Back to the disputes
        </a>
      </p>
    </div>
  );
}

function SearchBox({ current }: { current: string }) {
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) navigate(hrefOf('/search', { q: text.trim() }));
  };
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor="search" className="visually-hidden">
        Search people, organisations, issues and quotes
      </label>
      <input
        id="search"
        type="search"
        placeholder="Search people, organisations, issues, quotes"
        value={text}
        maxLength={200}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit">Search</button>
    </form>
  );
}

export function App() {
  const { path, params } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href="/" onClick={followLink}>
          Stakeholder Graph
        </a>
        <SearchBox current={path === '/search' ? (params.get('q') ?? '') : ''} />
        <nav aria-label="Other tools">
          <a href="/connect" onClick={followLink}>
            Connections
          </a>
          <a href="/graphiql">API playground</a>
        </nav>
      </header>
      <main id="main">
        <View path={path} params={params} />
      </main>
    </>
  );
}
