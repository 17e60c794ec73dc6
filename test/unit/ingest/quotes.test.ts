import { findQuotes } from '../../../src/ingest/quotes';

/** The spans found, without the quotes inside a transcript's turns (the turn holds them). */
const spans = (text: string) =>
  findQuotes(text)
    .filter((q) => q.inTurn !== true)
    .map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it('finds curly and straight quotes without their marks or the trailing comma', () => {
    const text = '“We will sign,” Lima said. "No deal," Reyes said.';
    expect(spans(text)).toEqual(['We will sign', 'No deal']);
  });

  it('reads the low opening mark of Polish and German („…” and „…“) as an opening mark', () => {
    const text =
      'He answered first in Polish: „Głosowałem na nie i nie żałuję.” (“I voted no.”) Then: „Nein.“ End.';
    expect(spans(text)).toEqual(['Głosowałem na nie i nie żałuję.', 'I voted no.', 'Nein.']);
  });

  it('keeps nested single quotes inside the outer quote', () => {
    const text = '“Here we go, another ‘let’s wait and see.’ It never ends,” said Lima.';
    expect(spans(text)).toEqual(['Here we go, another ‘let’s wait and see.’ It never ends']);
  });

  it('keeps straight double marks inside curly ones as a quote within it, unless another quote opens first', () => {
    const text = '“Tell me what "shared sacrifice" means on my pay stub,” Lima said.';
    expect(spans(text)).toEqual(['Tell me what "shared sacrifice" means on my pay stub']);
    const sloppy = '“We will sign," Lima said, “after the vote.”';
    expect(spans(sloppy)).toEqual(['We will sign', 'after the vote.']);
  });

  it('reads curly single marks as outer quotes in a paragraph without double ones, apostrophes apart', () => {
    const text =
      '‘We were told the members’ votes would count,’ one nurse said. ‘It’s not over,’ Reyes said.';
    expect(spans(text)).toEqual(['We were told the members’ votes would count', 'It’s not over']);
    // A stray opening mark with no closing one is no quote.
    expect(spans('The ‘plan never came.')).toEqual([]);
    // After "problems’" a conjunction closes the quote: no possessive is followed by "and".
    expect(spans('Reyes said they had ‘their own problems’ and saw no reason to wait.')).toEqual([
      'their own problems',
    ]);
    // A quote running on into a paragraph that opens with ‘ again, the British way.
    const runOn =
      '‘Here is a mayor who won with labour’s help.\n\n‘Whether that counts is another question.’';
    const quotes = findQuotes(runOn);
    expect(quotes.map((q) => runOn.slice(q.start, q.end))).toEqual([
      'Here is a mayor who won with labour’s help.',
      'Whether that counts is another question.',
    ]);
    expect(quotes[1]?.continues).toBe(0);
    // After a double mark left open, a paragraph opening with ‘ starts a quote of its own.
    const mixed = '“The alternative is layoffs.\n\n‘We were told to vote yes,’ is how one nurse put it.';
    expect(findQuotes(mixed).at(-1)?.continues).toBeNull();
  });

  it('gives a quote that runs across paragraphs one span per paragraph, linked', () => {
    const text = '“First part of it.\n\n“Second part,” she said.';
    const quotes = findQuotes(text);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(['First part of it.', 'Second part']);
    expect(quotes[0]?.closed).toBe(false);
    expect(quotes[1]?.continues).toBe(0);
  });

  it('does not take an apostrophe or a measurement for a quote', () => {
    expect(spans("The members' vote was 5' short, O'Connor's aides said.")).toEqual([]);
  });

  it('reports UTF-16 offsets into the text', () => {
    const text = 'Café “ünïcode 😀 words,” he said.';
    const [q] = findQuotes(text);
    expect(text.slice(q?.start, q?.end)).toBe('ünïcode 😀 words');
  });

  it('reads a transcript: a paragraph opened by a speaker’s label is that speaker’s words', () => {
    const text = [
      'Ana Lima spoke with us Tuesday.',
      'Q: Will you sign the lease?',
      'Lima: Not this week. Ask me “after the vote” and I will tell you.',
    ].join('\n\n');
    const quotes = findQuotes(text).filter((q) => q.inTurn !== true);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual([
      'Not this week. Ask me “after the vote” and I will tell you.',
    ]);
    // The words the turn quotes are found too, marked as inside it.
    expect(
      findQuotes(text)
        .filter((q) => q.inTurn === true)
        .map((q) => text.slice(q.start, q.end)),
    ).toEqual(['after the vote']);
    expect(
      quotes.map((q) => (q.label === undefined ? null : text.slice(q.label.start, q.label.end))),
    ).toEqual(['Lima']);
  });

  it('takes a label for a speaker only in a transcript, and never a heading in capitals', () => {
    // One label and no question: a sentence with a colon, not a transcript.
    expect(spans('Reyes: a dockworker for 30 years, and tired.')).toEqual([]);
    // The same label twice is a transcript without questions.
    expect(spans('Reyes: We wait.\n\nLima: We sign.\n\nReyes: Then we wait longer.')).toEqual([
      'We wait.',
      'We sign.',
      'Then we wait longer.',
    ]);
    expect(spans('THE CLAIM: “We never saw the lease.”\n\nTHE CLAIM: “It was signed.”')).toEqual([
      'We never saw the lease.',
      'It was signed.',
    ]);
  });

  it('reads a broadcast transcript: labels in capitals are sources, the host’s and the reporter’s are narration', () => {
    const text = [
      'ROSA LIND, HOST:',
      'Good morning. Our reporter Jo Hart was at the dock.',
      'JO HART, BYLINE: The lease is still unsigned.',
      'MAYOR ANA LIMA: We will sign it this week.',
      'HART: Reyes disagrees. He says “not yet.”',
      'TOM REYES: Not until the members vote.',
    ].join('\n\n');
    const quotes = findQuotes(text);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual([
      'We will sign it this week.',
      'not yet.',
      'Not until the members vote.',
    ]);
    expect(
      quotes.map((q) => (q.label === undefined ? null : text.slice(q.label.start, q.label.end))),
    ).toEqual(['MAYOR ANA LIMA', null, 'TOM REYES']);
    // Without a narrator's role, labels in capitals stay headings.
    expect(spans('THE CLAIM: The lease was signed.\n\nTHE FACTS: It was not.')).toEqual([]);
  });

  it('reads a debate on air: time stamps and tags before labels, the host’s questions, a guest’s run-on paragraph', () => {
    const text = [
      '[00:00:00] ROSA LIND, HOST: Welcome back. With me are Tom Reyes and Ana Lima.',
      '[00:00:41] LIND: Tom, will you sign the lease?',
      '[00:00:58] REYES: Not this week.',
      'And I would add one thing. We want the vote first.',
      '[00:01:24] (VIDEO) MAYOR ANA LIMA: We will sign it this week.',
      '[00:01:40] LIND: Ana, is that a promise?',
    ].join('\n\n');
    const quotes = findQuotes(text);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual([
      'Welcome back. With me are Tom Reyes and Ana Lima.',
      'Tom, will you sign the lease?',
      'Not this week.',
      'And I would add one thing. We want the vote first.',
      'We will sign it this week.',
      'Ana, is that a promise?',
    ]);
    expect(
      quotes.map((q) => (q.label === undefined ? null : text.slice(q.label.start, q.label.end))),
    ).toEqual(['ROSA LIND', 'LIND', 'REYES', 'REYES', 'MAYOR ANA LIMA', 'LIND']);
    // With a reporter telling the story, the host's words stay narration, questions or not.
    const reported = [
      '[00:00:00] ROSA LIND, HOST: Will they sign? Our reporter Jo Hart was at the dock.',
      '[00:00:20] JO HART, BYLINE: Will they? Tom Reyes doubts it.',
      '[00:00:41] LIND: Jo, is there a date?',
      '[00:00:58] REYES: Not this week.',
      'HART: Reyes told me the vote comes first.',
      'MAYOR ANA LIMA: It does not.',
    ].join('\n\n');
    expect(spans(reported)).toEqual(['Not this week.', 'It does not.']);
  });

  it('reads a turn’s run-on paragraph in the second person or with a contraction, quoting a phrase at most', () => {
    const text = [
      'We sat down with Tom Reyes, who leads the dock alliance.',
      'PCG: Will you sign the lease?',
      'REYES: Not this week.',
      'If the pilots want out, that’s a matter for the council.',
      'PCG: And the members?',
      'REYES: They vote first.',
      'The old rule was a "poison pill" for all of us, and the leaders were right to drop it.',
      'PCG: What should members do?',
      'REYES: Read the lease.',
      'The mayor called it “a fair lease for a fair port” on Monday.',
      'PCG: Anything else?',
      'REYES: No.',
    ].join('\n\n');
    expect(spans(text)).toEqual([
      'Not this week.',
      'If the pilots want out, that’s a matter for the council.',
      'They vote first.',
      'The old rule was a "poison pill" for all of us, and the leaders were right to drop it.',
      'Read the lease.',
      'a fair lease for a fair port',
      'No.',
    ]);
  });

  it('reads an oral history: passages after credit lines, a surname alone later, a passage running on', () => {
    const text = [
      'Eight weeks later, the port had a lease. Here is how it happened.',
      'TOM REYES, spokesman, Dock Workers Alliance: We counted at the hall.',
      'ANA McLIMA, mayor of Harbor: I read the letter twice.',
      'I wanted to be sure it asked for nothing new.',
      'REYES: We signed in August.',
    ].join('\n\n');
    const quotes = findQuotes(text);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual([
      'We counted at the hall.',
      'I read the letter twice.',
      'I wanted to be sure it asked for nothing new.',
      'We signed in August.',
    ]);
    expect(
      quotes.map((q) => (q.label === undefined ? null : text.slice(q.label.start, q.label.end))),
    ).toEqual(['TOM REYES', 'ANA McLIMA', 'ANA McLIMA', 'REYES']);
    // One credit line is a heading or a caption, not an oral history.
    expect(spans('TOM REYES, spokesman: We counted at the hall.\n\nThe lease was signed.')).toEqual([]);
  });

  it('reads an interview in capitals whose questions run on after the question mark', () => {
    const text = [
      'Tom Reyes met with the board on Friday.',
      'BOARD: To do what, exactly? The mayor talks about a lease.',
      'REYES: Signing it, and I want to be precise about that.',
      'What we will not do is reopen the rent.',
      'BOARD: Should the members vote again?',
      'REYES: That is their house.',
    ].join('\n\n');
    expect(spans(text)).toEqual([
      'Signing it, and I want to be precise about that.',
      'What we will not do is reopen the rent.',
      'That is their house.',
    ]);
  });

  it('reads a printed transcript labelled in capitals: the answers, a hearing’s every turn and their run-on paragraphs are quotes, not the publication’s questions', () => {
    const text = [
      'We sat down with Tom Reyes, who leads the dock alliance.',
      'PCG: Will you sign the lease?',
      'REYES: Not this week.',
      'That said, I would rather sign than strike.',
      'PCG: And the mayor?',
      'REYES: She knows “after the vote” means after the vote.',
      'Reyes later left for the dock.',
    ].join('\n\n');
    const quotes = findQuotes(text).filter((q) => q.inTurn !== true);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual([
      'Not this week.',
      'That said, I would rather sign than strike.',
      'She knows “after the vote” means after the vote.',
    ]);
    expect(
      quotes.map((q) => (q.label === undefined ? null : text.slice(q.label.start, q.label.end))),
    ).toEqual(['REYES', 'REYES', 'REYES']);
    // At a hearing, a legislator's questions are statements too; narration between turns is not.
    const hearing = [
      'SEN. LIMA: Will you sign the lease?',
      'MR. REYES: Not this week.',
      'After the officials spoke, the committee took a recess.',
      'SEN. LIMA: So the talks are off.',
      'MR. REYES: They are not.',
    ].join('\n\n');
    expect(spans(hearing)).toEqual([
      'Will you sign the lease?',
      'Not this week.',
      'So the talks are off.',
      'They are not.',
    ]);
    expect(
      spans('THE CLAIM: “It was signed.”\n\nTHE FACTS: No.\n\nTHE CLAIM: “It was fair.”\n\nTHE FACTS: No.'),
    ).toEqual(['It was signed.', 'It was fair.']);
    // One question is no interview, and a label that asks nothing twice is a heading.
    expect(spans('PCG: Will you sign?\n\nREYES: No.')).toEqual([]);
    expect(spans('THE CLAIM: Was it signed?\n\nTHE FACTS: No.\n\nTHE CLAIM: It was signed.')).toEqual([]);
  });

  it('reads a show whose labels in capitals are the surnames of the people the article names, the host’s turns too', () => {
    const show = [
      'The host is Denise Arpin. Her guest was Ray Szymanski, a steward.',
      'ARPIN: Good evening. Ray, why did you vote no?',
      'SZYMANSKI: Because I read it.',
      'ARPIN: Let’s talk about layoffs.',
      'CALLER: I pay for my own insurance.',
    ].join('\n\n');
    expect(spans(show)).toEqual([
      'Good evening. Ray, why did you vote no?',
      'Because I read it.',
      'Let’s talk about layoffs.',
      'I pay for my own insurance.',
    ]);
    // A floor debate: one senator speaks twice, the others once, each named in full before.
    const debate = [
      'Sen. Martin Looney opened; Sen. Harold Bickford answered.',
      'SEN. LOONEY: Mr. President, this is the agreement.',
      'SEN. BICKFORD: Through you, a question.',
      'SEN. LOONEY: The bylaws are theirs.',
    ].join('\n\n');
    expect(spans(debate)).toHaveLength(3);
    // Labels that name no one the article names are still headings.
    expect(spans('THE CLAIM: It was signed.\n\nTHE FACTS: No.\n\nTHE CLAIM: It was fair.')).toEqual([]);
    // A reaction roundup: full names in capitals, each once, the first a name the text gives and
    // the others opening with a first name.
    const roundup = [
      'Gov. Ana Lima spoke first; each speaker’s words follow his or her name.',
      'ANA LIMA: We will not reopen it.',
      'TOM REYES: Then we wait.',
      'WHAT THEY SAID: Nothing new.',
      'CARLA MCCRACKEN: I voted yes.',
    ].join('\n\n');
    expect(spans(roundup)).toEqual([
      'We will not reopen it.',
      'Then we wait.',
      'Nothing new.',
      'I voted yes.',
    ]);
    // Two names in capitals, one paragraph each, are not enough.
    expect(spans('ANA LIMA: We will not reopen it.\n\nTOM REYES: Then we wait.')).toEqual([]);
  });

  it('reads a podcast’s turns after their time stamps, a paragraph going on with a turn too, and the label where it stands', () => {
    const podcast = [
      'Hosts: Ana Lima and Tom Reyes.',
      '[00:00:09] ANA LIMA: This is the show. Tom, what happened?',
      '[00:00:21] TOM REYES: The board voted. I was there.',
      '[00:00:40] And I have to say, I was surprised.',
      '[00:00:46] ANA LIMA: So was I.',
    ].join('\n\n');
    expect(spans(podcast)).toEqual([
      'This is the show. Tom, what happened?',
      'The board voted. I was there.',
      'And I have to say, I was surprised.',
      'So was I.',
    ]);
    const labels = findQuotes(podcast).map((q) =>
      q.label === undefined ? null : podcast.slice(q.label.start, q.label.end),
    );
    expect(labels).toEqual(['ANA LIMA', 'TOM REYES', 'TOM REYES', 'ANA LIMA']);
  });

  it('reads a press conference’s labels with a role after the name, and an answer of several paragraphs', () => {
    const presser = [
      'Mayor Ana Lima met reporters on Thursday.',
      'MAYOR LIMA: Thanks for coming. The lease is signed.',
      'As of today, we will start the dredging. I hope it stays on schedule.',
      'I said in May that I would not reopen it, and we did not.',
      'REPORTER: How much will it cost?',
      'TOM REYES, HARBOR DIRECTOR: About four million dollars, all of it budgeted.',
      'REPORTER: And the pilots?',
      'REYES: They have their own contract.',
      'The pilots’ union did not return calls.',
    ].join('\n\n');
    expect(spans(presser)).toEqual([
      'Thanks for coming. The lease is signed.',
      'As of today, we will start the dredging. I hope it stays on schedule.',
      'I said in May that I would not reopen it, and we did not.',
      'About four million dollars, all of it budgeted.',
      'They have their own contract.',
    ]);
  });

  it('reads a speech printed under its speaker’s name on a line of its own, up to the next heading', () => {
    const text = [
      'Below is the text of Mayor Ana Lima’s weekly address.',
      'MAYOR ANA LIMA:',
      'This week I spent a lot of time at the port.',
      'I will not reopen the lease.',
      'REACTION',
      'Dock workers were unmoved.',
    ].join('\n\n');
    const quotes = findQuotes(text).filter((q) => q.inTurn !== true);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual([
      'This week I spent a lot of time at the port.',
      'I will not reopen the lease.',
    ]);
    expect(
      quotes.map((q) => (q.label === undefined ? null : text.slice(q.label.start, q.label.end))),
    ).toEqual(['MAYOR ANA LIMA', 'MAYOR ANA LIMA']);
    // A name-less line with a colon is a list's heading, not a speaker.
    expect(spans('CONTACT:\n\nTom Reyes, (860) 555-0143\n\nThe lease is signed.')).toEqual([]);
  });

  it('reads paragraphs set in after a colon as a block quote, a paragraph each', () => {
    const text = [
      'The mayor said in a statement:',
      '    We will not reopen the lease this year. The port needs the money now.',
      '    If the council wants a vote, it can have one in the spring.',
      'Dock workers were unmoved.',
      '    This indented line follows no colon and is only set in by the printer.',
    ].join('\n\n');
    expect(spans(text)).toEqual([
      'We will not reopen the lease this year. The port needs the money now.',
      'If the council wants a vote, it can have one in the spring.',
    ]);
    // A text that sets in every paragraph has no block quotes, nor has a short indented heading.
    const indentedAll = [
      '  He said:',
      '  We will not reopen the lease this year at all.',
      '  Then he left.',
    ].join('\n\n');
    expect(spans(indentedAll)).toEqual([]);
    expect(spans('Below:\n\n    Figures for 2012\n\nThe end of the story.')).toEqual([]);
  });

  it('reads an interview’s "A." answers as quotes, labelled "A"', () => {
    const text = 'Q. Will you sign?\n\nA. Not this week.\n\nQ. Why not?\n\nA: The members vote first.';
    const quotes = findQuotes(text);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual([
      'Not this week.',
      'The members vote first.',
    ]);
    expect(
      quotes.map((q) => (q.label === undefined ? null : text.slice(q.label.start, q.label.end))),
    ).toEqual(['A', 'A']);
    // No question: "A." opens an ordinary paragraph.
    expect(spans('A. Lima signed the lease.')).toEqual([]);
  });

  it('reads testimony’s questions as quotes too, labelled "Q": a lawyer asks them', () => {
    const text = 'Tom Reyes was the first witness.\n\nQ. Will you sign?\n\nA. Not this week.';
    const quotes = findQuotes(text);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(['Will you sign?', 'Not this week.']);
    expect(
      quotes.map((q) => (q.label === undefined ? null : text.slice(q.label.start, q.label.end))),
    ).toEqual(['Q', 'A']);
  });
});
