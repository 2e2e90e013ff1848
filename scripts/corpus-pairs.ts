// The development corpus's report pairs (../shared/corpus/pairs, beside the repo), read at test time only:
// the corpus is copyrighted and never copied into the repo or the build. Absent (a plain clone), the
// tests that need it skip with CORPUS_MISSING as their reason.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PAIRS_DIR = fileURLToPath(new URL('../../shared/corpus/pairs', import.meta.url));
export const CORPUS_MISSING = `the development corpus is not at ${PAIRS_DIR} (it sits beside the repo in CI)`;

/** One report as a teacher pastes it: headline, outlet and body. */
export interface CorpusReport {
	headline: string;
	outlet: string;
	text: string;
}

export interface CorpusPair {
	/** The file's name without .json, e.g. "basil_2010_2b95d2cf". */
	id: string;
	/** The New York Times report and the Fox News report of one event. */
	nyt: CorpusReport;
	fox: CorpusReport;
	/** Every report of the event (BASIL has a third, HuffPost's). */
	all: CorpusReport[];
}

interface PairFile {
	reports: { outlet: string; outlet_code: string; title: string; text: string }[];
}

/** Every pair in the corpus, in file-name order; empty when the corpus is absent. */
export function corpusPairs(): CorpusPair[] {
	if (!existsSync(PAIRS_DIR)) return [];
	return readdirSync(PAIRS_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => {
			const json = JSON.parse(readFileSync(`${PAIRS_DIR}/${file}`, 'utf8')) as PairFile;
			const all = json.reports.map((r) => ({ headline: r.title, outlet: r.outlet, text: r.text, code: r.outlet_code }));
			const pick = (code: string) => {
				const r = all.find((x) => x.code === code);
				if (!r) throw new Error(`${file} has no ${code} report`);
				return { headline: r.headline, outlet: r.outlet, text: r.text };
			};
			return { id: file.replace(/\.json$/, ''), nyt: pick('nyt'), fox: pick('fox'), all: all.map(({ headline, outlet, text }) => ({ headline, outlet, text })) };
		});
}
