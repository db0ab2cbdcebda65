import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { hashSource, inlineScripts } from '../../src/lib/csp/policy';
import { headersFor, parseHeadersFile } from '../../src/lib/headers/headers-file';
import { DIST, loadBuiltSite } from './support/built-site';

const site = loadBuiltSite();
const headerRules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

function policyOf(html: string): Map<string, string[]> {
	const content = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
	return parsePolicy(content);
}

function parsePolicy(content: string): Map<string, string[]> {
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

it.each([...site.pages.keys()])('%s gets a header policy from _headers that allows its inline scripts and forbids framing', (path) => {
	const html = site.pages.get(path)!;
	const header = headersFor(headerRules, path).get('Content-Security-Policy') ?? '';
	// One policy: two rules naming the header would join theirs with a comma, and both would apply.
	expect(header).not.toContain(',');
	const policy = parsePolicy(header);
	expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
	expect(policy.get('object-src')).toEqual(["'none'"]);
	const scripts = policy.get('script-src') ?? [];
	expect(scripts).not.toContain("'unsafe-inline'");
	for (const script of inlineScripts(html)) expect(scripts).toContain(hashSource(script));
});

it.each([...site.pages.keys()])('%s has no inline event handler or javascript: URL, which the policy would block', (path) => {
	const html = site.pages.get(path)!;
	expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? []).toEqual([]);
	expect(html.match(/(?:href|src|action)\s*=\s*["']?\s*javascript:/gi) ?? []).toEqual([]);
});
