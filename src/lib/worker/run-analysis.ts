// Runs the analysis of a pair in a Web Worker and reports its stages; where a browser cannot start the
// worker, the same code runs on the page instead (slower to respond, same result).
import type { PreparedPair, Stage } from './prepare-pair';
import type { WorkerReply } from './analyze.worker';

export type { PreparedPair, Stage };

export const STAGE_LABEL: Record<Stage, string> = {
	'reading-a': 'Reading report A…',
	'reading-b': 'Reading report B…',
	comparing: 'Comparing the two reports…',
	questions: 'Writing the questions…',
};

/**
 * A pair that takes longer than this has hung: the engine reads 40,000 words in about 50 ms on one laptop
 * core (npm run bench), so even a phone a hundred times slower is done in seconds. This only ever stops a
 * fault, and the page then says so instead of showing "Reading…" for ever.
 */
export const ANALYSIS_TIMEOUT_MS = 60_000;

export function runAnalysis(a: string, b: string, onStage: (stage: Stage) => void): Promise<PreparedPair> {
	let worker: Worker;
	try {
		worker = new Worker(new URL('./analyze.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return import('./prepare-pair').then(({ preparePair }) => preparePair(a, b, onStage));
	}
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			worker.terminate();
			reject(new Error(`The analysis took more than ${ANALYSIS_TIMEOUT_MS / 1000} seconds and was stopped.`));
		}, ANALYSIS_TIMEOUT_MS);
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			const reply = event.data;
			if (reply.type === 'stage') onStage(reply.stage);
			else {
				clearTimeout(timer);
				worker.terminate();
				if (reply.type === 'done') resolve(reply.result);
				else reject(new Error(reply.message));
			}
		};
		worker.onerror = (event) => {
			clearTimeout(timer);
			worker.terminate();
			reject(new Error(event.message || 'The analysis stopped unexpectedly.'));
		};
		worker.postMessage({ a, b });
	});
}
