// Astro reads this file from its source directory, which is the project root here (see
// astro.config.mjs for why). The schema itself lives in src/schemas/.
import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { runbookSchema } from './src/schemas/runbook';
import { glob } from 'astro/loaders';

export const collections = {
	docs: defineCollection({
		// Files whose names start with `_` are partials, included by other pages.
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: runbookSchema }),
	}),
};
