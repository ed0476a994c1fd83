import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Form, Input, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { daypartsAt } from '@domain/menu/dayparts';
import { menuAt } from '@domain/menu/menu-at';
import type { Menu } from '@domain/menu/schema';
import type { ShopClock } from '@domain/menu/shop-clock';
import { businessDate, weekdayOfDate } from '@domain/time';
import { useNow } from '../../time/use-now';
import { useFormatFen, useLocalName } from '../display';
import { StatusTag } from '../items/StatusTag';
import { useStockEntries } from '../use-menu';
import { epochOfWallMoment, wallMomentOf, type WallMoment } from './moment';

/** "What is on sale at…": the menu as customers will see it at a chosen day and time. */
export function OnSaleAtPanel({ menu, clock }: { menu: Menu; clock: ShopClock }) {
  const { t } = useTranslation(['menu', 'vendor']);
  const now = useNow();
  const localName = useLocalName();
  const formatFen = useFormatFen();
  const [picked, setPicked] = useState<WallMoment | null>(null);
  const moment = picked ?? wallMomentOf(now, clock.timeZone);
  const at = epochOfWallMoment(moment, clock.timeZone);
  const day = at === null ? undefined : businessDate(at, clock.timeZone, clock.cutoffMinutes);
  const entries = useStockEntries(day);
  const sections = useMemo(
    () =>
      at === null || !entries
        ? []
        : menuAt(menu.items, menu.categories, menu.dayparts, at, clock, entries),
    [menu, at, clock, entries],
  );
  const running = at === null ? [] : daypartsAt(menu.dayparts, at, clock);

  return (
    <Flex vertical gap={16}>
      <Form layout="inline">
        <Form.Item label={t('onSale.date')} htmlFor="on-sale-date">
          <Input
            id="on-sale-date"
            type="date"
            value={moment.date}
            onChange={(e) => setPicked({ ...moment, date: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={t('onSale.time')} htmlFor="on-sale-time">
          <Input
            id="on-sale-time"
            type="time"
            value={moment.time}
            onChange={(e) => setPicked({ ...moment, time: e.target.value })}
          />
        </Form.Item>
        <Button onClick={() => setPicked(null)}>{t('onSale.now')}</Button>
      </Form>
      {day && (
        <Typography.Text aria-live="polite">
          {t('onSale.summary', {
            day,
            weekday: t(`vendor:weekday.${weekdayOfDate(day)}`),
            dayparts: running.length
              ? running.map((d) => localName(d.name)).join(t('listSeparator'))
              : t('onSale.noDaypart'),
            count: sections.reduce((sum, section) => sum + section.items.length, 0),
          })}
        </Typography.Text>
      )}
      {sections.length === 0 ? (
        <Empty description={t('onSale.nothing')} />
      ) : (
        sections.map(({ category, items }) => (
          <Card key={category.id} size="small" title={localName(category.name)}>
            <List
              size="small"
              dataSource={items}
              renderItem={({ item, status }) => (
                <List.Item
                  extra={status === 'sold_out' ? <StatusTag status={status} /> : undefined}
                >
                  <Flex justify="space-between" style={{ width: '100%' }}>
                    <Typography.Text delete={status === 'sold_out'}>
                      {localName(item.name)}
                    </Typography.Text>
                    <Typography.Text>{formatFen(item.priceFen)}</Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
        ))
      )}
    </Flex>
  );
}
