import { describe, expect, it } from 'vitest';
import { Marked, emptyComparison } from '../fixtures/hand-marked';
import { markedLibrary } from '../fixtures/library-marked';
import { makePair } from '../pair';
import type { TapQuestion } from '../types';
import { spotHedge } from './spot-hedge';

const taps = (qs: ReturnType<typeof spotHedge>) => qs.filter((q): q is TapQuestion => q.format === 'tap');
const keyedWords = (q: TapQuestion) => q.answer.map((i) => q.targets[i]?.text);

describe('spot-hedge', () => {
	it('keys exactly the words of every hedge in the sentence', () => {
		const { a, b, comparison } = markedLibrary();
		const qs = taps(spotHedge(makePair(a.analysis, b.analysis, comparison)));
		const understood = qs.find((q) => q.targets.some((t) => t.text === 'understood'));
		expect(understood && keyedWords(understood)).toEqual(['It', 'is', 'understood', 'that']);
		expect(understood?.targets.map((t) => t.text).join(' ')).toBe('It is understood that staff were told of the closure only hours before the vote');
	});

	it('makes no tap question from a sentence holding a hedge the analysis is unsure of', () => {
		const text = 'Flood report\n\nThe river could rise by about two metres, and some homes may perhaps be at risk.';
		const a = new Marked(text).hedge('could', 'modal').hedge('about', 'approximator').hedge('perhaps', 'modal', 0.4);
		const b = new Marked('Flood\n\nThe river rose by two metres on Monday.');
		expect(spotHedge(makePair(a.analysis, b.analysis, emptyComparison()))).toEqual([]);
	});

	it('names each keyed hedge in the explanation', () => {
		const a = new Marked('Flood report\n\nThe river could rise by about two metres by Friday night.').hedge('could', 'modal').hedge('about', 'approximator');
		const b = new Marked('Flood\n\nThe river rose by two metres on Monday.');
		const [q] = taps(spotHedge(makePair(a.analysis, b.analysis, emptyComparison())));
		expect(q && keyedWords(q)).toEqual(['could', 'about']);
		expect(q?.explanation).toContain('“could”');
		expect(q?.explanation).toContain('“about”');
	});

	it('makes no tap question from half of a quotation or a sentence with a heading run into it', () => {
		const ask = (text: string) => {
			const a = new Marked(`Flood report\n\n${text}`).hedge('could', 'modal');
			const b = new Marked('Flood\n\nThe river rose by two metres on Monday.');
			return taps(spotHedge(makePair(a.analysis, b.analysis, emptyComparison()))).length;
		};
		expect(ask('The river could rise by two metres by Friday night.')).toBe(1);
		expect(ask("The river could rise by two metres by Friday night,'' the engineer said.")).toBe(0);
		expect(ask('FLOOD WARNING FOR THE VALLEY The river could rise by two metres by Friday night.')).toBe(0);
	});
});
