/** One page of each type the quality gates and the benchmark measure. */
export const PAGE_TYPES = {
	home: '',
	guide: 'guides/certificate/',
} as const;
