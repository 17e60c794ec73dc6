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
/** Kinship nouns, by the gender of whom they name. */
const FEMALE_KIN_NOUNS = 'mother|wife|daughter|sister|grandmother|widow';
const MALE_KIN_NOUNS = 'father|husband|son|brother|grandfather|widower';
/**
 * A kinship noun that says what the person is ("Ray Vaillancourt, her husband of 27 years" is a
 * man, whatever "her" says), unless it is someone else's ("whose husband").
 */
const FEMALE_KIN = new RegExp(`(?<!\\bwhose\\s)\\b(?:${FEMALE_KIN_NOUNS})\\b`);
const MALE_KIN = new RegExp(`(?<!\\bwhose\\s)\\b(?:${MALE_KIN_NOUNS})\\b`);
/**
 * A kinship noun that heads the appositive (", her husband of 27 years"): what the person is. One
 * deeper in it, after "his", is that man's relative ("an accountant who said his wife had bought
 * the tickets"): it says he is a man, not that he is a wife.
 */
const HEAD_KIN = new RegExp(
  `,\\s*(?:(?:his|her|their|a|the)\\s+)?(?:(?!whose\\b)[\\p{L}-]+\\s+)?(${FEMALE_KIN_NOUNS}|${MALE_KIN_NOUNS})\\b`,
  'u',
);
const KIN_BEFORE = new RegExp(`\\b(${FEMALE_KIN_NOUNS}|${MALE_KIN_NOUNS})\\s*,?\\s*$`);
const HIS_KIN =
  /\bhis\s+(?:[\p{L}-]+\s+)?(?:mother|wife|daughter|sister|grandmother|father|son|brother|grandfather)\b/u;
const OWNED_KIN = new RegExp(
  `\\b\\p{Lu}[\\p{L}-]*['\u2019]s\\s+(?:[\\p{L}-]+\\s+)?(?:${FEMALE_KIN_NOUNS}|${MALE_KIN_NOUNS})\\b`,
  'u',
);
const FEMALE_PRONOUN = /\b(?:she|her)\b/;
const FEMALE_SUBJECT = /\bshe\b/;

const cache = new Map<string, { first: boolean; gender: Gender }>();

/**
 * The most common Vietnamese family names, without their accents. A name of three words or more
 * that opens with one is written family name first ("Nguyễn Thị Hoa", "Trần Văn Minh"): its first
 * word is no first name, and its middle name says the gender when it is Thị (a woman's) or Văn (a
 * man's). compromise reads "Nguyen" as a man's first name.
 */
const VIETNAMESE_FAMILY =
  /^(?:nguyen|tran|le|pham|hoang|huynh|phan|vu|vo|dang|bui|do|ho|ngo|duong|ly|truong|dinh|doan|lam|mai|trinh|luong|cao|ha|ta)$/;

function vietnamese(words: string[]): { first: boolean; gender: Gender } | null {
  const plain = words.map((w) =>
    w.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase(),
  );
  if (words.length < 3 || !VIETNAMESE_FAMILY.test(plain[0] ?? '')) return null;
  const middle = plain[1];
  return { first: false, gender: middle === 'thi' ? 'female' : middle === 'van' ? 'male' : null };
}

/** What compromise's lexicon says of the first word of `fullName` as a first name, cached. */
function readFirstName(fullName: string): { first: boolean; gender: Gender } {
  const words = fullName.trim().split(/\s+/);
  const familyFirst = vietnamese(words);
  if (familyFirst !== null) return familyFirst;
  const first = words[0] ?? '';
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
  // (Where the mention is: "said his daughter, Maureen Dwyer Kelleher" names her by the noun before.)
  const at = fullName
    .split(/\s+/)
    .map((word) => context.indexOf(word))
    .find((i) => i >= 0);
  const before = at === undefined ? '' : context.slice(0, at);
  const head = KIN_BEFORE.exec(before)?.[1] ?? HEAD_KIN.exec(context.slice(at ?? 0))?.[1];
  if (head !== undefined) return FEMALE_KIN.test(head) ? 'female' : 'male';
  // (Nor is someone else's relative named with a possessive: "Nick Papadakis, who is married to
  // Lambrou's sister," is no woman.)
  const mentions = context
    .replace(new RegExp(HIS_KIN.source, 'gu'), ' ')
    .replace(new RegExp(OWNED_KIN.source, 'gu'), ' ');
  const female = FEMALE_KIN.test(mentions);
  const male = MALE_KIN.test(mentions);
  if (female !== male) return female ? 'female' : 'male';
  if (HIS_KIN.test(context)) return 'male';
  // "Dwayne Hollister, a steward in her bargaining unit": a possessive "her" may be someone
  // else's, so a man's first name outweighs it; a "she" in the appositive does not.
  const named = firstNameGender(fullName);
  if (FEMALE_SUBJECT.test(context) || (FEMALE_PRONOUN.test(context) && named !== 'male')) return 'female';
  return named;
}
