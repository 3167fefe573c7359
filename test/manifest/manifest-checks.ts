/**
 * Offline checks of an add-in manifest (`office-addin-manifest validate` needs Microsoft's online service),
 * shared by the source manifest.xml (manifest.test.ts) and the one a production build writes
 * (built-manifest.test.ts). They catch the mistakes that stop an add-in loading or leave a blank ribbon
 * button: a resid with no resource, a resource of the wrong kind, a missing icon file, a command nobody
 * registered, and an address that is not the one the add-in is served from.
 */
import fs from 'fs';
import path from 'path';
import { XMLParser } from 'fast-xml-parser';

export const ROOT = path.join(__dirname, '..', '..');

type XmlNode = { [key: string]: unknown };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseAttributeValue: false });

/** Every element in the tree, with its tag name. */
function elements(node: unknown, tag = '', out: { tag: string; node: XmlNode }[] = []) {
  if (Array.isArray(node)) {
    for (const item of node) elements(item, tag, out);
  } else if (node && typeof node === 'object') {
    out.push({ tag, node: node as XmlNode });
    for (const [key, value] of Object.entries(node)) {
      if (!key.startsWith('@_') && key !== '#text') elements(value, key, out);
    }
  }
  return out;
}

function list<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

// Which resource list each referring element must point into.
const RESOURCE_KIND: Record<string, string> = {
  'bt:Image': 'bt:Images',
  SourceLocation: 'bt:Urls',
  FunctionFile: 'bt:Urls',
  Runtime: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};
const KIND_ITEM: Record<string, string> = {
  'bt:Images': 'bt:Image',
  'bt:Urls': 'bt:Url',
  'bt:ShortStrings': 'bt:String',
  'bt:LongStrings': 'bt:String',
};

function pngWidth(file: string): number {
  // Width is the first field of the IHDR chunk, straight after the 8-byte signature and chunk header.
  return fs.readFileSync(file).readUInt32BE(16);
}

export interface ManifestUnderTest {
  /** What the describe block is called, e.g. "manifest.xml". */
  label: string;
  /** Reads the manifest's text (called when the tests run, so a build can make it first). */
  xml: () => string;
  /** The address every URL in it starts with, ending in "/". */
  base: string;
  /** The folder a URL's path below `base` is found in: the repository, or the built dist/. */
  files: () => string;
}

/** Registers the manifest checks as one describe block. */
export function describeManifest(subject: ManifestUnderTest): void {
  describe(subject.label, () => {
    let app: XmlNode;
    let overrides: XmlNode;
    let resources: XmlNode;
    let all: { tag: string; node: XmlNode }[];
    let references: { tag: string; resid: string }[];
    beforeAll(() => {
      app = (parser.parse(subject.xml()) as XmlNode).OfficeApp as XmlNode;
      all = elements(app, 'OfficeApp');
      overrides = app.VersionOverrides as XmlNode;
      resources = overrides.Resources as XmlNode;
      references = all
        .filter(({ node }) => node['@_resid'] !== undefined)
        .map(({ tag, node }) => ({ tag, resid: String(node['@_resid']) }));
    });

    /** id → DefaultValue for one resource list. */
    function resourceList(kind: string): Map<string, string> {
      const items = list(
        (resources[kind] as XmlNode | undefined)?.[KIND_ITEM[kind]] as XmlNode | XmlNode[] | undefined,
      );
      return new Map(items.map((item) => [String(item['@_id']), String(item['@_DefaultValue'])]));
    }

    /** The file a URL of the add-in stands for. */
    function localFile(url: string): string {
      expect({ url, base: url.startsWith(subject.base) }).toEqual({ url, base: true });
      return path.join(subject.files(), url.slice(subject.base.length));
    }

    test('is a task pane add-in for Excel workbooks', () => {
      expect(app['@_xsi:type']).toBe('TaskPaneApp');
      expect(list((app.Hosts as XmlNode).Host as XmlNode[]).map((h) => h['@_Name'])).toEqual(['Workbook']);
      expect(overrides['@_xsi:type']).toBe('VersionOverridesV1_0');
      const hosts = list((overrides.Hosts as XmlNode).Host as XmlNode[]);
      expect(hosts.map((h) => h['@_xsi:type'])).toEqual(['Workbook']);
    });

    test('has a GUID id and the STR Toolkit names', () => {
      expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      expect(app.ProviderName).toBe('STR Toolkit');
      expect((app.DisplayName as XmlNode)['@_DefaultValue']).toBe('STR Toolkit');
    });

    test('asks only to read and write the document', () => {
      expect(app.Permissions).toBe('ReadWriteDocument');
    });

    test('requires ExcelApi 1.9 and nothing else', () => {
      const sets = (app.Requirements as XmlNode).Sets as XmlNode;
      expect(sets['@_DefaultMinVersion']).toBe('1.1');
      const required = list(sets.Set as XmlNode[]).map((s) => [s['@_Name'], s['@_MinVersion']]);
      expect(required).toEqual([['ExcelApi', '1.9']]);
    });

    test('lists no AppDomains', () => {
      expect(app.AppDomains).toBeUndefined();
    });

    test('every resid names a defined resource of the right kind', () => {
      expect(references.length).toBeGreaterThan(0);
      for (const { tag, resid } of references) {
        const kind = RESOURCE_KIND[tag];
        expect({ tag, resid, kind }).toEqual({ tag, resid, kind: expect.any(String) });
        expect({ resid, defined: resourceList(kind).has(resid) }).toEqual({ resid, defined: true });
      }
    });

    test('every defined resource is used', () => {
      const used = new Set(references.map((r) => r.resid));
      for (const kind of Object.keys(KIND_ITEM)) {
        for (const id of resourceList(kind).keys()) {
          expect({ id, used: used.has(id) }).toEqual({ id, used: true });
        }
      }
    });

    test('resource ids are unique and no longer than Office allows (32 characters)', () => {
      const ids = Object.keys(KIND_ITEM).flatMap((kind) =>
        list((resources[kind] as XmlNode)[KIND_ITEM[kind]] as XmlNode[]).map((item) => String(item['@_id'])),
      );
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
    });

    test('group and control ids are unique', () => {
      const ids = all.filter(({ tag }) => tag === 'Group' || tag === 'Control').map(({ node }) => String(node['@_id']));
      expect(ids.length).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(ids.length);
    });

    test('every URL is https', () => {
      const urls: string[] = [];
      for (const { node } of all) {
        for (const [key, value] of Object.entries(node)) {
          // xmlns values are namespace names, not addresses anyone visits.
          if (key.startsWith('@_xmlns')) continue;
          if (typeof value === 'string' && value.includes('://')) urls.push(value);
        }
      }
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(/^https:\/\//);
    });

    test('every icon is a PNG in assets/ of the size it is used at', () => {
      const images = resourceList('bt:Images');
      for (const url of images.values()) expect(fs.existsSync(localFile(url))).toBe(true);
      for (const { tag, node } of all) {
        if (tag !== 'bt:Image' || node['@_resid'] === undefined) continue;
        const file = localFile(images.get(String(node['@_resid'])) ?? '');
        expect({ file, width: pngWidth(file) }).toEqual({ file, width: Number(node['@_size']) });
      }
      expect(pngWidth(localFile(String((app.IconUrl as XmlNode)['@_DefaultValue'])))).toBe(32);
      expect(pngWidth(localFile(String((app.HighResolutionIconUrl as XmlNode)['@_DefaultValue'])))).toBe(64);
    });

    test('every page it opens is one the build makes', async () => {
      // The webpack config lists the pages it builds; the manifest must not point anywhere else.
      const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
      const config = await makeConfig({}, { mode: 'production' });
      const built = new Set(
        (config.plugins as { userOptions?: { filename?: string } }[])
          .map((plugin) => plugin.userOptions?.filename)
          .filter(Boolean),
      );
      const pages = [
        String(((app.DefaultSettings as XmlNode).SourceLocation as XmlNode)['@_DefaultValue']),
        ...resourceList('bt:Urls').values(),
      ];
      for (const url of pages) {
        expect(url.startsWith(subject.base)).toBe(true);
        expect(built).toContain(url.slice(subject.base.length));
      }
    });

    test('the Home tab holds one "STR Toolkit" group with the three buttons', () => {
      const strings = resourceList('bt:ShortStrings');
      const tabs = all.filter(({ tag }) => tag === 'OfficeTab');
      expect(tabs.map(({ node }) => node['@_id'])).toEqual(['TabHome']);
      const groups = list(tabs[0].node.Group as XmlNode[]);
      expect(groups).toHaveLength(1);
      expect(strings.get(String((groups[0].Label as XmlNode)['@_resid']))).toBe('STR Toolkit');
      const labels = list(groups[0].Control as XmlNode[]).map((c) =>
        strings.get(String((c.Label as XmlNode)['@_resid'])),
      );
      expect(labels).toEqual(['Show task pane', 'Insert framework', 'Check this workbook']);
    });

    test('every ExecuteFunction is registered in src/commands/commands.ts', () => {
      const source = fs.readFileSync(path.join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
      const associated = new Set(
        [...source.matchAll(/Office\.actions\.associate\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]),
      );
      const functions = all
        .filter(({ tag, node }) => tag === 'Action' && node['@_xsi:type'] === 'ExecuteFunction')
        .map(({ node }) => String(node.FunctionName));
      expect(functions).toEqual(['insertFramework', 'checkWorkbook']);
      for (const name of functions) expect(associated).toContain(name);
    });

    test('"Check this workbook" has its own strings and tick icons, and runs checkWorkbook', () => {
      const control = all.find(
        ({ tag, node }) => tag === 'Control' && node['@_id'] === 'STRToolkit.CheckWorkbook',
      )?.node;
      expect(control).toBeDefined();
      const supertip = control!.Supertip as XmlNode;
      expect(resourceList('bt:ShortStrings').get(String((supertip.Title as XmlNode)['@_resid']))).toBe(
        'Check this workbook',
      );
      expect(resourceList('bt:LongStrings').get(String((supertip.Description as XmlNode)['@_resid']))).toMatch(
        /^Check the monthly reports, KSF outlines and role profiles in this workbook\./,
      );
      const images = resourceList('bt:Images');
      const icons = list((control!.Icon as XmlNode)['bt:Image'] as XmlNode[]).map((i) =>
        images.get(String(i['@_resid'])),
      );
      expect(icons).toEqual([16, 32, 80].map((size) => `${subject.base}assets/check-${size}.png`));
      expect(String((control!.Action as XmlNode).FunctionName)).toBe('checkWorkbook');
    });

    test('every ribbon button has a label, a tooltip, icons at 16, 32 and 80 px, and an action', () => {
      const controls = all.filter(({ tag }) => tag === 'Control').map(({ node }) => node);
      expect(controls.length).toBeGreaterThan(0);
      for (const control of controls) {
        const id = String(control['@_id']);
        const supertip = (control.Supertip ?? {}) as XmlNode;
        const sizes = list(((control.Icon ?? {}) as XmlNode)['bt:Image'] as XmlNode[]).map((i) => Number(i['@_size']));
        const action = (control.Action ?? {}) as XmlNode;
        expect({
          id,
          type: control['@_xsi:type'],
          label: Boolean((control.Label as XmlNode | undefined)?.['@_resid']),
          title: Boolean((supertip.Title as XmlNode | undefined)?.['@_resid']),
          description: Boolean((supertip.Description as XmlNode | undefined)?.['@_resid']),
          sizes,
        }).toEqual({ id, type: 'Button', label: true, title: true, description: true, sizes: [16, 32, 80] });
        expect({ id, action: action['@_xsi:type'] }).toEqual({
          id,
          action: expect.stringMatching(/^(ShowTaskpane|ExecuteFunction)$/),
        });
        if (action['@_xsi:type'] === 'ShowTaskpane') {
          expect({ id, url: (action.SourceLocation as XmlNode)['@_resid'] }).toEqual({ id, url: 'Taskpane.Url' });
        }
      }
    });
  });
}
