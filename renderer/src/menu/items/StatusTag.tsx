import { useTranslation } from 'react-i18next';
import type { EffectiveStatus } from '@domain/menu/schema';

// Solid dark fills with white text: antd's light preset tags fall below WCAG AA contrast.
const looks: Record<EffectiveStatus, { color: string; background: string; border: string }> = {
  on_sale: { color: '#fff', background: '#237804', border: '#237804' },
  off_sale: { color: 'rgba(0, 0, 0, 0.88)', background: '#fafafa', border: '#d9d9d9' },
  sold_out: { color: '#fff', background: '#a8071a', border: '#a8071a' },
};

/**
 * Today's status as a small label. A plain span, not antd's Tag: the item list mounts many of
 * these as it scrolls, and this costs a fraction of a component with its own style hooks.
 */
export function StatusTag({ status }: { status: EffectiveStatus }) {
  const { t } = useTranslation('menu');
  const look = looks[status];
  return (
    <span
      style={{
        ...look,
        border: `1px solid ${look.border}`,
        borderRadius: 4,
        padding: '0 7px',
        fontSize: 12,
        lineHeight: '20px',
        whiteSpace: 'nowrap',
      }}
    >
      {t(`status.${status}`)}
    </span>
  );
}
