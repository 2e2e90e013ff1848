// A number given roughly or as a bound: "about 1,200 people", "at least 40 killed", "roughly $5 million",
// "nearly £400,000", "more than half", "an estimated 3,000". The exact count is not given, often because it
// is not known. Not hedges: a span of time the report can know ("nearly five years", "more than 40
// minutes"), rounded rather than guessed; a year ("around 2010"); "about" meaning "on the subject of"
// ("talk about one of them"); an approximator with no number after it ("almost certainly").
import { ABOUT_TOPIC_BEFORE, APPROXIMATORS, FUNCTION_WORDS, NUMBER_WORDS, ONE_AS_NUMBER, TIME_UNITS } from '../lexicons/hedges';
import { at, endOf, found, isCapital, isWord, startOf, type HedgeRule, type Tokens } from './sentence';
import { wordSet } from '../lexicons/word-set';
import { YEAR } from '../lexicons/function-words';

const CURRENCY = /[$£€¥₹]/u;
const SCALE: ReadonlySet<string> = wordSet('million billion trillion thousand hundred bn m k percent per cent dozen');
/** How many words after the number may name its unit: "almost 12 straight years" has one between. */
const UNIT_REACH = 2;

type Bound = 'round' | 'under' | 'floor' | 'ceiling' | 'estimate';
const BOUND: Readonly<Record<string, Bound>> = {
	about: 'round',
	around: 'round',
	approximately: 'round',
	roughly: 'round',
	some: 'round',
	nearly: 'under',
	almost: 'under',
	close: 'under',
	at: 'floor',
	more: 'floor',
	upwards: 'floor',
	fewer: 'ceiling',
	less: 'ceiling',
	up: 'ceiling',
	as: 'ceiling',
	estimated: 'estimate',
	an: 'estimate',
};

function explain(bound: Bound, money: boolean): string {
	const thing = money ? 'sum' : 'number';
	switch (bound) {
		case 'round':
			return ` gives the ${thing} roughly; the exact figure is not given.`;
		case 'under':
			return ` gives a round figure the real ${thing} is just under; the exact figure is not given.`;
		case 'floor':
			return ` gives a lowest figure; the real ${thing} may be higher, and is not given.`;
		case 'ceiling':
			return ` gives a highest figure; the real ${thing} may be lower, and is not given.`;
		case 'estimate':
			return ` says the ${thing} is an estimate, not a count.`;
	}
}

/** The index of the last token of the number starting at q ("40,074", "5 million", "two-thirds"), or -1 if none starts there. */
function numberAt(s: Tokens, q: number): number {
	let t = at(s, q);
	if ((t === 'a' || t === 'an') && NUMBER_WORDS.has(at(s, q + 1))) t = at(s, ++q);
	if (/^\d/.test(t)) {
		// Thousands are split by the comma into tokens: "40", ",", "074".
		while (at(s, q + 1) === ',' && /^\d{3}/.test(at(s, q + 2)) && startOf(s, q + 1) === endOf(s, q)) q += 2;
	} else if (!NUMBER_WORDS.has(t) || (t === 'one' && !ONE_AS_NUMBER.has(at(s, q + 1)))) return -1;
	while (SCALE.has(at(s, q + 1))) q++;
	return q;
}

export const approximator: HedgeRule = {
	triggers: [...APPROXIMATORS.keys()],
	read(s, i) {
		const word = at(s, i);
		const rest = APPROXIMATORS.get(word) ?? [];
		if (rest.some((w, k) => at(s, i + 1 + k) !== w)) return null;
		const last = i + rest.length;
		const q = last + 1;
		const end = numberAt(s, q);
		if (end < 0) return null;
		// "talked about two options" is a topic; "said about 30 shots were fired" a count: figures are counts.
		if (word === 'about' && !/\d/.test(at(s, end)) && ABOUT_TOPIC_BEFORE.has(at(s, i - 1))) return null;
		const money = CURRENCY.test(s.text.slice(endOf(s, last), startOf(s, q)));
		const first = at(s, q);
		// "around 2010", "about 2016 Presidency": a year, unless a plain word for what is counted follows.
		const after = at(s, end + 1);
		if (!money && end === q && YEAR.test(first) && !(isWord(s, end + 1) && !isCapital(s, end + 1) && !FUNCTION_WORDS.has(after))) return null;
		for (let k = end + 1; k <= end + UNIT_REACH && isWord(s, k); k++) if (TIME_UNITS.has(at(s, k))) return null;
		const bound = BOUND[word] ?? 'round';
		const cue = rest.length ? `${word}-${rest.join('-')}` : word;
		return found(s, i, last, 'approximator', 'estimate', cue, explain(bound, money));
	},
};
