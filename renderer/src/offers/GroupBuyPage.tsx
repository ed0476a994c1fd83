import { useState } from 'react';
import { App, Button, Flex, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../customers/use-desk';
import { RedemptionDesk } from './desk/RedemptionDesk';
import { TodayRedemptions } from './desk/TodayRedemptions';
import { OffersList } from './OffersList';
import { OfferReportView } from './reports/OfferReportView';
import { SellCardDialog } from './sell-card/SellCardDialog';
import { RedemptionSettings } from './settings/RedemptionSettings';

/**
 * The group-buy part (团购): the offers the shop sells, made and changed here and bought by
 * customers on the platform; the redemption desk (核销台), today's redemptions and the report;
 * and selling a visit card (次卡) at the counter.
 */
export function GroupBuyPage() {
  const { t } = useTranslation('offers');
  const { clock, today, online } = useDesk();
  const [selling, setSelling] = useState(false);
  return (
    // The nested App gives the page's messages and confirm dialogs the console's theme.
    <App>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('part.name')}
        </Typography.Title>
        {clock && <Button onClick={() => setSelling(true)}>{t('sellCard.open')}</Button>}
      </Flex>
      {selling && clock && <SellCardDialog clock={clock} onClose={() => setSelling(false)} />}
      {clock && today ? (
        <Tabs
          destroyOnHidden
          items={[
            { key: 'offers', label: t('tabs.offers'), children: <OffersList clock={clock} /> },
            {
              key: 'desk',
              label: t('tabs.desk'),
              children: <RedemptionDesk clock={clock} online={online} />,
            },
            {
              key: 'today',
              label: t('tabs.today'),
              children: <TodayRedemptions clock={clock} today={today} />,
            },
            {
              key: 'reports',
              label: t('reports.tab'),
              children: <OfferReportView clock={clock} today={today} />,
            },
            { key: 'settings', label: t('tabs.settings'), children: <RedemptionSettings /> },
          ]}
        />
      ) : (
        <Spin />
      )}
    </App>
  );
}
