// Decides who a noun phrase in speaker position is: a name (person, organization, country), a pronoun to
// resolve, a role ("a senior diplomat", "the minister"), a document ("the emails"), a group ("officials")
// or a vague source ("many", "critics"), and resolves it against the names the report gives.
import { alias, capitalRuns, ensure, lookup, mentionsBefore, nameKind, resolvePronoun, splitTitle, type Entity, type Registry } from './entities';
import { DETERMINERS } from './lexicons/function-words';
import { DOCUMENT_NOUNS, GROUP_NOUNS, HONORIFICS, NOT_NAME, PRONOUNS, ROLE_NOUNS, VAGUE_NOUNS } from './lexicons/names';
import { isAcronym, isCapitalized, type Token } from './tokens';
import type { Attribution, SourceKind, Span } from './types';

export interface Speaker {
	name: string;
	kind: SourceKind;
	entity: Entity | null;
	resolvedBy: Attribution['resolvedBy'];
	/** Words that describe the speaker in this phrase ("Foreign Secretary", "a senior British diplomat"). */
	description: Span | null;
}


const LOWER_WORD = /^\p{Ll}+$/u;

const textOf = (src: string, ts: readonly Token[]): string => {
	const a = ts[0];
	const b = ts[ts.length - 1];
	return a && b ? src.slice(a.start, b.end) : '';
};

/** A role noun phrase ("a senior British diplomat") whose person is named just after it: the delayed lede. */
function delayed(reg: Registry, at: number, limit: number): Entity | null {
	for (let k = mentionsBefore(reg, at + 1); k < reg.mentions.length; k++) {
		const m = reg.mentions[k];
		if (!m || m.at > limit) break;
		if (m.entity.kind === 'person') return m.entity;
	}
	return null;
}

/** The nearest person before `at` whose descriptions use the role noun ("the minister"). */
function byRole(reg: Registry, src: string, role: string, at: number): Entity | null {
	let best: Entity | null = null;
	let bestAt = -1;
	for (const e of reg.entities) {
		if (e.kind !== 'person' || e.first >= at) continue;
		if (!e.descriptions.some((d) => src.slice(d.start, d.end).toLowerCase().includes(role))) continue;
		if (e.first > bestAt) {
			best = e;
			bestAt = e.first;
		}
	}
	return best;
}

export function resolveSpeaker(reg: Registry, src: string, np: readonly Token[], ledeEnd: number): Speaker | null {
	let tokens = [...np];
	while (tokens[0] && [',', '(', ')', '“', '”', '"'].includes(tokens[0].text)) tokens = tokens.slice(1);
	while (tokens.length && [',', '“', '”', '"'].includes(tokens[tokens.length - 1]?.text ?? '')) tokens = tokens.slice(0, -1);
	const first = tokens[0];
	const last = tokens[tokens.length - 1];
	if (!first || !last) return null;
	const span = { start: first.start, end: last.end };

	// A pronoun.
	if (PRONOUNS.has(first.lower) && tokens.every((t, k) => k === 0 || LOWER_WORD.test(t.text))) {
		const p = PRONOUNS.get(first.lower) ?? 'he';
		if (p === 'we' || p === 'i') return null;
		const e = resolvePronoun(reg, p, first.start);
		if (!e) return null;
		return { name: e.name, kind: e.kind, entity: e, resolvedBy: 'pronoun', description: null };
	}

	// "… (FCDO)": the acronym names it, the words before spell it out.
	const close = tokens.findIndex((t) => t.text === ')');
	if (close > 1 && tokens[close - 2]?.text === '(') {
		const acr = tokens[close - 1];
		if (acr && isAcronym(acr)) {
			const known = lookup(reg, acr.base);
			const e = known ?? ensure(reg, acr.base, 'organization', acr);
			return { name: e.name, kind: e.kind, entity: e, resolvedBy: 'acronym', description: null };
		}
	}

	const head = last.base.toLowerCase();
	const hasName = tokens.some((t) => isCapitalized(t) && t !== first) || (isCapitalized(first) && !DETERMINERS.has(first.lower));

	// "a spokesman for the ministry", "a spokeswoman for Hamas": the body speaks.
	const forAt = tokens.findIndex((t) => t.lower === 'for' || t.lower === 'of');
	if (forAt > 0 && tokens.slice(0, forAt).some((t) => /^spokes(?:man|woman|person)$/.test(t.lower))) {
		const body = resolveSpeaker(reg, src, tokens.slice(forAt + 1), ledeEnd);
		if (body) return body;
	}

	// "A council spokesperson", "a Foreign Office spokesman": the words before the role name the body.
	if (/^spokes(?:man|woman|person)$/.test(head) && tokens.length > 1) {
		const lead = tokens.slice(DETERMINERS.has(first.lower) ? 1 : 0, -1);
		const words = textOf(src, lead);
		if (lead.length && lead.every((t) => !ROLE_NOUNS.has(t.lower))) {
			const named = lead.some((t) => isCapitalized(t)) ? lookup(reg, words) : undefined;
			if (named) return { name: named.name, kind: named.kind, entity: named, resolvedBy: 'description', description: span };
			if (lead.some((t) => isCapitalized(t))) {
				const e = ensure(reg, words, 'organization', span);
				return { name: e.name, kind: e.kind, entity: e, resolvedBy: 'description', description: span };
			}
			return { name: `the ${words}`, kind: 'organization', entity: null, resolvedBy: 'description', description: span };
		}
	}

	if (VAGUE_NOUNS.has(head) || (head === 'sources' && !hasName)) {
		return { name: '', kind: 'anonymous', entity: null, resolvedBy: 'description', description: span };
	}

	// "Officials said", "Critics say" at the start of a sentence: a capital, but not a name.
	const commonNoun = tokens.length === 1 && (GROUP_NOUNS.has(head) || DOCUMENT_NOUNS.has(head) || ROLE_NOUNS.has(head));
	// Names: the last capitalized run in the phrase, less any title before it.
	const runs = commonNoun ? [] : capitalRuns(tokens).filter((r) => splitTitle(r.tokens).name.length > 0);
	const run = runs[runs.length - 1];
	if (run && run.to >= tokens.length) {
		const { title, name } = splitTitle(run.tokens);
		const nameText = textOf(src, name).replace(/[’']s$/u, '');
		const known = lookup(reg, nameText) ?? (name.length === 1 ? undefined : lookup(reg, name[name.length - 1]?.base ?? ''));
		// "Mr Johnson": an honorific makes even a lone surname a person.
		const honorific = title.some((t) => HONORIFICS.has(t.lower));
		const kind = honorific && name.length === 1 ? 'person' : nameKind(name);
		const description = title.length && title[0] && title[title.length - 1] ? { start: title[0].start, end: title[title.length - 1]?.end ?? title[0].end } : null;
		if (known && (kind === 'unknown' || kind === known.kind || known.kind === 'person')) {
			return { name: known.name, kind: known.kind, entity: known, resolvedBy: known.name === nameText ? 'name' : 'surname', description };
		}
		if (kind === 'person' || kind === 'organization' || kind === 'government') {
			const e = ensure(reg, nameText, kind, { start: name[0]?.start ?? 0, end: last.end });
			if (honorific && !e.gender) {
				const h = title.find((t) => HONORIFICS.has(t.lower))?.lower ?? '';
				if (/^mr\.?$|^sir$|^lord$/.test(h)) e.gender = 'he';
				if (/^(?:mrs|ms|miss)\.?$|^dame$|^lady$/.test(h)) e.gender = 'she';
			}
			return { name: e.name, kind: e.kind, entity: e, resolvedBy: 'name', description };
		}
		// A single unknown capitalized word ("Hamas said", "Reuters reported"): a body that speaks.
		if (name.length === 1 && name[0] && !NOT_NAME.has(name[0].lower) && !PRONOUNS.has(name[0].lower)) {
			const e = ensure(reg, nameText, 'organization', name[0]);
			return { name: e.name, kind: e.kind, entity: e, resolvedBy: 'name', description };
		}
	}

	// "the emails", "a statement", "the report".
	if (DOCUMENT_NOUNS.has(head)) {
		const name = textOf(src, tokens).replace(/^(?:a|an)\s+/i, 'the ');
		return { name, kind: 'document', entity: null, resolvedBy: 'description', description: null };
	}
	// "officials", "Israeli officials", "police".
	if (GROUP_NOUNS.has(head)) {
		const name = textOf(src, tokens).replace(/^the\s+/i, '');
		return { name, kind: head === 'police' || head === 'authorities' ? 'organization' : 'group', entity: null, resolvedBy: 'description', description: null };
	}
	// "the government", "the ministry", "the department": the nearest body of that kind named before.
	if (/^(?:government|ministry|department|office|council|agency|company|party|army|military|court|embassy|commission|committee|administration)$/.test(head)) {
		let body: Registry['mentions'][number] | undefined;
		for (let k = mentionsBefore(reg, first.start) - 1; k >= 0 && !body; k--) {
			const m = reg.mentions[k];
			if (m && m.entity.kind !== 'person' && m.entity.name.toLowerCase().includes(head)) body = m;
		}
		if (body) return { name: body.entity.name, kind: body.entity.kind, entity: body.entity, resolvedBy: 'description', description: null };
		return { name: textOf(src, tokens), kind: head === 'government' ? 'government' : 'organization', entity: null, resolvedBy: 'description', description: null };
	}
	// "The opposition said", "the company said": a body named only by what it is.
	if (first.lower === 'the' && tokens.length <= 3 && LOWER_WORD.test(last.text) && !ROLE_NOUNS.has(head) && !PRONOUNS.has(head)) {
		return { name: textOf(src, tokens), kind: 'organization', entity: null, resolvedBy: 'description', description: null };
	}
	// A role: "a senior British diplomat" (named later, in the lede) or "the minister" (named before).
	if (ROLE_NOUNS.has(head)) {
		if (first.lower === 'a' || first.lower === 'an') {
			const e = first.start < ledeEnd ? delayed(reg, last.end, ledeEnd + 600) : null;
			const description = { start: tokens[1]?.start ?? first.start, end: last.end };
			if (e) {
				e.descriptions.push(description);
				return { name: e.name, kind: e.kind, entity: e, resolvedBy: 'description', description };
			}
			return { name: '', kind: 'anonymous', entity: null, resolvedBy: 'description', description: span };
		}
		if (first.lower === 'the') {
			const e = byRole(reg, src, head, first.start);
			if (e) return { name: e.name, kind: e.kind, entity: e, resolvedBy: 'description', description: null };
			// "The prime minister insists …" with no name in the report: the office speaks.
			return { name: textOf(src, tokens), kind: 'person', entity: null, resolvedBy: 'description', description: span };
		}
	}
	return null;
}

export { alias };
