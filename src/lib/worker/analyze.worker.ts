// The Web Worker that reads a teacher's pair off the page's main thread, so the page stays responsive and
// can show progress while a long pair is analysed.
import { preparePair, type PreparedPair, type Stage } from './prepare-pair';

export type WorkerReply = { type: 'stage'; stage: Stage } | { type: 'done'; result: PreparedPair } | { type: 'failed'; message: string };

self.onmessage = (event: MessageEvent<{ a: string; b: string }>) => {
	const post = (reply: WorkerReply) => self.postMessage(reply);
	try {
		const result = preparePair(event.data.a, event.data.b, (stage) => post({ type: 'stage', stage }));
		post({ type: 'done', result });
	} catch (error) {
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
