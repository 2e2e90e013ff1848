import { describe, expect, it } from 'vitest';
import { analyzeReport } from './analyze';

const verdicts = (text: string) => analyzeReport(text).verdicts.map((v) => [text.slice(v.start, v.end), v.rule]);

describe('findVerdicts', () => {
	it('finds a flat judgement in the reporter’s own voice', () => {
		const text = 'Camp shelled\n\nShells hit the camp at dawn, witnesses said. These are war crimes.\n\nThe army did not comment.';
		expect(verdicts(text)).toEqual([['These are war crimes.', 'verdict/flat-judgement/term']]);
	});

	it('finds a short sentence whose whole predicate is a loaded judgement of a thing or a person', () => {
		const text = 'Housing\n\nThe council sold the land in May. The sale was utterly shameful. Councillor Hale is a hypocrite.';
		expect(verdicts(text)).toEqual([
			['The sale was utterly shameful.', 'verdict/flat-judgement/loaded'],
			['Councillor Hale is a hypocrite.', 'verdict/flat-judgement/loaded'],
		]);
	});

	it('leaves the same words alone when a source says them, in quotes or passed on', () => {
		const text = 'Camp shelled\n\n“These are war crimes,” the envoy said.\n\nThe envoy said this was illegal.';
		expect(verdicts(text)).toEqual([]);
	});

	it('leaves a hedged, longer or clause-shaped sentence alone', () => {
		const text =
			'Camp shelled\n\nThese may be war crimes. The strikes were illegal under a 1998 treaty signed by both countries. Something is rotten in the state.';
		expect(verdicts(text)).toEqual([]);
	});
});
