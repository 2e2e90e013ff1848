// Finds the voices heard in one report only: named sources of one report that no source of the other
// matches, and that the other report does not show speaking either. A source the other report's analysis
// missed ("Steele issued a statement saying: …" read as no attribution) must not be offered as unheard
// there: a name followed closely by a verb of saying or a quotation, or just after one ("said Steele"),
// counts as heard; but only a verb that inverts in news prose has its speaker after it: "said Steele" is
// Steele speaking, "accusing Israel" and "told Smith" are not. A name that is the object of a preposition
// ("arms sales to Israel, claiming …") is not the subject of the verb after it; "according to Israel" is
// Israel heard. A wrong "only in A" teaches the wrong lesson; a missed one teaches nothing.
import { INVERTING_LEMMAS, REPORTING_VERBS } from '../lexicons/reporting-verbs';
import type { ReportAnalysis, Source } from '../types';
import { wordSet } from '../lexicons/word-set';

/** A verb of saying or a quotation mark this many words after a name makes its bearer speak there. */
const SPEECH_REACH = 6;

/** How far past a name a phrase set off by commas is looked for. */
const PARENTHETICAL_REACH = 200;
const WORD = /[\p{L}’'-]+|[“”"]/gu;
const NAME_BEFORE = /(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u;
const LAST_WORD = /([\p{L}’'-]+)\s+$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Prepositions whose object a name is (English grammar, a closed class): never the subject of the next verb. */
const GOVERNING = wordSet('to of in on at for with against from into onto toward towards about over than');

function speaksIn(other: ReportAnalysis, s: Source): boolean {
	const keys = [s.name, ...s.aliases]
		.map((n) => n.trim())
		.filter((n) => n.length > 1)
		// The last word too, for a person's surname, and for a name the analysis ran into a title
		// ("Weekly Standard Editor Bill Kristol"): at worst a voice is not offered as unheard.
		.flatMap((n) => [n, n.split(/\s+/).pop() ?? n])
		.filter((n) => n.length > 3)
		// An acronym as some papers write it: "NAACP" as "N.A.A.C.P.".
		.flatMap((n) => (ACRONYM.test(n) ? [n, `${[...n].join('.')}.`] : [n]));
	for (const key of new Set(keys)) {
		for (let at = other.text.indexOf(key); at >= 0; at = other.text.indexOf(key, at + key.length)) {
			// The words just before the name, past any other part of it or a title ("to Sam Hale", "said Sen. Hale"),
			// none across a mark ("in May, Lena Vogt told").
			const before = other.text.slice(Math.max(0, at - 40), at).replace(NAME_BEFORE, '').toLowerCase();
			// Past a phrase set off by commas ("Bill Kristol, who led the charge …, said"): the verb comes after it.
			let rest = other.text.slice(at + key.length, at + key.length + PARENTHETICAL_REACH);
			const apposed = /^,\s[^,.;:“”"]*,/.exec(rest);
			if (apposed) rest = rest.slice(apposed[0].length);
			const last = LAST_WORD.exec(before)?.[1] ?? '';
			if (before.endsWith('according to ')) return true;
			if (GOVERNING.has(last)) continue;
			if (INVERTING_LEMMAS.has(REPORTING_VERBS.get(last)?.lemma ?? '')) return true;
			// The first words after the name only: the rest of the stretch is never read.
			WORD.lastIndex = 0;
			for (let n = 0, m = WORD.exec(rest); m && n < SPEECH_REACH; n++, m = WORD.exec(rest)) {
				const w = m[0];
				if (w === '“' || w === '”' || w === '"' || REPORTING_VERBS.has(w.toLowerCase())) return true;
			}
		}
	}
	return false;
}

/** Ids of the named sources of `r` that are heard nowhere in `other` (`matched`: sources paired across). */
export function voicesOnlyIn(r: ReportAnalysis, other: ReportAnalysis, matched: (s: Source) => boolean): string[] {
	return r.sources.filter((s) => s.kind !== 'anonymous' && s.name !== '' && !matched(s) && !speaksIn(other, s)).map((s) => s.id);
}
