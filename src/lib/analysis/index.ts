// The analysis engine's public surface: read one report, compare two. The scoring JSON (to-json.ts) is the
// command line's alone, so it is imported from there and stays out of the bundle the app's worker loads.
export { analyzeReport } from './analyze';
export { compareReports } from './compare/compare-reports';
export type * from './types';
