/**
 * Stage 3: entity linking. Reads a speaker phrase ("Moises Padilla, vice president of … AFSCME
 * Local 387", "SEBAC spokesman Larry Dorman", "the governor's office", "he") and links it to a
 * known stakeholder by name or alias, to the holder of a title at the article's date, to a person
 * named earlier in the article (surname, pronoun), or proposes a new person with the title and
 * organization of the appositive. A name that matches a known stakeholder is never proposed as
 * new. Pure: the known stakeholders and roles are passed in.
 */
import { firstNameGender, type Gender, genderOf, isFirstName } from './gender';
import { type EntityRef, type KnownRole, type Knowledge, type LinkRule, type ProposedRole } from './types';

/** A name without its accents, to compare it: "Moisés" is "Moises" (the text keeps its accents). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** A map keyed by names compared without their accents. */
class NameMap<V> extends Map<string, V> {
  override get(key: string): V | undefined {
    return super.get(fold(key));
  }
  override set(key: string, value: V): this {
    return super.set(fold(key), value);
  }
  override has(key: string): boolean {
    return super.has(fold(key));
  }
}

/** Curly apostrophes as straight ones, so "O’Connor" and "O'Connor" are one name. */
export function norm(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
}

interface Entry {
  id: string;
  name: string;
  type: 'PERSON' | 'ORGANIZATION';
  kind: string | null;
}

interface Form {
  words: string[];
  caseSensitive: boolean;
  entry: Entry;
}

/** Words that start a title, not a name ("Sen. Andrew Maynard", "House Minority Leader …"). */
const TITLE_WORDS = new Set(
  (
    'gov governor lt sen senator rep representative house senate majority minority leader speaker president ' +
    'vice mayor commissioner chief secretary director dr mr mrs ms miss deputy attorney general state judge ' +
    'professor prof spokesman spokeswoman spokesperson council councilman councilwoman chairman chairwoman ' +
    'chair superintendent executive treasurer comptroller assistant acting former interim economic development ' +
    'co-chair co-chairman co-chairwoman co-chairs ' +
    'budget union coalition local pro tempore first lady sheriff officer capt sgt det rev staff ' +
    'trooper cpl corporal lieutenant captain sergeant detective inspector commander warden ' +
    'selectman selectwoman alderman alderwoman councilor assemblyman assemblywoman congressman congresswoman ' +
    'host co-host anchor moderator columnist correspondent pastor dean steward ' +
    // Who decides or checks a dispute: "Arbitrator Joan Halloran", "Auditor Kevin Lembo".
    'arbitrator mediator auditor ombudsman chancellor provost trustee regent ' +
    'town city manager administrator clerk registrar principal coach ' +
    'deacon reverend rabbi imam bishop monsignor msgr cantor father sister brother retired ' +
    // A parish's lay offices: "Grand Knight Paul Dufresne" of the Knights of Columbus.
    'knight ' +
    // A union meeting's forms: "Delegate Shirley Okafor of Local 1522", "Bro. Henry Lutz", "Pres. Okafor".
    'delegate bro sis pres ' +
    // A student's year, as a school paper puts it: "Senior Jacob Ferreira", "Sophomore Tyler Nguyen".
    'freshman sophomore junior senior ' +
    // Ranks of several words: "Trooper First Class Dana Whitcomb", "Master Sgt. …".
    'class private specialist airman master colonel major ' +
    // A candidate's party before the name: "Democrat Carol Ann Beaudry", "Republican Daniel Fortier".
    'democrat republican democratic independent'
  ).split(' '),
);

/**
 * A word for what someone does ("Lobbyist", "Organizer", "Retiree") before a first name: it ends as
 * such nouns do and is no first name itself, while the word after it is one.
 */
function occupationBeforeName(word: string, next: string): boolean {
  return (
    /\p{Ll}(?:ist|er|or|ant|ent|ee|ian)$/u.test(word) &&
    !isFirstName(word) &&
    (isFirstName(next) || FAMILIAR_FORM[next] !== undefined)
  );
}

/**
 * Title words that are no title's head, so "the …" never means a person by them alone: "State",
 * "Former", "Senate" in "Senate Majority Leader", a party, a place in the state's government.
 */
const NOT_A_HEAD = new Set(
  (
    'state house senate majority minority vice deputy assistant acting former interim retired economic ' +
    'development budget union coalition local pro first staff class private executive town city ' +
    'democrat republican democratic independent general lt gov sen rep dr mr mrs ms miss'
  ).split(' '),
);

/** Short forms of first names that do not start with the full name's letter ("Bill" for William). */
const SHORT_FORMS: Record<string, string[]> = {
  william: ['bill', 'billy'],
  robert: ['bob', 'bobby'],
  richard: ['dick'],
  eugene: ['gene'],
  margaret: ['peggy', 'meg'],
  john: ['jack'],
  edward: ['ted', 'ned'],
  henry: ['hank'],
  elizabeth: ['betty', 'liz', 'beth'],
  mary: ['polly'],
};

/**
 * Whether `first` is a first name that cannot be the known person's: compromise knows it, and it
 * starts with another letter than theirs and is no short form of it ("Cathy" for Dannel P. Malloy;
 * not "Larry" for Lawrence F. Cafero, nor "Bill" for William).
 */
function anotherFirstName(first: string, knownName: string): boolean {
  const theirs = (knownName.split(/\s+/)[0] ?? '').toLowerCase();
  const mine = first.toLowerCase();
  if (!isFirstName(first) || theirs.length < 2 || theirs.endsWith('.')) return false;
  if (mine[0] === theirs[0]) return false;
  return !(SHORT_FORMS[theirs]?.includes(mine) ?? false);
}

/** A word of a title; a hyphenated one when each part is ("Secretary-Treasurer Harold Okafor"). */
export function isTitleWord(word: string): boolean {
  const lower = word.replace(/\.$/, '').toLowerCase();
  return (
    TITLE_WORDS.has(lower) || (lower.includes('-') && lower.split('-').every((part) => TITLE_WORDS.has(part)))
  );
}

/** The kinds of organization a noun stands for, beside those with the noun in their name. */
const NOUN_KINDS: Record<string, string[]> = {
  union: ['UNION', 'UNION_LOCAL'],
  local: ['UNION_LOCAL'],
  coalition: ['COALITION'],
  office: ['GOVERNMENT_OFFICE'],
};

/**
 * A clause opening with "the" and a noun (and maybe a word before it, or its board), then a verb in
 * the past tense: its subject, for nounInArticle.
 */
const BODY_CLAUSE =
  /^((?:but\s+|and\s+)?the\s+(?:[a-z]+\s+)?[a-z]+(?:'s\s+(?:executive\s+)?board)?)\s+(?:[a-z]+ed|took|made|put|sent|gave|struck|held|went|came|kept|told|wrote|said)\b/i;

/** Offices a person is called by alone after "the" ("…," the senator said). */
const OFFICE_NOUN =
  /^(?:senator|representative|mayor|president|professor|dean|economist|analyst|host|commissioner|director|secretary|chairman|chairwoman|superintendent|treasurer|comptroller|sheriff|trooper|sergeant|lieutenant|captain|detective|warden|selectman|selectwoman|councilor|councilman|councilwoman|negotiator|spokesman|spokeswoman|reporter|correspondent|columnist|anchor|attorney|lawyer|pollster|historian)$/;

/** A screen name: one token of letters, digits and underscores, with an underscore, a digit, or a capital after a small letter. */
const SCREEN_NAME = /^@?(?=[\p{L}\d_]*(?:_|\d|\p{Ll}\p{Lu}))\p{L}[\p{L}\d_]{2,30}$/u;
/** A screen name brought in by a noun for a poster: "a user called DOCLifer88", "one commenter named nursebee". */
const HANDLE_INTRODUCED =
  /^(?:(?:but|and|then)\s+)?(?:a|an|one|another)\s+(?:user|poster|commenter|member|reader|viewer|blogger)\s+(?:called|named|going\s+by|who\s+goes\s+by|posting\s+as|who\s+posts\s+as)\s+(@?[\p{L}\d_]{3,30})$/iu;
/** A screen name in running text, after the word that introduces it (see Linker.candidates). */
const SCREEN_NAME_IN_TEXT =
  /(?<=\b(?:from|as|by|user|commenter|reader|poster|handle|username|(?:user|commenter|reader|poster|member)\s+(?:called|named))\s+)@?\p{L}[\p{L}\d_]{2,30}(?![\p{L}\d_])/gu;
/**
 * A screen name all in small letters ("…," wrote norwichrez), read only right after a verb of
 * posting (see linkPhrase's `written`); never a word for someone unnamed ("wrote another").
 */
const LOWER_CASE_HANDLE = /^\p{Ll}[\p{Ll}\d_.]{3,30}$/u;
const INDEFINITE =
  /^(?:someone|somebody|anyone|anybody|everyone|everybody|nobody|another|others|one|many|several|most|some|few|readers?|commenters?|users?|posters?|viewers?|listeners?|members?|workers?|employees?)$/;
/** Surnames with a capital inside ("McCracken", "DeLuca", "LaRosa", "VanDyke"). */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Lo|Van|Von|Fitz|St|Ste)\p{Lu}\p{Ll}+$/u;

/** Words that make a capitalized phrase an organization or a place, not a person. */
const ORG_WORDS =
  /\b(?:Union|Coalition|Office|Department|Council|Association|College|University|Center|Centre|Local|Party|Authority|Committee|Company|Inc|Corp|Group|Agency|Board|Commission|Federation|Alliance|Assembly|Senate|House|Court|Media|News|Times|Post|Journal|Mirror|Report|Press|Herald|Observer|Courier|Gazette|Ledger|Tribune|Register|Review|Wire|Radio|Examiner|Chronicle|Sentinel|Dispatch|Bulletin|Monitor|Globe|Sox|Yankees|Mets|Patriots|Celtics|Bruins|Huskies|City|County|State|Connecticut|Aquarium|Management|Police|Institute|Foundation|Hospital|School|Bank|Trust|Fund|Port|Harbor|Street|Avenue|Road|Turnpike|Highway|Parkway|Boulevard|Bridge|Falls|Heights|Village|Mills|Landing|Junction|Program|Programme|Plan|Act|Project|Initiative|Network|Service|Services|System|League|Club|Church|Congregation|Synagogue|High|Academy|Library|Museum|Prison|Deli|Diner|Cafe|Café|Restaurant|Bakery|Pizza|Pizzeria|Grill|Pub|Tavern|Shop|Store|Market|Garage|Motors|Supply|Hardware|Pharmacy|Salon|Inn|Hotel|Conference|Society|Chamber|Caucus|Bureau|Division|Administration|Organization|Organisation|Guild|Parish|Diocese|Cooperative|Partnership|Consortium|Ministry)\b/;

const NOT_NAMES =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|But|And|In|On|At|By|From|To|Until|Through|During|Within|Across|Around|Above|Below|Behind|Beside|Besides|Beyond|Beneath|Inside|Outside|Near|Among|Against|Along|Between|Toward|Towards|Upon|Into|Onto|After|Before|Since|When|While|Meanwhile|However|Last|This|That|It|He|She|They|We|I|Under|With|Without|For|Of|Our|Their|His|Her|My|Your|Its|Would|Could|Should|Will|Can|Did|Does|Do|Is|Are|Was|Were|Has|Have|Had|Several|Some|Many|Most|Few|All|Both|Other|One|Another|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Thousands|Said|Says|Added|Asked|Wrote|Told|Tells|Texted|Called|Met|Saw|Heard|Voted|Mailed|Thanked|As|New|North|South|East|West|Greater|Mount|Fort|Lake|If|Unless|Whether|Because|Although|Though|So|Yet|Or|Nor|Then|Now|Even|Still|Just|Only|Also|Not|No|Yes|Why|What|How|Who|Where|Whatever|Whoever|Once|Every|Each)$/;

/**
 * A word in -ing, no first name, that opens a sentence opens a clause, not a name: "Following
 * Vietnamese custom, …", "Citing Moody's, …" (elsewhere it may be one: "Sterling Brown said").
 */
function opener(word: string, text: string, at: number): boolean {
  return (
    /\p{Ll}ing$/u.test(word) && !isFirstName(word) && /(?:^|[.!?:]\s+)["\u201C]?$/u.test(text.slice(0, at))
  );
}

const PREPOSITIONS =
  /\b(?:to|with|by|for|of|from|at|on|against|about|like|than|toward|towards|into|in|over|between|among|via)\s+$/i;

/**
 * The nouns an organization's name is built on ("… Association", "Board of Finance", "Society of
 * St. Vincent de Paul", "Local 12"): a capitalized name that holds one is a body, not a person.
 */
const ORG_HEAD =
  /^(?:Conference|Council|Senate|Assembly|Association|System|Department|Board|Commission|Alliance|Society|University|Universities|College|Colleges|Branch|Union|Committee|Federation|Institute|Foundation|Agency|Authority|Office|Coalition|League|Caucus|Chamber|Center|Centre|Bureau|Administration|Division|Organization|Organisation|Guild|Fund|Network|Trust|Hospital|Church|Parish|Congregation|Synagogue|Club|Group|Company|Corporation|Co\.|Inc\.|Corp|LLC|Ltd\.|Cooperative|Partnership|Local|Chapter|Lodge|District|Service|Services)$/;

/** A body introduced by its name: "a group called Connecticut Taxpayers First". */
const CALLED_BODY =
  /\b(?:a|an|the)\s+(?:new\s+|small\s+|local\s+|statewide\s+)?(?:group|organization|organisation|nonprofit|coalition|committee|company|firm|association)\s+(?:called|named|known\s+as)\s+(\p{Lu}[\p{L}\p{N}'&.-]*(?:\s+(?:(?:of|the|for|and|&)\s+)*\p{Lu}[\p{L}\p{N}'&.-]*){1,5})/gu;

/** A whole capitalized name, its small linking words allowed inside: "Department of Veterans' Affairs". */
const ORGANIZATION_NAME =
  /^(?:\p{Lu}[\p{L}\p{N}'.&-]*|\p{N}+)(?:\s+(?:(?:of|the|for|and|de|du|on|&)\s+)*(?:\p{Lu}[\p{L}\p{N}'.&-]*|\p{N}+))+$/u;

/** A capitalized word that opens no organization's name ("The", "In", "Monday"); "New" and "North" may. */
function notOrganizationWord(word: string): boolean {
  return NOT_NAMES.test(word) && !/^(?:New|North|South|East|West|Mount|Fort|Lake)$/.test(word);
}

/** A phrase fronted before a subject, up to its comma: "In a statement adopted on that call, ". */
const FRONTED_PHRASE =
  /^(?:(?:but|and|then)\s+)?(?:in|on|after|before|during|at|with|when|since|as|through|by)\b[^,]{1,120},\s*/i;

/** A day or a month closing a capitalized run, with the small words before it: "… on Monday". */
const DATE_TAIL =
  /(?:\s+(?:of|the|for|and|de|du|on|&))*\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/s;

/**
 * Capitalized words in a row on one line, small linking words allowed between them (see
 * ORGANIZATION_NAME); a period only after an abbreviation or an initial ("St.", "U.S.").
 */
const CAPITALIZED_RUN =
  /(?:\p{Lu}(?:[\p{L}\p{N}'&-]{0,2}\.)+|\p{Lu}[\p{L}\p{N}'&-]*|\p{N}+)(?:[^\S\n]+(?:(?:of|the|for|and|de|du|on|&)[^\S\n]+)*(?:\p{Lu}(?:[\p{L}\p{N}'&-]{0,2}\.)+|\p{Lu}[\p{L}\p{N}'&-]*|\p{N}+))+/gu;

/**
 * Whether a name is built on an organization's noun: the noun ends it, or "of", a number or another
 * such noun follows it ("… Hospital", "Board of Finance", "Council 4"), or it opens with "Congregation"
 * ("Congregation Ohev Chesed"); "Local President Raymond Szabo" names a person by a title.
 */
function hasOrgHead(name: string): boolean {
  const words = name.split(/\s+/);
  return words.some(
    (w, k) =>
      ORG_HEAD.test(w.replace(/'s?$/, '')) &&
      (k === words.length - 1 ||
        /^(?:of|for|on|and|de|du|&|\p{N}+)$/u.test(words[k + 1] ?? '') ||
        (k === 0 && w === 'Congregation') ||
        ORG_HEAD.test(words[k + 1] ?? '')),
  );
}

/**
 * The names a capitalized run holds, split at "and": "the Southington Board of Education and the
 * Southington Board of Finance" is two bodies, "Tom Reyes and the Bayside Board" one (the person is
 * dropped), "Office of Policy and Management" one.
 */
function bodiesIn(run: string, at: number): { name: string; start: number }[] {
  const bodies: { name: string; start: number }[] = [];
  let current = { name: '', start: at };
  let offset = 0;
  for (const part of run.split(/(\s+and\s+(?:the\s+)?)/)) {
    const start = at + offset;
    offset += part.length;
    if (/^\s+and\s/.test(part)) continue;
    if (current.name === '') current = { name: part, start };
    else if (!hasOrgHead(current.name)) current = { name: part, start };
    else if (hasOrgHead(part)) {
      bodies.push(current);
      current = { name: part, start };
    } else current = { name: run.slice(current.start - at, start - at + part.length), start: current.start };
  }
  if (current.name !== '') bodies.push(current);
  return bodies.map((b) => ({ ...b, name: beforeTitle(b.name) }));
}

/**
 * A body's name up to a title after it: "Local 387 President Raymond Kozlowski" and "Board of
 * Education Chairwoman Patricia Delvecchio" name a person by the body's title ("Local 640
 * Executive Board" is one body).
 */
function beforeTitle(name: string): string {
  const words = name.split(/\s+/);
  const title = words.findIndex(
    (w, k) =>
      k > 0 &&
      isTitleWord(w) &&
      !ORG_HEAD.test(w) &&
      // (A person's name follows the title: "Connecticut Association of Retired State Employees"
      // goes on with the body's name.)
      isFirstName(words[k + 1] ?? '') &&
      hasOrgHead(words.slice(0, k).join(' ')) &&
      !hasOrgHead(words.slice(k).join(' ')),
  );
  return title < 0 ? name : words.slice(0, title).join(' ');
}

/** A body's name up to an "and" that goes on with it: "Department of Emergency Services and ". */
const BODY_BEFORE_AND =
  /\b(?:Department|Office|Division|Bureau|Commission|Board|Council|Society|Institute|Center|Centre|Agency|Authority|Committee|Federation|Association|Coalition|Alliance)\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*\s+and\s+$/u;

/** A numbered part of an organization, after its name: "AFSCME Council 4", "Teamsters Local 559". */
const NUMBERED_PART = /^\s+(?:Council|Local|District|Chapter|Lodge|Unit)\s+\p{N}+\b/u;

/** An organization the article brought up, named again by a noun ("the union", "the paper"), as the speaker. */
function organizationSpeaks(organization: Entry): PhraseLink {
  return {
    speaker: ref(organization, 'noun-in-article'),
    organizations: [ref(organization, 'name')],
    otherPeople: [],
    gender: null,
  };
}

/** A publication speaking in its own voice: "the paper wrote", "the editorial said". */
const PUBLICATION_NOUN =
  /^(?:(?:but|and|then)\s+)?(?:the|its|their)\s+(?:(?:joint|own|unsigned|lead|sunday|weekend|main)\s+)?(?:(?:news)?paper|editorial(?:\s+board)?|editors|magazine|station|network)$/i;

/** The nouns that stand for someone unnamed ("one nurse", "a worker"), here and in the pipeline. */
export const UNNAMED_NOUN =
  '(?:[\\p{L}-]+\\s+){0,2}(?:man|woman|caller|listener|reader|worker|employee|member|officer|trooper|dispatcher|mechanic|clerk|librarian|firefighter|technician|custodian|supervisor|lawmaker|legislator|senator|representative|nurse|resident|retiree|parent|mother|father|voter|teacher|steward|guard|taxpayer|driver|source|official|secretary|staffer|aide|guy|student|professor|lecturer|instructor|coordinator|administrator|manager|counselor|caseworker|inspector|analyst|colleague|co-?worker|neighbou?r|friend|customer|patient|lobbyist|insider|veteran|observer|Democrat|Republican)';

/**
 * Someone unnamed at or from an organization ("A corrections officer at Bergin Correctional
 * Center", "a nurse from Norwich Hospital"): a person who speaks for themselves, not the body.
 */
const UNNAMED_AT = new RegExp(
  `^(?:an?|one|another)\\s+${UNNAMED_NOUN}\\s+(?:at|from|in|with|of|on)\\s`,
  'iu',
);

/** A member noun right after an organization's name: "Democratic lawmaker", "union members". */
const UNNAMED_MEMBER =
  /^\s+(?:rank-and-file\s+)?(?:lawmakers?|legislators?|members?|workers?|employees?|troopers?|voters?|senators?|representatives?)\b/i;

/** Titles that make the speaker speak for the organization ("SEBAC spokesman", "president of …"). */
export const REPRESENTATIVE_TITLE =
  /\b(?:spokes(?:wo)?man|spokesmen|spokesperson|president|negotiator|chief of staff|director|secretary|chair(?:wo)?man|chairperson|official|officials|head|manager|counsel|treasurer)\b/i;

/** Whether two references are one stakeholder: the same graph id, or the same new name. */
export function sameEntity(a: EntityRef, b: EntityRef): boolean {
  return a.id !== null ? a.id === b.id : b.id === null && a.name === b.name;
}

/** A person or organization the article has brought up, for surnames and pronouns. */
export interface Mention {
  ref: EntityRef;
  at: number;
  paragraph: number;
  gender: Gender;
  /** A speaker (subject of a speech verb) or the subject of a sentence, not just a mention. */
  salient: boolean;
  /** Someone the article does not name ("One man, a retired machinist, said …"): a pronoun after it is theirs, and stays unattributed. */
  unnamed?: boolean;
  /** What someone unnamed was called ("senator" for "One senator, walking to the garage, …"). */
  noun?: string;
}

/** A nickname of one to three words in quote marks between two parts of a name ("Raymond "Butch" Szabo", "Ray "Big Tuna" Kowalczyk"). */
const NICKNAME =
  /(\p{Lu}[\p{L}'.-]*\s+)(["\u201C]\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*){0,2}["\u201D])(?=\s+\p{Lu})/gu;

/** The person the article gave a nickname of two words ("Big Walt"), as the name is found again. */
function nicknamed(state: ArticleState, name: string): EntityRef | undefined {
  const ref = state.nicknamed(name);
  return ref === undefined ? undefined : { ...ref, link: 'first-name-in-article' };
}

/** A company's legal suffix, which a second mention leaves out ("Central Valley Transit Co."). */
const COMPANY_SUFFIX = /\s+(?:Co\.|Company|Inc\.|Corp\.?|Corporation|LLC|Ltd\.)$/;

/** The new organization the article named with a company suffix that this name leaves out. */
function companyNamed(state: ArticleState, name: string): EntityRef | undefined {
  return [...state.newOrganizations.values()].find(
    (o) => COMPANY_SUFFIX.test(o.name) && o.name.replace(COMPANY_SUFFIX, '') === name,
  );
}

/** A nickname in quote marks that someone is known by or called ("known as "Big Walt.""). */
const KNOWN_AS =
  /(\b(?:known|know(?:\s+(?:him|her|them))?)\s+as\s+|\bnicknamed\s+|\bgoes\s+by\s+)(["\u201C]\p{Lu}[^"\u201C\u201D]{0,30}["\u201D])/gu;

/**
 * Familiar forms of first names that do not open the full form ("Tom" for Thomas, "Bill" for
 * William), or that open it but are missing from the first-name list ("Ray" for Raymond).
 */
const FAMILIAR_FORM: Record<string, string[]> = {
  Ray: ['Raymond'],
  Vin: ['Vincent'],
  Gil: ['Gilbert'],
  Tom: ['Thomas'],
  Tommy: ['Thomas'],
  Bill: ['William'],
  Billy: ['William'],
  Will: ['William'],
  Bob: ['Robert'],
  Bobby: ['Robert'],
  Jim: ['James'],
  Jimmy: ['James'],
  Jack: ['John'],
  Johnny: ['John'],
  Dick: ['Richard'],
  Rick: ['Richard'],
  Rich: ['Richard'],
  Ted: ['Edward', 'Theodore'],
  Ned: ['Edward'],
  Tony: ['Anthony'],
  Hank: ['Henry'],
  Harry: ['Henry', 'Harold'],
  Chuck: ['Charles'],
  Larry: ['Lawrence', 'Laurence'],
  Jerry: ['Gerald', 'Jerome'],
  Peg: ['Margaret'],
  Peggy: ['Margaret'],
  Maggie: ['Margaret'],
  Liz: ['Elizabeth'],
  Beth: ['Elizabeth'],
  Betty: ['Elizabeth'],
  Sue: ['Susan', 'Suzanne'],
  Kate: ['Katherine', 'Catherine', 'Kathleen'],
  Kathy: ['Katherine', 'Kathleen'],
  Cathy: ['Catherine'],
  Patty: ['Patricia'],
  Sally: ['Sarah'],
  Molly: ['Mary'],
  Dot: ['Dorothy'],
  Dottie: ['Dorothy'],
};

/** Relatives: a first-person writer's ("my uncle", "our daughter") or someone's ("his brother"). */
const RELATIVE_NOUN =
  'mother|father|mom|dad|brother|sister|uncle|aunt|cousin|husband|wife|son|daughter|grandmother|grandfather|niece|nephew';
const RELATIVE = new RegExp(`\\b(my|our|his|her|their)\\s+(${RELATIVE_NOUN})\\b`, 'giu');
const INTRODUCED_RELATIVE = new RegExp(`\\b(my|our|his|her|their)\\s+(${RELATIVE_NOUN})\\s*,\\s*$`, 'iu');

/**
 * The words a relative is kept under: "dad" is the "father" the writer introduced; someone else's
 * keeps its possessive ("his brother", introduced as "His brother, Stanley Sobczak of Plainville,").
 */
function kin(possessive: string, noun: string): string {
  const word = noun.toLowerCase();
  const key = word === 'dad' ? 'father' : word === 'mom' ? 'mother' : word;
  const whose = possessive.toLowerCase();
  return whose === 'my' || whose === 'our' ? key : `${whose} ${key}`;
}

/** The relative a name is introduced as, in the words just before it ("My uncle, "): "uncle". */
export function introducedAs(before: string): string | null {
  const m = INTRODUCED_RELATIVE.exec(before);
  return m === null ? null : kin(m[1] ?? '', m[2] ?? '');
}

/** A family word before a first name alone ("The Gagnons' daughter, ", "his wife, ", "Their son, "). */
const FAMILY_BEFORE =
  /(?:\b[Tt]he\s+(\p{Lu}[\p{L}'-]+?)s['\u2019]|\b([Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir))\s+(?:\p{Ll}+\s+)?(?:wife|husband|son|daughter|brother|sister)\s*,\s*$/u;

/**
 * The surname a first name alone takes from the family it is introduced in, as a reader gives it:
 * "The Gagnons' daughter, Emily," is Emily Gagnon; "his wife, Lúcia," takes the surname of the man
 * named last (within two paragraphs), "Her husband, Carl," the woman's; "Their daughter, Ana," the
 * surname two people the article named share; "my son" the writer's. Null when none is clear.
 */
export function familyNameBefore(
  before: string,
  state: ArticleState,
  inSentence: EntityRef[] = [],
): string | null {
  const m = FAMILY_BEFORE.exec(before);
  if (m === null) return null;
  if (m[1] !== undefined) return m[1];
  const whose = (m[2] ?? '').toLowerCase();
  if (whose === 'my' || whose === 'our')
    return state.author !== null && /\s/.test(state.author.name) ? surnameOf(state.author.name) : null;
  // (People named earlier in the same sentence come last: "Paul Okafor … with his wife, Lucia,".)
  const last = state.mentions.at(-1)?.paragraph ?? 0;
  const people = [
    ...state.mentions.filter((x) => x.unnamed !== true && x.paragraph >= last - 2),
    ...inSentence.map((ref) => ({ ref, gender: null })),
  ].filter((x) => x.ref.type === 'PERSON' && /\s/.test(x.ref.name));
  if (whose === 'their') {
    const key = (ref: EntityRef) => ref.id ?? ref.name;
    const couple = people.findLast((x) =>
      people.some((o) => key(o.ref) !== key(x.ref) && surnameOf(o.ref.name) === surnameOf(x.ref.name)),
    );
    return couple === undefined ? null : surnameOf(couple.ref.name);
  }
  const gender = whose === 'his' ? 'male' : 'female';
  const theirs = people.findLast((x) => (x.gender ?? firstNameGender(x.ref.name)) === gender);
  return theirs === undefined ? null : surnameOf(theirs.ref.name);
}

/** An article's note that a family is called by first name: "the Tavareses are referred to by first name". */
const FIRST_NAME_NOTE =
  /\bthe\s+(\p{Lu}[\p{L}'\u2019-]+?)(?:es|s)\s+(?:are|will\s+be)\s+(?:referred\s+to|identified|called)\s+by\s+(?:their\s+)?first\s+names?\b/u;

/** The surname an article's note says its family is called by first name under, or null. */
export function sharedSurnameIn(text: string): string | null {
  return FIRST_NAME_NOTE.exec(text)?.[1] ?? null;
}

/** What has been said so far in one article: the state the linker carries between sentences. */
export class ArticleState {
  readonly mentions: Mention[] = [];
  /** Proposed new people by name, so a second mention reuses the first proposal. */
  readonly newPeople = new Map<string, EntityRef>();
  /**
   * The surname of a family the article calls by first name, as its note says ("Because they share
   * a surname, the Tavareses are referred to by first name in this story."): a person introduced
   * by first name alone ("Mike, 31, voted no.") has it. Null without such a note.
   */
  sharedSurname: string | null = null;
  /** Proposed new organizations by name, likewise. */
  readonly newOrganizations = new Map<string, EntityRef>();
  /** The byline's person ("By Walter Szymanski"): who "I" is in a column or an op-ed. */
  author: EntityRef | null = null;
  /** People given a party after their name ("Sen. Raymond Kessel, R-Torrington,"), by id or name. */
  readonly party = new Map<string, 'D' | 'R'>();
  /** The relatives introduced by name ("My uncle, Sal Ferraro,", "His brother, Stanley Sobczak,"), by kin (see kin()). */
  readonly relatives = new Map<string, EntityRef>();

  /** The people mentioned by full name, by surname ("Mauro" → Gene Mauro), each at their latest mention. */
  private readonly bySurname = new NameMap<Map<string, Mention>>();
  /** The people the article has called by first name alone ("Ray said"), by id or name. */
  private readonly calledByFirstName = new Set<string>();
  /** The gender each person was first shown with, by id (or "new:" and the name of a new person). */
  private readonly genders = new Map<string, Gender>();
  /** The people mentioned by full name, by first name ("Linda" → Linda Gagnon), each once. */
  private readonly byFirstName = new NameMap<Map<string, Mention>>();
  /** The nicknames the article gave people ("whom most of you know as "Big Walt.""). */
  private readonly nicknames = new Map<string, EntityRef>();
  /** The people named after a title ("Senate Majority Leader Martin Looney"), by its last words. */
  private readonly titled = new Map<string, Map<string, EntityRef>>();

  /** Titles the article gave someone as no longer held ("Former Commissioner …"), as title and id. */
  private readonly formerly = new Set<string>();

  /**
   * Records that the article named `ref` with this title ("majority leader", "leader"); `former`
   * when it is one they no longer hold, which then never names them (a shorter phrase read later
   * may have lost the "Former").
   */
  entitle(title: string, ref: EntityRef, former = false): void {
    const key = `${title}\u0000${ref.id ?? ref.name}`;
    if (former) this.formerly.add(key);
    if (this.formerly.has(key)) {
      this.titled.get(title)?.delete(ref.id ?? ref.name);
      return;
    }
    const people = this.titled.get(title) ?? new Map<string, EntityRef>();
    people.set(ref.id ?? ref.name, ref);
    this.titled.set(title, people);
  }

  /** The one person the article named with this title, if only one. */
  entitledAs(title: string): EntityRef | undefined {
    const people = this.titled.get(title);
    return people?.size === 1 ? [...people.values()][0] : undefined;
  }

  add(mention: Mention): void {
    // A person's gender, once the article has shown it, stays: a later mention's neighbouring words
    // ("… looked over at her. Ray …") say nothing of them.
    // (Each unnamed subject is someone else: "One man …", then "A woman …".)
    if (mention.ref.type === 'PERSON' && mention.unnamed !== true) {
      const key = mention.ref.id ?? `new:${mention.ref.name}`;
      const known = this.genders.get(key);
      if (known !== undefined) mention = { ...mention, gender: known };
      else if (mention.gender !== null) this.genders.set(key, mention.gender);
    }
    this.mentions.push(mention);
    if (mention.ref.type !== 'PERSON' || mention.unnamed === true) return;
    const surname = surnameOf(mention.ref.name);
    // (A new person known by one name, "Linda from Norwich", is found by it like by a surname.)
    // (So is someone of a double surname by its first part, as Spanish usage has it: "Ortega said"
    // after "Luis Ortega Saldaña".)
    for (const name of [surname, ...(mention.ref.isNew ? [firstOfDoubleSurname(mention.ref.name)] : [])]) {
      if (name === null || (name === mention.ref.name && !mention.ref.isNew)) continue;
      const people = this.bySurname.get(name) ?? new Map<string, Mention>();
      people.set(mention.ref.id ?? mention.ref.name, mention);
      this.bySurname.set(name, people);
    }
    const first = tokenize(norm(mention.ref.name))[0];
    if (first !== undefined && first !== surname && !/\.$/.test(first)) {
      const people = this.byFirstName.get(first) ?? new Map<string, Mention>();
      people.set(mention.ref.id ?? mention.ref.name, mention);
      this.byFirstName.set(first, people);
    }
  }

  /**
   * The person a surname alone means: the one mentioned last of those named in full with it, "Carla
   * Yilmaz" after "Grace Yilmaz". But a person the article has called by first name is the family
   * member the writer keeps apart so: "Vaillancourt says" is Theresa, after "Ray Vaillancourt, her
   * husband" and "Ray said".
   */
  latestWithSurname(surname: string, gender: Gender = null): Mention | undefined {
    const all = [...(this.bySurname.get(surname)?.values() ?? [])];
    // "Tetreault said he …" after both Raymond and Linda Tetreault: the one the pronoun fits.
    const fitting =
      gender === null ? [] : all.filter((m) => (m.gender ?? firstNameGender(m.ref.name)) === gender);
    const people = fitting.length > 0 && fitting.length < all.length ? fitting : all;
    const byName = people.filter((m) => !this.calledByFirstName.has(m.ref.id ?? m.ref.name));
    return (byName.length > 0 ? byName : people).sort((a, b) => a.at - b.at).at(-1);
  }

  /**
   * The wife or husband introduced by first name alone ("his wife, Lúcia,") of the person a
   * surname names, when the courtesy title before the surname is the other gender's ("Mrs.
   * Furtado" after "Jorge Furtado"). Undefined otherwise.
   */
  spouseOf(mention: Mention | undefined, gender: Gender): EntityRef | undefined {
    if (mention === undefined || (mention.gender ?? firstNameGender(mention.ref.name)) === gender)
      return undefined;
    const spouse = this.relatives.get(gender === 'female' ? 'his wife' : 'her husband');
    return spouse !== undefined && !/\s/.test(spouse.name) ? spouse : undefined;
  }

  /**
   * The person named earlier in full whose name ends with these two words or more: "Santiago
   * Roldán said" after "the Rev. Wilfredo Santiago Roldán" (a double surname), not someone new.
   */
  fullNameEndingWith(name: string): Mention | undefined {
    // (Found among those of the same surname, so the lookup does not grow with the article.)
    return [...(this.bySurname.get(surnameOf(name))?.values() ?? [])]
      .filter(
        (m) => m.ref.name.endsWith(` ${name}`) && m.ref.name.split(/\s+/).length > name.split(/\s+/).length,
      )
      .sort((a, b) => a.at - b.at)
      .at(-1);
  }

  /**
   * A person's gender the article shows after naming them ("…," the governor said at the news
   * conference where he made the announcement): kept for them, their mentions so far included,
   * unless one was already shown.
   */
  showGender(ref: EntityRef, gender: Exclude<Gender, null>): void {
    const key = ref.id ?? `new:${ref.name}`;
    if (this.genders.has(key)) return;
    this.genders.set(key, gender);
    this.mentions.forEach((m, i) => {
      if (m.unnamed !== true && (m.ref.id ?? `new:${m.ref.name}`) === key && m.gender === null)
        this.mentions[i] = { ...m, gender };
    });
  }

  /**
   * A nickname the article gives someone ("Butch"), found afterwards as their first name is; one
   * of two words ("Big Walt") as the whole name it is.
   */
  nickname(nick: string, ref: EntityRef, at: number, paragraph: number): void {
    const people = this.byFirstName.get(nick) ?? new Map<string, Mention>();
    people.set(ref.id ?? ref.name, { ref, at, paragraph, gender: null, salient: false });
    this.byFirstName.set(nick, people);
    this.nicknames.set(nick, ref);
  }

  /** Whom the article gave this nickname, if anyone. */
  nicknamed(name: string): EntityRef | undefined {
    return this.nicknames.get(name);
  }

  /** Whether the article has named someone in full with this first name. */
  hasFirstName(first: string): boolean {
    return this.byFirstName.has(first);
  }

  /**
   * The one person the article has named in full with this first name: a feature's "Linda said"
   * after "Linda Gagnon", where the family shares the surname. None when two people share it.
   * A short form of one first name is theirs too ("Stan" after "Stanley Wojcik").
   */
  onlyWithFirstName(first: string): Mention | undefined {
    // "Stan said" after "Stanley Wojcik": a short form that opens one first name only.
    // ("Tom said" after "Father Thomas Keane": a familiar form that is no prefix of the name.)
    const formal = FAMILIAR_FORM[first]
      ?.map((name) => this.byFirstName.get(name))
      .find((m) => m !== undefined);
    const people =
      this.byFirstName.get(first) ??
      formal ??
      (first.length < 3 || !isFirstName(first)
        ? undefined
        : new Map(
            [...this.byFirstName]
              .filter(([name]) => name.length > first.length && name.startsWith(fold(first)))
              .flatMap(([, named]) => [...named]),
          ));
    const one = people?.size === 1 ? [...people.values()][0] : undefined;
    if (one !== undefined) this.calledByFirstName.add(one.ref.id ?? one.ref.name);
    return one;
  }

  /** Someone introduced by first name alone ("his wife, Tammy,"), kept apart like one called so. */
  introducedByFirstName(ref: EntityRef): void {
    this.calledByFirstName.add(ref.id ?? ref.name);
  }
}

export interface Candidate {
  ref: EntityRef;
  start: number;
  end: number;
  possessive: boolean;
  afterPreposition: boolean;
  context: string;
}

export interface PhraseLink {
  speaker: EntityRef | null;
  /** Organizations named in the phrase (candidates for onBehalfOf). */
  organizations: EntityRef[];
  /** Persons named in the phrase besides the speaker ("Malloy's spokeswoman …"). */
  otherPeople: EntityRef[];
  gender: Gender;
}

export class Linker {
  private readonly byFirstWord = new Map<string, Form[]>();
  private readonly surnames = new Map<string, Entry[]>();
  private readonly rolesByPerson = new Map<string, KnownRole[]>();
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly knowledge: Knowledge,
    private readonly date: string | null,
  ) {
    for (const s of knowledge.stakeholders) {
      const entry: Entry = { id: s.id, name: s.name, type: s.type, kind: s.kind ?? null };
      this.entries.set(s.id, entry);
      // An organization's one-word capitalized alias names its members too: "Democrat", "Democrats".
      const plurals =
        s.type === 'ORGANIZATION'
          ? s.aliases.filter((a) => /^\p{Lu}\p{Ll}+[^s]$/u.test(a)).map((a) => `${a}s`)
          : [];
      for (const form of new Set([s.name, ...s.aliases, ...plurals])) {
        const words = tokenize(fold(norm(form)));
        if (words.length === 0) continue;
        // Capitalized names match as written; lower-case aliases ("the governor") in any case.
        const caseSensitive = /^\p{Lu}/u.test(form) && !/^The\s/.test(form);
        const key = caseSensitive ? (words[0] ?? '') : (words[0] ?? '').toLowerCase();
        const list = this.byFirstWord.get(key) ?? [];
        list.push({ words, caseSensitive, entry });
        this.byFirstWord.set(key, list);
      }
      if (s.type === 'PERSON') {
        const surname = tokenize(norm(s.name)).at(-1);
        if (surname !== undefined) this.surnames.set(surname, [...(this.surnames.get(surname) ?? []), entry]);
      }
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
    for (const role of knowledge.roles) {
      this.rolesByPerson.set(role.personId, [...(this.rolesByPerson.get(role.personId) ?? []), role]);
    }
  }

  rolesOf(personId: string): KnownRole[] {
    return this.rolesByPerson.get(personId) ?? [];
  }

  entry(id: string): Entry | undefined {
    return this.entries.get(id);
  }

  /** Every stakeholder named in `phrase` (longest match first), with its position in the phrase. */
  candidates(phrase: string, state: ArticleState, allowNew: boolean): Candidate[] {
    const text = norm(phrase)
      .replace(/\b[DRI]-[A-Z][\p{L}. ]*?(?=,|$)/gu, (m) => ' '.repeat(m.length))
      // A nickname in quote marks inside a name is not part of it: Raymond "Butch" Szabo.
      .replace(NICKNAME, (_, before: string, nickname: string) => before + ' '.repeat(nickname.length))
      // Nor is one someone is known by: "whom most of you know as "Big Walt."" names no one new.
      .replace(KNOWN_AS, (_, before: string, nickname: string) => before + ' '.repeat(nickname.length));
    const tokens = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'.-]*[\p{L}\p{N}.]|[\p{L}\p{N}]/gu)];
    const found: Candidate[] = [];
    let i = 0;
    while (i < tokens.length) {
      const match = this.matchAt(tokens, i);
      if (match !== null) {
        const start = tokens[i]?.index ?? 0;
        const last = tokens[i + match.length - 1];
        const end = (last?.index ?? 0) + (last?.[0].length ?? 0) - match.possessive;
        found.push(this.candidate(text, start, end, match.ref));
        i += match.length;
        continue;
      }
      i += 1;
    }
    if (allowNew) {
      // (On one line: "To: Rick Santangelo" over "Cc: …" in an email's header is no "Santangelo Cc".)
      for (const m of text.matchAll(
        /(?:\p{Lu}[\p{L}'-]+|\p{Lu}\.)(?:[^\S\n]+(?:\p{Lu}[\p{L}'-]+|\p{Lu}\.))+/gu,
      )) {
        let words = m[0].split(/\s+/);
        let start = m.index;
        // (Nor does the end of an abbreviation: "S. Navy" of "the U.S. Navy".)
        if (/\p{Lu}\.$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
        // Nor the last words of a body's name after "and": "Public Protection" of the "Department
        // of Emergency Services and Public Protection".
        if (BODY_BEFORE_AND.test(text.slice(Math.max(0, start - 80), start))) continue;
        // A possessive ends a name: "Malloy's Chief of Staff Tim Bannon" holds two.
        const possessive = words.findIndex((w) => /'s?$/.test(w));
        if (possessive >= 0 && possessive < words.length - 1) {
          const cut = words.slice(0, possessive + 1).join(' ').length;
          start += cut + (/^\s+/.exec(m[0].slice(cut))?.[0].length ?? 0);
          words = words.slice(possessive + 1);
        }
        // A capitalized word that starts the sentence is not part of the name: "For Tom Bertrand, …".
        // Nor is what someone does, before their first and last names: "Lobbyist Patrice Dunleavy".
        while (
          words.length > 0 &&
          (isTitleWord(words[0] ?? '') ||
            (words.length > 2 && (NOT_NAMES.test(words[0] ?? '') || opener(words[0] ?? '', text, start))) ||
            (words.length > 2 && occupationBeforeName(words[0] ?? '', words[1] ?? '')))
        ) {
          start +=
            (words[0] ?? '').length +
            (text.slice(start + (words[0] ?? '').length).match(/^\s+/)?.[0].length ?? 0);
          words = words.slice(1);
        }
        // Nor is the rest of a title "of" or "for" something: "Superintendent of Schools Brian
        // Hatch", "Vice Chancellor for Finance Robert Kellerman".
        const office = /\b(\p{L}+)\s+(?:of|for)\s+(?:the\s+)?$/u.exec(
          text.slice(Math.max(0, start - 40), start),
        );
        while (isTitleWord(office?.[1] ?? '') && words.length > 2 && !isFirstName(words[0] ?? '')) {
          start +=
            (words[0] ?? '').length +
            (text.slice(start + (words[0] ?? '').length).match(/^\s+/)?.[0].length ?? 0);
          words = words.slice(1);
        }
        // A place before a title is not part of the name either: "Groton Mayor Heather Bellamy",
        // "Stonington First Selectman Rob Simmons" (a first and last name must remain).
        const title = words.findLastIndex((w, k) => k > 0 && isTitleWord(w));
        if (title > 0 && words.length - title - 1 >= 2) {
          const cut = words.slice(0, title + 1).join(' ').length;
          start += cut + (/^\s+/.exec(text.slice(start + cut))?.[0].length ?? 0);
          words = words.slice(title + 1);
        }
        // A possessive at the end is not part of the name: "Gov. Dannel P. Malloy's concessions
        // agreement" names Malloy (as a possessive, so not as a speaker).
        const last = words.at(-1) ?? '';
        if (/'s?$/.test(last)) words = [...words.slice(0, -1), last.replace(/'s?$/, '')];
        const name = words.join(' ');
        // (Past a nickname taken out, the name's words are further apart than one space.)
        const surname = words.at(-1) ?? '';
        const end = text.indexOf(surname, start + name.length - surname.length) + surname.length;
        // After "the" a capitalized phrase names a place or a thing ("at the North Stonington
        // library"), not a person.
        if (/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) continue;
        // Nor is a phrase in quote marks of its own: a "Vote No Again" flyer, the "Eggs & Issues" breakfast.
        if (/["\u201C]$/.test(text.slice(0, start)) && /^["\u201D]/.test(text.slice(end))) continue;
        // "So I'll vote yes": a contraction of "I" is never part of a name.
        if (words.some((w) => /^I['\u2019](?:ll|m|ve|d)$/.test(w))) continue;
        if (words.length < 2 || words.length > 4) continue;
        // (Nor is one that ends in a function word: "A. The administration has said …" in a list
        // of answers is no "A. The".)
        if (
          ORG_WORDS.test(name) ||
          NOT_NAMES.test(words[0] ?? '') ||
          opener(words[0] ?? '', text, start) ||
          NOT_NAMES.test(words.at(-1) ?? '')
        )
          continue;
        // A day of the week is never part of a name ("By Wednesday, the governor …").
        if (words.some((w) => /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(w))) continue;
        if (words.some((w) => /^\p{Lu}+$/u.test(w) && w.length > 1)) continue; // acronyms
        // Nor a thing's name with a letter before a hyphen: "a UConn T-shirt", "an X-ray".
        if (words.some((w) => /^\p{Lu}-\p{Ll}/u.test(w))) continue;
        // A known person's one-word alias that only opens this name is someone else's first
        // name: "Keith Lavallee" is not Keith Phaneuf (whose surname the name would hold).
        const opened = found.findIndex(
          (c) =>
            c.start === start &&
            c.end < end &&
            c.ref.type === 'PERSON' &&
            c.ref.link === 'alias' &&
            !/\s/.test(text.slice(c.start, c.end)) &&
            !name.endsWith(` ${c.ref.name.split(/\s+/).at(-1) ?? ''}`),
        );
        if (opened >= 0) found.splice(opened, 1);
        // A known person's surname after a first name that is not theirs is someone else of that
        // surname: "Cathy Malloy, the governor's wife," is not Dannel P. Malloy.
        const closed = found.findIndex(
          (c) =>
            words.length === 2 &&
            c.start > start &&
            c.end === end &&
            c.ref.type === 'PERSON' &&
            c.ref.id !== null &&
            c.ref.link === 'alias' &&
            !/\s/.test(text.slice(c.start, c.end)) &&
            anotherFirstName(words[0] ?? '', c.ref.name),
        );
        if (closed >= 0) found.splice(closed, 1);
        if (found.some((c) => c.start < end && start < c.end)) continue;
        const known = this.candidates(name, state, false).find(
          (c) => c.ref.type === 'PERSON' && c.ref.id !== null && c.start === 0 && c.end === name.length,
        );
        const longer = known === undefined ? state.fullNameEndingWith(name) : undefined;
        found.push(
          this.candidate(
            text,
            start,
            end,
            known?.ref ??
              longer?.ref ??
              nicknamed(state, name) ??
              companyNamed(state, name) ??
              this.newPerson(name, text, end, state),
          ),
        );
        this.partnerBefore(text, start, words, found, state);
      }
    }
    if (allowNew) {
      // A caller known by first name and town ("Linda from Norwich", "Rick in Glastonbury", a radio call-in's
      // convention), or a respondent by first name and age ("Linda, 61, of Hamden," a poll story's):
      // a new person of that one name, when the word is a first name (not the end of a full name).
      // (A columnist's reader too: "Karen, from Hamden, works in …".)
      // So is one known by first name and what they do ("Tom, an accountant with the Department
      // of Revenue Services, said", "The next caller, Karen, a licensed practical nurse", "Marisol,
      // who lives in Frog Hollow", "Rosa, a Department of Motor Vehicles clerk"), or one who gives
      // no more ("who would give only her first name, Renee", "identified only as Kevin"), or a
      // relative ("his wife, Lúcia,").
      for (const m of text.matchAll(
        /(?<![\p{L}'-])(\p{Lu}\p{Ll}+)(?=,? (?:from|in) \p{Lu}\p{Ll}|, \d{1,3},|, (?:a|an|who) \p{Ll}|, (?:a|an) \p{Lu}[\p{L}.]*(?: of)? \p{Lu}[^,.]{0,40}\b(?:clerk|worker|officer|employee|nurse|teacher|trooper|driver|mechanic|aide|technician|supervisor|inspector|counselor|guard)\b)|(?<=\b(?:first name,? (?:is |was |as )?|(?:identified|known) only as ))(\p{Lu}\p{Ll}+)(?![\p{L}'-]| \p{Lu})|(?<=\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir) (?:wife|husband|son|daughter|brother|sister|mother|father), )(\p{Lu}\p{Ll}+)(?=,)/gu,
      )) {
        const first = m[1] ?? m[2] ?? m[3] ?? '';
        const start = m.index;
        const end = start + first.length;
        // (What follows the name is looked at, not taken: in "Voicemail from Deb, a clerk" the
        // word before "from" is no caller, and "Deb" is still read.)
        if (
          m[1] !== undefined &&
          text.startsWith(',', end) &&
          /\p{Lu}[\p{L}.'-]*\s+$/u.test(text.slice(0, start))
        )
          continue;
        if (found.some((c) => c.start < end && start < c.end) || NOT_NAMES.test(first)) continue;
        // ("Paul, 51, a highway maintainer" after "Paul and Renee Gagnon" is Paul Gagnon.)
        if (
          state.latestWithSurname(first) !== undefined ||
          this.surnames.has(first) ||
          state.hasFirstName(first)
        )
          continue;
        // (A name given as a first name is one, whether or not the name list knows it: "Declan".)
        if (m[2] === undefined && !isFirstName(first)) continue;
        // ("The Gagnons' daughter, Emily, 19," is Emily Gagnon; "his wife, Lúcia," takes his.)
        const before = found.filter((c) => c.end <= start).map((c) => c.ref);
        const family = familyNameBefore(text.slice(0, start), state, before) ?? state.sharedSurname;
        const person = this.newPerson(family === null ? first : `${first} ${family}`, text, end, state);
        // (A later "Dufresne said" is still the husband named in full, not "his wife, Tammy".)
        if (family !== null) state.introducedByFirstName(person);
        found.push(this.candidate(text, start, end, person));
      }
    }
    if (allowNew) {
      // A screen name the sentence introduces ("a reply from bookworm_in_bristol:", "a reader
      // posting as Sgt_Retired"): after from, as, by or a word for a commenter, one token with an
      // underscore or a digit and a small letter in it.
      for (const m of text.matchAll(SCREEN_NAME_IN_TEXT)) {
        const name = m[0];
        const start = m.index;
        const end = start + name.length;
        if (!/[_\d]/.test(name) || !/\p{Ll}/u.test(name) || found.some((c) => c.start < end && start < c.end))
          continue;
        found.push(this.candidate(text, start, end, this.newPerson(name, text, end, state)));
      }
    }
    // A lone surname of someone the article named in full ("Mauro" after "Gene Mauro").
    for (const m of text.matchAll(/\p{Lu}[\p{L}'-]+/gu)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((c) => c.start < end && start < c.end)) continue;
      // The pronoun of the clause the surname opens tells which of two with that surname it is.
      const pronoun = /^\s+(?:\p{Ll}+\s+){0,2}?(?:said|says|told|added)\s+(he|she)\b/u.exec(
        text.slice(end),
      )?.[1];
      // ("Mrs. Furtado" after "Jorge Furtado … his wife, Lúcia,": a courtesy title says which.)
      const courtesy = /\b(Mrs|Ms|Miss|Mr)\.?\s+$/.exec(text.slice(Math.max(0, start - 6), start))?.[1];
      const titled: Gender = courtesy === undefined ? null : courtesy === 'Mr' ? 'male' : 'female';
      const gender = titled ?? (pronoun === undefined ? null : pronoun === 'she' ? 'female' : 'male');
      const latest = state.latestWithSurname(m[0], gender);
      const spouse = titled === null ? undefined : state.spouseOf(latest, titled);
      if (spouse !== undefined) {
        found.push(this.candidate(text, start, end, { ...spouse, link: 'title-in-article' }));
        continue;
      }
      // (A first name that shows no gender, "Nguyễn Thị Hoa" before "Ms. Hoa", does not stand in
      // the title's way.)
      const shown = latest === undefined ? null : (latest.gender ?? firstNameGender(latest.ref.name));
      const earlier = titled !== null && shown !== null && shown !== titled ? undefined : latest;
      // (Someone first known by one name, "Her husband, Hector, …", who the article then names in
      // full, "Hector Quintero said", is the full name from then on.)
      const inFull =
        earlier !== undefined && !/\s/.test(earlier.ref.name) ? state.onlyWithFirstName(m[0]) : undefined;
      if (inFull !== undefined && inFull.at > (earlier?.at ?? 0)) {
        found.push(this.candidate(text, start, end, { ...inFull.ref, link: 'first-name-in-article' }));
        continue;
      }
      if (earlier !== undefined) {
        found.push(this.candidate(text, start, end, { ...earlier.ref, link: 'surname-in-article' }));
        continue;
      }
      const known = this.surnames.get(m[0]);
      if (known?.length === 1 && known[0] !== undefined) {
        found.push(this.candidate(text, start, end, ref(known[0], 'name')));
        continue;
      }
      // A first name alone, not the start of a longer name ("Larry Cafero" is not Larry Dorman).
      const byFirst = /^\s+\p{Lu}/u.test(text.slice(end)) ? undefined : state.onlyWithFirstName(m[0]);
      if (byFirst !== undefined)
        found.push(this.candidate(text, start, end, { ...byFirst.ref, link: 'first-name-in-article' }));
    }
    // "my uncle said": the relative the writer introduced by that word ("My uncle, Sal Ferraro, …").
    for (const m of text.matchAll(RELATIVE)) {
      const start = m.index;
      const end = start + m[0].length;
      const relative = state.relatives.get(kin(m[1] ?? '', m[2] ?? ''));
      if (relative === undefined || /^\s*,\s*\p{Lu}/u.test(text.slice(end))) continue;
      if (found.some((c) => c.start < end && start < c.end)) continue;
      found.push(this.candidate(text, start, end, { ...relative, link: 'title-in-article' }));
    }
    // A title the article gave someone before their name ("Senate Majority Leader Martin Looney"):
    // "the majority leader" is that person, when the article gave it to no one else.
    for (const c of found) if (c.ref.type === 'PERSON') this.entitleBefore(text, c.start, c.ref, state);
    for (const m of text.matchAll(/\bthe\s+(\p{L}+)(?:\s+(\p{L}+))?/giu)) {
      const first = m[1] ?? '';
      const byTwo = m[2] === undefined ? undefined : state.entitledAs(`${first} ${m[2]}`.toLowerCase());
      const holder = byTwo ?? state.entitledAs(first.toLowerCase());
      if (holder === undefined) continue;
      const start = m.index;
      const end = start + (byTwo !== undefined ? m[0].length : m[0].indexOf(first) + first.length);
      if (found.some((c) => c.start < end && start < c.end)) continue;
      found.push(this.candidate(text, start, end, { ...holder, link: 'title-in-article' }));
    }
    // "the governor", "the mayor": the person holding a title of that name at the article's date.
    for (const m of text.matchAll(/\bthe\s+(\p{L}+(?:\s+\p{L}+)?)\b/giu)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((c) => c.start <= start && end <= c.end && c.ref.link !== 'alias')) continue;
      const holder = this.roleHolder(m[1] ?? '');
      if (holder === null) continue;
      const overlapping = found.findIndex((c) => c.start < end && start < c.end);
      const candidate = this.candidate(text, start, end, ref(holder, 'role-at-date'));
      if (overlapping >= 0) {
        const other = found[overlapping];
        // An alias spanning more ("the governor's office") wins; the same words go to the role.
        if (other !== undefined && other.end - other.start > end - start) continue;
        found[overlapping] = candidate;
      } else found.push(candidate);
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /**
   * Links a speaker phrase: the person it names (not one named only as a possessive or after a
   * preposition), else an organization, else a pronoun resolved from the article so far.
   */
  linkPhrase(
    phrase: string,
    state: ArticleState,
    at: number,
    paragraph: number,
    written = false,
  ): PhraseLink {
    const trimmed = norm(phrase).trim();
    // "he", "but she", "Afterward he", or a pronoun after a fronted time or place ("On Monday he",
    // "Later that day she", "At the rally he"): the subject is the pronoun.
    const lead =
      /^(?:(?:but|and|then|afterwards?|later|earlier|meanwhile|still|now|again|instead|yesterday|today)[,\s]+)?(he|she)\b/i.exec(
        trimmed,
      );
    const pronoun =
      lead !== null && trimmed.split(/\s+/).length <= 3
        ? lead
        : (/^(?:on|last|later|earlier|at|in|after|before|during|that|this)\s+(?:[\p{L}\d.,'-]+\s+){0,4}?(he|she)$/iu.exec(
            trimmed,
          ) ??
          // A longer fronted phrase set off by its comma: "In a statement after the bylaw change
          // passed, he".
          /^(?:in|after|before|during|at|on|with|when|since|as)\b[^,]{1,100},\s*(he|she)$/iu.exec(trimmed));
    // "the Democrat", "the Republican": the person named last with that party after their name,
    // never the party itself.
    // "The Norwalk Republican": with a town, the person last the subject, when no one's party is
    // known from the article.
    const partisan =
      /^(?:(?:but|and|then)\s+)?the (\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)?\s+)?(democrat|republican)(?:\s*,.*)?$/isu.exec(
        trimmed,
      );
    if (partisan !== null) {
      const letter = (partisan[2] ?? '').toLowerCase() === 'democrat' ? 'D' : 'R';
      const member =
        state.mentions.findLast(
          (m) => m.ref.type === 'PERSON' && m.at < at && state.party.get(m.ref.id ?? m.ref.name) === letter,
        ) ??
        (partisan[1] === undefined
          ? undefined
          : state.mentions.findLast(
              (m) =>
                m.ref.type === 'PERSON' &&
                m.salient &&
                m.unnamed !== true &&
                m.at < at &&
                m.paragraph >= paragraph - 1 &&
                !state.party.has(m.ref.id ?? m.ref.name),
            ));
      return {
        speaker: member === undefined ? null : { ...member.ref, link: 'title-in-article' },
        organizations: [],
        otherPeople: [],
        gender: member?.gender ?? null,
      };
    }
    // "the 16-year-old from Norwalk", "the 54-year-old": the person the age stands for, the one a
    // pronoun would be (the pronoun after it, "told her fellow students", saying which).
    const aged =
      /^(?:(?:but|and|then)\s+)?the\s+\d{1,3}-year-old\b(?:\s+(?:from|of|in)\s+\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*)?)?$/iu.exec(
        trimmed,
      );
    if (aged !== null) {
      const antecedent = resolvePronoun(state, null, at, paragraph);
      return pronounLink(antecedent, antecedent?.gender ?? null);
    }
    // "…," I said, "As I told the chamber, …": in a piece with a byline or signed as a letter, its
    // author.
    if (/^(?:(?:but|and|then|so|as)\s+)?i$/i.test(trimmed)) {
      return {
        speaker: state.author === null ? null : { ...state.author, link: 'byline' },
        organizations: [],
        otherPeople: [],
        gender: null,
      };
    }
    if (pronoun !== null) {
      const gender: Gender = (pronoun[1] ?? '').toLowerCase() === 'she' ? 'female' : 'male';
      // "When Gov. Malloy toured the aquarium on Tuesday, he told reporters …": the one person
      // the fronted clause names is the pronoun's.
      const comma = trimmed.lastIndexOf(',');
      const inFronted =
        pronoun !== lead && comma > 0
          ? this.candidates(trimmed.slice(0, comma), state, false).filter(
              (c) => c.ref.type === 'PERSON' && !c.possessive && !c.afterPreposition,
            )
          : [];
      if (inFronted.length === 1 && inFronted[0] !== undefined)
        return {
          speaker: { ...inFronted[0].ref, link: 'pronoun' },
          organizations: [],
          otherPeople: [],
          gender,
        };
      return pronounLink(resolvePronoun(state, gender, at, paragraph), gender);
    }
    // A screen name the article tied to a person ("RN_on_nights, who asked us to identify him as
    // Rob Ramonas, …:"), alone again over a later post ("RN_on_nights:"): that person.
    const byScreenName = state.nicknamed(trimmed.replace(/[\s:]+$/, ''));
    if (byScreenName !== undefined)
      return {
        speaker: { ...byScreenName, link: 'first-name-in-article' },
        organizations: [],
        otherPeople: [],
        gender: null,
      };
    // "The governor's office did not send anyone. Asked for comment, it said …": "it" is the
    // organization that was the last subject, in this paragraph or the one before.
    if (/^(?:(?:but|and|then)\s+)?it$|^(?:in|after|asked|when|as|on)\b[^,]{1,100},\s*it$/i.test(trimmed)) {
      const subject = state.mentions.findLast((m) => m.salient && m.at < at);
      const organization =
        subject?.ref.type === 'ORGANIZATION' && subject.paragraph >= paragraph - 1 ? subject.ref : null;
      return {
        speaker: organization === null ? null : { ...organization, link: 'pronoun' },
        organizations: [],
        otherPeople: [],
        gender: null,
      };
    }
    // "His office said …": the organization where the person the pronoun names holds a role.
    const office =
      /^(?:(?:but|and|then)\s+)?(his|her)\s+(?:office|administration|agency|department|staff)$/i.exec(
        trimmed,
      );
    if (office !== null) {
      const gender: Gender = (office[1] ?? '').toLowerCase() === 'her' ? 'female' : 'male';
      const person = resolvePronoun(state, gender, at, paragraph);
      const role =
        person?.ref.id == null || person.unnamed === true ? undefined : this.activeRoles(person.ref.id)[0];
      const organization = role === undefined ? undefined : this.entries.get(role.organizationId);
      return {
        speaker: organization === undefined ? null : { ...ref(organization, 'pronoun') },
        organizations: [],
        otherPeople: [],
        gender: null,
      };
    }
    // A commenter's screen name ("…," wrote NorwichNurse; "wrote mystic_mom"): one token with an
    // underscore or a digit in it, or a capital inside a word that no surname prefix explains
    // (not "McCracken", "DeLuca"), or after a verb of posting one in small letters ("wrote
    // norwichrez"); a new person by that name, unless the graph knows it.
    // Introduced as one ("a user called DOCLifer88 wrote", "A poster called BylawsMatter answered").
    const handle = HANDLE_INTRODUCED.exec(trimmed)?.[1] ?? trimmed;
    if (
      (SCREEN_NAME.test(handle) && !SURNAME_PREFIX.test(handle)) ||
      (written && LOWER_CASE_HANDLE.test(trimmed) && !INDEFINITE.test(trimmed)) ||
      handle !== trimmed
    ) {
      const known = this.candidates(handle, state, false).find((c) => c.ref.id !== null);
      return {
        speaker: known?.ref ?? this.newPerson(handle, handle, handle.length, state),
        organizations: [],
        otherPeople: [],
        gender: null,
      };
    }
    // "Gov. Dannel P. Malloy's office said": the organization where the person named holds a
    // role, as for "His office" (a shorter alias, "Malloy's office", may name it directly).
    const owned = /^(?:(?:but|and|then)\s+)?(.+?)['\u2019]s?\s+(?:office|administration)$/iu.exec(
      trimmed.replace(FRONTED_PHRASE, '').replace(/^asked\b[^,]{1,100},\s*/i, ''),
    );
    if (
      owned !== null &&
      this.candidates(trimmed, state, false).every((c) => c.ref.type !== 'ORGANIZATION')
    ) {
      // (The whole name, a title before it allowed: "Tom Smith's office" is no known Smith's.)
      const name = owned[1] ?? '';
      const owner = this.candidates(name, state, false).find(
        (c) =>
          c.ref.type === 'PERSON' &&
          c.ref.id !== null &&
          c.end === name.length &&
          name
            .slice(0, c.start)
            .split(/\s+/)
            .every((w) => w === '' || isTitleWord(w)),
      );
      const role = owner?.ref.id == null ? undefined : this.activeRoles(owner.ref.id)[0];
      const organization = role === undefined ? undefined : this.entries.get(role.organizationId);
      if (organization !== undefined)
        return { speaker: ref(organization, 'alias'), organizations: [], otherPeople: [], gender: null };
    }
    const titled = this.titleInArticle(trimmed, state);
    if (titled !== null) return titled;
    const named = this.nounInArticle(trimmed, state, at, paragraph);
    if (named !== null) return named;
    // "The credit union's board took the same line in a statement …, saying it": a body's noun
    // opening a clause with a past-tense verb is that clause's subject (and the sentence's).
    const clause = BODY_CLAUSE.exec(trimmed);
    const opening = clause === null ? null : this.nounInArticle(clause[1] ?? '', state, at, paragraph);
    if (opening !== null) return opening;
    const found = this.candidates(phrase, state, true);
    const free = found.filter((c) => !c.possessive && !c.afterPreposition);
    let person = free.find((c) => c.ref.type === 'PERSON');
    const text = norm(phrase);
    // "The governor's top negotiator, Mark Ojakian": a title someone else has as an alias gives way
    // to the name set beside it.
    if (
      person !== undefined &&
      person.ref.link === 'alias' &&
      /^(?:the\s+)?\p{Ll}/u.test(text.slice(person.start, person.end))
    ) {
      const title = person;
      const named = free.find(
        (c) =>
          c.ref.type === 'PERSON' && c.start > title.end && /^\s*,\s*$/.test(text.slice(title.end, c.start)),
      );
      if (named !== undefined) person = named;
    }
    // "Malloy spokeswoman Colleen Flanagan": a name, a title, a name; the second is the speaker.
    for (let next = person; next !== undefined;) {
      const following = free.find((c) => c.ref.type === 'PERSON' && c.start > next!.end);
      if (following === undefined) break;
      const between = text.slice(next.end, following.start);
      if (!/^\s+[\p{Ll}\s'-]+\s+$/u.test(between) || !REPRESENTATIVE_TITLE.test(between)) break;
      person = following;
      next = following;
    }
    const orgs = found.filter((c) => c.ref.type === 'ORGANIZATION').map((c) => c.ref);
    // "SEBAC spokesmen Larry Dorman and Matt O'Connor said …": two people speaking together for
    // their organization; the organization is the one speaker.
    const people = free.filter((c) => c.ref.type === 'PERSON');
    const [one, two] = people;
    if (
      orgs[0] !== undefined &&
      one !== undefined &&
      two !== undefined &&
      /^\s*(?:,\s*)?and\s+$/.test(text.slice(one.end, two.start)) &&
      /\b(?:spokesmen|spokespeople|spokespersons|officials|leaders|negotiators)\b/i.test(
        text.slice(0, one.start),
      )
    ) {
      return { speaker: orgs[0], organizations: orgs, otherPeople: people.map((c) => c.ref), gender: null };
    }
    if (person !== undefined) {
      return {
        speaker: person.ref,
        organizations: orgs,
        otherPeople: found.filter((c) => c.ref.type === 'PERSON' && c !== person).map((c) => c.ref),
        gender: genderOf(person.ref.name, person.context),
      };
    }
    // "In a statement, the Connecticut State University System said": no one the graph knows, but
    // the subject's name says it is an organization.
    if (!found.some((c) => c.ref.type === 'ORGANIZATION')) {
      const body = this.newOrganizationIn(trimmed, state);
      if (body !== null) return { speaker: body, organizations: [], otherPeople: [], gender: null };
    }
    let org =
      free.find((c) => c.ref.type === 'ORGANIZATION') ?? found.find((c) => c.ref.type === 'ORGANIZATION');
    // "AFSCME Council 4, which represents …, said": a numbered part of a known organization is a
    // body of its own, which the graph does not know.
    const part = org === undefined ? null : NUMBERED_PART.exec(text.slice(org.end));
    if (org !== undefined && part !== null) {
      const name = `${text.slice(org.start, org.end)}${part[0]}`.replace(/\s+/g, ' ').trim();
      org = { ...org, ref: this.newOrganization(name, state), end: org.end + part[0].length };
    }
    // "One Democratic lawmaker", "a SEBAC member": an unnamed member speaks for no one but
    // themselves, so the organization is not the speaker.
    if (org !== undefined && UNNAMED_MEMBER.test(text.slice(org.end)))
      return { speaker: null, organizations: orgs, otherPeople: [], gender: null };
    if (org !== undefined && UNNAMED_AT.test(trimmed) && org.start > 0)
      return { speaker: null, organizations: orgs, otherPeople: [], gender: null };
    // "A spokeswoman for the House Republicans": someone unnamed speaking for the organization.
    const unnamedSpokesperson =
      /^(?:an?|one)\s+(?:[\p{L}-]+\s+)?spokes(?:wo)?(?:man|person)\s+(?:for|of|with)\s/iu.test(trimmed);
    if (
      org !== undefined &&
      (unnamedSpokesperson || !REPRESENTATIVE_TITLE.test(trimmed.replace(/officials?/i, '')))
    ) {
      return { speaker: org.ref, organizations: orgs, otherPeople: [], gender: null };
    }
    if (
      org !== undefined &&
      /^(?:the\s+)?\S+\s+(?:office|administration|leadership|leaders)\b/i.test(trimmed)
    ) {
      return { speaker: org.ref, organizations: orgs, otherPeople: [], gender: null };
    }
    const short = this.shortNameInArticle(trimmed, state);
    if (short !== null) return short;
    return {
      speaker: null,
      organizations: orgs,
      otherPeople: found.filter((c) => c.ref.type === 'PERSON').map((c) => c.ref),
      gender: null,
    };
  }

  /**
   * "the Times" after The New York Times, "the Courant" after the Hartford Courant: an
   * organization the article brought up last whose name of two words or more ends with that word.
   * Null when none has (read only when no known name or alias matched the phrase).
   */
  private shortNameInArticle(phrase: string, state: ArticleState): PhraseLink | null {
    const word = /^(?:(?:but|and|then)\s+)?the\s+(\p{Lu}[\p{L}-]+)$/u.exec(phrase)?.[1];
    if (word === undefined) return null;
    const mention = state.mentions.findLast((m) => {
      if (m.ref.type !== 'ORGANIZATION' || m.ref.id === null) return false;
      const words = tokenize(norm(this.entries.get(m.ref.id)?.name ?? ''));
      return words.length >= 2 && words.at(-1) === word;
    });
    const organization = mention?.ref.id == null ? undefined : this.entries.get(mention.ref.id);
    if (organization === undefined) return null;
    return organizationSpeaks(organization);
  }

  /**
   * "the union's president", "the local's vice president", "the coalition's spokesman": the person
   * the article named last (a speaker or a subject) whose title at the date starts with those words
   * at an organization whose name holds the noun. Nobody named yet: nobody.
   */
  private titleInArticle(phrase: string, state: ArticleState): PhraseLink | null {
    const m = /\bthe\s+(\p{L}+)'s\s+(\p{L}+(?:\s+\p{L}+)?)$/iu.exec(phrase.replace(/[’]/g, "'"));
    if (m === null) return this.titleWordsInArticle(phrase, state);
    const noun = new RegExp(`\\b${m[1] ?? ''}\\b`, 'i');
    const title = (m[2] ?? '').toLowerCase();
    return this.latestHolder(state, (r) => {
      const wanted = r.title.toLowerCase();
      const organization = this.entries.get(r.organizationId);
      return (
        (wanted === title || wanted.startsWith(`${title} `)) &&
        organization !== undefined &&
        noun.test(organization.name)
      );
    });
  }

  /**
   * "the deputy budget secretary" (Deputy Secretary), "the chief negotiator" (Chief union
   * negotiator): a title of two or more words, given with one word added or some left out, of the
   * person the article named last who holds it (the title's words in order in the phrase, at most
   * one more; or the phrase's words in order in the title, ending on its last word). Null when no
   * one named so far holds such a title.
   */
  private titleWordsInArticle(full: string, state: ArticleState): PhraseLink | null {
    // A relative clause after the title says more about them: "The professor, whose own faculty
    // union voted for the agreement,".
    const phrase = full.replace(/,\s*(?:who|whose|which)\b.*$/isu, '');
    // "the senator", "the trooper": one office noun, of the person the article named last whose
    // title holds it ("State Senator, D-Stonington").
    const office = /^the\s+(\p{L}+)$/iu.exec(phrase.trim());
    if (office !== null) {
      const word = (office[1] ?? '').toLowerCase();
      if (!OFFICE_NOUN.test(word)) return null;
      const holds = (title: string) => titleHas(title, word);
      // "One senator, walking to the parking garage, …" then ""…," the senator said": the one
      // left unnamed, when the article brought them up after anyone named with the title.
      const unnamed = state.mentions.findLast((m) => m.unnamed === true && m.noun === word);
      const holder = this.latestHolder(state, (r) => holds(r.title), holds);
      const speaker = holder?.speaker ?? null;
      const holderAt =
        speaker === null ? -1 : (state.mentions.findLast((m) => sameEntity(m.ref, speaker))?.at ?? -1);
      if (unnamed !== undefined && unnamed.at > holderAt)
        return { speaker: null, organizations: [], otherPeople: [], gender: unnamed.gender };
      return holder;
    }
    const m = /^the\s+((?:\p{L}+\s+){1,3}\p{L}+)$/iu.exec(phrase.trim());
    if (m === null) return null;
    const words = (m[1] ?? '').toLowerCase().split(/\s+/);
    const within = (inner: string[], outer: string[]) => {
      let at = 0;
      for (const word of outer) if (word === inner[at]) at += 1;
      return at === inner.length;
    };
    const fits = (title: string) => {
      const t = title.toLowerCase().split(/\s+/);
      if (t.length < 2) return false;
      return (
        (within(t, words) && words.length <= t.length + 1) || (within(words, t) && words.at(-1) === t.at(-1))
      );
    };
    const titled = this.latestHolder(state, (r) => fits(r.title));
    if (titled !== null || words.length !== 2) return titled;
    // "the union president", "the coalition spokesman": an office at an organization whose name
    // holds the noun (President of the Connecticut State Police Union).
    const [noun = '', word = ''] = words;
    if (!OFFICE_NOUN.test(word)) return null;
    // `noun` is letters only (the pattern above), so it is safe inside a pattern.
    const named = (name: string | null | undefined) =>
      name != null && new RegExp(`\\b${noun}\\b`, 'i').test(name);
    return this.latestHolder(
      state,
      (r) => titleHas(r.title, word) && named(this.entries.get(r.organizationId)?.name),
    );
  }

  /**
   * "The union said …", "Coalition leaders say …": a bare organization noun (and its leaders or
   * spokespeople) is the organization whose name holds the noun that the article brought up last —
   * as a speaker or subject, or as the organization of a person who spoke. Null when none.
   * "The association's board said" is that association speaking through its board; "the group
   * wrote" is the organization brought up last in this paragraph or the one before, whatever its
   * name.
   */
  private nounInArticle(
    phrase: string,
    state: ArticleState,
    at: number,
    paragraph: number,
  ): PhraseLink | null {
    if (PUBLICATION_NOUN.test(phrase)) return this.latestOutlet(state);
    const m =
      /^(?:(?:but|and|then)\s+)?(the\s+)?(?:([a-z]+)\s+)??(union|coalition|council|local|caucus|association|office|department|agency|committee|board|commission|authority|alliance|society|conference|system|hospital|college|colleges|university|branch|chamber|league|network|foundation|institute|center|federation|group|organization|organisation|company|congregation|parish|church|synagogue)(?:'s\s+(?:executive\s+)?(?:board(?:\s+of\s+(?:directors|trustees|governors))?|leadership|officers)|\s+(?:leaders|leadership|officials|spokesman|spokeswoman|spokespeople))?$/i.exec(
        // (An aside before the verb is not part of it: "The association's board, in a resolution
        // adopted June 28, said".)
        phrase
          .replace(FRONTED_PHRASE, '')
          .replace(/,\s*(?:in|on|at|during|after|through|by)\b[^,]{1,80},?\s*$/i, ''),
      );
    if (m === null) return null;
    const [, definite, modifier, word = ''] = m;
    // ("The group" names no kind of body: only one just brought up, in this paragraph or the two
    // before.)
    const anyBody = /^(?:group|organi[sz]ation)$/i.test(word) && modifier === undefined;
    // ("The credit union said": a word before the noun must be in the name with it; "the company"
    // is also one named with a company's suffix, "Central Valley Transit Co.")
    const named = new RegExp(`\\b${modifier === undefined ? '' : `${modifier}\\s+`}${word}\\b`, 'iu');
    const noun = anyBody
      ? /./
      : word.toLowerCase() === 'company' && modifier === undefined
        ? { test: (name: string) => named.test(name) || COMPANY_SUFFIX.test(name) }
        : named;
    // (A union whose name has no "union" in it is one by its kind: "AFSCME, …, weighed in. "…," the
    // union said".)
    const kinds = modifier === undefined ? (NOUN_KINDS[word.toLowerCase()] ?? []) : [];
    const fits = (o: Entry | undefined): o is Entry =>
      o !== undefined &&
      (anyBody ? o.type === 'ORGANIZATION' : noun.test(o.name) || (o.kind != null && kinds.includes(o.kind)));
    for (const mention of [...state.mentions].reverse()) {
      if (mention.unnamed === true) continue;
      // (Or the one before that, when the paragraph between is only someone named with it
      // speaking: "… spoke on behalf of a group called …" ¶ "…," Haskell said. ¶ "the group".)
      if (anyBody && mention.paragraph < paragraph - (this.spokeForIt(state, paragraph - 1) ? 2 : 1))
        return null;
      // (Nor one the sentence names only after it: "the group said the administration …".)
      if (anyBody && (mention.paragraph > paragraph || mention.at >= at)) continue;
      // (Nor the body a person just quoted works for: after "A spokeswoman for Malloy, Colleen
      // Flanagan, said …", "The group said" is not the governor's office.)
      if (anyBody && mention.ref.type !== 'ORGANIZATION') continue;
      // (A new organization the article brought up: "The Bayside Board of Finance said …", then
      // "the board said".)
      // ("Union officials said …" with no article is any union's: not one the graph does not know
      // that the article named in passing.)
      if (mention.ref.id === null) {
        if (mention.ref.type !== 'ORGANIZATION' || !noun.test(mention.ref.name) || definite === undefined)
          continue;
        return { speaker: mention.ref, organizations: [], otherPeople: [], gender: null };
      }
      const organization =
        mention.ref.type === 'ORGANIZATION'
          ? this.entries.get(mention.ref.id)
          : this.activeRoles(mention.ref.id)
              .map((r) => this.entries.get(r.organizationId))
              .find(fits);
      if (!fits(organization)) continue;
      return organizationSpeaks(organization);
    }
    return null;
  }

  /** Whether the people named in `paragraph` are all named in the paragraph before it too (and there are some). */
  private spokeForIt(state: ArticleState, paragraph: number): boolean {
    const people = state.mentions.filter((m) => m.paragraph === paragraph && m.unnamed !== true);
    return (
      people.length > 0 &&
      people.every(
        (m) =>
          m.ref.type === 'PERSON' &&
          state.mentions.some((e) => e.paragraph === paragraph - 1 && sameEntity(e.ref, m.ref)),
      )
    );
  }

  /**
   * "the paper wrote", "the editorial continued": the news outlet (an organization of kind
   * NEWS_OUTLET) the article brought up last. Null when it has brought up none: an outlet the graph
   * does not know is left unattributed rather than guessed.
   */
  private latestOutlet(state: ArticleState): PhraseLink | null {
    const mention = state.mentions.findLast(
      (m) =>
        m.ref.type === 'ORGANIZATION' &&
        m.ref.id !== null &&
        this.entries.get(m.ref.id)?.kind === 'NEWS_OUTLET',
    );
    const outlet = mention?.ref.id == null ? undefined : this.entries.get(mention.ref.id);
    return outlet === undefined ? null : organizationSpeaks(outlet);
  }

  /** The person the article named last (not unnamed) with an active role `wanted` accepts. */
  private latestHolder(
    state: ArticleState,
    wanted: (role: KnownRole) => boolean,
    /** For a person the article introduces: whether the title read around their name fits. */
    wantedNew?: (title: string) => boolean,
  ): PhraseLink | null {
    for (const mention of [...state.mentions].reverse()) {
      if (mention.ref.type !== 'PERSON' || mention.unnamed === true) continue;
      if (mention.ref.id === null) {
        const title = mention.ref.role?.title;
        if (mention.ref.isNew !== true || title === undefined || wantedNew?.(title) !== true) continue;
        return {
          speaker: { ...mention.ref, link: 'title-in-article' },
          organizations: [],
          otherPeople: [],
          gender: mention.gender,
        };
      }
      const role = this.activeRoles(mention.ref.id).find(wanted);
      const organization = role === undefined ? undefined : this.entries.get(role.organizationId);
      if (organization === undefined) continue;
      return {
        speaker: { ...mention.ref, link: 'title-in-article' },
        organizations: [ref(organization, 'name')],
        otherPeople: [],
        gender: mention.gender,
      };
    }
    return null;
  }

  /** The organization a speaker speaks for: from the phrase's title, else from a known role. */
  onBehalfOf(link: PhraseLink, phrase: string): EntityRef | null {
    if (link.speaker === null || link.speaker.type !== 'PERSON') return null;
    if (REPRESENTATIVE_TITLE.test(phrase)) {
      const org = link.organizations[0];
      if (org !== undefined) return org;
      // "Malloy's spokeswoman …": the organization of the person she speaks for.
      for (const other of link.otherPeople) {
        if (other.id === null) continue;
        const role = this.activeRoles(other.id)[0];
        const entry = role === undefined ? undefined : this.entries.get(role.organizationId);
        if (entry !== undefined) return ref(entry, 'name');
      }
    }
    if (link.speaker.role?.organizationId != null && REPRESENTATIVE_TITLE.test(link.speaker.role.title)) {
      const entry = this.entries.get(link.speaker.role.organizationId);
      if (entry !== undefined) return ref(entry, 'name');
    }
    if (link.speaker.id !== null) {
      const role = this.activeRoles(link.speaker.id).find((r) => REPRESENTATIVE_TITLE.test(r.title));
      const entry = role === undefined ? undefined : this.entries.get(role.organizationId);
      if (entry !== undefined) return ref(entry, 'name');
    }
    return null;
  }

  private activeRoles(personId: string): KnownRole[] {
    return this.rolesOf(personId).filter((r) => this.activeAt(r));
  }

  private activeAt(role: KnownRole): boolean {
    return heldOn(role, this.date);
  }

  /**
   * Records the title printed right before a person's name ("Senate Majority Leader", "Deputy
   * Secretary", "Co-Chair"), by its last word and its last two: the words a later "the …" uses.
   */
  private entitleBefore(text: string, at: number, ref: EntityRef, state: ArticleState): void {
    const before = /((?:\p{Lu}[\p{L}.-]*\s+){1,4})$/u.exec(text.slice(Math.max(0, at - 60), at))?.[1] ?? '';
    const words = before.trim().split(/\s+/).filter(Boolean);
    let k = words.length;
    while (k > 0 && isTitleWord(words[k - 1] ?? '')) k -= 1;
    const title = words.slice(k).map((w) => w.replace(/\.$/, '').toLowerCase());
    const head = title.at(-1);
    if (head === undefined || NOT_A_HEAD.has(head)) return;
    // (A title no longer held is not what "the …" means now: "Former Governor John Rowland".)
    const former = title.some((w) => /^(?:former|retired|ex)$/.test(w));
    state.entitle(head, ref, former);
    if (title.length >= 2) state.entitle(title.slice(-2).join(' '), ref, former);
  }

  /** The one person whose title starts with `words` at the article's date, if exactly one. */
  private roleHolder(words: string): Entry | null {
    const wanted = words.toLowerCase();
    const holders = new Set<string>();
    for (const role of this.knowledge.roles) {
      const title = role.title.toLowerCase();
      if ((title === wanted || title.startsWith(`${wanted} `)) && this.activeAt(role))
        holders.add(role.personId);
    }
    if (holders.size !== 1) return null;
    return this.entries.get([...holders][0] ?? '') ?? null;
  }

  private matchAt(
    tokens: RegExpMatchArray[],
    i: number,
  ): { ref: EntityRef; length: number; possessive: number } | null {
    const token = fold(tokens[i]?.[0] ?? '');
    // Looked up as written and without a possessive ("SEBAC's" is SEBAC's first word too).
    const forms = [...new Set([token, token.replace(/'s?$/, '')])].flatMap((first) => [
      ...(this.byFirstWord.get(first) ?? []),
      ...(this.byFirstWord.get(first.toLowerCase()) ?? []),
    ]);
    forms.sort((a, b) => b.words.length - a.words.length);
    for (const form of forms) {
      let possessive = 0;
      const ok = form.words.every((w, k) => {
        let t = tokens[i + k]?.[0];
        if (t === undefined) return false;
        t = fold(t);
        // The last word may carry a possessive ("SEBAC's leadership"): the mention ends before it.
        const suffix = k === form.words.length - 1 ? /'s?$/.exec(t) : null;
        if (suffix !== null && !/'s?$/.test(w)) {
          possessive = suffix[0].length;
          t = t.slice(0, -possessive);
        }
        return form.caseSensitive ? t === w || t === `${w}.` : t.toLowerCase() === w.toLowerCase();
      });
      if (ok) {
        const isName = tokenize(fold(norm(form.entry.name))).join(' ') === form.words.join(' ');
        return { ref: ref(form.entry, isName ? 'name' : 'alias'), length: form.words.length, possessive };
      }
    }
    return null;
  }

  private candidate(text: string, start: number, end: number, entity: EntityRef): Candidate {
    return {
      ref: entity,
      start,
      end,
      possessive: /^'s?\b|^'/.test(text.slice(end, end + 2)),
      afterPreposition: PREPOSITIONS.test(text.slice(Math.max(0, start - 12), start)),
      // The words that describe this mention: just before it, and its appositive after a comma.
      context:
        text.slice(Math.max(0, start - 30), start) +
        text.slice(start, end) +
        (/^,[^,]{0,80}/.exec(text.slice(end))?.[0] ?? ''),
    };
  }

  /**
   * A couple or siblings named with one surname ("Paul and Renee Gagnon"): the first name before
   * "and" is a person of that surname too, so that a later "Paul said" is Paul Gagnon's.
   */
  private partnerBefore(
    text: string,
    start: number,
    words: string[],
    found: Candidate[],
    state: ArticleState,
  ): void {
    if (words.length !== 2) return;
    const before = /(?<![\p{L}'.-])(\p{Lu}\p{Ll}+) and $/u.exec(text.slice(Math.max(0, start - 30), start));
    const first = before?.[1] ?? '';
    if (before === null || !isFirstName(first) || NOT_NAMES.test(first)) return;
    const at = start - before[0].length;
    if (found.some((c) => c.start < at + first.length && at < c.end)) return;
    const name = `${first} ${words[1] ?? ''}`;
    const known = this.candidates(name, state, false).find(
      (c) => c.ref.type === 'PERSON' && c.ref.id !== null && c.start === 0 && c.end === name.length,
    );
    found.push(
      this.candidate(
        text,
        at,
        at + first.length,
        known?.ref ?? this.newPerson(name, text, at + first.length, state),
      ),
    );
  }

  /** A new person by this name alone (a transcript's "Karen:"), the same one each time in an article. */
  personNamed(name: string, state: ArticleState): EntityRef {
    return this.newPerson(name, name, name.length, state);
  }

  /** A person the graph does not know: one proposal per name per article, with the appositive's role. */
  private newPerson(name: string, text: string, end: number, state: ArticleState): EntityRef {
    const existing = state.newPeople.get(name);
    if (existing !== undefined) return existing;
    const entity: EntityRef = {
      name,
      id: null,
      isNew: true,
      type: 'PERSON',
      link: 'new-person',
      role: this.appositiveRole(text, name, end),
    };
    state.newPeople.set(name, entity);
    return entity;
  }

  /** An organization the graph does not know: one proposal per name per article. */
  private newOrganization(name: string, state: ArticleState): EntityRef {
    const existing = state.newOrganizations.get(name);
    if (existing !== undefined) return existing;
    const entity: EntityRef = {
      name,
      id: null,
      isNew: true,
      type: 'ORGANIZATION',
      link: 'new-organization',
      role: null,
    };
    state.newOrganizations.set(name, entity);
    return entity;
  }

  /**
   * The subject of an attribution when it is the whole name of an organization: capitalized words
   * (with "of", "the", "for", "and" between them) that hold an organization's noun. A fronted phrase
   * ("In a statement e-mailed to the Post,"), an article or "our", lower-case words ("state"), and an
   * appositive after a comma are not part of it. Null for anything else ("the merchants").
   */
  private newOrganizationIn(phrase: string, state: ArticleState): EntityRef | null {
    const name = phrase
      .replace(FRONTED_PHRASE, '')
      .replace(/\s*,.*$/s, '')
      .replace(/^(?:(?:but|and|then)\s+)?(?:the|our|its|their)\s+/i, '')
      // (Nor are one or two words in lower case before the name: "the state", "the diocesan
      // Office of Social Concerns", "the nonpartisan Office of Fiscal Analysis".)
      .replace(/^(?:\p{Ll}[\p{L}-]*\s+){1,2}(?=\p{Lu})/u, '')
      // ("Connecticut Valley Hospital's administration said": the body speaks through its office.)
      .replace(
        /'s?\s+(?:executive\s+)?(?:administration|board(?:\s+of\s+(?:directors|trustees|governors))?|leadership|management|officials)$/i,
        '',
      );
    return this.organizationNamed(name, state);
  }

  /**
   * An organization by a whole capitalized name that holds an organization's noun ("Capitol Avenue
   * Merchants Association"), or null. "Office of the Governor" for the Office of the Governor of
   * Connecticut: a shorter form of one known organization's name is that organization, never a
   * duplicate of it; any other name is a new organization.
   */
  private organizationNamed(name: string, state: ArticleState): EntityRef | null {
    const words = name.split(/\s+/);
    if (!ORGANIZATION_NAME.test(name) || notOrganizationWord(words[0] ?? '')) return null;
    if (!hasOrgHead(name)) return null;
    const within = (known: string) => ` ${norm(known).replace(/\s+/g, ' ')} `.includes(` ${name} `);
    const longer = [...this.entries.values()].filter((e) => e.type === 'ORGANIZATION' && within(e.name));
    if (longer.length === 1 && longer[0] !== undefined) return ref(longer[0], 'alias');
    // So is a shorter form of one new organization the article named in full: "the Board of
    // Finance" after "the Southington Board of Finance".
    const named = [...state.newOrganizations.values()].filter((o) => o.name !== name && within(o.name));
    if (named.length === 1 && named[0] !== undefined) return named[0];
    return this.newOrganization(name, state);
  }

  /**
   * The organizations the graph does not know that a sentence names ("… member agencies of the
   * Connecticut Council of Human Service Providers"), with their spans in `text`, so that a later
   * "the Council said" finds one. A name joined to another by "and" counts only from its own first
   * word ("Dorman and the Council" is no organization's name); the words that open a sentence
   * ("The", "In") and a closing possessive are not part of it.
   */
  unknownOrganizationsIn(
    text: string,
    state: ArticleState,
  ): { ref: EntityRef; start: number; end: number }[] {
    const found: { ref: EntityRef; start: number; end: number }[] = [];
    const runs = [...norm(text).matchAll(CAPITALIZED_RUN)].flatMap((run) => bodiesIn(run[0], run.index));
    for (let { name, start } of runs) {
      for (let first = /^(\S+)\s+/.exec(name); first !== null && notOrganizationWord(first[1] ?? '');) {
        start += first[0].length;
        name = name.slice(first[0].length);
        first = /^(\S+)\s+/.exec(name);
      }
      // ("Members of the Connecticut Association of …": what the body is made of is not its name.)
      const part = /^(\p{Lu}\p{L}+)\s+of\s+(?:the\s+)?/u.exec(name);
      if (part !== null && !ORG_HEAD.test(part[1] ?? '') && hasOrgHead(name.slice(part[0].length))) {
        start += part[0].length;
        name = name.slice(part[0].length);
      }
      // (Not a day or month after it: "the Council on Monday.")
      // (A company's "Co." keeps its period.)
      name = name
        .replace(DATE_TAIL, '')
        .replace(/(?<!\b(?:Co|Inc|Ltd))\.$/, '')
        .replace(/'s?$/, '');
      if (!/\s/.test(name)) continue;
      const organization = this.organizationNamed(name, state);
      if (organization !== null && organization.isNew)
        found.push({ ref: organization, start, end: start + name.length });
    }
    // "a group called Connecticut Taxpayers First": a body by any name the sentence says it has.
    for (const m of norm(text).matchAll(CALLED_BODY)) {
      const name = (m[1] ?? '').replace(/\.$/, '');
      const start = m.index + m[0].length - (m[1] ?? '').length;
      if (found.some((f) => f.start < start + name.length && start < f.end)) continue;
      const known = this.candidates(name, state, false).find((c) => c.ref.type === 'ORGANIZATION');
      if (known === undefined)
        found.push({ ref: this.newOrganization(name, state), start, end: start + name.length });
    }
    return found;
  }

  /** "Name, vice president of X," or "X spokesman Name": the title and organization around a name. */
  appositiveRole(text: string, name: string, end: number): ProposedRole | null {
    // An appositive closes with a comma, or opens with an article ("said X, a SEBAC spokesman.");
    // "Tom Bellamy, disagreed." is a verb, not a title.
    const after = /^,\s*((?:a|an|the|another)\s+)?([^,.]{3,120}?)(,|\.|$)/.exec(text.slice(end));
    // "Ruth Kessler, whose town is home to the prison," is a clause about her, not her title.
    const clause = /^(?:who|whose|which|where|when|that)\b/i.test(after?.[2] ?? '');
    // After a name a sentence opens with a preposition for, the comma ends that phrase and the
    // main clause follows: "HARTFORD - For Nguyễn Thị Hoa, the envelope came …" (an appositive
    // there is closed by a second comma: "For Ann Roy, a nurse at the hospital, the …").
    const fronted =
      /(?:^|[.!?]\s+|\s[-\u2013\u2014]\s+)["\u201C]?(?:For|To|With|After|Like|Unlike|Among|Despite)\s+$/.test(
        text.slice(0, text.lastIndexOf(name, end)),
      );
    const apposition = (after?.[2] ?? '').trim();
    const split = /^(.*?)\s+(?:of|at|for|with)\s+(?:the\s+)?(.+)$/.exec(apposition);
    // (An office of something closes the sentence too: "said Gregory Szabo, director of the poll.")
    const ofOffice = OFFICE_NOUN.test((split?.[1] ?? '').trim().split(/\s+/).at(-1)?.toLowerCase() ?? '');
    if (
      after !== null &&
      !clause &&
      (fronted
        ? after[3] === ','
        : after[1] !== undefined || after[3] === ',' || after[3] === '' || (after[3] === '.' && ofOffice))
    ) {
      const title = (split?.[1] ?? apposition).trim();
      const orgText = split?.[2]?.trim() ?? null;
      // (What an office is of, in lower case, is no organization's name but part of the title:
      // "director of the poll", found again as "the pollster".)
      if (orgText !== null && !/\p{Lu}/u.test(orgText))
        return { title: apposition, organizationId: null, organizationName: null };
      if (orgText !== null) return { title, ...this.organizationIn(orgText) };
      // No "of/at/for": only an organization the graph knows ("a SEBAC spokesman"); a capitalized
      // word here is more often a place ("a correction officer in Cheshire").
      const prefixOrg = this.organizationIn(apposition);
      if (prefixOrg.organizationId === null) return { title, organizationId: null, organizationName: null };
      return { title: stripOrg(apposition, prefixOrg), ...prefixOrg };
    }
    const start = text.lastIndexOf(name, end);
    const before = /((?:[\p{Lu}][\p{L}'.]*\s+)*)([\p{Ll}][\p{L} ]*?)\s*$/u.exec(
      text.slice(Math.max(0, start - 80), start),
    );
    if (before !== null && REPRESENTATIVE_TITLE.test(before[2] ?? '')) {
      return { title: (before[2] ?? '').trim(), ...this.organizationIn(before[1] ?? '') };
    }
    // "Groton Mayor Heather Bellamy": an office, and the place before it; so too in lower case
    // ("WNPR Capitol reporter Owen Garrity", "host Lucy Nalband").
    const office =
      /((?:\p{Lu}[\p{L}'.]*\s+)*?)((?:(?:First|Deputy|Vice|Acting|Interim)\s+)?(\p{L}+))\s+$/u.exec(
        text.slice(Math.max(0, start - 80), start),
      );
    if (office !== null && OFFICE_NOUN.test((office[3] ?? '').toLowerCase())) {
      return { title: office[2] ?? '', ...this.organizationIn(office[1] ?? '') };
    }
    return null;
  }

  private organizationIn(s: string): { organizationId: string | null; organizationName: string | null } {
    const state = new ArticleState();
    const org = this.candidates(s, state, false).find((c) => c.ref.type === 'ORGANIZATION');
    if (org !== undefined) return { organizationId: org.ref.id, organizationName: org.ref.name };
    // A number may be part of the name: "Teamsters Local 559", "District 1199".
    const named = /\p{Lu}[\p{L}'.-]*(?:\s+(?:of\s+|the\s+)?(?:\p{Lu}[\p{L}\p{N}'.-]*|\p{N}+\b))*/u.exec(s);
    return { organizationId: null, organizationName: named?.[0] ?? null };
  }
}

function stripOrg(apposition: string, org: { organizationName: string | null }): string {
  return org.organizationName === null
    ? apposition
    : apposition.replace(org.organizationName, '').trim() || apposition;
}

function tokenize(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0);
}

/** Whether a title holds the office word ("State Senator, D-Stonington" holds "senator"). */
function titleHas(title: string, word: string): boolean {
  const words = title.toLowerCase().split(/[\s,()-]+/);
  return words.includes(word) || (FIELD_OF[word]?.some((field) => words.includes(field)) ?? false);
}

/** The field an office noun's holder may be described by instead: "the pollster" is the "director of the poll". */
const FIELD_OF: Record<string, string[]> = {
  pollster: ['poll', 'polling', 'survey'],
  historian: ['history'],
  economist: ['economics', 'economy'],
};

/** Whether a role runs on `day` (ISO dates, null = open); with no day, whether it is still held. */
export function heldOn(role: { since: string | null; until: string | null }, day: string | null): boolean {
  if (day === null) return role.until === null;
  return (role.since === null || role.since <= day) && (role.until === null || day <= role.until);
}

/**
 * The first part of a double surname, "Ortega" of "Luis Ortega Saldaña": the second of three
 * words, when it is no initial, no particle ("Van") and no first name ("Mary Ellen Smith"). Null
 * otherwise.
 */
function firstOfDoubleSurname(name: string): string | null {
  const words = tokenize(norm(name));
  const middle = words.length === 3 ? words[1] : undefined;
  if (middle === undefined || !/^\p{Lu}\p{Ll}{2,}$/u.test(middle) || PARTICLE.test(middle)) return null;
  return isFirstName(middle) ? null : middle;
}

const PARTICLE = /^(?:Van|Von|Der|Den|Del|Della|Des|Las|Los|San|Santa|Saint|Bin|Ibn)$/;

export function surnameOf(name: string): string {
  return tokenize(norm(name)).at(-1) ?? name;
}

function ref(entry: Entry, link: LinkRule): EntityRef {
  return { name: entry.name, id: entry.id, isNew: false, type: entry.type, link, role: null };
}

/** The person a pronoun stands for as a speaker: no one when that person is unnamed. */
function pronounLink(antecedent: Mention | null, gender: Gender): PhraseLink {
  return {
    speaker:
      antecedent === null || antecedent.unnamed === true ? null : { ...antecedent.ref, link: 'pronoun' },
    organizations: [],
    otherPeople: [],
    gender,
  };
}

/**
 * The antecedent of "he"/"she": the latest speaker of the same paragraph, else the latest speaker
 * or sentence subject of the two paragraphs before; the gender must not contradict the pronoun.
 */
export function resolvePronoun(
  state: ArticleState,
  gender: Gender,
  at: number,
  paragraph: number,
): Mention | null {
  // The byline's author is "I" in their own piece, never "he" or "she".
  const isAuthor = (m: Mention): boolean =>
    state.author !== null && (m.ref.id ?? m.ref.name) === (state.author.id ?? state.author.name);
  const compatible = (m: Mention): boolean =>
    m.ref.type === 'PERSON' &&
    m.at < at &&
    !isAuthor(m) &&
    (gender === null || [null, gender].includes(m.gender ?? firstNameGender(m.ref.name)));
  const inParagraph = state.mentions.filter((m) => m.paragraph === paragraph && m.salient && compatible(m));
  if (inParagraph.length > 0) return inParagraph.at(-1) ?? null;
  // Someone the paragraph introduces by name without making them its subject ("the quote of the
  // week goes to Marie Thibodeau, a social worker …. Asked …, she didn't hesitate"), when the
  // first name says the pronoun fits.
  const introduced = state.mentions.filter(
    (m) =>
      m.paragraph === paragraph &&
      !m.salient &&
      m.ref.isNew &&
      m.at < at &&
      gender !== null &&
      firstNameGender(m.ref.name) === gender,
  );
  if (introduced.length > 0) return introduced.at(-1) ?? null;
  const before = state.mentions.filter(
    (m) => m.paragraph < paragraph && m.paragraph >= paragraph - 2 && m.salient && compatible(m),
  );
  if (before.length > 0) return before.at(-1) ?? null;
  // Further back only when one person fits: a profile's "she said" after paragraphs about a man.
  const earlier = state.mentions.filter(
    (m) => m.paragraph < paragraph && m.paragraph >= paragraph - REACH_IF_ALONE && m.salient && compatible(m),
  );
  const people = new Set(earlier.map((m) => m.ref.id ?? m.ref.name));
  if (people.size === 1) return earlier.at(-1) ?? null;
  // Or when one of them is known to fit, the others only not known not to ("Pat from Mystic").
  const fitting = earlier.filter(
    (m) => gender !== null && (m.gender ?? firstNameGender(m.ref.name)) === gender,
  );
  return new Set(fitting.map((m) => m.ref.id ?? m.ref.name)).size === 1 ? (fitting.at(-1) ?? null) : null;
}

/** How many paragraphs back a pronoun finds its person when nobody else of that gender is there. */
const REACH_IF_ALONE = 6;
