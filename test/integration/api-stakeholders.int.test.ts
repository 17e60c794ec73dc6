import {
  articlesByKey,
  readSeed,
  corpusOf,
  expectData,
  idOf,
  sorted,
  stakeholdersByKey,
  type ArticleRef,
  type Named,
} from '../helpers/api';
import { startTestServer, type TestServer } from '../helpers/test-server';

interface Text {
  text: string;
}

interface Spokesperson {
  person: { name: string };
  titles: string[];
  evidence: Text[];
}

interface StatementDetail {
  key: string;
  text: string;
  kind: string;
  medium: string;
  saidOn: string | null;
  saidOnInferred: boolean;
  context: string;
  start: number;
  end: number;
  speaker: { name: string } | null;
  onBehalfOf: { name: string } | null;
  article: { key: string };
  issues: { slug: string }[];
  mentions: { name: string }[];
}

const STATEMENT_FIELDS = `key text kind medium saidOn saidOnInferred context start end
  speaker { name } onBehalfOf { name } article { key } issues { slug } mentions { name }`;

let server: TestServer;
let stakeholders: Map<string, Named>;
let articles: Map<string, ArticleRef>;
beforeAll(async () => {
  server = await startTestServer();
  stakeholders = await stakeholdersByKey(server);
  articles = await articlesByKey(server);
});
afterAll(() => server.close());

async function person<T>(key: string, fields: string): Promise<T> {
  const response = await server.graphql<{ person: T }>(`query ($id: ID!) { person(id: $id) { ${fields} } }`, {
    id: idOf(stakeholders, key),
  });
  return expectData(response).person;
}

async function organization<T>(key: string, fields: string): Promise<T> {
  const response = await server.graphql<{ organization: T }>(
    `query ($id: ID!) { organization(id: $id) { ${fields} } }`,
    { id: idOf(stakeholders, key) },
  );
  return expectData(response).organization;
}

describe('Person.roles', () => {
  type Roles = { roles: { title: string; organization: { name: string }; evidence: Text[] }[] };

  it('gives Colleen Flanagan the title of spokeswoman at the governor’s office, with its evidence', async () => {
    const { roles } = await person<Roles>(
      'colleen-flanagan',
      'roles { title organization { name } evidence { text } }',
    );
    expect(roles).toEqual([
      {
        title: 'Spokeswoman for the governor',
        organization: { name: 'Office of the Governor of Connecticut' },
        // Evidence comes by article date, then article, then position in the article.
        evidence: [
          {
            text: 'Malloy spokeswoman Colleen Flanagan issued a brief written statement that left open at least one door to more discussions.',
          },
          { text: 'Colleen Flanagan, Malloy’s spokeswoman' },
        ],
      },
    ]);
  });

  it('gives Moises Padilla the title of vice president of AFSCME Local 387', async () => {
    const { roles } = await person<Roles>(
      'moises-padilla',
      'roles { title organization { name } evidence { text } }',
    );
    expect(roles.map((role) => [role.title, role.organization.name])).toEqual([
      ['Vice President', 'AFSCME Local 387'],
    ]);
    expect(roles[0]?.evidence.map((evidence) => evidence.text)).toEqual([
      'Moises Padilla, vice president of the Cheshire Correctional complex employees AFSCME Local 387',
    ]);
  });
});

describe('Person.statements and Person.positions', () => {
  it('lists Colleen Flanagan’s three statements, all on behalf of the governor’s office', async () => {
    const { statements } = await person<{ statements: StatementDetail[] }>(
      'colleen-flanagan',
      `statements { ${STATEMENT_FIELDS} }`,
    );
    expect(sorted(statements.map((statement) => statement.key))).toEqual([
      'cnj0705-p-flanagan-reiterated',
      'cnj0705-q-flanagan-happy-to-clarify',
      'ctm0705-q-flanagan-happy-to-clarify',
    ]);
    for (const statement of statements) {
      expect(statement.onBehalfOf?.name).toBe('Office of the Governor of Connecticut');
    }
    expect(statements.map((statement) => statement.text)).toContain(
      'The Governor has said all along he’s happy to clarify the language of the agreement if that will allow it to be ratified',
    );
  });

  it('lists a person’s statements oldest first', async () => {
    const { statements } = await person<{ statements: StatementDetail[] }>(
      'dannel-malloy',
      `statements { ${STATEMENT_FIELDS} }`,
    );
    const dates = statements.map((statement) => statement.saidOn ?? '9999-12-31');
    expect(statements.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort());
  });

  it('lists Malloy’s positions on reopening talks: OPPOSE, then MIXED, then SUPPORT', async () => {
    const { positions } = await person<{
      positions: { stance: string; asOf: string; issue: { slug: string } }[];
    }>('dannel-malloy', 'positions(issueSlug: "reopen-talks") { stance asOf issue { slug } }');
    expect(positions).toEqual([
      { stance: 'OPPOSE', asOf: '2011-06-20', issue: { slug: 'reopen-talks' } },
      { stance: 'MIXED', asOf: '2011-07-05', issue: { slug: 'reopen-talks' } },
      { stance: 'SUPPORT', asOf: '2011-07-07', issue: { slug: 'reopen-talks' } },
    ]);
  });

  it('lists all of Malloy’s positions oldest first when no issue is given', async () => {
    const { positions } = await person<{ positions: { asOf: string }[] }>(
      'dannel-malloy',
      'positions { asOf }',
    );
    const dates = positions.map((position) => position.asOf);
    expect(dates).toHaveLength(
      readSeed().positions.filter((position) => position.holder === 'dannel-malloy').length,
    );
    expect(dates).toEqual([...dates].sort());
  });
});

describe('Organization.members and Organization.spokespeople', () => {
  it('lists SEBAC’s members, the state police union as a member union said outright', async () => {
    const { members } = await organization<{
      members: { relation: string; inferred: boolean; member: { name: string } }[];
    }>('sebac', 'members { relation inferred member { name } }');
    expect(sorted(members.map((membership) => membership.member.name))).toEqual([
      'AFSCME Local 387',
      'Connecticut State Police Union',
      'Gene Mauro',
      'Lois McCracken',
      'Rob Ramonas',
    ]);
    expect(members.find((membership) => membership.member.name === 'Connecticut State Police Union')).toEqual(
      {
        relation: 'member union',
        inferred: false,
        member: { name: 'Connecticut State Police Union' },
      },
    );
  });

  it('names Matt O’Connor, Larry Dorman and Daniel Livingston as speaking for SEBAC', async () => {
    const { spokespeople } = await organization<{ spokespeople: Spokesperson[] }>(
      'sebac',
      'spokespeople { person { name } titles evidence { text } }',
    );
    expect(sorted(spokespeople.map((spokesperson) => spokesperson.person.name))).toEqual([
      'Daniel Livingston',
      'Larry Dorman',
      "Matt O'Connor",
    ]);
    const titles = Object.fromEntries(spokespeople.map((s) => [s.person.name, s.titles]));
    expect(titles).toEqual({
      'Daniel Livingston': ['Chief negotiator for the unions'],
      'Larry Dorman': ['Spokesman'],
      "Matt O'Connor": ['Spokesman'],
    });
  });

  it('cites what each SEBAC spokesperson said on its behalf, e.g. Livingston’s letter', async () => {
    const { spokespeople } = await organization<{ spokespeople: Spokesperson[] }>(
      'sebac',
      'spokespeople { person { name } titles evidence { text } }',
    );
    const said = (name: string) =>
      spokespeople.find((s) => s.person.name === name)?.evidence.map((evidence) => evidence.text) ?? [];
    expect(said('Daniel Livingston')).toContain(
      'We would request that you or your representatives reconvene discussions as soon as possible to see what is necessary to reach an agreement that can be finalized and implemented',
    );
    expect(said("Matt O'Connor")).toContain(
      'Our view remains that we should get back to discussions as soon as possible',
    );
    expect(said('Larry Dorman')).toContain('I don’t think anyone here has the luxury of time');
  });

  it('names Colleen Flanagan, with her title, among those speaking for the governor’s office', async () => {
    const { spokespeople } = await organization<{ spokespeople: Spokesperson[] }>(
      'office-of-the-governor',
      'spokespeople { person { name } titles evidence { text } }',
    );
    const flanagan = spokespeople.find((s) => s.person.name === 'Colleen Flanagan');
    expect(flanagan?.titles).toEqual(['Spokeswoman for the governor']);
    expect(flanagan?.evidence.map((evidence) => evidence.text)).toContain(
      'Colleen Flanagan, Malloy’s spokeswoman, reiterated Malloy’s feelings on renegotiation Tuesday afternoon.',
    );
    expect(sorted(spokespeople.map((s) => s.person.name))).toEqual([
      'Ben Barnes',
      'Colleen Flanagan',
      'Mark Ojakian',
      'Tim Bannon',
    ]);
  });
});

describe('Organization.positions', () => {
  it('lists every position SEBAC has held, oldest first', async () => {
    const { positions } = await organization<{ positions: { asOf: string }[] }>(
      'sebac',
      'positions { asOf }',
    );
    const dates = positions.map((position) => position.asOf);
    expect(dates).toHaveLength(readSeed().positions.filter((position) => position.holder === 'sebac').length);
    expect(dates).toEqual([...dates].sort());
  });

  it('shows SEBAC opposing layoffs on 29 June, 5 July and 7 July', async () => {
    const { positions } = await organization<{ positions: { stance: string; asOf: string }[] }>(
      'sebac',
      'positions(issueSlug: "layoffs") { stance asOf }',
    );
    expect(positions).toEqual([
      { stance: 'OPPOSE', asOf: '2011-06-29' },
      { stance: 'OPPOSE', asOf: '2011-07-05' },
      { stance: 'OPPOSE', asOf: '2011-07-07' },
    ]);
  });

  it('shows the governor’s office MIXED on reopening talks, citing that it did not reject more talks', async () => {
    const { positions } = await organization<{ positions: { stance: string; evidence: Text[] }[] }>(
      'office-of-the-governor',
      'positions(issueSlug: "reopen-talks") { stance evidence { text } }',
    );
    expect(positions.map((position) => position.stance)).toEqual(['MIXED']);
    expect(positions[0]?.evidence.map((evidence) => evidence.text)).toContain(
      'The governor’s office did not reject the prospect of more talks with the State Employees Bargaining Agent Coalition',
    );
  });
});

describe('Article.statements', () => {
  type ArticleStatements = { article: { text: string; statements: StatementDetail[] } };

  it.each([
    'ctnewsjunkie-2011-06-27',
    'hearst-2011-06-29',
    'ctmirror-2011-07-05',
    'ctnewsjunkie-2011-07-05',
    'hearst-2011-07-07',
  ])('lists the statements of %s in reading order, each inside its context at its offsets', async (key) => {
    const { article } = expectData(
      await server.graphql<ArticleStatements>(
        `query ($id: ID!) { article(id: $id) { text statements { ${STATEMENT_FIELDS} } } }`,
        { id: articles.get(key)?.id },
      ),
    );
    const starts = article.statements.map((statement) => statement.start);
    expect(article.statements.length).toBeGreaterThan(0);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const statement of article.statements) {
      expect(statement.article.key).toBe(key);
      expect(statement.context).toContain(statement.text);
      expect(article.text.slice(statement.start, statement.end)).toBe(statement.text);
      expect(corpusOf(key)).toContain(statement.context);
    }
  });
});

describe('Statement fields', () => {
  it('shows Livingston’s letter as a LETTER on behalf of SEBAC, with article, date, issues and mentions', async () => {
    const { statements } = await person<{ statements: StatementDetail[] }>(
      'daniel-livingston',
      `statements { ${STATEMENT_FIELDS} }`,
    );
    const letter = statements.find((statement) => statement.text.startsWith('We would request'));
    expect(letter).toMatchObject({
      key: 'ctm0705-q-livingston-letter',
      kind: 'DIRECT_QUOTE',
      medium: 'LETTER',
      saidOn: '2011-07-05',
      saidOnInferred: true,
      speaker: { name: 'Daniel Livingston' },
      onBehalfOf: { name: 'State Employees Bargaining Agent Coalition' },
      article: { key: 'ctmirror-2011-07-05' },
      mentions: [{ name: 'Dannel P. Malloy' }],
    });
    expect(sorted(letter?.issues.map((issue) => issue.slug) ?? [])).toEqual([
      'ratify-deal',
      'renegotiation',
      'reopen-talks',
    ]);
    expect(letter?.context).toContain('said in a letter hand delivered to Malloy at midday');
  });

  it('marks every one of Livingston’s statements as written in a letter on behalf of SEBAC', async () => {
    const { statements } = await person<{ statements: StatementDetail[] }>(
      'daniel-livingston',
      `statements { ${STATEMENT_FIELDS} }`,
    );
    expect(statements).toHaveLength(3);
    for (const statement of statements) {
      expect(statement.medium).toBe('LETTER');
      expect(statement.onBehalfOf?.name).toBe('State Employees Bargaining Agent Coalition');
    }
  });

  it('gives the article’s own words (REPORT) no speaker', async () => {
    const data = expectData(
      await server.graphql<{ issue: { statements: StatementDetail[] } }>(
        `{ issue(slug: "separate-bargaining") { statements { ${STATEMENT_FIELDS} } } }`,
      ),
    );
    const report = data.issue.statements.find((statement) => statement.kind === 'REPORT');
    expect(report?.speaker).toBeNull();
    expect(report?.onBehalfOf).toBeNull();
  });
});
