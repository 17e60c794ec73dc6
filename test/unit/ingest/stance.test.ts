import { classifyIssues } from '../../../src/ingest/stance';
import { type KnownIssue } from '../../../src/ingest/types';
import { knowledge } from './knowledge';

const stanceOn = (text: string, slug: string) =>
  classifyIssues(text, knowledge.issues).find((i) => i.slug === slug);

describe('classifyIssues', () => {
  it('reads support from a cue said plainly', () => {
    expect(stanceOn('We want to sign the lease this week.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('flips the cue under a negation in its clause', () => {
    expect(stanceOn("We won't sign the lease.", 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('I do not think we should be signing the lease.', 'lease')?.stance).toBe('OPPOSE');
  });

  it('reads a negator right after a curly quote mark as a negator', () => {
    expect(stanceOn('He said they would “not sign the lease” this year.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('He said they would "not sign the lease" this year.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('He said they would “gladly sign the lease” this year.', 'lease')?.stance).toBe(
      'SUPPORT',
    );
  });

  it('reads a judging negator with nothing after it as the verdict: "is simply wrong"', () => {
    expect(stanceOn('Signing the lease now is simply wrong.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('The lease is not wrong.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('reads a topic after "before" in what is wanted as what the want heads off', () => {
    expect(stanceOn('We want the board to meet us before anyone signs the lease.', 'lease')?.stance).toBe(
      'OPPOSE',
    );
    expect(stanceOn('I want it done before the strike starts.', 'strike')?.stance).toBe('OPPOSE');
    expect(stanceOn('We want a strike.', 'strike')?.stance).toBe('SUPPORT');
  });

  it('reads a topic undone in the passive after it as opposed', () => {
    expect(stanceOn('The lease is rescinded, every page of it.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('The lease is signed.', 'lease')?.stance).not.toBe('OPPOSE');
  });

  it('refuses a topic compared and found worse ("beats a …", "better than a …"), not one found better', () => {
    expect(stanceOn('Half a loaf beats a lease.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('It is what we have, and it is better than a lease.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('The dock workers deserve better than the lease.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('A lease beats nothing.', 'lease')?.stance).not.toBe('OPPOSE');
  });

  it('reads past a light verb after "rather … than": "than see the lease"', () => {
    expect(stanceOn("I'd rather argue all night than see the lease.", 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn("I'd rather see the lease than argue all night.", 'lease')?.stance).not.toBe('OPPOSE');
  });

  it('reads a side taken and then doubted or its other side granted after a turn as MIXED', () => {
    expect(
      stanceOn(
        "We won't sign the lease, and I'd say so again. But if the port closes, I honestly don't know.",
        'lease',
      )?.stance,
    ).toBe('MIXED');
    expect(
      stanceOn('We should sign the lease. But I understand why people shake their heads.', 'lease')?.stance,
    ).toBe('MIXED');
    expect(
      stanceOn(
        'I understand why people are wary of the lease. But I would rather be wary and working.',
        'lease',
      )?.stance,
    ).toBe('MIXED');
    // Doubt with no side taken is no concession.
    expect(stanceOn('The lease is long. But who knows.', 'lease')?.stance).not.toBe('MIXED');
  });

  it('reads a decision left to another party as no side taken', () => {
    expect(
      stanceOn('Whether to sign the lease is a matter for the members to decide.', 'lease')?.stance,
    ).toBe('NEUTRAL');
    expect(stanceOn("I'll respect whatever they decide about signing the lease.", 'lease')?.stance).toBe(
      'NEUTRAL',
    );
    expect(stanceOn('Signing the lease is up to the alliance.', 'lease')?.stance).toBe('NEUTRAL');
    expect(stanceOn('Signing the lease is the best thing for us.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('reads mockery and an imputed bad motive as opposition', () => {
    expect(
      stanceOn('Go ahead and strike, and see how long the port keeps paying you.', 'strike')?.stance,
    ).toBe('OPPOSE');
    expect(stanceOn('What a brilliant plan: sign the lease and sell the docks.', 'lease')?.stance).toBe(
      'OPPOSE',
    );
    expect(stanceOn('They want to sign the lease because they lost the vote.', 'lease')?.stance).toBe(
      'OPPOSE',
    );
    expect(
      stanceOn('Now they want to sign the lease until they get the answer they wanted.', 'lease')?.stance,
    ).toBe('OPPOSE');
    // A reason is not a motive imputed, and "see what" is no mockery: the side taken stays.
    expect(stanceOn('We should strike because the port lost its way.', 'strike')?.stance).toBe('SUPPORT');
    expect(stanceOn('We should strike, and see what the port offers.', 'strike')?.stance).toBe('SUPPORT');
  });

  it("reads the other side's act told as done as a grievance, not the speaker's wish", () => {
    expect(stanceOn('We voted. They lost, so now they are signing the lease anyway.', 'lease')?.stance).toBe(
      'OPPOSE',
    );
    expect(stanceOn('They can sign the lease as many times as they want.', 'lease')?.stance).toBe('OPPOSE');
    // Told and welcomed, wanted, permitted, guessed at or said by "we": the cue keeps its side.
    expect(stanceOn('They finally signed the lease, and that is great news.', 'lease')?.stance).toBe(
      'SUPPORT',
    );
    expect(stanceOn('They should sign the lease.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('They have every right to sign the lease.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('My guess is they end up signing the lease.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('We signed the lease.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('reads a side against it, then its alternative called worse after a turn, as MIXED', () => {
    expect(
      stanceOn('Signing the lease would be a bad thing. But the alternative is every dock closing.', 'lease')
        ?.stance,
    ).toBe('MIXED');
    // With no turn it is one side, not a concession.
    expect(
      stanceOn('Signing the lease would be a bad thing, and the alternative is every dock closing.', 'lease')
        ?.stance,
    ).toBe('OPPOSE');
  });

  it('cancels a double negation', () => {
    expect(stanceOn('We are not opposed to signing the lease.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('keeps negation to its own clause', () => {
    expect(stanceOn("We don't agree with everything, but we will sign the lease.", 'lease')?.stance).toBe(
      'SUPPORT',
    );
  });

  it('marks a topic-only mention as a low-confidence NEUTRAL', () => {
    const lease = stanceOn('The lease is long.', 'lease');
    expect(lease?.stance).toBe('NEUTRAL');
    expect(lease?.lowConfidence).toBe(true);
  });

  it('calls cues of both stances MIXED, and ignores issues with no cue', () => {
    expect(stanceOn('It is a bad deal, but we will sign the lease.', 'lease')?.stance).toBe('MIXED');
    expect(stanceOn('It is a bad deal, but we will sign the lease.', 'strike')).toBeUndefined();
  });

  it('lets a longer cue hide the shorter one inside it', () => {
    expect(stanceOn('sign the lease', 'lease')?.cues).toEqual(['sign* the lease (+)']);
  });

  it('calls a supporting and an opposing clause joined by a contrast MIXED, even when one side has more cues', () => {
    const text = 'We want to sign the lease and we will sign the lease, but it is a bad deal.';
    expect(stanceOn(text, 'lease')?.stance).toBe('MIXED');
    // Without the contrast the majority still decides.
    expect(stanceOn('We will sign the lease. We will sign the lease. A bad deal.', 'lease')?.stance).toBe(
      'SUPPORT',
    );
  });

  it('ends a negation at a contrast or subordinate clause without a comma', () => {
    expect(stanceOn("They know we can't wait and that we need to sign the lease.", 'lease')?.stance).toBe(
      'SUPPORT',
    );
    expect(stanceOn("We don't love it but we will sign the lease.", 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn("We don't love it and we will sign the lease.", 'lease')?.stance).toBe('OPPOSE');
  });

  it('does not read a passive "rejected by" as a negation of what follows', () => {
    expect(stanceOn('The offer was rejected by the tenants who then went on strike.', 'strike')?.stance).toBe(
      'SUPPORT',
    );
    expect(stanceOn('The tenants rejected going on strike.', 'strike')?.stance).toBe('OPPOSE');
  });

  it('reads a change of mind by what holds now: "… in June. This time …"', () => {
    expect(
      stanceOn('I refused to sign the lease in June. This time I will sign the lease.', 'lease')?.stance,
    ).toBe('SUPPORT');
    expect(
      stanceOn('We wanted to sign the lease at first. Now we will not sign the lease.', 'lease')?.stance,
    ).toBe('OPPOSE');
    // Both sides now: still MIXED.
    expect(stanceOn('I want to sign the lease, but I will not sign the lease now.', 'lease')?.stance).toBe(
      'MIXED',
    );
  });

  it('reads the other side’s line the speaker keeps hearing as theirs, not the speaker’s', () => {
    expect(stanceOn('They keep telling us the lease is the best deal we will get.', 'lease')?.stance).toBe(
      'OPPOSE',
    );
    expect(stanceOn('People keep saying we should sign the lease.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('I keep telling them we should sign the lease.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('reads the topic asked back on its own as disbelieved: "Strike? Over this?"', () => {
    expect(stanceOn('Strike? Over this? Nobody wants that.', 'strike')?.stance).toBe('OPPOSE');
    expect(stanceOn('Sign the lease? On these terms?', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('Should we strike? I think so.', 'strike')?.stance).not.toBe('OPPOSE');
  });

  it('reads a topic whose clause is dismissed as no plan as refused', () => {
    expect(stanceOn('Signing the lease with these terms is not a plan.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('Hoping they strike again and win is no budget strategy.', 'strike')?.stance).toBe(
      'OPPOSE',
    );
    expect(stanceOn('Signing the lease is the plan.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('A lease this size isn’t a budget plan.', 'lease')?.stance).toBe('OPPOSE');
  });

  it('reads a participle after an article as describing the noun, not refusing it', () => {
    expect(stanceOn('They are working on how the rejected lease can win new life.', 'lease')?.stance).toBe(
      'SUPPORT',
    );
    expect(stanceOn('The tenants rejected the lease.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('We will not go on a failed strike again.', 'strike')?.stance).toBe('OPPOSE');
  });

  it('keeps a topic named among harms opposed under a negated verb', () => {
    expect(stanceOn("We can't go home with the lease, the chaos and the damage.", 'lease')?.stance).toBe(
      'OPPOSE',
    );
  });

  it('reads a cue in a condition with a harmful consequence as a warning, and without one as no stance', () => {
    expect(stanceOn('If they sign the lease, the whole town loses.', 'lease')?.stance).toBe('OPPOSE');
    expect(
      stanceOn('Any attempt by the board to sign the lease will have serious consequences.', 'lease')?.stance,
    ).toBe('OPPOSE');
    expect(stanceOn('If they sign the lease, we will see.', 'lease')?.stance).toBe('NEUTRAL');
    expect(stanceOn('They will sign the lease, whatever we think.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('leaves a negator inside a cue to that cue: it does not flip the cues after it', () => {
    const rules = {
      slug: 'rules',
      name: 'Change the rules',
      cues: [
        { phrase: 'wrong to change the rules', stance: 'OPPOSE' as const },
        { phrase: 'change the rules', stance: 'SUPPORT' as const },
        { phrase: 'after the game', stance: 'OPPOSE' as const },
      ],
    };
    const on = (text: string) => classifyIssues(text, [rules])[0]?.stance;
    expect(on("It's wrong to change the rules after the game.")).toBe('OPPOSE');
    // A negator that is no cue's own still negates what follows it.
    expect(on("We won't complain after the game.")).toBe('SUPPORT');
  });

  it("ends an attempt's condition at the modal of its consequence", () => {
    // The strike is the consequence warned of, not part of the attempt: it is not flipped.
    expect(
      stanceOn(
        'Any attempt by the board to sell the docks will cost jobs and will lead to a strike.',
        'strike',
      )?.stance,
    ).toBe('SUPPORT');
    // Before the modal, the attempt's own words are still warned against.
    expect(
      stanceOn('Any attempt to strike will have serious consequences and will lead nowhere.', 'strike')
        ?.stance,
    ).toBe('OPPOSE');
  });

  it('reads a topic mention by the judgement in its clause, negations included', () => {
    expect(stanceOn('The lease is a good one.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('The lease is not fair to us.', 'lease')?.stance).toBe('OPPOSE');
    // The judgement of another clause is not this mention's.
    expect(stanceOn('We are happy with the harbor, and the lease runs ten years.', 'lease')?.stance).toBe(
      'NEUTRAL',
    );
  });

  it('reads a verdict in the next sentence that starts with "that" as a verdict on the mention', () => {
    expect(stanceOn('They will change the lease after the fact. That is unfair.', 'lease')?.stance).toBe(
      'OPPOSE',
    );
  });

  it('flips a cue its own clause calls bad, but not one it calls good', () => {
    expect(stanceOn('Signing the lease would be a mistake.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('Signing the lease would be great.', 'lease')?.stance).toBe('SUPPORT');
    // A bad word before the cue is not a verdict on it.
    expect(stanceOn('In this terrible year we will sign the lease.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('reads phrases that refuse what follows as negations', () => {
    expect(stanceOn('We will walk away from signing the lease.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('We will not walk away from signing the lease.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('Members voted against signing the lease.', 'lease')?.stance).toBe('OPPOSE');
  });

  it('reads a condition whose outcome is bad as a warning against it', () => {
    expect(stanceOn('If they sign the lease, things will only get worse.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn("If they don't sign the lease, things will only get worse.", 'lease')?.stance).toBe(
      'SUPPORT',
    );
    expect(stanceOn('If they sign the lease, we will see.', 'lease')?.stance).toBe('NEUTRAL');
  });

  it('reads "without X, <a harm>" as a condition that presses for X', () => {
    expect(stanceOn('Without signing the lease, we face a deficit.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('Without signing the lease, we will see.', 'lease')?.stance).toBe('NEUTRAL');
  });

  it('reads verbs that undo what follows as negations', () => {
    expect(stanceOn('They should rescind the strike.', 'strike')?.stance).toBe('OPPOSE');
    expect(stanceOn('We will cancel the strike.', 'strike')?.stance).toBe('OPPOSE');
    // A topic cue as their object is refused; a second negation keeps it.
    expect(stanceOn('They should reject the lease.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn("We can't reject the lease.", 'lease')?.stance).toBe('SUPPORT');
  });

  it('reads rhetorical questions and the refused half of a preference as negations', () => {
    expect(stanceOn("What's the point of signing the lease now?", 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('Does anyone really believe signing the lease helps?', 'lease')?.stance).toBe('OPPOSE');
    // Words may stand between "anyone" and the belief: "Does anyone on the council really believe …".
    expect(
      stanceOn('Does anyone on the council really believe signing the lease helps?', 'lease')?.stance,
    ).toBe('OPPOSE');
    expect(stanceOn("I'd rather go on strike than sign the lease.", 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn("I'd rather go on strike than sign the lease.", 'strike')?.stance).toBe('SUPPORT');
    // "Rather than X, Y" refuses only X.
    expect(stanceOn('Rather than strike, we should sign the lease.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('matches a cue of several words loosely: its content words in any order, close together, in one clause', () => {
    expect(stanceOn('We will get the lease signed this week.', 'lease')?.cues).toEqual([
      'sign* the lease (+)',
    ]);
    // A negation among the matched words counts.
    expect(stanceOn("The lease won't be signed.", 'lease')?.stance).toBe('OPPOSE');
    // Too far apart, or across a comma: only the topic.
    expect(stanceOn('The lease is long and we will all sign up for the gym.', 'lease')?.cues).toEqual([
      'lease',
    ]);
    expect(stanceOn('The lease, they say, is what we sign.', 'lease')?.cues).toEqual(['lease']);
    // Nor across a subordinate clause's opening word, comma or not.
    expect(stanceOn('We read the lease if they sign.', 'lease')?.cues).toEqual(['lease']);
  });

  it('reads a concession after the issue, across a turn, as MIXED', () => {
    // What follows the turn judges against the issue: with judgement words, or a refusal.
    expect(
      stanceOn('We want to sign the lease, but it bothers me that the rent doubles.', 'lease')?.stance,
    ).toBe('MIXED');
    expect(
      stanceOn("I'm ready to sign the lease, although I don't think it will last.", 'lease')?.stance,
    ).toBe('MIXED');
    // A topic with no sign of its own, then an objection: granted, then held back.
    expect(
      stanceOn("The lease is on the table. But it's not something we'll do lightly.", 'lease')?.stance,
    ).toBe('MIXED');
    // A side taken on another issue after the turn is about that issue.
    expect(stanceOn('We will sign the lease, but we will not call a stoppage.', 'lease')?.stance).toBe(
      'SUPPORT',
    );
    // The issue's own cue after the turn can be what holds back.
    expect(stanceOn('The lease is on the table, but nobody will sign the lease.', 'lease')?.stance).toBe(
      'MIXED',
    );
    // What follows agrees with the issue: no concession.
    expect(stanceOn('We want to sign the lease, but we also want a fair rent.', 'lease')?.stance).toBe(
      'SUPPORT',
    );
    // The issue after the turn is the conclusion; a phrase after the word is no turn.
    expect(stanceOn("We don't like every clause, but we will sign the lease.", 'lease')?.stance).toBe(
      'SUPPORT',
    );
    expect(stanceOn('We will sign the lease, but not at any price.', 'lease')?.stance).toBe('SUPPORT');
    // "but" inside a clause is no turn either.
    expect(stanceOn('We had no choice but to sign the lease.', 'lease')?.stance).not.toBe('MIXED');
  });

  it('reads a topic right after a refusing phrase as refused, and a necessity as wanting it', () => {
    expect(stanceOn('They are walking away from the lease.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('Nobody here is walking away from the lease.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('We had no choice but to take the lease.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('We have to keep this lease.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('Why should we sign the lease now?', 'lease')?.stance).toBe('OPPOSE');
  });

  it('reads a condition with a good outcome as a promise', () => {
    expect(stanceOn("If the lease comes through, we'd welcome that.", 'lease')?.stance).toBe('SUPPORT');
    // No outcome worth a judgement: no stance.
    expect(stanceOn('If the lease comes through, we will move in June.', 'lease')?.stance).toBe('NEUTRAL');
  });

  it('reads a cue in quote marks of its own as mentioned, and a topic as the only way as accepted', () => {
    expect(stanceOn("They keep calling it 'signing the lease,' as if we had a say.", 'lease')?.stance).toBe(
      'NEUTRAL',
    );
    expect(stanceOn('The lease is the only option we have left.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('The lease is not the only option.', 'lease')?.stance).toBe('OPPOSE');
  });

  it('judges a cue by its own predicate only, not by a clause inside it', () => {
    expect(stanceOn('Signing the lease would be a mistake.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn("We will sign the lease where it's badly written.", 'lease')?.stance).toBe('SUPPORT');
  });

  it('reads "done" as stopping, so "not done" goes on, and skips quantities before a refused topic', () => {
    expect(stanceOn("We're done signing the lease.", 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn("We're not done signing the lease.", 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn("I'd rather wait a year than thousands of lease renewals.", 'lease')?.stance).toBe(
      'OPPOSE',
    );
  });

  it('judges the absence of a topic the other way round', () => {
    expect(stanceOn('The worst outcome for everyone is no lease at all.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('The worst outcome for everyone is this lease.', 'lease')?.stance).toBe('OPPOSE');
  });
});

describe('classifyIssues, judgements', () => {
  const rules: KnownIssue = {
    slug: 'rules',
    name: 'Change the rules',
    cues: [
      { phrase: 'wrong to change the rules', stance: 'OPPOSE' },
      { phrase: 'after the game', stance: 'OPPOSE' },
      { phrase: 'difficult benchmark', stance: 'SUPPORT' },
    ],
  };
  const stance = (text: string) => classifyIssues(text, [rules])[0]?.stance;

  it('counts cues of one side that touch as one judgement', () => {
    // One sentence against the change, one for it: both sides, not a majority of cues.
    expect(
      stance(
        'Every local agreeing is a difficult benchmark. It is wrong to change the rules after the game.',
      ),
    ).toBe('MIXED');
    // Cues apart are judgements of their own.
    expect(
      stance(
        'Every local agreeing is a difficult benchmark. It is wrong to change the rules, and after the game too.',
      ),
    ).toBe('OPPOSE');
  });
});

describe('classifyIssues, regret', () => {
  it('reads "regret" as refusing what follows it, so "don’t regret" keeps it', () => {
    expect(stanceOn('I regret signing the lease.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('I don’t regret signing the lease.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('I don’t regret saying no to signing the lease.', 'lease')?.stance).toBe('OPPOSE');
  });
});

describe('classifyIssues, disputed names and bare answers', () => {
  it('reads a cue said to be a name for something else, or a label applied for a reason, as rejected', () => {
    expect(stanceOn('That is a lease by another name.', 'lease')?.stance).toBe('OPPOSE');
    expect(
      stanceOn('You can call it signing the lease, you can call it whatever you like.', 'lease')?.stance,
    ).toBe('OPPOSE');
    // A label used plainly keeps its side.
    expect(stanceOn('We call it signing the lease, and we are proud of it.', 'lease')?.stance).toBe(
      'SUPPORT',
    );
  });

  it('reads a cue answered with a bare "no" as refused, and "yes" as kept', () => {
    expect(stanceOn('Strike, no. Talk, yes.', 'strike')?.stance).toBe('OPPOSE');
    expect(stanceOn('Strike, yes. Talk, no.', 'strike')?.stance).toBe('SUPPORT');
  });
});

describe('classifyIssues, granted imperfection', () => {
  it('reads a topic granted to be imperfect, then accepted after a turn, as supported', () => {
    expect(stanceOn('The lease isn’t perfect. But it keeps the yard open.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('The lease is not ideal, but we can live with it.', 'lease')?.stance).toBe('SUPPORT');
    // Without the turn it stays a complaint.
    expect(stanceOn('The lease isn’t perfect. It leaks money every month.', 'lease')?.stance).not.toBe(
      'SUPPORT',
    );
  });

  it('reads "nobody’s" as a negator', () => {
    expect(stanceOn('Nobody’s signing the lease.', 'lease')?.stance).toBe('OPPOSE');
  });
});

describe('classifyIssues, rather … than a single', () => {
  it('refuses a topic after "rather … than a single"', () => {
    expect(stanceOn('I’d much rather see another vote than a single lease.', 'lease')?.stance).toBe('OPPOSE');
  });
});

describe('classifyIssues, endorsed conditions and refuted claims', () => {
  it('reads a condition followed by an endorsement ("…, I’m for it") as a promise', () => {
    expect(stanceOn('If they sign the lease this week, I’m for it.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('reads a cue in a claim the speaker refutes ("anyone who tells you …") as the other side’s', () => {
    expect(stanceOn('Anyone who tells you we should sign the lease did not read it.', 'lease')?.stance).toBe(
      'OPPOSE',
    );
  });

  it('reads "like" as a judgement only as a verb, not as "like" comparing', () => {
    expect(
      stanceOn('People on the dock talk about the lease like it ends at the gate.', 'lease')?.stance,
    ).toBe('NEUTRAL');
    expect(stanceOn('I like the lease.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('reads a want to know as no want of the topic, and "deserve" as a want', () => {
    expect(stanceOn('You want to know what the lease means for a family?', 'lease')?.stance).toBe('NEUTRAL');
    expect(stanceOn('The members deserve answers before anyone signs the lease.', 'lease')?.stance).toBe(
      'OPPOSE',
    );
    expect(stanceOn('The members deserve the lease.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('reads "are we really going to …" as refusing what follows', () => {
    expect(stanceOn('Are we really going to sign the lease over one clause?', 'lease')?.stance).toBe(
      'OPPOSE',
    );
    expect(stanceOn('Are we going to sign the lease this week?', 'lease')?.stance).toBe('SUPPORT');
  });

  it('skips an amount ("a year of") between a comparison and the topic it refuses', () => {
    expect(stanceOn('Anything is better than a year of the lease.', 'lease')?.stance).toBe('OPPOSE');
  });

  it('refuses the alternative set aside after a comma: "wants more talks, not the lease"', () => {
    expect(stanceOn('The alliance wants more talks, not the lease.', 'lease')?.stance).toBe('OPPOSE');
  });

  it('reads a loose match holding a word that finds fault as refused: "signed a bad lease"', () => {
    expect(stanceOn('We signed a bad lease.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('We signed a fair lease.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('reads a side held "even if" the other is granted as MIXED', () => {
    expect(
      stanceOn('Signing the lease was a mistake, even if it was the only way to save the port.', 'lease')
        ?.stance,
    ).toBe('MIXED');
    expect(stanceOn('Signing the lease was a mistake.', 'lease')?.stance).toBe('OPPOSE');
  });

  it('refuses what a condition makes pointless: "what’s the point of a vote if they sign the lease"', () => {
    expect(stanceOn("What's the point of a vote if they sign the lease anyway?", 'lease')?.stance).toBe(
      'OPPOSE',
    );
  });

  it('reads a judgement word in the third person: "saves" is "save"', () => {
    expect(stanceOn('The lease saves money.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('The lease hopes to fix it.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('reads a topic answered by mock praise ("… the lease? Oh, terrific.") as refused', () => {
    expect(stanceOn('Sign the lease now? Oh, terrific. Then we can all go home.', 'lease')?.stance).toBe(
      'OPPOSE',
    );
    expect(stanceOn('Sign the lease now. Then we can all go home.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('reads a harm denied ("Nobody loses a pension under this lease") as speaking for the topic', () => {
    expect(stanceOn('Nobody loses a pension under this lease. Nobody.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('Everybody loses a pension under this lease.', 'lease')?.stance).toBe('OPPOSE');
  });

  it('reads a cue after "dressed up as" as the disguise, refused', () => {
    expect(stanceOn('Their plan is a walkout dressed up as signing the lease.', 'lease')?.stance).toBe(
      'OPPOSE',
    );
  });

  it('reads "a matter for the alliance" as no side taken', () => {
    expect(stanceOn('Whether to sign the lease is a matter for the alliance.', 'lease')?.stance).toBe(
      'NEUTRAL',
    );
  });

  it('reads "X all you want" as X dismissed', () => {
    expect(stanceOn('You can sign the lease all you want.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('You can sign the lease whenever you want.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('reads what a topic "does to" others, and blame laid for it, as harms', () => {
    expect(stanceOn('I have seen what a lease does to a waterfront.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('I have seen what the lease says about the waterfront.', 'lease')?.stance).toBe(
      'NEUTRAL',
    );
    expect(stanceOn('If the mayor wants a lease to make a point, that is on her.', 'lease')?.stance).toBe(
      'OPPOSE',
    );
  });

  it('reads an order after a condition ("…, have the conversation") as endorsing it', () => {
    expect(stanceOn('If an hour of talk gets the lease signed, have the meeting.', 'lease')?.stance).toBe(
      'SUPPORT',
    );
    expect(stanceOn('If an hour of talk gets the lease signed, the meeting ends.', 'lease')?.stance).toBe(
      'NEUTRAL',
    );
  });

  it('reads an act told as befalling people in the passive as a harm, not as support for the act', () => {
    const cuts: KnownIssue = {
      slug: 'cuts',
      name: 'Cut dock jobs',
      cues: [
        { phrase: 'laid off', stance: 'SUPPORT' },
        { phrase: 'lay off', stance: 'SUPPORT' },
        { phrase: 'approv*', stance: 'SUPPORT' },
      ],
    };
    const on = (text: string) => classifyIssues(text, [cuts])[0]?.stance;
    expect(on('When a crane operator gets laid off, the ships still come in.')).toBe('OPPOSE');
    expect(on('I was laid off in 1991 and lost my house.')).toBe('OPPOSE');
    expect(on("You'll be laid off by fall.")).toBe('OPPOSE');
    // The act's own form, and a thing as the subject, are read as before.
    expect(on('The port should lay off forty crane operators.')).toBe('SUPPORT');
    expect(on('The plan was approved on Monday.')).toBe('SUPPORT');
  });

  it('reads a topic let go on ("Let the lease stand") as wanted, and its refusal as opposed', () => {
    expect(stanceOn('Every family has had to make cuts. Let the lease stand.', 'lease')?.stance).toBe(
      'SUPPORT',
    );
    expect(stanceOn('Do not let the lease go ahead.', 'lease')?.stance).toBe('OPPOSE');
    // Without what it is let do, the topic says nothing more.
    expect(stanceOn('Let the lease wait for the board.', 'lease')?.stance).toBe('NEUTRAL');
  });

  it('accepts a topic called the last resort in quote marks of the speaker’s own', () => {
    const text = 'Without the grant, the lease is “the only tool left in the drawer.”';
    expect(stanceOn(text, 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('The lease is not “the only way” forward.', 'lease')?.stance).toBe('OPPOSE');
  });

  it('reads the comma and point inside a number as part of it, not as the end of a clause', () => {
    expect(stanceOn('Nobody in this port wants 1,200 strikes.', 'strike')?.stance).toBe('OPPOSE');
    expect(stanceOn('Nobody wants a $1.5 million strike.', 'strike')?.stance).toBe('OPPOSE');
  });

  it('reads a topic voted for as wanted, and "the alternative is X" as X held up to be avoided', () => {
    expect(stanceOn('Nobody on the docks voted for the lease.', 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('We voted for the lease in May.', 'lease')?.stance).toBe('SUPPORT');
    expect(stanceOn('Vote it down. The alternative is a lease for ninety years.', 'lease')?.stance).toBe(
      'OPPOSE',
    );
    expect(stanceOn('Stop now, or the alternative would be the lease.', 'lease')?.stance).toBe('OPPOSE');
    // Without it, the same topic takes no side.
    expect(stanceOn('Vote it down. The result is a lease for ninety years.', 'lease')?.stance).toBe(
      'NEUTRAL',
    );
  });
});
