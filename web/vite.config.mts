// The map is served by the service itself (src/web/web-app.ts) from web/dist; `npm run web:dev`
// serves it with reload and proxies the API to a running service (SERVICE_URL, default :4000).
import { defineConfig } from 'vite';

export default defineConfig(({ command }) => {
  // A build is always the production bundle, whatever NODE_ENV the caller has (jest sets "test"),
  // so React's development build, JSX dev runtime and StrictMode's double effects never ship.
  // Vite reads NODE_ENV after loading this file.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
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
  };
});
