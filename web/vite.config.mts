// The map is served by the service itself (src/web/web-app.ts) from web/dist; `npm run web:dev`
// serves it with reload and proxies the API to a running service (SERVICE_URL, default :4000).
import { defineConfig } from 'vite';

export default defineConfig({
  root: __dirname,
  // React's automatic JSX runtime through esbuild: no plugin needed for a production build.
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The polyfill is for browsers without <link rel=modulepreload>; every browser we target has it.
    modulePreload: { polyfill: false },
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/graphql': process.env.SERVICE_URL ?? 'http://127.0.0.1:4000' },
  },
});
