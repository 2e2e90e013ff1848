// The ids of the bundled stories, without their texts: for the command line (which cannot import `?raw`
// text files) and anything else that only needs to know which stories exist. A test keeps it in step.
export const STORY_IDS: readonly string[] = ['uk-official-resigns'];
