import { expect, test } from './support/shared-page';
import { openDecoder } from './support/decoder';

// The decoder's input cap (src/lib/codes/decoder-input.ts), seen from the page.
test('a 1.2 MB paste is answered from its start at once, with a notice of what was not read', async ({
	page,
}) => {
	test.setTimeout(90_000);
	const { form, input } = await openDecoder(page);
	await input.fill('0x7');
	await expect(form.locator('.decoder-results a').first()).toBeVisible();
	// The island's own time per edit: from the input event to the next frame, the new text already
	// in the field (holding 1.2 MB costs the browser itself as much per edit, island or not). With
	// the cap a 1.2 MB text is handled as fast as a 12 KB one; before it, each event decoded all of
	// it (3.2 s against 0.1 s on a busy machine). Medians, as timings on a shared machine jitter.
	const times = await input.evaluate(
		async (el, texts) => {
			const field = el as HTMLInputElement;
			const frame = () =>
				new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
			const handle = async (inputType: string) => {
				await frame();
				const started = performance.now();
				field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
				await frame();
				return performance.now() - started;
			};
			const median = (list: number[]) => [...list].sort((x, y) => x - y)[list.length >> 1] ?? 0;
			const edits = async (text: string) => {
				field.value = text;
				const list = [await handle('insertFromPaste')];
				for (const key of ['0', 'x', '7', ' ', '7']) {
					field.value += key;
					list.push(await handle('insertText'));
				}
				return median(list);
			};
			const small = await edits(texts.small);
			const big = await edits(texts.big);
			return { small, big };
		},
		{ small: '0x904 '.repeat(2_000), big: '0x904 '.repeat(200_000) },
	);
	test.info().annotations.push({
		type: 'timing',
		description: `median per edit: 12 KB ${Math.round(times.small)} ms, 1.2 MB ${Math.round(times.big)} ms`,
	});
	await expect(
		form.getByText(
			'Only the first 3,995 of 1,200,005 characters were read; the last 1,196,010 were not.',
			{ exact: false },
		),
	).toBeVisible({ timeout: 1_000 });
	await expect(form.getByRole('link', { name: 'RDP error code 0x904' }).first()).toBeVisible({
		timeout: 1_000,
	});
	expect(times.big).toBeLessThan(2 * times.small + 200);
	expect(await input.inputValue()).toHaveLength(1_200_005);
});
