import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_MISSING, corpusPairs } from '../../../scripts/corpus-pairs';
import { stories } from '../content';
import { NOT_ENGLISH, reportProblem } from './check-report';
import { looksEnglish } from './language';

// News paragraphs written for these tests: the same council story in four languages, and an English results
// report that is mostly names and numbers.
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('reports that are not in English', () => {
	for (const [language, file] of [
		['Spanish', 'es.txt'],
		['French', 'fr.txt'],
		['German', 'de.txt'],
		['Chinese', 'zh.txt'],
	] as const) {
		it(`tells the teacher that a ${language} report cannot be read yet`, () => {
			expect(looksEnglish(fixture(file))).toBe(false);
			expect(reportProblem(fixture(file))).toBe(NOT_ENGLISH);
		});
	}

	it('says so for Chinese instead of counting its characters as a few dozen "words"', () => {
		expect(reportProblem(fixture('zh.txt'))).not.toMatch(/only \d+ words/);
	});

	it('knows Cyrillic, Arabic, Greek and Japanese text as another script', () => {
		for (const text of [
			'Городской совет во вторник проголосовал за закрытие библиотеки в северном районе города.',
			'صوّت مجلس المدينة يوم الثلاثاء على إغلاق المكتبة في الحي الشمالي من المدينة.',
			'Το δημοτικό συμβούλιο ψήφισε την Τρίτη το κλείσιμο της βιβλιοθήκης στη βόρεια συνοικία.',
			'市議会は火曜日、北地区の図書館を閉鎖することを決めた。住民は何か月も反対してきた。',
		]) {
			expect(looksEnglish(text), text).toBe(false);
		}
	});
});

describe('English reports', () => {
	it('accepts an English report full of names and numbers', () => {
		expect(looksEnglish(fixture('en-names.txt'))).toBe(true);
		expect(reportProblem(fixture('en-names.txt'))).toBeNull();
	});

	it('accepts English that quotes a few words of another language or script', () => {
		const text = `${fixture('en-names.txt')}\n\nThe fans sang “¡Vamos, vamos!” and a banner read 加油 (“keep going”).`;
		expect(looksEnglish(text)).toBe(true);
	});

	it('leaves a few words to the length check, which names the problem better', () => {
		expect(looksEnglish('Hola a todos')).toBe(true);
		expect(reportProblem('Hola a todos')).toMatch(/only 3 words/);
	});

	it('accepts both reports of every built-in story', () => {
		for (const story of stories) for (const report of story.reports) expect(looksEnglish(report.text), `${story.id} ${report.key}`).toBe(true);
	});

	const pairs = corpusPairs();
	const title = 'accepts every report of the 30 corpus pairs';
	it.skipIf(pairs.length === 0)(pairs.length ? title : `${title} (skipped: ${CORPUS_MISSING})`, () => {
		const refused = pairs.flatMap((p) => p.all.filter((r) => !looksEnglish(r.text)).map((r) => `${p.id}: ${r.outlet}`));
		expect(refused).toEqual([]);
		expect(pairs.flatMap((p) => p.all)).toHaveLength(90);
	});
});
