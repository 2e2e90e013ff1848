// The analysis engine's public surface: read one report, compare two, and print the scoring JSON.
export { analyzeReport } from './analyze';
export { compareReports } from './compare/compare-reports';
export { toScoringJson } from './to-json';
export type * from './types';
