import { createNoticeList, readQuery } from '../query';
import { ANSWER_KEYS, isAnswerKey, isAnswerValue, type AnswerKey, type Answers } from './answers';

/** What went wrong with one part of a wizard URL. The UI words it; the codes are stable API. */
export interface WizardUrlNotice {
	code: 'unknown_param' | 'invalid_value' | 'repeated_param' | 'too_long';
	/** The parameter name as given (trimmed, at most 40 characters). */
	param: string;
	/** The value as given, as plain text: control characters removed, at most 40 characters. */
	value: string;
}

/** The decoded answers plus a notice for every part that was ignored. */
export interface DecodedWizardParams {
	answers: Partial<Answers>;
	notices: WizardUrlNotice[];
}

/** Longest query string read; the rest is ignored with a `too_long` notice. */
export const MAX_QUERY_LENGTH = 2000;
/** Longest single value considered; longer ones are ignored with a `too_long` notice. */
export const MAX_VALUE_LENGTH = 100;
/** At most this many notices are returned. */
export const MAX_NOTICES = 20;
const SHOWN_LENGTH = 40;

/** Makes untrusted text safe to show as plain text: no control characters, at most 40 characters. */
export function toNoticeText(text: string): string {
	// eslint-disable-next-line no-control-regex
	const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
	const chars = Array.from(clean);
	return chars.length > SHOWN_LENGTH ? `${chars.slice(0, SHOWN_LENGTH - 1).join('')}…` : clean;
}

/**
 * Reads wizard answers from a query string such as `?accounts=own&runtime=script`. Accepts the part
 * after `?` with or without the `?`, or a whole URL. Never throws. Keys and values are trimmed and
 * case-insensitive; unknown keys, invalid values, repeats and oversized input are ignored with a
 * notice each; for a repeated key the first valid value wins. Empty values count as unanswered.
 */
export function decodeWizardParams(search: string): DecodedWizardParams {
	const answers: Partial<Record<AnswerKey, string>> = {};
	const { notices, add: note } = createNoticeList<WizardUrlNotice>(MAX_NOTICES);
	const read = readQuery(search, MAX_QUERY_LENGTH);
	if (read.overflow !== null) note({ code: 'too_long', param: '', value: toNoticeText(read.overflow) });

	for (const { rawKey, rawValue, key: decodedKey, value: decoded } of read.pairs) {
		const key = (decodedKey ?? rawKey).trim().toLowerCase();
		if (decodedKey === null || !isAnswerKey(key)) {
			if (key !== '') note({ code: 'unknown_param', param: toNoticeText(key), value: toNoticeText(rawValue) });
			continue;
		}
		if (rawValue.length > MAX_VALUE_LENGTH) {
			note({ code: 'too_long', param: key, value: toNoticeText(rawValue) });
			continue;
		}
		if (decoded === null) {
			note({ code: 'invalid_value', param: key, value: toNoticeText(rawValue) });
			continue;
		}
		const value = decoded.trim().toLowerCase();
		if (value === '') continue;
		if (answers[key] !== undefined) {
			note({ code: 'repeated_param', param: key, value: toNoticeText(decoded) });
			continue;
		}
		if (!isAnswerValue(key, value)) {
			note({ code: 'invalid_value', param: key, value: toNoticeText(decoded) });
			continue;
		}
		answers[key] = value;
	}

	const ordered: Partial<Record<AnswerKey, string>> = {};
	for (const k of ANSWER_KEYS) if (answers[k] !== undefined) ordered[k] = answers[k];
	return { answers: ordered as Partial<Answers>, notices };
}

/**
 * Writes answers as the canonical query string (no leading `?`): keys in the fixed order
 * accounts, runtime, webui, redirect; unanswered ones omitted; unknown values dropped.
 * @example encodeWizardParams({ runtime: 'script', accounts: 'own' }) // 'accounts=own&runtime=script'
 */
export function encodeWizardParams(answers: Partial<Answers>): string {
	return ANSWER_KEYS.filter((k) => isAnswerValue(k, answers[k]))
		.map((k) => `${k}=${encodeURIComponent(answers[k] as string)}`)
		.join('&');
}
