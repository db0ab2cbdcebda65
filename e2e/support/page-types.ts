/** One page of each type the quality gates and the benchmark measure. */
export const PAGE_TYPES = {
	home: '',
	guide: 'guides/certificate/',
	code: 'codes/disconnect/0x904/',
	codeIndex: 'codes/',
	// The error page with the most causes: the home page's error (every error page is one template).
	error: 'errors/0x904-0x7/',
} as const;
