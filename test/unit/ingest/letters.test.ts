import { findLetters } from '../../../src/ingest/letters';
import { splitParagraphs } from '../../../src/text/span';

const page = [
  'LETTERS TO THE EDITOR',
  'Editor’s note: A selection of this week’s mail.',
  'Sign it now',
  'The lease is fair.',
  'The alliance should sign it this week.',
  'Carla Diaz\nMystic',
  'The writer is a retired harbor pilot.',
  'Wait for the vote',
  'Nobody has read the lease yet.',
  '— Omar Kell, Groton',
].join('\n\n');

/** Each letter: the signer's name and its body's paragraphs. */
function read(text: string) {
  return findLetters(text, splitParagraphs(text)).map((letter) => ({
    signer: text.slice(letter.signer.start, letter.signer.end),
    body: letter.body.map((p) => text.slice(p.start, p.end)),
  }));
}

describe('findLetters', () => {
  it('reads each letter from its headline to its signature, without the page’s heading, note or the writer’s note', () => {
    expect(read(page)).toEqual([
      { signer: 'Carla Diaz', body: ['The lease is fair.', 'The alliance should sign it this week.'] },
      { signer: 'Omar Kell', body: ['Nobody has read the lease yet.'] },
    ]);
  });

  it('reads a newsletter’s letters under their section heading, signed with a nickname or the writer in parentheses', () => {
    const bulletin = [
      'HARBOR RETIREES NEWS',
      'The alliance ratified the lease on Thursday, its president said.',
      'FROM THE MAILBAG',
      'We received more letters than ever. A selection follows.',
      'I drove a crane for thirty years. Sign the lease.',
      '— Walter Kopp, Groton (crane operator, retired 2004)',
      'My pension is all I have. Wait for the vote.',
      '— Harold "Hal" Brand, Mystic',
      'NEXT MEETING: Thursday, 10 a.m.',
    ].join('\n\n');
    expect(read(bulletin)).toEqual([
      { signer: 'Walter Kopp', body: ['I drove a crane for thirty years. Sign the lease.'] },
      { signer: 'Harold "Hal" Brand', body: ['My pension is all I have. Wait for the vote.'] },
    ]);
    // A letters page whose first letter has a headline in capitals keeps that letter's body.
    const headlined = [
      'LETTERS TO THE EDITOR',
      'SIGN IT NOW',
      'The lease is fair.',
      'Carla Diaz\nMystic',
      'Nobody has read the lease yet.',
      '— Omar Kell, Groton',
    ].join('\n\n');
    expect(read(headlined)[0]).toEqual({ signer: 'Carla Diaz', body: ['The lease is fair.'] });
  });

  it('reads reactions signed on their paragraph’s last line, each with the first-person paragraphs before it', () => {
    const voices = [
      'HARBOR — The alliance ratified the lease on Thursday.',
      'Last week we asked readers one question. Here is a selection.',
      'I voted yes, and I am not ashamed of it.\n— Carla Diaz, Mystic',
      'My husband and I both work at the port.',
      'But an alliance that cannot change its rules cannot last.\n— Omar Kell, Groton',
    ].join('\n\n');
    expect(
      findLetters(voices, splitParagraphs(voices)).map((letter) => ({
        signer: voices.slice(letter.signer.start, letter.signer.end),
        body: voices.slice(letter.body[0]?.start ?? 0, letter.signedAt).trim(),
      })),
    ).toEqual([
      { signer: 'Carla Diaz', body: 'I voted yes, and I am not ashamed of it.' },
      {
        signer: 'Omar Kell',
        body: 'My husband and I both work at the port.\n\nBut an alliance that cannot change its rules cannot last.',
      },
    ]);
  });

  it('finds no letters where the names head what the story then quotes them saying', () => {
    const survey = [
      'HARBOR — We put the same question to four council members.',
      'Council President Ana Lima, D-Harbor',
      '“Sign it,” Lima said.',
      'Councilor Tom Reyes, R-Mystic',
      '“Not this year. The alliance has not voted.”',
      'Reyes said he would vote no.',
      'Councilor Kim Park, D-Groton',
      '“I am for it,” said Park.',
    ].join('\n\n');
    expect(read(survey)).toEqual([]);
  });

  it('finds no letters on a page with one name-and-town paragraph', () => {
    const one = ['The lease is fair.', 'Carla Diaz\nMystic', 'The council meets Monday.'].join('\n\n');
    expect(read(one)).toEqual([]);
    // Two bylines are no letters page.
    const bylines = ['By Jo Hart\nHarbor Gazette', 'The lease is fair.', 'By Rosa Lind\nHarbor Gazette'].join(
      '\n\n',
    );
    expect(read(bylines)).toEqual([]);
    // Nor is an editorial roundup's headings, a paper and its town each.
    const roundup = [
      'THE DAY, New London',
      '“Sign it,” the paper wrote.',
      'THE JOURNAL INQUIRER, Manchester',
      '“Wait,” the Journal Inquirer said.',
    ].join('\n\n');
    expect(read(roundup)).toEqual([]);
  });
});
