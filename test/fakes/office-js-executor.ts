/**
 * The request executor of the test host built on Microsoft's own Excel client library
 * (@microsoft/office-js, excel-web-16.00.debug.js): each request the library sends is applied to the
 * fake's in-memory workbook (fake-excel.ts) by replaying its actions on the fake's proxies, and answered
 * in the response shape the library reads. So proxies, PropertyNotLoaded, null objects, batching and the
 * request bodies are Microsoft's.
 *
 * Excel's limits are enforced here, so a test fails when code breaks them: 5 MB per request and per
 * response (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, as Excel on the web
 * answers); the fake's workbook model refuses what Excel refuses (row heights, widths, protection…).
 *
 * Runs wherever the library runs: under Node (office-js-host.ts loads the library there) and in the
 * end-to-end tests' browser (test/e2e/fake-host.ts, with the library loaded before it as a script).
 */
import { jsonStringBytes } from '../../src/excel/payload-estimate';
import { FakeExcel, FakeExcelError } from './fake-excel';

/** Excel on the web refuses a request body, or a response, larger than this (5 MB). */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** What the library's RichApi request holds (only the fields this host reads). */
interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}
interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}
export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

// RichApi's numbering, as in the library's ActionFactory and ObjectPathFactory.
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 };
const PATH = { global: 1, method: 3, property: 4, indexer: 5, referenceId: 6 };

/** One request: its body's UTF-8 size as sent, its response's, and the body (whose object paths the library updates after the response, so sizes come from `bytes`). */
export interface RequestStat {
  bytes: number;
  responseBytes: number;
  /** The request itself, unless the host was told not to keep bodies (keepBodies). */
  body?: RequestBody;
}

/** What this executor needs of the library's global scope: `Excel` and `OfficeExtension`. */
export interface ExcelLibrary {
  Excel: { RequestContext: new () => Excel.RequestContext; WorksheetProtection: { prototype: object } };
  OfficeExtension: { Utility: { throwIfNotLoaded(name: string, value: unknown, type: string, isNull: boolean): void } };
}

/**
 * The npm package (1.1.110) predates WorksheetProtection.isPasswordProtected (ExcelApiOnline 1.1), which
 * the library Excel on the web loads from Microsoft's CDN has; added the way the library adds a property.
 */
export function addPasswordProtected(globals: ExcelLibrary): void {
  const proto = globals.Excel.WorksheetProtection.prototype as Record<string, unknown> & {
    _handleResult(value: unknown): void;
  };
  if ('isPasswordProtected' in proto) return;
  const handle = proto._handleResult;
  proto._handleResult = function (this: Record<string, unknown>, value: Record<string, unknown> | null) {
    handle.call(this, value);
    if (value && value.IsPasswordProtected !== undefined) this._passwordProtected = value.IsPasswordProtected;
  };
  Object.defineProperty(proto, 'isPasswordProtected', {
    get(this: Record<string, unknown> & { _isNull: boolean }) {
      const { Utility } = globals.OfficeExtension;
      Utility.throwIfNotLoaded('isPasswordProtected', this._passwordProtected, 'WorksheetProtection', this._isNull);
      return this._passwordProtected;
    },
  });
}

/**
 * RichApi names are PascalCase ("GetRange", "NumberFormat"); the JavaScript API's are camelCase. The few
 * names are converted once each, not once per action (a thousand workers' outlines send millions).
 */
const camelNames = new Map<string, string>();
const pascalNames = new Map<string, string>();
function camel(name: string): string {
  let converted = camelNames.get(name);
  if (converted === undefined) camelNames.set(name, (converted = name.charAt(0).toLowerCase() + name.slice(1)));
  return converted;
}
function pascal(name: string): string {
  let converted = pascalNames.get(name);
  if (converted === undefined) pascalNames.set(name, (converted = name.charAt(0).toUpperCase() + name.slice(1)));
  return converted;
}

// The fake's proxies, seen from here: any property, any method, plus the fake's own hooks.
type Proxy = Record<string, unknown> & {
  load(props: string[]): void;
  _isNull?: () => boolean;
  _allProps?: () => string[];
  _sessionId?: () => string | undefined;
  _peek?: (prop: string) => unknown;
};

/**
 * Connects Microsoft's library to the fake's workbook. `requests` lists every request sent, with its real
 * size; the fake's `syncs` record the same sizes, so existing budgets (syncCount, maxSyncBytes) are measured
 * on Microsoft's serialisation.
 */
export class ExcelOnFake {
  readonly requests: RequestStat[] = [];
  /**
   * Whether `requests` keeps each body. The flows measured at a thousand workers turn this off: their
   * hundreds of megabytes of bodies, held to the end, made garbage collection most of their time (profiled).
   */
  keepBodies = true;
  readonly context: Excel.RequestContext;
  /** Objects the library refers to by reference id in later requests. */
  private readonly references = new Map<string, Proxy>();

  /** `library`: the global scope Microsoft's library was loaded into, patched by addPasswordProtected. */
  constructor(
    readonly fake: FakeExcel,
    private readonly library: ExcelLibrary,
  ) {
    this.context = this.newContext();
  }

  /** Another request context on the same workbook, as each Excel.run makes one. */
  newContext(): Excel.RequestContext {
    const context = new this.library.Excel.RequestContext();
    (context as unknown as { _requestExecutor: unknown })._requestExecutor = {
      executeAsync: (_customData: unknown, _flags: number, message: { Body: RequestBody }) =>
        this.execute(message.Body),
    };
    return context;
  }

  /** Excel.run over this workbook: the batch gets a context of its own. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return batch(this.newContext());
  }

  /** Largest request body sent, in bytes. */
  get maxRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.responseBytes));
  }

  private async execute(body: RequestBody): Promise<unknown> {
    // The library sends JSON.stringify(Body) (RichApiMessageUtility.buildMessageArrayForIRequestExecutor).
    const bytes = jsonBytes(body);
    const stat: RequestStat = { bytes, responseBytes: 0, body: this.keepBodies ? body : undefined };
    if (debugging()) console.log(JSON.stringify(body));
    this.requests.push(stat);
    if (bytes > EXCEL_WEB_PAYLOAD_LIMIT) {
      this.fake.syncs.push({ ops: body.Actions.length, bytes });
      return failure(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${bytes} bytes, limit ${EXCEL_WEB_PAYLOAD_LIMIT}).`,
      );
    }
    let results: { ActionId: number; Value: unknown }[];
    try {
      results = await this.apply(body, bytes);
    } catch (e) {
      if (e instanceof FakeExcelError) return failure(e.code, e.message, (e.traceMessages ?? []).map(Number));
      throw e;
    }
    const response = { Results: results };
    if (debugging()) console.log(JSON.stringify(response));
    stat.responseBytes = jsonBytes(response);
    if (stat.responseBytes > EXCEL_WEB_PAYLOAD_LIMIT) {
      return failure(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${stat.responseBytes} bytes, limit ${EXCEL_WEB_PAYLOAD_LIMIT}).`,
      );
    }
    return { HttpStatusCode: 200, ErrorCode: '', ErrorMessage: '', Headers: {}, Body: response };
  }

  /** Replays the request's actions on the fake's proxies, syncs the fake once, then reads the answers. */
  private async apply(body: RequestBody, bytes: number): Promise<{ ActionId: number; Value: unknown }[]> {
    const objects = new Map<number, Proxy>();
    const resolve = (id: number): Proxy => {
      const known = objects.get(id);
      if (known) return known;
      const path = (body.ObjectPaths as Record<number, ObjectPathInfo>)[id];
      if (!path) throw new Error(`office-js-host: the request has no object path ${id}.`);
      const made = this.resolvePath(path, resolve);
      objects.set(id, made);
      return made;
    };
    const answers: { action: ActionInfo; read: () => unknown }[] = [];
    // Indexed: the array is the library's, from another realm, where for…of made an iterator result per action.
    const actions = body.Actions;
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i];
      // The fake keeps the trace's action id; a failure answers with the ids run before it, as Excel does.
      if (action.ActionType === ACTION.trace) {
        this.fake.trace(String(action.Id));
        continue;
      }
      const target = resolve(action.ObjectPathId);
      if (action.ActionType === ACTION.instantiate) {
        answers.push({ action, read: () => instantiated(target) });
      } else if (action.ActionType === ACTION.setProperty) {
        target[camel(action.Name)] = args(action.ArgumentInfo, resolve)[0];
      } else if (action.ActionType === ACTION.method) {
        const result = call(target, action.Name, args(action.ArgumentInfo, resolve));
        answers.push({ action, read: () => clientResult(result) });
      } else if (action.ActionType === ACTION.query) {
        // Expand names navigation objects; one with none of its properties selected comes back whole.
        const selected = action.QueryInfo?.Select ?? [];
        const expanded = (action.QueryInfo?.Expand ?? []).filter((e) => !selected.some((p) => p.startsWith(`${e}/`)));
        const select = [...selected, ...expanded];
        target.load(select);
        answers.push({ action, read: () => queryResult(target, select) });
      } else {
        throw new Error(`office-js-host: action type ${action.ActionType} is not modelled.`);
      }
    }
    await this.fake.sync(bytes);
    return answers.map(({ action, read }) => ({ ActionId: action.Id, Value: read() }));
  }

  private resolvePath(path: ObjectPathInfo, resolve: (id: number) => Proxy): Proxy {
    if (path.ObjectPathType === PATH.global) return this.fake.workbook as unknown as Proxy;
    if (path.ObjectPathType === PATH.referenceId) {
      const found = this.references.get(path.Name);
      if (!found) throw new FakeExcelError('InvalidObjectPath', `No object has reference ${path.Name}.`);
      return found;
    }
    const parent = resolve(path.ParentObjectPathId!);
    if (path.ObjectPathType === PATH.property) {
      const value = parent[camel(path.Name)];
      if (!value) throw new Error(`office-js-host: the fake has no ${path.Name} here.`);
      return value as Proxy;
    }
    // An item of a collection loaded in an earlier request, by its place in that load.
    if (path.ObjectPathType === PATH.method && path.Name === 'GetItemAt') {
      const [index] = args(path.ArgumentInfo, resolve) as number[];
      return (parent.items as Proxy[])[index];
    }
    if (path.ObjectPathType === PATH.method) return call(parent, path.Name, args(path.ArgumentInfo, resolve)) as Proxy;
    if (path.ObjectPathType === PATH.indexer) return call(parent, 'GetItem', args(path.ArgumentInfo, resolve)) as Proxy;
    throw new Error(`office-js-host: object path type ${path.ObjectPathType} is not modelled.`);
  }
}

/**
 * UTF-8 bytes of JSON.stringify(value), as sent, counted as JSON.stringify would write it without writing
 * it: making each 4 MB text only to measure it, then copying it whole to count its bytes (V8 builds a long
 * JSON text in pieces), were a tenth of the read test's time and 6% of the thousand workers' (profiled).
 * Tested equal to Buffer.byteLength(JSON.stringify(value)) on chosen and 1,000 random values.
 */
export function jsonBytes(value: unknown): number {
  const bytes = valueBytes(value);
  return bytes === undefined ? 0 : bytes;
}

// Taken once: jest looks up every global name slowly, and this walk visits every value of a request.
const isArray = Array.isArray;
const hasOwn = Object.prototype.hasOwnProperty;
const isSafeInteger = Number.isSafeInteger;

/** Bytes of `value` in JSON, or undefined where JSON leaves it out (undefined, a function, a symbol). */
function valueBytes(value: unknown): number | undefined {
  if (value !== null && typeof value === 'object') {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return valueBytes(toJSON.call(value));
  }
  switch (typeof value) {
    case 'string':
      return jsonStringBytes(value);
    case 'number':
      return numberBytes(value);
    case 'boolean':
      return value ? 4 : 5;
    case 'object':
      if (value === null) return 4;
      return isArray(value) ? arrayBytes(value) : objectBytes(value as Record<string, unknown>);
    default:
      return undefined;
  }
}

function arrayBytes(list: unknown[]): number {
  let bytes = list.length > 0 ? list.length + 1 : 2; // brackets, commas
  for (let i = 0; i < list.length; i++) {
    const item = valueBytes(list[i]);
    bytes += item === undefined ? 4 : item; // null where JSON cannot write the item
  }
  return bytes;
}

function objectBytes(object: Record<string, unknown>): number {
  let bytes = 2; // braces
  let members = 0;
  for (const key in object) {
    if (!hasOwn.call(object, key)) continue;
    const value = valueBytes(object[key]);
    if (value === undefined) continue;
    bytes += jsonStringBytes(key) + 1 + value; // key, colon, value
    members++;
  }
  return members > 0 ? bytes + members - 1 : bytes; // commas
}

/** Characters of a number as JSON writes it: null where not finite, digits alone for a safe integer. */
function numberBytes(n: number): number {
  if (n - n !== 0) return 4; // NaN and the infinities: null
  if (!isSafeInteger(n)) return String(n).length;
  const size = n < 0 ? -n : n;
  let digits = n < 0 ? 2 : 1;
  for (let power = 10; size >= power; power *= 10) digits++; // powers of ten are exact in a double
  return digits;
}

/** OFFICE_JS_HOST_DEBUG=1 prints every request and response (Node only). */
function debugging(): boolean {
  return typeof process !== 'undefined' && Boolean(process.env.OFFICE_JS_HOST_DEBUG);
}

function failure(code: string, message: string, traceIds: number[] = []): unknown {
  return {
    HttpStatusCode: 400,
    ErrorCode: '',
    ErrorMessage: '',
    Headers: {},
    Body: { Error: { Code: code, Message: message, HttpStatusCode: 400 }, TraceIds: traceIds },
  };
}

const NO_ARGUMENTS: unknown[] = [];

/** The arguments as the fake takes them: objects the library refers to by path id are resolved to proxies. */
function args(info: ActionInfo['ArgumentInfo'], resolve: (id: number) => Proxy): unknown[] {
  const list = info?.Arguments ?? NO_ARGUMENTS;
  const refs = info?.ReferencedObjectPathIds;
  // Most actions refer to no object: their arguments are used as sent, not copied (millions of actions).
  return refs ? list.map((a, i) => (refs[i] ? resolve(refs[i]) : a)) : list;
}

/**
 * Methods the library adds of its own: the fake checks a values array's size when it writes it, and keeps
 * every object it made, so these need nothing more.
 */
const LIBRARY_METHODS = new Set(['_ValidateArraySize', '_KeepReference']);

function call(target: Proxy, name: string, list: unknown[]): unknown {
  if (LIBRARY_METHODS.has(name)) return undefined;
  const method = target[camel(name)];
  if (typeof method !== 'function') throw new Error(`office-js-host: the fake has no method ${name} here.`);
  return (method as (...a: unknown[]) => unknown).apply(target, list);
}

/** What a method returned, once the fake has synced: a ClientResult's value, or nothing. */
function clientResult(result: unknown): unknown {
  if (result && typeof result === 'object' && 'value' in result) return (result as { value: unknown }).value;
  return null;
}

/** A loaded object as RichApi answers a query: PascalCase keys, nested objects, `_Items` for collections. */
function queryResult(target: Proxy, select: string[]): unknown {
  if (isNull(target)) return null;
  if ('items' in target) {
    const items = target.items as Proxy[];
    // Each item carries its id (a sheet's, a format's) or name, so the library can address it again.
    return { _Items: items.map((item) => ({ _Id: itemId(item), ...(objectResult(item, select) as object) })) };
  }
  return objectResult(target, select);
}

function objectResult(target: Proxy, select: string[]): unknown {
  if (isNull(target)) return null;
  const out: Record<string, unknown> = {};
  const paths = select.length > 0 ? select : (target._allProps?.() ?? []);
  for (const path of paths) {
    const [head, ...rest] = path.split('/');
    const value = target[head];
    const key = pascal(head);
    if (rest.length === 0 && !isProxy(value)) {
      out[key] = value;
      continue;
    }
    const nested = objectResult(value as Proxy, rest.length > 0 ? [rest.join('/')] : []);
    out[key] = nested === null ? null : { ...((out[key] as object) ?? {}), ...(nested as object) };
  }
  return out;
}

function isProxy(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as Proxy).load === 'function';
}

/**
 * What Excel answers for an object it made: null for a null object; the id of an object that has one
 * (a sheet, a conditional format), with which the library addresses it again in later requests.
 */
function instantiated(target: Proxy): unknown {
  if (isNull(target)) return null;
  const id = target._sessionId?.();
  return typeof id === 'string' ? { Id: id } : {};
}

function itemId(item: Proxy): unknown {
  return quietly(() => item._sessionId?.() ?? item._peek?.('name'));
}

/**
 * What `read` gives, or undefined where the fake cannot resolve the object (deleted, say). The error's stack
 * is not wanted: capturing stacks was a tenth of the Office.js tests' time (profiled).
 */
function quietly(read: () => unknown): unknown {
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return read();
  } catch {
    return undefined;
  } finally {
    Error.stackTraceLimit = stackLimit;
  }
}

/** A null object (…OrNullObject) that found nothing: the fake knows it either way round. */
function isNull(target: Proxy): boolean {
  if (target._isNull?.()) return true;
  try {
    return target.isNullObject === true;
  } catch {
    return false; // not loaded: the fake did not make it as a null object
  }
}
