/**
 * Stage 6: reported speech. A sentence whose subject is a speaker and whose verb is a speech or
 * opinion verb ("Looney said the unions need a few more weeks", "Merrill argued that …") is
 * proposed as a PARAPHRASE of that speaker, with a lower confidence than a quote: the words are
 * the reporter's, and verbs such as "believes" are weaker evidence of what was said.
 */
import { type ArticleState, type Linker } from './entities';
import {
  afterLastComma,
  frontedTitleTail,
  IN_WHICH,
  mediumOf,
  parenthetical,
  SPEECH_VERB,
  subjectPhrase,
} from './attribution';
import { type EntityRef, type Medium } from './types';

const REPORTING_VERB =
  /\b(?:(?:has|had|have|also|later|then|repeatedly|previously|again)\s+)*(?:(?:opened|began|begins|started|closed|ended|finished) by (?:asking|saying|noting|arguing|telling|pointing out)|said|says|say|repeated|estimated|projected|cautioned|recalled|argued|argues|added|told|tells|believes|thinks|insisted|noted|warned|contended|acknowledged|agreed|explained|predicted|stressed|maintained|alluded|reiterated|described|declined|complained|claimed|suggested|urged|called for|called on|pointed out|pointed to|threatened|promised|vowed|wrote|writes|asked|asks|proposed|(?:was|were|is|are) quick to (?:add|say|note|point out)|announced(?=\s+that\b)|confirm(?:ed|s)(?=\s+that\b)|stated(?=\s+that\b)|made (?:it )?clear|(?:replied|responded|answered|countered|conceded)(?=\s+that\b)|questioned(?=\s+(?:why|whether|how|if)\b)|dismissed(?=\s+[^.,;:]{1,60}?\s+as\b))\b/i;

/**
 * Reported speech trailing another clause after a comma: a participle ("…,” Dorman said, adding
 * though that the coalition has just begun …", "… decided to delay the vote, arguing 57 percent
 * …") or a second verb ("…,” he said, but added he doesn't see …"). The report is what follows.
 */
const TRAILING_REPORT =
  /,\s*(?:(?:but|and)\s+)?((?:adding|added|saying|arguing|noting|insisting|warning|explaining|contending|claiming|stressing)(?:\s+though)?)\s+(?:that\s+)?/giu;

/**
 * The offset in `clause` where trailing reported speech begins (at its verb), or null: none, or what
 * follows is quoted or too short to report anything ("…, saying so.").
 */
export function trailingReport(clause: string): number | null {
  for (const m of clause.matchAll(TRAILING_REPORT)) {
    const rest = clause.slice(m.index + m[0].length);
    if (/[\u201C\u201D"]/.test(rest)) continue;
    if (rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 3) continue;
    return m.index + m[0].indexOf(m[1] ?? '');
  }
  return null;
}

/**
 * The attribution that closes a sentence of reported speech: "Ballots will be mailed in August,
 * the coalition's spokesman said." / "…, she wrote." / "…, said Tom Reyes." / "…, according to the
 * Office of Policy and Management." The phrase is the speaker.
 */
const CLOSING_ATTRIBUTION =
  /,\s*(?:(?<before>[^,\u201C\u201D"]{2,60}?)\s+(?:said|says|wrote|writes|added|told reporters)|(?:said|says|wrote|added)\s+(?<after>[^,\u201C\u201D"]{2,60}?)|according to\s+(?<source>[^,\u201C\u201D"]{2,100}?)(?:,\s*(?:a|an|the)\s[^,\u201C\u201D"]{2,80}?)?)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last week))?\s*[.!]?\s*$/u;

/** How many characters at the end of a sentence can hold a closing attribution (see the pattern). */
const CLOSING_TAIL = 200;

/** The speaker phrase closing a sentence of reported speech, or null. */
export function closingAttribution(sentence: string): { phrase: string; at: number } | null {
  // The attribution is in the last words (its parts are bounded), so only they are searched.
  const offset = Math.max(0, sentence.length - CLOSING_TAIL);
  const m = CLOSING_ATTRIBUTION.exec(sentence.slice(offset));
  if (m === null) return null;
  const at = offset + m.index;
  const clause = sentence.slice(0, at);
  // What is reported must be a clause of its own, not a fragment, and not a quote.
  if (/[\u201C\u201D"]/.test(clause) || clause.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 4)
    return null;
  // "…, according to a memo from the Office of Policy and Management": the document's author.
  const phrase = (m.groups?.before ?? m.groups?.after ?? m.groups?.source ?? '').replace(
    /^(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:memo|letter|statement|report|analysis|document|release)\s+(?:from|by|of)\s+/iu,
    '',
  );
  // A speaker is named in a few words; more are a clause. After the verb only a name will do:
  // "Reyes, who met Lima, said the alliance will not sign" is a report led by its own subject.
  if (phrase.split(/\s+/).length > (m.groups?.source === undefined ? 5 : 8)) return null;
  if (m.groups?.after !== undefined && !/^(?:\p{Lu}[\p{L}'.-]*\s*)+$/u.test(phrase)) return null;
  return { phrase, at };
}

/**
 * The first reporting verb of `sentence` from `from`, past any in the passive ("Malloy was asked
 * whether …" and "both were told …" say what others asked or told them, not what they said) and
 * any "say" after "to" or an auxiliary.
 */
function reportingVerb(sentence: string, from: number): RegExpExecArray | null {
  const verbs = new RegExp(REPORTING_VERB.source, 'gi');
  verbs.lastIndex = from;
  for (let m = verbs.exec(sentence); m !== null; m = verbs.exec(sentence)) {
    const passive =
      /^(?:asked|asks|told|tells)$/i.test(m[0]) &&
      /\b(?:was|were|is|are|been|being|be|get|gets|got)\s+$/i.test(sentence.slice(0, m.index));
    // "say" reports only as a present tense after its subject ("Coalition leaders say …"), not
    // after "to" or an auxiliary ("pressed to say whether …", "what he would say to …").
    const bare =
      /^say$/i.test(m[0]) &&
      /(?:\b(?:to|would|will|could|should|can|might|must|may|not|did|do|does)|n['\u2019]t)\s+$/i.test(
        sentence.slice(0, m.index),
      );
    // "who asked not to be named", "declined to give his name": a request about the speaker, not a report.
    const anonymity =
      /^(?:asked|asks|declined)$/i.test(m[0]) &&
      /^\s+(?:not\s+to\s+be\s+(?:named|identified)|that\s+(?:his|her|their)\s+names?\s+not|to\s+(?:give|be\s+named|be\s+identified)|(?:us|me)\s+not\s+to\s+(?:use|print|publish|give)\b)/i.test(
        sentence.slice(m.index + m[0].length),
      );
    if (!passive && !bare && !anonymity) return m;
  }
  return null;
}

export interface Reported {
  /** Null for someone the writer does not name ("One officer … said"). */
  speaker: EntityRef | null;
  onBehalfOf: EntityRef | null;
  medium: Medium;
  confidence: number;
  /** Where the paraphrase begins in the sentence: 0, or the verb of a trailing report. */
  from: number;
}

/**
 * People the writer leaves unnamed as a report's whole subject: "One officer", "Several
 * contractors", "A Department of Correction lieutenant", "Two employees", "Critics inside the unions".
 */
const UNNAMED_REPORTER = new RegExp(
  [
    // "One pilot", "Several crane operators", "Two of the clerks", "Several" alone.
    `^(?:one|several|some|many|most|a few|few|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|other|another|both)(?:\\s+of(?:\\s+(?:the|our|their|them))?)?(?:\\s+[\\p{Ll}'\u2019-]+){0,4}`,
    // "A Department of Correction lieutenant", "Critics inside the unions": a word for a person.
    `^(?:(?:a|an|the)\\s+(?:[\\p{L}'\u2019-]+\\s+){0,4}?)?(?:${[
      'man|woman|men|women|person|people|worker|employee|member|officer|trooper|clerk|nurse|teacher|guard|driver',
      'lawyer|attorney|lawmaker|legislator|resident|retiree|parent|voter|taxpayer|steward|official|staffer|aide',
      'supporter|critic|opponent|organizer|contractor|customer|parishioner|regular|colleague|co-?worker|neighbou?r',
      'lieutenant|sergeant|caller|reader|listener|observer|analyst|source|insider|Democrat|Republican|leader',
    ].join('|')})s?\\b`,
  ]
    .map((opening) => `(?:${opening}(?:\\s+(?:inside|at|from|in|with|of|on|for)\\s+[^,]{1,60})?$)`)
    .join('|'),
  'iu',
);

/** The speaker of a reported-speech sentence, or null when its subject links to no one. */
export function reportedSpeech(
  sentence: string,
  sentenceStart: number,
  paragraph: number,
  linker: Linker,
  state: ArticleState,
): Reported | null {
  // A direct question is the writer's own ("Does the legislature have a say?"), not a report.
  if (
    /^\s*(?:does|do|did|is|are|was|were|will|can|could|should|would|has|have|what|why|how|who|when|where|which)\b[^?]*\?\s*$/i.test(
      sentence,
    )
  )
    return null;
  // "The governor says: Budget director Ben Barnes said …": a section's label, then a report with
  // its own speaker, who is the one reporting.
  const section = /^\s*[\p{L}' ]{2,30}?\s(?:says|say):\s+(?=\p{Lu})/u.exec(sentence);
  if (section !== null && SPEECH_VERB.test(sentence.slice(section[0].length))) {
    const inner = reportedSpeech(
      sentence.slice(section[0].length),
      sentenceStart + section[0].length,
      paragraph,
      linker,
      state,
    );
    if (inner !== null) return { ...inner, from: inner.from + section[0].length };
  }
  // "According to Priya Raman, a steward with …, half the members favored a new vote."
  const according = /^\s*According to\s+([^,]+(?:,\s*(?:a|an|the)\s[^,]+)?),/i.exec(sentence);
  if (according !== null) {
    const linked = linker.linkPhrase(according[1] ?? '', state, sentenceStart, paragraph);
    if (linked.speaker !== null) {
      return {
        speaker: linked.speaker,
        onBehalfOf: linker.onBehalfOf(linked, according[1] ?? ''),
        medium: 'UNKNOWN',
        confidence: 0.5,
        from: 0,
      };
    }
  }
  // "The next round is expected Thursday, according to the Office of Policy and Management."
  const closing = closingAttribution(sentence);
  if (closing !== null) {
    const linked = linker.linkPhrase(closing.phrase, state, sentenceStart + closing.at, paragraph);
    if (linked.speaker !== null) {
      return {
        speaker: linked.speaker,
        onBehalfOf: linker.onBehalfOf(linked, closing.phrase),
        medium: mediumOf(sentence.slice(closing.at)),
        confidence: linked.speaker.link === 'pronoun' ? 0.4 : 0.5,
        from: 0,
      };
    }
  }
  // "Asked about the letter, Ojakian said …": the opening participle is the reporter's question;
  // the reporting verb is the one after it.
  const asked = /^\s*Asked\b[^,]*,/.exec(sentence);
  const skip = asked === null ? 0 : asked[0].length;
  const found = reportingVerb(sentence, skip);
  // The verb leads the sentence, or comes later set off by commas after a pronoun ("…, he said, …").
  const verb =
    found !== null &&
    (found.index <= 160 ||
      (/,\s*(?:he|she|they)\s+$/i.test(sentence.slice(0, found.index)) &&
        /^\s*,/.test(sentence.slice(found.index + found[0].length))))
      ? found
      : null;
  // No reporting verb leads the sentence: the report may trail its clause ("SEBAC's leadership
  // decided to delay the vote, arguing …"); the subject is then that clause's.
  const trailing = verb === null ? trailingReport(sentence) : null;
  if (verb === null && trailing === null) return null;
  // "Malloy's office declined comment": a refusal with nothing in it to paraphrase, unless the
  // sentence goes on to report words ("declined to comment on … but said the governor …").
  const declined = verb === null ? null : /^declined\s+(?:to\s+)?comment\b/i.exec(sentence.slice(verb.index));
  if (verb !== null && declined !== null) {
    const rest = sentence.slice(verb.index + declined[0].length);
    if (!REPORTING_VERB.test(rest)) return null;
  }
  const subjectEnd = trailing ?? verb?.index ?? 0;
  // "Malloy turned the question over to Barnes, who said …": the relative clause's own verb
  // reports the words of the person it hangs on.
  const relative =
    /(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}),\s+who\s+(?:also\s+|then\s+)?$/u.exec(
      sentence.slice(0, subjectEnd),
    );
  // The report of the one `phrase` names, or null when it names no one.
  const reportOf = (phrase: string): Reported | null => {
    const named = linker.linkPhrase(phrase, state, sentenceStart, paragraph);
    if (named.speaker === null) return null;
    return {
      speaker: named.speaker,
      onBehalfOf: linker.onBehalfOf(named, phrase),
      medium: mediumOf(sentence),
      confidence: 0.5,
      from: 0,
    };
  };
  if (relative !== null && verb !== null) {
    // "… reached Michael Merrill, dean of the … Center at Empire State College in New York, who
    // said …": when the phrase before "who" names no one, the clause hangs on the person the
    // appositive describes.
    const described =
      /(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){1,3}),\s+\p{Ll}[^,]*,\s+who\s+(?:also\s+|then\s+)?$/u.exec(
        sentence.slice(0, subjectEnd),
      );
    const report = reportOf(relative[1] ?? '') ?? (described === null ? null : reportOf(described[1] ?? ''));
    if (report !== null) return report;
  }
  const subject = sentence
    .slice(trailing === null ? skip : 0, subjectEnd)
    // An interview's "A. " or "Q. " opening the paragraph is a label, not part of the subject.
    .replace(/^\s*[AQ][.:]\s+/, '')
    .replace(/^\s*(?:but|and|so|yet|still|meanwhile|however)[,\s]+/i, '')
    // A relative clause is not the subject: "Republicans, who were not part of the talks between the
    // administration and the unions, said …" is the Republicans' report, not the administration's.
    .replace(/,\s*(?:who|which|whose)\b[^,]*,/gi, ',');
  // Quote marks in the subject make it no plain report, unless they are in a phrase fronted before
  // it: "In an editorial under the headline "Counting Until Yes," the Journal Inquirer said …".
  const titled = /[\u201C\u201D"]/.test(subject) ? frontedTitleTail(subject) : null;
  if (titled !== null) return reportOf(titled);
  if (subject.trim() === '' || /[\u201C\u201D"]/.test(subject)) return null;
  // "… a statement the governor's office issued, in which the administration said it was ready
  // …": the report is the subject's after "in which".
  const inWhich = IN_WHICH.exec(subject);
  if (inWhich !== null) {
    const report = reportOf(inWhich[1] ?? '');
    if (report !== null) return report;
  }
  // "She voted yes in June and said she would vote yes again": the verb's subject is the one
  // opening its first verb phrase.
  const coordinated =
    verb === null
      ? null
      : /^\s*((?:[Hh]e|[Ss]he|[Tt]hey)|(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}?\p{Lu}[\p{L}'\u2019-]*)\s+\p{Ll}+[^,]*\s+and\s*$/u.exec(
          subject,
        );
  if (coordinated !== null) {
    const report = reportOf(coordinated[1] ?? '');
    if (report !== null) return report;
  }
  // "Malloy was touring the aquarium, and reporters who had followed him asked him about the
  // letter": a clause joined by ", and" after a verb has its own subject, and the report is its.
  const joined = /^(.*\b(?:was|were|is|are|had|has|have|did|does|\p{L}+ed)\b.*),\s+and\s+([^,]+)$/iu.exec(
    subject,
  );
  // ("…, and he told members …" is the person the first clause names.)
  const own = (joined?.[2] ?? '').replace(/\s+(?:who|which|that)\s.*$/i, '');
  if (joined !== null && verb !== null && !/^(?:he|she|they)\b/i.test(own)) return reportOf(own);
  // "Velez ran three of them in DOT garages, and he said …": the name opening the first clause.
  const firstClause =
    verb === null
      ? null
      : /^\s*((?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}'\u2019-]*)\s+\p{Ll}[^,]*,\s+and\s+(?:he|she)\s*$/u.exec(
          subject,
        );
  if (firstClause !== null) {
    const report = reportOf(firstClause[1] ?? '');
    if (report !== null) return report;
  }
  // A parenthetical attribution: "On Aug. 19, she said, she finally threw it away."
  const aside =
    verb === null
      ? null
      : parenthetical(
          subject,
          sentence.slice(verb.index + verb[0].length),
          linker,
          state,
          sentenceStart,
          paragraph,
        );
  // A clause before the subject ("On Friday union spokesmen …") is fine; a whole sentence is not,
  // unless a parenthetical names the speaker ("The wage freeze … struck many officers as a bad
  // trade, he said, particularly after …").
  if (aside === null && subject.split(/\s+/).length > 25) return null;
  const afterComma = afterLastComma(subject, 6);
  // The report first and its speaker after it, the verb closing the sentence ("Ojakian will
  // respond to the letter by Friday, Flanagan said in an email."): the speaker is the name after
  // the last comma, not one inside the report.
  const endsWithVerb =
    verb !== null &&
    afterComma !== null &&
    /^(?:\s+[\p{L}'\u2019-]+){0,5}\s*[.!?]?\s*$/u.test(sentence.slice(verb.index + verb[0].length));
  const last =
    endsWithVerb && afterComma !== null
      ? linker.linkPhrase(afterComma, state, sentenceStart, paragraph)
      : null;
  let linked =
    last?.speaker != null
      ? last
      : (aside?.link ?? linker.linkPhrase(subjectPhrase(subject), state, sentenceStart, paragraph));
  // A phrase fronted before the subject ("Speaking to reporters in Waterbury on Thursday, he said
  // …"): the subject is what follows its last comma.
  if (linked.speaker === null && afterComma !== null)
    linked = linker.linkPhrase(afterComma, state, sentenceStart, paragraph);
  if (linked.speaker === null) {
    // Someone the writer does not name ("One officer, who asked not to be named, said …", "Several
    // contractors said …"): a report all the same, left unattributed at low confidence.
    if (!UNNAMED_REPORTER.test(subject.replace(/[\s,]+$/, ''))) return null;
    return {
      speaker: null,
      onBehalfOf: null,
      medium: mediumOf(sentence),
      confidence: 0.3,
      from: trailing ?? 0,
    };
  }
  const weak = trailing !== null || /believes|thinks|alluded|described|declined/i.test(verb?.[0] ?? '');
  let confidence = weak ? 0.4 : 0.55;
  if (linked.speaker.link === 'pronoun') confidence = Math.round((confidence - 0.1) * 100) / 100;
  return {
    speaker: linked.speaker,
    onBehalfOf: linker.onBehalfOf(linked, subject),
    medium: mediumOf(sentence),
    confidence,
    from: trailing ?? 0,
  };
}
