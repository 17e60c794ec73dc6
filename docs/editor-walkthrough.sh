#!/usr/bin/env bash
# A new editor's first session against a running service (npm start; API at $API): create a token,
# add a sixth article, a new person and two statements from the article, record the person's
# position with them as evidence, see it in issue { positions } and history, revert it, see it gone.
# Needs curl and jq. The token CLI uses the same Neo4j settings as the service (NEO4J_URI …), or
# pass TOKEN=<an editor token>.
set -euo pipefail
API=${API:-http://127.0.0.1:${PORT:-4000}/graphql}
cd "$(dirname "$0")/.."
gql() { # gql <query> [variables-json] : POST with the token, print the JSON answer
  jq -n --arg q "$1" --argjson v "${2:-{\}}" '{query: $q, variables: $v}' |
    curl -s "$API" -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" -d @-
}
TOKEN=${TOKEN:-$(npm run -s token -- create --name "Ana (walk-through)" --role editor 2>/dev/null | tail -1)}
echo "1. token: ${TOKEN:0:8}…"
TEXT=$'HARTFORD — Leaders of several state employee unions met Monday to plan their next step.\n\n“We are ready to go back to the table and bargain new terms,” said Maria Ortiz, a steward with a Hartford local.\n\nOrtiz said the deal must be renegotiated before members vote again.'
ART=$(gql 'mutation($i: AddArticleInput!){ addArticle(input:$i){ article{ id key version source createdBy } auditEntry{ id operation } } }' \
  "$(jq -n --arg t "$TEXT" '{i:{text:$t, outlet:"T3JnYW5pemF0aW9uOmN0LW1pcnJvcg", title:"Union stewards plan next step", url:"https://example.org/stewards", publishedOn:{date:"2011-07-18"}, reason:"sixth article: stewards react"}}')")
echo "2. addArticle: $ART"; ARTICLE=$(echo "$ART" | jq -r .data.addArticle.article.id)
P=$(gql 'mutation($i: CreatePersonInput!){ createPerson(input:$i){ person{ id key } } }' '{"i":{"name":"Maria Ortiz","description":"steward with a Hartford local","reason":"quoted in the sixth article"}}')
echo "3. createPerson: $P"; PERSON=$(echo "$P" | jq -r .data.createPerson.person.id)
S1=$(gql 'mutation($i: AddStatementInput!){ addStatement(input:$i){ statement{ id text start end paragraph kind } } }' \
  "$(jq -n --arg a "$ARTICLE" --arg p "$PERSON" '{i:{articleId:$a, exactText:"We are ready to go back to the table and bargain new terms", kind:"DIRECT_QUOTE", speakerId:$p, issueSlugs:["renegotiation"], dispute:"ct-sebac-2011-concessions", reason:"her quote"}}')")
echo "4. addStatement: $S1"; ST1=$(echo "$S1" | jq -r .data.addStatement.statement.id)
S2=$(gql 'mutation($i: AddStatementInput!){ addStatement(input:$i){ statement{ id text start end paragraph kind } } }' \
  "$(jq -n --arg a "$ARTICLE" --arg p "$PERSON" '{i:{articleId:$a, exactText:"Ortiz said the deal must be renegotiated before members vote again.", kind:"PARAPHRASE", speakerId:$p, issueSlugs:["renegotiation"], dispute:"ct-sebac-2011-concessions", reason:"her view, reported"}}')")
echo "5. addStatement: $S2"; ST2=$(echo "$S2" | jq -r .data.addStatement.statement.id)
POS=$(gql 'mutation($i: RecordPositionInput!){ recordPosition(input:$i){ position{ id stance asOf source evidence{ text } } auditEntry{ id } } }' \
  "$(jq -n --arg p "$PERSON" --arg a "$ST1" --arg b "$ST2" '{i:{holderId:$p, issueSlug:"renegotiation", dispute:"ct-sebac-2011-concessions", stance:"SUPPORT", asOf:{date:"2011-07-18"}, confidence:0.9, evidenceIds:[$a,$b], reason:"says it twice"}}')")
echo "6. recordPosition: $POS"; POSITION=$(echo "$POS" | jq -r .data.recordPosition.position.id); ENTRY=$(echo "$POS" | jq -r .data.recordPosition.auditEntry.id)
echo "7. issue { positions(stance: SUPPORT) }: $(gql '{ issue(slug:"renegotiation", dispute:"ct-sebac-2011-concessions"){ positions(stance: SUPPORT){ holder{ name } stance asOf } } }' | jq -c .)"
echo "8. history(position): $(gql 'query($id: ID!){ history(id:$id){ operation actorName reason } }' "$(jq -n --arg id "$POSITION" '{id:$id}')" | jq -c .)"
echo "9. revertChange: $(gql 'mutation($i: RevertChangeInput!){ revertChange(input:$i){ changed{ id ... on Position{ retractedAt retractReason version } } auditEntry{ operation reverts } } }' "$(jq -n --arg e "$ENTRY" '{i:{auditEntryId:$e, reason:"wrong issue: she spoke about the vote"}}')" | jq -c .)"
echo "10. issue { positions(stance: SUPPORT) } after: $(gql '{ issue(slug:"renegotiation", dispute:"ct-sebac-2011-concessions"){ positions(stance: SUPPORT){ holder{ name } stance asOf } } }' | jq -c .)"
echo "11. history(position) after: $(gql 'query($id: ID!){ history(id:$id){ operation reverts } }' "$(jq -n --arg id "$POSITION" '{id:$id}')" | jq -c .)"
echo "12. a bad token: $(TOKEN=x gql 'mutation { createPerson(input:{name:"X", reason:"y"}){ person{ id } } }' | jq -c '.errors[0] | {message, code: .extensions.code}')"
