import { describe, expect, it } from 'vitest';
import { codesIn, decodeResult, encodeResult, RESULT_PROBLEMS, type StudentResult } from './result-code';

const result: StudentResult = {
	quiz: 's.uk-official-resigns.1.12.s.-.-',
	title: 'A UK official resigns',
	name: 'Amira',
	finishedAt: 1_700_000_000_000,
	answers: [
		{ id: '0y3wqs205xh2w1', picked: [1], correct: true },
		{ id: '1g1rtyr09trk3a', picked: [0, 2], correct: false },
		{ id: '09zr55000x9jfn', picked: [], correct: false },
	],
};

describe('result codes', () => {
	it('carry a student’s name, quiz and every answer to the teacher', async () => {
		const code = await encodeResult(result);
		expect(code).toMatch(/^DT1-[A-Za-z0-9_-]+$/);
		expect(await decodeResult(code)).toEqual({ ok: true, result });
	});

	it('stay short enough to copy by hand or scan: a 12-question result is under 400 characters', async () => {
		const answers = Array.from({ length: 12 }, (_, i) => ({ id: `${i}`.padStart(14, 'a'), picked: [i % 4], correct: i % 3 === 0 }));
		expect((await encodeResult({ ...result, answers })).length).toBeLessThan(400);
	});

	it('explain what is wrong with text that is not a code, a damaged code and a newer one', async () => {
		const code = await encodeResult(result);
		expect(await decodeResult('hello')).toEqual({ ok: false, problem: RESULT_PROBLEMS.notCode });
		expect(await decodeResult(code.slice(0, 20))).toEqual({ ok: false, problem: RESULT_PROBLEMS.damaged });
		expect(await decodeResult(`DT2-${code.slice(4)}`)).toEqual({ ok: false, problem: RESULT_PROBLEMS.newer });
	});

	it('finds every code in pasted text, whatever separates them', () => {
		expect(codesIn('DT1-a,DT1-b\n DT1-c; DT1-d')).toEqual(['DT1-a', 'DT1-b', 'DT1-c', 'DT1-d']);
	});
});
