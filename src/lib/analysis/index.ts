// The analysis engine's public surface: read one report, compare two. The scoring JSON (to-json.ts) is the
// command line's alone, so it is imported from there and stays out of the bundle the app's worker loads.

// The word lists first and side by side: a bundler lays modules out in the order they are first imported, and
// gzip finds a repeated word only within the 32 KB before it, so lists that share words (the loaded ones, the
// names, the hedges and function words, the reporting verbs) cost about 1.5 KB less gzipped read together than
// spread among the rules that use them. Every list here is used by a rule (an import kept for its order alone
// would keep a list no rule reads).
import './lexicons/loaded-general';
import './lexicons/loaded';
import './lexicons/paraphrase';
import './lexicons/names';
import './lexicons/background';
import './lexicons/limiters';
import './lexicons/hedges';
import './lexicons/function-words';
import './lexicons/reporting-verbs';

export { analyzeReport } from './analyze';
export { compareReports } from './compare/compare-reports';
export type * from './types';
