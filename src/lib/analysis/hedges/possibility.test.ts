import { describe, expect, it } from 'vitest';
import { hedgeWords } from './test-reader';

describe('words of possibility', () => {
	it('marks a possible link, "it is possible that", "perhaps", "potentially", potential breaches and a possibility not ruled out', () => {
		expect(
			hedgeWords(
				'Police are investigating a possible link between the fires. It is possible that the results were leaked. Perhaps the biggest surprise was the turnout. The spill potentially affects thousands of homes. Inspectors found potential breaches of the safety code. The minister has not ruled out an early election.',
			),
		).toEqual([
			['possible', 'modal', 'possibility'],
			['possible', 'modal', 'possibility'],
			['Perhaps', 'modal', 'possibility'],
			['potentially', 'modal', 'possibility'],
			['potential', 'modal', 'possibility'],
			['not ruled out', 'modal', 'possibility'],
		]);
	});

	it('leaves "as soon as possible", "made possible", "possible to" and "potential" as a noun alone', () => {
		expect(
			hedgeWords(
				'Please reply as soon as possible. The grant made the project possible. It is possible to book online. The firm sees great potential for growth. She never reached her full potential.',
			),
		).toEqual([]);
	});
});
