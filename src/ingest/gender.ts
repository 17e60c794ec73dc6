/**
 * Grammatical gender of a person mention, for resolving "he"/"she". Words in the article come first
 * (spokeswoman, Mr., Ms.); otherwise the first name's usual gender from compromise's bundled
 * first-name lexicon (MIT, pure JS, no model download). Unknown stays unknown: a pronoun then
 * matches any person, and the attribution rules prefer the most recent speaker.
 */
import nlp from 'compromise';

export type Gender = 'male' | 'female' | null;

const FEMALE_WORDS =
  /\b(?:spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|Mrs\.?|Ms\.?|Miss)\b/;
const MALE_WORDS = /\b(?:spokesman|chairman|congressman|councilman|businessman|Mr\.?)\b/;
/**
 * A kinship noun that says what the person is ("Ray Vaillancourt, her husband of 27 years" is a
 * man, whatever "her" says), unless it is someone else's ("whose husband").
 */
const FEMALE_KIN = /(?<!\bwhose\s)\b(?:mother|wife|daughter|sister|grandmother|widow)\b/;
const MALE_KIN = /(?<!\bwhose\s)\b(?:father|husband|son|brother|grandfather|widower)\b/;
const FEMALE_PRONOUN = /\b(?:she|her)\b/;
const FEMALE_SUBJECT = /\bshe\b/;

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

/**
 * Gender from the words around a mention (its title, then a kinship noun, then a pronoun in its
 * appositive, a possessive "her" only where the first name is not a man's), then from the first
 * name.
 */
export function genderOf(fullName: string, context: string): Gender {
  if (FEMALE_WORDS.test(context)) return 'female';
  if (MALE_WORDS.test(context)) return 'male';
  const female = FEMALE_KIN.test(context);
  const male = MALE_KIN.test(context);
  if (female !== male) return female ? 'female' : 'male';
  // "Dwayne Hollister, a steward in her bargaining unit": a possessive "her" may be someone
  // else's, so a man's first name outweighs it; a "she" in the appositive does not.
  const named = firstNameGender(fullName);
  if (FEMALE_SUBJECT.test(context) || (FEMALE_PRONOUN.test(context) && named !== 'male')) return 'female';
  return named;
}
