import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED, measure, measuredSource } from './calibrate';

const corpus = existsSync(join(SHARED, 'corpus')) && existsSync(join(SHARED, 'tools/corpus/prepare.mjs'));

describe.skipIf(!corpus)('calibration', () => {
	it('holds what the corpus measures now: no rule changed without its confidence being measured again', () => {
		const committed = readFileSync(new URL('../src/lib/analysis/calibration/measured.ts', import.meta.url), 'utf8');
		expect(committed, 'run `npm run calibrate -- --write`').toBe(measuredSource(measure()));
	}, 60_000);
});
