// Adds WeChat's accessibility attributes (aria-role, aria-label) to the mini-program's view, text and image
// templates. Taro's weapp templates list each component's attributes and drop every other prop, these included, so
// without this the roles and labels of components/a11y.ts would never reach WeChat's screen reader. H5 needs
// nothing: there the props are real ARIA on the element. The runtime gets the same list in src/app.ts: both sides
// name attributes by their sorted position, so the two lists must stay the same.
import type { IPluginContext } from '@tarojs/service';

/** An attribute with no default: Taro binds it to the prop of the same name (`ariaRole` → aria-role). */
const UNSET = '';
const ARIA = { 'aria-role': UNSET, 'aria-label': UNSET };

interface MiniPlatform {
  template?: { mergeComponents?: (ctx: IPluginContext, patch: Record<string, Record<string, string>>) => void };
}

export default (ctx: IPluginContext) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: MiniPlatform) {
      platform.template?.mergeComponents?.(ctx, { View: ARIA, Text: ARIA, Image: ARIA });
    },
  });
};
