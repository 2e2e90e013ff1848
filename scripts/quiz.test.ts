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
