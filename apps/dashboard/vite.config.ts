import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API server at /app (apps/server/src/dashboard.ts), so every asset URL starts
// there. `pnpm dev` runs Vite with HMR and sends API calls to a server on :3000 (`pnpm start`).
export default defineConfig({
  base: '/app/',
  plugins: [react()],
  server: {
    port: 5173,
    // The Form builder's preview loads the checkout widget from the same origin as the dashboard.
    proxy: Object.fromEntries(
      ['/trpc', '/widget'].map((path) => [
        path,
        { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: true },
      ]),
    ),
  },
  build: {
    // Browsers of the last ~3 years: sellers and CS work in current Chrome on Android and desktop.
    target: 'es2022',
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our pages: their own files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // Only Beranda's chart uses these: a chunk of its own, fetched when the chart is shown.
            // Not its dependencies (Mantine, React): those stay in their shared chunks.
            {
              name: 'charts',
              test: /node_modules[\\/](@mantine[\\/]charts|recharts|@reduxjs|react-redux|redux|immer|reselect|victory-vendor|d3-[\w-]+|es-toolkit|decimal\.js-light|eventemitter3|internmap)[\\/]/,
              includeDependenciesRecursively: false,
            },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui|dayjs)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
