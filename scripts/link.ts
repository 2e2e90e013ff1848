// Command line: npm run --silent link -- [--base URL] [--seed N] [--count N] [--types a,b] (--story ID | FILE FILE)
// Prints the share link a teacher can post: a built-in story's short link, or a pair of report files
// carried in the link itself (compressed, in the fragment, so the texts never reach a server).
import { pathToFileURL } from 'node:url';
import { STORY_IDS } from '../src/lib/content/story-ids';
import { QUESTION_TYPES, type QuestionType } from '../src/lib/quiz/types';
import { DEFAULT_SETTINGS, encodeQuiz, type QuizSettings, type SharedQuiz } from '../src/lib/share/quiz-link';
import { asPasted, readReport } from './read-report';

const USAGE = 'usage: link [--base URL] [--seed N] [--count N] [--types a,b] (--story ID | FILE FILE)';

export interface LinkResult {
	code: number;
	stdout: string;
	stderr: string;
}

const fail = (message: string): LinkResult => ({ code: 2, stdout: '', stderr: `${message}\n${USAGE}\n` });

export async function run(argv: readonly string[]): Promise<LinkResult> {
	let base = 'http://localhost:4173/';
	let story: string | undefined;
	const settings: QuizSettings = { ...DEFAULT_SETTINGS };
	const files: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		const value = argv[i + 1];
		const needs = ['--base', '--seed', '--count', '--types', '--story'];
		if (needs.includes(arg) && (value === undefined || value.startsWith('--'))) return fail(`${arg} needs a value`);
		if (arg === '--base') {
			if (!/^https?:\/\/[^\s#]+$/.test(value ?? '')) return fail(`--base must be an http(s) address, not "${value}"`);
			base = value ?? base;
		} else if (arg === '--seed' || arg === '--count') {
			const n = Number(value);
			const [min, max] = arg === '--seed' ? [0, 999_999_999] : [1, 40];
			if (!/^\d+$/.test(value ?? '') || n < min || n > max) return fail(`${arg} must be a whole number from ${min} to ${max}, not "${value}"`);
			if (arg === '--seed') settings.seed = n;
			else settings.count = n;
		} else if (arg === '--types') {
			const list = (value ?? '').split(',').filter(Boolean);
			const bad = list.find((t) => !(QUESTION_TYPES as readonly string[]).includes(t));
			if (bad !== undefined) return fail(`unknown question type "${bad}" (known: ${QUESTION_TYPES.join(', ')})`);
			settings.types = list as QuestionType[];
		} else if (arg === '--story') story = value;
		else if (arg.startsWith('--')) return fail(`unknown option ${arg}`);
		else {
			files.push(arg);
			continue;
		}
		i++;
	}
	let quiz: SharedQuiz;
	if (story !== undefined) {
		if (files.length) return fail('give --story or two files, not both');
		if (!STORY_IDS.includes(story)) return fail(`no built-in story "${story}" (known: ${STORY_IDS.join(', ')})`);
		quiz = { kind: 'story', storyId: story, settings };
	} else {
		if (files.length !== 2) return fail(`give --story ID or exactly two report files (got ${files.length})`);
		const read = files.map(readReport);
		const errors = read.flatMap((r) => (r.ok ? [] : [r.error]));
		if (errors.length) return { code: 2, stdout: '', stderr: `${errors.join('\n')}\n` };
		const [a, b] = read.map((r) => asPasted(r.ok ? r.text : ''));
		if (!a || !b) return fail('two report files are needed');
		quiz = { kind: 'pair', reports: [a, b], settings };
	}
	const link = `${base.replace(/\/+$/, '')}/play/#${await encodeQuiz(quiz)}`;
	return { code: 0, stdout: `${link}\n`, stderr: '' };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const result = await run(process.argv.slice(2));
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	process.exitCode = result.code;
}
