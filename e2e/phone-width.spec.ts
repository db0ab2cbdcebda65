import { expect, test } from './support/shared-page';

// One page of each layout people reach; none may scroll sideways on a 375 px phone.
const PAGES = {
	home: '',
	codeIndex: 'codes/',
	guide: 'guides/certificate/',
	code: 'codes/disconnect/0x904/',
	guides: 'guides/',
	outline: 'tree/outline/',
	pair: 'codes/0x904-0x7/',
};

test.use({ viewport: { width: 375, height: 667 } });

for (const [type, path] of Object.entries(PAGES)) {
	test(`the ${type} page fits a 375 px phone without sideways scrolling`, async ({ page }) => {
		await page.goto(`./${path}`);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, `/${path} is ${width} px wide`).toBeLessThanOrEqual(375);
	});
}
