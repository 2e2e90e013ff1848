// Command line: npm run --silent analyze -- [--json] FILE [FILE ...]
import { readFileSync } from 'node:fs';
import { analyzeReport, compareReports, toScoringJson } from '../src/lib/analysis/index';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
const reports = files.map((f) => analyzeReport(readFileSync(f, 'utf8')));
const comparison = reports.length === 2 && reports[0] && reports[1] ? compareReports(reports[0], reports[1]) : undefined;
if (json) console.log(JSON.stringify(toScoringJson(reports, comparison), null, 2));
