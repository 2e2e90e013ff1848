// Everything a teacher's own pair needs on the device: both reports read and compared, the reading lens,
// the question pool and each question's evidence in context. Pure; run in a Web Worker by run-analysis.ts.
import { analyzeReport, compareReports } from '../analysis/index';
import { buildPairLens, type ReportLens } from '../lens/build-lens';
import { buildPool } from '../quiz/build-pool';
import { evidenceContexts, type EvidenceContext } from '../quiz/evidence-context';
import { poolNote, type PoolNote } from '../quiz/pool-note';
import type { Question } from '../quiz/types';

export interface PreparedPair {
	pool: Question[];
	/** A plain note for the teacher when the pool is too small for a full quiz (see quiz/pool-note), else null. */
	note: PoolNote | null;
	contexts: Record<string, EvidenceContext[]>;
	lenses: [ReportLens, ReportLens];
}

export type Stage = 'reading-a' | 'reading-b' | 'comparing' | 'questions';

export function preparePair(a: string, b: string, onStage: (stage: Stage) => void = () => undefined): PreparedPair {
	onStage('reading-a');
	const ra = analyzeReport(a);
	onStage('reading-b');
	const rb = analyzeReport(b);
	onStage('comparing');
	const comparison = compareReports(ra, rb);
	onStage('questions');
	const pool = buildPool(ra, rb, comparison);
	return {
		pool,
		note: poolNote(pool),
		contexts: Object.fromEntries(pool.map((q) => [q.id, evidenceContexts(q, [ra, rb])])),
		lenses: buildPairLens(ra, rb, comparison),
	};
}
