/** Selections shared by several views' queries; each view still sends exactly one document. */
import { graphql } from '../gql';

export const EvidenceFields = graphql(`
  fragment EvidenceFields on Statement {
    id
    text
    kind
    start
    end
    saidOn
    saidOnInferred
    saidOnNote
    speaker {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    article {
      id
      headline
      publishedOn
      publishedInferred
      publishedNote
      outlet {
        name
      }
    }
  }
`);
