// The `wx` object of the fake WeChat host: the APIs this mini-program uses, implemented far enough to run it
// in a test, and every call that matters to a test recorded (toasts, modals, phone calls, scans…).
//
// Taro builds `Taro.*` from `Object.keys(wx)`, so the object also lists the other real WeChat APIs: calling one
// of them throws a WeappHostError naming it and records it in `missing`, so a test shows what the host lacks
// instead of failing later with "Taro.x is not a function". Names outside that list read as `undefined`,
// which is what Taro expects when it merely probes for a platform feature (`wx.cloud`).
import { WeappHostError } from './modules';
import {
  type DownloadOptions,
  type RecordedRequest,
  type RequestOptions,
  sendDownload,
  sendRequest,
  sendUpload,
  type UploadOptions,
} from './network';
import type { HostTimers } from './timers';

/** Navigation is the host's business: it owns the page stack. Each resolves once the target page is open. */
export interface HostNavigator {
  navigateTo(url: string): Promise<void>;
  redirectTo(url: string): Promise<void>;
  switchTab(url: string): Promise<void>;
  reLaunch(url: string): Promise<void>;
  navigateBack(delta: number): Promise<void>;
  setTitle(title: string): void;
  launchOptions(): { path: string; query: Record<string, string>; scene: number; referrerInfo: object };
}

export interface WxOptions {
  /** Where wx.request really goes (the test server's URL); without it requests go where the app says. */
  serverUrl?: string;
  /** The code wx.login hands out; e.g. `() => fakeWechat.sessionCode(openid).code`. */
  login?: () => string;
  /** What wx.scanCode reads; null (or no function) is the user cancelling the scan. */
  scanCode?: () => string | null;
  /** The answer to wx.showModal: confirm (true, the default) or cancel (false). */
  modal?: (options: { title?: string; content?: string }) => boolean;
  /** The photo the user takes or picks in wx.chooseMedia; null (or no function) is the user cancelling. */
  chooseMedia?: () => { name: string; content: Buffer } | null;
  /** What the user answers in wx.requestSubscribeMessage's dialog per template id; 'accept' for all by default. */
  subscribe?: (tmplIds: string[]) => Record<string, 'accept' | 'reject' | 'ban' | 'filter'>;
  /**
   * WeChat's font size (设置 → 字体大小) in px, 16 by default. Read at each call, so a test may change it on the options
   * it launched with while the app runs, as a person changing it in WeChat and coming back.
   */
  fontSizeSetting?: number;
}

export interface WxCall {
  api: string;
  /** The options the app passed, without its callbacks. */
  options: Record<string, unknown>;
}

export interface WxRecord {
  /** Calls of the APIs a test may want to check (UI feedback, device features, navigation). */
  calls: WxCall[];
  /** Real WeChat APIs the app called that the host does not provide. */
  missing: string[];
  requests: RecordedRequest[];
  /** wx storage, kept as JSON text as WeChat keeps it. */
  storage: Map<string, string>;
  /** Files the app was handed a temporary path for (wx.chooseMedia, wx.downloadFile), by that path. */
  tempFiles: Map<string, Buffer>;
}

interface Deps {
  options: WxOptions;
  timers: HostTimers;
  navigator: HostNavigator;
  record: WxRecord;
  toRealm: <T>(value: unknown) => T;
  /** Requests in flight; the host waits for them before it calls the app idle. */
  inflight: Set<Promise<unknown>>;
  /** Whether a tap handler is running right now (synchronously), as WeChat requires of some APIs. */
  inTap: () => boolean;
}

type Callbacks = {
  success?: (res: unknown) => void;
  fail?: (res: unknown) => void;
  complete?: (res: unknown) => void;
};
type ApiOptions = Record<string, unknown> & Callbacks;

export const SYSTEM_INFO = {
  brand: 'iPhone',
  model: 'iPhone 13',
  pixelRatio: 3,
  screenWidth: 390,
  screenHeight: 844,
  windowWidth: 390,
  windowHeight: 763,
  statusBarHeight: 47,
  language: 'zh_CN',
  version: '8.0.50',
  system: 'iOS 17.0',
  platform: 'ios',
  fontSizeSetting: 16,
  SDKVersion: '3.5.0',
  benchmarkLevel: 1,
  theme: 'light',
  safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
  screenTop: 0,
  enableDebug: false,
  deviceOrientation: 'portrait',
} as const;

const MENU_BUTTON = { width: 87, height: 32, top: 51, right: 380, bottom: 83, left: 293 };

/**
 * Real WeChat APIs the host does not implement (the async ones Taro promisifies, and common synchronous
 * ones). They are listed so that calling one fails loudly; add an implementation in createWx when needed.
 */
const OTHER_WECHAT_APIS = `addFileToFavorites addPhoneContact addVideoToFavorites authPrivateMessage authorize
  canvasGetImageData canvasPutImageData canvasToTempFilePath checkIsAddedToMyMiniProgram chooseAddress chooseContact
  chooseImage chooseInvoiceTitle chooseLocation chooseMessageFile chooseVideo clearStorage
  closeBLEConnection closeBluetoothAdapter closeSocket compressImage connectSocket createBLEConnection cropImage
  disableAlertBeforeUnload editImage enableAlertBeforeUnload exitMiniProgram getAvailableAudioSources
  getBLEDeviceCharacteristics getBLEDeviceServices getBackgroundFetchData getBatteryInfo getBeacons
  getBluetoothAdapterState getBluetoothDevices getChannelsLiveInfo getChannelsLiveNoticeInfo getClipboardData
  getConnectedBluetoothDevices getConnectedWifi getExtConfig getFileInfo getFuzzyLocation getGroupEnterInfo
  getImageInfo getLocalIPAddress getLocation getSavedFileInfo getSavedFileList getScreenBrightness getShareInfo
  getStorageInfo getSystemInfo getUserInfo getUserProfile getWeRunData getWifiList hideHomeButton
  hideNavigationBarLoading hideShareMenu hideTabBar hideTabBarRedDot join1v1Chat loadFontFace
  navigateBackMiniProgram navigateToBookshelf navigateToMiniProgram notifyBLECharacteristicValueChange
  openBluetoothAdapter openChannelsActivity openChannelsEvent openChannelsLive openChannelsUserProfile
  openCustomerServiceChat openDocument openSetting openVideoEditor queryBookshelf
  readBLECharacteristicValue removeSavedFile requestPayment saveFile
  saveFileToDisk saveImageToPhotosAlbum saveVideoToPhotosAlbum scanItem sendBizRedPacket sendSocketMessage
  setBackgroundColor setBackgroundTextStyle setClipboardData setEnable1v1Chat setEnableDebug setInnerAudioOption
  setKeepScreenOn setNavigationBarColor setScreenBrightness setTabBarItem setTabBarStyle
  setWindowSize showActionSheet showFavoriteGuide showNavigationBarLoading showShareMenu showTabBar
  showTabBarRedDot startAccelerometer startBeaconDiscovery startBluetoothDevicesDiscovery startCompass
  startDeviceMotionListening startFacialRecognitionVerify stopAccelerometer stopBeaconDiscovery
  stopBluetoothDevicesDiscovery stopCompass stopDeviceMotionListening
  writeBLECharacteristicValue createAnimation createIntersectionObserver createInnerAudioContext createVideoContext
  createCanvasContext createCameraContext createMapContext getFileSystemManager getUpdateManager getLogManager
  getRealtimeLogManager getPerformance reportAnalytics reportEvent arrayBufferToBase64 base64ToArrayBuffer
  getUserCryptoManager requestSubscribeDeviceMessage`
  .split(/\s+/)
  .filter(Boolean);

export function createWx(deps: Deps): Record<string, unknown> {
  const { options, timers, navigator, record, toRealm, inflight, inTap } = deps;
  let loginSerial = 0;
  const { tempFiles } = record;
  const fontSize = () => options.fontSizeSetting ?? SYSTEM_INFO.fontSizeSetting;

  const log = (api: string, args: ApiOptions | undefined) => {
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(args ?? {})) if (typeof value !== 'function') copy[key] = value;
    record.calls.push({ api, options: copy });
  };

  /**
   * An asynchronous WeChat API: the callbacks run in a later task, as on a phone, with `errMsg` set the way
   * WeChat sets it ('showToast:ok', 'scanCode:fail cancel').
   */
  const asyncApi =
    (api: string, run: (args: ApiOptions) => unknown | Promise<unknown>, logged = true) =>
    (args: ApiOptions = {}) => {
      if (logged) log(api, args);
      const work = (async () => run(args))();
      const settle = (ok: boolean, value: unknown) =>
        timers.setTimeout(() => {
          const res = toRealm<Record<string, unknown>>({
            ...(ok ? ((value as object | undefined) ?? {}) : {}),
            errMsg: ok ? `${api}:ok` : `${api}:fail ${value instanceof Error ? value.message : String(value)}`,
          });
          (ok ? args.success : args.fail)?.(res);
          args.complete?.(res);
        });
      const tracked = work.then(
        (value) => settle(true, value),
        (error) => settle(false, error),
      );
      inflight.add(tracked);
      void tracked.finally(() => inflight.delete(tracked));
    };

  const storageGet = (key: string) => {
    const text = record.storage.get(String(key));
    return text === undefined ? '' : toRealm(JSON.parse(text));
  };
  const storageSet = (key: string, value: unknown) => {
    record.storage.set(String(key), JSON.stringify(value ?? null));
  };
  const storageInfo = () => ({
    keys: [...record.storage.keys()],
    currentSize: Math.ceil([...record.storage.values()].join('').length / 1024),
    limitSize: 10240,
  });

  const selectorQuery = () => {
    // Layout does not exist here: every rectangle is empty, every scroll offset zero.
    const results: unknown[] = [];
    const callbacks: Array<((res: unknown) => void) | undefined> = [];
    const rect = { id: '', dataset: {}, left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 };
    const query: Record<string, unknown> = {};
    const nodes = (all: boolean) => {
      const answer = (value: unknown) => (cb?: (res: unknown) => void) => {
        results.push(all ? [] : value);
        callbacks.push(cb);
        return query;
      };
      return {
        boundingClientRect: answer(rect),
        scrollOffset: answer({ id: '', dataset: {}, scrollLeft: 0, scrollTop: 0, scrollWidth: 0, scrollHeight: 0 }),
        fields: (_fields: unknown, cb?: (res: unknown) => void) => answer(rect)(cb),
        node: answer(null),
        context: answer(null),
      };
    };
    Object.assign(query, {
      in: () => query,
      select: () => nodes(false),
      selectAll: () => nodes(true),
      selectViewport: () => nodes(false),
      exec: (cb?: (res: unknown) => void) => {
        timers.setTimeout(() => {
          const res = toRealm<unknown[]>(results);
          callbacks.forEach((callback, i) => {
            callback?.(res[i]);
          });
          cb?.(res);
        });
      },
    });
    return query;
  };

  const navigate = (api: string, go: (args: ApiOptions) => Promise<void>) => asyncApi(api, go);

  const implemented: Record<string, unknown> = {
    // ---- storage: an in-memory map, values kept as JSON ----
    getStorageSync: (key: string) => storageGet(key),
    setStorageSync: (key: string, value: unknown) => storageSet(key, value),
    removeStorageSync: (key: string) => void record.storage.delete(String(key)),
    clearStorageSync: () => record.storage.clear(),
    getStorageInfoSync: () => toRealm(storageInfo()),
    getStorage: asyncApi(
      'getStorage',
      ({ key }) => {
        if (!record.storage.has(String(key))) throw new Error('data not found');
        return { data: storageGet(String(key)) };
      },
      false,
    ),
    setStorage: asyncApi('setStorage', ({ key, data }) => storageSet(String(key), data), false),
    removeStorage: asyncApi('removeStorage', ({ key }) => void record.storage.delete(String(key)), false),
    clearStorage: asyncApi('clearStorage', () => record.storage.clear(), false),
    getStorageInfo: asyncApi('getStorageInfo', () => storageInfo(), false),

    // ---- network and sign-in ----
    request: (args: ApiOptions = {}) => {
      const entry: RecordedRequest = {
        method: String(args.method ?? 'GET').toUpperCase(),
        url: String(args.url),
        servedBy: '',
        operation: null,
        status: null,
        error: null,
      };
      record.requests.push(entry);
      const { done, abort } = sendRequest(args as unknown as RequestOptions, options.serverUrl, entry);
      const finish = done.then(
        (res) =>
          timers.setTimeout(() => {
            const out = toRealm<Record<string, unknown>>({ ...res, cookies: [], errMsg: 'request:ok' });
            args.success?.(out);
            args.complete?.(out);
          }),
        (error: Error) =>
          timers.setTimeout(() => {
            const out = toRealm<Record<string, unknown>>({ errMsg: `request:fail ${error.message}`, errno: 600001 });
            args.fail?.(out);
            args.complete?.(out);
          }),
      );
      inflight.add(finish);
      void finish.finally(() => inflight.delete(finish));
      const noop = () => undefined;
      return {
        abort,
        onHeadersReceived: noop,
        offHeadersReceived: noop,
        onChunkReceived: noop,
        offChunkReceived: noop,
      };
    },
    login: asyncApi('login', () => ({ code: options.login ? options.login() : `weapp-host-code-${++loginSerial}` })),
    checkSession: asyncApi('checkSession', () => ({})),

    // ---- UI feedback: recorded; a modal answers as options.modal says (confirm by default) ----
    showToast: asyncApi('showToast', () => ({})),
    hideToast: asyncApi('hideToast', () => ({})),
    showLoading: asyncApi('showLoading', () => ({})),
    hideLoading: asyncApi('hideLoading', () => ({})),
    showModal: asyncApi('showModal', (args) => {
      const confirm = options.modal ? options.modal(args as { title?: string; content?: string }) : true;
      return { confirm, cancel: !confirm, content: args.editable ? '' : undefined };
    }),
    // The tab bar's badges: recorded ({ index, text }); a test reads the last one.
    setTabBarBadge: asyncApi('setTabBarBadge', () => ({})),
    removeTabBarBadge: asyncApi('removeTabBarBadge', () => ({})),
    // Subscribe messages: WeChat shows the dialog only when called synchronously inside a tap, with 1 to 3 ids;
    // the call is recorded with `inTap`, and the user answers as options.subscribe says.
    requestSubscribeMessage: (args: ApiOptions = {}) => {
      const tapped = inTap();
      const ids = Array.isArray(args.tmplIds) ? args.tmplIds.map(String) : [];
      return asyncApi('requestSubscribeMessage', () => {
        if (!tapped) throw new Error('can only be invoked by user TAP gesture.');
        if (ids.length === 0 || ids.length > 3) throw new Error('invalid tmplIds');
        return options.subscribe ? options.subscribe(ids) : Object.fromEntries(ids.map((id) => [id, 'accept']));
      })({ ...args, inTap: tapped });
    },
    setNavigationBarTitle: asyncApi('setNavigationBarTitle', (args) => navigator.setTitle(String(args.title ?? ''))),
    stopPullDownRefresh: asyncApi('stopPullDownRefresh', () => ({})),
    startPullDownRefresh: asyncApi('startPullDownRefresh', () => ({})),
    pageScrollTo: asyncApi('pageScrollTo', () => ({})),
    hideKeyboard: asyncApi('hideKeyboard', () => ({})),

    // ---- device ----
    scanCode: asyncApi('scanCode', () => {
      const result = options.scanCode?.() ?? null;
      if (result === null) throw new Error('cancel');
      return { result, scanType: 'QR_CODE', charSet: 'utf-8', rawData: Buffer.from(result).toString('base64') };
    }),
    chooseMedia: asyncApi('chooseMedia', () => {
      const picked = options.chooseMedia?.() ?? null;
      if (picked === null) throw new Error('cancel');
      const tempFilePath = `http://tmp/${tempFiles.size + 1}-${picked.name}`;
      tempFiles.set(tempFilePath, picked.content);
      return { type: 'image', tempFiles: [{ tempFilePath, size: picked.content.length, fileType: 'image' }] };
    }),
    uploadFile: asyncApi('uploadFile', async (args) => {
      const upload = args as unknown as UploadOptions;
      const content = tempFiles.get(String(upload.filePath));
      if (!content) throw new Error(`file not found: ${upload.filePath}`);
      const entry: RecordedRequest = {
        method: 'POST',
        url: String(upload.url),
        servedBy: '',
        operation: null,
        status: null,
        error: null,
      };
      record.requests.push(entry);
      return sendUpload(upload, content, options.serverUrl, entry);
    }),
    // WeChat saves the body whatever the status (an error page too) and reports the status beside the path.
    downloadFile: asyncApi('downloadFile', async (args) => {
      const download = args as unknown as DownloadOptions;
      const entry: RecordedRequest = {
        method: 'GET',
        url: String(download.url),
        servedBy: '',
        operation: null,
        status: null,
        error: null,
      };
      record.requests.push(entry);
      const { statusCode, content } = await sendDownload(download, options.serverUrl, entry);
      const tempFilePath = `http://tmp/download-${tempFiles.size + 1}`;
      tempFiles.set(tempFilePath, content);
      return { tempFilePath, statusCode };
    }),
    // The full-screen viewer: recorded; a test reads the files it was given from record.tempFiles.
    previewImage: asyncApi('previewImage', () => ({})),
    makePhoneCall: asyncApi('makePhoneCall', () => ({})),
    // The map WeChat opens at a venue: recorded, so a test reads the coordinates and name it was given.
    openLocation: asyncApi('openLocation', () => ({})),
    // 添加到日历 after a booking: recorded, so a test reads the event's title and times (unix seconds).
    addPhoneCalendar: asyncApi('addPhoneCalendar', () => ({})),
    // 复制密码 on the one-time password: recorded, the clipboard itself is WeChat's.
    setClipboardData: asyncApi('setClipboardData', () => ({})),
    // The confirm WeChat shows on 返回 while a page has unsaved changes: recorded, so a test sees it armed.
    enableAlertBeforeUnload: asyncApi('enableAlertBeforeUnload', () => ({})),
    disableAlertBeforeUnload: asyncApi('disableAlertBeforeUnload', () => ({})),
    vibrateShort: asyncApi('vibrateShort', () => ({})),
    // The door's refusal buzzes longer than its admission: recorded, so a test tells them apart.
    vibrateLong: asyncApi('vibrateLong', () => ({})),
    getNetworkType: asyncApi('getNetworkType', () => ({ networkType: 'wifi' }), false),
    getSetting: asyncApi('getSetting', () => ({ authSetting: {} }), false),

    // ---- navigation: the host opens the page ----
    navigateTo: navigate('navigateTo', (args) => navigator.navigateTo(String(args.url))),
    redirectTo: navigate('redirectTo', (args) => navigator.redirectTo(String(args.url))),
    switchTab: navigate('switchTab', (args) => navigator.switchTab(String(args.url))),
    reLaunch: navigate('reLaunch', (args) => navigator.reLaunch(String(args.url))),
    navigateBack: navigate('navigateBack', (args) => navigator.navigateBack(Number(args.delta ?? 1))),

    // ---- system information: an iPhone 13 ----
    getSystemInfoSync: () => toRealm({ ...SYSTEM_INFO, fontSizeSetting: fontSize() }),
    getWindowInfo: () =>
      toRealm({
        pixelRatio: SYSTEM_INFO.pixelRatio,
        screenWidth: SYSTEM_INFO.screenWidth,
        screenHeight: SYSTEM_INFO.screenHeight,
        windowWidth: SYSTEM_INFO.windowWidth,
        windowHeight: SYSTEM_INFO.windowHeight,
        statusBarHeight: SYSTEM_INFO.statusBarHeight,
        safeArea: SYSTEM_INFO.safeArea,
        screenTop: 0,
      }),
    getAppBaseInfo: () =>
      toRealm({
        SDKVersion: SYSTEM_INFO.SDKVersion,
        enableDebug: false,
        language: SYSTEM_INFO.language,
        version: SYSTEM_INFO.version,
        theme: SYSTEM_INFO.theme,
        fontSizeSetting: fontSize(),
        host: { env: 'WeChat' },
      }),
    getDeviceInfo: () =>
      toRealm({
        brand: SYSTEM_INFO.brand,
        model: SYSTEM_INFO.model,
        system: SYSTEM_INFO.system,
        platform: SYSTEM_INFO.platform,
        benchmarkLevel: SYSTEM_INFO.benchmarkLevel,
      }),
    getSystemSetting: () =>
      toRealm({
        bluetoothEnabled: false,
        locationEnabled: false,
        wifiEnabled: true,
        deviceOrientation: 'portrait',
      }),
    getMenuButtonBoundingClientRect: () => toRealm(MENU_BUTTON),
    getLaunchOptionsSync: () => toRealm(navigator.launchOptions()),
    getEnterOptionsSync: () => toRealm(navigator.launchOptions()),
    getAccountInfoSync: () => toRealm({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }),
    canIUse: (schema: string) => typeof implemented[String(schema).split('.')[0]] === 'function',
    createSelectorQuery: selectorQuery,
    nextTick: (fn: () => void) => void timers.setTimeout(fn, 0),

    // ---- app-wide listeners: accepted and never fired (nothing here changes network, size or visibility) ----
    ...Object.fromEntries(
      [
        'onAppShow',
        'offAppShow',
        'onAppHide',
        'offAppHide',
        'onError',
        'offError',
        'onUnhandledRejection',
        'offUnhandledRejection',
        'onPageNotFound',
        'offPageNotFound',
        'onNetworkStatusChange',
        'offNetworkStatusChange',
        'onWindowResize',
        'offWindowResize',
        'onMemoryWarning',
        'offMemoryWarning',
      ].map((name) => [name, () => undefined]),
    ),
    env: { USER_DATA_PATH: 'http://usr' },
  };

  const wx: Record<string, unknown> = {};
  for (const name of OTHER_WECHAT_APIS) {
    wx[name] = () => {
      record.missing.push(name);
      throw new WeappHostError(
        `wx.${name} is not provided by the weapp host (tests/testkit/weapp-host/wx.ts): the app called it`,
      );
    };
  }
  return Object.assign(wx, implemented);
}
