/**
 * Stamped on every suggestion, so a reviewer (and the audit trail) knows which rules proposed it.
 * Bump it when the rules change what they propose: v1 was the first pipeline (dd0a801); v2 the
 * rules of 2026-11-30, after fifteen evaluated sets (docs/ingestion.md); v3 adds the stage that
 * learns issues from the graph's reviewed statements (learned.ts); v4 the attribution and
 * scare-quote rules from the fourteenth to eighteenth blind sets' misses; v5 reads a cue told as
 * the other side's act ("they changed the rules") as a grievance, ends an attempt's condition at
 * its consequence's modal, leaves a negator inside a cue to that cue, keeps a loose match in one
 * clause, and adds the attribution rules from the twentieth blind set's misses; v6 reads transcripts
 * (a speaker's label opens the answer), lets a quote take up the sides its speaker's statement
 * just before took, counts touching cues of one side once, reads disputed names, a bare "no",
 * "regret" and granted imperfection, and adds the attribution rules from the twenty-second blind
 * set's misses; v7 adds those from the twenty-third's (first names, names said in quotes,
 * statements read or quoting someone, unnamed spokespeople, a release going on, long headlines); v8
 * those from the twenty-fourth's (radio callers by first name and town, "As X put it", "Then she",
 * a woman named further back), reads a repeated paragraph label that names no one ("Update:") as
 * a heading, a condition followed by "I'm for it" as a promise, and "anyone who tells you …" as
 * the other side's claim; v9 lets the learned stage turn a side the cues read to the other one
 * when the reviewed statements read that other side with little doubt, and gives reported speech
 * in a clause joined by ", and" to that clause's own subject, reads "was quick to add", "has made
 * clear", "announced that" and "according to X, the …" as reported speech, "isn't a plan" as a
 * dismissal and a topic after "beats" or "better than" as refused (from the twenty-sixth blind set); and, from the
 * twenty-fifth's, names after "known … as" and titles after "titled", a verdict after "called it",
 * a direct question as the writer's, and a subject after fronted phrases; v10 reads broadcast
 * transcripts (labels in capitals, narrators apart) and question-and-answer interviews ("A." is
 * the interviewee's), gives "the paper wrote" and "the editorial said" to the news outlet brought
 * up last, "what it called" to the organization opening the sentence, "the Times" to the
 * organization whose name ends so, and a document's words to the author named "from" or "by"
 * after it, and ends a fronted phrase outside quote marks (from the twenty-seventh and
 * twenty-eighth blind sets); and, from the twenty-ninth's, reads letters to the editor (each
 * sentence its signer's), a person's gender from a kinship noun and kept once shown, a surname
 * shared by two people as the one not called by first name, a report's speaker named after it before a closing
 * verb, and "no." as a sentence end unless a figure follows; and, from the thirtieth's, a quote
 * after "X, who has accused … of" as X's, "describing" and "reported" as speech verbs, a longer
 * phrase after "what X called" as a verdict, and a whole-sentence quote as the next sentence's
 * subject's; v11, from the thirty-first and thirty-second blind sets' misses, reads "like" as a
 * judgement only as a verb, a want to know as no want, "deserve" as a want, "are we really going
 * to" and "what's the point of X if Y" as refusals, "X, not Y" as Y refused, a fault word inside a
 * loose match ("the same bad deal") as refusing it, ", even if" as a turn and "saves" as "save";
 * and speech verbs in the present tense, an unnamed subject after "But", a local title kept out of
 * a new name, leagues and cities out of the people, the person a relative clause describes, "it
 * said" as the organization last the subject, and a text "from" its author; and, from the
 * thirty-third's, a word quoted between a determiner and its noun and a title after "the headline
 * of …:" as no statements, a report in a second verb phrase ("… and said …"), curly single marks
 * as outer quotes where a paragraph has no double ones, and no borrowed speaker for a quote said
 * by someone unnamed; and, from the thirty-fourth's, "the Norwalk Republican" as the person last
 * the subject, an unnamed subject after a fronted place, a name beside a title that is someone
 * else's alias, no report in a heading in capitals, and "call the agreement "a …"" as a verdict;
 * and, from the thirty-fifth's, a new sentence at "Name added that …" after a quote ending in a
 * period, clergy titles kept out of new names, and a topic answered by mock praise ("Oh,
 * terrific.") as refused; and, from the thirty-sixth's, "urging" as a speech verb, no name opened
 * by "If" or another clause word, a harm denied ("Nobody loses a pension") as speaking for the
 * topic, a cue after "dressed up as" as refused, and "a matter for the coalition" as no side;
 * v12 lets the learned stage weigh who says a statement (the speaker as a feature) and add an
 * issue from probability 0.3, and, from the thirty-seventh and thirty-eighth blind sets' misses,
 * reads an editor's note naming the writer as a byline, "I must have said", an initial or an
 * unnamed secretary as someone unnamed, "what he described as", a relative clause past an
 * appositive, ", and X said" after a reported clause, "his answer was,", a text message sent, a
 * follow-up question in an exchange, "X all you want", "what a layoff does to", "that's on him"
 * and an order after a condition; and, from the thirty-ninth and fortieth's, a quote running on
 * into the reporter's clause, a pronoun after "Asked whether …,", "He voted no and said …", "in
 * his words," and ranks of several words ("Trooper First Class"); v13, from the forty-first to
 * forty-fourth's misses, reads a transcript printed with labels in capitals (a magazine's Q&A,
 * whose untitled interviewer only asks, and a hearing, where every titled speaker's turn counts;
 * a first-person paragraph before the next label goes on with the turn), a pronoun after "Asked
 * whether <someone> …," as the subject rather than the one asked about, a man's first name over a
 * possessive "her" in his appositive, a quoted nickname inside a name (Raymond "Butch" Szabo) as
 * neither part of it nor a statement, "reminded" as a speech verb, and someone's kin opening a
 * sentence ("Their daughter, Ana, 19, …") as someone unnamed; v14, from the forty-fifth to
 * forty-eighth's misses and the speaker misses left in the earlier sets, reads a roundup's and a
 * live blog's labels ("Daniel Livingston, chief negotiator for the coalition: "…"", "12:25 p.m. —
 * House Minority Leader …, on Twitter:"), a dialogue's turns, "in which X said", "calling X "…""
 * and "referring to X as "…"", "It asked …"/"It closes:" after a letter, "The governor's answer
 * was that …", "Afterward he", a subject past a fronted participle's appositives ("Touring …
 * with state Sen. …, D-…, the governor said"), a hyphenated title ("Secretary-Treasurer"), and
 * someone who asked not to be named, or an unnamed subject of the verb before a quote, as
 * unattributed; and the texts of signs, pamphlets, documents set off by commas, a recurring
 * column's name and numbered section headings as no statements; and, from the forty-ninth to
 * fifty-second's, a transcript's "Host:" as the host the article names, an interview's answers as
 * the person the publication spoke with, a colon hand-over in the present tense, ""…," it said"
 * after an emailed statement, "X's answer, in full:", two people of one surname told apart by
 * the pronoun after "X said", a business's name as no person, and signs "reading", chants and
 * sticky notes as no statements; and, from the fifty-third to fifty-sixth's, a TV script's
 * caption ("SUPER: NAME / TITLE") as the next sound bite's speaker, a nickname the article gives
 * someone ("whom everybody has called "Butch""), and an email's subject line, a letter's heading
 * and a case caption as no statements; v15, from the fifty-seventh to sixty-fourth's misses, reads
 * a broadcast turn's label after a time stamp or a tag ("[00:00:58] DORMAN:", "(VIDEO) GOV. …:"),
 * a debate host's questions as statements, a guest's unlabelled run-on paragraph, testimony's
 * questions and answers as the lawyer's and the witness's, an oral history's credit lines
 * ("MOISES PADILLA, vice president, …:"), a radio script's cut marked "(DORMAN)", readers'
 * reactions signed on their paragraph's last line, an interviewer whose question runs on past its
 * question mark, a fact-check's "WHO SAID IT:" field, a section's label before a report with its
 * own speaker ("The governor says: Barnes said …"), a list's bulleted roundup labels,
 * "From the coalition's statement:", a release "answered with", "It said" after a possessive
 * document, a recorded message that says who speaks ("This is Moises Padilla, …"), a double
 * surname, clergy titles and "Retired" before a rank, "X ran …, and he said", a fronted time
 * before a participle, a plural subject's example ("Others, like Kowalczyk,"), a caller "in" a
 * town, "the union" as an organization of that kind, and a subject's gender from the pronoun that
 * refers back to them or from their first name; it no longer cuts a name at a long sentence's
 * reading limit, nor takes a sign's quoted words, a nickname someone is called by, someone
 * unnamed after "said one veteran Democrat", or a name later in a sentence about someone unnamed
 * for a speaker, and reads a title with a year in it, or after a handout or "book is", as no
 * statement; v16, from the seventy-third to ninety-second sets' misses, reads both of a couple
 * named with one surname ("Paul and Renee Gagnon"), a first-person writer's "my uncle" or "my dad"
 * as the relative introduced by that word, a printed transcript whose labels in capitals are
 * surnames or full names of people the article names ("ARPIN:", "SEN. BICKFORD:", "DANNEL P.
 * MALLOY:"), answers labelled with initials ("RA:"), a speech printed under its speaker's name on
 * a line of its own, a thread of posts by username, a call-in column's messages signed with a town
 * alone, a quote inside a transcript's turn that the turn gives to someone else, printed matter and
 * memos as their publisher's words ("The booklet was published by …", "a memo sent … by …"),
 * respondents known by first name and age, and callers by first name and what they do ("Tom, an
 * accountant with …", "Marisol, who lives in …"), a short form of a first name ("Stan" after
 * Stanley Wojcik), someone first known by one name then named in full, British single quotes
 * running on into the next paragraph, and "answers" or "remarks" after a quote; and no longer
 * takes a roundup's "THE DAY, New London" for a letter's signature, a letter's sentence quoting
 * someone else for the signer's own words, or a username's organization for its author; v17 reads
 * paragraphs set in after a colon as a block quote ("… he said in a statement:") and, from the
 * ninety-third to ninety-sixth sets' misses, gives a one-name speaker the full name the article
 * reveals later ("she gave her full name, Karen Szymanski"), a quote left to the reader to the name
 * given after it ("That's Donna Pelletier, who …"), someone who gives only a first name that name,
 * a document quoted passage by passage under its noun as a label ("THE LETTER: …") to whoever the
 * article said issued it, and a pronoun to the subject of a last clause after ", and" or to whom
 * the writer asked ("I put that to …"); and reads "One EnCon officer, who asked me not to print
 * his name" as someone unnamed, a diary's opening verb ("Told Marisol …") as no name and "Cornwall
 * Bridge" as a place; and, from the ninety-seventh to hundredth sets', reads someone else's relative
 * introduced by name ("His brother, Stanley Sobczak,") as who a later "his brother said" means and
 * "Torrington High" as a school, and no longer takes a survey's name lines heading what the story
 * quotes them saying ("Sen. Andrew Maynard, D-Stonington") for a letters page's signatures; v18,
 * from the hundred-and-first to hundred-and-fourth sets' misses, reads the quotes under a
 * transcript label that names no one as any other quote (they were dropped with the label),
 * "confirmed that" as reporting, a quote in a second "that" clause of a report as the reporter's
 * ("… said that "…" and that the coalition would have more to say "…""), a message read out
 * "from" someone ("from Luis Ortega in New Britain:") as theirs, "I'm" and a full name as a
 * self-introduction, and "what its spokeswoman, Jennifer Okafor, called "…"" as her words; and no
 * longer takes "I'm Ray" for a surname the article gives, a road ending in Turnpike, Highway,
 * Parkway or Boulevard for a person, nor gives ""I'm Denise. …"" to someone of another name; v19,
 * from the hundred-and-fifth to hundred-and-eighth sets' misses, reads a transcript's labels after
 * a time stamp ("[00:01:12] WALTER BRZEZINSKI:") or with a role after the name ("BEN BARNES, OPM
 * SECRETARY:"), an answer running on over paragraphs up to the next label, a TV web story's
 * "CAPTION: NAME / TITLE" over its sound bite, a student's year before a name as a title ("Senior
 * Jacob Ferreira"), a double surname's first part as its holder ("Ortega" after "Luis Ortega
 * Saldaña"), a newsletter's letters under their section heading, signed with a nickname or with
 * the writer in parentheses, and a letter's "I told my son, "…"" as the writer's; v20, from the
 * hundred-and-ninth to hundred-and-twelfth sets' misses, reads a printed text exchange ("9:14
 * p.m. — Denise: …"), a radio script's sound bites by their cues ("SOT (Malloy): …") and its
 * out-cues as none, an email printed with its header as its sender's words, "quotes him as
 * saying", a quote credited after a dash to a "Flyer handed out by" someone, a relative clause
 * after a long appositive, and a candidate's party before the name
 * ("Republican Daniel Fortier"); takes a byline only where it opens its paragraph, a kinship noun
 * after "his" deep in an appositive for the man's relative, and a roundup's quote signed with a
 * name-and-party line as one quote, not a letter; and reads as no statement the terms of a list,
 * a slogan, a name someone was "introduced as", what someone "titled her address", a title-case
 * ballot line and what posters "promise", nor registers a slogan in quote marks as a person; v21,
 * from the hundred-and-thirteenth to hundred-and-sixteenth sets' misses, reads a call-in show's
 * labels with the caller's town ("GARY (PRESTON):") as that caller, a transcript's "CALLER:" as
 * someone unnamed whose turns are still statements, a fronted clause after a time ("This summer, as
 * …, Tierney was …") as not the subject, no one named after an opening "he" as the sentence's
 * subject, and a nickname of two words someone is known by ("Big Walt") as that person; v22, from
 * the hundred-and-seventeenth to hundred-and-twentieth sets' misses, reads an interview's answers
 * under bold labels ("**A:**") and under numbered questions with no label, given to the one person
 * the introduction names twice when no sentence says who was interviewed, a letter printed in full
 * from its salutation to its closing as its signer's words, and a label naming the host in
 * parentheses ("HOST (RUTH ANN KESSLER):") or a guest's party, town or job there; v23 reads a
 * reprinted thread's numbered, timed post ("3. (10:09 a.m.) Barnes: "…"") as a colon hand-over and
 * an arbitrator's, a mediator's or an auditor's title as no part of the name; v24 reads a quote
 * that runs on into the next post of such a thread, after its number and time, and a post's label
 * that puts the words to someone ("Co-chair Rep. Teresa Sokolowski (D-Hamden) to Barnes: "…""); v25,
 * from the hundred-and-twenty-fourth set's misses, reads a reader known by first name and town
 * after a comma ("Karen, from Hamden,") or by a job at a named employer ("Rosa, a Department of
 * Motor Vehicles clerk") as a new person of that name; v26 proposes an organization the graph does
 * not know as a speaker when its whole capitalized name says it is one ("the Connecticut Conference
 * of Municipalities said", "AFSCME Council 4 said"), links a shorter form of one known
 * organization's name to it ("the Office of the Governor"), and no longer makes a person of a name
 * ending in Conference, Society, Chamber, Caucus or the like; v27 also remembers such an
 * organization where the article only names it ("a bulletin for members of the Connecticut Council
 * of …"), so a later "the Council said", "the association's board said", "the group wrote" (in the
 * same paragraph) or "It said" (after it opened the sentence before) is its; v28, from the
 * hundred-and-twenty-fifth to hundred-and-twenty-eighth sets' misses, reads a roundup's label in
 * capitals on a line of its own ("LARRY DORMAN, SEBAC spokesman, in a statement:") as the speaker of
 * the quotes under it, two bodies named together ("the Southington Board of Education and the
 * Southington Board of Finance") as two, a shorter form of one ("The Board of Finance") as it, a
 * body speaking through its administration or board ("Connecticut Valley Hospital's administration
 * said"), "the hospital", "the college", "the league" and the like as the body of that kind the
 * article named last, and "the group" only for one brought up in this paragraph or the one before,
 * and before the words that name it; v29 leaves what someone does out of a new name ("Lobbyist
 * Patrice Dunleavy") and gives a pronoun after a fronted clause ("When I read Wrobel's line to
 * McCracken, she laughed") to the one person there whose first name fits it; v30 no longer takes
 * someone with a known person's surname and another first name ("Cathy Malloy, the governor's
 * wife", "Sue Dorman, a nurse") for the known person, but proposes them as new; v31, from the
 * hundred-and-twenty-ninth to hundred-and-thirty-second sets' misses, reads a known name written
 * with accents ("Moisés" for Moises Padilla), and no longer makes a new person of the end of an
 * abbreviation ("S. Navy"), of the rest of a title "of" something ("Superintendent of Schools Brian
 * Hatch") or of a body's last words after "and" ("… Emergency Services and Public Protection"), nor a
 * body of "Local 387 President Raymond Kozlowski"; v32 reads an office in lower case before a name
 * ("WNPR Capitol reporter Owen Garrity") as that person's title, gives "the reporter", "the
 * correspondent", "the columnist", "the anchor", "the attorney" and "the lawyer" to the person the
 * article named last with that title, and takes a quoted title after a day's possessive ("On
 * Wednesday's "All Things Considered,"") for a program's name, not someone's words; and gives
 * letters printed in quote marks, each signed under it after "--" with a title and a town ("--
 * Gary Ruggiero, Highway Maintainer II, Colchester"), to their own signers; and reads a signed cue told as befalling people in the passive
 * ("when a caseworker gets laid off, her caseload doesn't disappear", "I was laid off in 1991") as
 * a harm told (OPPOSE), not as support for the act; from the hundred-and-thirty-third to
 * hundred-and-thirty-sixth sets' misses, it gives commenters' words to their screen names ("wrote
 * NorwichNurse", "a reply from bookworm_in_bristol:", "a reader posting as Sgt_Retired"), counts a
 * Senate or an Assembly as a body ("the Southern Connecticut State University Faculty Senate"), and
 * gives "the statement reads" to the body that voted to adopt or passed it, past a dateline or a
 * fronted clause; reads a name around a nickname of two or three words ("Ray "Big Tuna"
 * Kowalczyk"), and "Gov. Dannel P. Malloy's office" as the office where the person named holds a
 * role; gives the words around "Whatever Weintraub decides, Mendes said, …" to Mendes (a person
 * inside an opening subordinate clause is not the subject); and after "At 11:40 a.m., Ostrowski's
 * number was called." a "he" goes on with Ostrowski; remembers a body whose name holds a title
 * word ("Connecticut Association of Retired State Employees") or is given with what it is made of
 * ("Members of the …"), and hears it through its "board of directors" past an aside ("The
 * association's board of directors, in a resolution adopted June 28, said"); takes a name in title
 * case between an owner or a determiner and its noun (its monthly "Eggs & Issues" breakfast) and a
 * word after "one word:" for no one's statement, makes no person of a phrase in quote marks of its
 * own (a "Vote No Again" flyer), and ends a sentence after "Plan C." ("Plan", "Option", "Part" …
 * before a letter make it no initial); and gives words quoted inside a report, after a participle
 * of speech ("…, telling reporters on Monday that the vote exposed "a bylaw problem …""), to the
 * report's speaker when no rule gave them to anyone; and gives a quote paragraph under "[26:40]
 * Voicemail from Deb, a state agency clerk in Norwich." to the caller it names. v33, from the
 * misses left in the hundred-and-thirty-third to hundred-and-thirty-sixth sets and those of the
 * hundred-and-thirty-seventh to hundred-and-forty-fourth: a company named with its suffix
 * ("Central Valley Transit Co.") is the company when named without it or as "the company"; "the
 * credit union" and other bodies by a word and their noun; "The credit union's board took the same
 * line …, saying it" reads the body; screen names in small letters after "wrote", with digits
 * after "this from"; words quoted for what they mean ("… really means", "could mean"), a question
 * quoted as what something is, "the words "clarify" and "renegotiate"", a program after "edition
 * of", a nickname after "call him", words a crowd chanted, and words after "the second vote" read
 * as what they are; a readers' mailbag (signed questions) is no interview, and its answers are the
 * columnist's; "Q. My", "Would Mr." open no name; "Mrs. Furtado" is the wife introduced as "his
 * wife, Lúcia,"; "repeated", "thanked", "warning", "noting", "insisting", "predicting" and
 * "cautioning" are speech verbs; a coordinated "… and added that" takes the subject of the lead's
 * own verb; a name after ", but" opening a clause, and a title's possessive ("The governor's first
 * answer …"), are the topic a "he" goes on with; "Tom" finds "Thomas" (familiar forms); a
 * document written as one letter ("Dear Neighbor, … Sincerely, ¶ Name") is its signer's; "a group
 * called X" is a body, and "the group" reaches it past a paragraph where only its own speaker
 * talks; "the branch", bodies named in the plural; a verdict after "called the agreement a"; reported speech of someone
 * unnamed ("One officer, who asked not to be named, said …") is proposed unattributed; a
 * week-in-quotes page's credit lines under its quote paragraphs; longer labels in capitals over a
 * web story's sound bites, with narration after a bite closed in its marks; a radio script's "ACT:
 * MALLOY -- :16"; the reply to a quote that addressed someone by first name; a document's passage
 * pointed at by "The key passage:" is the words of whoever set it out "in a June memo"; and stance reads a
 * topic let go on ("Let the layoffs stand") as wanted and a last resort in quote marks
 * (layoffs are "the only tool left in the drawer") as accepted. v34, from the misses of the
 * hundred-and-forty-fifth to hundred-and-fifty-second sets: stance reads "7,500" and "$1.6" as one
 * number (no clause ends at their comma or point), a topic "voted for" as wanted and one named as
 * "the alternative" as held up to be avoided; a memoir's dialogue (its writer from an editor's note
 * with a nickname inside the name, turns by nickname and first name, "I told him" and "he said" not
 * ending the turns where the writer is one of the two); "Delegate", "Bro.", "Sis.", "Pres." and
 * "Co-chairs" are titles; verse set off by slashes is no statement; a printed message under its
 * sender and time ("Denise, 4:41 p.m.: "…""); minutes' "stated that"; "the majority leader" is the
 * one person the article named with that title; "the memo says" finds a writer named past an
 * appositive; someone unnamed at an organization speaks for no one; a live chat's log ("[12:03]
 * NorwichMom62: …"); words quoted in a report that no attribution gave anyone are the report's
 * speaker's; names in a broadcast host's opening turn are registered; bylines after a column's name
 * or with a credit, the writer with her first name's gender; "His answer, …, is worth reprinting in
 * full:"; "asked me not to print his name"; a nickname someone "is still" to everybody; remarks
 * read out by someone else; the last word given to someone ("I will give Madison the last word:");
 * and up to eight words after "titled" or "the subject line", or a chart's title under "CHART 2:",
 * are a title. v35, from the misses of fresh153 to fresh156: a Vietnamese name is read family name
 * first (Thị a woman's, Văn a man's middle name), so "Ms. Hoa" is Nguyễn Thị Hoa; a title whose
 * gender the first name does not show stands in no one's way; a participle opening a sentence
 * ("Following …") is no name; no role is read from the clause after a fronted "For <name>,"; "he"
 * after fronted phrases is the subject of coordinated verbs ("he looks … and says,"); the name
 * after a description ("A graduate student …, Marisol Quiñones, pressed …") is the subject; the
 * one a question was put to answers next; an occupation before a familiar first name
 * ("Parishioner Ray Gagnon") and "Grand Knight" are titles; a body named after words in lower case
 * ("the diocesan Office of Social Concerns") speaks; "Service" makes a name a body's; "the group"
 * is only a body the article named; straight marks inside curly ones are a quote within the quote;
 * a forum's screen name tied to a name once is that person again; short quote paragraphs after one
 * that tells of chanting are a chant; and a reader-questions column's "A." answers, none in the
 * first person, are the paper's writing, not an interviewee's words. A report after a quote's
 * closing period starts a sentence of its own ("… February." Leclerc said the administration
 * should …"); a quote opening in lower case after a reported clause's comma is partial; and
 * "questioned why" and "dismissed … as" report speech. From fresh157 to fresh160: a transcript's
 * label may carry the speaker's job and town the first time ("Karen, correction officer,
 * Montville:"), and a label that is a first name alone is a new person of that name; a deposition's
 * questions are the lawyer's named above them ("BY MR. TIERNEY:") and its answers the deponent's
 * ("The deposition … is of Raymond Costa"); "Greater" opens a place; someone unnamed may work at a
 * body named before the noun ("A Department of Children and Families social worker"), and "…,"
 * offered a young man' leaves him unnamed, with his "he added"; "T-shirt" is no name; and a host's
 * line in italics ends the turn before it. From fresh161 to fresh164: one person the article names,
 * answering a board's or an interviewer's "Q:" under their surname in capitals ("MAYNARD:"), is
 * that person; a word or two said to stand for someone ("“She” is Gail Ferreira"), a word said to
 * be a word ("“clarify” is a handy word"), a dictionary's senses and what a word "turns out to
 * mean" are mentioned, not said. From fresh165 to fresh168: a magazine's interview with its
 * questions in bold ("**Then why did it fail?**") and the answers unlabelled below them; and a
 * statement set out in full below "Here's the governor's statement in full:" is the governor's.
 * From fresh169 to fresh172: "went on" before a comma or a period is a speech verb (""…," the
 * negotiator went on."). v36, from the earlier sets' misses read again: a relative introduced by
 * first name alone takes the family's surname, as readers give it ("The Gagnons' daughter, Emily,"
 * is Emily Gagnon; "his wife, Lúcia," the surname of the man named last), and a later surname alone
 * is still the one named in full. From fresh173 to fresh176: a text printed below a paragraph that
 * says whose it is, without quote marks ("Her speech is printed below as delivered."), is its
 * owner's, paragraph by paragraph, the editors' notes in brackets ("[Applause]") left out; a
 * preposition opening a sentence ("Above Kamińska's counter") is no first name; and an office of
 * something in lower case closing its sentence ("said Gregory Szabo, director of the poll.") is a
 * title, found again as "the pollster" (likewise a historian, an economist); a comment read out
 * is from the one a viewer posts as ("It came from a viewer posting as Dave Kowalczyk of
 * Enfield:"), also past a clause about the sender; a network's letters before a narrator's role
 * ("DANA HOLLOWAY, CNN ANCHOR:") keep it a narrator's, and a source's label may give a title and
 * an organization ("ANDREW MATTHEWS, PRESIDENT, CONNECTICUT STATE POLICE UNION:"); the low
 * opening mark of Polish and German („…”) opens a quote; and a proverb, with its translation in
 * parentheses after it, is no statement; "the senator" after "One senator, walking to the
 * garage, …" is that unnamed senator, not one the article named; "The man in the Whalers cap" is
 * someone unnamed in a sentence that names no one, and "a.m." before "The" ends a sentence; a
 * "he said" standing for someone unnamed keeps the quote unattributed, and the quote after it in
 * the paragraph too. From fresh177 to fresh180: a title "for" something before a name ("Vice
 * Chancellor for Finance Robert Kellerman"; chancellor, provost, trustee and regent are titles),
 * and initials run together are one word ("Thomas “T.J.” Brennan", "H.C. Wilcox"), a nickname
 * inside a name; "the 16-year-old from Norwalk" is the person a pronoun there would be;
 * someone who asked not to be named is the speaker, not a body an aside names ("One usher, who
 * asked not to be named because she works at the Office of Policy and Management, said …"), and
 * one who "did not give his name" stays unnamed; a blog's "Posted by Nora Brandt on Saturday, …"
 * is a byline. From fresh181 to fresh184: a transcript labelled by the initials the article gives
 * someone in parentheses ("Interviewer: Karen Whitcomb (KW)"); a family the article says it calls
 * by first name ("the Tavareses are referred to by first name") gives its surname to one
 * introduced by first name alone; and a nickname the speaker says they are called ("Everybody
 * calls me ‘Big Ron’") is no one new; a radio script's clip cue in brackets ("[CLIP 1: MALLOY —
 * :13]") names the clip's speaker past its in-cue line, and the in- and out-cue lines ('IN: "I
 * want to thank..."') are no statements; a relative after someone else's possessive name ("who is
 * married to Lambrou's sister") says nothing of the person's gender. v37, from fresh185 to fresh188:
 * an email signed with initials ("D.") ends there, and a reply's lines quoting the email before it
 * ("> …") are no statements; no new name runs over a line break ("To: Rick Santangelo" over "Cc:");
 * a poster introduced by a screen name ("a user called DOCLifer88 wrote", "A poster called
 * BylawsMatter answered:") is that name, and a post is the person the name is later said to be
 * ("Rt9Plowman is Brian Tetreault"); a nickname "the Senator" the regulars know someone by is
 * that person; a name given as someone's only name ("would give only his first name, Declan",
 * "identified only as Kevin") is a new person whether or not the name list knows it; the one a
 * response came from ("That drew the sharpest response of the night from Santiago.") is who "she
 * said" next; a letter from a body told up to its quote ("a letter from the Department of
 * Transportation thanking Brennan for "…"") is the body's; and "Congregation Ohev Chesed" is a body,
 * "the congregation" again.
 */
export const PIPELINE_VERSION = 'ingest v37';
