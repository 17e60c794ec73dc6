/**
 * Stage 1b: which quoted phrases are statements. Scare quotes, titles and nicknames ("Plan B",
 * voted "yes", a so-called "poison pill") are not: a phrase of one or two words with no speech
 * verb in its sentence, or right after a naming word (signed "A Norwich nurse."), a noun phrase of
 * up to four words inside a sentence with no speech verb, or a title-case phrase with no speech verb.
 */
import { SPEECH_VERB as SPEECH_VERB_CASED } from './attribution';
import { wordCount } from './quotes';

/** A speech verb in any case: a sentence may open with it ("According to Looney, …"). */
const SPEECH_VERB = new RegExp(SPEECH_VERB_CASED.source, 'i');

const NAMING =
  /\b(?:so-called|introduced(?: (?:him|her|it|them))? as|(?:titled|entitled|headlined) (?:his|her|their|its|the|a) [\p{L}-]+|call(?:s|ed|ing)?(?: it| this| that| him| her| them| me| us)?|dubbed|named|nicknamed|titled|entitled|known(?: [^"\u201C,.;]{1,60})? as|labeled|labelled|branded|termed|signed(?: only)?|(?:program|show|series|podcast|column|newsletter|book|film|documentary|document|report|study|booklet|brochure|handout|pamphlet|flyer|flier|guide|summary|FAQ|memo),|(?:book|handout|guide|summary|memo|FAQ)(?: is| was)|subject(?: line)?|headed|captioned|(?:pamphlet|booklet|brochure|flyer|flier|leaflet|handbook)|(?:this|last|next|each|every) (?:week|month|year|day)['\u2019]s|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday)['\u2019]s|the (?:words?|terms?|phrases?)(?: [\u201C"][^\u201C\u201D"]{1,30}[\u201D"],? (?:and|or))?|(?:edition|episode|installment|segment|broadcast) of|(?:one|a|the|that|this|single) (?:word|term|phrase|label):|slogan|voted|(?<!\b(?:the|a|an|this|that|its|their|our|his|her|every|first|second|third|new|next|last|final|another) )vote|cast|marked|read|reads|headlined|(?:the|a) (?:headline|heading|title)|(?:the|a|its|their|his|her) (?:headline|heading|title) of (?:the |a |its |their |his |her )?[\p{L}\s-]{1,40}:)(?:\s+(?:the|a|an))?\s*$/iu;

/**
 * "called it", "calls this", "calling that", "call the agreement": what follows may be a verdict
 * rather than a name.
 */
const CALLED_IT =
  /\bcall(?:s|ed|ing)? (?:it|this|that|him|her|them|me|us|(?:the|their|its|his|her) [\p{L}-]+(?: [\p{L}-]+)?)$/iu;

/** "called the agreement a", "calls it an": a verdict follows, its article outside the quote marks. */
const CALLED_IT_A =
  /\bcall(?:s|ed|ing)? (?:it|this|that|him|her|them|(?:the|their|its|his|her) [\p{L}-]+(?: [\p{L}-]+)?) (?:a|an)$/iu;

/**
 * "what he called", "what the governor's office calls", "what its spokeswoman, Jennifer Okafor,
 * called": the words that follow are the speaker's verdict.
 */
const WHAT_CALLED = /\bwhat (?:[\p{L}'\u2019-]+,? ){1,5}call(?:s|ed)$/iu;

/** What follows a short quote that is spoken: its attribution or a conjunction, not a noun. */
/** The small words a title leaves in lower case. */
const TITLE_MINOR = /^(?:of|the|a|an|and|or|in|on|for|to|at|by|with|v\.|vs\.|et|al\.,?)$/;

const FOLLOWS_SPEECH =
  /^\s+(?:he|she|they|we|i|it|you|said|says|say|and|or|but|is|was|were|are|to|from|as|in|on|at|for|with|of|one|came|comes|again|instead|twice|both)\b/i;

/**
 * What a sign says ("a sign that read "…"", "a sign over the urn: "…""), and each further text in a
 * list of them ("signs that read "A" and "B"").
 */
const SIGN =
  /\b(?:placards?|signs?|banners?|posters?|t-shirts?|shirts?|buttons?|stickers?|billboards?|chants?|(?:sticky|post-it)\s+notes?)\b(?:[^"\u201C]{0,60}\b(?:read|reads|reading|said|says|saying|proclaimed|proclaims|promised?|promises|declared?|declares|announced?|announces)\s*:?|[^"\u201C,]{0,40}(?::|\s\u2014|\s--))(?:\s*[\u201C"][^\u201C\u201D"]*[\u201D"]\s*,?\s*(?:and|or)?)*$/i;

/**
 * Why the quote is not a statement, or null when it is one. "Vote" names a ballot's answer (vote
 * "no") but not as a noun: "called the vote "a responsible step"" quotes the speaker.
 */
export function notAStatement(quoted: string, before: string, sentence: string): string | null {
  const words = wordCount(quoted);
  // The reporter's words right before the quote, without the opening mark.
  const lead = before.replace(/[\s\u201C"]+$/, '');
  const named = NAMING.test(lead);
  // "She called it "a nonstarter."": a verdict with "a" after "called it" is the speaker's word
  // for the thing, not its name ("calling it "the pink-slip summer."" names it).
  // So is a phrase of three words or more after "what X called": "keep their eyes on what he called
  // "the only off-ramp left"" ("what his staff calls "Plan B"" still names).
  const verdict =
    (/^(?:a|an)\s/i.test(quoted) && CALLED_IT.test(lead)) ||
    // (Or with the article outside the marks: called the agreement a "short-term patch".)
    (words >= 2 && CALLED_IT_A.test(lead)) ||
    (words >= 3 && WHAT_CALLED.test(lead));
  // A name or a label is short; "called the new vote "the best chance anyone is going to get"" is
  // the speaker's words.
  if (!verdict && words <= 4 && named) return 'named or titled phrase';
  // After "titled", "headlined", "captioned" or "the subject line", up to eight words of any case
  // are the title they name: a spreadsheet titled "Plan B layoff scenarios (v3).", an email under
  // the subject line "Where do we go from here."
  if (words <= 8 && /\b(?:titled|headlined|captioned|subject line)\s*$/i.test(lead))
    return 'a title or subject line';
  // What a placard, a sign or a T-shirt says is no one's statement, however long; nor is a slogan.
  if (SIGN.test(lead)) return 'the words of a sign';
  // (So is a proverb or a saying, and its translation in parentheses after it: "an old proverb:
  // „Bez pracy nie ma kołaczy” (“Without work there is no cake”)".)
  if (
    /\b(?:slogan|motto|catchphrase|tagline|rallying cry|proverb|adage|maxim|(?:a|an|the|old|familiar) saying)\s*:?(?:\s*[\u201E\u201C"][^\u201C\u201D"]{1,120}[\u201C\u201D"]\s*\()?$/i.test(
      lead,
    )
  )
    return 'a slogan';
  // A chart's or a table's title under its label: "CHART 2: "Same ballots, new math."".
  if (/\b(?:CHART|GRAPH|FIGURE|FIG\.|TABLE|GRAPHIC|MAP)\s*\d*\s*:\s*$/.test(lead)) return "a chart's title";
  // What a crowd chants or sings ("waved signs and chanted "Whose state? Our state!"").
  if (/\b(?:chant(?:ed|ing|s)?|sang|sing(?:ing|s)?)(?:\s+(?:again|together|loudly))?\s*,?:?$/i.test(lead))
    return 'a chant';
  // Verse, its lines set off by slashes ("Fourteen unions, that's the law / Fifteen voted, four
  // said naw."): a song, a rhyme or a poem quoted, not someone's statement.
  if (/\S \/ \p{Lu}/u.test(quoted)) return 'verse';
  const after = afterQuote(sentence, quoted, before);
  // Words quoted for what they mean ("so "a majority of state employees" really means …", "said he
  // expects to be transferred, but that "transferred" could mean a 90-minute commute") are
  // mentioned, not said, whatever the sentence's verb.
  if (
    words <= 8 &&
    /^[\s,]*(?:(?:really|actually|simply|just|only|usually)\s+)?(?:(?:could|can|would|might|may|will|does|did|doesn['\u2019]t|didn['\u2019]t)\s+(?:not\s+)?(?:really\s+|actually\s+)?|turns?\s+out\s+to\s+)?(?:means?|meant)\b/i.test(
      after,
    )
  )
    return 'a phrase quoted for its meaning';
  // So is a word said to be a word ("“clarify” is a handy word for a negotiator"), and a
  // dictionary's senses ("Merriam-Webster's senses include “to free of confusion” and …").
  if (
    (words <= 2 &&
      /^[\s,]*(?:is|was)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:word|term|phrase|euphemism|verb|noun)\b/iu.test(
        after,
      )) ||
    (words <= 6 && /\b(?:senses?|definitions?)\s+(?:include|includes|are|is)\b[^.;]{0,80}$/i.test(lead))
  )
    return 'a word mentioned, not said';
  // A word or two opening the sentence as the subject of "is" ("“She” is Gail Ferreira of
  // Ellington, …") names what the words stand for; nobody says them.
  if (words <= 2 && before.trim() === '' && /^[\s,]*(?:is|was)\s+\p{Lu}\p{Ll}/u.test(after))
    return 'a phrase quoted for what it stands for';
  // With no speech verb in the sentence, so are words said to refer to something, and a question
  // quoted as the complement of "is" ("It isn't "How did you vote?" It's "What happens to my
  // loan?"").
  if (!SPEECH_VERB.test(sentence.replace(/[\u201C"][^\u201D"]*[\u201D"]/g, ' '))) {
    // ("Her statement that "nothing has changed" referred to the schedule" quotes her.)
    if (
      words <= 8 &&
      !/\bthat$/i.test(lead) &&
      /^[\s,]*(?:(?:really|actually|simply|just|only|usually)\s+)?(?:refers\s+to|referred\s+to|stands\s+for)\b/i.test(
        after,
      )
    )
      return 'a phrase quoted for its meaning';
    if (
      /\?$/.test(quoted) &&
      /\b(?:is|isn['\u2019]t|was|wasn['\u2019]t|it['\u2019]s|that['\u2019]s)$/i.test(lead) &&
      !/\p{L}/u.test(after)
    )
      return 'a question quoted as what something is';
  }
  // Short phrases quoted one after another ("“Solid,” “Mostly Solid,” “Shaky” and “Hollow.”") are
  // the terms of a list; two quotes in a row can still be someone's words.
  if (words <= 3 && inTermList(sentence, before.length)) return 'a term in a list';
  const outside = sentence.replace(/[\u201C"][^\u201D"]*[\u201D"]/g, ' ');
  // A sentence that is nothing but the quote ("Clarify, yes," he said. "Renegotiate, no.") is
  // someone's words, however short.
  if (before.trim() === '' && !/\p{L}/u.test(outside)) return null;
  // "Called" introduces a speaker's words ("called the new vote "the best chance anyone is going
  // to get"") more rarely than a label ("called the deal a "giveback""): it counts for long quotes.
  // So do "dubbed", "termed", "branded" and "labeled", which name things even more often.
  const naming = outside.replace(/\b(?:dubbed|termed|branded|labell?ed)\b/gi, ' ');
  const speech =
    verdict || SPEECH_VERB.test(words <= 4 ? naming.replace(/\bcall(?:ed|s)\b/gi, ' ') : outside);
  if (words <= 2 && !speech) return 'scare quote (one or two words, no speech verb)';
  // Nor is one someone is called by: "a mechanic who calls his wife "Mari," said …".
  if (
    words === 1 &&
    /^\p{Lu}/u.test(quoted) &&
    /\bcall(?:s|ed|ing)?\s+(?:his|her|their|my|our|your)\s+\p{L}+$/iu.test(lead)
  )
    return 'a nickname';
  // A nickname inside a name ("Local President Raymond "Butch" Szabo opened …") is no one's words.
  // (Initials are one: Thomas "T.J." Brennan.)
  if (
    (words === 1 || /^(?:\p{Lu}\.){2,3}$/u.test(quoted)) &&
    /\p{Lu}[\p{L}'.-]*$/u.test(lead) &&
    /^\s+\p{Lu}/u.test(after)
  )
    return 'a nickname inside a name';
  // A word quoted between a determiner and the noun it qualifies ("defended their "no" votes",
  // "the "yes" side") is mentioned, not said.
  if (
    words === 1 &&
    /\b(?:the|a|an|their|our|his|her|its|my|your)$/i.test(lead) &&
    /^\s+\p{Ll}/u.test(after) &&
    !FOLLOWS_SPEECH.test(after)
  )
    return 'a word quoted as a modifier';
  // So is a name in title case between an owner or a determiner and its noun: the chamber's
  // "Eggs & Issues" breakfast, its monthly "Eggs & Issues" breakfast.
  const titleCase = quoted
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w))
    .every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_MINOR.test(w));
  if (
    words >= 2 &&
    words <= 4 &&
    titleCase &&
    !/[.?!,]$/.test(quoted) &&
    /(?:\b(?:the|a|an|their|our|his|her|its|my|your)|\p{L}['\u2019]s)(?:\s+(?:\p{Ll}+ly|annual|new|latest|first|second|final|own|so-called))?$/iu.test(
      lead,
    ) &&
    /^\s+\p{Ll}+\b/u.test(after) &&
    !FOLLOWS_SPEECH.test(after) &&
    !/^\s+(?:that|which|who|if|when|because|so|than|then|now|not|no|by|about|after|before|toward|towards|into|over|under|through|\p{Ll}+ly|\p{Ll}+ing)\b/u.test(
      after,
    )
  )
    return 'a name quoted as a modifier';
  // A short noun phrase inside a sentence that no one speaks ("around the complex, it is simply
  // "the Livingston letter."") names something; "called the vote "a responsible step"" quotes.
  if (
    !verdict &&
    words <= 4 &&
    /\S/.test(before) &&
    /^(?:the|a|an)\s/i.test(quoted) &&
    !SPEECH_VERB.test(naming)
  ) {
    return 'name (a short noun phrase, no speech verb)';
  }
  const capitalised = quoted.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const minor = TITLE_MINOR;
  // After a naming word ("under the headline") a title may be longer, end with the sentence's own
  // period inside the marks, and stand in a sentence someone speaks ("He said he had handed out a
  // flyer titled "Know the Facts Before You Vote"").
  if (
    (!speech || named) &&
    words <= (named ? 12 : 6) &&
    capitalised.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || minor.test(w)) &&
    (!/[.?!]$/.test(quoted) ||
      named ||
      (!speech && words >= 2 && afterQuote(sentence, quoted, before).trim() === ''))
  ) {
    return 'title (title case, no speech verb)';
  }
  return null;
}

/** A run of three short quoted phrases or more, with only commas, "and" or "or" between them. */
const TERM_LIST = /(?:[\u201C"][^\u201C\u201D"]{1,30}[\u201D"](?:\s*,)?\s*(?:(?:and|or)\s+)?){3,}/gu;

/** Whether the quote opening at `at` in the sentence is one of a run of terms (TERM_LIST). */
function inTermList(sentence: string, at: number): boolean {
  for (const run of sentence.matchAll(TERM_LIST))
    if (run.index <= at && at < run.index + run[0].length) return true;
  return false;
}

/** The sentence's words after the quote and its closing mark. */
function afterQuote(sentence: string, quoted: string, before: string): string {
  const at = sentence.indexOf(quoted, before.length);
  return at < 0 ? '' : sentence.slice(at + quoted.length).replace(/^[\u201D"]/, '');
}
