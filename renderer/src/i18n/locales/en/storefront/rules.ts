import type { LocaleShape } from '../../../shape';
import type zh from '../../zh-CN/storefront/rules';

/** The storefront rules' texts: message, what to do, and each fix's label (part.rules.<rule>). */
export default {
  storefront: {
    stalePublish: {
      message:
        'Another computer published the storefront first (version {{live}} is live now), and this publish was made on top of version {{basedOn}}, so it was not published.',
      todo: 'Compare version {{live}} with your draft under Versions to be sure you are not undoing someone else’s changes; then you can publish anyway as a new version — both stay in the history.',
      actions: { publishAnyway: 'Publish anyway, after version {{live}}' },
    },
  },
} satisfies LocaleShape<typeof zh>;
