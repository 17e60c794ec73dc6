import { runPipeline } from '../../../src/ingest/pipeline';
import { parseFrontMatter } from '../../../src/ingest/front-matter';
import { closingAttribution } from '../../../src/ingest/reported';
import { harbourStatements } from '../../helpers/learning-corpus';
import { knowledge } from './knowledge';

const run = (text: string, publishedOn = '2024-03-01') => runPipeline(text, knowledge, { publishedOn });
/** The statements in quote marks (no paraphrase) the pipeline reads in `text`. */
const quoted = (text: string) => run(text).statements.filter((s) => s.kind !== 'PARAPHRASE');
const quotes = (text: string) =>
  quoted(text).map((s) => ({
    text: s.text,
    speaker: s.speaker?.id ?? s.speaker?.name ?? null,
    rule: s.rule,
  }));
/** Each quote's words and its speaker's name. */
const quoteSpeakers = (text: string) => quoted(text).map((s) => [s.text, s.speaker?.name ?? null]);

const paraphrasesIn = (text: string) => run(text).statements.filter((s) => s.kind === 'PARAPHRASE');

describe('runPipeline attribution', () => {
  it('gives a transcript’s answer to the speaker its label names', () => {
    const text = [
      'Tom Reyes has run the dock local for a decade. He spoke with us Friday.',
      'Q: Will you sign the lease?',
      'Reyes: Not this week. I told the mayor “after the vote,” and I meant it.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      {
        text: 'Not this week. I told the mayor “after the vote,” and I meant it.',
        speaker: 'tom-reyes',
        rule: 'speaker-label',
      },
    ]);
  });

  it('gives a printed interview’s answers in capitals to the interviewee the label names', () => {
    const text = [
      'We sat down with Tom Reyes, who leads the dock alliance.',
      'PCG: Will you sign the lease?',
      'REYES: Not this week.',
      'PCG: And after the vote?',
      'REYES: Then we talk.',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.text, q.speaker, q.rule])).toEqual([
      ['Not this week.', 'tom-reyes', 'speaker-label'],
      ['Then we talk.', 'tom-reyes', 'speaker-label'],
    ]);
  });

  it('reads a label in capitals with a "Mc" in it as the name it writes', () => {
    const withMc = {
      ...knowledge,
      stakeholders: [
        ...knowledge.stakeholders,
        { id: 'lois-mclean', name: 'Lois McLean', aliases: [], type: 'PERSON' as const },
      ],
    };
    const text = ['TOM REYES, spokesman: We counted at the hall.', 'LOIS McLEAN, clerk: I voted yes.'].join(
      '\n\n',
    );
    expect(
      runPipeline(text, withMc, { publishedOn: '2024-03-01' }).statements.map((s) => s.speaker?.id ?? null),
    ).toEqual(['tom-reyes', 'lois-mclean']);
    // All in capitals, "MCLEAN" is McLean too.
    const capitals = text.replace('McLEAN', 'MCLEAN');
    expect(
      runPipeline(capitals, withMc, { publishedOn: '2024-03-01' }).statements.map(
        (s) => s.speaker?.id ?? null,
      ),
    ).toEqual(['tom-reyes', 'lois-mclean']);
  });

  it('reads a network’s anchor and correspondent ("CNN ANCHOR") as narrators, and a source’s label with two commas', () => {
    const broadcast = [
      'JO HART, WBAY ANCHOR: Now to the harbour, where the lease is still unsigned. Paul?',
      'PAUL RENNICK, WBAY CORRESPONDENT: Jo, the mayor was at the dock yesterday.',
      'TOM REYES, SPOKESMAN, HARBOUR WORKERS ALLIANCE: Not until the members vote.',
      'RENNICK: The vote is set for Friday.',
    ].join('\n\n');
    expect(quotes(broadcast).map((q) => [q.text, q.speaker])).toEqual([
      ['Not until the members vote.', 'tom-reyes'],
    ]);
  });

  it('gives a broadcast label in capitals to the person it names, and an interview’s answers to the interviewee', () => {
    const broadcast = [
      'JO HART, BYLINE: The lease is still unsigned. Tom Reyes, the alliance spokesman, was at the dock.',
      'MAYOR ANA LIMA: We will sign it this week.',
      'REYES: Not until the members vote.',
    ].join('\n\n');
    expect(quotes(broadcast).map((q) => [q.speaker, q.rule])).toEqual([
      ['ana-lima', 'speaker-label'],
      ['tom-reyes', 'speaker-label'],
    ]);
    const interview = [
      'Kim Park chaired the talks. Tom Reyes, who leads the alliance, spoke with the Gazette on Friday.',
      'Q. Will you sign?',
      'A. Not this week.',
    ].join('\n\n');
    expect(quotes(interview).map((q) => [q.speaker, q.rule])).toEqual([['tom-reyes', 'interview-answer']]);
    // The interviewer's question reports no one's words, though it tells what someone says.
    const framed = interview.replace(
      'Q. Will you sign?',
      'Q. Ana Lima says the lease is fair. Will you sign?',
    );
    expect(paraphrasesIn(framed)).toEqual([]);
    expect(paraphrasesIn('Ana Lima says the lease is fair.')).toHaveLength(1);
    // No sentence says who was interviewed: the answers stay unattributed.
    const unsaid = ['Kim Park chaired the talks.', 'Q. Will you sign?', 'A. Not this week.'].join('\n\n');
    expect(quotes(unsaid).map((q) => q.speaker)).toEqual([null]);
  });

  it('reads an interview’s answers under bold labels, and under numbered questions, as the one person its introduction names', () => {
    const spotlight = [
      'Every issue, the Dock News sits down with one of our members. This month it’s pilot Rosa Vega, a 14-year member.',
      'Vega, 41, lives in Eastport. Tom Reyes, who nominated her, called her “the one people go to.” “She tells it straight,” Reyes said.',
      '**Q: How did you start?**',
      '**A:** My uncle did thirty years on the tugs.',
      '**Q: Will you sign the lease?**',
      '**A:** Not this week. I read it first.',
    ].join('\n\n');
    expect(quotes(spotlight).map((q) => [q.text, q.speaker, q.rule])).toEqual([
      ['the one people go to.', 'tom-reyes', 'before-quote:speaker-verb'],
      ['She tells it straight', 'tom-reyes', 'after-quote:speaker-verb'],
      ['My uncle did thirty years on the tugs.', 'rosa-vega', 'interview-answer'],
      ['Not this week. I read it first.', 'rosa-vega', 'interview-answer'],
    ]);
    const numbered = [
      'Every Monday, the Gazette puts five questions to someone in the news. This week: Kim Park, who chairs the harbor board.',
      'Park said she has heard from more pilots this month than ever. The interview has been edited for length.',
      '1. Where do things stand?',
      'Honestly? Stuck. I think the two sides ought to be back in a room this week.',
      '2. Should the lease be signed as it is?',
      'No. Write the changes down in plain English and let people vote on something they can read.',
      'And I’d say that to the mayor’s face.',
      'Park’s board meets again on Thursday.',
    ].join('\n\n');
    expect(quotes(numbered).map((q) => [q.text.slice(0, 20), q.speaker])).toEqual([
      ['Honestly? Stuck. I t', 'kim-park'],
      ['No. Write the change', 'kim-park'],
      ['And I’d say that to ', 'kim-park'],
    ]);
    // An explainer answering its numbered questions with each side’s words under a label is none.
    const explainer = [
      'Here is what each side says.',
      '1. Are they talking?',
      'The mayor says: Ana Lima has said the lease is final.',
      '2. What went wrong?',
      'The alliance says: Tom Reyes said the members were not told enough.',
    ].join('\n\n');
    expect(quotes(explainer)).toEqual([]);
  });

  it('gives the body of a letter printed in full, from its salutation to its closing, to the one who signs it', () => {
    const text = [
      'Mayor Ana Lima wrote to the dock workers on Friday. The letter is printed below.',
      'Dear Members of the Alliance,',
      'A month ago, many of you voted on the lease. I know that vote was not easy.',
      'I will not reopen it, but I will put the changes in writing.',
      'Sincerely,',
      'Ana Lima',
      'Mayor',
      '“She kept her word,” said Tom Reyes.',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.text.slice(0, 24), q.speaker])).toEqual([
      ['A month ago, many of you', 'ana-lima'],
      ['I will not reopen it, bu', 'ana-lima'],
      ['She kept her word', 'tom-reyes'],
    ]);
    // With no closing and signature, where the letter ends is not known: it is not read.
    expect(quotes(text.replace('Sincerely,', 'More to come.'))).toHaveLength(1);
  });

  it('gives testimony’s questions to the lawyer asking and its answers to the witness the narration names', () => {
    const text = [
      'The board heard the alliance’s complaint on Thursday. Tom Reyes, its spokesman, was the first witness. He was questioned by the alliance’s attorney, Kim Park.',
      'Q. Will you sign the lease?',
      'A. Not this week.',
      'On cross-examination, the city’s attorney, Lee Chen, pressed Reyes on the rent.',
      'Q. The rent is the same, isn’t it?',
      'A. The numbers are.',
      'The afternoon belonged to Ana Lima, who testified for an hour. Park’s cross-examination was sharper.',
      'Q. Why did the city wait?',
      'A. We were told to.',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.speaker, q.rule])).toEqual([
      ['kim-park', 'hearing-question'],
      ['tom-reyes', 'hearing-answer'],
      ['lee-chen', 'hearing-question'],
      ['tom-reyes', 'hearing-answer'],
      ['kim-park', 'hearing-question'],
      ['ana-lima', 'hearing-answer'],
    ]);
  });

  it('never proposes part of a name cut at a long sentence’s reading limit, nor a sign’s quoted words, as a person', () => {
    // (The name straddles the 160th character of its sentence.)
    const long = [
      'Outside the hall, about two dozen dock workers stood along Harbor Avenue with hand-lettered signs, several of them reading "We Are Not Plan B." Keisha Montgomery, a crane operator, voted no last week.',
      'She said she did so because nobody could answer her questions.',
    ].join(' ');
    expect(paraphrasesIn(long).map((p) => p.speaker?.name)).toEqual(['Keisha Montgomery']);
    const mug = [
      'Rita Moss is a clerk at the harbor office. On her desk sits a mug that reads "I Survived Lease Season."',
      '“I am going to tell you why,” she said.',
    ].join('\n\n');
    expect(quotes(mug).map((q) => q.speaker)).toEqual(['Rita Moss']);
  });

  it('finds the subject a pronoun means after a first clause, a fronted time and participle, and a plural subject’s example', () => {
    const joined = [
      'Rita Moss is a steward.',
      'Ana Lima said the lease was fair.',
      'Moss ran three of the meetings at the docks, and she said the questions had changed.',
    ].join('\n\n');
    expect(paraphrasesIn(joined).map((p) => p.speaker?.name)).toEqual(['Ana Lima', 'Rita Moss']);
    const touring =
      'That afternoon, touring the pier with Council President Lee Chen, D-Harbor, and Kim Park, D-Bay, Reyes said he was “happy to talk about clarifications.”';
    expect(quotes(touring).map((q) => q.speaker)).toEqual(['tom-reyes']);
    const example = [
      'Rita Moss is a crane operator.',
      'Ana Lima said her office was tired of the standoff.',
      'Some members wore buttons. Others, like Moss, came with their minds changed.',
      '“I have friends at Pier 4,” she said.',
    ].join('\n\n');
    expect(quotes(example).map((q) => q.speaker)).toEqual(['Rita Moss']);
  });

  it('learns a subject’s gender from the pronoun that refers back to them, so a later "she" is someone else', () => {
    const text = [
      'Rita Moss is a crane operator.',
      '“We are done,” Lee Chen said at the meeting where he announced the vote.',
      '“I read it at the window,” she said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['lee-chen', 'Rita Moss']);
    // Not from a sentence whose subject is someone else: "she" there is not Lee Chen.
    const other = [
      'When the count came in, Lee Chen had lost, and she said she closed the laptop.',
      '“We are done,” he said.',
    ].join('\n\n');
    expect(quotes(other).map((q) => q.speaker)).toEqual(['lee-chen']);
  });

  it('gives a recorded message that says who speaks to that person, over a guess from the paragraph before', () => {
    const text = [
      'Rita Moss is a crane operator. On Sunday the alliance’s phone tree reached her with a recorded message.',
      '“This is Tom Reyes, spokesman for the alliance. The vote is over.',
      '“We are asking the mayor to come back to the table.”',
      'On Tuesday she got a voicemail back from Kim Park.',
      '“Mrs. Moss, this is Kim Park, returning your call. I hear you,” the message said. “Call my cell.”',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.speaker, q.rule])).toEqual([
      ['tom-reyes', 'self-introduction'],
      ['tom-reyes', 'continued-quote'],
      ['kim-park', 'self-introduction'],
      ['kim-park', 'same-paragraph'],
    ]);
  });

  it('leaves unattributed what someone unnamed says, though a party’s name or a person comes after them', () => {
    const party = '“It was a funeral with slides,” said one veteran Democrat. “Nobody yelled.”';
    const withParty = {
      ...knowledge,
      stakeholders: [
        ...knowledge.stakeholders,
        {
          id: 'democrats',
          name: 'Democratic Party',
          aliases: ['Democrat', 'Democrats'],
          type: 'ORGANIZATION' as const,
        },
      ],
    };
    expect(
      runPipeline(party, withParty, { publishedOn: '2024-03-01' }).statements.map(
        (s) => s.speaker?.id ?? null,
      ),
    ).toEqual([null, null]);
    const later = [
      'Lee Chen spoke for an hour.',
      'A longtime member from the north shore was struck by the silence after Chen finished. “I have never heard that room so quiet,” the member said.',
    ].join('\n\n');
    expect(quotes(later).map((q) => q.speaker)).toEqual([null]);
  });

  it('reads "the union" as the union brought up last, by its kind when its name has no "union" in it', () => {
    const unions = {
      ...knowledge,
      stakeholders: knowledge.stakeholders.map((e) =>
        e.id === 'dock-workers' ? { ...e, kind: 'UNION' } : e,
      ),
    };
    const text =
      'The Harbor Pilots Union did not return calls.\n\nThe Dock Workers Alliance weighed in from its headquarters. “Layoffs are a choice,” the union said in a statement.';
    expect(
      runPipeline(text, unions, { publishedOn: '2024-03-01' }).statements.map((s) => s.speaker?.id ?? null),
    ).toEqual(['dock-workers']);
  });

  it('reads a section label before a report with its own speaker as no one’s words', () => {
    const text =
      'The mayor says: Kim Park said the city will keep issuing notices until the lease is signed.';
    expect(paraphrasesIn(text).map((p) => [p.speaker?.id, p.text.slice(0, 12)])).toEqual([
      ['kim-park', 'Kim Park sai'],
    ]);
  });

  it('gives a radio script’s cut marked by a name in parentheses to that person, as direct speech', () => {
    const text = [
      'Tom Reyes and Ana Lima spoke on Monday.',
      '[ANCHOR]\nThe mayor told WHBR the notices will go out "in waves."',
      '(REYES)\n"Most of our members said yes. That is a message, too."',
    ].join('\n\n');
    expect(
      run(text)
        .statements.filter((s) => s.kind !== 'PARAPHRASE')
        .map((s) => [s.kind, s.speaker?.id]),
    ).toEqual([
      ['PARTIAL_QUOTE', 'ana-lima'],
      ['DIRECT_QUOTE', 'tom-reyes'],
    ]);
  });

  it('keeps two people of one surname apart: a kinship noun, the gender shown first, the surname for the one not called by first name', () => {
    // (Compromise's lexicon knows no gender for "Zeb": only the article says he is a man.)
    const text = [
      'Rita Moss has worked the docks for 20 years. “We sign today,” she says.',
      'Zeb Moss, her husband of 27 years, was watching the game. When the vote failed, he looked up.',
      '“So what now?” he asked.',
      'Zeb Moss went back to the game.',
      '“Now we wait,” she told him.',
      'Zeb shrugged.',
      'Moss says the waiting was the hard part.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Rita Moss', 'Zeb Moss', 'Rita Moss']);
    expect(paraphrasesIn(text).map((p) => p.speaker?.name)).toEqual(['Rita Moss']);
    // Without a first name alone, the surname is the one named last: "Carla Lind …, said …" then
    // "Lind said" is Carla, not the Grace Lind named before her.
    const two = [
      '“We do not want layoffs,” said Grace Lind, a steward.',
      'Carla Lind, president of a Hartford local, said the alliance should sign. “It is a fair lease,” Lind said.',
    ].join('\n\n');
    expect(quotes(two).map((q) => q.speaker)).toEqual(['Grace Lind', 'Carla Lind']);
  });

  it('reads a kinship noun after "his" as someone else’s: "an accountant who said his wife had bought the tickets" is a man', () => {
    const text = [
      'Dale Ferris, an accountant from Bayside who said his wife had bought the tickets, called the play “one-sided.”',
      '“Nobody in that kitchen ever mentions the taxpayer,” he said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Dale Ferris', 'Dale Ferris']);
  });

  it('keeps a local title out of a new name, and a league or a city out of the people', () => {
    const text = [
      'According to Town Manager Rita Gold, about 40 dock workers live in the village.',
      'Deacon Raymond Okafor of the harbor parish said the pantry would stay open.',
      'A dock worker I have known since he played Little League in Harwinton said the lease is fair.',
      'Kim Park reached Dana Ruiz, dean of the maritime program at a college in New York, who said the lease was fair.',
    ].join('\n\n');
    const result = run(text);
    expect(result.people.map((p) => p.name)).toEqual(['Rita Gold', 'Raymond Okafor', 'Dana Ruiz']);
    expect(paraphrasesIn(text).map((p) => p.speaker?.name)).toEqual([
      'Rita Gold',
      'Raymond Okafor',
      'Dana Ruiz',
    ]);
  });

  it('gives a "he said" after "… did not sit well with X, who …" to X', () => {
    const text = [
      '“We sign today,” said Tom Reyes.',
      'That prospect did not sit well with Dave Ortiz, who lingered at the gate after the meeting.',
      '“At some point no has to mean no,” he said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['tom-reyes', 'Dave Ortiz']);
  });

  it('gives "it said" to the organization that was the last subject, and a text "from" X to X', () => {
    const text = [
      'The mayor’s office did not send anyone to the hearing. Asked for comment, it said in a statement that the city “has nothing to add.”',
      'It was a text from Tom Reyes: “congrats, your side won.”',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['city-hall', 'tom-reyes']);
  });

  it('reads reported speech in a second verb phrase: "She voted yes in June and said …"', () => {
    const text = 'Rosa Vega works at the port. She voted yes in June and said she would vote yes again.';
    expect(paraphrasesIn(text).map((p) => [p.speaker?.name, p.text])).toEqual([
      ['Rosa Vega', 'She voted yes in June and said she would vote yes again.'],
    ]);
    const named = 'Tom Reyes toured the dock on Monday and told reporters the lease was fair.';
    expect(paraphrasesIn(named).map((p) => p.speaker?.id)).toEqual(['tom-reyes']);
  });

  it('leaves a quote said by someone unnamed ("…," one nurse said) to no one, whoever else speaks in its paragraph', () => {
    const text = '“It is over,” said Tom Reyes. “We were told to vote yes,” one nurse said.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['tom-reyes', null]);
    const first = '“We were told to vote yes,” one nurse said. “It is over,” said Tom Reyes.';
    expect(quotes(first).map((q) => q.speaker)).toEqual([null, 'tom-reyes']);
  });

  it('gives "the Norwalk Republican said" to the person last the subject, not to the party', () => {
    const text = [
      'Tom Reyes was less impressed by the distinction.',
      '“Clarification is what you call a new lease,” the Norwalk Republican said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['tom-reyes']);
  });

  it('keeps an unnamed subject after a fronted place, though an organization is named in its description', () => {
    const text = [
      '“The lease is fair,” said Ana Lima.',
      'Outside the hall, a woman wearing a Harbor Pilots Union jacket, who would not give her name, summed up the night.',
      '“Now we find out who was bluffing,” she said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['ana-lima', null]);
  });

  it('gives "X’s top negotiator, Name," to the name, not to whoever has the title as an alias', () => {
    const aliased = {
      ...knowledge,
      stakeholders: knowledge.stakeholders.map((s) =>
        s.id === 'kim-park' ? { ...s, aliases: [...s.aliases, 'top negotiator'] } : s,
      ),
    };
    const text =
      'The mayor’s top negotiator, Tom Reyes, called the vote “an internal matter for the alliance.”';
    const read = runPipeline(text, aliased, { publishedOn: '2024-03-01' });
    expect(read.statements.filter((s) => s.kind !== 'PARAPHRASE').map((s) => s.speaker?.id)).toEqual([
      'tom-reyes',
    ]);
  });

  it('reads no one’s words in a heading in capitals', () => {
    expect(paraphrasesIn('WHAT THE MAYOR SAID\n\nThe lease was signed on Friday.')).toEqual([]);
  });

  it('reads "urging" as a speech verb, and no name in a word that opens a clause ("If Karen lost her job")', () => {
    const urging =
      'Kim Park issued a statement urging both sides to meet “before the first notice goes out.”';
    expect(quotes(urging).map((q) => q.speaker)).toEqual(['kim-park']);
    const text = 'Karen Moss sighed. If Karen lost her job, the family would lose half its income, she said.';
    expect(run(text).people.map((p) => p.name)).toEqual(['Karen Moss']);
  });

  it('reads speech verbs in the present tense: "X calls it "…""', () => {
    const text = 'Tom Reyes, the alliance spokesman, calls it “a bad deal dressed up as a good one.”';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['tom-reyes']);
  });

  it('gives a pronoun after an unnamed subject opened by "But" to no one', () => {
    const text = [
      '“We sign today,” said Tom Reyes.',
      'But a dock worker at the north pier, whose name I am leaving out, put it plainly. “We will not sign,” he said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['tom-reyes', null]);
  });

  it('gives a pronoun after a secretary left unnamed, or someone known by an initial, to no one', () => {
    const secretary = [
      '“We sign today,” said Tom Reyes.',
      'One department secretary, who asked not to be named because she had a notice herself, said she was updating her resume.',
      '“I am the one who tells them the office is still open,” she said.',
    ].join('\n\n');
    expect(quotes(secretary).map((q) => q.speaker)).toEqual(['tom-reyes', null]);
    const initial = [
      '“We sign today,” said Tom Reyes.',
      'T. found me at shift change. He did not look angry.',
      '“I lost,” he told me.',
    ].join('\n\n');
    expect(quotes(initial).map((q) => q.speaker)).toEqual(['tom-reyes', null]);
    // A named subject still lends "he" its name.
    const named = initial.replace('T. found me', 'Tom Reyes found me');
    expect(quotes(named).map((q) => q.speaker)).toEqual(['tom-reyes', 'tom-reyes']);
  });

  it('gives "what he described as" to the pronoun when no one is the sentence’s subject', () => {
    const text =
      'Tom Reyes said the habit dates to his years at the port. A misplaced comma once cost the city what he described as “a very expensive summer.”';
    expect(quotes(text)).toEqual([
      { text: 'a very expensive summer.', speaker: 'tom-reyes', rule: 'before-quote:speaker-verb' },
    ]);
    // A subject named in the sentence keeps the quote, though "he" last meant someone else.
    const subject =
      'Tom Reyes spoke first. Ana Lima then walked members through the changes, which she described as “the fine print, not the bottom line.”';
    expect(quotes(subject)[0]?.speaker).toBe('ana-lima');
  });

  it('reads the subject before an auxiliary: "…," I must have said fifty times', () => {
    const text = ['By Walt Brennan', '“Read page four,” I must have said fifty times.'].join('\n\n');
    expect(quotes(text)).toEqual([
      { text: 'Read page four', speaker: 'Walt Brennan', rule: 'after-quote:speaker-verb' },
    ]);
    expect(quotes('“We will sign,” Tom Reyes has said.')[0]?.speaker).toBe('tom-reyes');
  });

  it('reads a byline only where it opens its paragraph: a book review’s "By" names the book’s author, who is "he"', () => {
    const text = [
      'BOOKS',
      'THE LONG VOTE: A Harbor Story. By Gil Moreau. Tern Press. 80 pages.',
      'By ANNE WHITCOMB',
      'Gil Moreau worked the docks for 30 years. He is blunt about the lease.',
      '“A majority said yes and the answer was no,” he writes in the first chapter.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      {
        text: 'A majority said yes and the answer was no',
        speaker: 'Gil Moreau',
        rule: 'after-quote:speaker-verb',
      },
    ]);
  });

  it('gives "quotes X as saying" to X, and a relative clause after a long appositive to the person it hangs on', () => {
    const text = [
      'Tom Reyes appears mostly through his public remarks. The book quotes him as saying, “The lease is the lease.”',
      'The paper quoted Ana Lima as saying, “We wait for the members.”',
      'The author leans on Lee Chen, director of the Harbor Institute for Maritime Labor Studies at Port City College, who told him that the fight “was never about the lease.”',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.text, q.speaker])).toEqual([
      ['The lease is the lease.', 'tom-reyes'],
      ['We wait for the members.', 'ana-lima'],
      ['was never about the lease.', 'lee-chen'],
    ]);
  });

  it('reads a roundup’s quotes signed with a dash and a name-and-party line once, as quotes, not also as letters', () => {
    const text = [
      'WHAT THEY SAID',
      'Here, in their own words, is what the people in the middle of it had to say.',
      '“The lease is a step. I’d like to see a few more steps.”\n— Mayor Ana Lima, D-Port City',
      '“Every one of these notices is a family in my district.”\n— Rep. Tom Reyes, D-Harbor Heights',
      '“I’d rather see August spent on a second vote.”\n— Sen. Kim Park, R-Bayside',
    ].join('\n\n');
    expect(run(text).statements.map((s) => [s.text, s.speaker?.id, s.rule])).toEqual([
      ['The lease is a step. I’d like to see a few more steps.', 'ana-lima', 'after-quote:dash'],
      ['Every one of these notices is a family in my district.', 'tom-reyes', 'after-quote:dash'],
      ['I’d rather see August spent on a second vote.', 'kim-park', 'after-quote:dash'],
    ]);
  });

  it('reads a party before a candidate’s name as no part of the name ("Democrat Nora Quinlan", "Republican Dale Ferris")', () => {
    const text = [
      'The candidates are Democrat Nora Quinlan, 52, a member of the Board of Finance; and Republican Dale Ferris, 44, who owns a heating business.',
      '“I would vote no,” Ferris said.',
      '“Yes,” Quinlan said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Dale Ferris', 'Nora Quinlan']);
  });

  it('takes no slogan in quote marks for a person ("Finish The Fight"): "the coach" is still the coach', () => {
    const text = [
      'Coach Tom Lavalle ran the drills.',
      'The practice shirts this season read “Finish The Fight,” a slogan Lavalle picked in the spring.',
      'The coach said he has stayed out of the argument.',
      '“I’m a football coach,” he said.',
    ].join('\n\n');
    const result = run(text);
    // ("The coach said he has stayed out …" is his reported speech: the article titled him so.)
    expect(result.statements.map((s) => [s.kind, s.speaker?.name ?? null])).toEqual([
      ['PARAPHRASE', 'Tom Lavalle'],
      ['DIRECT_QUOTE', 'Tom Lavalle'],
    ]);
    expect(result.people.map((p) => p.name)).toEqual(['Tom Lavalle']);
  });

  it('reads a printed text exchange, each message after its time and its sender’s first name', () => {
    const text = [
      'Rosa Vega and Tom Reyes let the Gazette print their messages from that night.',
      '9:14 p.m. — Rosa: Did u see? The lease failed.',
      '9:15 p.m. — Tom: Its not over. Its a no.',
      '9:17 p.m. — Rosa: Night',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.text, q.speaker])).toEqual([
      ['Did u see? The lease failed.', 'rosa-vega'],
      ['Its not over. Its a no.', 'tom-reyes'],
      ['Night', 'rosa-vega'],
    ]);
  });

  it('reads a printed message under its sender and time in quote marks ("Rosa, 9:14 p.m.: “…”")', () => {
    const text = [
      'Rosa Vega and Tom Reyes let the Gazette print their messages from that night.',
      'Rosa, 9:14 p.m.: “did u see? the lease failed”',
      'Tom, 9:15 p.m.: “its not over. its a no”',
      'Rosa, 9:17 p.m.: “night”',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.text, q.speaker])).toEqual([
      ['did u see? the lease failed', 'rosa-vega'],
      ['its not over. its a no', 'tom-reyes'],
      ['night', 'rosa-vega'],
    ]);
  });

  it('reads a radio script’s sound bites by their cues, and its out-cues as no quotes', () => {
    const text = [
      'ANCHOR (MORSE): THE HARBOR LEASE GOES BACK TO THE DOCKS TODAY.',
      'SOT (Reyes): If they sign, the strike is off. It’s that simple.',
      'OUTQ: "...It’s that simple." (:06)',
      'ACTUALITY — Ana Lima: The lease saves the port. We said so in March.',
      'SOT (Dale Ferris, crane operator, Bayside): I voted no and I’d vote no again.',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.text, q.speaker])).toEqual([
      ['If they sign, the strike is off. It’s that simple.', 'tom-reyes'],
      ['The lease saves the port. We said so in March.', 'ana-lima'],
      ['I voted no and I’d vote no again.', 'Dale Ferris'],
    ]);
  });

  it('reads an email printed in an article as its sender’s words, one quote per paragraph of its body', () => {
    const text = [
      'The officers’ messages are printed below as written.',
      'From: Rosa Vega\nTo: Tom Reyes; Executive Board\nSubject: Monday - where do we stand?',
      'All,',
      'The call just ended. I am voting yes on the lease.',
      'If anybody disagrees, I need to hear it before Monday.',
      'Rosa',
      'From: Tom Reyes\nTo: Rosa Vega\nDate: Saturday, July 9, 2011 8:12 AM',
      'With respect, I am not.',
      'Tom\nSent from my iPhone',
      'The board met Sunday night.',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.text, q.speaker])).toEqual([
      ['The call just ended. I am voting yes on the lease.', 'rosa-vega'],
      ['If anybody disagrees, I need to hear it before Monday.', 'rosa-vega'],
      ['With respect, I am not.', 'tom-reyes'],
    ]);
  });

  it('gives a quote credited after a dash to a flyer "handed out by" someone to that person', () => {
    const text =
      'THE CLAIM: “Vote yes and you cannot be laid off for four years.” — Flyer handed out by Dale Ferris, a crane operator from Bayside, at the union hall, Aug. 4';
    expect(quotes(text)).toEqual([
      {
        text: 'Vote yes and you cannot be laid off for four years.',
        speaker: 'Dale Ferris',
        rule: 'after-quote:dash',
      },
    ]);
  });

  it('takes the person an editor’s note says wrote the piece as its "I", as a byline', () => {
    const note = [
      'Editor’s note: Rosa Vance has worked the docks for 19 years. At our request, she kept a diary during the vote.',
      'Monday',
      '“Vote yes,” I told him.',
    ].join('\n\n');
    expect(quotes(note)[0]?.speaker).toBe('Rosa Vance');
    expect(
      run(note)
        .people.filter((p) => p.isNew)
        .map((p) => p.name),
    ).toEqual(['Rosa Vance']);
    // A note about someone who did not write the piece names no author.
    const about = note.replace('At our request, she kept a diary during the vote.', 'She retired in May.');
    expect(quotes(about)[0]?.speaker).toBeNull();
  });

  it('makes the person a relative clause describes, past an appositive, the next "she"', () => {
    const text = [
      '“We sign today,” said Ana Lima.',
      'Who pays? People like Dora Quint, a clerk at the harbor office in Bayport, who voted yes and now expects a notice.',
      '“I did what they asked,” she said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['ana-lima', 'Dora Quint']);
    // Named only after a preposition, with no relative clause and not as a plural subject's
    // example ("People like …"), she is not the one "she" means: it stays with the last speaker.
    const named = text.replace(
      'People like Dora Quint, a clerk at the harbor office in Bayport, who voted yes and now expects a notice.',
      'The city sent a notice to Dora Quint, a clerk at the harbor office in Bayport.',
    );
    expect(quotes(named).map((q) => q.speaker)).toEqual(['ana-lima', 'ana-lima']);
  });

  it('leaves a quote in a reported clause to its speaker when the next clause has its own', () => {
    const text =
      'Ana Lima has also said that her door “is always open,” and her spokesman, Tom Reyes, said Monday that the city would answer questions.';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'ana-lima', rule: 'before-quote:speaker-verb' });
    // With no speech verb before the quote, the clause after it still names the speaker.
    expect(quotes('“The door is open,” and Tom Reyes said it twice.')[0]?.speaker).toBe('tom-reyes');
  });

  it('gives "his answer was, …" to the person just asked, and a text message to its sender', () => {
    const answer =
      'Kim Park spoke first. But when we asked Tom Reyes, the alliance spokesman, whether members wanted new terms, his answer was, “Let’s get in a room and find out.”';
    expect(quotes(answer)[0]).toMatchObject({ speaker: 'tom-reyes', rule: 'before-quote:colon' });
    const text =
      'Counting is running long. Tom Reyes, the alliance spokesman, just sent reporters a text message: “Slower than we’d like. Soon.”';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'tom-reyes', rule: 'before-quote:colon' });
  });

  it('gives a bare question after an answer to the one who asked before', () => {
    const exchange = [
      '“Your members voted for that lease, didn’t they?” Ana Lima asked.',
      '“They did, and a lot of them regret it,” Tom Reyes replied.',
      '“And nobody forced your union to stay?”',
      '“Nobody forced us,” Reyes said.',
    ].join('\n\n');
    expect(quotes(exchange).map((q) => [q.speaker, q.rule])).toEqual([
      ['ana-lima', 'after-quote:speaker-verb'],
      ['tom-reyes', 'after-quote:speaker-verb'],
      ['ana-lima', 'follow-up-question'],
      ['tom-reyes', 'after-quote:speaker-verb'],
    ]);
    // A bare statement after the answer is more of the answer.
    const more = exchange.replace(
      '“And nobody forced your union to stay?”',
      '“And nobody forced us to stay.”',
    );
    expect(quotes(more)[2]?.speaker).toBe('tom-reyes');
  });

  it('keeps a quote that runs on into its reporter’s clause with the reported speaker', () => {
    const text =
      'Tom Reyes said the alliance was still willing to “have a conversation” with the mayor’s office, but he would not say whether members wanted changes.';
    expect(quotes(text)).toEqual([
      { text: 'have a conversation', speaker: 'tom-reyes', rule: 'before-quote:speaker-verb' },
    ]);
    // Closed by a comma, the words after the quote attribute it as ever.
    expect(quotes('“We will talk,” the mayor’s office said.')[0]?.speaker).toBe('city-hall');
  });

  it('reads a pronoun after a fronted "Asked whether …," as the subject, and one before "… and said"', () => {
    const asked = [
      '“They turned it down? My heart bleeds,” Tom Reyes said.',
      'Asked whether the two sides should meet again, he shook his head. “The deal was the deal.”',
    ].join('\n\n');
    expect(quotes(asked).map((q) => [q.speaker, q.rule])).toEqual([
      ['tom-reyes', 'after-quote:speaker-verb'],
      ['tom-reyes', 'sentence-before'],
    ]);
    const coordinated = [
      'Ana Lima spoke first.',
      'Tom Reyes was in town for the tournament. He voted no in June and said he would vote no again “if they put the same thing in front of me.”',
    ].join('\n\n');
    expect(quotes(coordinated)[0]).toMatchObject({ speaker: 'tom-reyes', rule: 'before-quote:speaker-verb' });
  });

  it('reads the pronoun after "Asked whether <someone> …," as the subject, not the one asked about', () => {
    const text = [
      '“We are done,” Tom Reyes said.',
      'Asked whether Lee Chen might sweeten the terms, he shook his head. “The deal was the deal,” he said. “That was it.”',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['tom-reyes', 'tom-reyes', 'tom-reyes']);
  });

  it('reads the subject after a fronted participle phrase, past the appositives of the names inside it', () => {
    const text = [
      'Touring the dock on Tuesday with state Sen. Lee Chen, D-Northside, and Tom Reyes, the alliance spokesman, the mayor said she had received a letter that morning. But she said she was not interested in “a brand-new lease.”',
      'Manning the gate, Tom Reyes said the pilots would wait.',
    ].join('\n\n');
    expect(run(text).statements.map((s) => [s.kind, s.speaker?.id])).toEqual([
      ['PARAPHRASE', 'ana-lima'],
      ['PARAPHRASE', 'ana-lima'],
      ['PARTIAL_QUOTE', 'ana-lima'],
      ['PARAPHRASE', 'tom-reyes'],
    ]);
  });

  it('leaves a quote unattributed when someone unnamed is the subject of the verb before it', () => {
    const text =
      'Four days after members of the Dock Workers Alliance walked out, the port settled into what one veteran lobbyist described to me as “the phase where everybody talks past each other.”';
    expect(quotes(text).map((q) => q.speaker)).toEqual([null]);
    // A name after the verb is someone else's words.
    expect(quotes('A worker said Tom Reyes called it “a bad deal.”').map((q) => q.speaker)).toEqual([
      'tom-reyes',
    ]);
  });

  it('reads a roundup’s "Name, description: “…”" as that person’s words, with a title before the name', () => {
    const text = [
      'Reaction from around the port:',
      'Tom Reyes, spokesman for the alliance, on the vote: “We signed, and we meant it.”',
      'Council President Lee Chen: “About time, and not a day too soon.”',
      'Rita Moss, a crane operator at Pier 4: “Ask me again in a year.”',
      'The message at the gate was simple: “Sign it and get back to work.”',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['tom-reyes', 'lee-chen', 'Rita Moss', null]);
    // A bulleted list reads the same, and a document's owner names its words.
    const bullets = [
      'WHAT THEY’RE SAYING',
      '- Mayor Ana Lima, at City Hall on Thursday night: “The lease is fair to the port.”',
      '- From the alliance’s statement: “Our members have spoken clearly.”',
      '- Lee Chen, president of the pilots, whose members voted no: “We will honor the result.”',
    ].join('\n\n');
    expect(quotes(bullets).map((q) => q.speaker)).toEqual(['ana-lima', 'dock-workers', 'lee-chen']);
  });

  it('reads a numbered section heading that quotes a phrase as no statement, and the phrase in the text as one', () => {
    const text = [
      'I. “Give us a week”',
      '“Don’t send anything out on Monday,” Tom Reyes said. “Give us a week.”',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.text, q.speaker])).toEqual([
      ['Don’t send anything out on Monday', 'tom-reyes'],
      ['Give us a week.', 'tom-reyes'],
    ]);
  });

  it('reads "It asked …" and "It closes: …" after a sentence bringing in a letter as the letter’s author’s words', () => {
    const sent = [
      'On Monday, Tom Reyes sent Mayor Ana M. Lima a two-page letter. It asked the city to meet for “a limited set of clarifications, not a new lease,” and listed the questions.',
    ].join('\n\n');
    expect(quotes(sent).map((q) => [q.speaker, q.rule])).toEqual([['tom-reyes', 'document']]);
    const signed = [
      'The Gazette has now obtained the full letter, which Lee Chen signed. It closes: “Our pilots are not asking for a better lease. They are asking to understand this one.”',
    ].join('\n\n');
    expect(quotes(signed).map((q) => [q.speaker, q.rule])).toEqual([['lee-chen', 'document']]);
  });

  it('reads "Afterward he said …" as the pronoun’s and "X’s answer was that …" as X’s words', () => {
    const afterward =
      'Tom Reyes watched from the gallery. Afterward he said the alliance was “looking at every option.”';
    expect(quotes(afterward).map((q) => q.speaker)).toEqual(['tom-reyes']);
    const answer =
      'Tom Reyes wrote to the mayor. The mayor’s answer was that she would not “start from scratch.”';
    expect(quotes(answer).map((q) => q.speaker)).toEqual(['ana-lima']);
  });

  it('gives a dialogue’s quote-only paragraphs by turns, leaving an unnamed speaker’s turns unattributed', () => {
    const dialogue = [
      'Tom Reyes ran the meeting.',
      'A man in the back, a welder with a shaved head, had kept his arms folded the whole time.',
      '“So we vote until we get it right. That’s the plan?”',
      'Reyes capped his pen. “The plan is that people in this room keep their jobs.”',
      '“People in this room had jobs in June.”',
      '“Nobody was looking at a hole this size in June.”',
      '“That’s not my hole, and it never was.”',
    ].join('\n\n');
    expect(quotes(dialogue).map((q) => q.speaker)).toEqual([null, 'tom-reyes', null, 'tom-reyes', null]);
    // With speech verbs it is a news story: the paragraph after an answer goes on with it.
    const news = [
      '“Will you sign it?” a reporter asked.',
      '“No, not now,” Reyes said.',
      '“Not this year, not ever.”',
    ].join('\n\n');
    expect(quotes(news).map((q) => q.speaker)).toEqual([null, 'tom-reyes', 'tom-reyes']);
  });

  it('leaves the quotes of someone who asked not to be named unattributed, whatever noun describes them', () => {
    const text = [
      '“We will sign,” Tom Reyes said.',
      'At a diner on Route 190, the owner, who asked not to be named because many of his regulars work the docks, said business had dropped.',
      '“People are eating at home. They’re scared,” he said.',
      'A retired schoolteacher who asked that her name not be used said she backed the lease.',
      '“The city can’t keep borrowing,” she said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['tom-reyes', null, null]);
  });

  it('reads "in which X said" as X’s words, and a statement read "from X" as X’s though the sentence reports someone else', () => {
    const inWhich =
      'Tom Reyes read aloud a line from a statement City Hall issued last week, in which the mayor said she was ready to “clarify, not rewrite,” the lease.';
    expect(quotes(inWhich).map((q) => q.speaker)).toEqual(['ana-lima']);
    const readFrom =
      'The alliance declined an invitation to appear, but the host read a short statement from Lee Chen. It said the pilots had “negotiated in good faith” all along.';
    expect(quotes(readFrom).map((q) => q.speaker)).toEqual(['lee-chen']);
  });

  it('reads "calling X "…"", "to call X "…"" and "referring to X as "…"" as the subject’s words, but not a comma’s "calling"', () => {
    expect(
      quotes('Tom Reyes has been calling the whole business “a do-over” since July.').map((q) => q.speaker),
    ).toEqual(['tom-reyes']);
    expect(
      quotes(
        'Council President Lee Chen went on television to call the lease “a fig leaf” for the port.',
      ).map((q) => q.speaker),
    ).toEqual(['lee-chen']);
    expect(
      quotes(
        'Reyes was not persuaded, and by evening he was referring to the lease as “a pair of handcuffs on the next mayor.”',
      ).map((q) => q.speaker),
    ).toEqual(['tom-reyes']);
    const memo =
      'Lee Chen read from a memo that Tom Reyes sent to the pilots last month, calling the new terms “consistent with the lease as negotiated.”';
    expect(quotes(memo).map((q) => q.speaker)).toEqual([null]);
  });

  it('reads a live blog’s timed labels and subjects past the time, and a pronoun after "Afterward, <phrase>,"', () => {
    const blog = [
      '12:25 p.m. — Council President Lee Chen, on Twitter: “If this lease fails, no more talks.”',
      '4:20 p.m. — Alliance spokesman Tom Reyes, in the press room: “Nobody should read this as a threat.”',
      '4:26 p.m. Asked whether a meeting is a distinction without a difference, the mayor shrugged. “Call it whatever makes you happy.”',
    ].join('\n\n');
    expect(quotes(blog).map((q) => q.speaker)).toEqual(['lee-chen', 'tom-reyes', 'ana-lima']);
    const afterward = [
      '“The job protection is in writing,” Tom Reyes told the room.',
      'Afterward, standing by his car, he was more candid.',
      '“I’m not going to tell you this is a great lease. It isn’t.”',
    ].join('\n\n');
    expect(quotes(afterward).map((q) => q.speaker)).toEqual(['tom-reyes', 'tom-reyes']);
  });

  it('reads "Her statement that “…”" as the words of the woman whose quotation opened the sentence before', () => {
    const text = [
      'Rosa Vega said the port had been patient.',
      '• A quotation from Ana Lima, the mayor, was accurate but placed in the wrong context. Her statement that “nothing has changed” referred to the schedule for the lease.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['ana-lima']);
  });

  it('gives a transcript’s "Host:" turns to the host the article names, or who introduces herself', () => {
    const selfIntroduced = [
      'Host: Good morning. I’m Rita Moss, and with me is Tom Reyes of the alliance.',
      'Reyes: We will sign it if the numbers hold.',
      'Host: And if they don’t hold by Friday?',
      'Reyes: Then we go back to the table.',
    ].join('\n\n');
    expect(quotes(selfIntroduced).map((q) => q.speaker)).toEqual([
      'Rita Moss',
      'tom-reyes',
      'Rita Moss',
      'tom-reyes',
    ]);
    const named = [
      'What follows is a transcript of the show with host Rita Moss.',
      'Host: Will the alliance sign the lease this week?',
      'Reyes: We will sign it if the numbers hold.',
      'Host: And if they don’t hold by Friday?',
      'Reyes: Then we go back to the table.',
    ].join('\n\n');
    expect(quotes(named).map((q) => q.speaker)).toEqual(['Rita Moss', 'tom-reyes', 'Rita Moss', 'tom-reyes']);
    // "the host of the program" names no one: the host's own introduction does.
    const described = ['The host of the program took calls for an hour.', selfIntroduced].join('\n\n');
    expect(quotes(described).map((q) => q.speaker)).toEqual([
      'Rita Moss',
      'tom-reyes',
      'Rita Moss',
      'tom-reyes',
    ]);
  });

  it('reads a colon hand-over in the present tense and after "put up … with the caption:"', () => {
    const notes =
      'Tom Reyes tells the host the alliance is ready. Lee Chen presses him: “Isn’t this just voting until you win?”';
    expect(quotes(notes).map((q) => q.speaker)).toEqual(['lee-chen']);
    const caption =
      'Across the harbor, Lee Chen put up a photo of the pier on Facebook with the caption: “Good news for a lot of families tonight.”';
    expect(quotes(caption).map((q) => q.speaker)).toEqual(['lee-chen']);
  });

  it('gives an interview’s answers to the person the publication spoke with', () => {
    const interview = [
      'Kim Park chaired the talks. The Gazette spoke with Tom Reyes, the alliance spokesman, by phone on Thursday.',
      'Q. Will you sign?',
      'A. Not this week, and not until the members vote.',
    ].join('\n\n');
    expect(quotes(interview).map((q) => [q.speaker, q.rule])).toEqual([['tom-reyes', 'interview-answer']]);
  });

  it('reads ""…," it said" after a paragraph bringing in an emailed statement, and "X’s answer, in full: "…""', () => {
    const emailed = [
      '7:58 p.m. — From City Hall, Tom Reyes emailed us a statement while the meeting was under way.',
      '“The alliance respects the outcome of the vote,” it said. “Its door remains open.”',
    ].join('\n\n');
    expect(quotes(emailed).map((q) => q.speaker)).toEqual(['tom-reyes', 'tom-reyes']);
    const answer =
      'Lee Chen pressed Reyes on the lease. Reyes’s answer, in full: “The door isn’t locked, but there is no better deal.”';
    expect(quotes(answer).map((q) => q.speaker)).toEqual(['tom-reyes']);
  });

  it('tells two people of one surname apart by the pronoun after "X said"', () => {
    const text = [
      'For 31 years, Raymond Tetreault ran the dock’s night shift.',
      'A kitchen floor that Linda Tetreault said has been “on the list since the Clinton administration” waits at home.',
      'Tetreault said he would leave the card in his locker.',
      '“Somebody’s going to need it,” he said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Linda Tetreault', 'Raymond Tetreault']);
    const his = paraphrasesIn(text).find((p) => p.text.startsWith('Tetreault said he'));
    expect(his?.speaker?.name).toBe('Raymond Tetreault');
  });

  it('reads an interview’s "A." answer as direct speech with no report or new person inside it', () => {
    const text = [
      'The Gazette spoke with Tom Reyes, the alliance spokesman, by phone on Thursday.',
      'Q. Is the mayor betraying the pilots?',
      'A. She doesn’t use that word, and neither do I. She said from the beginning that she was asking for something hard.',
      'Q. And the letter?',
      'A. It asked whether the lease could be read again, and she said she would read it.',
    ].join('\n\n');
    const statements = run(text).statements;
    expect(statements.map((s) => [s.kind, s.speaker?.id ?? s.speaker?.name ?? null])).toEqual([
      ['DIRECT_QUOTE', 'tom-reyes'],
      ['DIRECT_QUOTE', 'tom-reyes'],
    ]);
  });

  it('gives a sound bite to the person a script’s caption names ("SUPER: NAME / TITLE"), an O’ name included', () => {
    const script = [
      'ANCHOR: The alliance voted tonight.',
      '[TAKE SOT — TOM REYES]\nSUPER: TOM REYES / DOCK WORKERS ALLIANCE',
      '“Nobody in that room is celebrating. But people looked hard at the alternative.”',
      'SUPER: RITA O’MALLEY / CRANE OPERATOR, VOTED NO',
      '“They changed the rules because they didn’t like the first answer.”',
    ].join('\n\n');
    expect(quotes(script).map((q) => q.speaker)).toEqual(['tom-reyes', "Rita O'Malley"]);
  });

  it('gives a sound bite to the person a TV web story’s “CAPTION:” line names, past a “(SOUNDBITE)” cue above it', () => {
    const story = [
      'The alliance voted tonight. Our reporter was there.',
      '(SOUNDBITE)\nCAPTION: TOM REYES / DOCK WORKERS ALLIANCE\n"Nobody in that room is celebrating tonight."',
      'Rita Moss, who runs the crane school, said she was relieved.',
      '(SOUNDBITE)\nCAPTION: DORA QUINTANA / CRANE OPERATOR, VOTED NO\n"They changed the rules because they did not like the first answer."',
    ].join('\n\n');
    expect(quotes(story).map((q) => [q.speaker, q.rule])).toEqual([
      ['tom-reyes', 'speaker-label'],
      ['Dora Quintana', 'speaker-label'],
    ]);
  });

  it('finds someone by the nickname the article gives them ("whom everybody has called “Butch”")', () => {
    const text = [
      'Walter Tiernan, who took over the crew, and whom everybody has called “Butch” since 1979, said the garage was angry.',
      '“They read ‘wage freeze’ and they stopped reading,” Butch said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Walter Tiernan']);
  });

  it('lets a man’s first name outweigh a possessive "her" in his appositive', () => {
    const text = [
      'Ana Lima runs the dock office.',
      'Dwayne Hollister, a steward in her unit, said he had answered the same questions all July.',
      '“Yes, and yes,” Hollister said.',
      'He added: “Anybody who says otherwise is selling something.”',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Dwayne Hollister', 'Dwayne Hollister']);
  });

  it('reads a name past its quoted nickname, never the nickname as a statement, and "reminding" as a speech verb', () => {
    const text = [
      'Local President Raymond “Butch” Szabo opened by reminding members that the vote was “nobody’s fault and everybody’s business.”',
      '“I am not here to tell you how to vote,” Szabo said.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      {
        text: 'nobody’s fault and everybody’s business.',
        speaker: 'Raymond Szabo',
        rule: 'before-quote:speaker-verb',
      },
      {
        text: 'I am not here to tell you how to vote',
        speaker: 'Raymond Szabo',
        rule: 'after-quote:speaker-verb',
      },
    ]);
  });

  it('keeps a rank of several words out of a new name, and gives "in his words, …" to the pronoun', () => {
    const rank =
      '“Sunday nights in July, you can set your watch by it,” said Trooper First Class Dana Whitcomb.';
    expect(quotes(rank)[0]?.speaker).toBe('Dana Whitcomb');
    expect(
      run(rank)
        .people.filter((p) => p.isNew)
        .map((p) => p.name),
    ).toEqual(['Dana Whitcomb']);
    const words =
      'Tom Reyes said he had hoped for new terms. The changes were, in his words, “a new coat of paint on the same house.”';
    expect(quotes(words)[0]).toMatchObject({ speaker: 'tom-reyes', rule: 'before-quote:colon' });
    // Without "in his words" the partial quote in the reporter’s sentence is no one’s.
    expect(quotes(words.replace('in his words, ', ''))[0]?.speaker).toBeNull();
  });

  it('gives a quote after "X, who has accused …" to X, and one after "describing" or "reported" to the subject', () => {
    const relative =
      'Tom Reyes also dismissed criticism from Ana Lima, the mayor, who has accused the alliance of “moving the goalposts after the kick.”';
    expect(quotes(relative)[0]?.speaker).toBe('ana-lima');
    const describing =
      'Ana Lima drew the same line in an e-mail, describing the city as open to “any clarification the members need.”';
    expect(quotes(describing)[0]?.speaker).toBe('ana-lima');
    const reported =
      'Kim Park was at the dock. She reported that the mood was “relief, mostly, and a little anger.”';
    expect(quotes(reported)[0]?.speaker).toBe('kim-park');
  });

  it('gives a quote that is a whole sentence to the person the next sentence of its paragraph is about', () => {
    const text =
      'The council met at noon.\n\n“Point of order, Madam Mayor!” Tom Reyes was on his feet again.';
    expect(quotes(text)).toEqual([
      { text: 'Point of order, Madam Mayor!', speaker: 'tom-reyes', rule: 'sentence-after' },
    ]);
    // A next sentence about no one names no speaker.
    const crowd = 'The council met at noon.\n\n“Point of order, Madam Mayor!” The crowd roared.';
    expect(quotes(crowd)[0]?.speaker).toBeNull();
  });

  it('reads each unnamed subject as someone new, whatever gender the one before had', () => {
    const text = [
      'Ana Lima spoke first.',
      'One man, a retired machinist, stood up. “Sign it,” he said.',
      'A woman near the back, a nurse, stood up next. “Not yet,” she said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual([null, null]);
  });

  it('reads an unnamed subject with a capitalized word before its noun, and never opens a name with "One"', () => {
    const text = [
      'Tom Reyes spoke first.',
      'One DockCo officer, who asked me not to print his name, met me at the launch.',
      '“Two of us cover the whole harbor,” he said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual([null]);
    expect(run(text).people.map((p) => p.name)).toEqual([]);
  });

  it('gives quotes the reader is left to place to the name given right after (“That’s Ana Lima, who …”), over a guess from the paragraph before', () => {
    const text = [
      'Tom Reyes said he hoped both sides would meet.',
      '“Half my customers work the docks. The other half think dockers have it too good.”',
      'That’s Lena Ortiz, who has run the bait shop on Pier 4 since 1994.',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.speaker, q.rule])).toEqual([['Lena Ortiz', 'named-after']]);
  });

  it('gives a document quoted passage by passage under its noun as a label to whoever the article said issued it', () => {
    const text = [
      'The Dock Workers Alliance has mailed a four-page letter to its members.',
      'The Gazette obtained a copy. Below are the key passages, each followed by notes.',
      'THE LETTER: “In June, a clear majority of you voted yes.”',
      'What it means: the alliance says the rules, not the members, sank the lease.',
      'Tom Reyes disagreed with that reading at the meeting.',
      'THE LETTER: “Whatever you decide, vote.”',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.speaker, q.rule])).toEqual([
      ['dock-workers', 'document'],
      ['dock-workers', 'document'],
    ]);
  });

  it('reads a verb opening a diary’s sentence and a place ending in Bridge or Falls as no one’s name', () => {
    const diary =
      'Marisol Vega sits across the partition.\n\nTold Marisol in the morning. “We have cookies,” she said.';
    expect(quotes(diary).map((q) => q.speaker)).toEqual(['Marisol Vega']);
    const place = [
      'Not everyone sees it his way. Gary Ostrowski, who has sold flies out of a shop in Cornwall Bridge since the 1990s, counts wardens among his customers.',
      'Before he drove off, the warden at West Cornwall told me he had voted.',
      '“Ask me in September,” he said.',
    ].join('\n\n');
    expect(run(place).people.map((p) => p.name)).not.toContain('Cornwall Bridge');
  });

  it('reads the quotes under a transcript’s label that names no one as any other quote', () => {
    const debate = [
      'Sen. Harold Bickford and Rep. Denise Arpin debated the deal on WTIC on Tuesday. It began with a recorded question.',
      'CALLER: “Why should I vote yes a second time?”',
      'BICKFORD: I would not. The deal has not changed.',
      'ARPIN: It has, and the layoffs are off the table.',
      'BICKFORD: They were never on it for long.',
    ].join('\n\n');
    const found = quotes(debate);
    expect(found.map((q) => q.text)).toEqual([
      'Why should I vote yes a second time?',
      'I would not. The deal has not changed.',
      'It has, and the layoffs are off the table.',
      'They were never on it for long.',
    ]);
    expect(found[0]?.speaker).toBeNull();
  });

  it('gives a call-in show’s turns to the caller its label names with a town, and keeps an unnamed caller’s', () => {
    const show = [
      'On Thursday’s show, host Tom Reyes took calls about the lease.',
      'REYES: Good morning. Gary in Preston, you’re first.',
      'GARY (PRESTON): Thanks, Tom. The lease is a bad deal for the town.',
      'REYES: So you would vote no.',
      'GARY: I would, and so would my neighbors.',
      'REYES: Next caller didn’t want to give a name. Go ahead.',
      'CALLER: Sign it and move on. We need the jobs.',
      'REYES: We’ll leave it there.',
    ].join('\n\n');
    expect(quotes(show).map((q) => [q.text, q.speaker])).toEqual([
      ['Good morning. Gary in Preston, you’re first.', 'tom-reyes'],
      ['Thanks, Tom. The lease is a bad deal for the town.', 'Gary'],
      ['So you would vote no.', 'tom-reyes'],
      ['I would, and so would my neighbors.', 'Gary'],
      ['Next caller didn’t want to give a name. Go ahead.', 'tom-reyes'],
      ['Sign it and move on. We need the jobs.', null],
      ['We’ll leave it there.', 'tom-reyes'],
    ]);
    expect(run(show).people.find((p) => p.name === 'Gary')?.isNew).toBe(true);
  });

  it('reads a label that names the host in parentheses, or a guest’s party, town or job, and keeps a radio script’s reporter out', () => {
    const show = [
      'HARBOR FORUM — EPISODE 12',
      'HOST (KIM PARK): Good evening. Tonight, the lease. Mayor, where do things stand?',
      'MAYOR ANA LIMA (D-EASTPORT): We will sign it this week.',
      'PARK: And the pilots?',
      'LEE CHEN (PILOT, EASTPORT): Not until the members vote.',
      'CALLER (WATERFORD): Sign it and move on.',
    ].join('\n\n');
    expect(quotes(show).map((q) => [q.text.slice(0, 20), q.speaker])).toEqual([
      ['Good evening. Tonigh', 'kim-park'],
      ['We will sign it this', 'ana-lima'],
      ['And the pilots?', 'kim-park'],
      ['Not until the member', 'lee-chen'],
      ['Sign it and move on.', null],
    ]);
    const script = [
      'The mayor spoke to reporters on Tuesday.',
      'SOT (Lima): We will sign it this week.',
      'REPORTER (HOLLIS): Lima says the lease is final. Pilots union president Lee Chen disagrees.',
      'SOT (Chen): Not until the members vote.',
    ].join('\n\n');
    expect(quotes(script).map((q) => [q.text.slice(0, 20), q.speaker])).toEqual([
      ['We will sign it this', 'ana-lima'],
      ['Not until the member', 'lee-chen'],
    ]);
  });

  it('reads a numbered, timed post of a reprinted thread ("3. (10:09 a.m.) Reyes: "…"") as a colon hand-over', () => {
    const thread = [
      'Our reporter covered the hearing live. His thread is reprinted below.',
      '2. (10:06 a.m.) Dock alliance spokesman Tom Reyes up first.',
      '3. (10:09 a.m.) Reyes: "These notices are not a bluff."',
      '4. (10:12 a.m.) Chen: "We will see."',
    ].join('\n\n');
    expect(quotes(thread).map((q) => [q.text, q.speaker, q.rule])).toEqual([
      ['These notices are not a bluff.', 'tom-reyes', 'before-quote:colon'],
      ['We will see.', 'lee-chen', 'before-quote:colon'],
    ]);
    // A quote running on into the next post, after its number and time; a name put to someone.
    const more = [
      'Our reporter covered the hearing live. His thread is reprinted below.',
      '5. (10:15 a.m.) Co-chair Rep. Ana Lima (D-Eastport) to Reyes: "Is there any room at all?"',
      '7. (10:18 a.m.) Reyes: "If there is language people did not understand, we will clarify it.',
      '8. (10:18 a.m.) "What we will not do is write a new lease." #harbor',
    ].join('\n\n');
    expect(quotes(more).map((q) => [q.text.slice(0, 20), q.speaker])).toEqual([
      ['Is there any room at', 'ana-lima'],
      ['If there is language', 'tom-reyes'],
      ['What we will not do ', 'tom-reyes'],
    ]);
  });

  it('reads an arbitrator’s or an auditor’s title as no part of the name', () => {
    const text =
      'Arbitrator Joan Halloran heard the case. "I am going to decide what the clause means," she said.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Joan Halloran']);
  });

  it('reads a "he" after a sentence that opens with "he" as that sentence’s subject, not as someone it names later', () => {
    const text = [
      'Hal Tierney, a former pipefitter who spent 18 years on the harbor board, died Sunday. He was 83.',
      'This summer, as Tom Reyes and the alliance wrangled over a lease the members had rejected in June, Tierney was one of the few old hands who spoke up.',
      'In a July interview, he said the alliance’s voting rule had outlived its purpose.',
      'He was just as blunt about the threat Reyes made to close the pier, calling it “a gun on the table” and saying Reyes should put the threat away.',
      '“You don’t get a yes by scaring people,” he said.',
    ].join('\n\n');
    const statements = run(text).statements;
    expect(statements.find((s) => s.text.startsWith('In a July interview'))?.speaker?.name).toBe(
      'Hal Tierney',
    );
    expect(statements.find((s) => s.text.startsWith('You don’t get'))?.speaker?.name).toBe('Hal Tierney');
  });

  it('reads a reader known by first name and town after a comma, or by a job at a named employer, as a new person of that name', () => {
    const column = [
      'More than 200 of you wrote in. As always, I use first names and hometowns only.',
      'Karen, from Hamden, works in the harbor office. She voted yes in June.',
      '“I’ll vote yes again,” she wrote.',
      'Marisol, a Department of Motor Vehicles clerk from West Haven, read it the other way.',
      '“We are all in this together or we are not,” Marisol wrote.',
    ].join('\n\n');
    expect(quotes(column).map((q) => q.speaker)).toEqual(['Karen', 'Marisol']);
  });

  it('reads a nickname of two words someone is known by as that person, never as someone new', () => {
    const text = [
      'Walter Okafor, our president from 1988 to 2002, whom most of you know as "Big Walt." stopped by the hall.',
      '"Sign the lease," Big Walt said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Walter Okafor']);
    expect(run(text).people.map((p) => p.name)).toEqual(['Walter Okafor']);
  });

  it('does not read "I’m Ray" as naming someone whose surname is Ray', () => {
    const script = [
      'The spot is paid for by a group called Keep Bristol Working. Here is its script:',
      'ANNOUNCER: “This fall, Bristol’s teachers have a choice to make.”',
      'MARIA: “I’m Maria. I teach fourth grade. In May I voted no.”',
      'JOE: “I’m Joe. I drive a school bus.”',
      'MARIA: “Then I read the contract again. That’s worth a yes.”',
      'ANNOUNCER: “Vote yes. Paid for by Keep Bristol Working.”',
    ].join('\n\n');
    expect(quotes(script).map((q) => q.text)).toEqual([
      'This fall, Bristol’s teachers have a choice to make.',
      'I’m Maria. I teach fourth grade. In May I voted no.',
      'I’m Joe. I drive a school bus.',
      'Then I read the contract again. That’s worth a yes.',
      'Vote yes. Paid for by Keep Bristol Working.',
    ]);
    // (Its labels are no headings either: nothing of the script is set aside as one.)
    expect(run(script).skipped).toEqual([]);
  });

  it('reads "confirmed that" as reporting someone’s words, and "was confirmed by" as not', () => {
    const text =
      'Agency spokeswoman Dana Whitfield confirmed that the scales had run “on a reduced schedule” since July.';
    expect(quotes(text).map((q) => [q.text, q.speaker])).toEqual([
      ['on a reduced schedule', 'Dana Whitfield'],
    ]);
    expect(paraphrasesIn(text).map((p) => p.speaker?.name)).toEqual(['Dana Whitfield']);
    const passive =
      'Dana Whitfield was confirmed by the Senate as commissioner on Tuesday after a long debate.';
    expect(paraphrasesIn(passive)).toEqual([]);
  });

  it('gives a quote in a second "that" clause of a report to whoever the report is of', () => {
    const text =
      'Rita Moss, a spokeswoman for the alliance, said Monday that “nothing is off the table” and that the alliance would have more to say “by the end of the week.”';
    expect(quotes(text).map((q) => [q.text, q.speaker, q.rule])).toEqual([
      ['nothing is off the table', 'Rita Moss', 'before-quote:speaker-verb'],
      ['by the end of the week.', 'Rita Moss', 'same-report'],
    ]);
    // (A second quote with its own speaker after "and" is theirs.)
    const two = 'Rita Moss said that “nothing is off the table,” and Ana Lima said “we are ready.”';
    expect(quotes(two).map((q) => q.speaker)).toEqual(['Rita Moss', 'ana-lima']);
  });

  it('gives a message read out “from” someone, maybe of a town, to its sender', () => {
    const show = [
      'Our hosts answered your questions about the lease on Thursday night.',
      'Next, from Dora Quintana in Westbrook: “My son works the night shift. Is his job safe?”',
      'This is from Mr. Paul Okafor of Essex: “Who pays for the new cranes?”',
      'From Hartford to Boston: “the longest drive of my life,” one trucker said.',
    ].join('\n\n');
    expect(quotes(show).map((q) => q.speaker)).toEqual(['Dora Quintana', 'Paul Okafor', null]);
  });

  it('gives a quote that opens “I’m” and a full name to that person, and one with a first name alone to no guess', () => {
    const full = [
      '“We paid for every second of it,” said Rita Moss.',
      '“Hi, I’m Carla Voight, and I teach fourth grade.”',
    ];
    expect(quotes(full.join('\n\n')).map((q) => [q.speaker, q.rule])).toEqual([
      ['Rita Moss', 'after-quote:verb-speaker'],
      ['Carla Voight', 'self-introduction'],
    ]);
    const first = [
      '“We paid for every second of it,” said Rita Moss.',
      '“I’m Denise. I plow the roads in winter.”',
    ];
    expect(quotes(first.join('\n\n')).map((q) => q.speaker)).toEqual(['Rita Moss', null]);
  });

  it('reads a student’s year before a name as a title (“Senior Jacob Ferreira”)', () => {
    const text = [
      '“My mom was up at 2 a.m. doing the math,” said Senior Jacob Ferreira.',
      'Sophomore Tyler Nguyen said he thought the board was right.',
      '“It’s their rule,” Ferreira said.',
    ].join('\n\n');
    expect(run(text).people.map((p) => p.name)).toEqual(['Jacob Ferreira', 'Tyler Nguyen']);
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Jacob Ferreira', 'Jacob Ferreira']);
  });

  it('finds someone of a double surname by its first part (“Ortega” after “Luis Ortega Saldaña”), not a middle first name', () => {
    const text = [
      'Luis Ortega Saldaña, a highway maintainer who lives in Waterbury, voted no in June.',
      '“Then they changed the rules,” Ortega said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Luis Ortega Saldaña']);
    const middle = [
      'Mary Ellen Whitcomb, a nurse in Norwich, voted yes.',
      '“It was close,” Ellen said.',
    ].join('\n\n');
    expect(quotes(middle).map((q) => q.speaker)).not.toEqual(['Mary Ellen Whitcomb']);
  });

  it('gives a letter’s “I told my son, "…"” to the letter’s writer, not to whom the next sentence names', () => {
    const page = [
      'LETTERS',
      'I told my son, who works the night shift at the port, "Vote yes and keep your job." He told me Ana Lima was wrong.',
      '— Walter Kopp, Groton',
      'Nobody asked us. The alliance should have.',
      '— Dora Quintana, Mystic',
    ].join('\n\n');
    const quoted = quotes(page).find((q) => q.text.startsWith('Vote yes'));
    expect([quoted?.speaker, quoted?.rule]).toEqual(['Walter Kopp', 'before-quote:speaker-verb']);
  });

  it('reads a road ending in Turnpike, Highway, Parkway or Boulevard as no one’s name', () => {
    const road = [
      'The DOT’s main office is at 2800 Berlin Turnpike, where 1,000 people work.',
      '“I voted yes,” said Rick Albanese, a bridge engineer.',
      '“These are our neighbours,” Maureen Kalinowski said.',
      'Back on the Turnpike, Albanese said he had already started a list.',
      '“Cable’s the first to go,” he said.',
    ].join('\n\n');
    expect(run(road).people.map((p) => p.name)).not.toContain('Berlin Turnpike');
    expect(quotes(road).map((q) => q.speaker)).toEqual([
      'Rick Albanese',
      'Maureen Kalinowski',
      'Rick Albanese',
    ]);
    expect(paraphrasesIn(road).map((p) => p.speaker?.name)).toEqual(['Rick Albanese']);
  });

  it('reads someone who gives only a first name by that name', () => {
    const text =
      '“My husband got a notice in July,” said a woman at the pier who would give only her first name, Renee.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Renee']);
  });

  it('gives a pronoun to the subject of a last clause after ", and", and to whom the writer asked', () => {
    const clause = [
      'Tom Reyes and Carl Dunn, a pilot, came. “We are here,” Dunn said.',
      'By 4 p.m. the grilled fish was long gone, the harbor race had been won for the third straight year by two retired pilots, and Reyes was on a ladder taking down the banner.',
      '“Next year,” he said, “the race comes first.”',
    ].join('\n\n');
    expect(quotes(clause).map((q) => q.speaker)).toEqual(['Carl Dunn', 'tom-reyes', 'tom-reyes']);
    const asked = [
      'By Lena Ortiz',
      'A reader who asked that his name not be used wrote that we printed the figure “as if it were a weather forecast.”',
      'I put that to Rosa Vega, Tom Reyes’s spokeswoman.',
      '“The number we gave is the number we have,” she said.',
    ].join('\n\n');
    expect(quotes(asked).map((q) => q.speaker)).toEqual([null, 'rosa-vega']);
  });

  it('gives a report whose speaker comes after it, the verb closing the sentence, to that speaker', () => {
    const text = 'Kim Park will sign the lease by Friday, Tom Reyes said in an email.';
    expect(paraphrasesIn(text).map((p) => p.speaker?.id)).toEqual(['tom-reyes']);
    // A verb that goes on to report is the subject's: the name before it opens the report.
    const opening = 'Kim Park, after the meeting, said Tom Reyes would sign the lease.';
    expect(paraphrasesIn(opening).map((p) => p.speaker?.id)).toEqual(['kim-park']);
  });

  it('gives each sentence of a letter on a letters page to its signer, and one quoting someone else to that speaker alone', () => {
    const page = [
      'Sign it now',
      'The lease is fair. As Ana Lima said last week, “the harbor cannot wait another summer.”',
      'Carla Diaz\nMystic',
      'Wait for the vote',
      'Nobody has read the lease yet.',
      'Omar Kell\nGroton',
    ].join('\n\n');
    expect(quotes(page).map((q) => [q.text, q.speaker, q.rule])).toEqual([
      ['The lease is fair.', 'Carla Diaz', 'letter-signature'],
      ['the harbor cannot wait another summer.', 'ana-lima', expect.any(String)],
      ['Nobody has read the lease yet.', 'Omar Kell', 'letter-signature'],
    ]);
    expect(run(page).statements.find((s) => s.rule === 'letter-signature')?.medium).toBe('LETTER');
  });

  it('gives letters printed in quote marks, each signed under it with a title and a town, to their own signers', () => {
    const page = [
      '“We wait,” Tom Reyes said at the hall.',
      'FROM THE MAILBAG',
      'We got more mail than ever. Excerpts follow.',
      '"I voted no in May and I am voting no again."',
      '-- Carla Diaz, Crane Operator II, Mystic',
      '"To the fence-sitters: I lost my job once.',
      '"Sign the lease. Nobody is coming with a better one."',
      '-- Omar Kell, Pilot, Groton',
    ].join('\n\n');
    expect(quotes(page).map((q) => [q.text, q.speaker, q.rule])).toEqual([
      ['We wait', 'tom-reyes', 'after-quote:speaker-verb'],
      ['I voted no in May and I am voting no again.', 'Carla Diaz', 'letter-signature'],
      ['To the fence-sitters: I lost my job once.', 'Omar Kell', 'letter-signature'],
      ['Sign the lease. Nobody is coming with a better one.', 'Omar Kell', 'letter-signature'],
    ]);
  });

  it('reads a repeated paragraph label that names no one ("Update:") as a heading, not a speaker', () => {
    const text = [
      'Live updates from the dock.',
      'Update: The council met at noon and Tom Reyes spoke.',
      '“We wait,” Reyes said.',
      'Update: The vote is Tuesday.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.text)).toEqual(['We wait']);
    expect(run(text).skipped.map((s) => s.reason)).toEqual([
      'a label that names no one (a heading)',
      'a label that names no one (a heading)',
    ]);
  });

  it('does not take a known first name for the person when a surname of someone else follows', () => {
    expect(quotes('“We wait,” said Rosa Lind, a crane operator.')[0]?.speaker).toBe('Rosa Lind');
    expect(quotes('“We wait,” said Rosa.')[0]?.speaker).toBe('rosa-vega');
    expect(quotes('“We wait,” said Rosa Vega.')[0]?.speaker).toBe('rosa-vega');
  });

  it('finds the subject after an aside in dashes, and the pronoun after a fronted description', () => {
    const text = [
      'Ana Lima has led the city since 2020.',
      'A nurse for 20 years, she voted for the lease. When it failed — short of what Tom Reyes wanted — she said she "went home and slept."',
    ].join('\n\n');
    expect(quotes(text)[0]?.speaker).toBe('ana-lima');
  });

  it('does not give words quoted at the end of a reporter’s sentence to the next sentence’s speaker', () => {
    const text =
      'The mayor’s office said in a statement that the lease “will not change.” Tom Reyes, the alliance’s spokesman, said the terms had moved.';
    expect(quotes(text)[0]?.speaker).not.toBe('tom-reyes');
    // A quote closed by a comma is the speaker's who follows.
    expect(
      quotes('“The lease will not change,” Tom Reyes, the alliance’s spokesman, said.')[0]?.speaker,
    ).toBe('tom-reyes');
  });

  it('gives a pronoun set off by commas to the person who opens the sentence', () => {
    const text = [
      '“We will sign,” Tom Reyes said.',
      'Chen gets the last word, because, he said, nobody asked him before.',
      '“Write this down: they will remember,” he said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['tom-reyes', 'lee-chen']);
    expect(paraphrasesIn(text)[0]?.speaker?.id).toBe('lee-chen');
    // Not when the sentence only names the person after a verb: "It was X, he said, who …".
    expect(
      paraphrasesIn('“We will sign,” Tom Reyes said.\n\nIt was Lee Chen, he said, who voted no first.')[0]
        ?.speaker?.id,
    ).toBe('tom-reyes');
  });

  it('reads "dubbed" and "a letter asking …" as attributions, but not "asking for"', () => {
    expect(quotes('Tom Reyes dubbed the exercise “a lease with a thesaurus.”')[0]?.speaker).toBe('tom-reyes');
    expect(
      quotes('Tom Reyes sent the mayor a letter asking the city to “clarify the terms of the lease.”')[0]
        ?.speaker,
    ).toBe('tom-reyes');
  });

  it('resolves a pronoun to the person a paragraph introduces, after a fronted "Asked …,"', () => {
    const text = [
      '“The lease is signed,” the mayor said.',
      'The last word goes to Maria Soto, a crane operator. Asked what she would tell the mayor, she didn’t hesitate.',
      '“I am not a line item.”',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['ana-lima', 'Maria Soto']);
  });

  it('links a first name alone to the one person the article named in full with it', () => {
    const text = [
      'Paul Gagnon and Maria Gagnon share a kitchen and a mortgage.',
      '“He thinks he is making a stand,” Maria said.',
      '“It scared me,” Paul said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Maria Gagnon', 'Paul Gagnon']);
    // Not when it opens a longer name, nor when two people share it.
    expect(quotes('Tom Reyes spoke first.\n\n“We wait,” Tom Lind said.')[0]?.speaker).toBe('Tom Lind');
    expect(
      quotes('Maria Gagnon and Maria Soto came in.\n\n“We wait,” Maria said.')[0]?.speaker ?? null,
    ).toBeNull();
  });

  it('finds a surname in a full name said inside an earlier quote', () => {
    const text =
      '“Dan Rourke is live at the dock tonight,” the anchor said.\n\n“Nobody is blinking,” Rourke said.';
    expect(quotes(text)[1]?.speaker).toBe('Dan Rourke');
  });

  it('gives a statement read on the air, or one that names whom it quotes, to that person', () => {
    const read = [
      'Lima read a statement on the air from Tom Reyes, the alliance’s spokesman.',
      '“Our members have spoken clearly,” the statement said.',
    ].join('\n\n');
    expect(quotes(read)[0]?.speaker).toBe('tom-reyes');
    const quoting =
      '“We have not withdrawn our request,” the statement said, quoting the alliance’s spokesman, Tom Reyes.';
    expect(quotes(quoting)[0]?.speaker).toBe('tom-reyes');
  });

  it('gives an unnamed spokesperson’s words to the organization they speak for', () => {
    expect(
      quotes('A spokeswoman for the Dock Workers Alliance said Reyes would have “more to say” next week.')[0]
        ?.speaker,
    ).toBe('dock-workers');
  });

  it('gives the quotes after "The release went on …" to the release’s author', () => {
    const text = [
      '“Signing this lease is a mistake,” Tom Reyes said in the release.',
      'The release went on for several more paragraphs, most of them aimed at the mayor.',
      '“Meanwhile, the city has spent a month waiting.',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.speaker, q.rule])).toEqual([
      ['tom-reyes', 'after-quote:speaker-verb'],
      ['tom-reyes', 'document'],
    ]);
  });

  it('reads a radio call-in’s callers, known by first name and town, as new people', () => {
    const text = [
      'Host Tom Reyes took calls all afternoon.',
      'The first caller, Linda from Norwich, said she works on a road crew.',
      '“Just let us vote again,” she said.',
      'Pat from Mystic had a practical question: “Do we keep the health plan?”',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Linda', 'Pat']);
    const inTown = [
      'Host Tom Reyes took calls all afternoon.',
      'Rick in Glastonbury, who owns a landscaping company, said he had heard enough.',
      '“They had a vote. They lost,” Rick said.',
    ].join('\n\n');
    expect(quotes(inTown).map((q) => q.speaker)).toEqual(['Rick']);
    // Not a town or a plural before "from".
    expect(quotes('Officials from Hartford were there. “We wait,” one said.')[0]?.speaker ?? null).toBeNull();
  });

  it('reads a quote inside a transcript’s turn as its own speaker’s when the turn names them, and only then', () => {
    const text = [
      'This week on the podcast: Ana Ruiz and Pete Moss.',
      'Ana: Republicans are not happy. Lee Chen, the harbor master, called it “a rerun of June.” I agree.',
      'Pete: He said, “We wait.” Our show is called “Dock Talk.”',
      'Ana: That is all for this week.',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.text, q.speaker])).toEqual([
      [
        'Republicans are not happy. Lee Chen, the harbor master, called it “a rerun of June.” I agree.',
        'Ana Ruiz',
      ],
      ['a rerun of June.', 'lee-chen'],
      ['He said, “We wait.” Our show is called “Dock Talk.”', 'Pete Moss'],
      ['That is all for this week.', 'Ana Ruiz'],
    ]);
  });

  it('reads an interview’s answers labelled with initials as the person the article names with them', () => {
    const text = [
      'By Jo Hart. We spoke with the pollster Ruth Abramowitz.',
      'HG: How do voters feel about the lease?',
      'RA: Fifty-four percent approve.',
      'HG: And the council?',
      'RA: Less well.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Ruth Abramowitz', 'Ruth Abramowitz']);
  });

  it('reads present-tense answers and remarks as speech verbs', () => {
    const text = [
      'A delegate challenges Tom Reyes: “You want to walk out with nothing?”',
      '“I’m proposing we stop letting others vote on our lease,” Reyes answers.',
      '“It’s a long night,” Ana Lima remarks.',
    ].join('\n\n');
    expect(
      quotes(text)
        .slice(1)
        .map((q) => [q.speaker, q.rule]),
    ).toEqual([
      ['tom-reyes', 'after-quote:speaker-verb'],
      ['ana-lima', 'after-quote:speaker-verb'],
    ]);
    // A sentence's "answers" elsewhere is no speech verb: a nickname stays none.
    expect(quotes('The aides call her “Mom,” a nickname she answers to anyway.')).toEqual([]);
  });

  it('reads a thread of posts by username, each its author’s, the one the username spells when named', () => {
    const thread = [
      'Our forum hosted Theresa Vollaro, a steward at the port, moderated by Greg Halloran.',
      'greg_halloran (moderator): Welcome, Theresa.',
      'TheresaV_Pilots: Thanks for having me. Ask away.',
      'plowguy_CT: You lost the vote fair and square. How is that not rigging it?',
      'TheresaV_Pilots: Fair question. The old rule was written for a different vote.',
      'And nobody is being forced. You can still vote no.',
      'plowguy_CT: Fine.',
    ].join('\n\n');
    expect(quotes(thread).map((q) => [q.text, q.speaker])).toEqual([
      ['Welcome, Theresa.', 'Greg Halloran'],
      ['Thanks for having me. Ask away.', 'Theresa Vollaro'],
      ['You lost the vote fair and square. How is that not rigging it?', null],
      ['Fair question. The old rule was written for a different vote.', 'Theresa Vollaro'],
      ['And nobody is being forced. You can still vote no.', 'Theresa Vollaro'],
      ['Fine.', null],
    ]);
    // Names and headings are no usernames: "Update:" twice is no thread.
    expect(quotes('Update: The vote is Tuesday.\n\nUpdate: It passed.\n\nDeLuca: Good.')).toEqual([]);
  });

  it('reads a call-in column’s messages signed with a town only as statements of no one', () => {
    const column = [
      'Sound Off is our reader call-in line. Callers are not identified by name.',
      'I voted yes because I can count. Let the majority rule. — Seymour',
      'To the dock workers who voted no: enjoy the unemployment line. — Waterbury',
    ].join('\n\n');
    expect(quotes(column)).toEqual([
      { text: 'I voted yes because I can count. Let the majority rule.', speaker: null, rule: null },
      { text: 'To the dock workers who voted no: enjoy the unemployment line.', speaker: null, rule: null },
    ]);
    // One such paragraph is no column.
    expect(quotes('We will sign it this week. — Seymour')).toEqual([]);
  });

  it('reads a short form of one first name the article gave in full as that person', () => {
    const text = [
      'Stanley Wojcik, who retired from the port in 1999, said he was glad the lease passed.',
      '“In my day, if you lost the vote, you lost the vote,” Stan said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Stanley Wojcik']);
    // Two first names it may shorten: neither.
    const two = 'Daniel Ross came in. Danielle Kerr came in late.\n\n“We wait,” Dan said.';
    expect(quotes(two)[0]?.speaker ?? null).toBeNull();
  });

  it('reads a poll’s respondents, known by first name and age, as new people', () => {
    const text = [
      'Respondents are identified by first name, age and hometown.',
      'Linda, 61, of Hamden, a retired bus driver, said she had nothing against dock workers.',
      '“They had a deal in their hands,” she said.',
      'Terrence, 34, of West Haven, said his sister voted no.',
      '“She thinks they’ll come back with something better,” he said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Linda', 'Terrence']);
    // The end of a full name with an age is that person, not someone of one name; so is the first
    // name of someone named in full before.
    expect(quotes('Paul Linda, 61, spoke. “We wait,” he said.')[0]?.speaker).toBe('Paul Linda');
    const named =
      'Paul Gagnon came to the porch.\n\nPaul, 51, a highway maintainer, voted no.\n\n“Not twice,” he said.';
    expect(quotes(named)[0]?.speaker).toBe('Paul Gagnon');
    // One known by first name and what they do: a caller's.
    const caller =
      'The next caller, Karen, a nurse at the port clinic, said she voted no.\n\n“I was proud of that vote,” she said.';
    expect(quotes(caller)[0]?.speaker).toBe('Karen');
    const who =
      'Marisol, who lives in the North End, was waiting for a bus.\n\n“I voted with my checkbook,” she said.';
    expect(quotes(who)[0]?.speaker).toBe('Marisol');
    // Named in full later, they are the full name from then on.
    const later = [
      'Her husband, Hector, a correction officer at the port, did not get one.',
      '“I knew she would get a notice,” Hector Quintero said.',
      'Hector saw it differently. “Not twice,” he said.',
    ].join('\n\n');
    expect(quotes(later).map((q) => q.speaker)).toEqual(['Hector Quintero', 'Hector Quintero']);
    // Named in full only after they spoke, their words are the full name's too; not where two of
    // the article's people in full share the first name.
    const revealed = `${caller}\n\nReached Thursday, she gave her full name, Karen Szymanski, and said she has worked there 11 years.`;
    expect(quotes(revealed)[0]?.speaker).toBe('Karen Szymanski');
    const two = `${revealed}\n\nKaren Lopez, her supervisor, said nothing.`;
    expect(quotes(two)[0]?.speaker).toBe('Karen');
    expect(quotes('Mystic, a village of 4,000, voted. “We wait,” one said.')[0]?.speaker ?? null).toBeNull();
  });

  it('reads both of a couple named with one surname, so that either’s first name later is theirs', () => {
    const text = [
      'On the porch of Paul and Renee Gagnon’s house there is a lawn sign.',
      '“I told her the night I mailed it,” Paul said.',
      '“That’s not true,” Renee said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Paul Gagnon', 'Renee Gagnon']);
    // Not a couple: a word that is no first name before "and".
    expect(
      quotes('Under Tolland and Ana Lima’s plan, nothing changes. “We wait,” Paul said.')[0]?.speaker ?? null,
    ).toBeNull();
  });

  it('reads "my uncle" in a first-person piece as the relative the writer introduced by that word', () => {
    const text = [
      'By Nora Quinlan',
      'My uncle, Sal Ferraro, owns a paving company. My mother, Rose Quinlan, retired from the DMV.',
      '“Ten percent of them could go tomorrow,” my uncle said.',
      'My mother, who has opinions about everything, had one about the bylaws. When she visited my class, she told the students she had voted on three contracts.',
      '“Rules are supposed to serve the people,” she said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Sal Ferraro', 'Rose Quinlan']);
    // "my dad" is the father the writer introduced, here the one a Q&A's answers are from.
    const interview = [
      'By Nora Quinlan',
      'My father, Ray Quinlan, has plowed state roads for 19 years.',
      'I sat down with my dad on our back porch on Labor Day.',
      'Q: What was it like at work in June?',
      'A: Honestly? Quiet.',
    ].join('\n\n');
    expect(quotes(interview).map((q) => q.speaker)).toEqual(['Ray Quinlan']);
    // A relative the writer never introduced by name is no one in particular.
    expect(quotes('By Nora Quinlan\n\n“We wait,” my cousin said.')[0]?.speaker ?? null).toBeNull();
    // Someone else's relative, introduced so in a news story, is theirs too; "her brother" is not.
    const obituary = [
      'Walter Sobczak plowed state roads for 30 years.',
      'His brother, Stanley Sobczak of Plainville, said Wally never understood indoor jobs.',
      'Coach Ray Dunn led the team. “He liked the storms,” his brother said.',
      '“She liked the sea,” her brother said.',
    ].join('\n\n');
    expect(quotes(obituary).map((q) => q.speaker)).toEqual(['Stanley Sobczak', null]);
    // "Torrington High" is a school, not someone a later "he" could mean.
    const school = [
      '“I’ve got two kids at Torrington High and a mortgage,” Ray Gosselin said.',
      'Back at the Torrington garage, crew leader Luis Ocasio said his crew had slept in shifts.',
      '“We’ll catch up on sleep in October,” he said.',
    ].join('\n\n');
    expect(quotes(school).map((q) => q.speaker)).toEqual(['Ray Gosselin', 'Luis Ocasio']);
  });

  it('takes the subject after "As" and after a leading "Then", and the pronoun of a main clause after "Asked …,"', () => {
    const text = [
      'Our president, Maria Gagnon, spoke first.',
      'Then she walked us through the new document.',
      '“What changed is that we have answers in writing.',
      'As Maria put it at the end of the night: “Vote. Whatever you decide, vote.”',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Maria Gagnon', 'Maria Gagnon']);
    const asked = [
      '“We wait,” Tom Reyes said.',
      '“The lease is fine,” Ana Lima said.',
      'Asked whether the city should reopen the lease, she didn’t hesitate. “No. The numbers are the numbers.”',
    ].join('\n\n');
    expect(quotes(asked).map((q) => q.speaker)).toEqual(['tom-reyes', 'ana-lima', 'ana-lima']);
  });

  it('reaches further back for "she" when only one of the people named there is known to be a woman', () => {
    const text = [
      '“We will sign,” Ana Lima said.',
      'Pat from Mystic called in.',
      'The hour went on.',
      'The phones kept ringing.',
      'Near the end, Tom Reyes asked Lima to predict the vote.',
      '“I think it passes,” she said.',
    ].join('\n\n');
    expect(quotes(text).at(-1)?.speaker).toBe('ana-lima');
    // An unnamed reader is someone: her words stay unattributed.
    const reader = [
      '“We will sign,” Ana Lima said.',
      'A reader who works for the port, and whose name we have withheld at her request, took the opposite view.',
      '“I voted no,” she wrote.',
    ].join('\n\n');
    expect(quotes(reader).at(-1)?.speaker ?? null).toBeNull();
  });

  it('reads verbs of manner right after a quote, next to a name, as attributions', () => {
    const text = [
      '“It is a good lease for somebody,” Reyes allowed, wiping down a table.',
      '“Ask me on a Monday, I am a yes,” laughed Chen.',
      '“We sent notices into this yard—” Ana Lima began.',
      '“If we vote again, we are telling them to wait us out and—” Reyes was saying, when the room erupted.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['tom-reyes', 'lee-chen', 'ana-lima', 'tom-reyes']);
  });

  it('keeps a quote ending in ! with a name, an appositive and a verb after it in one sentence', () => {
    const text =
      '“Then let him come run it!” Carl Witkowski, a crane operator with 22 years on the job, shouted.';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'Carl Witkowski', rule: 'after-quote:speaker-verb' });
  });

  it('reads "Said X, more seriously:" and "Her answer:" before a quote', () => {
    const text = [
      'Mayor Ana Lima spoke last. Her answer: “Put it back on the ballot.”',
      'Said Reyes, more seriously: “What scares me is the rent.”',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.speaker, q.rule])).toEqual([
      ['ana-lima', 'before-quote:colon'],
      ['tom-reyes', 'before-quote:verb-speaker'],
    ]);
    // The opening "Said" is no part of a new person's name.
    const newcomer =
      'Janelle Hodge, a social worker, had waited all week.\n\nSaid Hodge, more seriously: “What scares me is the rent.”';
    expect(quotes(newcomer)[0]?.speaker).toBe('Janelle Hodge');
    expect(run(newcomer).people.map((p) => p.name)).toEqual(['Janelle Hodge']);
  });

  it('reads "X, she said in a phone interview, "…"" as hers, and names in a fronted phrase as no subject', () => {
    expect(
      quotes(
        'Kim Park spoke to us. But the mayor, she said in a phone interview, “left money on the table.”',
      )[0],
    ).toMatchObject({ speaker: 'kim-park' });
    const fronted =
      'In a statement responding to the alliance’s criticism, a clerk said the lease “was negotiated in good faith.”';
    expect(quotes(fronted)[0]?.speaker).toBeNull();
    // "The office" is the office the article brought up last.
    const office =
      'The mayor’s office did not respond. In a statement responding to the alliance’s criticism, the office said the lease “was negotiated in good faith.”';
    expect(quotes(office)[0]?.speaker).toBe('city-hall');
  });

  it('names a quote left to the reader by "That was X" right after it in the same paragraph', () => {
    const text =
      'THE CLAIM: “You cannot change the rules in the middle of the game.” That was Tom Reyes, last month.';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'tom-reyes', rule: 'named-after' });
    // A fact-check's field after the claim's paragraph names it too.
    const field =
      'THE CLAIM: “You cannot change the rules in the middle of the game.”\n\nWHO SAID IT: Tom Reyes, the alliance’s spokesman, in a statement.\n\nTHE FACTS: The bylaws allow it.';
    expect(quotes(field)[0]).toMatchObject({ speaker: 'tom-reyes', rule: 'named-after' });
  });

  it('reads "shot back" as a speech verb', () => {
    expect(quotes('“Then put it in writing,” Reyes shot back.')[0]).toMatchObject({ speaker: 'tom-reyes' });
  });

  it('finds a person named in full by a double surname, not someone new', () => {
    const result = run(
      'The pastor, the Rev. Wilfredo Santiago Roldán, opened the meeting.\n\n“We are on the side of the families,” Santiago Roldán said.',
    );
    expect(result.statements.map((s) => s.speaker?.name)).toEqual(['Wilfredo Santiago Roldán']);
    expect(result.people.filter((p) => p.isNew).map((p) => p.name)).toEqual(['Wilfredo Santiago Roldán']);
  });

  it('leaves a clergy title and "Retired" before a rank out of a new person’s name', () => {
    const pastor = run(
      'Father Thomas Kerrigan, our pastor, opened the evening.\n\n“Listen to each other,” Father Kerrigan said.',
    );
    expect(pastor.statements.map((s) => s.speaker?.name)).toEqual(['Thomas Kerrigan']);
    const retired = run(
      'Retired Master Sgt. Harold Pike, who chairs the retirees, said the pilots want answers.',
    );
    expect(retired.people.filter((p) => p.isNew).map((p) => p.name)).toEqual(['Harold Pike']);
  });

  it('leaves a rank out of a new person’s name', () => {
    const result = run(
      'Trooper Nick Albanese, who works out of Troop E, said he has applied elsewhere. “I am first out the door,” Albanese said.',
    );
    expect(result.people.filter((p) => p.isNew).map((p) => p.name)).toEqual(['Nick Albanese']);
  });

  it('reads the main clause after a fronted subordinate clause as the subject a pronoun refers to', () => {
    expect(
      quotes(
        'When I asked Reyes about it, spokeswoman Kim Park was crisp. “Nothing has changed,” she said.',
      )[0],
    ).toMatchObject({ text: 'Nothing has changed', speaker: 'kim-park' });
  });

  it('gives "the treasurer" to the person named last whose title holds the word', () => {
    expect(quotes('Kim Park took the microphone. “We are ready,” the treasurer said.')[0]).toMatchObject({
      speaker: 'kim-park',
    });
  });

  it('leaves a place before an office out of a new person’s name, and gives "the selectwoman" to her', () => {
    const result = run(
      'Harbor Falls First Selectwoman Joan Whitlock said the port pays for her schools.\n\n“I am not a member,” the selectwoman said.',
    );
    expect(
      result.people.filter((p) => p.isNew).map((p) => [p.name, p.role?.title, p.role?.organizationName]),
    ).toEqual([['Joan Whitlock', 'First Selectwoman', 'Harbor Falls']]);
    expect(
      quotes(
        'Harbor Falls First Selectwoman Joan Whitlock spoke first.\n\n“I am not a member,” the selectwoman said.',
      ),
    ).toEqual([{ text: 'I am not a member', speaker: 'Joan Whitlock', rule: 'after-quote:speaker-verb' }]);
  });

  it('does not take a relative clause after a name for the new person’s title', () => {
    const result = run(
      'Harbor Falls First Selectwoman Joan Whitlock, whose town is home to the shipyard, said it pays for her schools.',
    );
    expect(result.people.filter((p) => p.isNew).map((p) => p.role?.title)).toEqual(['First Selectwoman']);
  });

  it('finds her further back when nobody else of her gender was named since', () => {
    const text = [
      'Rosa Delgado has worked the cranes for 20 years. “I will vote yes,” she said.',
      'Tom Reyes, who studies ports, said stewards decide such votes.',
      '“Members read the steward,” Reyes said.',
      'And if the vote fails?',
      '“Then I go home,” she said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Rosa Delgado', 'tom-reyes', 'Rosa Delgado']);
    // With another woman named in between, "she" stays unattributed rather than guessed.
    const two = text.replace('Tom Reyes, who', 'Kim Park, the treasurer, said nothing.\n\nTom Reyes, who');
    expect(quotes(two).at(-1)?.speaker).toBeNull();
  });

  it('leaves "she said" after someone’s kin named by first name unattributed, not the woman named before', () => {
    const text = [
      '“The notices stand,” Ana Lima said.',
      'Their daughter, Maya, 19, is home for the summer. She has heard both sides.',
      '“Honestly, they are both right,” she said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['ana-lima', null]);
  });

  it('leaves "he said" after an unnamed trooper unattributed', () => {
    const text =
      '“We are done,” Tom Reyes said.\n\nOne trooper, who asked not to be named, said the mood was sour.\n\n“Half the guys want out,” he said.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['tom-reyes', null]);
  });

  it('leaves a host’s title out of her name', () => {
    const result = run('Host Nora Whitcomb opened the hour. “Why vote at all?” Whitcomb asked.');
    expect(result.people.filter((p) => p.isNew).map((p) => p.name)).toEqual(['Nora Whitcomb']);
  });

  it('gives "the union president" to the person named last who is president of a union', () => {
    const text = 'Lee Chen took questions.\n\n“We will not sail,” the union president said.';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'lee-chen' });
    // No union holds Reyes's title: "the union spokesman" finds nobody.
    expect(quotes('Tom Reyes took questions.\n\n“Maybe,” the union spokesman said.')[0]?.speaker).toBeNull();
  });

  it('reads "X pressed:" and "X turned to …:" as a hand-over to X', () => {
    expect(quotes('Lima pressed: “So the lease is dead?”')[0]).toMatchObject({
      speaker: 'ana-lima',
      rule: 'before-quote:colon',
    });
    expect(quotes('Lima turned to the pilots: “Will you sail?”')[0]).toMatchObject({ speaker: 'ana-lima' });
  });

  it('takes a possessive opening a sentence as the topic a pronoun refers to', () => {
    const text = [
      'OLD MYSTIC — Dale Hutchins keeps his ballot in the glove box.',
      '“I’m not proud of it,” said Hutchins, 52, a welder at the yard.',
      'Tom Reyes, a spokesman for the alliance, said turnout was high.',
      '“Changing the rules bothers me a little,” Maria Soto said. “But I would vote for it again.”',
      'She is less sure about the new rules.',
      'Hutchins’s objections were never about money. He said the new tier would fall on people not yet hired.',
      '“That part still sticks in my throat,” he said.',
    ].join('\n\n');
    expect(quotes(text).at(-1)).toMatchObject({ speaker: 'Dale Hutchins' });
    expect(paraphrasesIn(text).map((p) => p.speaker?.name)).toEqual(['Tom Reyes', 'Dale Hutchins']);
  });

  it('gives a quote standing alone after a sentence about someone to that person', () => {
    const text = 'Ana Lima put the question to Reyes directly. “Will you sign the lease, yes or no?”';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'ana-lima', rule: 'sentence-before' });
    // After an unnamed subject it stays unattributed.
    expect(quotes('One pilot, who asked not to be named, was blunt. “We are done.”')[0]?.speaker).toBeNull();
  });

  it('leaves a quote-only paragraph after an unnamed subject unattributed (not "(unnamed)")', () => {
    const text =
      '“We are done,” Tom Reyes said.\n\nOne trooper, who asked not to be named, was blunt about the lease.\n\n“We will not sail for that money.”';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['tom-reyes', null]);
    expect(
      run(text)
        .people.filter((p) => p.isNew)
        .map((p) => p.name),
    ).toEqual([]);
  });

  it('reads a dash and a name after the quote as its attribution', () => {
    expect(
      quotes('“When we have a number, you will have it.” — Tom Reyes, alliance spokesman, to reporters.')[0],
    ).toMatchObject({
      speaker: 'tom-reyes',
      rule: 'after-quote:dash',
    });
  });

  it('reads a diary: a timed entry does not continue the one before, a later line names the speaker', () => {
    const text = [
      '9:40 a.m. — “We have observers in that room.” — Tom Reyes, to reporters.',
      '10:05 a.m. — “The people who lose their jobs are not abstractions.”',
      'That was Mayor Ana Lima, speaking outside her office.',
      '2:45 p.m. — A clerk from the harbor office asks that her name not be used. She has a notice, she says.',
      '“If it fails again, I am done.”',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.speaker, q.rule])).toEqual([
      ['tom-reyes', 'after-quote:dash'],
      ['ana-lima', 'named-after'],
      [null, null],
    ]);
  });

  it('gives "I" to the byline’s author, never "he", and reads the author’s own telling as no paraphrase', () => {
    const text = [
      'By Walt Brennan',
      'I have worked the docks for eleven years. When the ballots came, I told my steward where I stood.',
      '“I am not voting for this,” I said.',
      'Last night I called Tom Reyes.',
      '“Vote yes,” I told him. “Then yell at me all you want.”',
      'So I’ll vote yes this time.',
      '“Ask me after the count,” he said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual([
      'Walt Brennan',
      'Walt Brennan',
      'Walt Brennan',
      'tom-reyes',
    ]);
    expect(paraphrasesIn(text)).toEqual([]);
    expect(
      run(text)
        .people.filter((p) => p.isNew)
        .map((p) => p.name),
    ).toEqual(['Walt Brennan']);
  });

  it('does not take an outlet for a new person ("a memo obtained by the Harbor Report")', () => {
    const text =
      'According to a memo obtained by the Valley Report, the alliance told members to expect a vote.';
    expect(run(text).people.filter((p) => p.isNew)).toEqual([]);
  });

  it('gives a document that is the subject before the quote to its author', () => {
    const statement =
      'A statement from the alliance on Wednesday struck a hopeful note. It said members were “ready to meet at any time.”';
    expect(quotes(statement)[0]).toMatchObject({ speaker: 'dock-workers', rule: 'document' });
    const also =
      'The alliance issued a statement Tuesday. The statement also urges the council to “read every page, and every number.”';
    expect(quotes(also)[0]).toMatchObject({ speaker: 'dock-workers', rule: 'document' });
    // "It" after a sentence about something else is not a document's.
    const card = 'Somebody taped a card to my locker. It said, in block capitals: “WHO IS PAYING YOU?”';
    expect(quotes(card)[0]?.speaker).toBeNull();
  });

  it('reads a pronoun after a long fronted phrase set off by a comma', () => {
    const text =
      'Tom Reyes has said from the start that the rules are about fairness. In a statement after the change passed, he said the old rule let “a small minority” decide.';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'tom-reyes' });
  });

  it('gives "the Democrat" and "the Republican" to the person named last with that party', () => {
    const text = [
      'Sen. Nell Ortiz, D-Bay City, said the lease would pass. “Nobody got all they wanted,” the Democrat said.',
      'Rep. Craig Tolliver, R-Southbury, said he would vote no.',
      'The Republican, a first-term lawmaker, said he had read every page.',
    ].join('\n\n');
    expect(quotes(text)[0]?.speaker).toBe('Nell Ortiz');
    expect(paraphrasesIn(text).map((p) => p.speaker?.name)).toEqual([
      'Nell Ortiz',
      'Craig Tolliver',
      'Craig Tolliver',
    ]);
  });

  it('reads "posted on Twitter …:" as a hand-over, and a pronoun subject as the person before a lone quote', () => {
    expect(
      quotes('Tom Reyes posted on Twitter within minutes: “They lost, so they rewrote the rules.”')[0],
    ).toMatchObject({
      speaker: 'tom-reyes',
      rule: 'before-quote:colon',
    });
    const text =
      '“I voted no,” Reyes said.\n\n“And now?” someone asked.\n\nHe unfolded the paper on the table. “Now I have this.”';
    expect(quotes(text).at(-1)).toMatchObject({ speaker: 'tom-reyes', rule: 'sentence-before' });
  });

  it('does not take a team for a new person', () => {
    const text =
      'The man across from her, a guard with a Red Sox lanyard, had kept his arms folded.\n\n“So we vote until we get it right?”';
    expect(run(text).people).toEqual([]);
    expect(quotes(text)[0]?.speaker).toBeNull();
  });

  it('reads "estimated", "cautioned" and a closing "according to a memo from X" as reported speech', () => {
    const text = [
      'Rosa Delgado, an economist at the port, estimated that the lease would cost 300 jobs.',
      'Tom Reyes cautioned that the numbers were early.',
      'Agencies were told to hold back 5 percent of their spending, according to a July memo from the Office of the Mayor.',
    ].join('\n\n');
    expect(paraphrasesIn(text).map((p) => p.speaker?.id ?? p.speaker?.name)).toEqual([
      'Rosa Delgado',
      'tom-reyes',
      'city-hall',
    ]);
  });

  it('gives reported speech in "…, who said …" to the person the clause hangs on', () => {
    const text = 'Lima turned the question over to Tom Reyes, who said about 1,800 notices had gone out.';
    expect(paraphrasesIn(text).map((p) => p.speaker?.id)).toEqual(['tom-reyes']);
  });

  it('reads "was quick to add", "has made clear", "announced that" and "according to X, the …" as reported speech', () => {
    const text = [
      'Ana Lima spoke last. She was quick to add that the lease was nothing to celebrate.',
      'Tom Reyes has made clear he wants no part of a second lease.',
      'Ana Lima announced that the lease would be signed on Friday.',
      'Notices could go out by Wednesday, according to Tom Reyes, the alliance’s spokesman.',
      'Ana Lima announced the winners of the regatta.',
    ].join('\n\n');
    expect(paraphrasesIn(text).map((p) => [p.speaker?.id, p.text.slice(0, 12)])).toEqual([
      ['ana-lima', 'She was quic'],
      ['tom-reyes', 'Tom Reyes ha'],
      ['ana-lima', 'Ana Lima ann'],
      ['tom-reyes', 'Notices coul'],
    ]);
  });

  it('takes the subject after fronted phrases when "according to" names no one: "…, according to two people who attended, he said …"', () => {
    const text =
      'Tom Reyes spoke first. At the meeting, according to two people who attended, he said the members had “voted against a rumor.”';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['tom-reyes']);
  });

  it('reads a direct question as the writer’s, and an indirect one as reported speech', () => {
    const text = ['Does Tom Reyes have a say?', 'Tom Reyes asked whether the lease would be signed.'].join(
      '\n\n',
    );
    expect(paraphrasesIn(text).map((p) => p.text)).toEqual([
      'Tom Reyes asked whether the lease would be signed.',
    ]);
  });

  it('gives reported speech in a clause joined by ", and" to that clause’s own subject', () => {
    const text = [
      'Tom Reyes was touring the pier, and reporters who had followed him asked him about the lease.',
      'Rosa Delgado, an economist at the port, was at the meeting, and Ana Lima said the lease would be signed.',
      'Tom Reyes went to the meeting, and he told members he voted for the lease.',
    ].join('\n\n');
    expect(paraphrasesIn(text).map((p) => p.speaker?.id ?? p.speaker?.name)).toEqual([
      'ana-lima',
      'tom-reyes',
    ]);
  });

  it('gives "the professor" (with or without a relative clause) to the person introduced as one', () => {
    const text = [
      'Rosa Delgado, an associate professor of history at the college, has heard it all summer.',
      '“He should not, and he will not,” the professor said.',
      'The professor, whose own union voted yes, said the threat was “real leverage, not theater.”',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Rosa Delgado', 'Rosa Delgado']);
  });

  it('does not give a quote to a clause after it that opens with "until"', () => {
    const text =
      'Tom Reyes told reporters that pilots would “keep knocking on the door” until the alliance agreed to meet.';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'tom-reyes' });
  });

  it('takes no subject from a transcript’s question, and no person from "the North Haven library"', () => {
    const text = [
      '“We have one lease,” Ana Lima said.',
      'Q: Have you and Ms. Kim Park met since the vote?',
      '“We have talked, and I will leave it there,” she said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['ana-lima', 'ana-lima']);
    expect(
      run('At a coffee hour at the North Haven library, Tom Reyes said the lease was dead.').people.map(
        (p) => p.name,
      ),
    ).toEqual(['Tom Reyes']);
  });

  it('gives the pronoun after a fronted "When X …," clause to X', () => {
    const text =
      'Kim Park spoke first.\n\nWhen Ana Lima toured the docks on Tuesday, she told reporters she had “read the letter” closely.';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'ana-lima' });
  });

  it('attributes speaker-verb and verb-speaker after the quote', () => {
    expect(quotes('“We will sign,” Lima said. “Never,” said Reyes.')).toEqual([
      { text: 'We will sign', speaker: 'ana-lima', rule: 'after-quote:speaker-verb' },
      { text: 'Never', speaker: 'tom-reyes', rule: 'after-quote:verb-speaker' },
    ]);
  });

  it('attributes a quote introduced before it', () => {
    expect(quotes('Reyes said, “The lease is a bad deal.”')[0]).toMatchObject({
      speaker: 'tom-reyes',
      rule: 'before-quote:speaker-verb',
    });
  });

  it('tries each speech verb before the quote for a subject', () => {
    expect(quotes('Asked whether she would sign, the mayor said, “Not this year.”')[0]).toMatchObject({
      speaker: 'ana-lima',
      rule: 'before-quote:speaker-verb',
    });
  });

  it('remembers a new person named after "according to" for a later surname', () => {
    const text = 'According to Rosa Delgado, a DWA steward, the vote was close. “It was,” Delgado said.';
    const found = run(text).statements;
    expect(found.map((s) => [s.kind, s.speaker?.name])).toEqual([
      ['PARAPHRASE', 'Rosa Delgado'],
      ['DIRECT_QUOTE', 'Rosa Delgado'],
    ]);
  });

  it('gives a coordinated "… and said" the subject of the sentence', () => {
    const text =
      'Rosa Delgado, who chairs a DWA local, called the lease "a bad deal" and said, “We will strike.”';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Rosa Delgado', 'Rosa Delgado']);
  });

  it('gives a split quote both parts to one speaker', () => {
    const found = quotes('“We will strike,” Reyes said. “And we will win.”');
    expect(found.map((q) => q.speaker)).toEqual(['tom-reyes', 'tom-reyes']);
    expect(found[1]?.rule).toBe('same-paragraph');
  });

  it('takes the speaker after "said X, a title"', () => {
    expect(quotes('“No,” said Rosa Delgado, a DWA steward.')[0]).toMatchObject({ speaker: 'Rosa Delgado' });
  });

  it('reads past a title’s period after the verb', () => {
    expect(quotes('“No,” said Sgt. Rosa Delgado, a DWA steward.')[0]).toMatchObject({
      speaker: 'Rosa Delgado',
    });
  });

  it('does not take a capitalized first word of the sentence into a new name', () => {
    const text = 'For Rosa Delgado, a DWA steward, the vote was close.\n\n“It was,” Delgado said.';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'Rosa Delgado', rule: 'after-quote:speaker-verb' });
  });

  it('gives a quote handed over by a colon the subject of the reporter’s sentence', () => {
    const text =
      '“We lost,” Reyes said.\n\nHe was more bothered by the timing: “Why would anyone do this now?”';
    expect(quotes(text)[1]).toMatchObject({ speaker: 'tom-reyes', rule: 'before-quote:colon' });
    // With no subject to take, it stays unattributed.
    expect(quotes('The crowd grew louder after that: “This is wrong.”')[0]).toMatchObject({ speaker: null });
  });

  it('does not propose a known name with a possessive as a new person', () => {
    const text =
      'Workers approved Gov. Ana Lima’s plan on Monday.\n\nLima’s aide, Tom Reyes, said the talks would resume.';
    const result = run(text);
    expect(result.people.filter((p) => p.isNew)).toEqual([]);
    expect(result.statements.map((s) => s.speaker?.id)).toEqual(['tom-reyes']);
  });

  it('keeps a question and the long attribution after it in one sentence', () => {
    expect(quotes('“Who runs the port now?” Alliance President Tom Reyes, D-Harbor, said.')[0]).toMatchObject(
      {
        speaker: 'tom-reyes',
      },
    );
    const colon = 'Alliance President Tom Reyes, D-Harbor, put it bluntly: “We will not sign this lease.”';
    expect(quotes(colon)[0]).toMatchObject({ speaker: 'tom-reyes', rule: 'before-quote:colon' });
  });

  it('reads an initial’s period in the speaker phrase after a quote as no sentence end', () => {
    const text =
      '“We will not sign. Not this year,” Alliance President Tom K. Reyes, D-Harbor, said in a statement.';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'tom-reyes', rule: 'after-quote:speaker-verb' });
  });

  it('gives a colon quote the subject after a fronted phrase, and the owner of "her question"', () => {
    const fronted =
      'Tom Reyes spoke last. Speaking over the noise of the crowd, he put it this way: “We will not sign this lease.”';
    expect(quotes(fronted)[0]).toMatchObject({ speaker: 'tom-reyes', rule: 'before-quote:colon' });
    const own =
      'Mayor Ana Lima was not convinced. Her question to Reyes was a pointed one: “Who pays for it?”';
    expect(quotes(own)[0]).toMatchObject({ speaker: 'ana-lima', rule: 'before-quote:colon' });
    // A possessive that is not the words' own ("Her office was quiet:") links no one this way.
    expect(quotes('Mayor Ana Lima left. Her office was quiet: “No comment.”')[0]?.rule).not.toBe(
      'before-quote:colon',
    );
  });

  it('gives a colon quote the subject of "took the opposite view" and the like', () => {
    const text =
      'Tom Reyes, a crane operator who voted yes, took the opposite view, if not a cheerful one: “It is a lease.”';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'tom-reyes', rule: 'before-quote:colon' });
  });

  it('takes the words after "called" as a partial quote when they are more than a label', () => {
    const long = run('Reyes called the lease “the worst deal this port has ever seen” on Monday.');
    expect(long.statements.map((s) => [s.kind, s.speaker?.id])).toContainEqual([
      'PARTIAL_QUOTE',
      'tom-reyes',
    ]);
    expect(run('Reyes called the lease a “giveaway.”').skipped.map((s) => s.text)).toEqual(['giveaway.']);
  });

  it('resolves a pronoun to the previous paragraph’s speaker, by gender', () => {
    const text = 'Tom Reyes said the talks failed. Ana Lima said they would resume.\n\n“We tried,” he said.';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'tom-reyes' });
  });

  it('tells she from he by the first name when no title says it (compromise’s lexicon)', () => {
    const text =
      'Maria Lopez and Tom Reyes spoke after the meeting. Reyes left early.\n\n“We are not done,” she said.';
    expect(run(text).statements.map((s) => s.speaker?.name)).toEqual(['Maria Lopez']);
  });

  it('gives "he said" after an unnamed subject to nobody, not to the last named speaker', () => {
    const text =
      '“We tried,” Reyes said.\n\nOne man, a retired welder who did not give his name, said he was tired of it. “We pay for all of this,” he said.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['tom-reyes', null]);
  });

  it('leaves a quote unattributed rather than guess', () => {
    expect(quotes('The crowd grew. “This is wrong and everybody knows it.”')[0]).toMatchObject({
      speaker: null,
      rule: null,
    });
  });

  it('continues a quote that runs into the next paragraph', () => {
    const text = '“We will strike on Monday,” Reyes said. “The port stops.\n\n“Then they will listen.”';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['tom-reyes', 'tom-reyes', 'tom-reyes']);
  });

  it('gives a quote running into the next paragraph the speaker named at its end', () => {
    const text =
      'The Dock Workers Alliance told City Hall in a letter that it opposed the lease.\n\n“The lease protects nobody. Take it away and we have nothing.\n\n“If the port signs it, we strike,” wrote Tom Reyes, the alliance’s spokesman.';
    expect(quotes(text).map((q) => [q.speaker, q.rule])).toEqual([
      ['tom-reyes', 'continued-quote'],
      ['tom-reyes', 'after-quote:verb-speaker'],
    ]);
  });

  it('gives "the statement said" to the speaker last named with a statement, two paragraphs back at most', () => {
    const statement =
      'Ana Lima, in a statement released by City Hall, called the vote “a responsible step.”\n\n“How the alliance runs its elections is its business,” the statement said.';
    expect(quotes(statement).map((q) => [q.speaker, q.rule])).toEqual([
      ['ana-lima', 'before-quote:speaker-verb'],
      ['ana-lima', 'document'],
    ]);
    const letter =
      'In a letter to the mayor, Tom Reyes wrote that the alliance was ready to talk.\n\n“We owe our members a lease they can read,” the letter said.';
    expect(quotes(letter)[0]).toMatchObject({ speaker: 'tom-reyes', rule: 'document' });
    const far = `${statement.split('\n\n')[0]}\n\nThe vote was close.\n\nIt ended late.\n\n“Nobody wins,” the statement said.`;
    expect(quotes(far).at(-1)).toMatchObject({ speaker: null });
    const otherMedium = `${letter.split('\n\n')[0]}\n\n“Nobody wins,” the statement said.`;
    expect(quotes(otherMedium)[0]).toMatchObject({ speaker: null });
  });

  it('gives "the booklet says" to the publisher the article names for it, before or after', () => {
    const text = [
      'The booklet arriving in mailboxes this week runs eight pages.',
      '“Because the alternative is already here,” the booklet says.',
      'The booklet was published by the Harbor Pilots Union and is handed out at the gate.',
      '“No one is asking you to vote twice,” the booklet answers.',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.speaker, q.rule])).toEqual([
      ['pilots-union', 'document'],
      ['pilots-union', 'document'],
    ]);
    // No publisher named: no one's.
    expect(
      quotes('“Because the alternative is already here,” the booklet says.')[0]?.speaker ?? null,
    ).toBeNull();
    // A memo sent by someone, two paragraphs before its words.
    const memo = [
      'A four-page memo sent to members by the Harbor Pilots Union over the weekend lays out what to say.',
      'The memo, titled “Talking Points,” opens bluntly.',
      '“This is not the same vote as June,” the memo says.',
    ].join('\n\n');
    expect(quotes(memo).map((q) => [q.speaker, q.rule])).toEqual([['pilots-union', 'document']]);
  });

  it('links a title given with a word added or some left out to the person named with it', () => {
    const text =
      'Kim Park spoke after Lima. The dues, the deputy alliance treasurer said, would rise “by a dollar.”';
    expect(quotes(text)[0]?.speaker).toBe('kim-park');
    // A title no one named in the article holds links to no one.
    expect(
      quotes('Kim Park spoke. The dues, the deputy harbor master said, would rise “by a dollar.”')[0]
        ?.speaker,
    ).toBeNull();
  });

  it('links "the union said" and "Union leaders say" to the organization of that kind brought up last', () => {
    const text =
      '“We will not sign,” Lee Chen said.\n\nThe union said in a statement that it was “reviewing all options.” Union leaders say the lease is unfair.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['lee-chen', 'pilots-union']);
    expect(paraphrasesIn(text).map((p) => [p.speaker?.id, p.speaker?.link])).toEqual([
      ['pilots-union', 'noun-in-article'],
      ['pilots-union', 'noun-in-article'],
    ]);
    // No organization of that kind brought up yet: no one.
    expect(paraphrasesIn('The union said in a statement that the lease was unfair.')).toEqual([]);
  });

  it('gives "the paper wrote" and "the editorial said" to the news outlet brought up last', () => {
    const text =
      'The Harbor Gazette endorsed the lease on Sunday.\n\n“Sign it,” the paper wrote. “The port cannot wait,” their joint editorial said.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['harbor-gazette', 'harbor-gazette']);
    // An organization that is not a news outlet is not "the paper".
    expect(
      quotes('The Dock Workers Alliance met on Sunday. “Sign it,” the paper wrote.')[0]?.speaker,
    ).toBeNull();
  });

  it('reads a report whose fronted phrase holds a quoted headline, and "the Gazette" after The Harbor Gazette', () => {
    const headline =
      'In an editorial under the headline “Sign It Now,” the Harbor Gazette said the alliance should sign the lease.';
    expect(paraphrasesIn(headline).map((p) => p.speaker?.id)).toEqual(['harbor-gazette']);
    // A comma inside the title does not end the fronted phrase: the writer is Park, not "Lease Later".
    const titled =
      'In a note titled “Lease Now, Lease Later,” Kim Park wrote that the lease was “the best deal in a decade.”';
    expect(quotes(titled).map((q) => q.speaker)).toEqual(['kim-park']);
    // Quote marks in the subject itself still make no plain report.
    expect(paraphrasesIn('The “Sign It Now” crowd said the alliance should sign the lease.')).toEqual([]);
    const short =
      'The Harbor Gazette took notice. In an editorial on Sunday, the Gazette said the lease was fair.';
    expect(paraphrasesIn(short).map((p) => p.speaker?.id)).toEqual(['harbor-gazette']);
    // No organization ending with that word brought up: no one.
    expect(paraphrasesIn('In an editorial on Sunday, the Gazette said the lease was fair.')).toEqual([]);
  });

  it('gives "what it called" to the organization the sentence opens with, not the person named between', () => {
    const text =
      'The Harbor Gazette scolded Ana Lima for what it called “a month of threats dressed up as budgeting.”';
    expect(quotes(text)[0]?.speaker).toBe('harbor-gazette');
    // No organization opens the sentence: no one, rather than the person scolded.
    expect(
      quotes('Voters scolded Ana Lima for what it called “a month of threats dressed up as budgeting.”')[0]
        ?.speaker,
    ).toBeNull();
  });

  it('leaves an unnamed member unattributed instead of giving the words to the organization', () => {
    for (const text of [
      'One DWA member, who asked not to be named, put it bluntly: “The lease is dead.”',
      'DWA members said, “The lease is dead.”',
    ])
      expect(quotes(text)[0]?.speaker).toBeNull();
    expect(quotes('The alliance said, “The lease is dead.”')[0]?.speaker).toBe('dock-workers');
  });

  it('gives a quote handed over by "X’s statement … read in part:" to X', () => {
    const text =
      'Tom Reyes left early.\n\nThe mayor’s statement, emailed to reporters Friday, read in part: “The lease stands.”';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'ana-lima', rule: 'document' });
    // Someone reading a document aloud is not its author: no one this way.
    expect(quotes('Tom Reyes read a statement aloud: “The lease stands.”')[0]?.rule).not.toBe('document');
    // … nor when the document's author comes after it, "from" or "by" them.
    const by =
      'Kim Park read aloud from a statement issued Friday by alliance spokesman Tom Reyes: “The lease stands, and we will not sign another one.”';
    expect(quotes(by)[0]).toMatchObject({ speaker: 'tom-reyes', rule: 'document' });
  });

  it('gives "the mayor’s statement said" to the author the document names, before anyone named earlier', () => {
    const text =
      'Tom Reyes issued a statement on Monday.\n\n“The lease stands,” the mayor’s statement said. “We will sign the lease,” Reyes’s letter said.';
    expect(quotes(text).map((q) => [q.speaker, q.rule])).toEqual([
      ['ana-lima', 'document'],
      ['tom-reyes', 'document'],
    ]);
    // An owner that names no one falls back to the last author of that kind of document.
    expect(quotes('Tom Reyes issued a statement.\n\n“No,” the board’s statement said.')[0]).toMatchObject({
      speaker: 'tom-reyes',
      rule: 'document',
    });
  });

  it('finds the owner of a release "answered with", and of "It said" after a possessive document', () => {
    const answered = [
      'The alliance’s release came at noon. “We want to meet,” Tom Reyes said in the release.',
      'Shortly after 3 p.m., the mayor’s office answered with a release of its own. It did not name Reyes.',
      '“The lease stands,” the statement said.',
    ].join('\n\n');
    expect(quotes(answered).map((q) => [q.speaker, q.rule])).toEqual([
      ['tom-reyes', 'after-quote:speaker-verb'],
      ['city-hall', 'document'],
    ]);
    const possessive = [
      'Tom Reyes wrote to the mayor. “We want to meet,” Reyes wrote.',
      'The alliance’s release went further than the letter. It said the members were “ready to strike.”',
    ].join('\n\n');
    expect(quotes(possessive).map((q) => [q.speaker, q.rule])).toEqual([
      ['tom-reyes', 'after-quote:speaker-verb'],
      ['dock-workers', 'document'],
    ]);
  });

  it('finds the document’s author in "X wrote to …" for a letter, in "X issued a statement", and for reported words', () => {
    const wrote =
      'On Tuesday, Tom Reyes wrote to Ana Lima asking that the two sides meet. The letter said the alliance wanted the lease explained.\n\n“We are not asking for more money,” the letter said.';
    const all = run(wrote).statements.map((s) => [s.kind, s.speaker?.id ?? null, s.rule]);
    expect(all).toEqual([
      ['PARAPHRASE', 'tom-reyes', 'reported-speech'],
      ['PARAPHRASE', 'tom-reyes', 'reported-speech'],
      ['DIRECT_QUOTE', 'tom-reyes', 'document'],
    ]);
    const issued =
      'After the meeting, the alliance issued a short written statement. “Members deserve answers,” the statement said.';
    expect(quotes(issued)[0]).toMatchObject({ speaker: 'dock-workers', rule: 'document' });
    // A release is a statement, not any words of unknown medium.
    const unknown =
      'Tom Reyes said the talks failed.\n\n“We tried everything we could.”\n\n“Nobody wins,” the release said.';
    expect(quotes(unknown).map((q) => q.speaker)).toEqual(['tom-reyes', null]);
  });

  it('resolves a surname to the full name used earlier in the article', () => {
    const text = '“Enough,” said Rosa Delgado, a steward.\n\n“We are done,” Delgado said.';
    const found = run(text).statements;
    expect(found.map((s) => s.speaker?.name)).toEqual(['Rosa Delgado', 'Rosa Delgado']);
    expect(run(text).people.filter((p) => p.isNew)).toHaveLength(1);
  });

  it('skips scare quotes and proposes reported speech as a lower-confidence paraphrase', () => {
    const result = run('They call it the "Plan B" lease. Reyes said the alliance will not sign the lease.');
    expect(result.skipped.map((s) => s.text)).toEqual(['Plan B']);
    const [paraphrase] = result.statements;
    expect(paraphrase).toMatchObject({ kind: 'PARAPHRASE', rule: 'reported-speech' });
    expect(paraphrase?.speaker?.id).toBe('tom-reyes');
    expect(paraphrase?.confidence).toBeLessThan(0.9);
    expect(paraphrase?.issues.find((i) => i.slug === 'lease')?.stance).toBe('OPPOSE');
  });

  it('proposes reported speech trailing a quote as a paraphrase of its speaker, from the verb on', () => {
    const text = '“We are listening,” Reyes said, adding though that the alliance will not sign the lease.';
    const paraphrase = run(text).statements.find((s) => s.kind === 'PARAPHRASE');
    expect(paraphrase).toMatchObject({
      text: 'adding though that the alliance will not sign the lease.',
      start: text.indexOf('adding'),
      end: text.length,
      rule: 'reported-speech',
    });
    expect(paraphrase?.speaker?.id).toBe('tom-reyes');
    expect(paraphrase?.confidence).toBeLessThan(0.5);
    // A quote whose sentence goes on without a report, or with one too short to say anything.
    for (const plain of [
      '“We are listening,” Reyes said, standing by the door.',
      '“No,” Reyes said, adding nothing.',
    ])
      expect(run(plain).statements.filter((s) => s.kind === 'PARAPHRASE')).toEqual([]);
  });

  it('lets a quote take up the sides its speaker just took, in that paragraph or the one before, at low confidence', () => {
    const issuesOf = (text: string) =>
      run(text)
        .statements.filter((s) => s.kind !== 'PARAPHRASE')
        .map((s) => s.issues.map((i) => [i.slug, i.stance, i.lowConfidence]));
    const stances = (text: string) =>
      run(text)
        .statements.filter((s) => s.kind !== 'PARAPHRASE')
        .map((s) => s.issues.find((i) => i.slug === 'lease'))
        .map((i) => [i?.stance, i?.lowConfidence]);
    // A topic named without a side takes the side just taken.
    expect(
      stances('“We want to sign the lease this week,” Reyes said. “The lease is on the agenda.”'),
    ).toEqual([
      ['SUPPORT', false],
      ['SUPPORT', true],
    ]);
    expect(
      stances(
        '“We want to sign the lease this week,” Reyes said.\n\n“The lease is on the agenda,” Reyes said.',
      ),
    ).toEqual([
      ['SUPPORT', false],
      ['SUPPORT', true],
    ]);
    // Another speaker, a paragraph further, or a side of its own: no change.
    expect(
      stances('“We want to sign the lease this week,” Reyes said. “The lease is on the agenda,” Lima said.'),
    ).toEqual([
      ['SUPPORT', false],
      ['NEUTRAL', true],
    ]);
    expect(
      stances(
        '“We want to sign the lease this week,” Reyes said.\n\nThe council met at noon.\n\n“The lease is on the agenda,” Reyes said.',
      ),
    ).toEqual([
      ['SUPPORT', false],
      ['NEUTRAL', true],
    ]);
    expect(stances('“We want to sign the lease,” Reyes said. “We won’t sign the lease.”')[1]?.[0]).toBe(
      'OPPOSE',
    );
    // A quote that names no issue backs the report just before it: it takes the report's sides.
    const report = 'Reyes said the alliance would not sign the lease.\n\n';
    expect(issuesOf(`${report}“We have waited a whole year for nothing,” Reyes said.`)).toEqual([
      [['lease', 'OPPOSE', true]],
    ]);
    expect(
      run(`${report}“We have waited a whole year for nothing,” Reyes said.`).statements.at(-1)?.issues[0]
        ?.cues,
    ).toEqual(['(OPPOSE in the statement before)']);
    expect(issuesOf(`${report}“We have waited a whole year for nothing,” Lima said.`)).toEqual([[]]);
  });

  it('marks a side the speaker says they left in their next quote, and counts it for no position', () => {
    const read = (text: string) => {
      const result = run(text);
      return {
        quotes: result.statements
          .filter((s) => s.kind !== 'PARAPHRASE')
          .map((s) => s.issues.find((i) => i.slug === 'lease'))
          .map((i) => [i?.stance, i?.lowConfidence, i?.formerSide ?? false]),
        positions: result.positions.filter((p) => p.issue === 'lease').map((p) => p.stance),
      };
    };
    expect(
      read('“I would not sign the lease the first time,” Reyes said. “Now I want to sign the lease.”'),
    ).toEqual({
      quotes: [
        ['OPPOSE', true, true],
        ['SUPPORT', false, false],
      ],
      positions: ['SUPPORT'],
    });
    // No "now" in the second, or no "then" in the first: both sides stand, and the holder is MIXED.
    for (const text of [
      '“I would not sign the lease the first time,” Reyes said. “I want to sign the lease.”',
      '“I would not sign the lease,” Reyes said. “Now I want to sign the lease.”',
    ])
      expect(read(text)).toEqual({
        quotes: [
          ['OPPOSE', false, false],
          ['SUPPORT', false, false],
        ],
        positions: ['MIXED'],
      });
  });

  it('takes a pronoun after a fronted time or place as the subject ("On Monday he said …")', () => {
    const text =
      'Tom Reyes is not persuaded. On Monday he said the lease had become "the worst deal in town."';
    expect(quotes(text)).toEqual([
      { text: 'the worst deal in town.', speaker: 'tom-reyes', rule: 'before-quote:speaker-verb' },
    ]);
    expect(paraphrasesIn(text).map((p) => p.speaker?.id)).toEqual(['tom-reyes']);
    expect(paraphrasesIn('Tom Reyes is not persuaded. Later that day she said the lease was dead.')).toEqual(
      [],
    );
  });

  it('gives "It was the mayor, he said, who …" to the pronoun, not to the person named before it', () => {
    const text = '“We lost,” Tom Reyes said. It was the mayor, he said, who chose to end the lease.';
    expect(paraphrasesIn(text).map((p) => p.speaker?.id)).toEqual(['tom-reyes']);
  });

  it('reads a long report whose pronoun and verb come late, set off by commas', () => {
    const text =
      '“We lost,” Tom Reyes said. The wage freeze, the changes to retiree health care and a new requirement that every employee enroll in a wellness program with quarterly checkups struck many officers as a bad trade, he said, particularly after years of overtime.';
    expect(paraphrasesIn(text).map((p) => p.speaker?.id)).toEqual(['tom-reyes']);
  });

  it('does not take a preposition and a weekday for a new person ("By Wednesday, the mayor had …")', () => {
    const text = 'By Wednesday, the mayor had answered that she would not sign the lease.';
    const result = run(text);
    expect(result.people.filter((p) => p.isNew)).toEqual([]);
    expect(paraphrasesIn(text).map((p) => p.speaker?.id)).toEqual(['ana-lima']);
  });

  it('reads "X repeated that …" as reported speech, and "say" not after "to" or "would"', () => {
    expect(
      paraphrasesIn('Tom Reyes repeated that the alliance would not sign.').map((p) => p.speaker?.id),
    ).toEqual(['tom-reyes']);
    for (const text of [
      'Tom Reyes was pressed to say whether the alliance would sign.',
      'Tom Reyes left before anyone could ask what he would say to the mayor.',
    ])
      expect(paraphrasesIn(text)).toEqual([]);
  });

  it('reads "X pointed to …" and "X called on …" as reported speech', () => {
    expect(
      paraphrasesIn('Tom Reyes pointed to the harbor lease as a reason to wait.').map((p) => p.speaker?.id),
    ).toEqual(['tom-reyes']);
    expect(
      paraphrasesIn('The alliance also called on the mayor to sign the lease.').map((p) => p.speaker?.id),
    ).toEqual(['dock-workers']);
  });

  it('does not read "X was asked whether …" as X’s words, but goes on to X’s own verb', () => {
    expect(paraphrasesIn('Before leaving, Tom Reyes was asked whether the lease could be saved.')).toEqual(
      [],
    );
    expect(paraphrasesIn('Both were told the lease was dead.')).toEqual([]);
    expect(
      paraphrasesIn('Tom Reyes was asked about the lease and said the alliance would wait.').map(
        (p) => p.speaker?.id,
      ),
    ).toEqual(['tom-reyes']);
  });

  it('reads "X opened by asking …" and "X began by saying …" as reported speech', () => {
    for (const text of [
      'Tom Reyes opened by asking whether the lease was dead.',
      'Tom Reyes began by saying he would not tell anybody how to vote.',
    ])
      expect(paraphrasesIn(text).map((p) => p.speaker?.id)).toEqual(['tom-reyes']);
    expect(paraphrasesIn('Tom Reyes opened by reading the lease aloud.')).toEqual([]);
  });

  it('reads past an opening "Asked …," to the reporting verb and its subject', () => {
    const text =
      'Tom Reyes spoke first.\n\nAsked about the letter from Ana Lima, Reyes said the alliance would answer it. Asked whether members would vote again, he said a second vote was likely.';
    expect(
      run(text)
        .statements.filter((s) => s.kind === 'PARAPHRASE')
        .map((s) => [s.text.slice(0, 20), s.speaker?.id]),
    ).toEqual([
      ['Asked about the lett', 'tom-reyes'],
      ['Asked whether member', 'tom-reyes'],
    ]);
  });

  it('reads reported speech after a fronted phrase, from "his office", and after "replied that"', () => {
    const paraphrases = (text: string) =>
      paraphrasesIn(text).map((s) => [s.text.slice(0, 16), s.speaker?.id ?? null, s.confidence]);
    expect(
      paraphrases(
        'Ana Lima spoke first.\n\nSpeaking to reporters at the dock on Friday, she said the vote was the members’ call. Her office said it was confident.',
      ),
    ).toEqual([
      ['Speaking to repo', 'ana-lima', 0.45],
      ['Her office said ', 'city-hall', 0.45],
    ]);
    expect(
      paraphrases('Reyes replied that the lease was fair. Lima answered within hours, from the dock.'),
    ).toEqual([['Reyes replied th', 'tom-reyes', 0.55]]);
  });

  it('proposes a sentence closed by its attribution as a paraphrase of that speaker', () => {
    const paraphrases = (text: string) =>
      paraphrasesIn(text).map((s) => [s.text, s.speaker?.id ?? null, s.medium]);
    expect(paraphrases('The lease vote will be held in August, Tom Reyes said.')).toEqual([
      ['The lease vote will be held in August, Tom Reyes said.', 'tom-reyes', 'SPOKEN'],
    ]);
    expect(
      paraphrases('Reyes spoke first.\n\nThe notices already sent would stand in the meantime, he wrote.'),
    ).toEqual([
      ['The notices already sent would stand in the meantime, he wrote.', 'tom-reyes', 'WRITTEN_STATEMENT'],
    ]);
    expect(paraphrases('The next round is expected Thursday, according to City Hall.')).toEqual([
      ['The next round is expected Thursday, according to City Hall.', 'city-hall', 'UNKNOWN'],
    ]);
    // A report led by its own subject is not an attribution closing the sentence, and a fragment
    // or nobody linked is no paraphrase.
    expect(paraphrases('The crowd, tired of waiting, said the mayor had only herself to blame.')).toEqual([]);
    expect(closingAttribution('Not now, Reyes said.')).toBeNull();
    expect(closingAttribution('The vote will be held in August, said Tom Reyes.')).toMatchObject({
      phrase: 'Tom Reyes',
    });
    expect(paraphrases('The vote will be held in August, officials said.')).toEqual([]);
  });

  it('proposes reported speech trailing another clause as a paraphrase of that clause’s subject', () => {
    const text = 'Lima left the meeting early, saying the lease was not ready for a vote.';
    const [paraphrase] = run(text).statements;
    expect(paraphrase).toMatchObject({
      kind: 'PARAPHRASE',
      text: 'saying the lease was not ready for a vote.',
    });
    expect(paraphrase?.speaker?.id).toBe('ana-lima');
    // No speaker in the clause, or the participle is not one of speech.
    expect(run('The meeting ended early, saying much about the mood.').statements).toEqual([]);
    expect(run('Lima left the meeting early, leaving the lease for another day.').statements).toEqual([]);
  });

  it('proposes no paraphrase for declining to comment, but does for declining to do something', () => {
    expect(run('Reyes declined comment. Lima declined to comment on the lease.').statements).toEqual([]);
    expect(run('Reyes declined to sign the lease this year.').statements.map((s) => s.kind)).toEqual([
      'PARAPHRASE',
    ]);
    expect(
      run(
        'Reyes declined to comment on the vote but said the alliance will not sign the lease.',
      ).statements.map((s) => s.kind),
    ).toEqual(['PARAPHRASE']);
  });

  it('attributes a partial quote to a parenthetical "she said" and to verbs of judgement', () => {
    expect(quotes('Some of the dock workers, Reyes said, treated the vote as “a protest.”')[0]).toMatchObject(
      {
        speaker: 'tom-reyes',
        rule: 'before-quote:speaker-verb',
      },
    );
    expect(quotes('Lima credited the alliance with “real courage.”')[0]?.speaker).toBe('ana-lima');
    // Not a parenthetical: the subject before "said" is the speaker, commas and all.
    expect(quotes('Reyes, the spokesman for the alliance, said “never.”')[0]?.speaker).toBe('tom-reyes');
    expect(quotes('Tom Reyes, of the alliance, said, “Never.”')[0]?.speaker).toBe('tom-reyes');
    // The same aside in reported speech.
    const [paraphrase] = run(
      'Lima spoke. On Friday, she said, the lease was signed by the alliance.',
    ).statements.filter((s) => s.kind === 'PARAPHRASE' && s.start > 0);
    expect(paraphrase?.speaker?.id).toBe('ana-lima');
  });

  it('does not take a name in a relative clause for the subject of reported speech', () => {
    const found = run('Dockhands, who work for the alliance, said the lease was unfair to them.').statements;
    expect(found.filter((s) => s.speaker?.id === 'dock-workers')).toEqual([]);
    expect(
      run('Reyes, who met Lima on Friday, said the alliance will not sign.').statements[0]?.speaker?.id,
    ).toBe('tom-reyes');
  });

  it('takes a fronted "For X," as the subject a later pronoun refers to', () => {
    expect(
      quotes('Reyes spoke first. For Lima, the day was long. “We can sign now,” she said.')[0]?.speaker,
    ).toBe('ana-lima');
    // Nobody fronted: the sentence's own subject, as usual.
    expect(quotes('For years, Reyes fought the lease. “We can sign now,” he said.')[0]?.speaker).toBe(
      'tom-reyes',
    );
  });

  it('tells a partial quote from a direct one', () => {
    const result = run('Lima said the deal was “a step forward” for the port. “We are glad,” she said.');
    expect(result.statements.filter((s) => s.kind !== 'PARAPHRASE').map((s) => s.kind)).toEqual([
      'PARTIAL_QUOTE',
      'DIRECT_QUOTE',
    ]);
  });

  it('reads the medium from the attribution', () => {
    const [q] = run('“We refuse,” Reyes said in an email.').statements;
    expect(q?.medium).toBe('EMAIL');
  });
  it('proposes an organization the graph does not know as the speaker when its name says it is one', () => {
    const speakers = (text: string) =>
      quoted(text).map((s) => [s.text, s.speaker?.name ?? null, s.speaker?.type ?? null, s.speaker?.isNew]);
    // Fronted "In a statement," and an appositive after the name; the subject is the body itself.
    expect(
      speakers(
        'In a statement, the Port Authority of Bayside said its piers "will stay open through the stoppage."\n\n' +
          'The Harbor Merchants Association, a group of two dozen shops, said the lease "is a bad deal."',
      ),
    ).toEqual([
      ['will stay open through the stoppage.', 'Port Authority of Bayside', 'ORGANIZATION', true],
      ['is a bad deal.', 'Harbor Merchants Association', 'ORGANIZATION', true],
    ]);
    // Named again by its noun, it is the same new organization; a numbered part of a known one
    // ("Dock Workers Alliance Local 12") is a body of its own.
    expect(
      speakers(
        'The Bayside Board of Finance said it "will not sign the lease."\n\nThe board said the lease was "a bad deal."\n\n' +
          'Dock Workers Alliance Local 12 said it would "sign the lease."',
      ),
    ).toEqual([
      ['will not sign the lease.', 'Bayside Board of Finance', 'ORGANIZATION', true],
      ['a bad deal.', 'Bayside Board of Finance', 'ORGANIZATION', true],
      ['sign the lease.', 'Dock Workers Alliance Local 12', 'ORGANIZATION', true],
    ]);
    // A shorter form of one known organization's name is that organization, not a new one.
    expect(
      run('The Pilots Union said the lease "is a bad deal."').statements.map((s) => s.speaker?.id),
    ).toEqual(['pilots-union', 'pilots-union']);
    // An organization's name is never a new person: "Our St. Vincent de Paul Conference told …".
    const parish = run(
      'Our St. Vincent de Paul Conference told the council it will help, "no questions asked."',
    );
    expect(parish.people.map((p) => p.name)).toEqual([]);
    // (Its report, "told the council it will help", is reported speech around the partial quote.)
    expect(parish.statements.map((s) => [s.kind, s.speaker?.name ?? null])).toEqual([
      ['PARAPHRASE', 'St. Vincent de Paul Conference'],
      ['PARTIAL_QUOTE', 'St. Vincent de Paul Conference'],
    ]);
    // A lower-case group or a single capitalized word is not read as a name.
    expect(speakers('The merchants said the lease "is a bad deal."')).toEqual([
      ['is a bad deal.', null, null, undefined],
    ]);
  });

  it('finds an organization the graph does not know when it is named again by its noun, not only after it spoke', () => {
    const speakers = quoteSpeakers;
    // Named in passing (after "of", on a line of its own, in a sentence that also names a known
    // person), then "the Council", "the association's board", "it".
    expect(
      speakers(
        'A bulletin for members of the Bayside Council of Harbor Pilots\n\n' +
          'Members asked the Council office what the lease means. Officials met on Monday.\n\n' +
          'In a statement adopted that night, the Council said it "takes no position on the lease."',
      ),
    ).toEqual([['takes no position on the lease.', 'Bayside Council of Harbor Pilots']]);
    expect(
      speakers(
        'The Bayside Retired Pilots Association met with Tom Reyes on Monday.\n\n' +
          'In a resolution, the association\'s board said it "stands with the pilots."',
      ),
    ).toEqual([['stands with the pilots.', 'Bayside Retired Pilots Association']]);
    expect(
      speakers(
        'The Harbor Merchants Association voted against the lease on Friday. It said the lease "would empty our shops."',
      ),
    ).toEqual([['would empty our shops.', 'Harbor Merchants Association']]);
    // "The group" is one brought up in this paragraph or the one before, whatever its name, not one
    // further back, nor one the sentence names after it.
    expect(
      speakers(
        'The Harbor Merchants Association sent a letter to the port. The lease, the group wrote, "would empty our shops."\n\n' +
          'Pilots met on the pier.\n\nDozens of pilots rallied outside. The lease, the group said, "is a bad deal."\n\n' +
          'The lease, the group said of the Bayside Board of Finance, "is a fair deal."',
      ),
    ).toEqual([
      ['would empty our shops.', 'Harbor Merchants Association'],
      ['is a bad deal.', null],
      ['is a fair deal.', null],
    ]);
    // "Union officials" with no article is any union's, not the one named in passing.
    expect(
      speakers(
        'Tom Reyes, a member of the Bayside Ferry Workers Union, voted no.\n\nUnion officials said turnout "will be higher."',
      ),
    ).toEqual([['will be higher.', null]]);
    // A day after the name, a sentence's end and a name joined by "and" are not part of it.
    expect(
      speakers(
        'Tom Reyes and the Bayside Board of Finance met on Monday. Reyes spoke with the Port Council on Tuesday.\n\n' +
          'The board said the lease was "a bad deal." The council said it was "a fair deal."',
      ),
    ).toEqual([
      ['a bad deal.', 'Bayside Board of Finance'],
      ['a fair deal.', 'Port Council'],
    ]);
  });

  it('reads a roundup label in capitals on its own line, and an organization by a shorter name or through its office', () => {
    const speakers = quoteSpeakers;
    // A label names a known person, a new one, or a body; what follows the label is theirs.
    expect(
      speakers(
        'Here is what they said:\n\nLEE CHEN, president of the pilots, in a statement:\n\n"We will sign the lease."\n\n' +
          'COUNCILWOMAN ANA VARGAS, D-Bayside:\n\n"The lease is a bad deal."\n\n' +
          'THE HARBOR MERCHANTS ASSOCIATION, a group of two dozen shops, on its website:\n\n' +
          'The group argued that the lease would empty the shops. It called the lease "a slow eviction."',
      ),
    ).toEqual([
      ['We will sign the lease.', 'Lee Chen'],
      ['The lease is a bad deal.', 'Ana Vargas'],
      ['a slow eviction.', 'Harbor Merchants Association'],
    ]);
    // Two bodies named together are two; a shorter form of one is it; a body speaks through its
    // administration; "the hospital" is the one just named.
    expect(
      speakers(
        'The Bayside Board of Education and the Bayside Board of Finance met on Monday.\n\n' +
          'The Board of Finance, for its part, said it would wait "until the state decides."\n\n' +
          'In a statement, Bayside General Hospital\'s administration said care "will not suffer."\n\n' +
          '"We are ready," the hospital said.',
      ),
    ).toEqual([
      ['until the state decides.', 'Bayside Board of Finance'],
      ['will not suffer.', 'Bayside General Hospital'],
      ['We are ready', 'Bayside General Hospital'],
    ]);
  });

  it('leaves an occupation before a first name out of a new name, and gives a pronoun after a fronted clause to the one person there it fits', () => {
    const lobbyist = run('Lobbyist Patrice Dunleavy said the lease "is a bad deal."');
    expect(lobbyist.people.map((p) => p.name)).toEqual(['Patrice Dunleavy']);
    // (A first name that opens a name stays: "Walter" is one.)
    expect(run('Walter Ashby Dunleavy said the lease "is a bad deal."').people.map((p) => p.name)).toEqual([
      'Walter Ashby Dunleavy',
    ]);
    // The governor's gender is not known; Linda's is, from her first name.
    const text =
      'Gov. Dannel Okafor said nothing. Tom Reyes said the lease was fine.\n\n' +
      'When I read Reyes\'s line to Linda Marsh, she laughed.\n\n"Tell him to try my job," she said.';
    expect(quoted(text).map((s) => s.speaker?.name)).toEqual(['Linda Marsh']);
  });

  it('does not take someone of a known surname with another first name for the known person', () => {
    const speakers = (text: string) => quoted(text).map((s) => [s.speaker?.id ?? null, s.speaker?.name]);
    expect(speakers('Ana Reyes, a crane operator, said the lease "is a bad deal."')).toEqual([
      [null, 'Ana Reyes'],
    ]);
    // A short form of the known person's first name is theirs; so is a first name compromise does not know.
    expect(speakers('Tommy Reyes said the lease "is a bad deal." Dannel Reyes said it "is fine."')).toEqual([
      ['tom-reyes', 'Tom Reyes'],
      ['tom-reyes', 'Tom Reyes'],
    ]);
  });

  it('reads a known name written with accents, and no new name in an abbreviation, a title "of" something or a body', () => {
    const speakers = (text: string) => quoted(text).map((s) => s.speaker?.name ?? null);
    expect(speakers('Tóm Réyes said the lease "is a bad deal."')).toEqual(['Tom Reyes']);
    const named = run(
      'Ana Vargas served in the U.S. Navy. Superintendent of Schools Brian Hatch said the cuts "will hurt." ' +
        'The Department of Emergency Services and Public Protection said it "will keep patrols." ' +
        'Local 12 President Walter Ashby said it was "a fair deal."',
    );
    expect(named.people.map((p) => p.name)).toEqual(['Brian Hatch', 'Walter Ashby']);
    expect(named.statements.filter((s) => s.kind !== 'PARAPHRASE').map((s) => s.speaker?.name)).toEqual([
      'Brian Hatch',
      'Department of Emergency Services and Public Protection',
      'Walter Ashby',
    ]);
  });

  it('gives "the reporter said" to the reporter the article introduced by a lower-case title before his name', () => {
    const text =
      'On the morning show, host Linda Marsh asked Harbor Radio dock reporter Walter Ashby what comes next.\n\n' +
      '"That is the hard part," the reporter said. "The lease needs a second vote."\n\n' +
      '"Nobody has set a date," he said.';
    expect(quoteSpeakers(text)).toEqual([
      ['That is the hard part', 'Walter Ashby'],
      ['The lease needs a second vote.', 'Walter Ashby'],
      ['Nobody has set a date', 'Walter Ashby'],
    ]);
    expect(run(text).people.find((p) => p.name === 'Walter Ashby')?.role).toMatchObject({
      title: 'reporter',
    });
  });

  it('gives commenters’ words to their screen names, and not to a surname with a capital inside', () => {
    const text = [
      '"Sign the lease and be done," wrote HarborHawk22.',
      'That drew a reply from dock_mom_61: "Not before the vote."',
      'One comment came from a reader posting as Old_Pilot, who said he worked the harbor for 30 years.',
      '"The lease is a bad deal."',
      '"We wait," said McAllister.',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['Sign the lease and be done', 'HarborHawk22'],
      ['Not before the vote.', 'dock_mom_61'],
      ['The lease is a bad deal.', 'Old_Pilot'],
      ['We wait', null],
    ]);
    expect(
      run(text)
        .people.filter((p) => p.isNew)
        .map((p) => p.name),
    ).toEqual(['HarborHawk22', 'dock_mom_61', 'Old_Pilot']);
  });

  it('reads a name around a nickname of two words, and "Mayor Ana Lima’s office" as her office', () => {
    const text =
      'I found Walt “Big Crane” Ashby at the gate.\n\n' +
      '“We wait,” said Ashby, a crane operator.\n\n' +
      'Asked about the lease, Mayor Ana Lima’s office said in a statement that the city “will sign.”\n\n' +
      'Tom Smith’s office said it “has no comment.”';
    expect(quoted(text).map((s) => [s.speaker?.id ?? null, s.speaker?.name ?? null])).toEqual([
      [null, 'Walt Ashby'],
      ['city-hall', 'Office of the Mayor'],
      [null, null],
    ]);
  });

  it('reads the speaker set off by commas after a subordinate clause naming someone else, and a possessive after a fronted time as the topic a "he" goes on with', () => {
    const aside = 'Whatever Reyes decides, Lee Chen said, the pilots would be "at every table."';
    expect(quoted(aside).map((s) => s.speaker?.id)).toEqual(['lee-chen']);
    expect(paraphrasesIn(aside).map((s) => s.speaker?.id)).toEqual(['lee-chen']);
    const owner =
      'Walter Ashby, a crane operator, waited in line. Tom Reyes said the line "is long."\n\n' +
      'At 11:40 a.m., Ashby’s number was called. He walked out 15 minutes later.\n\n"Two hours," he said.';
    expect(quoteSpeakers(owner).at(-1)).toEqual(['Two hours', 'Walter Ashby']);
  });

  it('remembers a body whose name holds a title word and what it is made of, and hears it through its board of directors past an aside', () => {
    const text =
      'Members of the Bayside Association of Retired State Pilots met Monday.\n\n' +
      'The association’s board of directors, in a resolution adopted June 28, said it "stands with every pilot."';
    expect(quoteSpeakers(text)).toEqual([
      ['stands with every pilot.', 'Bayside Association of Retired State Pilots'],
    ]);
  });

  it('gives words quoted inside a report to the report’s speaker when no rule gave them to anyone', () => {
    const text =
      'Mayor Ana Lima spoke Monday.\n\n' +
      'The mayor has suggested as much since, telling reporters on Friday that the vote exposed “a rules problem, not a lease problem.”';
    expect(quoted(text).map((s) => [s.speaker?.id, s.rule, s.confidence <= 0.6])).toEqual([
      ['ana-lima', 'reported-speech', true],
    ]);
  });

  it('gives a quote paragraph to the caller a voicemail label names, by first name alone', () => {
    const text =
      '[26:40] Voicemail from Deb, a crane operator in Bayside. (We use first names only.)\n\n' +
      '"I voted yes and I would vote yes again."';
    expect(quoteSpeakers(text)).toEqual([['I voted yes and I would vote yes again.', 'Deb']]);
  });

  it('reads a screen name in small letters after a verb of posting, and one with digits after "this from"', () => {
    const text = [
      '"Sign the lease and be done," wrote harborrat.',
      'That drew this from Pilot1987: "Not before the vote."',
      '"We wait," wrote another.',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['Sign the lease and be done', 'harborrat'],
      ['Not before the vote.', 'Pilot1987'],
      ['We wait', null],
    ]);
  });

  it('knows a company named with its suffix by its shorter name, as "the company", and a body by a word and its noun', () => {
    const text = [
      'The pilots fly for Bayside Air Taxi Co., a private company, and bank at the Dockworkers Credit Union.',
      'In a statement, Bayside Air Taxi said it “bargains on its own terms.”',
      'The company said it “will not follow the city.”',
      'The credit union’s board took the same line in a statement on June 30, saying it “takes no position on the lease.”',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['bargains on its own terms.', 'Bayside Air Taxi Co.'],
      ['will not follow the city.', 'Bayside Air Taxi Co.'],
      ['takes no position on the lease.', 'Dockworkers Credit Union'],
    ]);
    expect(run(text).people).toEqual([]);
  });

  it('reads a readers’ mailbag: signed questions, and answers that are the columnist’s own', () => {
    const text = [
      'By Ruth Ellery, columnist',
      'Q. My steward told me, “Sign the lease and be done.” Who’s right? — Confused in Bayside',
      'A. Possibly both. The mayor has said she will not reopen the lease.',
      '“Nobody has set a date,” said Tom Reyes, a pilot.',
      'Q. Would Mr. Reyes vote again? — Curious in Bayside',
      'A. He says he would.',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['Sign the lease and be done.', null],
      ['Nobody has set a date', 'Tom Reyes'],
    ]);
    expect(
      run(text)
        .people.filter((p) => p.isNew)
        .map((p) => p.name),
    ).toEqual([]);
  });

  it('gives "Mrs. Okafor" to the wife introduced by first name (Lucia Okafor), not to her husband', () => {
    const text = [
      '"We wait," said Paul Okafor, a crane operator, at the kitchen table he shares with his wife, Lucia, a nurse.',
      'Mrs. Okafor shook her head. "I told him before the vote," she said.',
      '"Two hours," Mr. Okafor said.',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['We wait', 'Paul Okafor'],
      ['I told him before the vote', 'Lucia Okafor'],
      ['Two hours', 'Paul Okafor'],
    ]);
  });

  it('gives a comment read out to the one it came from: a viewer posting as a name, a sender with a clause about them', () => {
    const text = [
      'Tom Reyes hosted the alliance’s live stream on Tuesday night.',
      'Then he read the first comment. It came from a viewer posting as Dave Kowalczyk of Bayside: "So we vote again until we get it right?"',
      'Later he read a comment from Linda Haskell-Moore, who said she works nights at the harbour: "Do the notices go away?"',
      'The stream ended a few minutes after a viewer posting as Gloria Pettway of Norwich typed the last comment he read: "Vote. Whatever you vote, vote."',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['So we vote again until we get it right?', 'Dave Kowalczyk'],
      ['Do the notices go away?', 'Linda Haskell-Moore'],
      ['Vote. Whatever you vote, vote.', 'Gloria Pettway'],
    ]);
  });

  it('keeps "the senator" after "One senator …" unnamed, not the senator the article named', () => {
    const senator = [
      '"We will vote Friday," said Rita Vance, a state senator from Bayside.',
      'One senator, walking to the parking garage after 6 p.m., summed up the afternoon more briefly.',
      '"Ask me tomorrow," the senator said. "Tonight I just want to go home."',
    ].join('\n\n');
    expect(quoteSpeakers(senator)).toEqual([
      ['We will vote Friday', 'Rita Vance'],
      ['Ask me tomorrow', null],
      ['Tonight I just want to go home.', null],
    ]);
  });

  it('keeps "The man in the Whalers cap", in a sentence after a time ("7:02 a.m. The …"), unnamed, but not one named after the noun', () => {
    const cap = [
      'Lee Chen said last week that the notices would go out on schedule.',
      'The ferry docked at 7:02 a.m. The man in the Whalers cap was among the first off.',
      '“See you tomorrow,” he told the deckhand. “Same argument.”',
    ].join('\n\n');
    expect(quoteSpeakers(cap)).toEqual([
      ['See you tomorrow', null],
      ['Same argument.', null],
    ]);
    // Named after the noun, "The woman at the end of the table, a nurse named …" is her.
    const named = [
      'Lee Chen said last week that the notices would go out on schedule.',
      'The woman at the end of the table, a nurse named Carla Benedetto, had her notice in her pocket.',
      '“I voted no,” she said. “That’s the honest truth.”',
    ].join('\n\n');
    expect(quoteSpeakers(named)).toEqual([
      ['I voted no', 'Carla Benedetto'],
      ['That’s the honest truth.', 'Carla Benedetto'],
    ]);
  });

  it('keeps a quote unnamed when its "he said" stands for someone unnamed, and the quote after it, past the writer’s own sentence', () => {
    const aside = [
      'By Walt Brennan',
      'Lee Chen, the harbour director, spoke first.',
      'A dock worker who has voted with the alliance for twenty years was blunter. I agreed to leave his name out. "They were never going to let that lease die," he said. "The only surprise is that it took all summer."',
    ].join('\n\n');
    expect(quoteSpeakers(aside)).toEqual([
      ['They were never going to let that lease die', null],
      ['The only surprise is that it took all summer.', null],
    ]);
  });

  it('reads a title "for" something before a name, and initials as a nickname inside a name', () => {
    const title = [
      'The harbour could lose 140 jobs, Vice Chancellor for Finance Robert Kellerman told the board.',
      '"These are not numbers we chose," Kellerman said.',
    ].join('\n\n');
    expect(quoteSpeakers(title)).toEqual([['These are not numbers we chose', 'Robert Kellerman']]);
    const initials = [
      'Arguing for the alliance were Priya Raghunathan, a student from Bayside, and Thomas “T.J.” Brennan, a student from Lowell.',
      '“We are not asking this court to tear up the lease,” Brennan said.',
    ].join('\n\n');
    expect(quoteSpeakers(initials)).toEqual([
      ['We are not asking this court to tear up the lease', 'Thomas Brennan'],
    ]);
  });

  it('keeps someone who asked not to be named, or did not give a name, unnamed, whatever the aside names', () => {
    const aside = [
      'Lee Chen spoke first.',
      'One usher, who asked not to be named because she works at the Office of the Mayor, said the mood in her office was "like a funeral every day."',
    ].join('\n\n');
    expect(quoteSpeakers(aside)).toEqual([['like a funeral every day.', null]]);
    const caller = [
      'Tom Reyes, the alliance spokesman, took calls for an hour.',
      'The call that drew the longest answer came from a dock worker in Bayside, who did not give his name on the air.',
      '“We didn’t vote for this lease. Why can’t we just sit down with you ourselves?” he asked.',
    ].join('\n\n');
    expect(quoteSpeakers(caller)).toEqual([
      ['We didn’t vote for this lease. Why can’t we just sit down with you ourselves?', null],
    ]);
  });

  it('reads a blog’s "Posted by … on <date>" (or "… | <date>") as its byline: the writer is "I"', () => {
    for (const posted of [
      'Posted by Nora Brandt on Saturday, August 20, 2011',
      'Posted by Nora Brandt | July 6, 2011',
    ]) {
      const text = [
        posted,
        'Two months ago I wrote a grumpy post.',
        '"I am not mad at anybody," I said.',
      ].join('\n\n');
      expect(quoteSpeakers(text)).toEqual([['I am not mad at anybody', 'Nora Brandt']]);
    }
  });

  it('gives a radio script’s clip to the name in its bracketed cue, past the in-cue line, and reads no statement in the cue lines', () => {
    const text = [
      'ANCHOR: Mayor Ana Lima called the vote "a good day for the harbour" this morning.',
      '[CLIP 1: LIMA — :13]',
      'IN: "I want to thank..."',
      '"I want to thank the members who took a second look. They did not have to."',
      'OUTCUE: "...did not have to."',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['a good day for the harbour', 'Ana Lima'],
      ['I want to thank the members who took a second look. They did not have to.', 'Ana Lima'],
    ]);
  });

  it('reads a transcript labelled by the initials the article gives in parentheses ("Interviewer: Karen Whitcomb (KW)")', () => {
    const text = [
      'Narrator: Raymond Dufresne (RD)',
      'Interviewer: Karen Whitcomb (KW)',
      'KW: You had been retired three years when the lease came out. Were you following it?',
      'RD: Following it? My phone did not stop ringing.',
      'KW: And then the vote came back in June.',
      'RD: June 24th. I was at my daughter’s in Vernon.',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['You had been retired three years when the lease came out. Were you following it?', 'Karen Whitcomb'],
      ['Following it? My phone did not stop ringing.', 'Raymond Dufresne'],
      ['And then the vote came back in June.', 'Karen Whitcomb'],
      ['June 24th. I was at my daughter’s in Vernon.', 'Raymond Dufresne'],
    ]);
  });

  it('gives a family the article says it calls by first name its surname, and keeps a nickname the speaker is called no one else', () => {
    const text = [
      'Ron Tavares has hauled traps since before his son could walk. Ron, 58, voted yes. Mike, 31, voted no.',
      '(Because they share a surname, the Tavareses are referred to by first name in this story.)',
      '“Everybody calls me ‘Big Ron’ at the dock,” Ron said.',
      '“I’m not mad at him,” Mike said.',
      '“I told him the same thing my father told me,” Ron said.',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['Everybody calls me ‘Big Ron’ at the dock', 'Ron Tavares'],
      ['I’m not mad at him', 'Mike Tavares'],
      ['I told him the same thing my father told me', 'Ron Tavares'],
    ]);
  });

  it('reads "the 16-year-old from Bayside" as the person the article just named, like a pronoun', () => {
    const text = [
      'The bill ran 11 pages, and Priya Natarajan had read every one of them twice.',
      '"Everybody keeps saying this is about numbers," the 16-year-old from Bayside told her fellow students.',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['Everybody keeps saying this is about numbers', 'Priya Natarajan'],
    ]);
  });

  it('reads no name in a preposition before a surname: "Above Pruitt’s counter"', () => {
    const counter = [
      'On weekday mornings the line at Dana Pruitt’s bakery starts before six.',
      'Above Pruitt’s counter hangs a sign. “When the dock sneezes, the bakery catches cold,” she said.',
    ].join('\n\n');
    expect(quoteSpeakers(counter)).toEqual([
      ['When the dock sneezes, the bakery catches cold', 'Dana Pruitt'],
    ]);
    expect(
      run(counter)
        .people.filter((p) => p.isNew)
        .map((p) => p.name),
    ).toEqual(['Dana Pruitt']);
  });

  it('finds "the pollster" as the one named director of the poll, a title closing its sentence', () => {
    const poll = [
      '"People are impatient with the standoff," said Gregory Szabo, director of the poll.',
      'Szabo said the lease numbers were the ones he would watch.',
      '"Forty-eight to 44 is a coin flip," the pollster said.',
    ].join('\n\n');
    expect(quoteSpeakers(poll)).toEqual([
      ['People are impatient with the standoff', 'Gregory Szabo'],
      ['Forty-eight to 44 is a coin flip', 'Gregory Szabo'],
    ]);
  });

  it('reads a speech printed below the paragraph that says whose it is, without quote marks, as hers, leaving out the notes in brackets', () => {
    const text = [
      'Dana Pruitt, president of the Harbour Pilots Guild, spoke to the members in Bayside on Saturday.',
      'Her speech is printed below as delivered. Bracketed notes are ours.',
      'Thank you. Sit down, you are making me nervous. [Laughter]',
      'Last spring we signed the lease. [Applause] I would sign it again tomorrow.',
      'Then the mayor told the whole town, “The lease is the lease.” And a week later the notices came.',
      '[Sustained applause]',
      'REACTION',
      'Lee Chen said he had heard it all before.',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['Thank you. Sit down, you are making me nervous.', 'Dana Pruitt'],
      ['Last spring we signed the lease.', 'Dana Pruitt'],
      ['I would sign it again tomorrow.', 'Dana Pruitt'],
      [
        'Then the mayor told the whole town, “The lease is the lease.” And a week later the notices came.',
        'Dana Pruitt',
      ],
      ['The lease is the lease.', 'Ana Lima'],
    ]);
  });

  it('gives a relative introduced by first name alone the family’s surname, and keeps the surname alone for the one named in full', () => {
    const possessive = [
      'Dana Pruitt, 48, works at the harbour office. Her husband, Glen Pruitt, hauls traps.',
      'The Pruitts’ daughter, Emma, 19, said she had heard enough about the lease.',
      '"My parents can argue about anything," she said.',
      'Their son, Caleb, 15, said little. "It is boring," he said.',
    ].join('\n\n');
    expect(quoteSpeakers(possessive)).toEqual([
      ['My parents can argue about anything', 'Emma Pruitt'],
      ['It is boring', 'Caleb Pruitt'],
    ]);
    const spouse = [
      'Peter Amaral Soares, 58, voted no. He stood at the dock with his wife, Marta, and their two sons.',
      '"We do not talk about it at dinner anymore," Marta said.',
      '"It is the same lease," Soares said.',
    ].join('\n\n');
    expect(quoteSpeakers(spouse)).toEqual([
      ['We do not talk about it at dinner anymore', 'Marta Soares'],
      ['It is the same lease', 'Peter Amaral Soares'],
    ]);
    // No family named: the first name stays alone.
    expect(quoteSpeakers('Their daughter, Emma, 19, was home.\n\n"It is boring," Emma said.')).toEqual([
      ['It is boring', 'Emma'],
    ]);
  });

  it('keeps the topic a "he" means: a name after ", but", a title’s possessive, a familiar first name', () => {
    const clause =
      'Walter Ashby, a crane operator, worked the grill. His son graduated in 2009, but Ashby still signs up every year.\n\n' +
      '"The kids do not care about any of this," he said.';
    expect(quoteSpeakers(clause)).toEqual([['The kids do not care about any of this', 'Walter Ashby']]);
    const title =
      'Lee Chen wrote to the mayor on July 5.\n\n' +
      'The mayor’s first answer was not encouraging. At the dock that same day, she told reporters she had "no interest in a new lease."';
    expect(quoted(title).map((s) => s.speaker?.id)).toEqual(['ana-lima']);
    const familiar =
      'Our pastor, Father Thomas Keane, spoke on Sunday.\n\n"A job is not only a paycheck," Father Tom said.';
    expect(quoteSpeakers(familiar)).toEqual([['A job is not only a paycheck', 'Thomas Keane']]);
  });

  it('gives a coordinated "and added that" to the subject of the first verb, not to the person its clause names', () => {
    const text =
      'In a statement, the Dock Workers Alliance said Lee Chen was "wrong about the lease" and added that the vote "stands."';
    expect(quoted(text).map((s) => [s.text, s.speaker?.id])).toEqual([
      ['wrong about the lease', 'dock-workers'],
      ['stands.', 'dock-workers'],
    ]);
  });

  it('gives "I" to the name under a letter’s closing, and "the group" to a body introduced as "a group called …"', () => {
    const letter = [
      'Dear Neighbor,',
      'I have not been shy. As I told the Harbor Chamber in July, "A lease that most pilots voted for should not die."',
      'Sincerely,',
      'Walter Ashby\nHarbor Commissioner',
    ].join('\n\n');
    expect(quoteSpeakers(letter)).toEqual([
      ['A lease that most pilots voted for should not die.', 'Walter Ashby'],
    ]);
    const group = [
      'Jerome Haskell spoke on behalf of a group called Bayside Taxpayers First.',
      '"The pilots had their vote," Haskell said.',
      'In written testimony, the group called the lease "the one line nobody will touch."',
    ].join('\n\n');
    expect(quoteSpeakers(group).at(-1)).toEqual([
      'the one line nobody will touch.',
      'Bayside Taxpayers First',
    ]);
  });

  it('proposes reported speech of someone unnamed, unattributed, and reads past "who asked not to be named"', () => {
    const text = [
      'One pilot, who asked not to be named, said the mood at the dock is grim.',
      'Several crane operators said the lease would cost them overtime.',
      'She asked me not to make her husband look like a fool.',
      'The talks that followed were short.',
    ].join('\n\n');
    expect(paraphrasesIn(text).map((s) => [s.text.slice(0, 20), s.speaker, s.confidence])).toEqual([
      ['One pilot, who asked', null, 0.3],
      ['Several crane operat', null, 0.3],
    ]);
  });

  it('reads a week-in-quotes page: each quote paragraph is the credit line’s under it, a sign’s words none', () => {
    const text = [
      'Here is the week, in the words of the people living it.',
      '“Sign the lease and be done.',
      '“We can make the words clearer.”',
      '— Mayor Ana Lima, to reporters at City Hall, Monday',
      '“I voted no the first time. Call it growing up.”',
      '— A crane operator at the dock, who asked that his name not be used, Wednesday',
      '“Nobody at that table is writing a new lease.”',
      '— Lee Chen, president of the pilots’ union, Tuesday',
      '“Leases Are Not a Harbor Plan”',
      '— Sign carried by a retired pilot outside City Hall, Tuesday',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['Sign the lease and be done.', 'Ana Lima'],
      ['We can make the words clearer.', 'Ana Lima'],
      ['I voted no the first time. Call it growing up.', null],
      ['Nobody at that table is writing a new lease.', 'Lee Chen'],
    ]);
  });

  it('reads a web story’s sound bites under labels in capitals, and a radio script’s clips under "ACT: NAME"', () => {
    const web = [
      'STAND-UP -- DANA WHITCOMB, NEWS 11: The count wrapped up a little after six.',
      'MAYOR ANA LIMA (D), BAYSIDE: "I said from the start that this was a fair lease."',
      "For Walter Ashby, the news is mixed. He's a crane operator at the dock.",
      'HARBOR PILOTS UNION PRESIDENT LEE CHEN (BAYSIDE): "This is a patch."',
      'WALTER ASHBY, CRANE OPERATOR: "I will have a job."',
    ].join('\n\n');
    // (The reporter's paragraph after a sound bite closed in its quote marks is narration.)
    expect(quoted(web).map((s) => s.speaker?.name ?? null)).toEqual(['Ana Lima', 'Lee Chen', 'Walter Ashby']);
    const radio = [
      'ANCHOR: The mayor toured the dock on Tuesday.',
      'ACT: LIMA -- :16',
      '"If this is about clearer words, I am open to that.',
      '"But I am not going to reopen the lease."',
      'OUTCUE: "...reopen the lease."',
      'ANCHOR: Outside, pilots waved signs and chanted "Whose dock? Our dock!" as she left.',
    ].join('\n\n');
    expect(quoteSpeakers(radio)).toEqual([
      ['If this is about clearer words, I am open to that.', 'Ana Lima'],
      ['But I am not going to reopen the lease.', 'Ana Lima'],
    ]);
  });

  it('reads "warning that", "thanked … for", "the branch" and a body named in the plural', () => {
    const text = [
      'Kim Park, the harbor commissioner, spoke to a business group, warning that a strike would be "a drag on every shop."',
      'In a statement, the Dock Workers Alliance thanked members for "standing together through a hard summer."',
      'The Judicial Branch has not said how many jobs will go. In a statement, the branch said it was "committed to core services."',
      'Bayside Community Colleges, the system that runs three campuses, said it would "protect instruction first."',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['a drag on every shop.', 'Kim Park'],
      ['standing together through a hard summer.', 'Dock Workers Alliance'],
      ['committed to core services.', 'Judicial Branch'],
      ['protect instruction first.', 'Bayside Community Colleges'],
    ]);
  });

  it('gives the reply to the one a quote addressed by first name, then alternates; not after "she said"', () => {
    const text = [
      '“They had a lease,” Walter Ashby said. “So sign it.”',
      'Two stools down, Lee Chen shook his head.',
      '“Most pilots voted yes, Walter. Sixty percent.”',
      '“Sixty percent isn’t a yes under your own rules.”',
      '“That’s the bylaws.”',
      '“So change it.”',
    ].join('\n\n');
    expect(quoteSpeakers(text).slice(2)).toEqual([
      ['Most pilots voted yes, Walter. Sixty percent.', 'Lee Chen'],
      ['Sixty percent isn’t a yes under your own rules.', 'Walter Ashby'],
      ['That’s the bylaws.', 'Lee Chen'],
      ['So change it.', 'Walter Ashby'],
    ]);
  });

  it('reads "Delegate" and "Bro." before a name as titles, not part of it', () => {
    const text = [
      '“Sign the lease tonight,” said Delegate Shirley Okafor of Local 1522.',
      'Bro. Henry Lutz said the lease could wait.',
    ].join('\n\n');
    expect(run(text).people.map((p) => p.name)).toEqual(['Shirley Okafor', 'Henry Lutz']);
  });

  it('reads minutes’ "stated that" as reported speech, and "Co-chairs" before a name as a title', () => {
    const minutes = 'Mr. Reyes stated that the alliance would not sign the lease before the vote.';
    expect(run(minutes).statements.map((s) => [s.kind, s.speaker?.id])).toEqual([
      ['PARAPHRASE', 'tom-reyes'],
    ]);
    const gala = '“We said no speeches this year,” said Co-chairs Libby Sturgis and Anne Doucette.';
    expect(run(gala).people.map((p) => p.name)).toEqual(['Libby Sturgis']);
  });

  it('reads "the <title>" as the one person the article named with that title', () => {
    const text = [
      'Dock Captain Lee Chen opened the hearing at noon. Ana Lima spoke first.',
      'The captain said the lease would be signed by Friday.',
    ].join('\n\n');
    const speakerOf = (t: string) => run(t).statements.at(-1)?.speaker?.id ?? null;
    expect(speakerOf(text)).toBe('lee-chen');
    // Not a title no longer held, nor one two people hold.
    expect(speakerOf(text.replace('Dock Captain', 'Former Captain'))).not.toBe('lee-chen');
    const two = text.replace('Lee Chen opened', 'Lee Chen and Captain Kim Park opened');
    expect(speakerOf(two)).not.toBe('lee-chen');
  });

  it('gives "the memo says" to the writer named past an appositive, however far back', () => {
    const text = [
      'The four-page memo, dated May 2 and stamped “CONFIDENTIAL,” was written by Lee Chen, the pilots’ president.',
      'The board meets Thursday.',
      'Dock workers have not seen it.',
      'The harbor closes at nine.',
      '“Any local that wishes to sign alone is free to do so,” the memo says.',
    ].join('\n\n');
    expect(quoted(text).map((s) => [s.speaker?.id, s.rule])).toEqual([['lee-chen', 'document']]);
  });

  it('leaves someone unnamed at an organization unnamed: the body is where they work, not who speaks', () => {
    const text =
      'A clerk at the Dock Workers Alliance, which the city wants to merge, said he had heard of the lease “from three people by lunch.”';
    expect(run(text).statements.map((s) => [s.kind, s.speaker?.id ?? null])).toEqual([
      ['PARAPHRASE', null],
      ['PARTIAL_QUOTE', null],
    ]);
  });

  it('reads a live chat’s log: each post its poster’s, a paragraph between posts the post before’s, the moderator narrating', () => {
    const text = [
      'Editor’s note: An edited transcript of Thursday’s live chat with Lee Chen.',
      '[12:00] Moderator Jess Amato: Welcome. Lee Chen is with us until one.',
      '[12:03] DockMom62: Is the lease going to pass?',
      '[12:05] Lee Chen: I think it will. Most pilots voted yes.',
      'And a no vote does not stop the ships.',
      '[12:07] DockMom62: Thanks.',
      '[12:55] Moderator Jess Amato: Thanks, Lee. Ana Lima said in a statement that the port "will sign when the pilots do."',
    ].join('\n\n');
    expect(quotes(text).map((q) => [q.text, q.speaker])).toEqual([
      ['Is the lease going to pass?', null],
      ['I think it will. Most pilots voted yes.', 'lee-chen'],
      ['And a no vote does not stop the ships.', 'lee-chen'],
      ['Thanks.', null],
      ['will sign when the pilots do.', 'ana-lima'],
    ]);
    // A show's notes under time stamps are no chat.
    const notes = [
      '[06:45] Interview: Lee Chen on the vote. He says it will pass.',
      '[19:30] Interview: Ana Lima on the port.',
      '[40:20] On the line: Tom Reyes.',
    ].join('\n\n');
    expect(quotes(notes)).toEqual([]);
  });

  it('gives words quoted in a report that no attribution gave anyone to the report’s speaker', () => {
    const text =
      'Ana Lima’s office declined to comment but said in a statement that the mayor "will sign when the pilots do."';
    expect(run(text).statements.map((s) => [s.kind, s.speaker?.id, s.rule])).toEqual([
      ['PARAPHRASE', 'city-hall', 'reported-speech'],
      ['PARTIAL_QUOTE', 'city-hall', 'reported-speech'],
    ]);
  });

  it('finds a guest the host’s opening turn names, under a label in capitals, by the surname label', () => {
    const text = [
      'DANA WHITCOMB, HOST: Good morning. With me is Rita Moss, who teaches public finance at the college.',
      'WHITCOMB: Professor Moss, what does the lease do to the port’s budget?',
      'MOSS: Less than people think, at least in year one.',
      'WHITCOMB: And the lease itself?',
      'MOSS: On the numbers, yes.',
    ].join('\n\n');
    expect(quotes(text).find((q) => q.text.startsWith('Less than'))?.speaker).toBe('Rita Moss');
  });

  it('reads a byline after a column’s name or with a credit after it, and gives the writer her first name’s gender', () => {
    const column = ['FROM THE HARBOR DESK | By the Rev. Rita Moss', '“We are still here,” I told him.'].join(
      '\n\n',
    );
    expect(quotes(column)[0]?.speaker).toBe('Rita Moss');
    const credited = [
      'By Rita Moss, Special to the Gazette',
      'I also asked Lee Chen what the pilots should take from all this. His answer, which he sent by email, is worth reprinting in full:',
      '“Nobody who voted no is a bad guy.',
      '“What I’d ask is that we use the next two years.”',
    ].join('\n\n');
    expect(quotes(credited).map((q) => q.speaker)).toEqual(['lee-chen', 'lee-chen']);
  });

  it('leaves unnamed someone who "asked me not to print his name"', () => {
    const text = [
      'Lee Chen spoke first.',
      'One of the pilots, a man in his fifties who asked me not to print his name, is moving south. “I’m not asking anybody to feel sorry for me,” he told me.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual([null]);
  });

  it('reads a nickname someone "is still" to everybody as theirs', () => {
    const text = [
      'Walter Ashby, who is still “Skip” to everybody on the docks, voted yes.',
      '“A bad lease beats no lease,” Skip said after the meeting.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Walter Ashby']);
  });

  it('reads a local’s minutes: "Pres." as a title, and remarks read out to the members as their speaker’s', () => {
    const text = [
      '“Nobody in this room should be ashamed of how they voted,” Pres. Reyes said.',
      '5. THE MAYOR. Pres. Reyes read to the members the Mayor’s remarks at the pier on July 5, as reported in the newspapers: “I’m not going to reopen this lease.”',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['tom-reyes', 'ana-lima']);
  });

  it('gives the last word to whom it is given: "I will give Rita the last word:"', () => {
    const text = [
      'By Dale Ferris',
      'My students wrote about the lease all week. Rita Moss wrote the best of them.',
      'With her permission, I will give Rita the last word: “Nobody decides. Everybody decides a little.”',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Rita Moss']);
    const goes = text.replace('I will give Rita the last word:', 'the final word goes to Rita Moss:');
    expect(quotes(goes).map((q) => q.speaker)).toEqual(['Rita Moss']);
  });

  it('reads a memoir’s dialogue: its writer from the editor’s note, turns by nickname, "I told him" and "he said"', () => {
    const text = [
      'Editor’s note: Raymond “Ski” Kowal retired in June after 30 years on the docks. This is an excerpt from “Low Tide,” a memoir he is writing.',
      'Lee Chen called on a Sunday.',
      '“They want us to take two years of zeros,” he said. “I’m voting no.”',
      'I told him it was the best lease we would see.',
      '“Then you should have bargained a better one, Ski.”',
      '“I didn’t bargain it. I read it.”',
      '“So read it again.”',
      'Walter Ashby caught me at the gate on Thursday.',
      '“Regret doesn’t count, Walter,” I told him. “Ballots count.”',
      '“Then somebody had better hand them another ballot.”',
      'In July, Chen called again.',
      '“They changed the rules in the middle of the game, Ski,” he said.',
      '“They changed them the way the bylaws say you can.”',
      '“That’s a steward’s answer.”',
    ].join('\n\n');
    expect(quoteSpeakers(text).slice(2)).toEqual([
      ['Then you should have bargained a better one, Ski.', 'Lee Chen'],
      ['I didn’t bargain it. I read it.', 'Raymond Kowal'],
      ['So read it again.', 'Lee Chen'],
      ['Regret doesn’t count, Walter', 'Raymond Kowal'],
      ['Ballots count.', 'Raymond Kowal'],
      ['Then somebody had better hand them another ballot.', 'Walter Ashby'],
      ['They changed the rules in the middle of the game, Ski', 'Lee Chen'],
      ['They changed them the way the bylaws say you can.', 'Raymond Kowal'],
      ['That’s a steward’s answer.', 'Lee Chen'],
    ]);
  });

  it('gives a document’s passage, pointed at by "The key passage:", to whoever set it out in that document', () => {
    const text = [
      'Lee Chen, the pilots’ president, laid out the stakes in a June memo to the harbor board. It is posted on the city’s website. The key passage:',
      '"Every dollar we do not save through the lease must be found elsewhere.',
      '"If the lease is not signed, the alternative is fewer pilots."',
    ].join('\n\n');
    expect(quoted(text).map((s) => [s.speaker?.id, s.rule])).toEqual([
      ['lee-chen', 'document'],
      ['lee-chen', 'continued-quote'],
    ]);
  });

  it('makes no person of a title-case phrase in quote marks that is not a statement', () => {
    const text =
      'A group of pilots circulating a "Sign It Now" flyer at the dock wrote that the alliance "is stalling."';
    expect(run(text).people).toEqual([]);
    expect(quoted(text).map((s) => s.text)).toEqual(['is stalling.']);
  });

  it('gives a statement a body adopted to that body, past a dateline and a fronted clause', () => {
    const text =
      'BAYSIDE — Meeting in a rare summer session, the Bayside College Faculty Senate voted 31-4 to adopt a statement on the lease.\n\n' +
      '"The harbor belongs to all of us," the statement reads.';
    expect(quoted(text).map((s) => [s.speaker?.name, s.speaker?.type, s.speaker?.isNew, s.rule])).toEqual([
      ['Bayside College Faculty Senate', 'ORGANIZATION', true, 'document'],
    ]);
  });
});

describe('runPipeline attribution, ingest v35', () => {
  it('finds "Ms. Hoa" after "Nguyễn Thị Hoa", and proposes no role from the clause after a fronted name', () => {
    const text =
      'BAYSIDE - For Nguyễn Thị Hoa, the envelope came on a Friday.\n\n' +
      '"Eleven years I work there," Ms. Hoa said.\n\n' +
      'Trần Văn Minh, 44, a harbor engineer, voted no.\n\n' +
      '"The harbor master has made this very clear," Mr. Minh said.';
    expect(quoteSpeakers(text)).toEqual([
      ['Eleven years I work there', 'Nguyễn Thị Hoa'],
      ['The harbor master has made this very clear', 'Trần Văn Minh'],
    ]);
    expect(run(text).people.find((p) => p.name === 'Nguyễn Thị Hoa')?.role).toBeNull();
  });

  it('reads no name in a participle opening a sentence: "Following Vietnamese custom, …"', () => {
    const text =
      'Following Vietnamese custom, this page uses given names.\n\n' +
      'The Vietnamese Harbor Association of Bayside said in a statement that it "takes no side in the lease vote."';
    expect(quoted(text).map((s) => [s.speaker?.name, s.speaker?.type])).toEqual([
      ['Vietnamese Harbor Association of Bayside', 'ORGANIZATION'],
    ]);
  });

  it('reads "he" past fronted phrases before coordinated verbs: "Early on, he looks up and says, …"', () => {
    const text =
      'Tom Reyes sat in the third row. Early in the film, weeks before the vote, he looks into the camera and says, "If you can change the count, it was never a vote."';
    expect(quoteSpeakers(text)).toEqual([['If you can change the count, it was never a vote.', 'Tom Reyes']]);
  });

  it('reads the name after a description as the subject, and the one a question was put to as who answers', () => {
    const text = [
      'A graduate student in maritime history at Bayside College, Marisol Quiñones, pressed Abe Stein on what the film leaves out.',
      '"You never show us the room where the leadership decided," she said.',
      'Tom Reyes, a pilot, said Monday that the meetings had been closed.',
      "Quiñones wasn't finished. She asked whether Stein had taken a side on the lease.",
      'He said he had not.',
      '"I made a film about what it costs to be asked that question," he said.',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['You never show us the room where the leadership decided', 'Marisol Quiñones'],
      ['I made a film about what it costs to be asked that question', 'Abe Stein'],
    ]);
  });

  it('strips an occupation before a familiar first name and "Grand Knight" as a title', () => {
    const text =
      'Between jobs. Parishioner Ray Gagnon, a retired director, will lead a series.\n\n' +
      '"I\'m there to help with a résumé," Gagnon said.\n\n' +
      'Grand Knight Paul Dufresne said the breakfast will benefit the fund. "If you can flip a pancake, we can use you," he said.';
    expect(quoteSpeakers(text)).toEqual([
      ["I'm there to help with a résumé", 'Ray Gagnon'],
      ['If you can flip a pancake, we can use you', 'Paul Dufresne'],
    ]);
  });

  it('reads a body named after words in lower case, "The diocesan Office of Social Concerns", as the speaker', () => {
    const text =
      'The diocesan Office of Social Concerns, in a letter read at Masses, urged the port and its unions "to return to the table."';
    expect(quoted(text).map((s) => [s.speaker?.name, s.speaker?.type])).toEqual([
      ['Office of Social Concerns', 'ORGANIZATION'],
    ]);
  });

  it('reads a body of a "Service" as a body: a later "she said" is no organization', () => {
    const text =
      'Castlerock Ratings Service kept the port on watch. Castlerock’s summary borrows its headline from Priya Venkataraman’s closing remark.\n\n' +
      '"It\'s a balanced budget with an asterisk," she said.';
    expect(run(text).people.map((p) => p.name)).not.toContain('Castlerock Ratings Service');
  });

  it('gives "the group" only a body the article named, not the one a person just quoted works for', () => {
    const text = [
      'Harbor Watch, a Bayside group, graded the council.',
      'Tom Reyes said the grades were unfair.',
      'The group said it plans to mail the scorecard to every voter.',
    ].join('\n\n');
    const said = paraphrasesIn(text).find((s) => s.text.startsWith('The group'));
    expect(said?.speaker?.id ?? null).not.toBe('dock-workers');
  });

  it('reads short quote paragraphs after one that tells of chanting as a chant, not anyone’s words', () => {
    const text = [
      'Leading the chants through a bullhorn was Abe Stein, a pilot.',
      '"What do we want?"',
      '"A fair lease!"',
      'Stein did not vote the way Reyes did.',
      '"I voted no. I\'m not sorry," he said.',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([["I voted no. I'm not sorry", 'Abe Stein']]);
  });

  it('reads a reader-questions column’s answers as the paper’s writing when none speaks in the first person', () => {
    const text = [
      'Q. I voted no. Do I get another ballot?',
      'A. Yes. Every member of the dock alliance can vote again, whether or not they voted in June.',
      'Q. Is the lease the same?',
      'A. It is. Tom Reyes said the terms "have not moved an inch."',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([['have not moved an inch.', 'Tom Reyes']]);
  });

  it('starts a new sentence at a report after a quote’s period: "… February." Reyes said the council should …', () => {
    const text =
      'Tom Reyes called the memo "the first honest number since February." Reyes said the council should sign the lease on schedule.';
    expect(paraphrasesIn(text).map((s) => [s.text, s.speaker?.name])).toEqual([
      ['Reyes said the council should sign the lease on schedule.', 'Tom Reyes'],
    ]);
  });

  it('reads a quote opening in lower case after a reported clause’s comma as partial, the sentence as reported speech', () => {
    const text =
      'Tom Reyes said his office logged 200 calls from pilots in two months, “and not one of them was the same call twice.”';
    expect(run(text).statements.map((s) => [s.kind, s.speaker?.name])).toEqual([
      ['PARAPHRASE', 'Tom Reyes'],
      ['PARTIAL_QUOTE', 'Tom Reyes'],
    ]);
  });

  it('reads "questioned why" and "dismissed … as" as reporting verbs', () => {
    const text =
      'Tom Reyes questioned why the mediator was needed at all.\n\nKim Park dismissed the scorecard as “a press release with grades stapled to it.”';
    expect(paraphrasesIn(text).map((s) => s.speaker?.name)).toEqual(['Tom Reyes', 'Kim Park']);
  });

  it('reads a focus group’s labels, with job and town the first time, as new people by first name', () => {
    const text = [
      'Staff writer Ruth Delancey moderated. Participants agreed to be identified by first name, job and town.',
      'Delancey: How did you vote, and why?',
      'Karen, harbor pilot, Bayside: No. I’ve been on the water 17 years.',
      'Luis, dock mechanic, Norwich: Yes. If there’s a layoff letter, it has my name on it.',
      'Delancey: Does the lease change anything for you?',
      'Karen: Same lease, same answer.',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['How did you vote, and why?', 'Ruth Delancey'],
      ['No. I’ve been on the water 17 years.', 'Karen'],
      ['Yes. If there’s a layoff letter, it has my name on it.', 'Luis'],
      ['Does the lease change anything for you?', 'Ruth Delancey'],
      ['Same lease, same answer.', 'Karen'],
    ]);
  });

  it('reads a deposition’s excerpt: questions by the lawyer named above them, answers the deponent’s', () => {
    const text = [
      'The deposition, taken Aug. 30 at the lawyer’s office, is of Raymond Costa, secretary of the alliance. Gerald Tierney represents the pilots.',
      'BY MR. TIERNEY:',
      'Q. Mr. Costa, what did the bylaws require?',
      'A. Fourteen of the fifteen unions.',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['Mr. Costa, what did the bylaws require?', 'Gerald Tierney'],
      ['Fourteen of the fifteen unions.', 'Raymond Costa'],
    ]);
  });

  it('leaves unnamed a social worker at a body named before the noun, and a young man who speaks up, with his "he added"', () => {
    const text = [
      'A Department of Children and Families social worker, who would not give her name, said she had switched.',
      '"My kids are in school," she said.',
      'Tom Reyes had been talking about the lease.',
      '"Lay off whoever voted no," offered a young man in a UConn T-shirt who was waiting by the window. "Problem solved," he added.',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['My kids are in school', null],
      ['Lay off whoever voted no', null],
      ['Problem solved', null],
    ]);
    expect(run(text).people.map((p) => p.name)).not.toContain('UConn T-shirt');
  });

  it('reads "Greater New Haven" as a place, not a person whose surname a later "Haven" would be', () => {
    const text =
      'Workers filed out of polling places across Greater New Haven on Monday.\n\nPaul Vitale, 38, a mechanic from North Haven: “Yes. I’ve got two kids.”';
    expect(quoteSpeakers(text)).toEqual([['Yes. I’ve got two kids.', 'Paul Vitale']]);
  });

  it('reads a broadcast’s host lines in italics as the host’s, not the turn before them going on', () => {
    const text = [
      'ANA LIMA, HOST: Welcome to the show.',
      'LIMA: Tom Reyes joins us. Tom?',
      'REYES: We won’t sign.',
      '_Let’s go to the phones. Sharon is in Bayside._',
      'SHARON: Hi, I’m a taxpayer, and I don’t have a lot of sympathy.',
      '_So you’d tell him not to budge?_',
      'SHARON: Not an inch.',
    ].join('\n\n');
    const said = quoteSpeakers(text);
    expect(said).toContainEqual(['Hi, I’m a taxpayer, and I don’t have a lot of sympathy.', 'Sharon']);
    expect(said.map(([words]) => words)).not.toContain('_So you’d tell him not to budge?_');
    expect(said.map(([words]) => words)).not.toContain('_Let’s go to the phones. Sharon is in Bayside._');
  });

  it('reads an editorial board’s interview: "Q:" the board’s, the answers under one surname in capitals that person’s', () => {
    const text = [
      "Editor's note: State Sen. Carl Witkowski, D-Bayside, met with the Gazette's editorial board on Wednesday to discuss the stalled lease. The interview has been edited.",
      'Q: Senator, start with the obvious. Is the lease dead?',
      'WITKOWSKI: It’s not dead. A majority of the pilots voted for it.',
      'Q: So you want a revote.',
      'WITKOWSKI: I want them to get to yes.',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['It’s not dead. A majority of the pilots voted for it.', 'Carl Witkowski'],
      ['I want them to get to yes.', 'Carl Witkowski'],
    ]);
  });

  it('reads a magazine’s interview with its questions in bold as the answers of the one person it introduces', () => {
    const text = [
      'Interview by Tom Halloran',
      'Kim Park, a port economist who has studied the lease for a decade, says the fight was never about money. She spoke with the Gazette last week.',
      '**Start with the basics. Was this a good lease for the pilots?**',
      'On the numbers, it was a defensible lease. Two years without raises hurts.',
      '**Then why did it fail?**',
      'Partly it’s the arithmetic of the bylaws.',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['On the numbers, it was a defensible lease. Two years without raises hurts.', 'Kim Park'],
      ['Partly it’s the arithmetic of the bylaws.', 'Kim Park'],
    ]);
  });

  it('gives a statement set out in full below "Here’s the mayor’s statement in full:" to the mayor, over its paragraphs', () => {
    const text = [
      '**9:21 p.m.** — Here’s the mayor’s statement in full:',
      '"I want to thank the pilots who took a second look at this lease.',
      '"Now it is time for all of us to get back to work."',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['I want to thank the pilots who took a second look at this lease.', 'Ana Lima'],
      ['Now it is time for all of us to get back to work.', 'Ana Lima'],
    ]);
  });

  it('reads "went on" before a comma or period as a speech verb: ""…," the spokesman went on."', () => {
    const text =
      'The main speaker was Tom Reyes, the alliance’s spokesman.\n\n"Some of you voted no because you did not believe them," the spokesman went on.';
    expect(quoteSpeakers(text)).toEqual([
      ['Some of you voted no because you did not believe them', 'Tom Reyes'],
    ]);
  });

  it('gives a forum’s screen name, tied to a name once, that person again', () => {
    const text = [
      'RN_on_nights, who asked us to identify him as Abe Stein, a pilot in Bayside:',
      '“Majority of us voted YES.”',
      'dockwatcher:',
      '“So change the rules and vote again?”',
      'RN_on_nights:',
      '“With respect, 57 percent of us said yes.”',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['Majority of us voted YES.', 'Abe Stein'],
      ['So change the rules and vote again?', null],
      ['With respect, 57 percent of us said yes.', 'Abe Stein'],
    ]);
  });
});

describe('runPipeline attribution, ingest v37', () => {
  it('reads an email signed with initials, and leaves out the lines of the email a reply quotes', () => {
    const text = [
      'The stewards, Rosa Vega and Tom Reyes, both voted in June.',
      'From: Tom Reyes\nTo: Rosa Vega\nCc: [names removed]\nSubject: lunch',
      'Rosa - I know you are going to push the lease thing. I am asking you not to.',
      'T.',
      'From: Rosa Vega\nTo: Tom Reyes\nCc: [names removed]\nSubject: Re: lunch',
      '> I am asking you not to.',
      'Tom, most of the people who voted said yes. I will bring the cookies.',
      'R.',
      '"Somebody sent our argument to a newspaper," Reyes said.',
    ].join('\n\n');
    expect(quoteSpeakers(text)).toEqual([
      ['Rosa - I know you are going to push the lease thing. I am asking you not to.', 'Tom Reyes'],
      ['Tom, most of the people who voted said yes. I will bring the cookies.', 'Rosa Vega'],
      ['Somebody sent our argument to a newspaper', 'Tom Reyes'],
    ]);
  });

  it('reads no new name across a line break: "To: Rick Santangelo" over "Cc: …" is no "Rick Santangelo Cc"', () => {
    const text = [
      'The stewards, Denise Okafor and Rick Santangelo, both voted in June.',
      'From: Denise Okafor\nTo: Rick Santangelo\nCc: [names removed]\nDate: Mon, Jul 11, 2011 at 10:37 PM',
      'The vote is Monday.',
      'Denise',
      '"Somebody sent our argument to a newspaper," Santangelo said.',
    ].join('\n\n');
    expect(quoteSpeakers(text).at(-1)).toEqual([
      'Somebody sent our argument to a newspaper',
      'Rick Santangelo',
    ]);
    expect(run(text).people.map((p) => p.name)).not.toContain('Rick Santangelo Cc');
  });

  it('reads a screen name a poster is introduced by, and gives the post to the person it is said to be', () => {
    const text =
      'Much of the early traffic came from people who had voted no.\n\n' +
      '"voted no and id do it again. no thanks," a user called DOCLifer88 wrote on June 25.\n\n' +
      'A poster called BylawsMatter answered within minutes: "Changing the rules after you lose is what politicians do."\n\n' +
      'On June 30, a user called Rt9Plowman posted:\n\n' +
      '"I voted no because of the pension piece."\n\n' +
      'Rt9Plowman is Brian Tetreault, 44, a highway maintainer from Middletown. Reached by phone, he confirmed the post was his.';
    expect(quoteSpeakers(text)).toEqual([
      ['voted no and id do it again. no thanks', 'DOCLifer88'],
      ['Changing the rules after you lose is what politicians do.', 'BylawsMatter'],
      ['I voted no because of the pension piece.', 'Brian Tetreault'],
    ]);
  });

  it('reads a nickname "the Senator" the regulars know someone by as that person, not a senator', () => {
    const text =
      'At the near end of the bar sat Frank Mulcahy, 61, who is known to the other regulars as “the Senator,” though he has never run for anything.\n\n' +
      '“It’s not a good deal. It’s the deal there is,” the Senator said.';
    expect(quoteSpeakers(text)).toEqual([['It’s not a good deal. It’s the deal there is', 'Frank Mulcahy']]);
  });

  it('reads a name given as someone’s first name alone as a new person, whatever the name list knows', () => {
    const text =
      'Two stools down sat a state trooper who would give only his first name, Declan. He voted no both times.\n\n' +
      'Declan said the troopers ought to bargain on their own.\n\n' +
      '“We’re a different animal,” he said.\n\n' +
      'A second trooper, identified only as Kevin, said: “Not me.”';
    expect(quoteSpeakers(text)).toEqual([
      ['We’re a different animal', 'Declan'],
      ['Not me.', 'Kevin'],
    ]);
    expect(paraphrasesIn(text).map((s) => s.speaker?.name)).toEqual(['Declan']);
  });

  it('reads the one a response came from as who speaks next', () => {
    const text =
      'Joanne DiNardo said she had called the governor’s office twice. Gloria Santiago chaired the screening.\n\n' +
      '“It was a do-over,” said Steven Kopec, a broker.\n\n' +
      'That drew the sharpest response of the night from Santiago.\n\n' +
      '“That’s divide and conquer,” she said.';
    expect(quoteSpeakers(text).at(-1)).toEqual(['That’s divide and conquer', 'Gloria Santiago']);
  });

  it('gives the words of a letter from a body, told up to the quote, to that body', () => {
    const text =
      'Denise Farrell also read a letter from the Bayside Port Authority thanking Brennan for “thirty-six years of keeping the harbor moving.”';
    expect(quoteSpeakers(text)).toEqual([
      ['thirty-six years of keeping the harbor moving.', 'Bayside Port Authority'],
    ]);
  });

  it('reads "Congregation Ohev Chesed" as a body, and "the congregation" and its letter as it', () => {
    const text =
      'ROCKY HILL — On most Shabbat mornings at Congregation Ohev Chesed, the talk turns to summer camp.\n\n' +
      'In a letter to members last month, the congregation said it would let any member family defer its dues. “No one in this congregation should have to choose,” the letter said.';
    expect(quoted(text).map((s) => [s.speaker?.name, s.speaker?.type])).toEqual([
      ['Congregation Ohev Chesed', 'ORGANIZATION'],
    ]);
    expect(paraphrasesIn(text).map((s) => s.speaker?.name)).toEqual(['Congregation Ohev Chesed']);
  });
});

describe('parseFrontMatter', () => {
  it('reads the block and returns the text after it', () => {
    const { text, meta } = parseFrontMatter('---\noutlet: Port Post\npublishedOn: 2024-03-04\n---\nBody.');
    expect(meta).toEqual({ outlet: 'Port Post', publishedOn: '2024-03-04' });
    expect(text).toBe('Body.');
  });

  it('rejects an unknown key and a bad date, and leaves plain text alone', () => {
    expect(() => parseFrontMatter('---\nauthor: X\n---\nBody.')).toThrow(/unknown key/);
    expect(() => parseFrontMatter('---\npublishedOn: March\n---\nBody.')).toThrow(/YYYY-MM-DD/);
    expect(parseFrontMatter('Just text.')).toEqual({ text: 'Just text.', meta: {} });
  });

  it('reads a file saved with a byte-order mark and Windows line ends', () => {
    const { text, meta } = parseFrontMatter(
      '\uFEFF---\r\noutlet: Port Post\r\npublishedOn: 2024-03-04\r\n---\r\nBody.',
    );
    expect(meta).toEqual({ outlet: 'Port Post', publishedOn: '2024-03-04' });
    expect(text).toBe('Body.');
    expect(parseFrontMatter('\uFEFFJust text.').text).toBe('Just text.');
  });
});

describe('runPipeline with reviewed statements', () => {
  const reviewed = harbourStatements().map((s) => ({
    text: s.text,
    issues: s.about ? [{ slug: 'dredging', stance: s.stance }] : [],
  }));
  const dredging = {
    slug: 'dredging',
    name: 'Dredge the channel',
    cues: [{ phrase: 'dredg*', stance: null }],
  };
  const withExamples = { ...knowledge, issues: [...knowledge.issues, dredging], examples: reviewed };
  const text =
    '“Honestly, the port needs a deeper berth,” Lima said. “The silt will smother the oyster beds,” Reyes said.';

  it('reads the issues its cues miss after every other stage, and positions count them', () => {
    const result = runPipeline(text, withExamples, { publishedOn: '2024-03-01' });
    expect(result.statements.map((s) => s.issues.map((i) => [i.slug, i.stance, i.learned]))).toEqual([
      [['dredging', 'SUPPORT', true]],
      [['dredging', 'OPPOSE', true]],
    ]);
    expect(result.positions.map((p) => [p.holder.id, p.issue, p.stance])).toEqual([
      ['ana-lima', 'dredging', 'SUPPORT'],
      ['dock-workers', 'dredging', 'OPPOSE'],
    ]);
  });

  it('reads nothing more without them', () => {
    const result = runPipeline(text, { ...withExamples, examples: undefined }, { publishedOn: '2024-03-01' });
    expect(result.statements.flatMap((s) => s.issues)).toEqual([]);
  });
});
