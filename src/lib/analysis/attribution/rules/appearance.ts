// "Twitter appears to be heavily used by ISIS." / "Both houses now seem intent on approving a delay." / "Trump
// is expected to deliver a victory speech tonight." / "It appeared that Clinton had won the room." — how things
// look, or what is expected, told with no one named who judges so: the clause is an appraisal the report passes
// on, not a fact it states. The content is the whole clause, its subject included.
import { COORDINATORS, INTRO_WORDS, LY_ADVERB } from '../../lexicons/function-words';
import { REPORTING_VERBS, STANCE_VERBS } from '../../lexicons/reporting-verbs';
import { clauseEnd, trimContent } from '../content';
import { anonymous, type Found } from '../found';
import type { SentenceReader } from '../noun-phrase';
import { wordSet } from '../../lexicons/word-set';

const EXPECTED_RULE = 'appearance/expected';
const LOOKS_RULE = 'appearance/looks';
/** Verbs of appearing (FrameNet's Appearance and Give_impression frames) and the passive of expecting. */
const APPEAR = wordSet('seem seems seemed appear appears appeared');
const EXPECTED = 'expected';
const BE = new Set(['is', 'are', 'was', 'were', "'s", '’s']);
/** Between the subject and the verb: "does not seem", "now appear", "also did not appear". */
const BETWEEN = wordSet('not now also still does do did would may might could will already even only widely generally');
const REFLEXIVES = wordSet('himself herself themselves itself');
/** What follows "seems" when it judges: "to …", "that …", "like …", an adjective ("weak", "intent on"). */
const NOT_AN_APPRAISAL = wordSet('in on at before after as with for from during alongside onstage together');

/**
 * Words of feeling, will or certainty after "seems": "Democrats appeared pleased with Clinton", "he seemed
 * reluctant to". The appraisal is then of the subject's own stance, and the subject holds it. From the lexical
 * units of FrameNet's Emotion_directed, Willingness and Certainty frames.
 */
const ATTITUDES = wordSet(
	'pleased displeased worried concerned unconcerned intent eager keen reluctant determined confident happy ' +
		'unhappy satisfied dissatisfied upset angry frustrated ready willing unwilling aware unaware convinced sure ' +
		'certain unsure uncertain comfortable uncomfortable resigned open opposed inclined',
);

/** Words that open a clause inside the sentence: "… show that the numbers appear …", "… if it appears …". */
const CLAUSE_OPENERS = wordSet('that if because when while although though whether since unless what which who');

/** Where the clause holding token i starts: after an opening adverbial, a semicolon, or ", and"/", but". */
function clauseStart(r: SentenceReader, i: number): number {
	const ts = r.tokens;
	let start = r.afterDateline();
	for (let k = start; k < i; k++) {
		const t = ts[k];
		if (!t) break;
		if (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–' || CLAUSE_OPENERS.has(t.lower)) start = k + 1;
		else if (t.text === ',' && (COORDINATORS.has(ts[k + 1]?.lower ?? '') || ts[k + 1]?.lower === 'then')) start = k + 2;
		else if (t.text === ',' && k - start <= 4 && (INTRO_WORDS.has(ts[start]?.lower ?? '') || k === start + 1)) start = k + 1;
	}
	return start;
}

/** The rule reads only sentences with one of its verbs (find-attributions.ts). */
export const APPEARANCE_TRIGGERS: readonly string[] = [...APPEAR, EXPECTED];

export function appearance(r: SentenceReader): Found[] {
	const ts = r.tokens;
	const out: Found[] = [];
	if (r.s.headline) return out;
	for (let i = 1; i < ts.length; i++) {
		const t = ts[i];
		if (!t) continue;
		const expected = t.lower === EXPECTED && BE.has(ts[i - 1]?.lower ?? '') && ts[i + 1]?.lower === 'to';
		if (!expected && !APPEAR.has(t.lower)) continue;
		const next = ts[i + 1];
		if (!next || NOT_AN_APPRAISAL.has(next.lower) || next.text === ',' || next.text === '.') continue;
		let j = i - 1;
		while (j >= 0 && (BETWEEN.has(ts[j]?.lower ?? '') || LY_ADVERB.test(ts[j]?.text ?? '') || (expected && BE.has(ts[j]?.lower ?? '')))) j--;
		const subject = ts[j];
		if (!subject) continue;
		// "It appears that …", "it seemed as if …": the clause after is the appraisal.
		const it = subject.lower === 'it' && j === clauseStart(r, i);
		const from = it ? ts[next.lower === 'that' ? i + 2 : next.lower === 'as' && ts[i + 2]?.lower === 'if' ? i + 3 : i + 1] : ts[clauseStart(r, i)];
		if (!from || from.start > t.start && !it) continue;
		const stop = ts[clauseEnd(r, i + 1, false)];
		const content = trimContent(r.src, from.start, stop ? stop.start : r.s.end);
		if (!content) continue;
		// "Obama seemed to recognize the significance", "Democrats appeared pleased with Clinton": the subject's
		// own stance, as it looked; it holds it. Otherwise no one is named who judges.
		let w = ts[i + 1]?.lower === 'to' ? i + 2 : i + 1;
		if (ts[w]?.lower === 'be') w++;
		const inner = ts[w]?.lower ?? '';
		// "Obama himself seemed to …": the reflexive only stresses who.
		const subjectEnd = REFLEXIVES.has(ts[j]?.lower ?? '') ? j : j + 1;
		const holder = it ? null : r.resolve(r.np(clauseStart(r, i), subjectEnd));
		const stance = ATTITUDES.has(inner) || REPORTING_VERBS.has(inner) || STANCE_VERBS.has(inner);
		// A person or people who "seem" to think or want something hold that stance; a thing only looks so.
		// What "is expected" of someone is never their own view: "Mr. Lee is expected to resign" names who is talked
		// about, not who expects it.
		const holds = !expected && holder?.entity && holder.kind !== 'document' && (stance || holder.kind === 'person' || holder.kind === 'group');
		const speaker = holder && holds ? holder : anonymous();
		// "is expected to" passes on a forecast someone unnamed makes; "seems" is how it looks to the writer: two
		// shapes that deserve different trust, measured apart.
		out.push({ cue: { start: t.start, end: t.end }, content, verb: null, verbText: t.lower, direct: false, speaker, category: 'appearance', rule: expected ? EXPECTED_RULE : LOOKS_RULE });
	}
	return out;
}
