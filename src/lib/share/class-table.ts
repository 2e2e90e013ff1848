// Class results from students' result codes: one table per quiz, a row per student, a column per question,
// and the questions most of the class missed. Pure, so the page only shows it and the test can check it.
import type { StudentResult } from './result-code';

export interface ClassQuestion {
	id: string;
	/** Its number in the table, from 1: "Q3". */
	number: number;
	/** The question's words, when this device shared the quiz and still knows them. */
	prompt?: string;
	right: number;
	answered: number;
}

export interface ClassQuiz {
	key: string;
	title: string;
	questions: ClassQuestion[];
	students: { name: string; score: number; total: number; marks: ('right' | 'wrong' | 'blank')[] }[];
	/** The questions someone missed, most missed first (a question the whole class got right is not listed). */
	mostMissed: ClassQuestion[];
}

export function classTables(results: readonly StudentResult[], promptsFor: (key: string) => Map<string, string> | undefined = () => undefined): ClassQuiz[] {
	const byQuiz = new Map<string, StudentResult[]>();
	for (const r of results) byQuiz.set(r.quiz, [...(byQuiz.get(r.quiz) ?? []), r]);
	return [...byQuiz].map(([key, rs]) => {
		const prompts = promptsFor(key);
		const order: string[] = [];
		for (const r of rs) for (const a of r.answers) if (!order.includes(a.id)) order.push(a.id);
		const questions = order.map((id, i): ClassQuestion => {
			const answers = rs.flatMap((r) => r.answers.filter((a) => a.id === id));
			const q: ClassQuestion = { id, number: i + 1, right: answers.filter((a) => a.correct).length, answered: answers.filter((a) => a.picked.length > 0).length };
			const prompt = prompts?.get(id);
			if (prompt) q.prompt = prompt;
			return q;
		});
		const students = rs
			.map((r) => {
				const marks = order.map((id) => {
					const a = r.answers.find((x) => x.id === id);
					return !a || a.picked.length === 0 ? ('blank' as const) : a.correct ? ('right' as const) : ('wrong' as const);
				});
				return { name: r.name || 'No name', score: r.answers.filter((a) => a.correct).length, total: r.answers.length, marks };
			})
			.sort((x, y) => x.name.localeCompare(y.name));
		const missed = (q: ClassQuestion) => q.answered - q.right;
		const mostMissed = questions.filter((q) => missed(q) > 0).sort((x, y) => missed(y) - missed(x) || x.number - y.number);
		return { key, title: rs[0]?.title ?? 'Quiz', questions, students, mostMissed };
	});
}

const cell = (v: string | number): string => {
	const s = String(v);
	// Quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula.
	const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
	return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function classCsv(tables: readonly ClassQuiz[]): string {
	const lines: string[] = [];
	for (const t of tables) {
		lines.push([cell('Quiz'), cell('Student'), cell('Score'), cell('Out of'), ...t.questions.map((_, i) => cell(`Q${i + 1}`))].join(','));
		for (const s of t.students) lines.push([cell(t.title), cell(s.name), s.score, s.total, ...s.marks.map((m) => (m === 'right' ? 1 : m === 'wrong' ? 0 : ''))].join(','));
	}
	return `${lines.join('\n')}\n`;
}
