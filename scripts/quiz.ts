// Command line: npm run --silent quiz -- [--json] [--all] [--seed N] [--count N] [--types a,b] [--skills a,b] FILE FILE
// Prints a seeded quiz built from two reports (up to 12 questions, fewer where a thin pool would give answers
// away, or exactly --count; with --all the whole pool), readably with answers and
// explanations, or as JSON { version, seed, questions }. Same seed, same output, byte for byte.
// Bad arguments or unreadable files: one line on stderr and exit code 2.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeReport, compareReports } from '../src/lib/analysis/index';
import { QUESTION_TYPES, QUIZ_VERSION, SKILLS, type Question, type QuestionType, type Skill, buildPool, poolNote, selectQuiz } from '../src/lib/quiz/index';
import { Quiz } from '../src/lib/schema/quiz';

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

const USAGE = 'usage: quiz [--json] [--all] [--seed N] [--count N] [--types a,b] [--skills a,b] FILE FILE';

class UsageError extends Error {}

interface Args {
	json: boolean;
	all: boolean;
	seed: number;
	count: number | undefined;
	types: QuestionType[] | undefined;
	skills: Skill[] | undefined;
	files: string[];
}

const isType = (s: string): s is QuestionType => (QUESTION_TYPES as readonly string[]).includes(s);
const isSkill = (s: string): s is Skill => (SKILLS as readonly string[]).includes(s);

function parseArgs(argv: readonly string[]): Args {
	const args: Args = { json: false, all: false, seed: 1, count: undefined, types: undefined, skills: undefined, files: [] };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		const value = (): string => {
			const v = argv[++i];
			if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
			return v;
		};
		const integer = (min: number, max: number): number => {
			const v = value();
			if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new UsageError(`${arg} must be a whole number from ${min} to ${max}, not "${v}"`);
			return Number(v);
		};
		if (arg === '--json') args.json = true;
		else if (arg === '--all') args.all = true;
		else if (arg === '--seed') args.seed = integer(0, 0xffffffff);
		else if (arg === '--count') args.count = integer(1, 1000);
		else if (arg === '--types') {
			const list = value().split(',').filter(Boolean);
			const bad = list.find((t) => !isType(t));
			if (bad !== undefined) throw new UsageError(`unknown question type "${bad}" (known: ${QUESTION_TYPES.join(', ')})`);
			args.types = list.filter(isType);
		} else if (arg === '--skills') {
			const list = value().split(',').filter(Boolean);
			const bad = list.find((s) => !isSkill(s));
			if (bad !== undefined) throw new UsageError(`unknown skill "${bad}" (known: ${SKILLS.join(', ')})`);
			args.skills = list.filter(isSkill);
		} else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
		else args.files.push(arg);
	}
	if (args.files.length !== 2) throw new UsageError(`give exactly two report files (got ${args.files.length}); ${USAGE}`);
	return args;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The question as a teacher reads it: prompt, options with the answer marked, explanation, evidence. */
function renderQuestion(q: Question, n: number, texts: readonly [string, string]): string {
	const lines = [`${n}. [${q.type} · ${q.skill} · difficulty ${q.difficulty}] ${q.id}`, `   ${q.prompt}`];
	if (q.format === 'tap') {
		const keyed = new Set(q.answer);
		const first = q.targets[0];
		const last = q.targets[q.targets.length - 1];
		if (first && last) {
			const text = first.report === 'a' ? texts[0] : texts[1];
			let out = '';
			let at = first.start;
			q.targets.forEach((t, i) => {
				out += text.slice(at, t.start) + (keyed.has(i) ? `[${t.text}]` : t.text);
				at = t.end;
			});
			out += text.slice(at, last.end);
			lines.push(`   Tap the words: ${oneLine(out)}`);
		}
		lines.push(`   Answer: ${q.answer.map((i) => `“${q.targets[i]?.text ?? ''}”`).join(', ')}`);
	} else {
		const key = new Set(q.answer);
		q.options.forEach((o, i) => lines.push(`     ${String.fromCharCode(97 + i)}) ${o}${key.has(i) ? '   <- answer' : ''}`));
		if (q.format === 'multiple') lines.push('     (choose all that apply)');
	}
	lines.push(`   Why: ${q.explanation}`);
	const ev = q.evidence
		.map((e) => `${e.report.toUpperCase()} ${e.start}-${e.end} “${oneLine((e.report === 'a' ? texts[0] : texts[1]).slice(e.start, e.end)).slice(0, 80)}”`)
		.join('; ');
	lines.push(`   Evidence: ${ev}`);
	return lines.join('\n');
}

export function runQuizCli(argv: readonly string[], read: (path: string) => string = (p) => readFileSync(p, 'utf8')): CliResult {
	let args: Args;
	try {
		args = parseArgs(argv);
	} catch (e) {
		if (e instanceof UsageError) return { code: 2, stdout: '', stderr: `quiz: ${e.message}\n` };
		throw e;
	}
	const texts: string[] = [];
	for (const file of args.files) {
		try {
			texts.push(read(file));
		} catch (e) {
			const reason = e instanceof Error && 'code' in e ? String(e.code) : 'unreadable';
			return { code: 2, stdout: '', stderr: `quiz: cannot read ${file} (${reason})\n` };
		}
	}
	const [ta = '', tb = ''] = texts;
	for (const [i, t] of [ta, tb].entries()) {
		if (!/[\p{L}\p{N}]/u.test(t)) return { code: 2, stdout: '', stderr: `quiz: ${args.files[i] ?? ''} holds no text\n` };
	}
	const ra = analyzeReport(ta);
	const rb = analyzeReport(tb);
	const pool = buildPool(ra, rb, compareReports(ra, rb));
	// Without --count, as the make page starts: up to 12, stopping before a question that gives another away.
	const fair = args.count === undefined;
	const picked = args.all
		? { version: QUIZ_VERSION, seed: args.seed, questions: pool.filter((q) => (!args.types || args.types.includes(q.type)) && (!args.skills || args.skills.includes(q.skill))) }
		: selectQuiz(pool, { seed: args.seed, count: args.count, types: args.types, skills: args.skills, fair });
	// The JSON crosses a boundary: it must parse with the schema the app and links use.
	const quiz = Quiz.parse(picked);
	if (args.json) return { code: 0, stdout: `${JSON.stringify(quiz, null, 2)}\n`, stderr: '' };
	// The whole pool is what a quiz is drawn from: when it is too small for one, the teacher reads why.
	const note = poolNote(pool);
	const head = `Double Take ${args.all ? 'question pool' : 'quiz'}: ${quiz.questions.length} questions (seed ${quiz.seed})\nReport A: ${args.files[0] ?? ''}\nReport B: ${args.files[1] ?? ''}${note ? `\nNote: ${note.message}` : ''}`;
	const body = quiz.questions.map((q, i) => renderQuestion(q, i + 1, [ta, tb]));
	return { code: 0, stdout: `${[head, ...body].join('\n\n')}\n`, stderr: '' };
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
	const result = runQuizCli(process.argv.slice(2));
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	process.exitCode = result.code;
}
