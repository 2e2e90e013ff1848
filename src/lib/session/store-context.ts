// Hands the progress store to pages through Svelte context. The store opens lazily, in the browser only
// (prerendering has no IndexedDB), and once per page load however many components ask for it. Its code
// (record schemas included) is fetched on first use, so no page waits for it before it can show itself.
import { getContext, setContext } from 'svelte';
import type { ProgressStore } from '$lib/store';

const KEY = Symbol('progress-store');

type Opener = () => Promise<ProgressStore>;

/** Called by the root layout. Tests and special pages may pass their own opener. */
export function provideStore(open: () => Promise<ProgressStore> = async () => (await import('$lib/store')).openStore()): void {
	let opened: Promise<ProgressStore> | undefined;
	setContext<Opener>(KEY, () => (opened ??= open()));
}

/** The page's progress store; call from onMount or an event handler, never during prerendering. */
export function useStore(): Opener {
	return getContext<Opener>(KEY);
}
