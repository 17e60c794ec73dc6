import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { type Context } from '../context';
import { disputeScope } from './dispute.resolver';
import { BadUserInputError } from '../errors';
import { type SearchRecord } from '../repositories/records';
import { searchFullText } from '../repositories/search.repository';
import { MAX_SEARCH_RESULTS } from '../schema/args';
import { Node } from '../schema/node.interface';
import { SearchHit } from '../schema/search.type';
import { loadNodeOrFail } from './node.resolver';

const MAX_SEARCH_TEXT = 200;
const SNIPPET_RADIUS = 80;

/** Escapes Lucene's query syntax so user text is searched as words, never as operators. */
export function escapeLucene(term: string): string {
  return term.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (character) => `\\${character}`);
}

/**
 * A query that ranks the exact phrase first, then documents with every word, then any word.
 * Words are lower-cased so that AND, OR and NOT are never read as operators.
 */
export function buildLuceneQuery(text: string): string {
  const terms = text.toLowerCase().split(/\s+/).filter(Boolean).map(escapeLucene);
  if (terms.length === 1) return terms[0];
  return `"${terms.join(' ')}"^4 OR (${terms.join(' AND ')})^2 OR ${terms.join(' OR ')}`;
}

/** The stretch of `text` around the first matched word, with matched words marked «…». */
export function makeSnippet(text: string, words: string[]): string {
  // Whole words only: "the" must not light up inside "another". \b is ASCII-only, so the
  // boundaries are spelled out with Unicode letter and number classes.
  const alternatives = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
  const first = text.search(pattern);
  const start = first <= SNIPPET_RADIUS ? 0 : text.lastIndexOf(' ', first - SNIPPET_RADIUS) + 1;
  const end = Math.min(text.length, first < 0 ? 2 * SNIPPET_RADIUS : first + 2 * SNIPPET_RADIUS);
  const window = text.slice(start, end);
  return `${start > 0 ? '…' : ''}${window.replace(pattern, '«$1»')}${end < text.length ? '…' : ''}`;
}

function snippetFor(record: SearchRecord, words: string[]): string {
  if (record.label === 'Person' || record.label === 'Organization') {
    const names = [record.name ?? '', ...record.aliases.filter((alias) => alias !== record.name)];
    return makeSnippet(names.join(' · '), words);
  }
  const text = record.label === 'Issue' ? `${record.name ?? ''}: ${record.text ?? ''}` : (record.text ?? '');
  return makeSnippet(text, words);
}

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over people and organizations (names and aliases), issues, and statement text. A person or organization whose name or alias is exactly the text (in any case) comes first; the rest by score.',
  })
  async search(
    @Arg('text', () => String, { description: `Words to find (at most ${MAX_SEARCH_TEXT} characters).` })
    text: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 10, description: `How many hits, 1 to ${MAX_SEARCH_RESULTS}.` })
    first: number,
    @Arg('dispute', () => String, {
      nullable: true,
      description:
        'Only what belongs to this dispute (slug): its issues, statements about them, stakeholders involved.',
    })
    dispute?: string | null,
  ): Promise<SearchHit[]> {
    const trimmed = text.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_SEARCH_TEXT) {
      throw new BadUserInputError(
        `text must have 1 to ${MAX_SEARCH_TEXT} characters besides spaces.`,
        'text',
      );
    }
    if (!Number.isInteger(first) || first < 1 || first > MAX_SEARCH_RESULTS) {
      throw new BadUserInputError(
        `first must be between 1 and ${MAX_SEARCH_RESULTS}, got ${first}.`,
        'first',
      );
    }
    const words = trimmed.split(/\s+/);
    const scope = await disputeScope(ctx, dispute);
    const records = await searchFullText(ctx.db, buildLuceneQuery(trimmed), trimmed, scope, first);
    return records.map((record) =>
      Object.assign(new SearchHit(), {
        score: record.score,
        snippet: snippetFor(record, words),
        type: record.label,
        target: { label: record.label, key: record.key },
      }),
    );
  }

  @FieldResolver(() => Node, { description: 'The matching Person, Organization, Issue or Statement.' })
  node(@Root() hit: SearchHit, @Ctx() ctx: Context): Promise<Node> {
    return loadNodeOrFail(ctx, hit.target.label, hit.target.key);
  }
}
