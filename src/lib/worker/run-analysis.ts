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

export function runAnalysis(a: string, b: string, onStage: (stage: Stage) => void): Promise<PreparedPair> {
	let worker: Worker;
	try {
		worker = new Worker(new URL('./analyze.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return import('./prepare-pair').then(({ preparePair }) => preparePair(a, b, onStage));
	}
	return new Promise((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			const reply = event.data;
			if (reply.type === 'stage') onStage(reply.stage);
			else {
				worker.terminate();
				if (reply.type === 'done') resolve(reply.result);
				else reject(new Error(reply.message));
			}
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(event.message || 'The analysis stopped unexpectedly.'));
		};
		worker.postMessage({ a, b });
	});
}
