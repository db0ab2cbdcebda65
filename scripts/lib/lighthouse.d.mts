import type { Result } from 'lighthouse';
export function runLighthouse(
	url: string,
	options: { chromePath: string; categories: string[]; formFactor?: 'mobile' | 'desktop' },
): Promise<Result>;
export function runLighthouseAll(
	urls: string[],
	options: { chromePath: string; categories: string[]; formFactor?: 'mobile' | 'desktop' },
): Promise<Result[]>;
export function failedAudits(lhr: Result, category: string): string[];
