import { useDeferredValue, useMemo, useState } from 'react';
import { Alert, Button, Flex, Input, Select, Space, Spin, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CustomerExportButton } from '../transfer/CustomerExportButton';
import { CustomerImportButton } from '../transfer/CustomerImportButton';
import { useLocalName } from '../../menu/display';
import { customerRoute, navigate } from '../../routing/routes';
import { ChargeDialog } from '../counter/ChargeDialog';
import { CustomerDialog } from '../CustomerDialog';
import { customerName } from '../display';
import { useDesk } from '../use-desk';
import { useFormatShopTime } from '../use-format';
import { CustomerList } from './CustomerList';
import {
  balanceChoices,
  lastVisitChoices,
  listCustomers,
  noFilters,
  type ListFilters,
} from './list-customers';
import { MergeDialog } from './MergeDialog';
import { useCustomerListData, useCustomerSearch } from './use-customer-list';

/**
 * The counter's list: search (last 4 digits, phone, name, pinyin, initials; Enter charges the
 * best match), filters, duplicates by phone to merge, and every customer, windowed.
 */
export function CustomersPanel() {
  const { t } = useTranslation('customers');
  const localName = useLocalName();
  const formatDate = useFormatShopTime(false);
  const desk = useDesk();
  const data = useCustomerListData(desk.today);
  const index = useCustomerSearch(data);
  const [filters, setFilters] = useState<ListFilters>(noFilters);
  const shown = useDeferredValue(filters);
  const [charging, setCharging] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [merging, setMerging] = useState<string[] | null>(null);
  const listed = useMemo(
    () => (data ? listCustomers(data, index, shown, desk.now) : []),
    [data, index, shown, desk.now],
  );
  if (!data) return <Spin aria-label={t('common.loading')} />;
  const set = (patch: Partial<ListFilters>) => setFilters({ ...filters, ...patch });
  const duplicates = [...data.duplicates.entries()];
  return (
    <Flex vertical gap={12}>
      {duplicates.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('duplicates.title', { count: duplicates.length })}
          description={
            <Flex vertical gap={4}>
              {duplicates.slice(0, 5).map(([phone, ids]) => (
                <Flex key={phone} gap={8} align="center" wrap>
                  <Typography.Text>
                    {t('duplicates.group', {
                      names: ids
                        .map((id) => customerName(data.personalById.get(id) ?? null, false, t))
                        .join(t('duplicates.separator')),
                    })}
                  </Typography.Text>
                  <Button size="small" onClick={() => setMerging(ids)}>
                    {t('duplicates.merge')}
                  </Button>
                </Flex>
              ))}
            </Flex>
          }
        />
      )}
      <Flex justify="space-between" gap={8} wrap>
        <Space wrap>
          <Input.Search
            aria-label={t('search.label')}
            placeholder={t('search.placeholder')}
            allowClear
            autoFocus
            style={{ width: 320 }}
            value={filters.query}
            onChange={(event) => set({ query: event.target.value })}
            onSearch={(query, event, info) => {
              if (info?.source === 'clear' || !query.trim()) return;
              // The dialog opens during this keydown: without this, Chromium's keypress that
              // follows would land on the dialog's focused close button and shut it again.
              event?.preventDefault();
              // Enter on the counter's search: the single match, or the best one, to charge.
              const best = listCustomers(data, index, { ...filters, query }, desk.now)[0];
              if (best) setCharging(best.accountId);
            }}
          />
          <Select
            aria-label={t('filters.tier')}
            placeholder={t('filters.tier')}
            allowClear
            style={{ width: 140 }}
            value={filters.tierId ?? undefined}
            onChange={(tierId?: string) => set({ tierId: tierId ?? null })}
            options={[
              ...data.tiers.map((tier) => ({ value: tier.id, label: localName(tier.name) })),
              { value: 'none', label: t('filters.noTier') },
            ]}
          />
          <Select
            aria-label={t('filters.tag')}
            placeholder={t('filters.tag')}
            allowClear
            style={{ width: 140 }}
            value={filters.tag ?? undefined}
            onChange={(tag?: string) => set({ tag: tag ?? null })}
            options={data.tags.map((tag) => ({ value: tag, label: tag }))}
          />
          <Select
            aria-label={t('filters.lastVisit')}
            placeholder={t('filters.lastVisit')}
            allowClear
            style={{ width: 160 }}
            value={filters.lastVisit ?? undefined}
            onChange={(lastVisit?: ListFilters['lastVisit']) =>
              set({ lastVisit: lastVisit ?? null })
            }
            options={lastVisitChoices.map((value) => ({
              value,
              label: t(`filters.lastVisits.${value}`),
            }))}
          />
          <Select
            aria-label={t('filters.balance')}
            placeholder={t('filters.balance')}
            allowClear
            style={{ width: 140 }}
            value={filters.balance ?? undefined}
            onChange={(balance?: ListFilters['balance']) => set({ balance: balance ?? null })}
            options={balanceChoices.map((value) => ({
              value,
              label: t(`filters.balances.${value}`),
            }))}
          />
        </Space>
        <Space wrap>
          <CustomerImportButton />
          <CustomerExportButton />
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setAdding(true)}
          >
            {t('list.add')}
          </Button>
        </Space>
      </Flex>
      <Typography.Text aria-live="polite">
        {t('list.count', { count: listed.length, total: data.summaries.size })}
      </Typography.Text>
      <CustomerList listed={listed} formatDate={formatDate} onCharge={setCharging} />
      {charging && <ChargeDialog accountId={charging} onClose={() => setCharging(null)} />}
      {adding && (
        <CustomerDialog
          editing={null}
          onClose={(createdId) => {
            setAdding(false);
            if (createdId) navigate(customerRoute(createdId));
          }}
        />
      )}
      {merging && <MergeDialog ids={merging} data={data} onClose={() => setMerging(null)} />}
    </Flex>
  );
}
