/** The tree's copy buttons: which one last succeeded, and copying with a spoken result. */
import { useCallback, useState } from 'preact/hooks';

/** `announce` says the result in the island's live region. */
export function useCopy(announce: (message: string) => void) {
	const [copied, setCopied] = useState<string | undefined>(undefined);
	const copy = useCallback(
		async (key: string, text: string, what: string) => {
			try {
				await navigator.clipboard.writeText(text);
				setCopied(key);
				announce(`${what} copied to the clipboard.`);
			} catch {
				setCopied(undefined);
				announce(`Copying failed: select the ${what.toLowerCase()} and copy it by hand.`);
			}
		},
		[announce],
	);
	return { copied, setCopied, copy };
}
