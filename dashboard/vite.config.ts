import vue from '@vitejs/plugin-vue';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/**
 * The build output's size lines: what a browser downloads for the first screen (the entry, what it
 * imports statically, the CSS), and what it loads on demand only (ExcelJS, on the first export),
 * raw and gzipped.
 */
function bundleSize(): Plugin {
  return {
    name: 'sfxd-bundle-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle).filter((f) => /\.(js|css|html)$/.test(f.fileName));
      // The first screen: entry chunks and their static imports, transitively; every CSS and HTML file.
      const first = new Set<string>();
      const visit = (name: string) => {
        const file = bundle[name];
        if (!file || first.has(name)) return;
        first.add(name);
        if (file.type === 'chunk') file.imports.forEach(visit);
      };
      for (const f of files) if (f.type === 'asset' || f.isEntry) visit(f.fileName);
      const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      const line = (label: string, part: typeof files) => {
        let raw = 0;
        let gzip = 0;
        for (const file of part) {
          const content = file.type === 'chunk' ? file.code : file.source;
          const bytes = Buffer.from(content);
          raw += bytes.length;
          gzip += gzipSync(bytes, { level: 9 }).length;
        }
        process.stdout.write(`${label}: ${part.length} files, ${kb(raw)}, gzipped ${kb(gzip)}\n`);
      };
      line('dashboard bundle, first screen (JS, CSS)', files.filter((f) => first.has(f.fileName)));
      line('dashboard bundle, loaded on demand (XLSX export)', files.filter((f) => !first.has(f.fileName)));
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
