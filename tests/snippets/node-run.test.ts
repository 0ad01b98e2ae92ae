// Every distinct Node.js snippet is loaded with the real @zohocrm/nodejs-sdk-8.0 and run up to its
// first network call, with the network off (tests/snippets/fixtures/no-network.mjs reports the first
// HTTP request and stops the process). Initialization snippets must get as far as the token request
// to the accounts server of their data center; the token-store snippet's class must be accepted by
// InitializeBuilder.store() (which checks instanceof). A wrong import, class or base class throws
// before that.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { content, snippetName, snippetsOf, type GeneratedSnippet } from '../helpers/snippets/generated';
import { makeWorkdir } from '../helpers/snippets/workdir';

const work = makeWorkdir('snippet-run', true);
afterAll(() => work.remove());
work.write('package.json', JSON.stringify({ type: 'module', private: true }));
const PRELOAD = join(import.meta.dirname, 'fixtures', 'no-network.mjs');
const TOKEN_FILE = join(work.dir, 'zoho_tokens.txt');

/** What one snippet did: its first network call, whether its store was accepted, its error. */
interface Outcome {
	call?: { method: string; url: string };
	storeAccepted?: boolean;
	error?: string;
}

/**
 * Writes each snippet as a module (the token file moved to the scratch folder, nothing else
 * changed) and one runner that imports them in turn in a single Node process, calls what they
 * export (a redirect handler, a store class) and prints one JSON line of outcomes.
 */
function runAll(snippets: GeneratedSnippet[]): Promise<{ outcomes: Record<string, Outcome>; stderr: string }> {
	const names = snippets.map((s) => {
		work.write(`${snippetName(s)}.js`, s.text.replaceAll('/secure/path/zoho_tokens.txt', TOKEN_FILE));
		return snippetName(s);
	});
	const runner = work.write(
		'run-all.mjs',
		`const outcomes = {};
for (const name of ${JSON.stringify(names)}) {
  const calls = globalThis.snippetNetworkCalls;
  calls.length = 0;
  const outcome = (outcomes[name] = {});
  try {
    const snippet = await import("./" + name + ".js");
    if (typeof snippet.onZohoRedirect === "function") await snippet.onZohoRedirect("1000.test-grant-code");
    if (typeof snippet.SecretManagerStore === "function") {
      const ZOHOCRMSDK = await import("@zohocrm/nodejs-sdk-8.0");
      (await new ZOHOCRMSDK.InitializeBuilder()).store(new snippet.SecretManagerStore());
      outcome.storeAccepted = true;
    }
  } catch (error) {
    if (calls.length === 0) outcome.error = String(error?.stack ?? error);
  }
  if (calls.length > 0) outcome.call = calls[0];
}
console.log("SNIPPET_OUTCOMES " + JSON.stringify(outcomes));
process.exit(0);
`,
	);
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', PRELOAD, runner], {
			cwd: work.dir,
			env: {
				PATH: process.env.PATH ?? '',
				ZOHO_CLIENT_SECRET: 'test-secret',
				ZOHO_GRANT_CODE: '1000.test-grant-code',
				ZOHO_REFRESH_TOKEN: '1000.test-refresh-token',
				ZOHO_REDIRECT_URI: 'https://app.example/oauth/zoho/callback',
			},
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
		child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
		child.on('close', (code) => {
			clearTimeout(timer);
			const line = stdout.split('\n').find((l) => l.startsWith('SNIPPET_OUTCOMES '));
			if (!line) reject(new Error(`the snippet runner failed (exit ${code}):\n${stderr || stdout}`));
			else resolve({ outcomes: JSON.parse(line.slice('SNIPPET_OUTCOMES '.length)) as Record<string, Outcome>, stderr });
		});
	});
}

describe('Node.js snippets run up to their first network call (no network)', () => {
	const snippets = snippetsOf('nodejs');
	let outcomes: Record<string, Outcome> = {};

	it('all run in one Node process', { timeout: 150_000 }, async () => {
		outcomes = (await runAll(snippets)).outcomes;
		expect(Object.keys(outcomes)).toHaveLength(snippets.length);
	});

	it('initialization reaches the token request at the accounts server of its data center', () => {
		const problems: string[] = [];
		for (const s of snippets.filter((x) => x.snippetId.startsWith('init-'))) {
			const o = outcomes[snippetName(s)] ?? {};
			const dc = content.dataCenters.find((d) => d.id === s.dc)!;
			const sdkUrl = content.sdkApi.find((a) => a.lang === 'nodejs')!.dataCenters.find((d) => d.region === s.dc)!.accountsTokenUrl;
			const where = `${s.file} → ${s.field} (${s.snippetId}, dc ${s.dc})`;
			if (!o.call) problems.push(`${where}: no network call reached: ${(o.error ?? 'no error either').slice(0, 800)}`);
			else if (o.call.method !== 'POST' || o.call.url !== `${dc.accountsServer}/oauth/v2/token` || o.call.url !== sdkUrl)
				problems.push(`${where}: first call was ${o.call.method} ${o.call.url}, expected POST ${dc.accountsServer}/oauth/v2/token`);
		}
		expect(problems, problems.join('\n')).toEqual([]);
	});

	it('the custom token store loads and InitializeBuilder.store() accepts it, with no network call', () => {
		const stores = snippets.filter((x) => x.snippetId === 'store-file');
		expect(stores.length).toBeGreaterThan(0);
		for (const s of stores) expect(outcomes[snippetName(s)], JSON.stringify(outcomes[snippetName(s)])).toEqual({ storeAccepted: true });
	});
});
