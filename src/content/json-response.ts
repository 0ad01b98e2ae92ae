/**
 * A static JSON file for other tools: `{ collection, generated, items }`. The `file` field of each
 * entry (a build detail) is left out.
 */
export function jsonResponse(collection: string, items: unknown): Response {
	const body = JSON.stringify(
		{ collection, schemaVersion: 1, items },
		(key, value: unknown) => (key === 'file' ? undefined : value),
		2,
	);
	return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
