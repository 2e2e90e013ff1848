// Turns a copied web page (the HTML a browser puts on the clipboard) into plain text with one paragraph per
// block, so the engine's debris detection can do the rest. Scripts, styles and other non-text parts are
// dropped whole; nothing here ever becomes HTML again. Pure, so it runs in a worker and in tests.

const DROP = /<(script|style|noscript|template|svg|canvas|iframe|object|head)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK = /<\/?(?:p|div|section|article|header|footer|aside|nav|main|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|tr|dd|dt|pre)\b[^>]*>/gi;
const BREAK = /<br\s*\/?>/gi;
const TAG = /<\/?[a-zA-Z][^>]*>|<!--[\s\S]*?-->|<![^>]*>/g;

const NAMED: Record<string, string> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
	lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', pound: '£', euro: '€', copy: '©', eacute: 'é',
};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
		if (code[0] === '#') {
			const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
			return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : whole;
		}
		return NAMED[code.toLowerCase()] ?? whole;
	});
}

/** Whether pasted text looks like HTML markup rather than an article's words. */
export const looksLikeHtml = (text: string): boolean => /<(?:p|div|span|a|br|html|body|article|h[1-6])\b[^>]*>/i.test(text);

export function htmlToText(html: string): string {
	const text = html.replace(DROP, ' ').replace(BREAK, '\n').replace(BLOCK, '\n\n').replace(TAG, '');
	return decodeEntities(text)
		.replace(/[ \t\f\v\u00a0]+/g, ' ')
		.split('\n')
		.map((line) => line.trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
