// The checklist's saved progress: module-level actions on the checklist store (zustand's "no store
// actions" pattern), so they load with the checklist itself, not with the choices form. Ticks are
// kept per checklist key in local storage, versioned and validated on load (src/lib/checklists/progress.ts).
import { PROGRESS_STORAGE_KEY, parseStoredProgress, serializeProgress, setStepTicked, type TickedSteps } from '../lib/checklists/progress';
import { checklistStore } from './checklist-store';

/** The part of the Web Storage API progress uses; tests pass an in-memory fake. */
export interface ProgressStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

/** Where progress is written; set by `loadProgress`. Until then ticks stay in memory. */
let storage: ProgressStorage | null = null;

/** The browser's localStorage, or null where it does not exist or throws (blocked, sandboxed). */
function browserStorage(): ProgressStorage | null {
	try {
		return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
	} catch {
		return null;
	}
}

/** Writes progress; false when the storage refuses (full, blocked). */
function save(ticked: TickedSteps): boolean {
	if (!storage) return true;
	try {
		storage.setItem(PROGRESS_STORAGE_KEY, serializeProgress(ticked));
		return true;
	} catch {
		return false;
	}
}

/**
 * Reads saved progress from `given` (default: the browser's localStorage) and writes to it from
 * then on. A corrupted or old record is replaced by the cleaned one and noticed.
 */
export function loadProgress(given?: ProgressStorage | null): void {
	storage = given === undefined ? browserStorage() : given;
	if (!storage) {
		checklistStore.setState({ progressNotice: 'unavailable' });
		return;
	}
	let raw: string | null;
	try {
		raw = storage.getItem(PROGRESS_STORAGE_KEY);
	} catch {
		storage = null;
		checklistStore.setState({ progressNotice: 'unavailable' });
		return;
	}
	const stored = parseStoredProgress(raw);
	// Ticks made before the storage was read (a quick first click) are kept, not overwritten.
	let ticked = stored.ticked;
	for (const [key, ids] of Object.entries(checklistStore.getState().ticked)) for (const id of ids) ticked = setStepTicked(ticked, key, id, true);
	// Replace a bad record with the cleaned one, so the notice shows once, not on every visit.
	if (stored.notice || ticked !== stored.ticked) save(ticked);
	checklistStore.setState({ ticked, progressNotice: stored.notice ?? null });
}

/** Ticks or unticks one step of the checklist `key` and saves the progress. */
export function tickStep(key: string, stepId: string, on: boolean): void {
	const ticked = setStepTicked(checklistStore.getState().ticked, key, stepId, on);
	const ok = save(ticked);
	checklistStore.setState(ok ? { ticked } : { ticked, progressNotice: 'unavailable' });
}

/** Unticks every step of the checklist `key`. */
export function clearTicks(key: string): void {
	const ticked = { ...checklistStore.getState().ticked };
	delete ticked[key];
	const ok = save(ticked);
	checklistStore.setState(ok ? { ticked } : { ticked, progressNotice: 'unavailable' });
}

/** Forgets the storage: ticks stay in memory until `loadProgress` runs again (tests). */
export function resetProgressStorage(): void {
	storage = null;
}
