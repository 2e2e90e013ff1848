import { readFileSync, readdirSync } from 'node:fs';
import { analyzeReport, compareReports } from '../src/lib/analysis/index';
import { makePair } from '../src/lib/quiz/pair';
import { whichReport } from '../src/lib/quiz/questions/which-report';
import { bestCover } from '../src/lib/quiz/same-claim';
const dir = '/tmp/quiz-audit';
const ids = [...new Set(readdirSync(dir).filter((f) => f.endsWith('_0.txt')).map((f) => f.slice(0, -6)))];
for (const id of ids) {
	const a = analyzeReport(readFileSync(`${dir}/${id}_0.txt`, 'utf8'));
	const b = analyzeReport(readFileSync(`${dir}/${id}_1.txt`, 'utf8'));
	const pair = makePair(a, b, compareReports(a, b));
	for (const q of whichReport(pair)) {
		if (q.format === 'tap') continue;
		const e = q.evidence[0]!; const side = pair.sides[e.report === 'a' ? 0 : 1]!; console.log(id, q.options[q.answer[0]!], q.evidence.length === 1 ? bestCover(pair, side, e).toFixed(3) : '', '|', q.prompt.slice(60, 400));
	}
}
