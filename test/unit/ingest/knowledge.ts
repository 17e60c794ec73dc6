/** A small invented world for the ingestion unit tests (not the seed: tests must not pin it). */
import { type Knowledge } from '../../../src/ingest/types';

export const knowledge: Knowledge = {
  stakeholders: [
    { id: 'ana-lima', name: 'Ana Lima', aliases: ['Lima', 'the mayor'], type: 'PERSON' },
    { id: 'tom-reyes', name: 'Tom Reyes', aliases: ['Reyes'], type: 'PERSON' },
    { id: 'kim-park', name: 'Kim Park', aliases: ['Park'], type: 'PERSON' },
    {
      id: 'dock-workers',
      name: 'Dock Workers Alliance',
      aliases: ['DWA', 'the alliance'],
      type: 'ORGANIZATION',
    },
    { id: 'lee-chen', name: 'Lee Chen', aliases: ['Chen'], type: 'PERSON' },
    // Known by her first name alone (as a columnist signs), so "Rosa Lind" must not be her.
    { id: 'rosa-vega', name: 'Rosa Vega', aliases: ['Rosa'], type: 'PERSON' },
    { id: 'pilots-union', name: 'Harbor Pilots Union', aliases: [], type: 'ORGANIZATION' },
    {
      id: 'harbor-gazette',
      name: 'The Harbor Gazette',
      aliases: ['Harbor Gazette'],
      type: 'ORGANIZATION',
      kind: 'NEWS_OUTLET',
    },
    {
      id: 'city-hall',
      name: 'Office of the Mayor',
      aliases: ["the mayor's office", 'City Hall'],
      type: 'ORGANIZATION',
    },
  ],
  roles: [
    { personId: 'tom-reyes', organizationId: 'dock-workers', title: 'Spokesman', since: null, until: null },
    { personId: 'lee-chen', organizationId: 'pilots-union', title: 'President', since: null, until: null },
    {
      personId: 'kim-park',
      organizationId: 'dock-workers',
      title: 'Deputy treasurer',
      since: '2020-01-01',
      until: null,
    },
    { personId: 'ana-lima', organizationId: 'city-hall', title: 'Mayor', since: '2020-01-01', until: null },
    {
      personId: 'kim-park',
      organizationId: 'city-hall',
      title: 'Mayor',
      since: '2012-01-01',
      until: '2019-12-31',
    },
  ],
  issues: [
    {
      slug: 'lease',
      name: 'Sign the lease',
      cues: [
        { phrase: 'sign* the lease', stance: 'SUPPORT' },
        { phrase: 'lease', stance: null },
        { phrase: 'bad deal', stance: 'OPPOSE' },
      ],
    },
    {
      slug: 'strike',
      name: 'Strike',
      cues: [
        { phrase: 'strik*', stance: 'SUPPORT' },
        { phrase: 'stoppage', stance: 'SUPPORT' },
      ],
    },
  ],
};
