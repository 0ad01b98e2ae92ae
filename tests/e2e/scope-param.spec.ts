// `s=` means the same scope list on every page that reads it: the composer, the checklist and the
// troubleshooter all split it with the one splitter (splitScopeList), whatever the separators.
import { expect, test } from '@playwright/test';

// Value: `ZohoCRM.users.READ ZohoCRM.org.READ;ZohoCRM.modules.leads.READ%2CZohoCRM.coql.READ,,"ZohoCRM.users.READ"+ZohoCRM.settings.fields.READ`
const S = 'ZohoCRM.users.READ%20ZohoCRM.org.READ%3BZohoCRM.modules.leads.READ%252CZohoCRM.coql.READ,,%22ZohoCRM.users.READ%22%2BZohoCRM.settings.fields.READ';
const EXPECTED = ['ZohoCRM.users.READ', 'ZohoCRM.org.READ', 'ZohoCRM.modules.leads.READ', 'ZohoCRM.coql.READ', 'ZohoCRM.settings.fields.READ'];
const unique = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];

test('the same s= gives the same scopes on /scopes/, /checklist/ and /troubleshoot/', async ({ page }) => {
	await page.goto(`scopes/?s=${S}`);
	await expect(page.locator('[data-hydrated]')).toBeAttached();
	await expect(page.locator('.explained dt code').first()).toBeAttached();
	const composer = unique(await page.locator('.explained dt code').allTextContents());

	await page.goto(`checklist/?type=self-client&dc=us&s=${S}`);
	await expect(page.locator('[data-hydrated]')).toBeAttached();
	const checklist = unique(((await page.locator('[data-scopes]').first().textContent()) ?? '').split(','));

	await page.goto(`troubleshoot/?s=${S}`);
	await expect(page.locator('[data-hydrated]')).toBeAttached();
	const found = page.locator('.findings div').filter({ has: page.locator('dt', { hasText: /^Scopes$/ }) }).locator('dd code');
	await expect(found.first()).toBeVisible();
	const troubleshooter = unique(await found.allTextContents());

	expect(composer).toEqual(EXPECTED);
	expect(checklist).toEqual(EXPECTED);
	expect(troubleshooter).toEqual(EXPECTED);
});
