// A fake WeChat host that runs the weapp production build (client/dist/weapp) in Node, so tests can open its
// pages, read what they render, tap and type, and follow the app through navigation, against a real server.
//
// What it is responsible for, and where:
// - weapp-host/modules.ts: a V8 context with only WeChat's globals, and WeChat's module wrapping, resolution and
//   package rule (a main-package file that requires a subpackage file fails here as it fails on a phone).
// - weapp-host/wx.ts and network.ts: the `wx` APIs the app uses (storage, login, request to the test server,
//   toasts and modals recorded, navigation handed to this file); other real APIs throw, naming themselves.
// - weapp-host/view.ts: `setData` applied to a JSON copy of each page's data, and that tree read through the
//   build's base.wxml templates (real tag and attribute names, and which nodes handle which events).
// - this file: App() and Page() captured, the app launched (onLaunch, onShow, first page), the page stack with
//   WeChat's lifecycle order and navigation rules, events dispatched to the page's `eh` the way WeChat's render
//   layer does (a tap bubbles through every ancestor that binds it), and `settle()`, which waits until the app
//   has no request in flight and no render scheduled.
//
// It is not WeChat: there is no layout, no styles, no real render layer and no base-library quirks beyond
// those above. What it does show is whether the build runs at all outside a browser, and what it renders.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type AppJson, readAppJson, subpackageRoots, WEAPP_DIR } from '../weapp-build';
import { createSandbox, ModuleLoader, type Sandbox, WeappHostError } from './modules';
import { HostTimers } from './timers';
import {
  applySetData,
  descendants,
  describeNode,
  describeQuery,
  matches,
  type NodeQuery,
  readTemplates,
  readTree,
  type Templates,
  textsOf,
  type ViewNode,
} from './view';
import { createWx, type HostNavigator, type WxOptions, type WxRecord } from './wx';

export { WeappHostError } from './modules';
export type { NodeQuery, ViewNode } from './view';
export type { WxCall } from './wx';

export interface LaunchOptions extends WxOptions {
  /** The build to run; client/dist/weapp by default. */
  dir?: string;
  /** The phone's clock, e.g. `() => server.clock.now()`. It keeps ticking in real time between changes. */
  now?: () => number;
  /** The page WeChat opens first, with its query (`/pages/exhibition/index?id=3`); app.json's first page by default. */
  entry?: string;
  /** Storage as the phone already has it (e.g. a session token), by key. */
  storage?: Record<string, unknown>;
  /** How long settle() waits for the app to go quiet before it fails; 15 s by default. */
  settleTimeoutMs?: number;
}

export interface ConsoleEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  text: string;
}

type Fn = (...args: unknown[]) => unknown;
type PageConfig = Record<string, unknown>;
type Instance = Record<string, unknown>;

/** Timers due within this long count as work the app is still doing (renders, setData, Taro's 16 ms frames). */
const SOON_MS = 100;
/** WeChat's page stack limit. */
const MAX_STACK = 10;

/** Launches the build: app.js, every main-package page module, App.onLaunch and onShow, then the first page. */
export async function launchWeapp(options: LaunchOptions = {}): Promise<WeappHost> {
  const host = new WeappHost(options);
  try {
    await host.start();
  } catch (error) {
    host.close();
    throw error;
  }
  return host;
}

export class WeappHost {
  readonly dir: string;
  readonly appJson: AppJson;
  /** True while a tap's handlers run synchronously (wx.requestSubscribeMessage checks it). */
  private tapping = false;
  readonly record: WxRecord = { calls: [], missing: [], requests: [], storage: new Map(), tempFiles: new Map() };
  /** Errors the app threw where WeChat would have caught them (timers, lifecycle hooks, event handlers). */
  readonly errors: unknown[] = [];
  readonly console: ConsoleEntry[] = [];
  readonly loader: ModuleLoader;
  /** The App() object: what getApp() returns. */
  app: Instance | null = null;
  readonly stack: WeappPage[] = [];
  /** Subpackage roots whose files have been loaded, in order. */
  readonly loadedPackages: string[] = [];

  private readonly sandbox: Sandbox;
  private readonly timers: HostTimers;
  private templatesRead: Templates | null = null;
  private readonly inflight = new Set<Promise<unknown>>();
  private readonly pageConfigs = new Map<string, PageConfig>();
  private readonly componentConfigs = new Map<string, PageConfig>();
  /** Tab pages stay alive when another tab is shown, as in WeChat. */
  private readonly tabPages = new Map<string, WeappPage>();
  private readonly pageByInstance = new WeakMap<Instance, WeappPage>();
  private readonly routes: Set<string>;
  private readonly tabRoutes: Set<string>;
  private readonly entry: string;
  private definingPage: string | null = null;
  private definingComponent: string | null = null;
  private launch: { path: string; query: Record<string, string> } = { path: '', query: {} };
  private reported = 0;
  private nextWebviewId = 1;
  private closed = false;

  constructor(private readonly options: LaunchOptions) {
    this.dir = options.dir ?? WEAPP_DIR;
    if (!existsSync(join(this.dir, 'app.json'))) throw new WeappHostError(`${this.dir}/app.json does not exist`);
    this.appJson = readAppJson(this.dir);
    const subpackages = [...(this.appJson.subPackages ?? []), ...(this.appJson.subpackages ?? [])];
    this.routes = new Set([
      ...this.appJson.pages,
      ...subpackages.flatMap((p) => p.pages.map((page) => posix.join(p.root, page))),
    ]);
    this.tabRoutes = new Set((this.appJson.tabBar?.list ?? []).map((t) => t.pagePath));
    this.entry = options.entry ?? this.appJson.pages[0];
    for (const [key, value] of Object.entries(options.storage ?? {}))
      this.record.storage.set(key, JSON.stringify(value));

    this.timers = new HostTimers((error) => this.report(error));
    const now = phoneClock(options.now ?? Date.now);
    const wx = createWx({
      options,
      timers: this.timers,
      navigator: this.navigator(),
      record: this.record,
      toRealm: (value) => this.sandbox.toRealm(value),
      inflight: this.inflight,
      inTap: () => this.tapping,
    });
    this.sandbox = createSandbox(
      {
        wx,
        App: (config: Instance) => this.defineApp(config),
        Page: (config: PageConfig) => this.definePage(config),
        Component: (config: PageConfig) => this.defineComponent(config),
        Behavior: (config: PageConfig) => config,
        getApp: () => this.app ?? undefined,
        getCurrentPages: () => this.stack.map((p) => p.instance),
        requirePlugin: (name: string) => {
          throw new WeappHostError(`requirePlugin("${name}"): the app uses no plugins and the host provides none`);
        },
        console: this.hostConsole(),
        setTimeout: this.timers.setTimeout,
        clearTimeout: this.timers.clearTimeout,
        setInterval: this.timers.setInterval,
        clearInterval: this.timers.clearInterval,
      },
      now,
    );
    this.loader = new ModuleLoader({
      dir: this.dir,
      subpackageRoots: subpackageRoots(this.appJson),
      sandbox: this.sandbox,
      onPackageLoaded: (root) => {
        if (!this.loadedPackages.includes(root)) this.loadedPackages.push(root);
      },
    });
  }

  /** The page on top of the stack: what the phone shows. */
  get page(): WeappPage {
    const top = this.stack[this.stack.length - 1];
    if (!top) throw new WeappHostError('no page is open');
    return top;
  }

  /** The build's base.wxml templates, read when a page's tree is first looked at. */
  get templates(): Templates {
    this.templatesRead ??= readTemplates(this.dir);
    return this.templatesRead;
  }

  /** A value in the phone's wx storage, as the app would read it; undefined when the key is not set. */
  storage(key: string): unknown {
    const text = this.record.storage.get(key);
    return text === undefined ? undefined : JSON.parse(text);
  }

  /** Calls of one wx API, e.g. calls('showToast'). */
  calls(api: string): Array<Record<string, unknown>> {
    return this.record.calls.filter((c) => c.api === api).map((c) => c.options);
  }

  async start(): Promise<void> {
    this.loader.load('app.js');
    if (!this.app) throw new WeappHostError('app.js ran without calling App()');
    this.loadComponents('app', readJson(this.dir, 'app.json'));
    // WeChat evaluates the main package's page files at start-up; subpackage pages load when first opened.
    for (const route of this.appJson.pages) this.pageConfig(route);
    const { route, query } = this.parseUrl(this.entry, '');
    this.launch = { path: route, query };
    const launchOptions = this.sandbox.toRealm({ ...this.launch, scene: 1001, referrerInfo: {} });
    this.call(this.app, 'onLaunch', launchOptions);
    this.call(this.app, 'onShow', launchOptions);
    await this.openPage(route, query);
    await this.settle();
  }

  // ---- navigation, as the test drives it ---------------------------------------------------------------

  /** As wx.navigateTo from the current page; resolves when the app has settled on the new page. */
  async navigateTo(url: string): Promise<WeappPage> {
    await this.navigator().navigateTo(url);
    await this.settle();
    return this.page;
  }

  async reLaunch(url: string): Promise<WeappPage> {
    await this.navigator().reLaunch(url);
    await this.settle();
    return this.page;
  }

  async switchTab(url: string): Promise<WeappPage> {
    await this.navigator().switchTab(url);
    await this.settle();
    return this.page;
  }

  async navigateBack(delta = 1): Promise<WeappPage> {
    await this.navigator().navigateBack(delta);
    await this.settle();
    return this.page;
  }

  /** Every route of app.json, main package first. */
  allRoutes(): string[] {
    return [...this.routes];
  }

  // ---- waiting ---------------------------------------------------------------------------------------

  /**
   * Waits until no request or API callback is in flight and no timer is due soon, three checks in a row;
   * then throws the first error the app threw meanwhile, if any.
   */
  async settle(timeoutMs = this.options.settleTimeoutMs ?? 15_000): Promise<void> {
    const started = Date.now();
    let quiet = 0;
    while (quiet < 3) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      const busy = this.inflight.size > 0 || this.timers.dueSoon(SOON_MS) > 0;
      quiet = busy ? 0 : quiet + 1;
      if (Date.now() - started > timeoutMs) {
        const open = this.record.requests.filter((r) => r.status === null && r.error === null);
        throw new WeappHostError(
          `the app did not settle within ${timeoutMs} ms: ${this.inflight.size} request(s)/callback(s) in flight ` +
            `(${open.map((r) => `${r.method} ${r.operation ?? r.url}`).join(', ') || 'none'}), ` +
            `${this.timers.dueSoon(SOON_MS)} timer(s) due`,
        );
      }
    }
    this.throwReported();
  }

  /** Unloads the pages and stops every timer; the host cannot be used afterwards. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    const alive = new Set([...this.stack].reverse().concat([...this.tabPages.values()]));
    for (const page of alive) if (!page.unloaded) this.unload(page);
    this.stack.length = 0;
    this.timers.clearAll();
  }

  // ---- events ----------------------------------------------------------------------------------------

  /**
   * Dispatches a WeChat event on `target` to its page's `eh`. Bubbling events (tap, longpress, touch*) go to
   * the target and then to every ancestor whose template binds them, with `currentTarget` set to that node,
   * until one `catch`es it: Taro defers a child's handler until the outermost bound ancestor is reached, so
   * dispatching to the target alone would never run it. Other events (input, change, blur…) only reach the
   * target. Throws when nothing on the way handles the event.
   */
  async dispatch(page: WeappPage, target: ViewNode, type: string, detail: Record<string, unknown> = {}): Promise<void> {
    if (this.page !== page) throw new WeappHostError(`${page.route} is not the page on top (${this.page.route} is)`);
    const bubbles = BUBBLING_EVENTS.has(type);
    const path: ViewNode[] = [];
    for (let node: ViewNode | null = target; node && node.tag !== 'page'; node = node.parent) {
      path.push(node);
      if (!bubbles) break;
    }
    const handlers = path.filter((n) => n.template?.binds.has(type) || n.template?.catches.has(type));
    if (handlers.length === 0) {
      throw new WeappHostError(
        `nothing handles "${type}" on ${describeNode(target)} (or its ancestors) in ${page.route}`,
      );
    }
    const eh = page.instance.eh as Fn | undefined;
    if (typeof eh !== 'function') throw new WeappHostError(`${page.route} has no eh event handler`);
    const timeStamp = Date.now();
    const targetInfo = { id: target.id, dataset: { sid: target.sid }, offsetLeft: 0, offsetTop: 0 };
    for (const node of handlers) {
      const event = this.sandbox.toRealm<Record<string, unknown>>({
        type,
        timeStamp,
        target: targetInfo,
        currentTarget: { id: node.id, dataset: { sid: node.sid }, offsetLeft: 0, offsetTop: 0 },
        detail,
        touches: [],
        changedTouches: [],
        mark: {},
      });
      // Only while the handler runs synchronously: after its first await the gesture is over, as on a phone.
      this.tapping = type === 'tap';
      try {
        this.call(page.instance, 'eh', event);
      } finally {
        this.tapping = false;
      }
      if (node.template?.catches.has(type)) break;
    }
    await this.settle();
  }

  /** Calls a page hook WeChat calls on user action (onPullDownRefresh, onReachBottom), then settles. */
  async callPageHook(page: WeappPage, hook: string, ...args: unknown[]): Promise<void> {
    if (this.page !== page) throw new WeappHostError(`${page.route} is not the page on top (${this.page.route} is)`);
    if (typeof page.instance[hook] !== 'function') throw new WeappHostError(`${page.route} has no ${hook}`);
    this.call(page.instance, hook, ...args.map((a) => this.sandbox.toRealm(a)));
    await this.settle();
  }

  // ---- App, Page, Component ------------------------------------------------------------------------

  private defineApp(config: Instance): void {
    if (this.app) throw new WeappHostError('App() was called twice');
    this.app = config;
  }

  private definePage(config: PageConfig): void {
    if (!this.definingPage) throw new WeappHostError('Page() was called outside the loading of a page file');
    this.pageConfigs.set(this.definingPage, config);
  }

  private defineComponent(config: PageConfig): void {
    if (!this.definingComponent) throw new WeappHostError('Component() was called outside the loading of a component');
    this.componentConfigs.set(this.definingComponent, config);
  }

  /** The Page() config of a route, loading the page's file (and its subpackage) the first time. */
  private pageConfig(route: string): PageConfig {
    const known = this.pageConfigs.get(route);
    if (known) return known;
    this.definingPage = route;
    try {
      this.loader.load(`${route}.js`);
    } finally {
      this.definingPage = null;
    }
    const config = this.pageConfigs.get(route);
    if (!config) throw new WeappHostError(`${route}.js ran without calling Page()`);
    this.loadComponents(route, readJson(this.dir, `${route}.json`));
    return config;
  }

  /** Loads the custom components a page (or the app) uses, as WeChat registers them before rendering it. */
  private loadComponents(owner: string, json: Record<string, unknown>): void {
    const using = (json.usingComponents ?? {}) as Record<string, string>;
    const base = owner === 'app' ? '' : posix.dirname(owner);
    for (const path of Object.values(using)) {
      const component = path.startsWith('/') ? path.slice(1) : posix.join(base, path);
      if (this.componentConfigs.has(component) || this.definingComponent === component) continue;
      this.definingComponent = component;
      try {
        this.loader.load(`${component}.js`);
      } finally {
        this.definingComponent = null;
      }
      if (!this.componentConfigs.has(component)) throw new WeappHostError(`${component}.js did not call Component()`);
      this.loadComponents(component, readJson(this.dir, `${component}.json`));
    }
  }

  // ---- pages and the stack -----------------------------------------------------------------------------

  /** Creates a page instance and runs onLoad → onShow, then onReady once its first render has been set. */
  private async openPage(route: string, query: Record<string, string>): Promise<WeappPage> {
    const config = this.pageConfig(route);
    const json = readJson(this.dir, `${route}.json`);
    const title = String(
      json.navigationBarTitleText ??
        (this.appJson as { window?: { navigationBarTitleText?: string } }).window?.navigationBarTitleText ??
        '',
    );
    const page = new WeappPage(this, route, query, title);
    const instance = page.instance;
    this.pageByInstance.set(instance, page);
    for (const [key, value] of Object.entries(config)) instance[key] = value;
    Object.assign(instance, {
      data: JSON.parse(JSON.stringify(config.data ?? {})),
      route,
      __route__: route,
      options: query,
      __wxWebviewId__: this.nextWebviewId,
      __webviewId__: this.nextWebviewId++,
      setData: (patch: Record<string, unknown>, callback?: () => void) => {
        applySetData(instance.data as Record<string, unknown>, patch ?? {});
        page.setDataCalls += 1;
        if (typeof callback === 'function') this.timers.setTimeout(callback);
      },
      getOpenerEventChannel: () => ({ emit: () => {}, on: () => {}, once: () => {}, off: () => {} }),
      selectComponent: () => null,
      selectAllComponents: () => [],
      createSelectorQuery: () => (this.sandbox.context.wx as { createSelectorQuery: Fn }).createSelectorQuery(),
    });
    this.stack.push(page);
    if (this.tabRoutes.has(route)) this.tabPages.set(route, page);
    this.call(instance, 'onLoad', this.sandbox.toRealm(query));
    this.call(instance, 'onShow');
    this.timers.setTimeout(() => this.call(instance, 'onReady'));
    return page;
  }

  private unload(page: WeappPage): void {
    this.call(page.instance, 'onUnload');
    page.unloaded = true;
    this.tabPages.delete(page.route);
  }

  private navigator(): HostNavigator {
    // Every navigation starts in a later task than the API call, as WeChat's does.
    const later = () => new Promise<void>((resolve) => this.timers.setTimeout(resolve));
    return {
      navigateTo: async (url) => {
        await later();
        const { route, query } = this.parseUrl(url, this.page.route);
        if (this.tabRoutes.has(route)) throw new Error(`can not navigateTo a tabbar page`);
        if (this.stack.length >= MAX_STACK) throw new Error('webview count limit exceed');
        this.call(this.page.instance, 'onHide');
        await this.openPage(route, query);
      },
      redirectTo: async (url) => {
        await later();
        const { route, query } = this.parseUrl(url, this.page.route);
        if (this.tabRoutes.has(route)) throw new Error(`can not redirectTo a tabbar page`);
        const top = this.stack.pop();
        if (top) this.unload(top);
        await this.openPage(route, query);
      },
      switchTab: async (url) => {
        await later();
        const { route } = this.parseUrl(url, this.page.route);
        if (!this.tabRoutes.has(route)) throw new Error(`can not switch to no-tabBar page`);
        // Every page that is not a tab closes; the tab pages stay alive, hidden.
        const current = this.stack[this.stack.length - 1];
        for (const page of [...this.stack].reverse()) {
          if (!this.tabRoutes.has(page.route)) this.unload(page);
          else if (page === current && page.route !== route) this.call(page.instance, 'onHide');
        }
        this.stack.length = 0;
        const alive = this.tabPages.get(route);
        if (alive) {
          this.stack.push(alive);
          if (alive !== current) this.call(alive.instance, 'onShow');
        } else {
          await this.openPage(route, {});
        }
      },
      reLaunch: async (url) => {
        await later();
        const { route, query } = this.parseUrl(url, this.stack.length ? this.page.route : '');
        for (const page of [...this.stack].reverse()) this.unload(page);
        for (const page of this.tabPages.values()) if (!page.unloaded) this.unload(page);
        this.stack.length = 0;
        await this.openPage(route, query);
      },
      navigateBack: async (delta) => {
        await later();
        if (this.stack.length <= 1) throw new Error('cannot navigate back at first page.');
        const count = Math.min(Math.max(1, delta), this.stack.length - 1);
        for (let i = 0; i < count; i += 1) {
          const top = this.stack.pop();
          if (top && !this.tabRoutes.has(top.route)) this.unload(top);
        }
        this.call(this.page.instance, 'onShow');
      },
      setTitle: (title) => {
        if (this.stack.length) this.page.title = title;
      },
      launchOptions: () => ({ ...this.launch, scene: 1001, referrerInfo: {} }),
    };
  }

  /** '/booking/pages/form/index?slotId=3' or a path relative to the current page → route and query. */
  private parseUrl(url: string, from: string): { route: string; query: Record<string, string> } {
    const [path, search = ''] = url.split('?');
    const route = path.startsWith('/') ? posix.normalize(path.slice(1)) : posix.join(posix.dirname(from), path);
    if (!this.routes.has(route)) throw new Error(`page "${route}" is not found`);
    // WeChat hands the query to onLoad as written: values are not URL-decoded.
    const query: Record<string, string> = {};
    for (const pair of search.split('&').filter(Boolean)) {
      const [key, ...rest] = pair.split('=');
      query[key] = rest.join('=');
    }
    return { route, query };
  }

  // ---- calling into the app ----------------------------------------------------------------------------

  /** Calls a lifecycle hook or handler; what it throws is recorded (WeChat reports it to App.onError). */
  private call(target: Instance | null, method: string, ...args: unknown[]): unknown {
    const page = this.pageOf(target);
    if (page && LIFECYCLE.has(method)) page.lifecycle.push(method);
    const fn = target?.[method];
    if (typeof fn !== 'function') return undefined;
    try {
      return (fn as Fn).apply(target, args);
    } catch (error) {
      this.report(error);
      return undefined;
    }
  }

  private pageOf(instance: Instance | null): WeappPage | undefined {
    return instance ? this.pageByInstance.get(instance) : undefined;
  }

  private report(error: unknown): void {
    this.errors.push(error);
    if (this.app && typeof this.app.onError === 'function') {
      try {
        (this.app.onError as Fn).call(this.app, String(error instanceof Error ? error.stack : error));
      } catch {
        // onError itself failing adds nothing to the first error.
      }
    }
  }

  /** Throws the first error the app threw since the last check (the others are listed in its message). */
  private throwReported(): void {
    if (this.errors.length <= this.reported) return;
    const fresh = this.errors.slice(this.reported);
    this.reported = this.errors.length;
    const [first] = fresh;
    if (fresh.length > 1 && first instanceof Error) {
      first.message += `\n(and ${fresh.length - 1} more: ${fresh.slice(1).map(String).join(' | ')})`;
    }
    throw first;
  }

  private hostConsole() {
    const entry =
      (level: ConsoleEntry['level']) =>
      (...args: unknown[]) => {
        const text = args.map((a) => (a instanceof Error || typeof a !== 'object' ? String(a) : safeJson(a))).join(' ');
        this.console.push({ level, text });
        if (process.env.WEAPP_HOST_DEBUG) process.stderr.write(`[weapp ${level}] ${text}\n`);
      };
    return {
      log: entry('log'),
      info: entry('info'),
      warn: entry('warn'),
      error: entry('error'),
      debug: entry('debug'),
    };
  }
}

const LIFECYCLE = new Set(['onLoad', 'onShow', 'onReady', 'onHide', 'onUnload']);

/** Events that bubble in WeChat's render layer; the others reach only their target. */
const BUBBLING_EVENTS = new Set([
  'tap',
  'longpress',
  'longtap',
  'touchstart',
  'touchmove',
  'touchend',
  'touchcancel',
  'transitionend',
  'animationstart',
  'animationiteration',
  'animationend',
]);

/** One open page: its instance (what WeChat passes to the app as `this`), its data, and actions on it. */
export class WeappPage {
  readonly instance: Instance = {};
  setDataCalls = 0;
  unloaded = false;
  /** The lifecycle hooks the host has called on this page, in order. */
  readonly lifecycle: string[] = [];

  constructor(
    private readonly host: WeappHost,
    readonly route: string,
    readonly query: Record<string, string>,
    /** The navigation bar title: the page's json, then whatever setNavigationBarTitle set. */
    public title: string,
  ) {}

  get data(): Record<string, unknown> {
    return this.instance.data as Record<string, unknown>;
  }

  /** The rendered tree, read fresh from the page's data. */
  tree(): ViewNode {
    return readTree(this.data, this.host.templates);
  }

  /** Every text node's text, in order. */
  texts(): string[] {
    return textsOf(this.tree());
  }

  /** All rendered text, one text node per line. */
  text(): string {
    return this.texts().join('\n');
  }

  /** The text of every node that matches, e.g. textsOf({ className: 'exhibition-card__title' }). */
  textsOf(query: NodeQuery): string[] {
    return this.all(query).map((n) => n.text);
  }

  /** Every node that matches, in document order; only below `within` (a node read earlier) when given. */
  all(query: NodeQuery, within?: ViewNode): ViewNode[] {
    return descendants(within ?? this.tree()).filter((n) => matches(n, query));
  }

  /** The one node that matches; fails listing the candidates when there are none or several. */
  get(query: NodeQuery, within?: ViewNode): ViewNode {
    const found = this.all(query, within);
    if (found.length === 1) return found[0];
    const listing = found.slice(0, 8).map(describeNode).join('\n  ');
    throw new WeappHostError(
      found.length === 0
        ? `${this.route}: no ${describeQuery(query)}; the page shows:\n${this.text()}`
        : `${this.route}: ${found.length} nodes match ${describeQuery(query)}:\n  ${listing}`,
    );
  }

  async tap(target: ViewNode | NodeQuery): Promise<void> {
    await this.host.dispatch(this, this.resolve(target), 'tap', { x: 0, y: 0 });
  }

  /** Types `value` into an input or textarea (one input event with the whole value), then leaves the field. */
  async type(target: ViewNode | NodeQuery, value: string): Promise<void> {
    const node = this.resolve(target);
    await this.host.dispatch(this, node, 'input', { value, cursor: value.length, keyCode: 0 });
    await this.host.dispatch(this, this.refresh(node), 'blur', { value });
  }

  /** A picker's or switch's change: the picker's index (or date), the switch's boolean. */
  async change(target: ViewNode | NodeQuery, value: unknown): Promise<void> {
    await this.host.dispatch(this, this.resolve(target), 'change', { value });
  }

  /** The user pulls the page down (pages with enablePullDownRefresh): WeChat calls onPullDownRefresh. */
  async pullDownRefresh(): Promise<void> {
    await this.host.callPageHook(this, 'onPullDownRefresh');
  }

  async confirm(target: ViewNode | NodeQuery): Promise<void> {
    const node = this.resolve(target);
    await this.host.dispatch(this, node, 'confirm', { value: node.attributes.value ?? '' });
  }

  private resolve(target: ViewNode | NodeQuery): ViewNode {
    return 'sid' in target && 'tag' in target ? (target as ViewNode) : this.get(target as NodeQuery);
  }

  /** The same node in a freshly read tree (nodes are snapshots). */
  private refresh(node: ViewNode): ViewNode {
    return descendants(this.tree()).find((n) => n.sid === node.sid) ?? node;
  }
}

/** The phone's clock follows `clock` and keeps running in real time between its changes. */
function phoneClock(clock: () => number): () => number {
  let base = clock();
  let anchor = performance.now();
  return () => {
    const current = clock();
    if (current !== base) {
      base = current;
      anchor = performance.now();
    }
    return base + Math.floor(performance.now() - anchor);
  };
}

function readJson(dir: string, path: string): Record<string, unknown> {
  const file = join(dir, path);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
