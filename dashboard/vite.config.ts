import vue from '@vitejs/plugin-vue';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/** One line in the build output: what a browser downloads, raw and gzipped. */
function bundleSize(): Plugin {
  return {
    name: 'sfxd-bundle-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      let raw = 0;
      let gzip = 0;
      let files = 0;
      for (const file of Object.values(bundle)) {
        const content = file.type === 'chunk' ? file.code : file.source;
        const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
        if (!/\.(js|css|html)$/.test(file.fileName)) continue;
        files += 1;
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
      }
      const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      process.stdout.write(`dashboard bundle: ${files} files (JS, CSS), ${kb(raw)}, gzipped ${kb(gzip)}\n`);
    },
  };
}

export default defineConfig({
  plugins: [vue(), bundleSize()],
  // Compile-time flags of Vue and vue-i18n: features the dashboard does not use are left out.
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  logLevel: 'warn',
  build: {
    outDir: 'dist/public',
    emptyOutDir: true,
    target: 'es2022',
    // Every file is served from this origin; the polyfill would be an inline script for nothing.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1024,
  },
  // `npm run dev -w @sfxd/dashboard` next to a running `npm start`: the gateway and the demo tokens.
  server: {
    port: 5173,
    proxy: {
      '/graphql': process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000',
      '/api': process.env.DASHBOARD_URL ?? 'http://127.0.0.1:8080',
    },
  },
});
