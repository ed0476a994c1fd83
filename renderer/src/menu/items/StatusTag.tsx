import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EffectiveStatus } from '@domain/menu/schema';

// Solid dark fills with white text: antd's light preset tags fall below WCAG AA contrast.
const colors: Record<EffectiveStatus, string | undefined> = {
  on_sale: '#237804',
  off_sale: undefined,
  sold_out: '#a8071a',
};

export function StatusTag({ status }: { status: EffectiveStatus }) {
  const { t } = useTranslation('menu');
  return (
    <Tag color={colors[status]} style={{ marginInlineEnd: 0 }}>
      {t(`status.${status}`)}
    </Tag>
  );
}
