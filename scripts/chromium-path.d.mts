export const DEFAULT_CHROMIUM: string;
export function chromiumPath(env?: Record<string, string | undefined>): {
	path: string;
	found: boolean;
};
