/**
 * Grammatical gender of a person mention, for resolving "he"/"she". Words in the article come first
 * (spokeswoman, Mr., Ms.); otherwise the first name's usual gender from compromise's bundled
 * first-name lexicon (MIT, pure JS, no model download). Unknown stays unknown: a pronoun then
 * matches any person, and the attribution rules prefer the most recent speaker.
 */
import nlp from 'compromise';

export type Gender = 'male' | 'female' | null;

const FEMALE_WORDS =
  /\b(?:spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|Mrs\.?|Ms\.?|Miss|mother|wife|she|her)\b/;
const MALE_WORDS = /\b(?:spokesman|chairman|congressman|councilman|businessman|Mr\.?|father|husband)\b/;

const cache = new Map<string, Gender>();

/** The gender of the first name of `fullName` by compromise's lexicon, cached per name. */
export function firstNameGender(fullName: string): Gender {
  const first = fullName.trim().split(/\s+/)[0] ?? '';
  if (first.length < 2) return null;
  const cached = cache.get(first);
  if (cached !== undefined) return cached;
  // compromise reads a person from "First Last"; a dummy surname makes a lone first name parse.
  const people = nlp(`${first} Smith`).people().json() as { person?: { presumed_gender?: string | null } }[];
  const presumed = people[0]?.person?.presumed_gender;
  const gender: Gender = presumed === 'male' || presumed === 'female' ? presumed : null;
  cache.set(first, gender);
  return gender;
}

/** Gender from the words around a mention (its title or appositive), then from the first name. */
export function genderOf(fullName: string, context: string): Gender {
  if (FEMALE_WORDS.test(context)) return 'female';
  if (MALE_WORDS.test(context)) return 'male';
  return firstNameGender(fullName);
}
