import { registerEnumType } from 'type-graphql';

export enum Stance {
  SUPPORT = 'SUPPORT',
  OPPOSE = 'OPPOSE',
  NEUTRAL = 'NEUTRAL',
  MIXED = 'MIXED',
}
registerEnumType(Stance, { name: 'Stance', description: 'Where a stakeholder stands on an issue.' });

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

export enum OrganizationKind {
  COALITION = 'COALITION',
  UNION = 'UNION',
  UNION_LOCAL = 'UNION_LOCAL',
  BARGAINING_UNIT = 'BARGAINING_UNIT',
  GOVERNMENT_OFFICE = 'GOVERNMENT_OFFICE',
  LEGISLATIVE_BODY = 'LEGISLATIVE_BODY',
  PARTY = 'PARTY',
  NEWS_OUTLET = 'NEWS_OUTLET',
  ACADEMIC_INSTITUTION = 'ACADEMIC_INSTITUTION',
  WORKPLACE = 'WORKPLACE',
}
registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'What sort of organization.' });

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
