// What trainers need from walkthroughs, client-type pages and checklists: sequence diagrams that
// fit the page on a screen and on A4 paper, a link on every step heading, and clean printouts.
// The pages come from dist/ (every page with a diagram, every walkthrough), not a hand-kept list.
import { expect, test, type Page } from '@playwright/test';
import { fileForPath, listHtmlRoutes, readDist } from '../helpers/dist';

const ROUTES = listHtmlRoutes();
const WALKTHROUGHS = ROUTES.filter((r) => /^\/walkthroughs\/[^/]+\/$/.test(r));
const WITH_DIAGRAM = ROUTES.filter((r) => readDist(fileForPath(r)!).includes('data-sequence-diagram'));
const CHECKLIST = '/checklist/?type=server-based&dc=eu&lang=python';

/** A4 is 210 mm wide; CSS has 96 px to the inch (25.4 mm). */
const A4_WIDTH_PX = (210 * 96) / 25.4;
/** Smallest diagram text we accept, in CSS px (10px ≈ 7.5pt on paper). */
const MIN_FONT_PX = 10;

/**
 * Width of the printable area of an A4 page, from the page's own `@page` margins (in mm), so a
 * change to the margins changes what the diagrams are measured against.
 */
async function a4ContentWidth(page: Page): Promise<number> {
	const margins = await page.evaluate(() => {
		for (const sheet of [...document.styleSheets]) {
			for (const rule of [...sheet.cssRules]) {
				if (rule instanceof CSSPageRule) return [rule.style.marginLeft, rule.style.marginRight];
			}
		}
		return null;
	});
	expect(margins, 'the site sets its print margins with @page').not.toBeNull();
	const mm = (v: string) => {
		const m = /^([\d.]+)mm$/.exec(v);
		if (!m) throw new Error(`@page margin \`${v}\` is not in mm; teach a4ContentWidth its unit`);
		return (Number(m[1]) * 96) / 25.4;
	};
	return Math.floor(A4_WIDTH_PX - mm(margins![0]!) - mm(margins![1]!));
}

/** How each diagram on the page sits in its frame and in <main>, and what its text measures. */
function measureDiagrams(page: Page) {
	return page.locator('[data-sequence-diagram]').evaluateAll((figures) =>
		figures.map((fig) => {
			const frame = fig.querySelector<HTMLElement>('.sequence-scroll')!;
			const svg = fig.querySelector('svg')!;
			const main = document.querySelector('main')!.getBoundingClientRect();
			const box = svg.getBoundingClientRect();
			const viewBox = svg.viewBox.baseVal;
			const fontPx = (parseFloat(svg.getAttribute('font-size') ?? '0') * box.width) / viewBox.width;
			// Text the layout estimated but the browser measures: anything outside the drawing is clipped.
			const clipped = [...svg.querySelectorAll('text')]
				.map((t) => ({ text: t.textContent ?? '', b: t.getBBox() }))
				.filter(({ b }) => b.x < 0 || b.x + b.width > viewBox.width || b.y < 0 || b.y + b.height > viewBox.height)
				.map(({ text }) => text);
			const titlesOutOfBox = [...svg.querySelectorAll('rect.box')]
				.map((r) => ({ r: (r as SVGRectElement).getBBox(), t: (r.nextElementSibling as SVGTextElement).getBBox(), text: r.nextElementSibling!.textContent }))
				.filter(({ r, t }) => t.x < r.x || t.x + t.width > r.x + r.width || t.y < r.y || t.y + t.height > r.y + r.height)
				.map(({ text }) => text);
			return {
				svgWidth: box.width,
				frameWidth: frame.clientWidth,
				frameScrolls: frame.scrollWidth > frame.clientWidth,
				rightOfMain: box.right - main.right,
				fontPx,
				hasFixedWidth: svg.hasAttribute('width'),
				hintShown: [...fig.querySelectorAll('.sequence-hint')].some((h) => getComputedStyle(h).display !== 'none'),
				clipped,
				titlesOutOfBox,
			};
		}),
	);
}

test('the build has walkthroughs and diagrams to check', () => {
	expect(WALKTHROUGHS.length).toBeGreaterThanOrEqual(5);
	expect(WITH_DIAGRAM).toEqual(expect.arrayContaining(WALKTHROUGHS));
});

test.describe('sequence diagrams fit', () => {
	for (const route of WITH_DIAGRAM) {
		test(`${route}: whole at 1280 px and on A4 paper, readable, scrolling with a hint on a phone`, async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(route);
			for (const d of await measureDiagrams(page)) {
				expect(d.hasFixedWidth, 'the SVG has a viewBox and no pixel width').toBe(false);
				expect(d.svgWidth, 'at 1280 px the diagram is no wider than its frame').toBeLessThanOrEqual(d.frameWidth);
				expect(d.frameScrolls, 'at 1280 px the frame does not scroll').toBe(false);
				expect(d.rightOfMain).toBeLessThanOrEqual(0);
				expect(d.fontPx).toBeGreaterThanOrEqual(12);
				expect(d.clipped, 'text drawn outside the diagram').toEqual([]);
				expect(d.titlesOutOfBox, 'lane titles spilling out of their boxes').toEqual([]);
				expect(d.hintShown).toBe(false);
			}

			await page.emulateMedia({ media: 'print' });
			await page.setViewportSize({ width: await a4ContentWidth(page), height: 1100 });
			for (const d of await measureDiagrams(page)) {
				expect(d.svgWidth, 'printed on A4 the diagram is no wider than its frame').toBeLessThanOrEqual(d.frameWidth);
				expect(d.frameScrolls, 'printed on A4 nothing is cut off').toBe(false);
				expect(d.rightOfMain, 'printed on A4 the diagram stays inside the page').toBeLessThanOrEqual(0);
				expect(d.fontPx, 'printed text stays readable').toBeGreaterThanOrEqual(MIN_FONT_PX);
				expect(d.hintShown).toBe(false);
			}

			await page.emulateMedia({ media: 'screen' });
			await page.setViewportSize({ width: 360, height: 800 });
			for (const d of await measureDiagrams(page)) {
				expect(d.fontPx, 'on a phone the text stays readable').toBeGreaterThanOrEqual(MIN_FONT_PX);
				expect(d.hintShown, 'a diagram that scrolls says so').toBe(d.frameScrolls);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth), 'only the diagram frame scrolls').toBeLessThanOrEqual(360);
		});
	}
});

test.describe('a link on every step', () => {
	test.use({ javaScriptEnabled: false });
	for (const route of WALKTHROUGHS) {
		test(`${route}: each step heading has a named # link to its own id, working without JavaScript`, async ({ page }) => {
			await page.goto(route);
			const steps = page.locator('main h2[id^="step-"]');
			const ids = await steps.evaluateAll((hs) => hs.map((h) => h.id));
			expect(ids.length).toBeGreaterThanOrEqual(5);
			for (const id of ids) {
				const heading = page.locator(`[id="${id}"]`);
				const text = (await heading.innerText()).trim();
				const link = page.getByRole('link', { name: `Link to the step “${text}”`, exact: true });
				await expect(link, id).toHaveAttribute('href', `#${id}`);
				await expect(link, id).toBeVisible();
				await expect(link, id).toHaveText('#');
				// Sits right after its heading, and is in the tab order.
				expect(await link.evaluate((a) => a.previousElementSibling?.id)).toBe(id);
				expect(await link.evaluate((a: HTMLAnchorElement) => a.tabIndex)).toBe(0);
				const box = (await link.boundingBox())!;
				expect(Math.min(box.width, box.height), `${id}: target at least 24 px`).toBeGreaterThanOrEqual(24);
			}
			// The plain link works: it moves the page to its step.
			const last = ids.at(-1)!;
			await page.locator(`a[href="#${last}"].anchor-link`).click();
			await expect(page).toHaveURL(new RegExp(`#${last}$`));
			await expect(page.locator(`[id="${last}"]`)).toBeInViewport();
		});
	}

	test('the keyboard reaches the first step link by Tab', async ({ page }) => {
		await page.goto(WALKTHROUGHS[0]!);
		const first = page.locator('main a.anchor-link').first();
		await page.locator('main nav.toc a').last().focus();
		for (let i = 0; i < 60 && !(await first.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(first).toBeFocused();
		await expect(first).toHaveCSS('outline-style', 'solid');
	});
});

test('each checklist step has a named # link to its own id', async ({ page }) => {
	await page.goto(CHECKLIST);
	await expect(page.locator('.checklist[data-hydrated]')).toBeAttached();
	const steps = await page.locator('li.cl-step').evaluateAll((lis) => lis.map((li) => ({ id: li.id, title: li.querySelector('h3')!.textContent!.trim() })));
	expect(steps.length).toBeGreaterThanOrEqual(5);
	for (const { id, title } of steps) {
		const link = page.locator(`[id="${id}"]`).getByRole('link', { name: `Link to the step “${title}”`, exact: true });
		await expect(link, id).toHaveAttribute('href', `#${id}`);
		await expect(link, id).toBeVisible();
	}
});

test.describe('handouts', () => {
	for (const route of [WALKTHROUGHS[0]!, '/client-types/server-based/', CHECKLIST]) {
		test(`${route} prints with a short header, no navigation or footer, and external URLs spelled out`, async ({ page }) => {
			await page.goto(route);
			if (route === CHECKLIST) await expect(page.locator('.checklist[data-hydrated]')).toBeAttached();
			const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
			const title = await page.title();
			await page.emulateMedia({ media: 'print' });
			await page.setViewportSize({ width: await a4ContentWidth(page), height: 1100 });

			const header = page.locator('.print-header');
			await expect(header).toBeVisible();
			await expect(header).toContainText(title);
			await expect(header).toContainText(canonical!);
			expect(canonical).toMatch(/^https?:\/\/[^/]+\/.+\/$/);
			for (const hidden of ['.site-header', '.site-footer', '.skip-link', '.anchor-link', '.cl-anchor', 'button']) {
				for (const el of await page.locator(hidden).all()) await expect(el, hidden).toBeHidden();
			}
			// Every external link is followed by its address, unless its text already is the address.
			const misprinted = await page.locator('main a[href^="http"]').evaluateAll((links) => {
				const bare = (u: string) => u.trim().replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
				return links
					.filter((a) => a.checkVisibility())
					.flatMap((a) => {
						const href = a.getAttribute('href')!;
						const printed = getComputedStyle(a, '::after').content.includes(href);
						const textIsAddress = bare(a.textContent!) === bare(href);
						return printed === textIsAddress ? [`${textIsAddress ? 'twice' : 'missing'}: ${href}`] : [];
					});
			});
			expect(misprinted).toEqual([]);
			// No page break inside a heading, right after it, or inside a code block.
			const breaks = await page.evaluate(() => ({
				headings: [...document.querySelectorAll('main :is(h2, h3, .heading-anchor)')].filter((h) => getComputedStyle(h).breakAfter !== 'avoid').length,
				code: [...document.querySelectorAll('main pre')].filter((p) => getComputedStyle(p).breakInside !== 'avoid').length,
			}));
			expect(breaks).toEqual({ headings: 0, code: 0 });
			// Nothing is wider than the paper.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await a4ContentWidth(page));
			if (route === CHECKLIST) await expect(page.locator('[data-print-url]')).toContainText(`${canonical}?type=server-based&dc=eu&lang=python`);

			const pdf = await page.pdf({ format: 'A4' });
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		});
	}
});
