import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageFrontmatter } from './schemas/page-frontmatter.ts';
import { codeEntrySchema } from './schemas/codes.ts';
import { graphFileSchema } from './schemas/graph.ts';

/** One data collection per RDP code table (src/content/codes/<family>.json). */
const codeTable = (family: string) =>
	defineCollection({ loader: file(`src/content/codes/${family}.json`), schema: codeEntrySchema });

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageFrontmatter }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	// One entry per JSON file (causes, questions, outcomes), each a list of nodes: a file-level entry
	// keeps duplicate node ids visible to our validation, where per-node entries would overwrite them.
	// src/data/graph.ts checks the nodes in full (graphPartSchema, then the graph rules).
	graph: defineCollection({
		loader: glob({ pattern: '*.json', base: './src/content/graph' }),
		schema: graphFileSchema,
	}),
	disconnectCodes: codeTable('disconnect'),
	extendedCodes: codeTable('extended'),
	errorinfoCodes: codeTable('errorinfo'),
	negotiationCodes: codeTable('negotiation'),
	reportedCodes: codeTable('reported'),
	freerdpCodes: codeTable('freerdp'),
};
