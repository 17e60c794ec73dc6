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

const cache = new Map<string, { first: boolean; gender: Gender }>();

/** What compromise's lexicon says of the first word of `fullName` as a first name, cached. */
function readFirstName(fullName: string): { first: boolean; gender: Gender } {
  const first = fullName.trim().split(/\s+/)[0] ?? '';
  if (first.length < 2) return { first: false, gender: null };
  const cached = cache.get(first);
  if (cached !== undefined) return cached;
  // compromise reads a person from "First Last"; a dummy surname makes a lone first name parse.
  const people = nlp(`${first} Smith`).people().json() as {
    person?: { firstName?: string; presumed_gender?: string | null };
  }[];
  const person = people[0]?.person;
  const presumed = person?.presumed_gender;
  const read = {
    first: (person?.firstName ?? '') !== '',
    gender: presumed === 'male' || presumed === 'female' ? presumed : null,
  } as const;
  cache.set(first, read);
  return read;
}

/** The gender of the first name of `fullName` by compromise's lexicon. */
export function firstNameGender(fullName: string): Gender {
  return readFirstName(fullName).gender;
}

/** Whether compromise knows the first word of `fullName` as a first name ("Pat", "Linda"; not "Hartford"). */
export function isFirstName(fullName: string): boolean {
  return readFirstName(fullName).first;
}

/** Gender from the words around a mention (its title or appositive), then from the first name. */
export function genderOf(fullName: string, context: string): Gender {
  if (FEMALE_WORDS.test(context)) return 'female';
  if (MALE_WORDS.test(context)) return 'male';
  return firstNameGender(fullName);
}
