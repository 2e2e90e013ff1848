// Splits a report's raw text into a headline and paragraphs for display, keeping every block's offsets
// into the original string, so later highlighting (findings carry start/end) can map onto the same text.

/** A run of the original text: `text === source.slice(start, end)`. */
export interface TextBlock {
	start: number;
	end: number;
	text: string;
}

export interface ReportLayout {
	/** The first non-empty line, shown as the headline (it may be page debris: that is the engine's call). */
	headline: TextBlock | null;
	/** Everything after it, split on blank lines; line breaks inside a paragraph are kept. */
	paragraphs: TextBlock[];
}

function block(source: string, start: number, end: number): TextBlock | null {
	while (start < end && /\s/.test(source.charAt(start))) start++;
	while (end > start && /\s/.test(source.charAt(end - 1))) end--;
	return start < end ? { start, end, text: source.slice(start, end) } : null;
}

export function layoutReport(source: string): ReportLayout {
	const blocks: TextBlock[] = [];
	// A blank line (possibly holding spaces or \r) separates paragraphs.
	const separator = /\n[^\S\n]*\n\s*/g;
	let from = 0;
	for (const match of source.matchAll(separator)) {
		const found = block(source, from, match.index);
		if (found) blocks.push(found);
		from = match.index + match[0].length;
	}
	const last = block(source, from, source.length);
	if (last) blocks.push(last);

	const first = blocks.shift();
	if (!first) return { headline: null, paragraphs: [] };
	const lineEnd = first.text.indexOf('\n');
	if (lineEnd === -1) return { headline: first, paragraphs: blocks };
	const headline = block(source, first.start, first.start + lineEnd);
	const rest = block(source, first.start + lineEnd, first.end);
	return { headline, paragraphs: rest ? [rest, ...blocks] : blocks };
}
