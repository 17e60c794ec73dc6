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
}

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
];
