// Asks what a reader should ask of a strong claim the report makes in its own voice, with no source.
import { ev, makeChoice } from '../make';
import { type Pair, sure, unitAt } from '../pair';
import { ReportName, possessive, quote, reportName, textOf } from '../text';
import type { Question } from '../types';

const RIGHT = 'Who is making this judgement, and what evidence backs it?';
const WRONG = [
	'Nothing: if a report states something plainly, it has been proven',
	'Nothing: strong words show the writer has checked the facts',
	'Whether the quotation marks are in the right place',
];

export function unattributedVerdict(pair: Pair): Question[] {
	const out: Question[] = [];
	for (const side of pair.sides) {
		const { text } = side.analysis;
		for (const v of side.analysis.verdicts) {
			if (!sure(pair, v)) continue;
			const sentence = unitAt(side, v.start) ?? v;
			const q = makeChoice(pair, {
				type: 'unattributed-verdict',
				difficulty: 2,
				prompt: `${ReportName(side.key)} states this without naming any source. What should a careful reader ask? ${quote(text, sentence, 35)}`,
				right: [RIGHT],
				wrong: WRONG,
				explanation: `“${textOf(text, v)}” is a strong judgement, and ${reportName(side.key)} makes it in its own voice, with no one named as saying it. It may sum up what a source said, but as written it is ${possessive(reportName(side.key))} own verdict, so ask who says so and on what evidence.`,
				evidence: [ev(side.key, v)],
			});
			if (q) out.push(q);
		}
	}
	return out;
}
