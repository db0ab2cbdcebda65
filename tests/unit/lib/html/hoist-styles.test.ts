import { describe, expect, it } from 'vitest';
import { hoistBodyStyles } from '../../../../src/lib/html/hoist-styles';

describe('hoistBodyStyles', () => {
	it('moves body styles to the end of the head, once each', () => {
		const html =
			'<html><head><title>t</title></head><body><div><style>astro-island{display:contents}</style><p>x</p><style>astro-island{display:contents}</style></div></body></html>';
		expect(hoistBodyStyles(html)).toBe(
			'<html><head><title>t</title><style>astro-island{display:contents}</style></head><body><div><p>x</p></div></body></html>',
		);
	});

	it('leaves a page without body styles untouched', () => {
		const html = '<html><head><style>a{}</style></head><body><p>x</p></body></html>';
		expect(hoistBodyStyles(html)).toBe(html);
	});

	it('leaves a fragment without head or body untouched', () => {
		expect(hoistBodyStyles('<style>a{}</style>')).toBe('<style>a{}</style>');
	});
});
