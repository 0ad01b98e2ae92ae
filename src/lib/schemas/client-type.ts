import { z } from 'zod';
import { ClaimSchema, ConfidenceSchema, SourcesSchema } from './common';

/** The fields the Zoho API Console can ask for when registering a client. */
export const CONSOLE_FIELD_IDS = ['client-name', 'homepage-url', 'redirect-uri', 'js-domain'] as const;
export const ConsoleFieldIdSchema = z.enum(CONSOLE_FIELD_IDS);

/** Whether the console asks for a field for this client type, with where that is stated. */
export const ConsoleFieldSchema = z.object({
	/** Which field, e.g. `redirect-uri`. */
	field: ConsoleFieldIdSchema,
	/** The label the console shows, e.g. `Authorized Redirect URIs`. */
	label: z.string().min(1),
	/** `true` when the console requires it for this type. */
	required: z.boolean(),
	/** What to type there, in our words. */
	help: z.string().min(1),
	sources: SourcesSchema,
	/** When sources disagree about the field (whether it is asked for, or what it takes), each side as a claim. */
	disputed: z.array(ClaimSchema).optional(),
});

/** One HTTP request of a grant flow, e.g. the token exchange. */
export const FlowRequestSchema = z.object({
	/** What this request does, e.g. `Exchange the code for tokens`. */
	title: z.string().min(1),
	method: z.enum(['GET', 'POST']),
	/** Path on the accounts server, e.g. `/oauth/v2/token`. */
	path: z.string().startsWith('/'),
	/** Parameters sent, name → what it holds. */
	params: z.record(z.string(), z.string()),
	sources: SourcesSchema,
});

/** A message in the sequence diagram of a flow: who sends what to whom. */
export const FlowMessageSchema = z.object({
	from: z.string().min(1),
	to: z.string().min(1),
	label: z.string().min(1),
});

/** A Zoho client type as registered in the API Console. File name = public id. */
export const ClientTypeSchema = z.object({
	/** Name in the current console, e.g. `Server-based Applications`. */
	name: z.string().min(1),
	/** Short name for headings and buttons, e.g. `Server-based`. */
	shortName: z.string().min(1),
	/** Older or alternate names seen in Zoho's pages, e.g. `Web-based`. */
	aliases: z.array(z.string()).default([]),
	/** One sentence: what this type is for. */
	summary: z.string().min(1),
	/** When to choose it, as short bullet sentences. */
	useWhen: z.array(z.string().min(1)).min(1),
	/** When not to choose it. */
	avoidWhen: z.array(z.string().min(1)).default([]),
	/** Fields the console asks for at registration. */
	consoleFields: z.array(ConsoleFieldSchema),
	/** The grant flow: name and requests in order. */
	grantFlow: z.object({
		/** e.g. `Authorization code`, `Implicit`, `Device authorization`. */
		name: z.string().min(1),
		summary: z.string().min(1),
		requests: z.array(FlowRequestSchema).min(1),
		/** Participants of the sequence diagram, left to right. */
		participants: z.array(z.string().min(1)).min(2),
		/** Messages of the sequence diagram, top to bottom. */
		messages: z.array(FlowMessageSchema).min(1),
		sources: SourcesSchema,
	}),
	/** Whether a client secret is issued and whether it can be kept confidential. */
	secret: z.object({
		issued: z.boolean(),
		confidential: z.boolean(),
		note: z.string().min(1),
		sources: SourcesSchema,
	}),
	/** Whether the type gets a refresh token. */
	refreshToken: z.object({ issued: z.boolean(), note: z.string().min(1), sources: SourcesSchema }),
	/** Whose Zoho accounts it can reach: only the registering user's, or any user who consents. */
	accounts: z.enum(['own', 'any']),
	accountsNote: z.string().min(1),
	/** Real-world examples. */
	examples: z.array(z.string().min(1)).min(1),
	/** Mistakes that bite with this type. */
	pitfalls: z.array(z.object({ text: z.string().min(1), sources: SourcesSchema })).default([]),
	sources: SourcesSchema,
	confidence: ConfidenceSchema.default('documented'),
	/** Display order on lists (lower first). */
	order: z.number().int(),
});
export type ClientType = z.output<typeof ClientTypeSchema>;
export type ClientTypeInput = z.input<typeof ClientTypeSchema>;
