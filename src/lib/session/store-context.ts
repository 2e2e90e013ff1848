// Hands the progress store to pages through Svelte context. The store opens lazily, in the browser only
// (prerendering has no IndexedDB), and once per page load however many components ask for it.
import { getContext, setContext } from 'svelte';
import { openStore, type ProgressStore } from '$lib/store';

const KEY = Symbol('progress-store');

type Opener = () => Promise<ProgressStore>;

/** Called by the root layout. Tests and special pages may pass their own opener. */
export function provideStore(open: () => Promise<ProgressStore> = () => openStore()): void {
	let opened: Promise<ProgressStore> | undefined;
	setContext<Opener>(KEY, () => (opened ??= open()));
}

/** The page's progress store; call from onMount or an event handler, never during prerendering. */
export function useStore(): Opener {
	return getContext<Opener>(KEY);
}
