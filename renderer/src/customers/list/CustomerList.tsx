import { memo } from 'react';
import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatFen } from '../../menu/display';
import { useWindow } from '../../menu/items/use-window';
import { customerRoute, hrefFor } from '../../routing/routes';
import { customerName, phoneText } from '../display';
import { TierBadge } from '../TierBadge';
import type { ListedCustomer } from './list-customers';

export const CUSTOMER_ROW_HEIGHT = 52;
const gridStyle = {
  display: 'grid',
  gridTemplateColumns:
    'minmax(160px, 2fr) 150px minmax(90px, 1fr) 120px 90px minmax(110px, 1fr) 96px',
  alignItems: 'center',
  columnGap: 12,
  paddingInline: 12,
} as const;
const oneLine = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;
const columns = ['name', 'phone', 'tier', 'balance', 'points', 'lastVisit', 'actions'] as const;

interface CustomerListProps {
  listed: readonly ListedCustomer[];
  formatDate: (epochMs: number) => string;
  onCharge: (accountId: string) => void;
}

/**
 * The customers as an ARIA table whose rows are windowed: only the rows in view are in the DOM,
 * so 50,000 customers scroll as smoothly as 50; aria-rowcount gives the full size.
 */
export function CustomerList({ listed, formatDate, onCharge }: CustomerListProps) {
  const { t } = useTranslation('customers');
  const { ref, first, last, totalHeight } = useWindow(listed.length, CUSTOMER_ROW_HEIGHT);
  return (
    <div
      role="table"
      aria-label={t('list.label')}
      aria-rowcount={listed.length + 1}
      style={{ background: '#fff', borderRadius: 8, border: '1px solid #f0f0f0' }}
    >
      <div role="rowgroup">
        <div
          role="row"
          aria-rowindex={1}
          style={{ ...gridStyle, height: 44, background: '#fafafa', fontWeight: 600 }}
        >
          {columns.map((column) => (
            <div role="columnheader" key={column}>
              {t(`list.columns.${column}`)}
            </div>
          ))}
        </div>
      </div>
      <div
        ref={ref}
        role="rowgroup"
        style={{
          height: 'max(320px, calc(100vh - 360px))',
          overflowY: 'auto',
          position: 'relative',
        }}
      >
        {listed.length === 0 ? (
          <div role="row">
            <div role="cell">
              <Empty description={t('list.empty')} style={{ paddingBlock: 48 }} />
            </div>
          </div>
        ) : (
          <div style={{ height: totalHeight, position: 'relative' }}>
            {listed.slice(first, last).map((entry, offset) => (
              <CustomerRow
                key={entry.accountId}
                listed={entry}
                rowIndex={first + offset + 2}
                top={(first + offset) * CUSTOMER_ROW_HEIGHT}
                formatDate={formatDate}
                onCharge={onCharge}
              />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}

interface CustomerRowProps {
  listed: ListedCustomer;
  rowIndex: number;
  top: number;
  formatDate: (epochMs: number) => string;
  onCharge: (accountId: string) => void;
}

const CustomerRow = memo(function CustomerRow(props: CustomerRowProps) {
  const { t } = useTranslation('customers');
  const formatFen = useFormatFen();
  const { listed } = props;
  const { summary, personal } = listed;
  const name = customerName(personal, summary.erased, t);
  return (
    <div
      role="row"
      aria-rowindex={props.rowIndex}
      style={{
        ...gridStyle,
        position: 'absolute',
        insetInline: 0,
        top: props.top,
        height: CUSTOMER_ROW_HEIGHT,
        borderBottom: '1px solid #f0f0f0',
      }}
    >
      <div role="cell" style={{ ...oneLine, display: 'flex', gap: 6, alignItems: 'center' }}>
        <a
          href={hrefFor(customerRoute(listed.accountId))}
          style={{ ...oneLine, fontWeight: 600, color: '#0958d9' }}
        >
          {name}
        </a>
        {listed.duplicate && (
          <span style={{ color: '#ad4e00', fontSize: 12, whiteSpace: 'nowrap' }}>
            {t('list.duplicate')}
          </span>
        )}
      </div>
      <div role="cell" style={{ ...oneLine, fontVariantNumeric: 'tabular-nums' }}>
        {phoneText(personal?.phone ?? null, listed.wholePhoneMatch)}
      </div>
      <div role="cell">
        <TierBadge tier={summary.tier} />
      </div>
      <div role="cell" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatFen(summary.storedValue.totalFen)}
      </div>
      <div role="cell" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {summary.points}
      </div>
      <div role="cell" style={oneLine}>
        {summary.lastVisitAt === null
          ? t('list.neverVisited')
          : props.formatDate(summary.lastVisitAt)}
      </div>
      <div role="cell">
        <Button size="small" onClick={() => props.onCharge(listed.accountId)}>
          {t('list.charge')}
        </Button>
      </div>
    </div>
  );
});
