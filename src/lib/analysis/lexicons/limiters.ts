// Adjectives that make the size or reach of what they describe smaller: "modest cuts", "a limited strike",
// "minor changes". English grammar's minimising words (Quirk et al. 1985, §7.33 and §8.104 on
// downtoners, as adjectives), not any one report's. Not "small": in news it mostly names a kind ("small
// businesses"), not a limit; not "some": it counts.
import { wordSet } from './word-set';

export const LIMITERS = wordSet('modest minor slight limited minimal partial marginal narrow temporary');
