import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app lives in web/ and builds to web/dist, which the server serves with an SPA fallback.
 * Under Vitest (when no vitest.config.ts exists) the root stays at the repository root, so that
 * unit tests in src/ are still found.
 */
export default defineConfig({
  root: process.env.VITEST ? undefined : 'web',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
