// Words that let two reports make the same point in other words, for the comparison (compare/paraphrase.ts).
//
// SYNONYMS: groups of common news words that share a WordNet 3.1 synset (Princeton WordNet licence, which
// allows use and redistribution with its notice): "reduce, cut, cut back, trim", "change, alter, modify" with
// the noun "shift" (a qualitative change), "choose, select, pick", "refuse, decline" (to do something),
// "remain, stay", with the nouns WordNet derives from them ("supporter", "opponent"). A word is kept only where
// the shared sense is its usual one in news: "back" (a body part first) is not put with "support", nor "fire"
// with "dismiss", nor "raise" with "increase" ("raise money", "raise questions"). "elect" is left out of
// "choose": it names a vote, and "election" is a political report's commonest word.
//
// IRREGULAR: English nominalisations whose stem changes (Quirk et al. 1985, App. I.30-I.34: decide →
// decision, admit → admission, deny → denial, fail → failure), as "noun:verb"; the regular ones (select →
// selection, allege → allegation, oppose → opposition, refuse → refusal) are read by rule in
// compare/paraphrase.ts.

/** Each group: its words separated by spaces, the first naming the group; groups separated by ";". */
export const SYNONYMS =
	'reduce cut slash trim reduction decrease;change alter modify shift alteration modification;' +
	'choose select pick choice;refuse decline;remain stay;begin start commence;buy purchase;' +
	'help assist aid assistance;need require requirement;ask request;answer respond reply response;' +
	'allow permit permission;support endorse endorsement supporter backer;oppose opponent;' +
	'lawmaker legislator;lawyer attorney;injure hurt wound injury;try attempt;resign quit resignation;' +
	'large big;criticize criticise criticism;prohibit ban prohibition';

/** Nouns whose verb is not the noun less its suffix, as "noun:verb". */
export const IRREGULAR =
	'decision:decide division:divide conclusion:conclude inclusion:include exclusion:exclude ' +
	'explosion:explode invasion:invade persuasion:persuade revision:revise collision:collide erosion:erode ' +
	'evasion:evade extension:extend expansion:expand suspension:suspend admission:admit submission:submit ' +
	'omission:omit transmission:transmit emission:emit discussion:discuss expression:express ' +
	'possession:possess confession:confess impression:impress denial:deny failure:fail closure:close ' +
	'departure:depart exposure:expose seizure:seize defense:defend defence:defend offense:offend offence:offend ' +
	'complaint:complain belief:believe proof:prove growth:grow speech:speak success:succeed analysis:analyze';
