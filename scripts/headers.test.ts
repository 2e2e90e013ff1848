// The headers file shipped in the build for hosts that read one (static/_headers): it must cover every
// path, forbid framing, and never loosen or fight the per-page policy (no script or style sources).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const text = readFileSync(new URL('../static/_headers', import.meta.url), 'utf8');
const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('#'));

describe('static/_headers', () => {
	it('applies to every path', () => {
		expect(lines[0]).toBe('/*');
		expect(lines.slice(1).every((l) => /^\s+[\w-]+: .+/.test(l))).toBe(true);
	});

	it('forbids framing and sniffing, sends no referrer, and leaves scripts and styles to the page’s own policy', () => {
		const headers = new Map(lines.slice(1).map((l) => l.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string]));
		const csp = headers.get('Content-Security-Policy') ?? '';
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).not.toMatch(/script-src|style-src|default-src|unsafe/);
		expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
		expect(headers.get('Referrer-Policy')).toBe('no-referrer');
	});

	it('allows the camera to the app itself only (Class results scans codes), and microphone and location to no one', () => {
		const policy = new Map(lines.slice(1).map((l) => l.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string])).get('Permissions-Policy') ?? '';
		expect(policy.split(/,\s*/)).toEqual(expect.arrayContaining(['camera=(self)', 'microphone=()', 'geolocation=()']));
	});
});
