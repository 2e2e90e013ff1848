// What a teacher reads for each question type when choosing the questions of a quiz.
import type { QuestionType } from './types';

export const TYPE_NAME: Readonly<Record<QuestionType, string>> = {
	'who-said': 'Who said it',
	'source-kind': 'Kind of source',
	'attributed-or-not': 'Attributed or not',
	'quote-or-paraphrase': 'Quote or paraphrase',
	'reporting-verb': 'Reporting verbs',
	'spot-hedge': 'Spot the hedge',
	'hedge-meaning': 'What a hedge means',
	'spot-loaded': 'Spot loaded words',
	'whose-voice': 'Whose voice',
	headline: 'Headlines',
	'which-report': 'Which report',
	characterization: 'How each labels someone',
	'quote-variant': 'Quotes worded two ways',
	'hedge-drift': 'Hedge dropped',
	'missing-voice': 'Missing voices',
	'unattributed-verdict': 'Unsourced verdicts',
};
