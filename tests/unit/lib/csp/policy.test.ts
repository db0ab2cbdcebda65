import { describe, expect, it } from 'vitest';
import {
	buildHeaderPolicy,
	buildPolicy,
	hashSource,
	inlineScripts,
	withPolicy,
} from '../../../../src/lib/csp/policy';

describe('inlineScripts', () => {
	it('returns inline script bodies and skips scripts with src', () => {
		const html =
			'<script>a()</script><script type="module" src="/x.js"></script><script type="module">b()</script>';
		expect(inlineScripts(html)).toEqual(['a()', 'b()']);
	});
});

describe('hashSource', () => {
	it('hashes the exact text with sha256 in base64, as browsers do', () => {
		// Known value: sha256 of the empty string.
		expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
	});
});

describe('buildPolicy', () => {
	const policy = buildPolicy(['a()', 'a()', 'b()']);
	it('allows scripts from self and by hash only, once per distinct script', () => {
		const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '))!;
		expect(scriptSrc.split(' ').filter((s) => s.startsWith("'sha256-"))).toHaveLength(2);
		expect(scriptSrc).not.toMatch(/unsafe-inline|'unsafe-eval'/);
	});
	it('forbids plugins and foreign base URLs', () => {
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("base-uri 'self'");
	});
});

describe('buildHeaderPolicy', () => {
	it('is the page policy plus frame-ancestors, which only a header can carry', () => {
		expect(buildHeaderPolicy(['a()'])).toBe(`${buildPolicy(['a()'])}; frame-ancestors 'none'`);
		expect(buildPolicy(['a()'])).not.toContain('frame-ancestors');
	});
});

describe('withPolicy', () => {
	it('puts one policy right after the charset, replacing an old one', () => {
		const html =
			'<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="old"><script>x()</script></head></html>';
		const out = withPolicy(html);
		expect(out.match(/content-security-policy/g)).toHaveLength(1);
		expect(out).toMatch(
			/^<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
		);
		expect(out).toContain(hashSource('x()'));
	});
	it('refuses a document without a head rather than leaving it unprotected', () => {
		expect(() => withPolicy('<p>no head</p>')).toThrow(/no <head>/);
	});
});
