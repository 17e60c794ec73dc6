import { notAStatement } from '../../../src/ingest/scare';

describe('notAStatement', () => {
  it('rejects a one- or two-word quote with no speech verb', () => {
    expect(notAStatement('Plan B', 'They call it ', 'They call it "Plan B" now.')).not.toBeNull();
    expect(notAStatement('poison pill', 'the ', 'It was the "poison pill" package.')).not.toBeNull();
  });

  it('rejects a proverb and its translation in parentheses, but not what a statement says', () => {
    const sign =
      'Above the counter hangs an old proverb: „Bez pracy nie ma kołaczy” (“Without work there is no cake”).';
    expect(
      notAStatement('Bez pracy nie ma kołaczy', 'Above the counter hangs an old proverb: ', sign),
    ).not.toBeNull();
    const translation = 'Above the counter hangs an old proverb: „Bez pracy nie ma kołaczy” (';
    expect(notAStatement('Without work there is no cake', translation, sign)).not.toBeNull();
    const statement = 'Lima issued a statement saying: “We will sign the lease this week.”';
    expect(
      notAStatement('We will sign the lease this week.', 'Lima issued a statement saying: ', statement),
    ).toBeNull();
  });

  it('rejects a word or two said to stand for someone, to be a word, or a dictionary’s senses', () => {
    const she = '"She" is Gail Ferreira of Ellington, who said she doesn\'t begrudge anybody a paycheck.';
    expect(notAStatement('She', '', she)).not.toBeNull();
    const word = 'Raman said “clarify” is a handy word for a negotiator.';
    expect(notAStatement('clarify', 'Raman said ', word)).not.toBeNull();
    const senses =
      'The dictionary’s senses include “to free of confusion” and “to make understandable,” and more.';
    expect(
      notAStatement(
        'to make understandable',
        'The dictionary’s senses include “to free of confusion” and ',
        senses,
      ),
    ).not.toBeNull();
    const waiting = 'She said she was waiting to see what “clarify” turns out to mean.';
    expect(notAStatement('clarify', 'She said she was waiting to see what ', waiting)).not.toBeNull();
    // A word someone said stays theirs: "Enough" was the word, Mauro said.
    expect(notAStatement('Enough', '', '"Enough" was the word, Mauro said.')).toBeNull();
  });

  it('rejects a phrase right after a naming word, even with a speech verb nearby', () => {
    expect(
      notAStatement('yes', 'Ramonas, who voted ', 'Ramonas, who voted "yes," said it was fine.'),
    ).not.toBeNull();
  });

  it('rejects a short label after "dubbed" or "labeled", and keeps what follows "dubbed" when it is longer', () => {
    expect(notAStatement('Plan B', 'Reyes dubbed it ', 'Reyes dubbed it "Plan B" on Monday.')).not.toBeNull();
    expect(
      notAStatement('the lease', 'Lima labeled it ', 'Lima labeled it "the lease" and left.'),
    ).not.toBeNull();
    const long = 'Reyes dubbed the exercise "renegotiation with a thesaurus and a smile."';
    expect(
      notAStatement('renegotiation with a thesaurus and a smile.', 'Reyes dubbed the exercise ', long),
    ).toBeNull();
  });

  it('reads a sentence-initial "According to" as a speech verb, and a long headline as a title', () => {
    const s = 'According to Looney, the Senate would be ready "within days" of a vote.';
    expect(notAStatement('within days', 'According to Looney, the Senate would be ready ', s)).toBeNull();
    const h = 'The caucus sent out a release under the headline "Heads They Win, Tails They Vote Again."';
    expect(
      notAStatement(
        'Heads They Win, Tails They Vote Again.',
        'The caucus sent out a release under the headline ',
        h,
      ),
    ).not.toBeNull();
  });

  it('keeps a phrase of three words or more after "what X called" as the speaker’s verdict, and a shorter one as a name', () => {
    const before = 'Park urged colleagues to keep their eyes on what he called “';
    expect(notAStatement('the only way out', before, `${before}the only way out.”`)).toBeNull();
    const staff = 'The mayor has been carrying out what her staff calls “';
    expect(notAStatement('Plan B', staff, `${staff}Plan B.”`)).not.toBeNull();
    // (The speaker may be named in an appositive between commas.)
    const named = 'The group is funded by what its spokeswoman, Jennifer Okafor, called “';
    expect(
      notAStatement('several coalition unions', named, `${named}several coalition unions” — no more.`),
    ).toBeNull();
  });

  it('rejects a short label after "calling", and keeps a verdict after "called it" and a long quote after "called"', () => {
    const sentence = 'Officers said some were already calling it "the pink-slip summer."';
    expect(
      notAStatement('the pink-slip summer.', 'Officers said some were already calling it ', sentence),
    ).not.toBeNull();
    // A verdict with "a" after "called it" is the speaker's word for it, not its name.
    const verdict = 'Asked whether the request had any chance, she called it "a nonstarter."';
    expect(
      notAStatement('a nonstarter.', 'Asked whether the request had any chance, she called it ', verdict),
    ).toBeNull();
    expect(notAStatement('a mess.', 'He called it ', 'He called it "a mess."')).toBeNull();
    const long = 'Looney called the new vote "the best chance anyone is going to get" on Monday.';
    expect(
      notAStatement('the best chance anyone is going to get', 'Looney called the new vote ', long),
    ).toBeNull();
  });

  it('takes "vote" as a naming word for a ballot’s answer, not as a noun', () => {
    const noun = 'Lima called the vote "a responsible step" by the alliance.';
    expect(notAStatement('a responsible step', 'Lima called the vote ', noun)).toBeNull();
    const answer = 'Members who vote "no" again said so.';
    expect(notAStatement('no', 'Members who vote ', answer)).not.toBeNull();
  });

  it('rejects a title-case title with no speech verb', () => {
    expect(
      notAStatement('The Art of the Deal', 'He read ', 'He read "The Art of the Deal" twice.'),
    ).not.toBeNull();
  });

  it('rejects a short noun phrase inside a sentence no one speaks, and a signature', () => {
    const name = 'On the docks, it is simply "the Halloran letter."';
    expect(notAStatement('the Halloran letter.', 'On the docks, it is simply ', name)).toMatch(/noun phrase/);
    const signed = 'One note came signed only "A Pier 4 welder." It was short.';
    expect(notAStatement('A Pier 4 welder.', 'One note came signed only ', signed)).not.toBeNull();
    // A sentence of its own continues someone's words; a speech verb makes it a partial quote.
    expect(notAStatement('A majority should decide.', '', '"A majority should decide."')).toBeNull();
    const partial = 'Lima said the lease was "a bad bargain" for the port.';
    expect(notAStatement('a bad bargain', 'Lima said the lease was ', partial)).toBeNull();
  });

  it('rejects the name of a program set off after the word', () => {
    const sentence =
      'Three men spent an hour on the call-in program, "The Harbor Hour," and agreed on little.';
    expect(
      notAStatement('The Harbor Hour', 'Three men spent an hour on the call-in program, ', sentence),
    ).toMatch(/named/);
  });

  it('rejects what a placard says, and keeps a short quote that is a sentence of its own', () => {
    const sign = 'One woman held a hand-lettered placard that read "WE VOTED. IT COUNTED. NO DO-OVERS."';
    expect(
      notAStatement(
        'WE VOTED. IT COUNTED. NO DO-OVERS.',
        'One woman held a hand-lettered placard that read ',
        sign,
      ),
    ).toMatch(/sign/);
    expect(notAStatement('Renegotiate, no.', '', '"Renegotiate, no."')).toBeNull();
  });

  it('rejects a title with a year in it, after a handout or a book named', () => {
    const pamphlet =
      'She said members picked up the alliance’s pamphlet "Questions and Answers on the 2024 Lease."';
    expect(
      notAStatement(
        'Questions and Answers on the 2024 Lease.',
        'She said members picked up the alliance’s pamphlet ',
        pamphlet,
      ),
    ).toMatch(/title/);
    const handout =
      'Rita Moss stood up holding the alliance’s handout, "Your Questions About the Lease, Answered," rolled up.';
    expect(
      notAStatement(
        'Your Questions About the Lease, Answered',
        'Rita Moss stood up holding the alliance’s handout, ',
        handout,
      ),
    ).toMatch(/title/);
    const book = 'Her most recent book is "Dock and Hall: The Port’s Workers, 1945-1995."';
    expect(
      notAStatement('Dock and Hall: The Port’s Workers, 1945-1995.', 'Her most recent book is ', book),
    ).toMatch(/title/);
  });

  it('rejects the name someone is called by in a sentence with a speech verb', () => {
    const sentence = 'Her husband, a mechanic who calls his wife "Mari," said he told her to vote yes.';
    const before = 'Her husband, a mechanic who calls his wife ';
    expect(notAStatement('Mari', before, sentence)).toMatch(/nickname/);
    // A word the speaker says, in the same sentence, is still theirs.
    expect(notAStatement('Mari', 'He said ', 'He said "Mari" twice.')).toBeNull();
  });

  it('rejects a nickname after "known to … as"', () => {
    const sentence = 'Okafor — known to two decades of history majors as "Doc O" — said the vote was close.';
    expect(notAStatement('Doc O', 'Okafor — known to two decades of history majors as ', sentence)).toMatch(
      /named/,
    );
  });

  it('rejects a name after "known … as" whatever words stand between, and a title-case title after "titled" in a spoken sentence', () => {
    const known =
      'Reyes answered that the fallback budget, known around City Hall since spring as "Plan B," was ready.';
    const before = 'Reyes answered that the fallback budget, known around City Hall since spring as ';
    expect(notAStatement('Plan B,', before, known)).toMatch(/named/);
    const flyer = 'He said he had handed out a flyer titled "Know the Facts Before You Vote" at the gate.';
    expect(
      notAStatement('Know the Facts Before You Vote', 'He said he had handed out a flyer titled ', flyer),
    ).toMatch(/title/);
    // Words someone says after "said" are still theirs, however they are capitalised.
    const said = 'He said "We Will Not Sign This Lease" and left.';
    expect(notAStatement('We Will Not Sign This Lease', 'He said ', said)).toBeNull();
  });

  it('keeps a short quote that someone said, and any longer quote', () => {
    expect(
      notAStatement(
        'road map',
        'The governor said he needs a ',
        'The governor said he needs a "road map" soon.',
      ),
    ).toBeNull();
    expect(notAStatement('We will not sign it', '', '"We will not sign it," Lima said.')).toBeNull();
  });

  it('rejects a word quoted as a modifier after a determiner, and keeps a word quoted as a predicate', () => {
    const votes = 'Others defended their "no" votes on Monday.';
    expect(notAStatement('no', 'Others defended their ', votes)).not.toBeNull();
    const felt = 'Reyes said he felt "betrayed" by the vote.';
    expect(notAStatement('betrayed', 'Reyes said he felt ', felt)).toBeNull();
  });

  it('rejects a title after "the headline of …:" or "under the heading", even with its own period', () => {
    const headline =
      'The alliance summed up the mood in the headline of its August newsletter: "Relief, With Footnotes."';
    expect(
      notAStatement(
        'Relief, With Footnotes.',
        'The alliance summed up the mood in the headline of its August newsletter: ',
        headline,
      ),
    ).not.toBeNull();
    const heading =
      'He said the summaries, handed out under the heading "What You Should Know," were popular.';
    expect(
      notAStatement('What You Should Know,', 'He said the summaries, handed out under the heading ', heading),
    ).not.toBeNull();
  });

  it('keeps a verdict after "call the agreement": "a fig leaf"', () => {
    const text =
      'Reyes went on television to call the agreement "a fig leaf" for a budget that did not add up.';
    expect(notAStatement('a fig leaf', 'Reyes went on television to call the agreement ', text)).toBeNull();
  });
  it('rejects every text in a list of a sign’s, a pamphlet’s title and a recurring column’s name', () => {
    const signs = 'Members held signs that read "My Vote Counted Once" and "No Means No."';
    const second = signs.slice(0, signs.indexOf('"No Means'));
    expect(notAStatement('No Means No.', second, signs)).toMatch(/sign/);
    const pamphlet =
      'Members picked up copies of the coalition’s pamphlet "Questions and Answers on the 2011 Agreement." She said turnout doubled.';
    expect(
      notAStatement(
        'Questions and Answers on the 2011 Agreement.',
        pamphlet.slice(0, pamphlet.indexOf('"')),
        pamphlet.slice(0, pamphlet.indexOf(' She')),
      ),
    ).not.toBeNull();
    const column = 'For this month’s "Word on Whalley," we spent two evenings asking one question.';
    expect(notAStatement('Word on Whalley,', 'For this month’s ', column)).not.toBeNull();
    // Spoken words after "and" are still statements: no sign came before them.
    const spoken = 'Lima said "we will sign" and "we will not look back."';
    expect(
      notAStatement('we will not look back.', spoken.slice(0, spoken.indexOf('"we will not')), spoken),
    ).toBeNull();
  });
  it('rejects a sign’s words after a colon and a document’s title set off by commas, but not words after the verb "sign"', () => {
    const urn = 'Someone had taped a hand-lettered sign over the coffee urn: "One Coalition, One Voice."';
    expect(notAStatement('One Coalition, One Voice.', urn.slice(0, urn.indexOf('"')), urn)).toMatch(/sign/);
    const document =
      'The city also released a 31-page document, "Budget Adjustments Absent a Lease Agreement," that lists the cuts.';
    expect(
      notAStatement(
        'Budget Adjustments Absent a Lease Agreement,',
        document.slice(0, document.indexOf('"')),
        document,
      ),
    ).not.toBeNull();
    const verb = 'He would not sign the lease, he said, calling it "a trap for the next mayor."';
    expect(notAStatement('a trap for the next mayor.', verb.slice(0, verb.indexOf('"')), verb)).toBeNull();
  });
  it('rejects signs "reading", a chant after a dash, a sticky note, and a name after "known as the"', () => {
    const reading = 'Outside, workers hold signs reading "Respect the Vote" and "We Are Not the Deficit."';
    expect(
      notAStatement('We Are Not the Deficit.', reading.slice(0, reading.lastIndexOf('"We')), reading),
    ).toMatch(/sign/);
    const chant =
      'People at the back pick up the chant from outside — "Respect the vote!" — and the mayor waits.';
    expect(notAStatement('Respect the vote!', chant.slice(0, chant.indexOf('"')), chant)).toMatch(/sign/);
    const note =
      'A sticky note on the top bundle, in someone’s hurried handwriting, says "Last call — Aug. 16."';
    expect(notAStatement('Last call — Aug. 16.', note.slice(0, note.indexOf('"')), note)).toMatch(/sign/);
    const known = 'The four holdouts quickly became known as the "gang of four."';
    expect(notAStatement('gang of four.', known.slice(0, known.indexOf('"')), known)).not.toBeNull();
    // A sign taped up, then words someone says after a colon, are hers.
    const said =
      'She has taped a handwritten sign to her door, and she repeats it to anyone who asks: "Don’t clean out your desk yet."';
    expect(
      notAStatement('Don’t clean out your desk yet.', said.slice(0, said.indexOf('"')), said),
    ).toBeNull();
    // A note in a file is someone's record, not a sign.
    const notes = 'A note in the mayor’s file, in her own hand, said: "No layoffs before the vote."';
    expect(
      notAStatement('No layoffs before the vote.', notes.slice(0, notes.indexOf('"')), notes),
    ).toBeNull();
  });
  it('rejects an email’s subject line, a letter’s heading and a case caption', () => {
    const subject = 'Ojakian answered within minutes, under the subject line "RE: RE: troopers."';
    expect(
      notAStatement('RE: RE: troopers.', subject.slice(0, subject.indexOf('"')), subject),
    ).not.toBeNull();
    const headed =
      'On the fridge hangs a two-page letter headed "Notice of Layoff Action." It is addressed to him.';
    expect(
      notAStatement(
        'Notice of Layoff Action.',
        headed.slice(0, headed.indexOf('"')),
        headed.slice(0, headed.indexOf(' It')),
      ),
    ).not.toBeNull();
    const caption =
      'The complaint, captioned "Moss v. Dock Workers Alliance, et al.," asks for an injunction.';
    expect(
      notAStatement(
        'Moss v. Dock Workers Alliance, et al.,',
        caption.slice(0, caption.indexOf('"')),
        caption,
      ),
    ).not.toBeNull();
  });
  it('rejects the terms of a list, a slogan of any length, a name someone was introduced as, an address’s title and a title-case ballot line', () => {
    const scale =
      'We asked each of them, and we rate claims on a scale: “Solid,” “Mostly Solid,” “Shaky” and “Hollow.”';
    expect(
      notAStatement('Solid,', 'We asked each of them, and we rate claims on a scale: ', scale),
    ).not.toBeNull();
    expect(
      notAStatement(
        'Hollow.',
        'We asked each of them, and we rate claims on a scale: “Solid,” “Mostly Solid,” “Shaky” and ',
        scale,
      ),
    ).not.toBeNull();
    const buttons =
      'Many wore green buttons printed with the old labor slogan “An injury to one is an injury to all.”';
    expect(
      notAStatement(
        'An injury to one is an injury to all.',
        'Many wore green buttons printed with the old labor slogan ',
        buttons,
      ),
    ).not.toBeNull();
    const introduced = 'The mayor, whom Reyes had introduced as "the port\'s chief saleswoman," spoke last.';
    expect(
      notAStatement("the port's chief saleswoman,", 'The mayor, whom Reyes had introduced as ', introduced),
    ).not.toBeNull();
    const address = 'The student speaker, Dana Ruiz of Bayside, titled her address "Finish What You Start."';
    expect(
      notAStatement(
        'Finish What You Start.',
        'The student speaker, Dana Ruiz of Bayside, titled her address ',
        address,
      ),
    ).not.toBeNull();
    const line = 'The third candidate is petitioning under the line "Workers and Taxpayers First."';
    expect(
      notAStatement(
        'Workers and Taxpayers First.',
        'The third candidate is petitioning under the line ',
        line,
      ),
    ).not.toBeNull();
    const posters = 'The posters in the lobby promise “Every vote counts. Some count more.”';
    expect(
      notAStatement('Every vote counts. Some count more.', 'The posters in the lobby promise ', posters),
    ).not.toBeNull();
    // Still statements: two quotes in a row that someone says, and a short sentence-case remark.
    const said = 'She said it twice: “Never again,” “not this time.”';
    expect(notAStatement('Never again,', 'She said it twice: ', said)).toBeNull();
    expect(notAStatement('We Will Not Wait.', 'Reyes said ', 'Reyes said "We Will Not Wait."')).toBeNull();
  });

  it('rejects a program named after a day’s possessive, even with a speech verb in the sentence', () => {
    const show = 'On Friday’s “Harbor Watch Tonight,” host Linda Marsh asked Reyes about the lease.';
    expect(notAStatement('Harbor Watch Tonight,', 'On Friday’s ', show)).not.toBeNull();
    // A day's words that someone speaks stay a statement.
    const said = 'At Friday’s meeting Reyes said “We Will Not Wait.”';
    expect(notAStatement('We Will Not Wait.', 'At Friday’s meeting Reyes said ', said)).toBeNull();
  });

  it('rejects a name in title case between an owner and its noun, and a word after "one word:"', () => {
    const breakfast =
      'Barnes told the chamber at its monthly “Eggs & Issues” breakfast that the budget holds.';
    expect(
      notAStatement('Eggs & Issues', 'Barnes told the chamber at its monthly ', breakfast),
    ).not.toBeNull();
    const owner = 'Smith told the Harbor Chamber’s “Eggs & Issues” breakfast on Friday that it holds.';
    expect(notAStatement('Eggs & Issues', 'Smith told the Harbor Chamber’s ', owner)).not.toBeNull();
    const word = 'Everybody at the dock is arguing about one word: "clarify."';
    expect(
      notAStatement('clarify.', 'Everybody at the dock is arguing about one word: ', word),
    ).not.toBeNull();
    // Still statements: a phrase in lower case after "a" ("needs to see a "road map" toward …"),
    // and a title-case phrase followed by a participle.
    const map = 'The mayor said that she needs to see a "road map" toward a deal.';
    expect(notAStatement('road map', 'The mayor said that she needs to see a ', map)).toBeNull();
    const cloud = 'Reyes said the vote removed the "Biggest Harbor Cloud" hanging over the port.';
    expect(notAStatement('Biggest Harbor Cloud', 'Reyes said the vote removed the ', cloud)).toBeNull();
  });

  it('rejects words quoted for what they mean, and a question quoted as what something is', () => {
    const means =
      'Not all pilots voted, so “a majority of the pilots” really means a majority of those who voted.';
    expect(notAStatement('a majority of the pilots', 'Not all pilots voted, so ', means)).not.toBeNull();
    const question = 'It isn’t “How did you vote?”';
    expect(notAStatement('How did you vote?', 'It isn’t ', question)).not.toBeNull();
    // Still statements: what someone's statement "referred to", and a question someone asks.
    const referred = 'Her statement that “nothing has changed” referred to the schedule.';
    expect(notAStatement('nothing has changed', 'Her statement that ', referred)).toBeNull();
    const asked = 'The question she asked was “How did you vote?”';
    expect(notAStatement('How did you vote?', 'The question she asked was ', asked)).toBeNull();
  });

  it('rejects words named as words, a program after "edition of", and a word quoted for what it could mean', () => {
    const words = 'The words “clarify” and “renegotiate” came up 31 times during the show.';
    expect(notAStatement('clarify', 'The words ', words)).not.toBeNull();
    expect(notAStatement('renegotiate', 'The words “clarify” and ', words)).not.toBeNull();
    const show = 'It came up during Friday’s edition of “Harbor Watch Tonight,” which a producer described.';
    expect(
      notAStatement('Harbor Watch Tonight,', 'It came up during Friday’s edition of ', show),
    ).not.toBeNull();
    const mean =
      'Reyes said he expects to be transferred, but that “transferred” could mean a 90-minute commute.';
    expect(
      notAStatement('transferred', 'Reyes said he expects to be transferred, but that ', mean),
    ).not.toBeNull();
    // Still a statement: a speaker's word on its own with a verb of saying again.
    const repeated = '“Leverage,” Pettaway repeated.';
    expect(notAStatement('Leverage,', '', repeated)).toBeNull();
  });

  it('rejects a nickname after "call him", but keeps a verdict after it', () => {
    const nickname = 'At the dock they call him "o Almirante," the Admiral, a nickname he never explained.';
    expect(notAStatement('o Almirante,', 'At the dock they call him ', nickname)).not.toBeNull();
    const verdict = 'Reyes said the pilots called him "a stubborn man who will not listen."';
    expect(
      notAStatement('a stubborn man who will not listen.', 'Reyes said the pilots called him ', verdict),
    ).toBeNull();
  });

  it('keeps words after "the second vote" (a noun), while a ballot’s answer after the verb "vote" is a name', () => {
    const after = 'Lima said she would respect the outcome of the second vote “whichever way it goes.”';
    const i = after.indexOf('“');
    expect(notAStatement('whichever way it goes.', after.slice(0, i), after)).toBeNull();
    const ballot = 'Reyes said he will vote “no on the lease” again.';
    expect(notAStatement('no on the lease', 'Reyes said he will vote ', ballot)).not.toBeNull();
  });

  it('keeps a verdict after "called the lease a", its article outside the marks, but not a one-word label', () => {
    const patch = 'Reyes called the lease a “short-term patch” that leaves costs untouched.';
    expect(notAStatement('short-term patch', 'Reyes called the lease a ', patch)).toBeNull();
    const label = 'Reyes called the lease a “giveback.”';
    expect(notAStatement('giveback.', 'Reyes called the lease a ', label)).not.toBeNull();
  });

  it('rejects verse set off by slashes, and keeps a slash that divides no lines', () => {
    const rhyme =
      'The revue turns the rule into a counting rhyme: “Three locals, that’s the law / Two said yes, one said naw.”';
    const lead = 'The revue turns the rule into a counting rhyme: “';
    expect(notAStatement('Three locals, that’s the law / Two said yes, one said naw.', lead, rhyme)).toBe(
      'verse',
    );
    const ratio = 'Reyes said, “The 60/40 split and the and/or clause are fine by me.”';
    expect(
      notAStatement('The 60/40 split and the and/or clause are fine by me.', 'Reyes said, “', ratio),
    ).toBeNull();
  });

  it('rejects up to eight words of any case after "titled" or "the subject line", and keeps them after "said"', () => {
    const sheet = 'Reyes sent the board a spreadsheet titled “Pier layoff scenarios for the fall (v3).”';
    expect(
      notAStatement(
        'Pier layoff scenarios for the fall (v3).',
        'Reyes sent the board a spreadsheet titled “',
        sheet,
      ),
    ).toBe('a title or subject line');
    const email = 'Lima wrote to Reyes under the subject line “Where do we go from here.”';
    expect(
      notAStatement('Where do we go from here.', 'Lima wrote to Reyes under the subject line “', email),
    ).not.toBeNull();
    const said = 'Lima said “where do we go from here” was the question.';
    expect(notAStatement('where do we go from here', 'Lima said “', said)).toBeNull();
  });

  it('rejects a chart’s title under its label in capitals', () => {
    const chart = 'CHART 2: “Same ballots, new math.” Two columns compare the result under each rule.';
    expect(notAStatement('Same ballots, new math.', 'CHART 2: “', chart)).toBe("a chart's title");
    const said = 'Reyes said: “Same ballots, new math.”';
    expect(notAStatement('Same ballots, new math.', 'Reyes said: “', said)).toBeNull();
  });
});
