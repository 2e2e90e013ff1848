// Command line: npm run --silent analyze -- [--json] FILE [FILE ...]
// One file: its analysis. Two: both, and how they differ. More: each analysed alone (batch use).
// With --json, the shape ../shared/seeds/SCORING.md describes. A file that cannot be read gets one line on
// stderr naming it and the exit code is 2; the other files are still analysed.
import { pathToFileURL } from 'node:url';
import { analyzeReport, compareReports, type ReportAnalysis } from '../src/lib/analysis/index';
import { toScoringJson } from '../src/lib/analysis/to-json';
import { formatComparison, formatReport } from './format-analysis';
import { readReport } from './read-report';

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

const USAGE = 'usage: analyze [--json] FILE [FILE ...]';

export function run(argv: readonly string[]): CliResult {
	const json = argv.includes('--json');
	const unknown = argv.find((a) => a.startsWith('--') && a !== '--json');
	if (unknown) return { code: 2, stdout: '', stderr: `unknown option ${unknown}\n${USAGE}\n` };
	const files = argv.filter((a) => !a.startsWith('--'));
	if (files.length === 0) return { code: 2, stdout: '', stderr: `${USAGE}\n` };

	const errors: string[] = [];
	const read: { file: string; analysis: ReportAnalysis; words: number }[] = [];
	for (const file of files) {
		const r = readReport(file);
		if (r.ok) read.push({ file, analysis: analyzeReport(r.text), words: r.words });
		else errors.push(r.error);
	}
	// Two files make a pair only when both could be read.
	const [first, second] = read;
	const comparison = files.length === 2 && first && second ? compareReports(first.analysis, second.analysis) : undefined;
	let stdout = '';
	if (read.length) {
		if (json) stdout = `${JSON.stringify(toScoringJson(read.map((r) => r.analysis), comparison), null, 2)}\n`;
		else {
			const parts = read.map((r, i) => formatReport(r.analysis, `Report ${i + 1}: ${r.file} (${r.words} words)`));
			if (comparison && first && second) parts.push(formatComparison(first.analysis, second.analysis, comparison, ['report 1', 'report 2']));
			stdout = `${parts.join('\n\n')}\n`;
		}
	}
	return { code: errors.length ? 2 : 0, stdout, stderr: errors.map((e) => `${e}\n`).join('') };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const result = run(process.argv.slice(2));
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	process.exitCode = result.code;
}
