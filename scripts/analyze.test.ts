import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './analyze';

const seed = (name: string) => fileURLToPath(new URL(`../src/lib/content/stories/${name}`, import.meta.url));
const A = seed('000_e6705d96b1f0feb6.txt');
const B = seed('001_637e260c91ed6497.txt');
const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
const file = (name: string, content: string | Buffer) => {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
};

describe('analyze command line', () => {
	it('prints a readable report of both files and how they differ', () => {
		const r = run([A, B]);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('Headline: Foreign Office official resigns after UK refuses to ban arms exports to Israel');
		expect(r.stdout).toMatch(/David Lammy · “said”, neutral verb · passed on\n\s+it was a complex legal process/);
		expect(r.stdout).toContain('== Differences between report 1 and report 2');
		expect(r.stdout).toMatch(/only in report 2: .*Iain Overton/);
	});

	it('prints the scoring shape with --json, comparing only a pair', () => {
		const two = JSON.parse(run(['--json', A, B]).stdout);
		expect(two.reports).toHaveLength(2);
		expect(Object.keys(two.reports[0])).toEqual(expect.arrayContaining(['noise', 'attributions', 'hedges', 'loaded', 'sources']));
		expect(Object.keys(two.comparison)).toEqual(expect.arrayContaining(['characterizations', 'quoteVariants', 'hedgeDrift', 'onlyIn']));
		const three = JSON.parse(run(['--json', A, B, A]).stdout);
		expect(three.reports).toHaveLength(3);
		expect(three.comparison).toBeUndefined();
	});

	it('names a missing, empty, binary or over-long file in one line, exits 2, and still analyses the others', () => {
		const empty = file('empty.txt', '  \n\n ');
		const binary = file('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
		const long = file('long.txt', 'word '.repeat(20_001));
		const r = run([A, join(dir, 'nope.txt'), empty, binary, long]);
		expect(r.code).toBe(2);
		const lines = r.stderr.trim().split('\n');
		expect(lines).toHaveLength(4);
		expect(lines[0]).toMatch(/nope\.txt: no such file/);
		expect(lines[1]).toMatch(/empty\.txt: is empty/);
		expect(lines[2]).toMatch(/binary\.txt: looks like a binary file/);
		expect(lines[3]).toMatch(/long\.txt: has 20,001 words; the limit is 20,000/);
		expect(r.stdout).toContain('== Report 1:');
		expect(r.stdout).not.toContain('Differences');
	});

	it('shows the usage line when no file is given', () => {
		const r = run([]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/^usage: analyze/);
	});
});
