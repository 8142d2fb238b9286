// H5: what the first page downloads is what the app shell needs, nothing that only some page uses.
//
// Taro's Vite runner (4.2) sent every node_modules module to one `vendors` chunk and every module with two importers
// to one `common` chunk, and every page loaded both (1.4 MB of JavaScript for the home page): hls.js and Swiper (an
// article's video, an online exhibition's swiper), zod and the form kit (booking), qrcode-generator (tickets). Pages
// are loaded with import() by Taro's router, so Rollup knows which modules each page needs. `h5Chunks` keeps `vendors`
// for the libraries the app shell imports statically (React, Taro's runtime, router and API: needed before any page,
// changed only on upgrades, so cached apart from our code) and leaves everything else to Rollup, which puts a module
// in the chunk of the page that imports it, or in a chunk shared only by the pages that need it (jsQR, once its own
// plugin, is one of them). Three transforms of Taro's code keep its heavy components out of the shell: see each.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ManualChunkMeta, OutputBundle, OutputChunk } from 'rollup';
import type { HtmlTagDescriptor, Plugin, UserConfig } from 'vite';

const NODE_MODULES = /[\\/]node_modules[\\/]/;
/** The index files of @tarojs/components: each re-exports every component, and pages import from them. */
const COMPONENT_INDEXES =
  /[\\/]@tarojs[\\/]components[\\/](dist[\\/]components[\\/]index|lib[\\/]react[\\/](index|components))\.js$/;

/** The modules that entries reach by static imports alone, so they run before any page does. */
function staticallyFromEntries({ getModuleIds, getModuleInfo }: ManualChunkMeta): Set<string> {
  const reached = new Set<string>();
  const queue = [...getModuleIds()].filter((id) => getModuleInfo(id)?.isEntry);
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    // An index holds no code of its own; in `vendors`, Rollup would pull in everything it re-exports.
    if (reached.has(id) || COMPONENT_INDEXES.test(id)) continue;
    reached.add(id);
    queue.push(...(getModuleInfo(id)?.importedIds ?? []));
  }
  return reached;
}

export function h5Chunks(): Plugin {
  let shell: Set<string> | null = null;
  return {
    name: 'zz:h5-chunks',
    enforce: 'post',
    // A watch build renders again with another module graph.
    renderStart() {
      shell = null;
    },
    config(config: UserConfig) {
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output) || typeof output.manualChunks !== 'function') {
        throw new Error('h5-chunks: expected Taro to set build.rollupOptions.output.manualChunks');
      }
      output.manualChunks = (id: string, meta: ManualChunkMeta) => {
        shell ??= staticallyFromEntries(meta);
        return NODE_MODULES.test(id) && shell.has(id) ? 'vendors' : undefined;
      };
    },
  };
}

/**
 * Taro's H5 `previewImage` (taro-h5 4.2) imports the Swiper component to build its viewer, and every API of Taro is
 * one object the app shell imports, so Swiper (~170 KB) went to every first page. It is imported here when an image
 * is first previewed. The replaced text is matched exactly: after a Taro upgrade that changes it, the build stops
 * and says so rather than shipping Swiper again unnoticed.
 */
const PREVIEW_IMAGE = /[\\/]@tarojs[\\/]taro-h5[\\/]dist[\\/]api[\\/]media[\\/]image[\\/]previewImage\.js$/;
const EAGER_SWIPER_IMPORT =
  "import { defineCustomElementTaroSwiperCore, defineCustomElementTaroSwiperItemCore } from '@tarojs/components/dist/components';";
const EAGER_SWIPER_DEFINITION = `    defineCustomElementTaroSwiperCore();
    defineCustomElementTaroSwiperItemCore();`;
const LAZY_SWIPER_DEFINITION = `    const [swiperCore, swiperItemCore] = yield Promise.all([
      import('@tarojs/components/dist/components/taro-swiper-core.js'),
      import('@tarojs/components/dist/components/taro-swiper-item-core.js'),
    ]);
    swiperCore.defineCustomElement();
    swiperItemCore.defineCustomElement();`;

export function h5LazyPreviewImage(): Plugin {
  return {
    name: 'zz:h5-lazy-preview-image',
    apply: 'build',
    transform(code, id) {
      if (!PREVIEW_IMAGE.test(id)) return null;
      if (!code.includes(EAGER_SWIPER_IMPORT) || !code.includes(EAGER_SWIPER_DEFINITION)) {
        throw new Error(`h5-lazy-preview-image: ${id} changed; check that Swiper still loads only for a preview`);
      }
      return {
        code: code.replace(EAGER_SWIPER_IMPORT, '').replace(EAGER_SWIPER_DEFINITION, LAZY_SWIPER_DEFINITION),
        map: null,
      };
    },
  };
}

/**
 * Taro's React wrappers of its components (@tarojs/components/lib/react/components.js) are one module that defines
 * every component it exports as soon as it runs, so every page loaded the heavy ones any page uses (Swiper with its
 * library, Video, Picker, Textarea). For the components named here the wrapper defines the custom element when one
 * is first rendered, from a chunk of its own; the browser upgrades elements rendered before it arrives, and Stencil
 * applies the properties set on them meanwhile. A name that is no longer found stops the build.
 */
const REACT_WRAPPERS = /[\\/]@tarojs[\\/]components[\\/]lib[\\/]react[\\/]components\.js$/;
const DEFINE_ON_FIRST_RENDER = `import { createElement as zzCreateElement, forwardRef as zzForwardRef } from 'react';
// Added by client/config/h5-chunks.ts: defines the element from its own chunk when one is first rendered.
const zzDefinedOnFirstRender = (Component, load) => {
  let loading = null;
  return zzForwardRef((props, ref) => {
    if (!loading) loading = load().then((core) => core.defineCustomElement(), () => { loading = null; });
    return zzCreateElement(Component, Object.assign({}, props, { ref }));
  });
};
`;
const pascal = (tag: string) => tag.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase());

export function h5LazyComponents(tags: readonly string[]): Plugin {
  return {
    name: 'zz:h5-lazy-components',
    apply: 'build',
    transform(code, id) {
      if (!REACT_WRAPPERS.test(id)) return null;
      let lazy = code;
      for (const tag of tags) {
        const eager = `createReactComponent('${tag}', undefined, manipulatePropsFunction, defineCustomElement${pascal(tag)})`;
        if (!lazy.includes(eager)) throw new Error(`h5-lazy-components: ${tag} is not defined as expected in ${id}`);
        lazy = lazy.replace(
          eager,
          `zzDefinedOnFirstRender(createReactComponent('${tag}', undefined, manipulatePropsFunction, undefined), ` +
            `() => import('@tarojs/components/dist/components/${tag}.js'))`,
        );
      }
      return { code: DEFINE_ON_FIRST_RENDER + lazy, map: null };
    },
  };
}

/**
 * Taro's router, its API and its app entry import component definitions from the index of
 * @tarojs/components/dist/components, and Rollup puts into a manual chunk every module such an index imports (all
 * of them, used or not by that importer): the tab bar's import alone brought every component any page renders into
 * `vendors`. Each import from the index is rewritten to the module that declares the name, as the index says.
 */
const COMPONENTS_INDEX = '@tarojs/components/dist/components';
const IMPORT_FROM_INDEX = /import\s*\{([^}]*)\}\s*from\s*['"]@tarojs\/components\/dist\/components['"];?/g;

/** From the index's `export { a as b } from './x.js'` lines: exported name → [module, name in that module]. */
function declaringModules(): Map<string, [string, string]> {
  const index = createRequire(__filename).resolve(`${COMPONENTS_INDEX}/index.js`);
  const declared = new Map<string, [string, string]>();
  for (const [, names, from] of readFileSync(index, 'utf8').matchAll(/export\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    const module = from.startsWith('./') ? `${COMPONENTS_INDEX}/${from.slice(2)}` : from;
    for (const name of names.split(',')) {
      const [local, exported = local] = name.trim().split(/\s+as\s+/);
      if (local) declared.set(exported, [module, local]);
    }
  }
  return declared;
}

export function h5DirectComponentImports(): Plugin {
  const declared = declaringModules();
  return {
    name: 'zz:h5-direct-component-imports',
    apply: 'build',
    transform(code, id) {
      if (!code.includes(COMPONENTS_INDEX) || id.includes(`${COMPONENTS_INDEX}/index.js`)) return null;
      const direct = code.replace(IMPORT_FROM_INDEX, (_, names: string) =>
        names
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean)
          .map((name) => {
            const [imported, local = imported] = name.split(/\s+as\s+/);
            const declaring = declared.get(imported);
            if (!declaring) throw new Error(`h5-direct-component-imports: ${imported} (in ${id}) is not in the index`);
            return `import { ${declaring[1]} as ${local} } from '${declaring[0]}';`;
          })
          .join('\n'),
      );
      return direct === code ? null : { code: direct, map: null };
    },
  };
}

/**
 * The home page's chunks, preloaded by index.html: Taro's router asks for them only once the shell has run, a round
 * trip or three later on a slow network. `page` is the home page's module under src/ (the first of app.config's pages).
 */
export function h5PreloadHomePage(page: string): Plugin {
  const isHome = (chunk: OutputChunk) => chunk.facadeModuleId?.replace(/\\/g, '/').endsWith(`/src/${page}.tsx`);
  return {
    name: 'zz:h5-preload-home-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle: OutputBundle = context.bundle ?? {};
        const chunks = Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk');
        const home = chunks.find(isHome);
        if (!home) throw new Error(`h5-preload-home-page: no chunk for src/${page}.tsx`);
        const files = new Set<string>([home.fileName]);
        for (const file of files) {
          const chunk = bundle[file];
          if (chunk?.type === 'chunk') for (const imported of chunk.imports) files.add(imported);
        }
        return [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map(
            (file): HtmlTagDescriptor => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
              injectTo: 'head',
            }),
          );
      },
    },
  };
}
