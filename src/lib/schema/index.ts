// Zod schemas for data that crosses a boundary; the TypeScript types are inferred from them.
export { Report, ReportKey, Story, StoryList } from './story';
