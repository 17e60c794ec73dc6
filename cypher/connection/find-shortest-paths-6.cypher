// The shortest paths of at most 6 hops between two stakeholders through roles, memberships,
// statements (who said them, for whom, whom they mention, what issue they are about) and events.
// One file per hop count (1 to 6), because Cypher cannot take a variable-length bound as a
// parameter: bounding the pattern itself lets the planner stop at 6 hops, where filtering
// length(path) after a longer pattern searched the whole graph (7.9 M dbHits for 1 hop).
// Params: $fromKey, $toKey: string (stakeholder ids); $limit: integer.
// Returns: up to $limit rows: nodes ([{label, key}] from the first stakeholder to the second),
//   steps ([{type, startKey, endKey, title, relation, evidenceKeys}]) in path order.
MATCH (a:Stakeholder {id: $fromKey}), (b:Stakeholder {id: $toKey})
MATCH path = allShortestPaths((a)-[:HOLDS_ROLE|MEMBER_OF|SAID_BY|ON_BEHALF_OF|MENTIONS|ABOUT|INVOLVES*..6]-(b))
WITH path
LIMIT $limit
RETURN [n IN nodes(path) | {
         label: CASE
           WHEN n:Person THEN 'Person' WHEN n:Organization THEN 'Organization'
           WHEN n:Statement THEN 'Statement' WHEN n:Issue THEN 'Issue' ELSE 'Event' END,
         key: coalesce(n.id, n.slug)
       }] AS nodes,
       [r IN relationships(path) | {
         type: type(r), startKey: coalesce(startNode(r).id, startNode(r).slug),
         endKey: coalesce(endNode(r).id, endNode(r).slug), title: r.title, relation: r.relation,
         role: r.role, evidenceKeys: coalesce(r.evidence, [])
       }] AS steps
