import { expect, it } from 'vitest';
import { hashSource, inlineScripts } from '../../src/lib/csp/policy';
import { loadBuiltSite } from './support/built-site';

const site = loadBuiltSite();

function policyOf(html: string): Map<string, string[]> {
	const content = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
	return new Map(content.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...v]) => [name ?? '', v]));
}

it.each([...site.pages.keys()])('%s carries a strict Content-Security-Policy that allows its own inline scripts', (path) => {
	const html = site.pages.get(path)!;
	expect(html.match(/http-equiv="content-security-policy"/g)).toHaveLength(1);
	const policy = policyOf(html);
	const scripts = policy.get('script-src') ?? [];
	expect(scripts).toContain("'self'");
	expect(scripts).not.toContain("'unsafe-inline'");
	expect(scripts).not.toContain("'unsafe-eval'");
	expect(policy.get('object-src')).toEqual(["'none'"]);
	expect(policy.get('base-uri')).toEqual(["'self'"]);
	for (const script of inlineScripts(html)) expect(scripts).toContain(hashSource(script));
	// The policy must come before the first script, or that script runs unguarded.
	expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script'));
});

it.each([...site.pages.keys()])('%s has no inline event handler or javascript: URL, which the policy would block', (path) => {
	const html = site.pages.get(path)!;
	expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? []).toEqual([]);
	expect(html.match(/(?:href|src|action)\s*=\s*["']?\s*javascript:/gi) ?? []).toEqual([]);
});
