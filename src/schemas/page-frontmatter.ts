import { z } from 'astro/zod';

/** Which machine a cause lives on: the one you connect from, the one you connect to, or between. */
export const sideSchema = z.enum(['client', 'server', 'network']);
export type Side = z.infer<typeof sideSchema>;

/** Where the host runs; `any` means the guide does not depend on it. */
export const platformSchema = z.enum(['on-premises', 'azure', 'any']);
export type Platform = z.infer<typeof platformSchema>;

/** Who wrote a source: Microsoft documentation, a Microsoft protocol specification, a vendor, or the community. */
export const publisherSchema = z.enum(['microsoft', 'spec', 'vendor', 'community']);

/** One cited source: a page a reader can open to check our statement. */
export const sourceSchema = z.object({
	/** The source's own title. */
	title: z.string().min(3),
	/** Absolute http(s) URL. */
	url: z.url({ protocol: /^https?$/ }),
	/** Who published it; at least one source of a guide must be `microsoft` or `spec`. */
	publisher: publisherSchema,
});
export type Source = z.infer<typeof sourceSchema>;

/**
 * The fields every troubleshooting guide must carry. Other pages may carry some of them
 * (they are optional in the docs collection); `checkGuideFrontmatter` enforces them for guides.
 */
export const guideFieldsSchema = z.object({
	/** Id of the knowledge-graph cause this guide fixes (e.g. `certificate`). */
	cause: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case cause id'),
	/** Code ids this guide relates to, as `<family>/<hex>` (e.g. `disconnect/0x904`). */
	codes: z.array(z.string().regex(/^[a-z]+\/0x[0-9a-f]+$/, 'a code id such as disconnect/0x904')),
	/** Where the cause lives. */
	side: z.array(sideSchema).min(1),
	/** Where the host runs. */
	platform: z.array(platformSchema).min(1),
	/** Windows versions the steps were written for, e.g. "Windows Server 2016-2025". */
	appliesTo: z.array(z.string().min(2)).min(1),
	/** Where the facts come from: at least two, one of them Microsoft's. */
	sources: z
		.array(sourceSchema)
		.min(2, 'a guide cites at least two sources')
		.refine((list) => list.some((s) => s.publisher === 'microsoft' || s.publisher === 'spec'), {
			error: 'a guide cites at least one Microsoft document or specification',
		}),
	/** The day someone last checked the page against its sources (YYYY-MM-DD). */
	lastReviewed: z.coerce.date(),
});
export type GuideFields = z.infer<typeof guideFieldsSchema>;

/** What kind of page this is; drives the Pagefind "kind" filter and which checks apply. */
export const pageKindSchema = z.enum(['guide', 'overview', 'reference', 'code', 'tool']);
export type PageKind = z.infer<typeof pageKindSchema>;

/** Extra frontmatter for every page of the docs collection (merged into Starlight's schema). */
export const pageFrontmatter = z.object({
	/** Page kind; defaults to `reference`. */
	kind: pageKindSchema.default('reference'),
	...guideFieldsSchema.partial().shape,
	/** Sources are optional outside guides but keep the same shape. */
	sources: z.array(sourceSchema).optional(),
});
