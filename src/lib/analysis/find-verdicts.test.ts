import { describe, expect, it } from 'vitest';
import { analyzeReport } from './analyze';

const verdicts = (text: string) => analyzeReport(text).verdicts.map((v) => text.slice(v.start, v.end));

describe('findVerdicts', () => {
	it('finds a flat judgement in the reporter’s own voice', () => {
		const text = 'Camp shelled\n\nShells hit the camp at dawn, witnesses said. These are war crimes.\n\nThe army did not comment.';
		expect(verdicts(text)).toEqual(['These are war crimes.']);
	});

	it('leaves the same words alone when a source says them, in quotes or passed on', () => {
		const text = 'Camp shelled\n\n“These are war crimes,” the envoy said.\n\nThe envoy said this was illegal.';
		expect(verdicts(text)).toEqual([]);
	});

	it('leaves a hedged or longer sentence alone', () => {
		const text = 'Camp shelled\n\nThese may be war crimes. The strikes were illegal under a 1998 treaty signed by both countries.';
		expect(verdicts(text)).toEqual([]);
	});
});
