import { defineConfig } from 'vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'

// The API serves the built files on its own port; in development Vite serves them and forwards
// API calls, so the browser always talks to one origin.
export default defineConfig({
  plugins: [svelte()],
  server: {
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The API's Content-Security-Policy allows only files from its own origin: no inline scripts,
    // no data: URLs for assets.
    assetsInlineLimit: 0,
  },
})
