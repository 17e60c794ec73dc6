/**
 * The curated seed against the article texts the repository carries: it must validate, the validator must catch broken
 * copies, and a few facts the analysts rely on must hold.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { readSeed, SeedValidationError, type Seed } from '../../seed/read';

const articlesDir = path.resolve(__dirname, '../../seed/articles');
const dataDir = path.resolve(__dirname, '../../seed/data');

/** Copies the seed data to a temp dir, lets `edit` change one file's parsed YAML, returns the dir. */
async function brokenCopy(fileName: string, edit: (doc: Record<string, unknown>) => void): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'seed-data-'));
  await cp(dataDir, dir, { recursive: true });
  const file = path.join(dir, fileName);
  const doc = parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  edit(doc);
  await writeFile(file, stringify(doc));
  return dir;
}

/** Copies the article texts and metadata to a temp dir, lets `edit` change them, returns the dir. */
async function brokenArticles(edit: (dir: string) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'seed-articles-'));
  await cp(articlesDir, dir, { recursive: true });
  await edit(dir);
  return dir;
}

async function problemsOf(dir: string, articles = articlesDir): Promise<string[]> {
  try {
    await readSeed(articles, dir);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected readSeed to reject the broken copy');
}

type Item = Record<string, unknown>;
const itemsOf = (doc: Record<string, unknown>, key: string): Item[] => doc[key] as Item[];

describe('seed data', () => {
  let seed: Seed;
  const tempDirs: string[] = [];

  beforeAll(async () => {
    seed = await readSeed(articlesDir, dataDir);
  });

  afterAll(async () => {
    await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('validates against the article texts in seed/articles', () => {
    expect(seed.articles).toHaveLength(5);
    expect(seed.entities.people.length).toBeGreaterThan(0);
  });

  it('reads each article from <id>.txt, with its metadata from <id>.yaml', () => {
    for (const { file, text } of seed.articles) {
      expect(file.article.file).toBe(`${file.article.id}.txt`);
      expect(text.length).toBeGreaterThan(0);
      expect(file.article.published.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('rejects an article text with one byte changed, by its sha256', async () => {
    const dir = await brokenArticles(async (copy) => {
      const file = path.join(copy, 'ctmirror-2011-07-05.txt');
      const text = await readFile(file, 'utf8');
      // A letter that no statement quotes (offsets are UTF-16), so only the hash can notice.
      const article = seed.articles.find((a) => a.file.article.id === 'ctmirror-2011-07-05');
      const spans = article?.file.statements.map((st) => [st.start, st.start + st.text.length]) ?? [];
      const at = text
        .split('')
        .findIndex((ch, i) => /[a-wyz]/.test(ch) && spans.every(([from = 0, to = 0]) => i < from || i >= to));
      if (at < 0) throw new Error('every letter is quoted');
      await writeFile(file, `${text.slice(0, at)}x${text.slice(at + 1)}`);
    });
    tempDirs.push(dir);
    const problems = await problemsOf(dataDir, dir);
    expect(problems).toEqual([
      expect.stringMatching(
        /^ctmirror-2011-07-05\.yaml: sha256 of ctmirror-2011-07-05\.txt is [0-9a-f]{64}, its metadata says 38222a21/,
      ),
    ]);
  });

  it('rejects an article whose text or metadata file is missing', async () => {
    const dir = await brokenArticles(async (copy) => {
      await rm(path.join(copy, 'hearst-2011-06-29.txt'));
      await rm(path.join(copy, 'hearst-2011-07-07.yaml'));
    });
    tempDirs.push(dir);
    const problems = await problemsOf(dataDir, dir);
    expect(problems).toContain(
      `hearst-2011-06-29.yaml: article text hearst-2011-06-29.txt not found in ${dir}`,
    );
    expect(problems).toContain(
      `hearst-2011-07-07.yaml: article hearst-2011-07-07 has no metadata: hearst-2011-07-07.yaml not found in ${dir}`,
    );
  });

  it('rejects article metadata without a publication date', async () => {
    const dir = await brokenArticles(async (copy) => {
      const file = path.join(copy, 'hearst-2011-07-07.yaml');
      const doc = parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      delete doc['published'];
      await writeFile(file, stringify(doc));
    });
    tempDirs.push(dir);
    const problems = await problemsOf(dataDir, dir);
    expect(problems.some((p) => p.startsWith('hearst-2011-07-07.yaml (article metadata): published:'))).toBe(
      true,
    );
  });

  it('rejects a statement whose text is not at its offset', async () => {
    const dir = await brokenCopy('hearst-2011-07-07.yaml', (doc) => {
      const statement = itemsOf(doc, 'statements').find(
        (s) => s['id'] === 'h0707-q-malloy-clarified-agreement',
      );
      if (!statement) throw new Error('fixture statement missing');
      statement['start'] = (statement['start'] as number) + 3;
    });
    tempDirs.push(dir);
    const problems = await problemsOf(dir);
    expect(
      problems.some((p) => p.includes('h0707-q-malloy-clarified-agreement') && p.includes('not at offset')),
    ).toBe(true);
  });

  it('rejects evidence that names no statement', async () => {
    const dir = await brokenCopy('hearst-2011-06-29.yaml', (doc) => {
      const role = itemsOf(doc, 'roles')[0];
      if (!role) throw new Error('fixture role missing');
      role['evidence'] = ['no-such-statement'];
    });
    tempDirs.push(dir);
    const problems = await problemsOf(dir);
    expect(problems.some((p) => p.includes('no-such-statement') && p.includes('does not exist'))).toBe(true);
  });

  it('rejects an id used twice across files', async () => {
    const dir = await brokenCopy('ctmirror-2011-07-05.yaml', (doc) => {
      const statement = itemsOf(doc, 'statements')[0];
      if (!statement) throw new Error('fixture statement missing');
      statement['id'] = 'h0707-r-malloy-orders-talks';
    });
    tempDirs.push(dir);
    const problems = await problemsOf(dir);
    expect(
      problems.some((p) => p.includes('h0707-r-malloy-orders-talks') && p.includes('already used')),
    ).toBe(true);
  });

  describe('checks what positions mean, not only their form', () => {
    const positionIn = (doc: Record<string, unknown>, id: string): Item => {
      const position = itemsOf(doc, 'positions').find((p) => p['id'] === id);
      if (!position) throw new Error(`fixture position ${id} missing`);
      return position;
    };
    const statementIn = (doc: Record<string, unknown>, id: string): Item => {
      const statement = itemsOf(doc, 'statements').find((s) => s['id'] === id);
      if (!statement) throw new Error(`fixture statement ${id} missing`);
      return statement;
    };
    const problemsAfter = async (
      fileName: string,
      edit: (doc: Record<string, unknown>) => void,
    ): Promise<string[]> => {
      const dir = await brokenCopy(fileName, edit);
      tempDirs.push(dir);
      return problemsOf(dir);
    };

    it('rejects evidence that is not about the position’s issue', async () => {
      const problems = await problemsAfter('hearst-2011-07-07.yaml', (doc) => {
        const position = positionIn(doc, 'dannel-malloy-renegotiation-2011-07-07');
        position['evidence'] = [...(position['evidence'] as string[]), 'h0707-p-malloy-needs-road-map'];
      });
      expect(problems).toEqual([
        "hearst-2011-07-07.yaml: position dannel-malloy-renegotiation-2011-07-07: evidence h0707-p-malloy-needs-road-map is not about renegotiation (the statement's issues: ratify-deal, clarify-agreement, reopen-talks)",
      ]);
    });

    it('rejects evidence said after the position’s asOf', async () => {
      const problems = await problemsAfter('hearst-2011-06-29.yaml', (doc) => {
        const position = positionIn(doc, 'sebac-ratify-deal-2011-06-27');
        position['evidence'] = [...(position['evidence'] as string[]), 'h0629-q-dorman-respectful'];
      });
      expect(problems).toEqual([
        "hearst-2011-06-29.yaml: position sebac-ratify-deal-2011-06-27: evidence h0629-q-dorman-respectful was said on 2011-06-29, after the position's asOf 2011-06-27",
      ]);
    });

    it('rejects OPPOSE-worded evidence for a SUPPORT position ("no plan")', async () => {
      const problems = await problemsAfter('ctmirror-2011-07-05.yaml', (doc) => {
        const position = positionIn(doc, 'sebac-bylaw-change-2011-07-05');
        position['counterEvidence'] = (position['counterEvidence'] as string[]).filter(
          (id) => id !== 'ctm0705-r-no-plan-to-amend',
        );
        position['evidence'] = [...(position['evidence'] as string[]), 'ctm0705-r-no-plan-to-amend'];
      });
      expect(problems).toEqual([
        'ctmirror-2011-07-05.yaml: position sebac-bylaw-change-2011-07-05: evidence ctm0705-r-no-plan-to-amend is worded against SUPPORT ("no plan"): move it to counterEvidence, or say in wordingReviewed why it supports the stance',
      ]);
    });

    it('rejects SUPPORT-worded evidence for an OPPOSE position unless a curator gave the reason', async () => {
      const problems = await problemsAfter('ctnewsjunkie-2011-07-05.yaml', (doc) => {
        delete positionIn(doc, 'office-of-the-governor-renegotiation-2011-07-05')['wordingReviewed'];
      });
      expect(problems).toEqual([
        'ctnewsjunkie-2011-07-05.yaml: position office-of-the-governor-renegotiation-2011-07-05: evidence ctm0705-p-malloy-clarify-not-negotiate is worded against OPPOSE ("willing to"): move it to counterEvidence, or say in wordingReviewed why it supports the stance',
      ]);
    });

    it('rejects a wording review of evidence the check does not flag, or that is not evidence', async () => {
      const problems = await problemsAfter('ctnewsjunkie-2011-07-05.yaml', (doc) => {
        const position = positionIn(doc, 'office-of-the-governor-renegotiation-2011-07-05');
        position['wordingReviewed'] = [
          ...(position['wordingReviewed'] as Item[]),
          { statement: 'cnj0705-p-flanagan-reiterated', reason: 'nothing to review' },
          { statement: 'cnj0705-q-oconnor-reconvening', reason: 'not evidence' },
        ];
      });
      const where = 'ctnewsjunkie-2011-07-05.yaml: position office-of-the-governor-renegotiation-2011-07-05';
      expect(problems).toEqual([
        `${where}: wordingReviewed names cnj0705-p-flanagan-reiterated, whose wording is not flagged: remove it`,
        `${where}: wordingReviewed names cnj0705-q-oconnor-reconvening, which is not in its evidence`,
      ]);
    });

    it('rejects a statement that is both evidence and counter-evidence', async () => {
      const problems = await problemsAfter('ctnewsjunkie-2011-07-05.yaml', (doc) => {
        const position = positionIn(doc, 'sebac-bylaw-change-2011-07-01');
        position['evidence'] = [...(position['evidence'] as string[]), 'cnj0705-p-oconnor-bylaws-looked-at'];
      });
      expect(problems).toContain(
        'ctnewsjunkie-2011-07-05.yaml: position sebac-bylaw-change-2011-07-01: cnj0705-p-oconnor-bylaws-looked-at is both evidence and counterEvidence',
      );
    });

    it('rejects counter-evidence that is not about the issue', async () => {
      const problems = await problemsAfter('ctnewsjunkie-2011-07-05.yaml', (doc) => {
        positionIn(doc, 'sebac-bylaw-change-2011-07-01')['counterEvidence'] = [
          'cnj0627-p-padilla-health-care',
        ];
      });
      expect(problems).toEqual([
        "ctnewsjunkie-2011-07-05.yaml: position sebac-bylaw-change-2011-07-01: counterEvidence cnj0627-p-padilla-health-care is not about bylaw-change (the statement's issues: ratify-deal)",
      ]);
    });

    it('rejects a position whose note does not say why the evidence supports it', async () => {
      const problems = await problemsAfter('ctmirror-2011-07-05.yaml', (doc) => {
        delete positionIn(doc, 'martin-looney-ratify-deal-2011-07-05')['note'];
      });
      expect(problems).toEqual([
        'ctmirror-2011-07-05.yaml: position martin-looney-ratify-deal-2011-07-05: has no note saying why its evidence supports SUPPORT',
      ]);
    });

    it('rejects a DAY asOf when none of the dated evidence gives the day', async () => {
      const problems = await problemsAfter('ctmirror-2011-07-05.yaml', (doc) => {
        positionIn(doc, 'martin-looney-ratify-deal-2011-07-05')['asOf'] = {
          date: '2011-07-05',
          precision: 'DAY',
          inferred: true,
          note: 'the article’s day',
        };
      });
      expect(problems).toEqual([
        'ctmirror-2011-07-05.yaml: position martin-looney-ratify-deal-2011-07-05: asOf is a DAY, but none of its dated evidence gives the day (use their window)',
      ]);
    });

    it('rejects a quote dated after the article that prints it', async () => {
      const problems = await problemsAfter('hearst-2011-06-29.yaml', (doc) => {
        statementIn(doc, 'h0629-q-merrill-nj-model')['saidOn'] = {
          date: '2011-07-01',
          precision: 'DAY',
          inferred: true,
          note: 'a slip',
        };
      });
      expect(problems).toEqual([
        'hearst-2011-06-29.yaml: statement h0629-q-merrill-nj-model: said on 2011-07-01, after the article was published (2011-06-29, at the latest 2011-06-30)',
      ]);
    });

    it('rejects DAY precision on a date whose note says no day is given', async () => {
      const problems = await problemsAfter('hearst-2011-06-29.yaml', (doc) => {
        statementIn(doc, 'h0629-q-merrill-nj-model')['saidOn'] = {
          date: '2011-06-29',
          precision: 'DAY',
          inferred: true,
          note: 'No day given; dated by the article.',
        };
      });
      expect(problems).toEqual([
        'hearst-2011-06-29.yaml: statements[34] (h0629-q-merrill-nj-model).saidOn: the note says no day is given, so the precision cannot be DAY',
      ]);
    });

    it('rejects a WEEK date without its window, or a window that does not hold the date', async () => {
      const problems = await problemsAfter('hearst-2011-06-29.yaml', (doc) => {
        const week = { date: '2011-06-27', precision: 'WEEK', inferred: true, note: 'this week' };
        statementIn(doc, 'h0629-q-merrill-nj-model')['saidOn'] = week;
        statementIn(doc, 'h0629-q-merrill-minority')['saidOn'] = {
          ...week,
          earliest: '2011-06-28',
          latest: '2011-06-30',
        };
      });
      expect(problems).toEqual([
        'hearst-2011-06-29.yaml: statements[32] (h0629-q-merrill-minority).saidOn: date must lie within earliest..latest',
        'hearst-2011-06-29.yaml: statements[34] (h0629-q-merrill-nj-model).saidOn: a WEEK date needs earliest and latest, the window it stands for',
      ]);
    });
  });

  it('keeps every position’s evidence about its issue and said by its asOf in the real seed', () => {
    const statements = new Map(seed.articles.flatMap((a) => a.file.statements.map((s) => [s.id, s])));
    for (const position of seed.articles.flatMap((a) => a.file.positions)) {
      for (const id of position.evidence) {
        const statement = statements.get(id);
        expect(statement?.issues).toContain(position.issue);
        expect((statement?.saidOn?.date ?? position.asOf.date) <= position.asOf.date).toBe(true);
      }
    }
  });

  it('records Malloy’s 20 June refusal as explicit on renegotiation and only inferred on reopening talks', () => {
    const positions = seed.articles.flatMap((a) => a.file.positions);
    const renegotiation = positions.find((p) => p.id === 'dannel-malloy-renegotiation-2011-06-20');
    const reopen = positions.find((p) => p.id === 'dannel-malloy-reopen-talks-2011-06-20');
    expect(renegotiation).toMatchObject({ stance: 'OPPOSE', inferred: false });
    expect(reopen).toMatchObject({ stance: 'OPPOSE', inferred: true });
    expect(reopen?.confidence).toBeLessThan(renegotiation?.confidence ?? 0);
  });

  it('knows Malloy as "the governor"', () => {
    const malloy = seed.entities.people.find((p) => p.id === 'dannel-malloy');
    expect(malloy?.aliases).toContain('the governor');
  });

  it('names exactly one rejecting union, the Connecticut State Police Union', () => {
    const rejections = seed.entities.votes.flatMap((v) => v.ballots).filter((b) => b.outcome === 'REJECT');
    expect(rejections.map((b) => b.unit)).toEqual(['connecticut-state-police-union']);
  });

  it('keeps the planned-layoffs figures as five separate reports from at least four articles', () => {
    const reports = seed.articles.flatMap((a) =>
      a.file.figures
        .filter((f) => f.measure === 'planned-layoffs')
        .map((f) => ({ article: a.file.article.id, f })),
    );
    expect(new Set(reports.map((r) => r.f.id)).size).toBe(5);
    expect(new Set(reports.map((r) => r.article)).size).toBeGreaterThanOrEqual(4);
  });

  it('gives every article at least three statements', () => {
    for (const { file } of seed.articles) expect(file.statements.length).toBeGreaterThanOrEqual(3);
  });

  it("records Malloy's turn on reopening talks: against in late June, for on 7 July", () => {
    const stances = seed.articles
      .flatMap((a) => a.file.positions)
      .filter((p) => p.holder === 'dannel-malloy' && p.issue === 'reopen-talks')
      .sort((a, b) => a.asOf.date.localeCompare(b.asOf.date))
      .map((p) => p.stance);
    expect(stances[0]).toBe('OPPOSE');
    expect(stances[stances.length - 1]).toBe('SUPPORT');
  });

  it("attributes SEBAC's 5 July letter to Daniel Livingston in both articles that quote it", () => {
    const letterQuotes = seed.articles
      .flatMap((a) => a.file.statements.map((s) => ({ article: a.file.article.id, s })))
      .filter(({ s }) => s.medium === 'LETTER' && s.onBehalfOf === 'sebac');
    expect(new Set(letterQuotes.map(({ article }) => article))).toEqual(
      new Set(['ctnewsjunkie-2011-07-05', 'ctmirror-2011-07-05']),
    );
    expect(letterQuotes.every(({ s }) => s.speaker === 'daniel-livingston')).toBe(true);
  });
});
