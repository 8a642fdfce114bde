import path from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The console: built into dist/console (served by the workdesk at /), or run by `npm run console:dev`
// with /api proxied to a running workdesk and the policy API to the classifier.
const workdesk = process.env.WORKDESK_URL ?? `http://127.0.0.1:${process.env.WORKDESK_PORT ?? 3000}`;
const classifier = process.env.CLASSIFIER_URL ?? `http://127.0.0.1:${process.env.CLASSIFIER_PORT ?? 3004}`;

export default defineConfig({
  root: __dirname,
  base: '/',
  plugins: [react()],
  resolve: {
    // The contracts' plain values and types only: the validating classes stay out of the browser.
    alias: {
      '@inquiry-router/contracts/vocabulary': path.resolve(__dirname, '../../libs/contracts/src/vocabulary.ts'),
      '@inquiry-router/contracts/views': path.resolve(__dirname, '../../libs/contracts/src/views/index.ts'),
      '@inquiry-router/contracts/notice-labels': path.resolve(__dirname, '../../libs/contracts/src/notice-labels.ts'),
      '@inquiry-router/contracts/csv': path.resolve(__dirname, '../../libs/contracts/src/csv.ts'),
    },
  },
  build: {
    outDir: path.resolve(__dirname, '../../dist/console'),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: Number(process.env.CONSOLE_DEV_PORT ?? 5173),
    proxy: {
      '/api/policy': { target: classifier, changeOrigin: true },
      '/api': { target: workdesk, changeOrigin: true },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    // A whole page with its charts renders in jsdom in over a second on a two-core machine, and in
    // several times that while other work runs there: the default 5 s failed tests that pass.
    testTimeout: 20_000,
  },
});
