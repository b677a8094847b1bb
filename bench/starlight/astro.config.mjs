// The comparison site: a stock Starlight (current @astrojs/starlight, default
// config, the sidebar Starlight generates from src/content/docs by itself).
// bench/starlight.ts copies this folder to .cache/bench/starlight/ and the
// corpus's Markdown into its src/content/docs/, then builds it there.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [starlight({ title: 'Orgánica' })],
});
