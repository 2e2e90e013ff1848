// Tells the app's other tabs that an attempt was saved, so two tabs on one quiz show the same answers.
// BroadcastChannel reaches every other tab of this origin and never the one that posted; where a browser
// has none, each tab still merges on save (see IndexedDbStore.put), it only learns of the other later.
const CHANNEL = 'double-take-progress';

let sender: BroadcastChannel | undefined;

export function announceSaved(id: string): void {
	if (typeof BroadcastChannel === 'undefined') return;
	sender ??= new BroadcastChannel(CHANNEL);
	sender.postMessage({ saved: id });
}

/** Calls back with the id of each attempt another tab saves; returns the way to stop listening. */
export function onSavedElsewhere(listener: (id: string) => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = (event: MessageEvent<unknown>) => {
		const data = event.data;
		if (typeof data === 'object' && data !== null && 'saved' in data && typeof data.saved === 'string') listener(data.saved);
	};
	return () => channel.close();
}
