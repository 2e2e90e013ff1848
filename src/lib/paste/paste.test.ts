import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from './html-to-text';
import { pairProblem, reportProblem } from './check-report';

// English of any length: a sentence written for these tests, repeated and numbered so no two texts match.
const SENTENCE = 'The council said that it would vote on the plan for the library after the summer'.split(' ');
const words = (n: number) => Array.from({ length: n }, (_, i) => (i % SENTENCE.length === 0 ? `${SENTENCE[0]}${i}` : SENTENCE[i % SENTENCE.length])).join(' ');

describe('pasted web pages', () => {
	it('become paragraphs of text, with scripts, styles and tags gone and entities read', () => {
		const html = `<html><head><title>x</title><style>p{}</style></head><body><nav><a href="/">News</a> | <a>Sport</a></nav>
			<h1>Minister quits &amp; leaves</h1><p>The minister said it was &ldquo;time to go&rdquo;.<br>She left at&nbsp;noon.</p>
			<script>alert("x")</script><p>Critics claim &#8220;chaos&#8221;.</p></body></html>`;
		expect(htmlToText(html)).toBe('News | Sport\n\nMinister quits & leaves\n\nThe minister said it was “time to go”.\nShe left at noon.\n\nCritics claim “chaos”.');
	});

	it('tells markup from an article that merely mentions a tag', () => {
		expect(looksLikeHtml('<p>Hello</p>')).toBe(true);
		expect(looksLikeHtml('The vote was 5 < 7 and nobody said <b>.')).toBe(false);
	});
});

describe('checks on a pasted report', () => {
	it('asks for text when the field is empty, and for more when it is too short', () => {
		expect(reportProblem('   ')).toMatch(/Paste the report/);
		expect(reportProblem(words(30))).toMatch(/only 30 words.*at least 80/);
		expect(reportProblem(words(80))).toBeNull();
	});

	it('refuses more than 20,000 words and raw binary, saying what to paste instead', () => {
		expect(reportProblem(words(20_001))).toMatch(/20,001 words/);
		expect(reportProblem(`${words(100)}\u0000\u0001\u0002\ufffd\ufffd`.repeat(1))).toMatch(/does not look like text/);
	});

	it('notices the same report pasted twice, even with different spacing', () => {
		expect(pairProblem(words(90), `  ${words(90)}\n`)).toMatch(/same text/);
		expect(pairProblem(words(90), words(91))).toBeNull();
	});
});
