// The view side of the fake WeChat host: what the render layer would hold and show.
//
// Taro does not send markup to WeChat. It sends `setData` patches of one data tree (`root.cn.[0].cn.[2].v`),
// and the build's base.wxml turns each node of that tree into a component: `nn` picks a template, `cl` is the
// class, `p0…pN` are the component's attributes under short aliases, `v` is a text node's text, and the
// template's `bindtap="eh"` etc. say which events reach the page's `eh` handler. This module applies the
// patches to a JSON copy of the data, and reads the templates of base.wxml so that a test can look at the
// tree with real names (`input`, `value`, `placeholder`) and know which nodes a tap bubbles through.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// ---- templates ---------------------------------------------------------------------------------------

export interface NodeTemplate {
  /** The WeChat component the template renders (`view`, `text`, `input`, `block`, …). */
  tag: string;
  /** Alias → attribute name, e.g. `p25` → `value` for an input. */
  attributes: Record<string, string>;
  /** Events the template binds to the page's handler (`tap`, `input`, `change`, …). */
  binds: Set<string>;
  /** Events bound with `catch`: they are handled here and do not bubble further. */
  catches: Set<string>;
}

export type Templates = Map<string, NodeTemplate>;

/**
 * Reads `tmpl_0_<nn>` of base.wxml (depth 0; the deeper copies only repeat them). Inputs and textareas have a
 * `_focus` and a `_blur` variant with the same attributes; the `_blur` one is read.
 */
export function readTemplates(dir: string): Templates {
  const wxml = readFileSync(join(dir, 'base.wxml'), 'utf8');
  const templates: Templates = new Map();
  const pattern = /<template name="tmpl_0_(\w+?)(_blur|_focus)?">\s*<([a-z-]+)([^>]*)>/g;
  for (const match of wxml.matchAll(pattern)) {
    const [, nn, variant, tag, attrs] = match;
    if (variant === '_focus' || tag === 'template') continue;
    const attributes: Record<string, string> = {};
    for (const [, name, alias] of attrs.matchAll(/([a-z-]+)="\{\{[^"]*?\bi\.(p\d+)\b/g)) attributes[alias] = name;
    const binds = new Set<string>();
    const catches = new Set<string>();
    for (const [, kind, event] of attrs.matchAll(/\b(bind|catch)([a-z]+)="eh"/g)) {
      (kind === 'catch' ? catches : binds).add(event);
    }
    templates.set(nn, { tag, attributes, binds, catches });
  }
  if (templates.size === 0) throw new Error(`${dir}/base.wxml has no tmpl_0_* templates: is this a Taro weapp build?`);
  return templates;
}

// ---- setData ----------------------------------------------------------------------------------------

/** `root.cn.[0].cn[2].v` → ['root', 'cn', 0, 'cn', 2, 'v']: WeChat accepts both `.[n]` and `[n]`. */
export function parseDataPath(path: string): Array<string | number> {
  const segments: Array<string | number> = [];
  for (const part of path.split('.')) {
    const match = part.match(/^([^[\]]*)((?:\[\d+\])*)$/);
    if (!match) throw new Error(`setData: cannot read the key "${path}"`);
    if (match[1]) segments.push(match[1]);
    for (const [, index] of match[2].matchAll(/\[(\d+)\]/g)) segments.push(Number(index));
  }
  return segments;
}

/**
 * Applies one `setData` payload to `data` the way WeChat does: each key is a path, missing objects and arrays
 * on the way are created, and every value arrives as a JSON copy (data crosses to the render thread as JSON,
 * so functions and `undefined` never arrive).
 */
export function applySetData(data: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(patch)) {
    const path = parseDataPath(key);
    let target: Record<string | number, unknown> = data;
    for (let i = 0; i < path.length - 1; i += 1) {
      const segment = path[i];
      let next = target[segment];
      if (next === null || typeof next !== 'object') {
        next = typeof path[i + 1] === 'number' ? [] : {};
        target[segment] = next;
      }
      target = next as Record<string | number, unknown>;
    }
    const last = path[path.length - 1];
    const copy = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
    if (copy === undefined) delete target[last];
    else target[last] = copy;
  }
}

// ---- the rendered tree --------------------------------------------------------------------------------

/** One node of the rendered page, with the names WeChat components use rather than Taro's aliases. */
export interface ViewNode {
  /** `view`, `text`, `input`, `picker`, `switch`, `image`, `scroll-view`, … or `#text` for a text node. */
  tag: string;
  /** Taro's node id: what `eh` looks up (`data-sid`), and the element's id unless a `uid` is set. */
  sid: string;
  /** The id WeChat reports as `currentTarget.id` (`uid || sid`). */
  id: string;
  classes: string[];
  /** Attributes by their WeChat names (`value`, `placeholder`, `src`, …); unaliased props keep their names. */
  attributes: Record<string, unknown>;
  children: ViewNode[];
  parent: ViewNode | null;
  /** The node's own text for a text node; otherwise every text below it, concatenated (like textContent). */
  text: string;
  template: NodeTemplate | undefined;
}

interface RawNode {
  nn?: string;
  sid?: string;
  uid?: string;
  cl?: string;
  v?: string;
  cn?: RawNode[];
  [key: string]: unknown;
}

const STRUCTURAL = new Set(['nn', 'sid', 'uid', 'cl', 'st', 'v', 'cn']);

/** The page's tree (`data.root.cn`) as ViewNodes; the root itself is a synthetic `page` node. */
export function readTree(data: Record<string, unknown>, templates: Templates): ViewNode {
  const root: ViewNode = {
    tag: 'page',
    sid: '',
    id: '',
    classes: [],
    attributes: {},
    children: [],
    parent: null,
    text: '',
    template: undefined,
  };
  const rawRoot = (data.root ?? {}) as RawNode;
  root.children = (rawRoot.cn ?? []).map((child) => decode(child, root, templates));
  root.text = root.children.map((c) => c.text).join('');
  return root;
}

function decode(raw: RawNode, parent: ViewNode, templates: Templates): ViewNode {
  const template = raw.nn === undefined ? undefined : templates.get(raw.nn);
  const isText = typeof raw.v === 'string' && template?.tag === 'block';
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (STRUCTURAL.has(key)) continue;
    attributes[template?.attributes[key] ?? key] = value;
  }
  const node: ViewNode = {
    tag: isText ? '#text' : (template?.tag ?? `unknown(nn=${raw.nn})`),
    sid: raw.sid ?? '',
    id: raw.uid ?? raw.sid ?? '',
    classes: (raw.cl ?? '').split(/\s+/).filter(Boolean),
    attributes,
    children: [],
    parent,
    text: isText ? (raw.v as string) : '',
    template,
  };
  node.children = (raw.cn ?? []).map((child) => decode(child, node, templates));
  if (!isText) node.text = node.children.map((c) => c.text).join('');
  return node;
}

/** Every node below `root` (not `root` itself), in document order. */
export function descendants(root: ViewNode): ViewNode[] {
  const out: ViewNode[] = [];
  const walk = (node: ViewNode) => {
    for (const child of node.children) {
      out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

/** The texts of the text nodes below `root`, one entry per text node. */
export function textsOf(root: ViewNode): string[] {
  return descendants(root)
    .filter((n) => n.tag === '#text')
    .map((n) => n.text);
}

export interface NodeQuery {
  /** A class the node has (`visit-day`), or several that it must all have (`zz-button zz-button--primary`). */
  className?: string;
  tag?: string;
  /** The node's textContent contains this string, or matches this pattern. */
  text?: string | RegExp;
  /** An attribute by its WeChat name, e.g. `{ placeholder: '18位身份证号码' }`. */
  attributes?: Record<string, unknown>;
  /** Only nodes inside a node that matches this (e.g. the input inside `.checkin-document__number`). */
  inside?: NodeQuery;
}

export function matches(node: ViewNode, query: NodeQuery): boolean {
  if (node.tag === '#text') return false;
  if (query.tag && node.tag !== query.tag) return false;
  if (query.className && !query.className.split(/\s+/).every((c) => node.classes.includes(c))) return false;
  if (query.text !== undefined) {
    if (typeof query.text === 'string' ? !node.text.includes(query.text) : !query.text.test(node.text)) return false;
  }
  for (const [name, value] of Object.entries(query.attributes ?? {})) {
    if (node.attributes[name] !== value) return false;
  }
  if (query.inside) {
    let parent = node.parent;
    while (parent && !matches(parent, query.inside)) parent = parent.parent;
    if (!parent) return false;
  }
  return true;
}

export function describeQuery(query: NodeQuery): string {
  const parts = [
    query.tag,
    query.className ? `.${query.className.split(/\s+/).join('.')}` : '',
    query.text !== undefined ? ` with text ${String(query.text)}` : '',
    query.attributes ? ` ${JSON.stringify(query.attributes)}` : '',
    query.inside ? ` inside ${describeQuery(query.inside)}` : '',
  ];
  return parts.join('') || '(any node)';
}

/** A one-line description of a node for error messages: `view.visit-day "明天 11/25 余 20"`. */
export function describeNode(node: ViewNode): string {
  const text = node.text.length > 40 ? `${node.text.slice(0, 40)}…` : node.text;
  return `${node.tag}${node.classes.map((c) => `.${c}`).join('')} "${text}"`;
}
