import { Tag } from 'antd';
import { CrownOutlined } from '@ant-design/icons';
import type { CustomerTier } from '@domain/customers/schema';
import { useLocalName } from '../menu/display';

/** The tier a customer holds, as a badge: the same everywhere the customer appears. */
export function TierBadge({ tier }: { tier: Pick<CustomerTier, 'name' | 'rank'> | null }) {
  const localName = useLocalName();
  if (!tier) return null;
  return (
    <Tag
      icon={<CrownOutlined aria-hidden />}
      color="gold"
      style={{ color: '#7c4a00', marginInlineEnd: 0 }}
    >
      {localName(tier.name)}
    </Tag>
  );
}
