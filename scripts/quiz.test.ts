import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { libraryPaths, seedPaths } from '../src/lib/quiz/fixtures/hand-marked';
import { Quiz } from '../src/lib/schema/quiz';
import { runQuizCli } from './quiz';

const seeds = seedPaths();
const library = libraryPaths();

describe('npm run quiz', () => {
	it('prints the same JSON quiz, byte for byte, for the same seed', () => {
		const once = runQuizCli(['--json', '--seed', '7', ...library]);
		const again = runQuizCli(['--json', '--seed', '7', ...library]);
		expect(once.code).toBe(0);
		expect(once.stdout).toBe(again.stdout);
		const quiz = Quiz.parse(JSON.parse(once.stdout));
		expect(quiz.version).toBe(1);
		expect(quiz.seed).toBe(7);
	});

	it('prints the whole pool with --all, filtered by --types', () => {
		const all = Quiz.parse(JSON.parse(runQuizCli(['--json', '--all', ...seeds]).stdout));
		const some = Quiz.parse(JSON.parse(runQuizCli(['--json', '--all', '--types', 'headline,which-report', ...seeds]).stdout));
		expect(some.questions.every((q) => q.type === 'headline' || q.type === 'which-report')).toBe(true);
		expect(some.questions.length).toBeLessThanOrEqual(all.questions.length);
	});

	it('tells the teacher in plain words when two reports give too few questions for a quiz', () => {
		const short = ['Vote\n\nThe council met on Monday.', 'Vote\n\nCouncillors met.'];
		const out = runQuizCli(['--all', 'a.txt', 'b.txt'], (p) => (p === 'a.txt' ? short[0] : short[1]) ?? '');
		expect(out.code).toBe(0);
		expect(out.stdout).toMatch(/\nNote: We could (?:not write any question|write only \d+ question)/);
		expect(runQuizCli(['--all', ...seeds]).stdout).not.toContain('\nNote: ');
	});

	it('stops short of twelve for a thin pool rather than ask one skill twice on the same words, and fills --count when asked', () => {
		const texts: Record<string, string> = {
			a: 'Pool to close\n\nThe city pool will close for repairs in May, Mayor Di Fox said on Monday. “The roof is failing and the pumps are forty years old,” Fox said. Swim coach Ann Lee said the club would train in a neighbouring town. “We will lose members, I am sure of it,” Lee said. The repairs may cost about $2 million, officials estimated.',
			b: 'Pool shuts for a year\n\nMayor Di Fox announced that the pool would shut in May. “The pumps are forty years old and the roof is failing,” Fox said. Parents complained that the nearest pool was an hour away. “It is a blow to the children,” said parent Bo Kim.',
		};
		const run = (...args: string[]) => Quiz.parse(JSON.parse(runQuizCli(['--json', ...args, 'a', 'b'], (p) => texts[p] ?? '').stdout)).questions;
		const fair = run();
		const pool = run('--all');
		expect(pool.length).toBeGreaterThan(12);
		expect(fair.length).toBeLessThan(12);
		const overlap = (x: Quiz['questions'][number], y: Quiz['questions'][number]) =>
			x.evidence.some((e) => y.evidence.some((f) => e.report === f.report && e.start < f.end && f.start < e.end));
		for (const [i, x] of fair.entries()) for (const y of fair.slice(i + 1)) expect(x.skill === y.skill && overlap(x, y), `${x.id} / ${y.id}`).toBe(false);
		expect(run('--count', '12')).toHaveLength(12);
	});

	it('keeps to --count', () => {
		const quiz = Quiz.parse(JSON.parse(runQuizCli(['--json', '--count', '3', ...library]).stdout));
		expect(quiz.questions.length).toBeLessThanOrEqual(3);
	});

	it('prints a readable quiz with answers, explanations and evidence', () => {
		const out = runQuizCli(['--all', ...library]);
		expect(out.code).toBe(0);
		expect(out.stdout).toMatch(/^Double Take question pool: \d+ questions \(seed 1\)/);
		if (out.stdout.includes('\n1. ')) {
			expect(out.stdout).toContain('   Why: ');
			expect(out.stdout).toContain('   Evidence: ');
		}
	});

	it.each([
		[['one-file.txt'], /^quiz: give exactly two report files \(got 1\)/],
		[['--seed', 'abc', 'a', 'b'], /^quiz: --seed must be a whole number/],
		[['--count', '0', 'a', 'b'], /^quiz: --count must be a whole number from 1/],
		[['--types', 'who-said,guess', 'a', 'b'], /^quiz: unknown question type "guess"/],
		[['--wat', 'a', 'b'], /^quiz: unknown option --wat/],
		[['/no/such/file.txt', '/no/such/other.txt'], /^quiz: cannot read \/no\/such\/file\.txt \(ENOENT\)/],
	])('rejects %j with one line and exit code 2', (args, message) => {
		const out = runQuizCli(args);
		expect(out.code).toBe(2);
		expect(out.stdout).toBe('');
		expect(out.stderr).toMatch(message);
		expect(out.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('runs as a command with the same output and exit codes', () => {
		const tsx = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;
		const script = new URL('./quiz.ts', import.meta.url).pathname;
		const stdout = execFileSync(tsx, [script, '--json', '--seed', '3', ...library], { encoding: 'utf8' });
		expect(stdout).toBe(runQuizCli(['--json', '--seed', '3', ...library]).stdout);
		const bad = spawnSync(tsx, [script, 'only-one.txt'], { encoding: 'utf8' });
		expect(bad.status).toBe(2);
		expect(bad.stderr.trim().split('\n')).toHaveLength(1);
	}, 20000);
});
