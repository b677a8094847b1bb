#!/usr/bin/env node
// The CLI is TypeScript run by Node's type stripping (Node >= 22.18); the npm
// package `node` pins Node 24 for every npm script and npx call.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`organica necesita Node >= 22.18 (este es ${process.version}). Ejecútelo con npx organica o npm run, que usan el Node 24 del proyecto.`);
  process.exit(1);
}
// Compiled code of Astro, Vite and the rest is kept between runs (about 0.3 s of a warm build).
const { enableCompileCache } = await import('node:module');
enableCompileCache?.(new URL('../node_modules/.cache/node-compile-cache', import.meta.url).pathname);
await import('../scripts/cli.ts');
