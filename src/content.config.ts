import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageFrontmatter } from './schemas/page-frontmatter.ts';
import { codeEntrySchema } from './schemas/codes.ts';

/** One data collection per RDP code table (src/content/codes/<family>.json). */
const codeTable = (family: string) =>
	defineCollection({ loader: file(`src/content/codes/${family}.json`), schema: codeEntrySchema });

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageFrontmatter }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	disconnectCodes: codeTable('disconnect'),
	extendedCodes: codeTable('extended'),
	errorinfoCodes: codeTable('errorinfo'),
	negotiationCodes: codeTable('negotiation'),
	reportedCodes: codeTable('reported'),
};
