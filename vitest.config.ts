/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				extends: true,
				test: { name: 'studio', include: ['tests/studio/**/*.test.ts'], testTimeout: 120_000 },
			},
			{
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/build/setup.ts'],
					fileParallelism: false,
					testTimeout: 300_000,
					hookTimeout: 600_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'server',
					include: ['tests/server/**/*.test.ts'],
					fileParallelism: false,
					testTimeout: 30_000,
					hookTimeout: 60_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/browser/setup.ts'],
					fileParallelism: false,
					testTimeout: 300_000,
					hookTimeout: 600_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'bench',
					include: ['tests/bench/**/*.test.ts'],
					fileParallelism: false,
					testTimeout: 300_000,
					hookTimeout: 600_000,
					// After every other project: the bench removes the root's .astro/ before each build.
					sequence: { groupOrder: 1 },
				},
			},
		],
	},
});
