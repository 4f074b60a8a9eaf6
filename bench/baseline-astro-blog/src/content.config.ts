import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const blog = defineCollection({
	// Load Markdown and MDX files: the bench points BENCH_MARKDOWN_DIR at its generated posts.
	loader: glob({
		base: process.env.BENCH_MARKDOWN_DIR ?? './src/content/blog',
		pattern: '**/*.{md,mdx}',
	}),
	// Type-check frontmatter using a schema
	schema: ({ image }) =>
		z.object({
			title: z.string(),
			description: z.string(),
			// Transform string to Date object
			pubDate: z.coerce.date(),
			updatedDate: z.coerce.date().optional(),
			heroImage: z.optional(image()),
			// The one addition to the starter's schema: topic slugs for the topic pages.
			topics: z.array(z.string()).default([]),
		}),
});

export const collections = { blog };
