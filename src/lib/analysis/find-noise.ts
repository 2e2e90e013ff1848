// Finds page debris that comes with a copied web page (section labels, comment forms, lost embeds, share
// lines, bylines, timestamps) so that nothing in it is read as part of the report.
import type { Block, NoiseFinding } from './types';

export function findNoise(text: string, blocks: readonly Block[]): NoiseFinding[] {
	void text;
	void blocks;
	return [];
}
