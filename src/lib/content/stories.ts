// The bundled stories as plain data. The report texts are the seed files, imported untouched (`?raw`):
// headline, body and page debris are told apart later by the analysis engine, never by editing the text.
import type { z } from 'zod';
import type { Story } from '$lib/schema';
import armsSalesA from './stories/000_e6705d96b1f0feb6.txt?raw';
import armsSalesB from './stories/001_637e260c91ed6497.txt?raw';

/** What a story looks like before it is parsed (`z.input`), so a mistake here is a type error too. */
export const seedStories: z.input<typeof Story>[] = [
	{
		id: 'uk-official-resigns',
		title: 'A UK official resigns over arms sales to Israel',
		reports: [
			{
				key: 'a',
				label: 'Report A',
				// The page's own title ends "| Arms Trade"; it names no outlet.
				source: 'A news page filed under “Arms Trade”',
				file: '000_e6705d96b1f0feb6.txt',
				text: armsSalesA
			},
			{
				key: 'b',
				label: 'Report B',
				// "The FCDO told AOAV" in the text: the report is Action on Armed Violence's own.
				source: 'Action on Armed Violence (AOAV)',
				file: '001_637e260c91ed6497.txt',
				text: armsSalesB
			}
		]
	}
];
