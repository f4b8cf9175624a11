/**
 * A minimal declaration of the slice of Electron's API that main/ and preload/ use, written
 * from Electron 44's documentation. Why it exists: `electron` is an optionalDependency that
 * npm skips on this machine (Node 20 < 22.12, and Electron's binary host is unreachable), so
 * its own types are not installed and the typecheck would fail on every Electron import.
 *
 * Invariant: declare only what the code uses, with Electron's real names and signatures.
 * DELETE THIS FILE once the `electron` package is installed — its own `declare module
 * 'electron'` (an `export =`) cannot merge with this one, and tsc will say so.
 */
declare module 'electron' {
  interface Rectangle {
    x: number;
    y: number;
    width: number;
    height: number;
  }

  interface Display {
    id: number;
    label: string;
    bounds: Rectangle;
    workArea: Rectangle;
    internal: boolean;
  }

  interface WebPreferences {
    preload?: string;
    contextIsolation?: boolean;
    sandbox?: boolean;
    nodeIntegration?: boolean;
    nodeIntegrationInWorker?: boolean;
    nodeIntegrationInSubFrames?: boolean;
    webviewTag?: boolean;
    webSecurity?: boolean;
    allowRunningInsecureContent?: boolean;
    experimentalFeatures?: boolean;
    navigateOnDragDrop?: boolean;
    spellcheck?: boolean;
    backgroundThrottling?: boolean;
  }

  interface BrowserWindowConstructorOptions {
    title?: string;
    x?: number;
    y?: number;
    width?: number;
    height?: number;
    minWidth?: number;
    minHeight?: number;
    show?: boolean;
    fullscreen?: boolean;
    backgroundColor?: string;
    autoHideMenuBar?: boolean;
    paintWhenInitiallyHidden?: boolean;
    webPreferences?: WebPreferences;
  }

  interface PreventableEvent {
    preventDefault(): void;
  }

  interface NavigationEvent extends PreventableEvent {
    url: string;
  }

  interface HandlerDetails {
    url: string;
    frameName: string;
  }

  type WindowOpenHandlerResponse = { action: 'deny' } | { action: 'allow' };

  interface WebFrameMain {
    url: string;
  }

  interface IpcMainInvokeEvent {
    senderFrame: WebFrameMain | null;
  }

  interface Session {
    setPermissionRequestHandler(
      handler:
        ((webContents: WebContents, permission: string, callback: (granted: boolean) => void) => void) | null,
    ): void;
    setPermissionCheckHandler(
      handler: ((webContents: WebContents | null, permission: string) => boolean) | null,
    ): void;
  }

  interface WebContents {
    readonly session: Session;
    setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
    on(
      event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
      listener: (event: NavigationEvent) => void,
    ): this;
    on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): this;
    getURL(): string;
    executeJavaScript(code: string, userGesture?: boolean): Promise<unknown>;
    /** https://www.electronjs.org/docs/latest/api/web-contents#contentsprinttopdfoptions */
    printToPDF(options: {
      pageSize?: 'A3' | 'A4' | 'A5' | 'Legal' | 'Letter' | 'Tabloid';
      printBackground?: boolean;
      preferCSSPageSize?: boolean;
      landscape?: boolean;
      displayHeaderFooter?: boolean;
    }): Promise<Buffer>;
  }

  class BrowserWindow {
    constructor(options?: BrowserWindowConstructorOptions);
    static getAllWindows(): BrowserWindow[];
    readonly webContents: WebContents;
    loadURL(url: string): Promise<void>;
    once(event: 'ready-to-show', listener: () => void): this;
    on(event: 'page-title-updated', listener: (event: PreventableEvent) => void): this;
    on(event: 'closed', listener: () => void): this;
    show(): void;
    focus(): void;
    isDestroyed(): boolean;
    destroy(): void;
    setBounds(bounds: Partial<Rectangle>): void;
    setFullScreen(flag: boolean): void;
    getTitle(): string;
  }

  interface App {
    readonly isPackaged: boolean;
    whenReady(): Promise<void>;
    on(event: 'window-all-closed', listener: () => void): this;
    on(event: 'activate', listener: () => void): this;
    on(
      event: 'web-contents-created',
      listener: (event: PreventableEvent, contents: WebContents) => void,
    ): this;
    quit(): void;
    exit(exitCode?: number): void;
    getName(): string;
    getVersion(): string;
    getAppPath(): string;
    getPath(name: 'userData' | 'downloads'): string;
    setPath(name: 'userData', path: string): void;
  }

  interface CustomScheme {
    scheme: string;
    privileges?: {
      standard?: boolean;
      secure?: boolean;
      bypassCSP?: boolean;
      allowServiceWorkers?: boolean;
      supportFetchAPI?: boolean;
      corsEnabled?: boolean;
      stream?: boolean;
      codeCache?: boolean;
    };
  }

  interface Protocol {
    registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void;
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
  }

  interface Screen {
    getAllDisplays(): Display[];
    getPrimaryDisplay(): Display;
  }

  interface Shell {
    openExternal(url: string): Promise<void>;
  }

  interface IpcMain {
    handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  }

  interface IpcRenderer {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  }

  interface ContextBridge {
    exposeInMainWorld(apiKey: string, api: unknown): void;
  }

  /** https://www.electronjs.org/docs/latest/api/safe-storage */
  interface SafeStorage {
    isEncryptionAvailable(): boolean;
    encryptString(plainText: string): Buffer;
    decryptString(encrypted: Buffer): string;
    /** Linux only: basic_text | gnome_libsecret | kwallet | kwallet5 | kwallet6 | unknown. */
    getSelectedStorageBackend(): string;
  }

  /** https://www.electronjs.org/docs/latest/api/dialog#dialogshowsavedialogwindow-options */
  interface FileFilter {
    name: string;
    extensions: string[];
  }

  interface SaveDialogOptions {
    title?: string;
    defaultPath?: string;
    filters?: FileFilter[];
    properties?: Array<'showOverwriteConfirmation' | 'createDirectory'>;
  }

  interface SaveDialogReturnValue {
    canceled: boolean;
    filePath: string;
  }

  interface OpenDialogOptions {
    title?: string;
    defaultPath?: string;
    filters?: FileFilter[];
    properties?: Array<'openFile' | 'openDirectory' | 'multiSelections' | 'showHiddenFiles'>;
  }

  interface OpenDialogReturnValue {
    canceled: boolean;
    filePaths: string[];
  }

  interface Dialog {
    showSaveDialog(window: BrowserWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
    showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
    showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
    showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
  }

  /** https://www.electronjs.org/docs/latest/api/dialog#dialogshowmessageboxwindow-options */
  interface MessageBoxOptions {
    message: string;
    type?: 'none' | 'info' | 'error' | 'question' | 'warning';
    buttons?: string[];
    defaultId?: number;
    cancelId?: number;
    title?: string;
    detail?: string;
    noLink?: boolean;
  }

  interface MessageBoxReturnValue {
    response: number;
    checkboxChecked: boolean;
  }

  const dialog: Dialog;
  const safeStorage: SafeStorage;
  const app: App;
  const protocol: Protocol;
  const screen: Screen;
  const shell: Shell;
  const ipcMain: IpcMain;
  const ipcRenderer: IpcRenderer;
  const contextBridge: ContextBridge;
  const session: { readonly defaultSession: Session };
}
