import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRows } from '../src/lib/analysis/calibration/confidence';
import { SHARED, measure, measuredSource } from './calibrate';

const corpus = existsSync(join(SHARED, 'corpus')) && existsSync(join(SHARED, 'tools/corpus/prepare.mjs'));

describe.skipIf(!corpus)('calibration', () => {
	it('holds what the corpus measures now: no rule changed without its confidence being measured again', () => {
		const committed = readFileSync(new URL('../src/lib/analysis/calibration/measured.ts', import.meta.url), 'utf8');
		expect(committed, 'run `npm run calibrate -- --write`').toBe(measuredSource(measure()));
	}, 60_000);
});

describe('measured.ts as written', () => {
	/** The rows of a measured.ts source: what stands between the backquotes of MEASURED_ROWS. */
	const body = (source: string): string => source.slice(source.indexOf('MEASURED_ROWS = `') + 17, source.lastIndexOf('`'));
	const rows = (source: string): string[] => body(source).split('\n').filter(Boolean);

	it('lists a rule only when it was measured often enough and its precision differs from its family’s', () => {
		const tally = new Map<string, [number, number]>([
			['hedge', [100, 80]],
			['hedge/modal', [40, 32]], // 80 %, as its family: borrowed, not listed
			['hedge/modal/may', [30, 27]], // 90 %: listed under a family that is not
			['hedge/softener', [11, 0]], // too rarely seen to stand on its own figure
			['loaded', [12, 6]],
		]);
		expect(rows(measuredSource(tally))).toEqual(['hedge 80', ' modal/may 90', 'loaded 50']);
	});

	it('writes each precision to two places, to the nearest, but never up to the quiz’s 0.90', () => {
		const tally = new Map<string, [number, number]>([
			['attribution', [200, 170]], // 85 %
			['attribution/cue-after', [193, 173]], // 89.6 %: not yet 90
			['attribution/cue-before', [40, 39]], // 97.5 %
			['hedge', [20, 18]], // 90 % exactly
		]);
		expect([...readRows(body(measuredSource(tally)))]).toEqual([
			['attribution', 0.85],
			['attribution/cue-after', 0.89],
			['attribution/cue-before', 0.98],
			['hedge', 0.9],
		]);
	});
});
