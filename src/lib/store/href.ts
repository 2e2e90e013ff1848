// Where an attempt reopens. Apart from records.ts so a page that only links to attempts (home) does not
// load the record schemas before it can show anything.
import type { Attempt } from './records';

/** Where an attempt reopens: its shared link, or its story's quiz page. `root` is the app's base, ending in '/'. */
export function attemptHref(a: Attempt, root: string): string {
	if (a.link) return `${root}play/#${a.link}`;
	return `${root}story/${a.storyId}/quiz/?attempt=${encodeURIComponent(a.id)}`;
}
