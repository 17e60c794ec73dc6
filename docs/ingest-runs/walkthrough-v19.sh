#!/usr/bin/env bash
# The issue-11 walk-through as a new editor (docs/ingest-runs/walkthrough-v19.md): ingest an article
# with the CLI, read the review queue, reject a scare quote, fix a speaker the pipeline left open,
# accept the rest, then read the statements, a new position and the history.
# Needs a seeded Neo4j at $NEO4J_URI, the service at $API (npm start), jq and curl; run from the
# repository root.
set -euo pipefail
API=${API:-http://127.0.0.1:${PORT:-4000}/graphql}
ARTICLE_FILE=docs/ingest-runs/walkthrough-v19-article.txt
KEY=quinebaug-valley-record-2011-08-02
D=ct-sebac-2011-concessions
gql() { # gql <query> [variables-json]
  jq -nc --arg q "$1" --argjson v "${2:-{\}}" '{query: $q, variables: $v}' |
    curl -s "$API" -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" -d @-
}
step() { echo; echo "### $*"; }

step token
TOKEN=$(npm run -s token -- create --name "Walk Editor v19" --role editor | tail -1)
npm run -s token -- list | grep "Walk Editor v19" | sed 's/^[0-9a-f]*/<token id>/'

step ingest
npm run -s ingest -- --token "$TOKEN" "$ARTICLE_FILE" 2>&1 | sed 's/token:[0-9a-f]*/token:<id>/'

step ingest-again
npm run -s ingest -- --token "$TOKEN" "$ARTICLE_FILE" 2>&1 | grep -E "^docs/|^written" | sed 's/token:[0-9a-f]*/token:<id>/'

step article
ARTICLE=$(gql '{ articles(first: 50) { edges { node { id key } } } }' | jq -r --arg k "$KEY" '.data.articles.edges[].node | select(.key == $k) | .id')
gql 'query ($a: ID!) { article(id: $a) { key headline publishedOn outlet { name kind } } }' "{\"a\":\"$ARTICLE\"}" | jq -c .data.article

step queue
Q='query ($a: ID!) { reviewQueue(articleId: $a, first: 50) { edges { node { id key kind text confidence lowConfidence rule
  speaker { name id isNew roleTitle } onBehalfOf { name } stances { issueSlug stance confidence } } } } }'
gql "$Q" "{\"a\":\"$ARTICLE\"}" > /tmp/walk19-queue.json
jq -r '.data.reviewQueue.edges | "\(length) proposed"' /tmp/walk19-queue.json
jq -c '.data.reviewQueue.edges[].node | {key, kind, text: .text[0:70], confidence, rule,
  speaker: (if .speaker then .speaker.name + (if .speaker.isNew then " (new)" else "" end) else null end),
  onBehalfOf: .onBehalfOf.name, stances: [.stances[] | "\(.issueSlug) \(.stance) \(.confidence)"]}' /tmp/walk19-queue.json
sid() { jq -r --arg t "$1" '.data.reviewQueue.edges[].node | select(.text | startswith($t)) | .id' /tmp/walk19-queue.json | head -1; }

step positions-before
POSQ='query ($s: String!, $d: String) { issue(slug: $s, dispute: $d) { positions { id stance asOf confidence holder { name }
  evidence { text article { key } } } } }'
gql "$POSQ" "{\"s\":\"bylaw-change\",\"d\":\"$D\"}" | jq -c '.data.issue.positions[] | [.holder.name, .stance, .asOf]'

step reject-scare-quote
gql 'mutation ($id: ID!, $r: String!) { rejectSuggestion(id: $id, reason: $r) { suggestion { key status reviewReason } auditEntry { operation reason } } }' \
  "$(jq -nc --arg id "$(sid 'the Route 44')" '{id: $id, r: "scare quote: the break room'"'"'s name for the ballot, not a statement"}')" | jq -c .

step fix-speaker
LIV=$(gql '{ search(text: "Livingston", first: 3) { node { id ... on Person { name description } } } }' |
  jq -r '.data.search[].node | select(.name == "Daniel Livingston") | .id')
gql 'mutation ($id: ID!, $e: SuggestionEdits, $r: String) { acceptSuggestion(id: $id, edits: $e, reason: $r) {
  suggestion { key status statementId positionIds statement { text speaker { name } onBehalfOf { name } } } auditEntry { operation reason } } }' \
  "$(jq -nc --arg id "$(sid 'Those rules')" --arg p "$LIV" '{id: $id, e: {speakerId: $p, stances: [{issueSlug: "bylaw-change", stance: "SUPPORT"}]},
     r: "the coalition'"'"'s lead negotiator is Daniel Livingston; he defends changing the bylaws"}')" > /tmp/walk19-fixed.json
jq -c . /tmp/walk19-fixed.json

step accept-all
gql 'mutation ($a: ID!) { acceptAll(articleId: $a) { accepted { key positionIds createdSpeakerId } skipped { id reason } remaining } }' \
  "{\"a\":\"$ARTICLE\"}" > /tmp/walk19-all.json
jq -c '.data.acceptAll.accepted[] | {key, positions: (.positionIds | length), newSpeaker: (.createdSpeakerId != null)}' /tmp/walk19-all.json
jq -c '{skipped: (.data.acceptAll.skipped | length), remaining: .data.acceptAll.remaining, errors}' /tmp/walk19-all.json
echo "left for review:"
gql 'query ($a: ID!) { reviewQueue(articleId: $a, status: PROPOSED, first: 50) { edges { node { text confidence lowConfidence } } } }' \
  "{\"a\":\"$ARTICLE\"}" | jq -c '.data.reviewQueue.edges[].node | {text: .text[0:70], confidence, lowConfidence}'

step statements
gql 'query ($a: ID!) { article(id: $a) { statements { kind text speaker { name } onBehalfOf { name } issues { slug } } } }' "{\"a\":\"$ARTICLE\"}" |
  jq -c '.data.article.statements[] | {kind, text: .text[0:70], speaker: .speaker.name, onBehalfOf: .onBehalfOf.name, issues: [.issues[].slug]}'

step positions-after
gql "$POSQ" "{\"s\":\"bylaw-change\",\"d\":\"$D\"}" > /tmp/walk19-bylaw.json
jq -c '.data.issue.positions[] | {holder: .holder.name, stance, asOf, confidence, evidence: [.evidence[] | .text[0:60] + " (" + .article.key + ")"]}' /tmp/walk19-bylaw.json

step history
H='query ($id: ID!) { history(id: $id) { operation actorName reason } }'
POS=$(jq -r '.data.acceptSuggestion.suggestion.positionIds[0]' /tmp/walk19-fixed.json)
STMT=$(jq -r .data.acceptSuggestion.suggestion.statementId /tmp/walk19-fixed.json)
NEWPOS=$(jq -r '.data.issue.positions[] | select(.holder.name == "Roger Lavallee") | .id' /tmp/walk19-bylaw.json | head -1)
NEWP=$(jq -r '.data.acceptAll.accepted[] | select(.createdSpeakerId) | .createdSpeakerId' /tmp/walk19-all.json | head -1)
for v in POS STMT NEWPOS NEWP ARTICLE; do echo "== $v"; gql "$H" "{\"id\":\"${!v}\"}" | jq -c '.data.history[] | [.operation, .actorName, .reason]' | sed 's/token:[0-9a-f]*/token:<id>/g'; done
