import { registerEnumType } from 'type-graphql';

export enum Stance {
  SUPPORT = 'SUPPORT',
  OPPOSE = 'OPPOSE',
  NEUTRAL = 'NEUTRAL',
  MIXED = 'MIXED',
}
registerEnumType(Stance, { name: 'Stance', description: 'Where a stakeholder stands on an issue.' });

export enum ThresholdMeasure {
  UNIONS_FOR = 'UNIONS_FOR',
  BARGAINING_UNITS_FOR = 'BARGAINING_UNITS_FOR',
  MEMBER_SHARE_FOR = 'MEMBER_SHARE_FOR',
  APPROVING_MEMBERSHIP_SHARE = 'APPROVING_MEMBERSHIP_SHARE',
}
registerEnumType(ThresholdMeasure, {
  name: 'ThresholdMeasure',
  description: 'What a threshold of a vote rule counts, read off the combined tally.',
  valuesConfig: {
    UNIONS_FOR: { description: 'Unions that approved (a count).' },
    BARGAINING_UNITS_FOR: { description: 'Bargaining units that approved (a count).' },
    MEMBER_SHARE_FOR: { description: 'Share of voting members who voted yes, 0 to 1.' },
    APPROVING_MEMBERSHIP_SHARE: {
      description: 'Share of the whole membership that the approving units represent (per capita), 0 to 1.',
    },
  },
});

export enum BallotOutcome {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(BallotOutcome, { name: 'BallotOutcome', description: 'How a unit voted.' });

export enum StatementKind {
  DIRECT_QUOTE = 'DIRECT_QUOTE',
  PARTIAL_QUOTE = 'PARTIAL_QUOTE',
  PARAPHRASE = 'PARAPHRASE',
  REPORT = 'REPORT',
}
registerEnumType(StatementKind, {
  name: 'StatementKind',
  description: 'How the article renders the words.',
  valuesConfig: {
    DIRECT_QUOTE: { description: 'A full quotation in quote marks.' },
    PARTIAL_QUOTE: { description: 'A fragment in quote marks inside the reporter’s sentence.' },
    PARAPHRASE: { description: 'The reporter’s rendering of what the speaker said; not verbatim speech.' },
    REPORT: {
      description: 'The article’s own words (no speaker), citing a fact such as a title or a count.',
    },
  },
});

export enum StatementMedium {
  SPOKEN = 'SPOKEN',
  LETTER = 'LETTER',
  WRITTEN_STATEMENT = 'WRITTEN_STATEMENT',
  EMAIL = 'EMAIL',
  PHONE_INTERVIEW = 'PHONE_INTERVIEW',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(StatementMedium, {
  name: 'StatementMedium',
  description: 'How the words reached the reporter.',
});

export enum DatePrecision {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precise a date is: WEEK means "that week", the date being its best estimate.',
});

export enum PathRelation {
  ROLE = 'ROLE',
  MEMBERSHIP = 'MEMBERSHIP',
  SAID = 'SAID',
  SPOKE_FOR = 'SPOKE_FOR',
  MENTIONS = 'MENTIONS',
  STATEMENT_ABOUT = 'STATEMENT_ABOUT',
  TOOK_PART = 'TOOK_PART',
}
registerEnumType(PathRelation, {
  name: 'PathRelation',
  description: 'The kind of link one step of a connection path follows.',
  valuesConfig: {
    ROLE: { description: 'A person holds a title at an organization.' },
    MEMBERSHIP: { description: 'A stakeholder belongs to an organization.' },
    SAID: { description: 'A statement was said or written by a stakeholder.' },
    SPOKE_FOR: { description: 'A statement was made on behalf of an organization.' },
    MENTIONS: { description: 'A statement names or addresses a stakeholder.' },
    STATEMENT_ABOUT: { description: 'A statement speaks to an issue.' },
    TOOK_PART: { description: 'A stakeholder took part in an event (a letter, a deadline, a session).' },
  },
});

export enum TimelineEntryKind {
  STATEMENT = 'STATEMENT',
  POSITION = 'POSITION',
}
registerEnumType(TimelineEntryKind, {
  name: 'TimelineEntryKind',
  description: 'What a timeline entry records.',
});
