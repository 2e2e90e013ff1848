import { describe, expect, it } from 'vitest';
import { decodeQuiz } from '../src/lib/share/quiz-link';
import { run } from './link';

const A = 'src/lib/content/stories/000_e6705d96b1f0feb6.txt';
const B = 'src/lib/content/stories/001_637e260c91ed6497.txt';
const fragmentOf = (stdout: string) => stdout.trim().split('#')[1] ?? '';

describe('npm run link', () => {
	it('prints a short link for a built-in story that opens it with the asked settings', async () => {
		const out = await run(['--base', 'https://school.example/double-take/', '--story', 'uk-official-resigns', '--seed', '9', '--count', '8', '--types', 'who-said,spot-hedge']);
		expect(out.code).toBe(0);
		expect(out.stdout.trim().length).toBeLessThanOrEqual(120);
		expect(out.stdout).toMatch(/^https:\/\/school\.example\/double-take\/play\/#/);
		const decoded = await decodeQuiz(fragmentOf(out.stdout));
		expect(decoded.ok && decoded.quiz).toMatchObject({ kind: 'story', storyId: 'uk-official-resigns', settings: { seed: 9, count: 8, types: ['who-said', 'spot-hedge'] } });
	});

	it('carries two report files in the link, headline first, text intact', async () => {
		const out = await run([A, B]);
		const decoded = await decodeQuiz(fragmentOf(out.stdout));
		if (!decoded.ok || decoded.quiz.kind !== 'pair') throw new Error('a pair link');
		expect(decoded.quiz.reports[0].headline).toBe('Foreign Office official resigns after UK refuses to ban arms exports to Israel | Arms Trade');
		expect(decoded.quiz.reports[1].text).toContain('It is understood that the FCDO has processes in place');
	});

	it('says in one line what is wrong, with exit code 2', async () => {
		for (const args of [['--story', 'nope'], [A], ['--count', '99', '--story', 'uk-official-resigns'], ['missing.txt', B]]) {
			const out = await run(args);
			expect(out.code, args.join(' ')).toBe(2);
			expect(out.stdout).toBe('');
			expect(out.stderr.split('\n')[0]).toMatch(/story|files|--count|no such file/);
		}
	});
});
