// Wording for what happened to the saved progress; apart from messages.ts so the page can show it
// without loading the rest of the checklist's wording.

/** What happened to the saved progress (the store's notice codes). */
export type ProgressNoticeCode = 'corrupted' | 'old_version' | 'unavailable';

/** One or two sentences about the saved progress: what happened, then what to do. */
export function describeProgressNotice(code: ProgressNoticeCode): string {
	switch (code) {
		case 'corrupted':
			return 'Your saved progress could not be read (the stored record was damaged), so it was reset. Tick the steps you have done again.';
		case 'old_version':
			return 'Your saved progress was made by an older version of this page and could not be used, so it was reset. Tick the steps you have done again.';
		case 'unavailable':
			return 'This browser does not let the page save your progress (storage is blocked or full); ticks last until you leave the page.';
	}
}
