import { expect, test, type Page } from '@playwright/test';

/** Waits until the island has read the URL. */
const live = (page: Page) => expect(page.locator('[data-hydrated]')).toBeAttached();
/** The catalog and tools load on first use: open them as a user would. */
const openTools = (page: Page) => page.getByRole('button', { name: 'Open the catalog and tools' }).click();

test.describe('scope composer', () => {
	test('build a string by clicking, then copy it', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('scopes/');
		await live(page);
		await openTools(page);
		await page.getByRole('searchbox', { name: 'Search' }).fill('leads');
		await page.getByRole('button', { name: 'Add ZohoCRM.modules.leads.READ' }).click();
		await page.getByRole('searchbox', { name: 'Search' }).fill('field metadata');
		await page.getByRole('button', { name: 'Add ZohoCRM.settings.fields.READ' }).click();
		await expect(page.locator('[data-scope-output]')).toHaveText('ZohoCRM.modules.leads.READ,ZohoCRM.settings.fields.READ');
		await expect(page).toHaveURL(/\/scopes\/\?s=ZohoCRM\.modules\.leads\.READ,ZohoCRM\.settings\.fields\.READ$/);
		await expect(page.locator('[data-scope-problem]')).toHaveCount(0);
		await page.getByRole('button', { name: 'Copy', exact: true }).click();
		await expect(page.getByText('Copied.')).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await page.locator('[data-scope-output]').textContent());
	});

	test('a messy real-world paste is explained and minimized', async ({ page }) => {
		await page.goto('scopes/');
		await live(page);
		await page
			.getByLabel(/Scope string/)
			.fill('ZohoCRM.modules.ALL zohocrm.modules.leads.read;ZohoCRM.coql.REED,,ZohoCRM.modules.activities.READ,ZohoCRM.modulez.READ');
		// modules.ALL stands in for activities on no Zoho page, so that scope stays, marked possibly redundant.
		await expect(page.locator('[data-scope-output]')).toHaveText('ZohoCRM.modules.ALL,ZohoCRM.modules.activities.READ');
		await expect(page.locator('[data-scope-problem="possibly_redundant"]')).toContainText('ZohoCRM.modules.activities.READ');
		await expect(page.locator('[data-scope-risk="ZohoCRM.modules.ALL"]')).toContainText('Broad or sensitive');
		const problems = page.locator('[data-scope-problem]');
		await expect(problems.filter({ hasText: 'REED' })).toHaveAttribute('data-severity', 'error');
		await expect(problems.filter({ hasText: 'ZohoCRM.modulez.READ' })).toContainText('ZohoCRM.modules');
		await expect(problems.filter({ hasText: 'activities' }).first()).toContainText('ZohoCRM.modules.tasks');
		await expect(page.locator('[data-scope-problem="redundant_scope"]').first()).toContainText('ZohoCRM.modules.leads.READ');
		await expect(page.locator('[data-scope-problem="non_comma_separator"]')).toHaveCount(1);
		await expect(page.locator('[data-scope-problem="wrong_case"]')).toContainText('zohocrm.modules.leads.read');
	});

	test('a shared link opens with that input; a clean one shows no problems', async ({ page }) => {
		await page.goto('scopes/?s=ZohoCRM.coql.READ%2CZohoCRM.modules.deals.READ');
		await live(page);
		await expect(page.getByLabel(/Scope string/)).toHaveValue('ZohoCRM.coql.READ,ZohoCRM.modules.deals.READ');
		await expect(page.locator('[data-scope-output]')).toHaveText('ZohoCRM.coql.READ,ZohoCRM.modules.deals.READ');
		await expect(page.locator('[data-scope-problem]')).toHaveCount(0);
	});

	test('a tampered link is shown as text, never run', async ({ page }) => {
		let dialog = false;
		page.on('dialog', () => (dialog = true));
		await page.goto('scopes/?s=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%2CZohoCRM.users.READ&x=%3Cscript%3E&s=again');
		await live(page);
		await expect(page.getByLabel(/Scope string/)).toHaveValue('<img src=x onerror=alert(1)>,ZohoCRM.users.READ');
		await expect(page.locator('[data-scope-output]')).toHaveText('ZohoCRM.users.READ');
		await expect(page.locator('[data-scope-problem]').first()).toContainText('<img');
		await expect(page.locator('[data-scope-problem="duplicate_scope"]')).toHaveCount(0);
		await expect(page.locator('[data-url-notices]')).toContainText('more than once');
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		expect(dialog).toBe(false);
	});

	test('editing updates the URL in place', async ({ page }) => {
		await page.goto('scopes/?s=ZohoCRM.users.READ');
		await live(page);
		const before = await page.evaluate(() => history.length);
		await page.getByLabel(/Scope string/).fill('ZohoCRM.org.READ');
		await expect(page).toHaveURL(/\?s=ZohoCRM\.org\.READ$/);
		expect(await page.evaluate(() => history.length)).toBe(before);
	});

	test('least privilege from endpoints, narrow and broad', async ({ page }) => {
		await page.goto('scopes/');
		await live(page);
		await openTools(page);
		await page.getByRole('searchbox', { name: 'Find endpoints' }).fill('Get Records');
		await page.getByRole('checkbox', { name: /GET \/crm\/v8\/\{module_api_name\} — Get Records$/ }).check();
		await page.getByRole('combobox', { name: 'Module' }).selectOption('deals');
		await expect(page.locator('[data-endpoint-scopes]')).toHaveText('ZohoCRM.modules.deals.READ');
		await page.getByRole('radio', { name: /Broad/ }).check();
		await expect(page.locator('[data-endpoint-scopes]')).toHaveText('ZohoCRM.modules.ALL');
		await page.getByRole('button', { name: 'Check these in the box above' }).click();
		await expect(page.locator('[data-scope-output]')).toHaveText('ZohoCRM.modules.ALL');
	});

	for (const [input, narrower] of [
		['ZohoCRM.modules.ALL,ZohoCRM.modules.attachments.ALL', 'ZohoCRM.modules.attachments.ALL'],
		['ZohoCRM.bulk.ALL,ZohoCRM.bulk.backup.ALL', 'ZohoCRM.bulk.backup.ALL'],
	] as const) {
		test(`keeps both scopes of ${input}, noting the narrower one may be covered`, async ({ page }) => {
			await page.goto(`scopes/?s=${input}`);
			await live(page);
			await expect(page.locator('[data-scope-output]')).toHaveText(input);
			const note = page.locator('[data-scope-problem="possibly_redundant"]');
			await expect(note).toHaveCount(1);
			await expect(note).toContainText(narrower);
			await expect(note).toContainText('may already be covered by');
			await expect(note).toContainText('kept');
			await expect(page.locator('[data-scope-problem="redundant_scope"]')).toHaveCount(0);
		});
	}

	test('least privilege beyond CRM: a Desk and a Books endpoint, with what each service needs', async ({ page }) => {
		await page.goto('scopes/');
		await live(page);
		await openTools(page);
		const find = page.getByRole('searchbox', { name: 'Find endpoints' });
		await find.fill('desk get tickets');
		await page.getByRole('checkbox', { name: 'GET /api/v1/tickets — Get Tickets' }).check();
		await find.fill('books create an invoice');
		await page.getByRole('checkbox', { name: 'POST /books/v3/invoices — Create an invoice' }).check();
		await expect(page.locator('[data-endpoint-scopes]')).toHaveText('ZohoBooks.invoices.CREATE,Desk.tickets.READ');
		const desk = page.locator('[data-service-needs="Desk"]');
		await expect(desk.locator('[data-api-base]')).toHaveText('https://desk.zoho.com');
		await expect(desk.locator('[data-required-id="orgId"]')).toContainText('GET /api/v1/organizations');
		const books = page.locator('[data-service-needs="ZohoBooks"]');
		await expect(books.locator('[data-api-base]')).toHaveText('https://www.zohoapis.com');
		await expect(books.locator('[data-required-id="organization_id"]')).toContainText('Every call');
		await page.getByRole('combobox', { name: 'Data center' }).last().selectOption('eu');
		await expect(desk.locator('[data-api-base]')).toHaveText('https://desk.zoho.eu');
		await find.fill('');
		await expect(page.locator('[data-endpoint-service]')).toHaveCount(8);
	});

	test('a 10,000-character paste stays responsive', async ({ page }) => {
		await page.goto('scopes/');
		await live(page);
		const big = Array.from({ length: 400 }, (_, i) => `ZohoCRM.modules.${['leads', 'deals', 'contacts'][i % 3]}.READ`).join(',').slice(0, 10_000);
		await page.getByLabel(/Scope string/).fill(big);
		await expect(page.locator('[data-scope-output]')).toHaveText(
			'ZohoCRM.modules.contacts.READ,ZohoCRM.modules.deals.READ,ZohoCRM.modules.leads.READ',
			{ timeout: 10_000 },
		);
	});
});

test.describe('scope catalog without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('renders as plain HTML, linked from the composer', async ({ page }) => {
		await page.goto('scopes/');
		await page.getByRole('link', { name: 'scope catalog page' }).first().click();
		await expect(page).toHaveURL(/\/scopes\/catalog\/$/);
		await expect(page.locator('#scope-ZohoCRM\\.coql')).toContainText('READ');
		await expect(page.locator('#scope-ZohoCRM\\.modules\\.activities')).toContainText('deprecated');
	});
});

test('the composer can be used with the keyboard alone', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('scopes/');
	await expect(page.locator('[data-hydrated]')).toBeAttached();
	const tabTo = async (test: () => Promise<boolean>) => {
		for (let i = 0; i < 80 && !(await test()); i++) await page.keyboard.press('Tab');
		expect(await test()).toBe(true);
	};
	await tabTo(() => page.evaluate(() => document.activeElement?.id === 'scope-input'));
	await page.keyboard.type('ZohoCRM.users.READ ZohoCRM.modules.ALL');
	await expect(page.locator('[data-scope-output]')).toHaveText('ZohoCRM.modules.ALL,ZohoCRM.users.READ');
	await tabTo(() => page.evaluate(() => document.activeElement?.textContent === 'Copy'));
	await page.keyboard.press('Enter');
	await expect(page.getByText('Copied.')).toBeVisible();
	await tabTo(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.placeholder?.startsWith('leads') ?? false));
	await page.keyboard.type('coql');
	await tabTo(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Add ZohoCRM.coql.READ'));
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-scope-output]')).toHaveText('ZohoCRM.coql.READ,ZohoCRM.modules.ALL,ZohoCRM.users.READ');
});
