// The shape of a bundled story: one event told by two reports, each kept exactly as it reached us.
import { z } from 'zod';

/** Which of the two reports: also the value of `?report=` in a story link. */
export const ReportKey = z.enum(['a', 'b']);
export type ReportKey = z.infer<typeof ReportKey>;

export const Report = z.object({
	key: ReportKey,
	/** Short name used on the tab and above the column, e.g. "Report A". */
	label: z.string().min(1).max(24),
	/** Where the report comes from, as far as the page itself tells us. */
	source: z.string().min(1).max(80),
	/** The seed file the text was copied from, for provenance and the command line. */
	file: z.string().regex(/^[\w.-]+\.txt$/),
	/** The report exactly as captured, page debris included; offsets elsewhere index into this string. */
	text: z.string().refine((text) => text.trim().length > 0, 'a report needs some text')
});
export type Report = z.infer<typeof Report>;

export const Story = z
	.object({
		/** URL-safe and stable: it appears in links (/story/<id>/) that students share. */
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
		title: z.string().min(1).max(80),
		reports: z.tuple([Report, Report])
	})
	.refine(({ reports: [a, b] }) => a.key === 'a' && b.key === 'b', {
		message: 'the reports are A then B',
		path: ['reports']
	});
export type Story = z.infer<typeof Story>;

export const StoryList = z.array(Story).refine(
	(stories) => new Set(stories.map((s) => s.id)).size === stories.length,
	'story ids must be unique'
);
