/**
 * An article file: plain text, or text after a small front-matter block of `key: value` lines
 * between `---` lines (outlet, url, title, publishedOn). The offsets of every proposal index the
 * text after the block, which is what gets stored as the article's text.
 */
export interface ArticleMetaInput {
  outlet?: string;
  url?: string;
  title?: string;
  publishedOn?: string;
}

const KEYS = new Set(['outlet', 'url', 'title', 'publishedOn']);

export function parseFrontMatter(file: string): { text: string; meta: ArticleMetaInput } {
  // A byte-order mark (saved by some Windows editors) is how the file was encoded, not text: left
  // in, the block would not be found and the text's offsets would count it.
  const raw = file.replace(/^\uFEFF/, '');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
  if (m === null) return { text: raw, meta: {} };
  const meta: Record<string, string> = {};
  for (const line of (m[1] ?? '').split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (kv === null) continue;
    const key = kv[1] ?? '';
    if (!KEYS.has(key))
      throw new Error(`front matter: unknown key "${key}" (use outlet, url, title, publishedOn)`);
    meta[key] = (kv[2] ?? '').replace(/^(['"])(.*)\1$/, '$2');
  }
  if (meta.publishedOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(meta.publishedOn)) {
    throw new Error(`front matter: publishedOn must be YYYY-MM-DD, not "${meta.publishedOn}"`);
  }
  return { text: raw.slice(m[0].length), meta };
}
