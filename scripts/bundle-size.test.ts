// Budget guard for the analysis engine, which loads only where analysis runs (the analysis worker of the make,
// play and print pages, the build, the command line). Issue 14's target: 60 KB gzip. Now 90,019 B (87.9 KB);
// Vite's own minifier (oxc) ships the same code about 3 KB smaller. Each group's share, as the gzip it saves when left
// out: word lists 17.7 KB, the reading of one report (entities, speakers, quotes, noise) 15.1, the comparison
// 16.7, attribution 10.8 and its rules 9.4, hedge rules 7.2, loaded 4.2, calibration 0.9. The lists are one
// string each and gzip near their entropy, and the code without a string in it is 46 KB: 60 KB means cutting
// more than the whole comparison, or the lists and the hedge rules the accuracy targets rest on. So this guard
// only stops growth: a change that adds bytes makes room for itself or says in its commit why it needs them
// (86 KB since 2026-11-26: rules that stopped wrong keys on HuffPost reports and on the PolNeAR who-said questions,
// about 900 B; attribution recall, 460 B; names absent from the other report, 340 B; the loaded senses, 190 B.
// 86 KB again after the same day's next session: rules that stopped wrong keys found by reading 1,396 questions
// built from the PTC articles (a named lawyer after "X’s lawyer", "of the law firm of", "Speaker of the House", sayings in a condition or
// denied, "said the same", "told jokes", a clock time read as a colon, "in charge of", "known as", "as it may
// sound", a second participle after "and", "which" after a place), about 1.2 KB; and 1.9 KB saved by module order
// alone, the word lists imported first and side by side (index.ts) and the rules that read them next
// (analyze.ts), so gzip's 32 KB window finds their shared words (1.8 KB), and the hedge rules' explanations
// written once instead of quoted again in each (0.1 KB). An import order that spreads the lists out again costs
// that back). 86.5 KB in the evening session of the same day: a pasted social-media post read as its author's, not
// the reporter's (about 280 B), and a charge passed on no firm claim in the hedge drift (80 B). 87,773 B after the
// size session that followed (the same output byte for byte, 354 B less): thirteen imports of find-attributions,
// compare-reports, find-hedges and find-verdicts moved to where gzip finds their modules' words again (about 340 B;
// no further move of one import anywhere saves 12 B), and code nothing in the bundle used (25 B). The guard is that
// figure and 300 B (88,073 B): a change that needs more says why in its commit and raises it. 89,088 B (87.0 KB)
// at that session's end, for rules made against wrong keys read on text no rule was made against (1.2 KB in all):
// the PolNeAR questions (a post's signature, verbs of saying used for something else, a party's member before a
// name, a passive's subject, "Republicans in Congress"), attribution recall (290 B), speakers (230 B) and the
// comparison read on twenty PolNeAR pairs of two outlets each (250 B); the same session's size and speed work saved
// 400 B. 89,700 B (87.6 KB) at the end of the session after (21:05 UTC), for rules made against wrong keys read on
// text no rule was made against and for attribution on both halves of the corpus: the PolNeAR missing-voice
// questions and a HuffPost pool (a possessor before a body, "some Democratic strategists", a saying denied,
// "continue" with no quotation, an answer after a question, a quoted title before a name, "Christian" as a given
// name, a name quoted whole with its comma, "who" after a role in a place or body; about 260 B), speakers (attr14:
// a common noun's possessive and a participle before a paper in the speaker's phrase, a participle clause opening
// on a preposition, the giver of an interview after "according to", a thing's name after "called"; 192 B) and
// recall (attr15: a paper's finding with no "that", a poll named before a comma, "he’s"/"they’re" before a
// participle, "another Democrat"; 194 B); then "aides to" someone speaking as themselves (40 B): 89,760 B; then
// people named by whom they serve or where they work in any tense, never the place or person after the preposition
// ("Aides to Clinton say", "officials at the Pentagon said", "sources close to Mr. Hale say", "one official at the
// Pentagon said"; attr16, 92 B); and one person kept as the one a report has called "Mrs. Clinton" when another
// of that surname is named nearer (cmp13's compare/names.ts, 58 B): 89,860 B (87.8 KB). Then, for the comparison
// read on four more NYT/Fox pairs held out until their reading was written (cmp14): a full name taken for a person
// when the other report gives it a title, and an epithet of place and party further on in a sentence (164 B);
// and a quotation its cue splits across two sentences read as one passage, and compared by its first part
// (attr18, 238 B): 90,246 B (88.1 KB); then speakers on both halves (attr17, 198 B): a lone surname after a full
// name is that person, a name after "the" or before a role and its holder qualifies a noun, a pronoun's gender
// learned from those named before it, "…,” he said going on past names in quoted words or in what the speaker
// passed on, and a participle opening the sentence read as the main subject's: 90,469 B (88.3 KB); then, read on
// the PolNeAR source-kind questions (qread1, 140 B): "“…,” Ann Cole of the Harbor Trust said" gives the words to
// the person before "of the"; a dateline in capitals left out of the words said after it ("JERUSALEM - …,
// officials said"); a later clause after "though" not read as the speaker ("…,” Ryan said on CNN, though he
// said"); "boasts a lead", "asserting a religious objection" read as holding or invoking a thing, not as a
// saying: 90,614 B (88.5 KB); then a quotation split inside one sentence by "said" and the speaker after it
// ("“A,” said Ann Cole, the mayor, “and B.”") read as one passage, and "“A,” Cole said of a plan that included …"
// read as hers, not the clause's (attr19, 127 B): 90,736 B (88.6 KB); then the review's one helper for a
// quotation reopened after a comma in cue-after.ts (−31 B): 90,705 B. The next session (2026-11-27, early):
// a figure only one report gives marked only-in (cmp17, 200 B); two quotations of one remark that part for good
// and a word of degree as a change (cmp15, 235 B); pronouns resolved only when the report shows they fit and a
// paper keeping its maker's name (attr20, 133 B); labels after an owner's pronoun and before a body's name, and a
// list item told from a label (cmp16, 243 B); promises and pledges as stances and a clause without "that" after
// a verb that takes it (attr21, 192 B); a sentence that says what someone is, and a title with "of" before a name
// (cmp19, 198 B); a remark quoted at two lengths (cmp18, 463 B): 92,401 B; "criticize" a plain verb of judging,
// its list exported for the quiz (20 B): 92,421 B (90.3 KB), the guard 92,430 B. 93,135 B (91.0 KB) after the
// session of 27 November, for attribution shapes read wrong or not at all and found on the corpus pairs' missing
// sources (a titled person whose name is a place, "wrote Ms. Lane last week that", a date between speaker and verb,
// "quipped that"; about 420 B), and for the comparison (an acronym with full stops is the same word as without;
// "Co-Chairwoman" a title; "known for …" a label; a guess with "appears" no unheard voice; about 290 B).
// The guard 93,140 B. Then 93,221 B: a capital in a label is a name's word, not a verb of saying ("the United
// States Senate", "Secretary of State"), a report or memo put out is a setting ("issued a report Tuesday claiming"),
// not one answered ("pushed back on a report claiming"), and "after the Pentagon issued …" a clause of its own
// (86 B). Then 93,385 B: words someone "was quoted as saying", "is shown saying" or "was heard telling aides", before
// or after them, are theirs (164 B). Then 93,422 B: a short line above a first paragraph of several sentences is
// the headline, not a section label, so a one-word headline keeps the lede's sources (37 B). Then 93,452 B: seven
// verbs of harsh judging among the emotive stances ("assailed", "belittled", "berated", …; 30 B). Then 93,459 B: a
// quotation cued by a short lead of its own ("The cameraman replies, “…”") is not carried on as the last speaker's,
// and words added between two runs in common make a changed wording only with meaning on both sides (qread7, 8 B,
// the two written to share what the checks beside them already compute). The guard 93,460 B.
import { describe, expect, it } from 'vitest';
import { bundleSize } from './bundle-size';

describe('browser bundle budget', () => {
	it('keeps the analysis engine within 93,460 B gzip, 91.3 KB (issue 14 asked for 60 KB: not yet met)', async () => {
		const { gzip } = await bundleSize('src/lib/analysis/index.ts');
		expect(gzip).toBeGreaterThan(5 * 1024); // the engine really was bundled, not an empty file
		expect(gzip).toBeLessThanOrEqual(93_460);
	});
});
