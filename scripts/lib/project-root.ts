/** The project folder (holds node_modules/.bin/astro, the outputs and the publish state), decided once. */
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
