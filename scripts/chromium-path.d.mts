export const DEFAULT_CHROMIUM: string;
export const HEADLESS_SHELL: string;
export function chromiumPath(
	env?: Record<string, string | undefined>,
	canRun?: (path: string) => boolean,
): {
	path: string;
	found: boolean;
};
