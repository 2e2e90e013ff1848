// Words that make a judgement smaller or less firm: "a relatively low-ranking official", "somewhat
// rushed", "arguably the worst", "to some extent". The writer holds back from the plain claim. Degree words
// that measure ("slightly heavier", "partly cloudy") are left out.
import { SOFTENER_PHRASES, SOFTENERS } from '../lexicons/hedges';
import { at, found, type HedgeRule } from './sentence';

export const softener: HedgeRule = {
	triggers: [...SOFTENERS, ...SOFTENER_PHRASES.keys()],
	read(s, i) {
		const word = at(s, i);
		if (SOFTENERS.has(word)) {
			return found(
				s,
				i,
				i,
				'softener',
				'softened',
				word,
				word === 'arguably' ? ' offers this as a view that could be disputed, not as a settled fact.' : ' makes the judgement smaller or less firm than a plain statement would.',
			);
		}
		for (const rest of SOFTENER_PHRASES.get(word) ?? []) {
			if (rest.every((w, k) => at(s, i + 1 + k) === w)) {
				return found(s, i, i + rest.length, 'softener', 'softened', [word, ...rest].join('-'), ' makes the claim smaller or less firm than a plain statement would.');
			}
		}
		return null;
	},
};
