import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageFrontmatter } from './schemas/page-frontmatter.ts';
import { graphPartSchema } from './schemas/graph.ts';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageFrontmatter }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	// One entry per JSON file (causes, questions, outcomes), each a list of nodes: a file-level entry
	// keeps duplicate node ids visible to our validation, where per-node entries would overwrite them.
	graph: defineCollection({
		loader: glob({ pattern: '*.json', base: './src/content/graph' }),
		schema: graphPartSchema,
	}),
};
