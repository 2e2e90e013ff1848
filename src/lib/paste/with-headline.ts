// The text the engine reads for a pasted report: the Headline field as its first line, then the article.
// An article copied whole often starts with its own headline; put after the Headline field it would show
// twice (in the reports, the print view, the name screen) and the doubled line would yield junk questions.

/** Letters and digits only, lower case: "Minister quits!" and "MINISTER QUITS" are the same headline. */
const bare = (line: string) => line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The article without a first line that only repeats the headline. */
export function withoutHeadline(headline: string, text: string): string {
	const wanted = bare(headline);
	if (!wanted) return text;
	const first = /^\s*([^\n]*)\n?/.exec(text);
	if (!first || bare(first[1] ?? '') !== wanted) return text;
	return text.slice(first[0].length).replace(/^\s*\n/, '');
}

/** One pasted report as a single text: the headline, a blank line, the article (its own copy of the headline dropped). */
export function withHeadline(report: { headline: string; text: string }): string {
	const headline = report.headline.trim();
	return headline ? `${headline}\n\n${withoutHeadline(headline, report.text)}` : report.text;
}
