import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Progress,
  Row,
  Space,
  Spin,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PrivacyExportButton } from '../transfer/PrivacyExportButton';
import { refundablePrincipal } from '@domain/customers/ledger';
import { formatPhone } from '@domain/customers/phone';
import { useFormatFen, useLocalName } from '../../menu/display';
import { customerRoute, hrefFor, navigate, pageRoute } from '../../routing/routes';
import { accountFigures } from '../account-figures';
import { ChargeDialog } from '../counter/ChargeDialog';
import { CustomerDialog } from '../CustomerDialog';
import { customerName, pseudonymOf } from '../display';
import { TierBadge } from '../TierBadge';
import { useCustomerAccount, useCustomerSettings, useCustomerTiers } from '../use-customers';
import { useDesk } from '../use-desk';
import { useFormatShopTime } from '../use-format';
import { EraseButton } from './EraseButton';
import type { HistoryRow } from './history';
import { History } from './History';
import { CustomerBookings } from './CustomerBookings';
import { SellCardDialog } from '../../offers/sell-card/SellCardDialog';
import { CustomerCardSales } from './CustomerCardSales';
import { CustomerVouchers } from './CustomerVouchers';
import { AdjustPointsDialog, RefundDialog, ReverseDialog } from './LedgerDialogs';
import { SamePhoneAlert } from './SamePhoneAlert';
import { TopUpDialog } from './TopUpDialog';

type Dialog =
  | { kind: 'charge' | 'topUp' | 'sellCard' | 'edit' | 'refund' | 'adjust' }
  | { kind: 'reverse'; row: HistoryRow; description: string };

/** One customer: the person, tier, balances, consent, the everyday actions and the history. */
export function CustomerProfile({ customerId }: { customerId: string }) {
  const { t } = useTranslation('customers');
  const formatFen = useFormatFen();
  const localName = useLocalName();
  const formatDate = useFormatShopTime(false);
  const formatTime = useFormatShopTime(true);
  const account = useCustomerAccount(customerId);
  const settings = useCustomerSettings();
  const tiers = useCustomerTiers();
  const desk = useDesk();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const back = (
    <div>
      <Button
        type="link"
        icon={<ArrowLeftOutlined aria-hidden />}
        href={hrefFor(pageRoute('customers'))}
      >
        {t('profile.back')}
      </Button>
    </div>
  );
  if (account === null)
    return (
      <Flex vertical gap={12}>
        {back}
        <Alert type="warning" showIcon title={t('profile.notFound')} />
      </Flex>
    );
  if (!account || !settings || !tiers || !desk.clock || !desk.today)
    return <Spin aria-label={t('common.loading')} />;
  // An alias's address leads to the account it was merged into.
  if (account.customer.id !== customerId) {
    navigate(customerRoute(account.customer.id));
    return null;
  }
  const { customer, personal } = account;
  const erased = customer.erasedAt !== null;
  const figures = accountFigures(account, tiers, settings, {
    today: desk.today,
    now: desk.now,
    ...desk.clock,
  });
  const name = customerName(personal, erased, t);
  const close = () => setDialog(null);
  const clock = desk.clock;
  const birthday = personal?.birthday;
  return (
    <Flex vertical gap={16}>
      {back}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space size={8} align="center">
          <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
            {erased ? t('profile.erasedTitle', { id: pseudonymOf(customer.id) }) : name}
          </Typography.Title>
          <TierBadge tier={figures.tier} />
        </Space>
        <Space wrap>
          {/* An erased account keeps its entries (and may be refunded), but takes no new ones. */}
          {!erased && (
            <Button type="primary" onClick={() => setDialog({ kind: 'charge' })}>
              {t('profile.charge')}
            </Button>
          )}
          {!erased && (
            <Button onClick={() => setDialog({ kind: 'topUp' })}>{t('profile.topUp')}</Button>
          )}
          {!erased && (
            <Button onClick={() => setDialog({ kind: 'sellCard' })}>
              {t('offers:sellCard.open')}
            </Button>
          )}
          {!erased && (
            <Button onClick={() => setDialog({ kind: 'edit' })}>{t('profile.edit')}</Button>
          )}
          <Button
            disabled={refundablePrincipal(figures.balance) === 0}
            onClick={() => setDialog({ kind: 'refund' })}
          >
            {t('profile.refund')}
          </Button>
          {!erased && (
            <Button onClick={() => setDialog({ kind: 'adjust' })}>
              {t('profile.adjustPoints')}
            </Button>
          )}
          <PrivacyExportButton customerId={customer.id} />
          {!erased && <EraseButton customerId={customer.id} name={name} />}
        </Space>
      </Flex>
      {!erased && <SamePhoneAlert customerId={customer.id} phone={personal?.phone ?? null} />}
      {erased && (
        <Alert
          type="info"
          showIcon
          title={t('profile.erased', { time: formatTime(customer.erasedAt!) })}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('profile.person')}</h2>}>
            {erased || !personal ? (
              <Typography.Text>
                {t('profile.pseudonym', { id: pseudonymOf(customer.id) })}
              </Typography.Text>
            ) : (
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('dialog.phone')}>
                  {personal.phone ? formatPhone(personal.phone) : t('profile.none')}
                </Descriptions.Item>
                <Descriptions.Item label={t('dialog.gender')}>
                  {personal.gender ? t(`genders.${personal.gender}`) : t('profile.none')}
                </Descriptions.Item>
                <Descriptions.Item label={t('dialog.birthday')}>
                  {birthday
                    ? t(
                        birthday.year ? 'profile.birthdayWithYear' : 'profile.birthdayText',
                        birthday,
                      )
                    : t('profile.none')}
                </Descriptions.Item>
                <Descriptions.Item label={t('dialog.tags')}>
                  {personal.tags.length > 0
                    ? personal.tags.map((tag) => <Tag key={tag}>{tag}</Tag>)
                    : t('profile.none')}
                </Descriptions.Item>
                <Descriptions.Item label={t('dialog.note')}>
                  {personal.note || t('profile.none')}
                </Descriptions.Item>
                <Descriptions.Item label={t('profile.consent')}>
                  {customer.consent
                    ? t(
                        customer.consent.granted
                          ? 'dialog.consentGivenAt'
                          : 'dialog.consentWithdrawnAt',
                        {
                          time: formatTime(customer.consent.at),
                        },
                      )
                    : t('dialog.consentNever')}
                </Descriptions.Item>
                <Descriptions.Item label={t('profile.source')}>
                  {t(`sources.${customer.source}`)} · {formatDate(customer.createdAt)}
                </Descriptions.Item>
                {account.aliases.length > 0 && (
                  <Descriptions.Item label={t('profile.merged')}>
                    {t('profile.mergedCount', { count: account.aliases.length })}
                  </Descriptions.Item>
                )}
              </Descriptions>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('profile.balances')}</h2>}>
            <Flex gap={32} wrap>
              <Statistic
                title={t('profile.storedValue')}
                value={formatFen(figures.balance.totalFen)}
              />
              <Statistic
                title={t('profile.principal')}
                value={formatFen(figures.balance.principalFen)}
              />
              <Statistic title={t('profile.bonus')} value={formatFen(figures.balance.bonusFen)} />
              <Statistic title={t('profile.points')} value={figures.points} />
            </Flex>
            {figures.expiringSoon > 0 && (
              <Typography.Paragraph style={{ marginTop: 12 }}>
                {t('profile.expiringSoon', { count: figures.expiringSoon })}
              </Typography.Paragraph>
            )}
            <Typography.Paragraph style={{ marginTop: 12, marginBottom: 4 }}>
              {figures.lastVisitAt === null
                ? t('profile.neverVisited')
                : t('profile.lastVisit', { time: formatTime(figures.lastVisitAt) })}
            </Typography.Paragraph>
            {figures.next ? (
              <div>
                <Typography.Text>
                  {t(
                    figures.next.tier.basis === 'pointsEarned'
                      ? 'profile.nextTierPoints'
                      : 'profile.nextTierSpent',
                    {
                      tier: localName(figures.next.tier.name),
                      points: figures.next.missing,
                      amount: formatFen(figures.next.missing),
                    },
                  )}
                </Typography.Text>
                <Progress
                  percent={Math.round(figures.next.progress * 100)}
                  aria-label={t('profile.tierProgress')}
                  strokeColor="#0958d9"
                />
              </div>
            ) : (
              figures.tier && <Typography.Text>{t('profile.topTier')}</Typography.Text>
            )}
            {figures.tier && (figures.tier.benefit.zh || figures.tier.discountPercent) && (
              <Typography.Paragraph
                type="secondary"
                style={{ marginTop: 8, color: 'rgba(0,0,0,0.65)' }}
              >
                {[
                  localName({
                    zh: figures.tier.benefit.zh ?? '',
                    en: figures.tier.benefit.en ?? null,
                  }),
                  figures.tier.discountPercent
                    ? t('charge.discountText', { percent: figures.tier.discountPercent })
                    : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Paragraph>
            )}
          </Card>
        </Col>
      </Row>
      <CustomerBookings memberIds={account.memberIds} />
      <CustomerCardSales memberIds={account.memberIds} />
      <CustomerVouchers memberIds={account.memberIds} />
      <History
        account={account}
        fileName={`${erased ? pseudonymOf(customer.id) : name}-history.csv`}
        onReverse={(row, description) => setDialog({ kind: 'reverse', row, description })}
      />
      {dialog?.kind === 'charge' && <ChargeDialog accountId={customer.id} onClose={close} />}
      {dialog?.kind === 'topUp' && (
        <TopUpDialog customerId={customer.id} clock={clock} onClose={close} />
      )}
      {dialog?.kind === 'sellCard' && (
        <SellCardDialog customer={{ id: customer.id, name }} clock={clock} onClose={close} />
      )}
      {dialog?.kind === 'edit' && (
        <CustomerDialog
          editing={{ id: customer.id, personal, consent: customer.consent }}
          onClose={close}
        />
      )}
      {dialog?.kind === 'refund' && (
        <RefundDialog
          customerId={customer.id}
          refundableFen={refundablePrincipal(figures.balance)}
          clock={clock}
          onClose={close}
        />
      )}
      {dialog?.kind === 'adjust' && (
        <AdjustPointsDialog
          customerId={customer.id}
          points={figures.points}
          clock={clock}
          onClose={close}
        />
      )}
      {dialog?.kind === 'reverse' && dialog.row.ledger !== 'sales' && (
        <ReverseDialog
          entry={
            dialog.row.ledger === 'storedValue'
              ? { table: 'storedValue', row: dialog.row.entry }
              : { table: 'points', row: dialog.row.entry }
          }
          description={dialog.description}
          clock={clock}
          onClose={close}
        />
      )}
    </Flex>
  );
}
