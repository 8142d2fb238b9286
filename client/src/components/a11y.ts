// Roles, names and states of controls, spelled for each platform. The mini-program reads `aria-role` and
// `aria-label` (config/aria-attributes.ts adds them to the build's templates); a browser reads real ARIA (`role`,
// `aria-*`) and needs `tabindex` to reach a tappable View by keyboard. TARO_ENV is fixed at build time, so each
// build keeps only its own branch.
import { PLATFORM } from '../config';

export interface A11y {
  /** button, tab, tablist, heading, img, switch, dialog… */
  role?: string;
  /** The name read out, when the visible text alone does not say what the control does. */
  label?: string;
  /** Tabs: the tab shown. */
  selected?: boolean;
  /** Switches and choices: on or off. */
  checked?: boolean;
  disabled?: boolean;
  /** Headings: 1 for a page's title, 2 for its sections. */
  level?: number;
  /** What a tap does: on H5 the control is then reachable by Tab and works with Enter and Space too. */
  onActivate?: () => void;
  /** A scrolling region with nothing to tap inside: reachable by Tab on H5, so the arrow keys scroll it. */
  scrollable?: boolean;
}

/** Props to spread on a View or Text. */
export function a11y(options: A11y): Record<string, unknown> {
  const { role, label, selected, checked, disabled, level, onActivate, scrollable } = options;
  if (PLATFORM === 'weapp') {
    // WeChat's screen reader reads the role and the label; a state that has no attribute there is said in words.
    const state = [selected ? '已选中' : null, checked === true ? '已开启' : null, disabled ? '不可用' : null]
      .filter(Boolean)
      .join('，');
    return defined({
      ariaRole: role,
      ariaLabel: label && state ? `${label}，${state}` : label,
    });
  }
  // Taro's H5 components set aria-* as attributes but drop a `false` one, so states are written as strings.
  const flag = (value: boolean | undefined) => (value === undefined ? undefined : String(value));
  return defined({
    role,
    'aria-label': label,
    'aria-selected': flag(selected),
    'aria-checked': flag(checked),
    'aria-disabled': disabled ? 'true' : undefined,
    'aria-level': level === undefined ? undefined : String(level),
    tabIndex: onActivate ? (disabled ? -1 : 0) : scrollable ? 0 : undefined,
    onKeyDown: onActivate && !disabled ? activateOnKeys(onActivate) : undefined,
  });
}

/** Enter and Space do what a tap does, as on a native button. */
function activateOnKeys(onActivate: () => void) {
  return (event: { key?: string; preventDefault?: () => void }) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault?.();
    onActivate();
  };
}

/** Unset props are left out: Taro would otherwise write "undefined" into an attribute. */
function defined(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined));
}

/** The text alternative of a picture: `alt` on H5's <img>, the image role and label in the mini-program. */
export function imageAlt(alt: string): Record<string, unknown> {
  if (PLATFORM === 'weapp') return alt ? { ariaLabel: alt } : {};
  // An empty alt marks a picture beside its own title as decoration, so it is not read twice.
  return { nativeProps: { alt } };
}

/** The accessible name of a native form control (input, textarea, switch) whose label is a separate text. */
export function controlLabel(label: string | undefined): Record<string, unknown> {
  if (!label) return {};
  if (PLATFORM === 'weapp') return { ariaLabel: label };
  return { nativeProps: { 'aria-label': label } };
}
