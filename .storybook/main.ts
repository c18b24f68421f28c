import type { StorybookConfig } from '@storybook/react-vite';
import ts from 'typescript';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['./*.mdx', '../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  typescript: {
    reactDocgen: 'react-docgen-typescript',
    // Props tables come from the widgets' own types; Storybook's defaults, restricted to the packages
    // (this folder's preview is not a component and is outside every package's TypeScript project).
    reactDocgenTypescriptOptions: {
      // The packages read from source, as the stories import them: through the root's project
      // references they would be read from built declarations, where a wrapped widget has no props.
      compilerOptions: {
        jsx: ts.JsxEmit.ReactJSX,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        customConditions: ['@wayfinder/source'],
        target: ts.ScriptTarget.ES2022,
        strict: true,
        skipLibCheck: true,
      },
      include: ['packages/*/src/**/*.tsx'],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) => (prop.parent ? !/node_modules/.test(prop.parent.fileName) : true),
    },
  },
  viteFinal(viteConfig) {
    // Stories import workspace packages from source: no build before `pnpm dev` or `pnpm test`.
    viteConfig.resolve = { ...viteConfig.resolve, conditions: ['@wayfinder/source', ...defaultClientConditions] };
    // Workspace sources are not pre-bundled, so Vite would discover their dependencies mid-run and
    // reload the page under the tests; naming them up front avoids that.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        '@wayfinder/core > zod',
        '@wayfinder/core > zod/mini',
        '@wayfinder/core > papaparse',
        '@wayfinder/core > idb-keyval',
        '@wayfinder/ui > radix-ui',
        '@wayfinder/ui > react-dom',
        '@wayfinder/ui > @tanstack/react-virtual',
        '@wayfinder/ui > @visx/scale',
        '@wayfinder/ui > @visx/shape',
        '@wayfinder/ui > @visx/group',
      ],
    };
    viteConfig.build = {
      ...viteConfig.build,
      chunkSizeWarningLimit: 4096,
      // Storybook sets Vite 8's rolldownOptions, which then win over rollupOptions.
      rolldownOptions: {
        ...viteConfig.build?.rolldownOptions,
        // radix-ui's "use client" banners are meaningless in a client bundle.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    };
    return viteConfig;
  },
};

export default config;
