// The closed sets of public ids, free of zod so islands can use them without shipping the schema
// library. The schemas in src/lib/schemas build their enums from these.

/** The five client-type ids: the public ids used in URLs and `data-client-type`. */
export const CLIENT_TYPE_IDS = ['server-based', 'client-based', 'self-client', 'non-browser', 'mobile'] as const;
export type ClientTypeId = (typeof CLIENT_TYPE_IDS)[number];

/** Data-center ids as used in URLs (`dc=`). */
export const DC_IDS = ['us', 'eu', 'in', 'au', 'jp', 'ca', 'sa', 'uk', 'cn', 'ae'] as const;
export type DataCenterId = (typeof DC_IDS)[number];

/** SDK languages the checklist has code for (`lang=`). */
export const SDK_LANGS = ['java', 'python', 'nodejs', 'typescript', 'php', 'csharp'] as const;
export type SdkLang = (typeof SDK_LANGS)[number];

/** Checklist phases, in order. */
export const CHECKLIST_PHASES = ['register', 'grant', 'exchange', 'refresh', 'store', 'revoke', 'call'] as const;
export type ChecklistPhase = (typeof CHECKLIST_PHASES)[number];

/**
 * The wizard's questions, in their default asking order. They are also the query parameters of
 * the public URL `/wizard/?accounts=&runtime=&webui=&redirect=`, so renaming one breaks links.
 */
export const WIZARD_QUESTION_IDS = ['accounts', 'runtime', 'webui', 'redirect'] as const;

/**
 * The answer values each question accepts: the values the recommendation engine knows. Content
 * options must use exactly these (every one, no others).
 */
export const WIZARD_ANSWER_VALUES = {
	accounts: ['own', 'others'],
	runtime: ['server', 'script', 'browser', 'mobile', 'device'],
	webui: ['yes', 'no'],
	redirect: ['yes', 'no'],
} as const satisfies Record<(typeof WIZARD_QUESTION_IDS)[number], readonly string[]>;
