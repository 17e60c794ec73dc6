/**
 * The operations the playground opens with, one tab each, in this order. They are the questions the
 * service exists to answer, so a first-time user sees the API's shape before reading the schema.
 * GraphiQL names each tab after the operation, which is why every example has a named operation.
 */
export interface PlaygroundExample {
  name: string;
  query: string;
  /** JSON text for the variables pane; only for examples that need ids the user has to look up. */
  variables?: string;
  /** JSON text for the headers pane: mutations need "Authorization: Bearer <token>". */
  headers?: string;
}

/** Where an editor pastes the token from `npm run token -- create --name "…" --role editor`. */
const TOKEN_HEADERS = `{
  "Authorization": "Bearer paste-the-token-from-npm-run-token-create"
}
`;

export const playgroundExamples: PlaygroundExample[] = [
  {
    name: 'ServerInfo',
    query: `# Which service version is this, and which Neo4j is it connected to?
query ServerInfo {
  serverInfo {
    version
    neo4jVersion
    neo4jEdition
  }
}
`,
  },
  {
    name: 'Disputes',
    query: `# Which disputes does the graph hold, and what is at issue in each? Pass a dispute's slug as
# \`dispute\` to any list, or beside a slug that several disputes use.
query Disputes {
  disputes {
    slug
    name
    issueCount
    voteCount
    issues {
      slug
      proposition
    }
  }
}
`,
  },
  {
    name: 'WhoOpposedRenegotiation',
    query: `# Who opposed renegotiation, since when, and what did they say that shows it?
query WhoOpposedRenegotiation {
  issue(slug: "renegotiation", dispute: "ct-sebac-2011-concessions") {
    name
    proposition
    positions(stance: OPPOSE) {
      stance
      asOf
      inferred
      confidence
      holder {
        name
      }
      evidence {
        text
        saidOn
        speaker {
          name
        }
        article {
          id
          headline
          publishedOn
        }
      }
    }
  }
}
`,
  },
  {
    name: 'UnitsThatRejectedTheDeal',
    query: `# Which bargaining units rejected the 2011 SEBAC deal, and did it pass under the ratification rule?
query UnitsThatRejectedTheDeal {
  vote(slug: "sebac-2011-ratification", dispute: "ct-sebac-2011-concessions") {
    name
    passed
    decidedBy
    rule
    ruleDetails {
      readings {
        key
        name
        passed
        thresholds {
          measure
          atLeast
          outOf
          base
          actual
          met
          evidence {
            text
          }
        }
      }
    }
    tally {
      unionsTotal
      unionsFor
      unionsAgainst
      bargainingUnitsTotal
      bargainingUnitsFor
      bargainingUnitsAgainst
      memberShareFor
      sources {
        id
      }
    }
    ballots(outcome: REJECT) {
      unit {
        name
      }
      outcome
      evidence {
        text
        article {
          id
        }
      }
    }
  }
}
`,
  },
  {
    name: 'FindMalloy',
    query: `# Which nodes match "Dannel Malloy"? Copy the Person's id for the GovernorTimeline tab.
query FindMalloy {
  search(text: "Dannel Malloy", first: 3) {
    score
    snippet
    node {
      id
      ... on Person {
        name
      }
    }
  }
}
`,
  },
  {
    name: 'GovernorTimeline',
    query: `# How did the governor's stance on reopening talks change over time?
# Paste the Person id from the FindMalloy tab into holderId in the variables pane below.
query GovernorTimeline($holderId: ID!) {
  timeline(holderId: $holderId, issueSlug: "reopen-talks") {
    date
    stance
    stanceChanged
    statement {
      text
      article {
        id
      }
    }
  }
}
`,
    variables: `{
  "holderId": "paste the id from the FindMalloy tab"
}
`,
  },
  {
    name: 'BylawChangeAlignment',
    query: `# Who stands on which side of the bylaw change, and on what evidence?
query BylawChangeAlignment {
  alignment(issueSlug: "bylaw-change") {
    stance
    holders {
      name
    }
    positions {
      evidence {
        text
      }
    }
  }
}
`,
  },
  {
    name: 'Connections',
    query: `# How are two stakeholders connected, within four hops, and what evidence backs each step?
# Paste two node ids (from a search) into fromId and toId in the variables pane below.
query Connections($fromId: ID!, $toId: ID!) {
  connections(fromId: $fromId, toId: $toId, maxHops: 4) {
    length
    steps {
      relation
      from {
        id
      }
      to {
        id
      }
      evidence {
        text
      }
    }
  }
}
`,
    variables: `{
  "fromId": "paste a node id",
  "toId": "paste another node id"
}
`,
  },
  {
    name: 'SearchBargainingTable',
    query: `# What mentions "bargaining table", best match first?
query SearchBargainingTable {
  search(text: "bargaining table") {
    score
    snippet
    node {
      id
      __typename
    }
  }
}
`,
  },
  {
    name: 'AddArticle',
    query: `# Editors: paste your token in the Headers pane (npm run token -- create --name "You" --role editor).
# Adds an article; its id is outlet + date. Every write is one audited transaction.
mutation AddArticle($input: AddArticleInput!) {
  addArticle(input: $input) {
    article { id key publishedOn version source createdBy }
    auditEntry { id operation actor at }
  }
}
`,
    variables: `{
  "input": {
    "text": "HARTFORD — A union steward said Monday the talks must resume.\\n\\n“We need to get back to the table,” said Jo Rivera, a steward.",
    "outlet": "T3JnYW5pemF0aW9uOmN0LW1pcnJvcg",
    "publishedOn": { "date": "2011-07-18" },
    "title": "Stewards want talks to resume",
    "reason": "a new article in the story"
  }
}
`,
    headers: TOKEN_HEADERS,
  },
  {
    name: 'AddStatement',
    query: `# Adds words from a stored article, found by their exact text (or start/end offsets), with
# who said them and what they are about. The span must sit verbatim in the article.
mutation AddStatement($input: AddStatementInput!) {
  addStatement(input: $input) {
    statement { id text kind paragraph speaker { name } issues { slug } }
    auditEntry { id }
  }
}
`,
    variables: `{
  "input": {
    "articleId": "paste the article id from AddArticle",
    "exactText": "We need to get back to the table",
    "kind": "DIRECT_QUOTE",
    "speakerId": "paste a person id (createPerson or search)",
    "issueSlugs": ["renegotiation"],
    "reason": "quoted in the article"
  }
}
`,
    headers: TOKEN_HEADERS,
  },
  {
    name: 'RecordPosition',
    query: `# A stance with the statements that show it; see it in issue { positions } and history(id:).
# Undo it with revertChange(input: { auditEntryId, reason }).
mutation RecordPosition($input: RecordPositionInput!) {
  recordPosition(input: $input) {
    position { id stance asOf holder { name } evidence { text } }
    auditEntry { id }
  }
}
`,
    variables: `{
  "input": {
    "holderId": "paste the person id",
    "issueSlug": "renegotiation",
    "stance": "SUPPORT",
    "asOf": { "date": "2011-07-18" },
    "confidence": 0.9,
    "evidenceIds": ["paste the statement id"],
    "reason": "says so in the new article"
  }
}
`,
    headers: TOKEN_HEADERS,
  },
  {
    name: 'IngestArticle',
    query: `# Proposes the quotes, speakers and stances of a new article as suggestions for review
# (dryRun: true writes nothing). Each suggestion's id is a global id, like every other object's.
mutation IngestArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input, dryRun: true) {
    created existing
    suggestions { id key status kind text speaker { name isNew isOrganization roleTitle roleOrganization } stances { issueSlug stance confidence } }
  }
}
`,
    variables: `{
  "input": {
    "text": "HARTFORD — A union steward said Monday the talks must resume.\\n\\n“Nobody here wants layoffs,” said Jo Rivera, a steward with AFSCME Local 387.",
    "outlet": "CT Mirror",
    "publishedOn": "2011-07-18",
    "reason": "a new article in the story"
  }
}
`,
    headers: TOKEN_HEADERS,
  },
  {
    name: 'ReproposeSuggestions',
    query: `# After you add cues to an issue (updateIssue) or people to the graph, proposes a stored
# article's open suggestions again; accepted and rejected ones are left as they are.
mutation ReproposeSuggestions($articleId: ID!) {
  reproposeSuggestions(articleId: $articleId, reason: "added the story's words to reopen-talks") {
    updated created auditEntryId
    suggestions { id status text stances { issueSlug stance cues } }
    noLongerProposed { id text }
  }
}
`,
    variables: `{
  "articleId": "paste an article id (articles { edges { node { id key } } })"
}
`,
    headers: TOKEN_HEADERS,
  },
  {
    name: 'AcceptSuggestion',
    query: `# Accepts a stored suggestion (an id from ingestArticle or reviewQueue; node(id:) refetches it),
# optionally with edits; a new person's appositive role at a known organization becomes a role.
# A new organization (speaker.isOrganization and isNew) needs its kind: edits: { organizationKind: "UNION" }.
mutation AcceptSuggestion($id: ID!) {
  acceptSuggestion(id: $id, reason: "checked against the article") {
    suggestion { id status statementId positionIds createdSpeakerId }
    auditEntry { id reason }
  }
}
`,
    variables: `{
  "id": "paste a suggestion id from IngestArticle (without dryRun) or reviewQueue"
}
`,
    headers: TOKEN_HEADERS,
  },
  {
    name: 'AuditLog',
    query: `# Who changed what, newest first (history(id:) gives one object's entries).
query AuditLog {
  auditLog(first: 20) {
    edges { node { id at actor actorName operation reason changedKeys reverts } }
  }
}
`,
  },
];
