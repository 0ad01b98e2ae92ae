// Setup checklist domain core: step templates × user choices → checklist, Markdown export, URL codec
// and the saved-progress shape.
export { generateChecklist } from './generate';
export { renderChecklistMarkdown } from './markdown';
export * from './messages';
export * from './progress-messages';
export {
	CLIENT_ID_MARKER,
	CLIENT_SECRET_ENV,
	CLIENT_SECRET_REF,
	PLACEHOLDER_NAMES,
	REDIRECT_URI_MARKER,
	SCOPES_MARKER,
	fillTemplate,
	listPlaceholders,
	safeClientId,
	safeScopeList,
} from './placeholders';
export type { PlaceholderName, PlaceholderValues } from './placeholders';
export {
	PROGRESS_STORAGE_KEY,
	PROGRESS_VERSION,
	checklistKey,
	parseStoredProgress,
	serializeProgress,
	setStepTicked,
} from './progress';
export type { StoredProgress, TickedSteps } from './progress';
export type * from './types';
export { MAX_SCOPES_LENGTH, decodeChecklistParams, encodeChecklistParams } from './url-state';
export type { DecodedChecklistParams } from './url-state';
export { renderEnvTemplate, renderProjectExport, sdkConfigBlock, type EnvTemplateOptions } from './env-export';
export * from './highlight';
export * from './view';
