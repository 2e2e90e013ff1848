// Loaded language: words and phrases that carry feeling or judgement rather than plain information.
// Provenance: our own list. It is informed by the strong-subjective entries of the MPQA subjectivity lexicon
// (Wilson, Wiebe & Hoffmann 2005) and by press-standards guidance on emotive and sensational wording
// (IPSO, BBC editorial guidelines), and restricted to words that read as loaded in news copy: plain
// words of the subject matter ("war", "crisis", "killed") are deliberately left out.
import type { LoadedCategory } from '../types';

/** Phrases per category, separated by "|". Multi-word phrases come before their parts. */
const LISTS: Record<Exclude<LoadedCategory, 'headline-device'>, string> = {
	emotive:
		'shocking|shocked|shock|outrageous|outraged|outrage|furious|fury|horrific|horrifying|horrified|appalling|appalled|' +
		'disgraceful|disgrace|devastating|devastated|brutal|brutally|barbaric|heinous|atrocious|atrocity|atrocities|tragic|' +
		'heartbreaking|heartbroken|chilling|terrifying|terrified|alarming|scandal|scandalous|explosive|bombshell|slammed|' +
		'blasted|savaged|lashed out|hit out|fumed|courageous|courage|brave|bravery|heroic|shameful|shame|disastrous|' +
		'catastrophic|chaos|chaotic|stunning|stunned|staggering|astonishing|incredible|dramatic|dramatically|notorious|' +
		'infamous|vile|evil|cruel|callous|reckless|draconian|perfunctory|dismissive|indifference|betrayal|betrayed|' +
		'hypocrisy|hypocritical|cowardly|damning|scathing|blistering|furore|uproar|backlash|massacre|slaughter|carnage|' +
		'bloodbath|rampage|mass murder|sadness|sadly|misleading|disturbing|deeply disturbing|shameless|grotesque|' +
		'sickening|despicable|egregious|indefensible|unconscionable|vicious|ruthless|savage|nightmare|agony|anguish',
	evaluative:
		'clear and unmistakable|clear and unquestionable|unquestionable|unmistakable|undeniable|indisputable|blatant|' +
		'flagrant|outright|sheer|profound indictment|indictment|immense courage|brazen|landmark|historic|unprecedented|' +
		'extraordinary|controversial|controversy|notorious|ethical implications|morality|moral|immoral|illegality|' +
		'culpable|disgraced|embattled|beleaguered|hardline|extremist|radical|fanatic|so-called|' +
		'growing discomfort|deeply concerning|deeply worrying|deeply troubling|simply the opposite|serious reevaluation',
	intensifier:
		'significant attention|sparked significant|deeply|profoundly|immensely|utterly|absolutely|extremely|incredibly|' +
		'enormously|hugely|massively|desperately|totally|entirely unacceptable|wholly',
	figurative:
		'echo through the corridors|echoes through the corridors|echoed through the corridors|renewed scrutiny|' +
		'brought renewed scrutiny|sparked|fuelled|fueled|ignited|under fire|firestorm|in the crosshairs|slap in the face|' +
		'opened the floodgates|sent shockwaves|shockwaves|rocked|turned a blind eye|tip of the iceberg|uphill battle|' +
		'perfect storm|war of words|at loggerheads|sounded the alarm|raises broader questions|intensify debates|' +
		'stand up against a system|without evidence|without providing evidence|somehow|predictably|unsurprisingly',
	label: 'regime|thugs|thug|terror group|puppet|warmonger|mob|propaganda|apologist|zealot|lunatic',
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

export const LOADED_RULES: ReadonlyArray<{ category: LoadedCategory; pattern: RegExp }> = Object.entries(LISTS).map(
	([category, list]) => ({
		category: category as LoadedCategory,
		pattern: new RegExp(
			`\\b(?:${list
				.split('|')
				.sort((a, b) => b.length - a.length)
				.map(escape)
				.join('|')})\\b`,
			'gi',
		),
	}),
);

/** Headline openers that sell rather than tell. */
export const HEADLINE_TEASERS = /^(?:shocking|you won['’]t believe|revealed|exclusive|breaking|watch|the truth about|here['’]s why|this is why|what happened next)\b/i;
