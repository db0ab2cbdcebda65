/** One page of each type the quality gates and the benchmark measure. */
export const PAGE_TYPES = {
	home: '',
	guide: 'guides/certificate/',
	code: 'codes/disconnect/0x904/',
	codeIndex: 'codes/',
} as const;
