// Hedging and distancing cues, by category. Provenance: our own list, organised by Hyland's (1998) hedging
// categories and informed by the `hedges` and `weasels` word lists (wooorm, MIT) — cut down hard, because on
// news text those lists flag far too much ("would", "some", "about" as a topic). Each pattern carries the
// context it needs: approximators only before a quantity, "many" only for people holding a view.
import type { HedgeCategory } from '../types';

export interface HedgeRule {
	category: HedgeCategory;
	/** Matched against one sentence; the first capture group, if any, is the cue, else the whole match. */
	pattern: RegExp;
	confidence: number;
}

const QUANTITY =
	String.raw`(?:a |an )?(?:\d[\d,.]*|half|a half|a third|a quarter|two-thirds|three-quarters|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|a thousand|thousands|a million|millions|a billion|billions|a dozen|dozens|double|twice)\b`;

const PEOPLE =
	String.raw`(?:(?:other|senior|junior|western|local|foreign|leading|prominent|fellow) ){0,2}(?:people|critics|observers|experts|analysts|colleagues|officials|residents|commentators|politicians|lawmakers|MPs|members|voters|citizens|users|staff|workers|diplomats|supporters|opponents|insiders|sources|believe|say|said|argue|argued|fear|feared|think|thought|suspect|questioning|question|wonder|wondered|have (?:said|argued|suggested|questioned|called)|who)\b`;

export const HEDGE_RULES: readonly HedgeRule[] = [
	// Modal verbs: the claim is a possibility. "May" with a capital is the month or a name, not a modal.
	{ category: 'modal', pattern: /\b(may|might)\b(?! \d)/g, confidence: 0.85 },
	{ category: 'modal', pattern: /\b(could)\b(?! not\b|n['’]t)/g, confidence: 0.7 },
	// Distancing: the writer reports a claim without standing behind it.
	{ category: 'distancing-verb', pattern: /\b(claim(?:s|ed|ing)?|insist(?:s|ed|ing)?|alleg(?:e|es|ed|edly|ing|ation|ations)|purported(?:ly)?|so-called)\b/gi, confidence: 0.85 },
	// Impersonal: no one is named as the source.
	{ category: 'impersonal', pattern: /\b([Ii]t (?:is|was|has been|had been) (?:widely )?(?:understood|believed|thought|reported|claimed|alleged|said|rumou?red|suggested)(?: that)?)/g, confidence: 0.9 },
	{ category: 'impersonal', pattern: /\b((?:is|are|was|were) (?:widely |also )?(?:said|believed|thought|understood|reported|rumou?red|alleged) to (?:be|have(?: been)?))\b/g, confidence: 0.9 },
	{ category: 'impersonal', pattern: /\b(reportedly|according to (?:reports|media reports|local reports)|it (?:appears|appeared|emerged|seems) that)\b/gi, confidence: 0.85 },
	// Approximators: a number given roughly, only when a quantity follows.
	{
		category: 'approximator',
		pattern: new RegExp(String.raw`\b(about|around|approximately|roughly|nearly|almost|some|at least|more than|up to|fewer than|less than|close to|upwards of|as many as|an estimated|estimated)(?= ${QUANTITY})`, 'gi'),
		confidence: 0.85,
	},
	// Speculation: a guess about what is or will be.
	{ category: 'speculation', pattern: /\b(likely|unlikely|probably|possibly|perhaps|apparently|seemingly|presumably|it remains to be seen|remains unclear|it is unclear|it was unclear|(?:appears?|appeared|seems?|seemed) to|(?:is|are|was|were) expected to)\b/gi, confidence: 0.8 },
	// Vague sources: people holding a view, with no names.
	{ category: 'vague-source', pattern: new RegExp(String.raw`\b(many|some|several|numerous)(?= ${PEOPLE})`, 'gi'), confidence: 0.75 },
	{ category: 'vague-source', pattern: /\bwith (many|some|others)\b/gi, confidence: 0.75 },
	{ category: 'vague-source', pattern: /(?<!\b(?:[Mm]any|[Ss]ome|[Ss]everal|[Nn]umerous) )\b((?:critics|observers|experts|analysts|commentators) (?:say|said|argue|argued|believe|warn|warned|suggest|suggested|fear|feared))\b/g, confidence: 0.75 },
	// Softeners: the claim is made smaller or less firm.
	{ category: 'softener', pattern: /\b(relatively|potential(?:ly)?|somewhat|arguably|partly|partially|to some extent|to a degree|slightly|fairly)\b/gi, confidence: 0.75 },
];

/** "claims" as a noun for money or property ("insurance claims") is not a distancing word. */
export const NOT_DISTANCING = /\b(?:insurance|compensation|benefit|benefits|expense|expenses|damages|injury|pension|tax|welfare|asylum|legal|land|territorial|property|wage|refund)\s+claims?\b|\bclaims?\s+(?:process|form|forms|handler|handlers|adjuster|department|office)\b|\bclaim(?:ed|ing|s)? (?:the (?:title|lives|life|seat|prize|crown|victory|trophy|win|record)|\d+ lives|lives|responsibility|asylum|benefits|a refund|the top)\b/i;
