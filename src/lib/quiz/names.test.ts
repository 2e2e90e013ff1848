import { describe, expect, it } from 'vitest';
import type { Source, SourceKind } from '../analysis/types';
import { roleBetween, wholeName } from './names';

/** A source named `name`, mentioned wherever its name or aliases stand in the text. */
function source(text: string, name: string, kind: SourceKind = 'person', aliases: string[] = []): Source {
	const mentions = [name, ...aliases].flatMap((n) => {
		const out = [];
		for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) out.push({ start: at, end: at + n.length });
		return out;
	});
	return { id: name.toLowerCase(), name, kind, aliases, mentions, descriptions: [] };
}

describe('a name a student may be offered', () => {
	it('is never a word cut out of a longer name', () => {
		const text = 'The United States said the talks would resume. Officials at the White House agreed.';
		expect(wholeName(text, source(text, 'United', 'organization'))).toBe(false);
		expect(wholeName(text, source(text, 'House', 'organization'))).toBe(false);
	});

	it('is never the second half of a place and a party read as a name', () => {
		const text = 'The plan was backed by Anna Ruiz, the New York Democrat, who said it was overdue.';
		expect(wholeName(text, source(text, 'York Democrat'))).toBe(false);
		expect(wholeName(text, source(text, 'Anna Ruiz'))).toBe(true);
	});

	it('is never two places, or two people each named, joined by "and" read as one speaker', () => {
		const text = 'Most voters in Ohio, Kentucky and Tennessee said they felt let down by the party.';
		expect(wholeName(text, source(text, 'Kentucky and Tennessee', 'government'))).toBe(false);
		const court = 'Justices Lee and Maria T. Santos Jr. said they were concerned about the rule. Earlier, Justice Ann Park agreed.';
		expect(wholeName(court, source(court, 'Justices Lee and Maria T. Santos Jr.', 'group'))).toBe(false);
		expect(wholeName(court, source(court, 'Ann Park'))).toBe(true);
		const union = 'The Department of Health and Human Services said the rule would stand.';
		expect(wholeName(union, source(union, 'Department of Health and Human Services', 'organization'))).toBe(true);
	});

	it('is never one word of a body the report names in full elsewhere ("Oversight" of "Oversight Committee")', () => {
		const text = 'The Oversight Committee met on Monday. “We are tired,” said Oversight ranking Democrat Jo Hartley. On Tuesday the vote was close, Greenpeace said.';
		expect(wholeName(text, source(text, 'Oversight', 'organization'))).toBe(false);
		expect(wholeName(text, source(text, 'Greenpeace', 'organization'))).toBe(true);
	});

	it('is never a party member and a name read as a body, nor a counsel’s title glued to a name', () => {
		const text = 'House Democrat Jo Hartley said the vote was close. The House Democratic Caucus agreed. Agency General Counsel Ann B. Cole wrote to the court.';
		expect(wholeName(text, source(text, 'House Democrat Jo Hartley', 'organization'))).toBe(false);
		expect(wholeName(text, source(text, 'House Democratic Caucus', 'organization'))).toBe(true);
		expect(wholeName(text, source(text, 'Counsel Ann B. Cole'))).toBe(false);
	});

	it('is never a description standing in for a name, with or without the person in it', () => {
		const text = 'The Ohio Republican said the bill would fail. Press Secretary Dan Mole said it would pass.';
		expect(wholeName(text, source(text, 'Ohio Republican'))).toBe(false);
		expect(wholeName(text, source(text, 'Press Secretary Dan Mole', 'organization'))).toBe(false);
	});

	it('is never an office standing alone ("the Cardinal", "the Nuncio"), which stands for whoever holds it', () => {
		const text = 'Cardinal Ann Ruiz met the Nuncio on Monday. The Cardinal said the meeting went well, and the White House agreed.';
		expect(wholeName(text, source(text, 'Cardinal'))).toBe(false);
		expect(wholeName(text, source(text, 'the Nuncio', 'organization'))).toBe(false);
		expect(wholeName(text, source(text, 'Ann Ruiz'))).toBe(true);
		expect(wholeName(text, source(text, 'the White House', 'government'))).toBe(true);
	});

	it('is never a number word opening a sentence, nor an office with the place it serves ("Harbour County Supervisor")', () => {
		const text = 'One said the vote was late. Harbour County Supervisor of Elections Ann Ruiz said the count was done. Mayor Tom Hale agreed.';
		expect(wholeName(text, source(text, 'One', 'organization'))).toBe(false);
		expect(wholeName(text, source(text, 'Harbour County Supervisor'))).toBe(false);
		expect(wholeName(text, source(text, 'Tom Hale'))).toBe(true);
	});

	it('is never a clause fragment, a dateline or a platform', () => {
		const text = 'LONDON — The more will be said on Monday, the minister wrote on Twitter.';
		expect(wholeName(text, source(text, 'The more will', 'organization'))).toBe(false);
		expect(wholeName(text, source(text, 'LONDON', 'government'))).toBe(false);
		expect(wholeName(text, source(text, 'Twitter', 'social-media'))).toBe(false);
	});

	it('is a person only where the report treats it as one: a title, a description or the surname alone', () => {
		const text = 'Sen. Jim Dale said the vote was close. Mr. Dale added that North Dakota would decide. Tom Bay, a farmer, agreed.';
		expect(wholeName(text, source(text, 'Jim Dale', 'person', ['Dale']))).toBe(true);
		expect(wholeName(text, source(text, 'Tom Bay'))).toBe(true);
		expect(wholeName(text, source(text, 'North Dakota'))).toBe(false);
	});

	it('is not a person when the description after it names a body', () => {
		const text = 'Blue Path, a moderate Democratic group, said the plan was fair. Ann Lee, a Democratic party official, agreed.';
		expect(wholeName(text, source(text, 'Blue Path'))).toBe(false);
		expect(wholeName(text, source(text, 'Ann Lee'))).toBe(true);
	});

	it('may be a body described in common words, but not a head noun alone', () => {
		const text = "The county library workers' union said it would fight. The company said nothing.";
		expect(wholeName(text, source(text, "county library workers' union", 'organization'))).toBe(true);
		expect(wholeName(text, source(text, 'The company', 'organization'))).toBe(false);
	});

	it('may be a document named by its noun, however the sentence capitalises it', () => {
		const text = 'The letter says the plan is unfair. Officials said the letter was sent on Monday.';
		expect(wholeName(text, source(text, 'The letter', 'document'))).toBe(true);
	});

	it('is never a document called only "the report" or "the article", words the quiz uses for the two reports', () => {
		const text = 'The report says the plan is unfair. The Harbour Board report said the plan was late. The article said so too.';
		expect(wholeName(text, source(text, 'The report', 'document'))).toBe(false);
		expect(wholeName(text, source(text, 'The article', 'document'))).toBe(false);
		expect(wholeName(text, source(text, 'The Harbour Board report', 'document'))).toBe(true);
	});

	it('is found where the text writes it when the engine lists only where the source speaks', () => {
		const text = 'Mayor Jo Hart said the plan was fair. Hart added that it would pass.';
		const s = { ...source(text, 'Jo Hart', 'person', ['Hart']), mentions: [{ start: 14, end: 18 }] };
		expect(wholeName(text, s)).toBe(true);
	});

	it('may be a group with a word saying which, never a bare plural', () => {
		const text = 'Republican officials said the rules were clear. The officials said more later.';
		expect(wholeName(text, source(text, 'Republican officials', 'group'))).toBe(true);
		expect(wholeName(text, source(text, 'The officials', 'group'))).toBe(false);
	});
});

describe('two names written side by side', () => {
	it('are one voice when a role stands between them, not when a verb does', () => {
		expect(roleBetween(' spokesman ')).toBe(true);
		expect(roleBetween(', a top adviser to Mr. ')).toBe(true);
		expect(roleBetween(' CEO ')).toBe(true);
		expect(roleBetween('’s ')).toBe(true);
		expect(roleBetween(' endorsed Texas Gov. ')).toBe(false);
		expect(roleBetween(' and ')).toBe(false);
	});
});
