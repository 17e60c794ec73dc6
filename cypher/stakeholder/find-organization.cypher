// An organization by id, projected for the client's selection (spokespeople and all): the root
// field organization(id) in one round trip.
// Params: $key: string (the organization's id).
// Returns: organization (the Stakeholder projection); no row when no organization has the id.
MATCH (o:Organization {id: $key})
RETURN {/*@Stakeholder o*/} AS organization
