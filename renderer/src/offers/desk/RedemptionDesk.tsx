/**
 * The redemption desk (核销台): one input with the focus, for a typed code, a keyboard-wedge
 * scan or a scanned QR text. Enter looks the voucher up in what this desktop knows and shows it,
 * with whether it can be used now; Enter again (or the button) redeems one use. The entry just
 * made can be undone from here within the shop's undo window. A genuine QR (or, if the shop
 * accepts them, a typed code) whose voucher has not reached this desk is taken as unverified
 * (decision.ts), the platform confirming it when it arrives.
 */
import {
  Badge,
  Alert,
  App,
  Button,
  Descriptions,
  Flex,
  Input,
  Typography,
  type InputRef,
} from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultOfferSettings, type Offer, type Redemption } from '@domain/offers/schema';
import { businessDate } from '@domain/time';
import type { ShopClock } from '@domain/menu/shop-clock';
import {
  formatVoucherCode,
  stripVoucherCodeSeparators,
  voucherCodeInputState,
} from '@domain/vouchers/code';
import { isVoucherQrText } from '@domain/vouchers/signature';
import { maskPhone } from '@domain/customers/phone';
import { StoreError } from '../../db/errors';
import { useDayparts, useItems } from '../../menu/use-menu';
import { useActiveVendor } from '../../vendors/use-vendor';
import { customerName } from '../../customers/display';
import { inLanguage } from '../preview/offer-card-text';
import { deskDecision, type DeskDecision } from './decision';
import {
  lookUpVoucher,
  redeem,
  redeemUnverified,
  unverifiedTakenOn,
  type LookedUp,
} from './desk-actions';
import { WedgeTracker, type EntryHow } from './scanner';
import { refusalText, shopTime } from './texts';
import { UndoButton } from './UndoButton';
import { UnverifiedVoucher } from './UnverifiedVoucher';
import { PrintSlipButton } from '../print/PrintSlipButton';
import { CameraScanner } from './camera/CameraScanner';

interface Shown {
  text: string;
  looked: LookedUp;
  decision: DeskDecision;
  how: EntryHow | 'camera';
  customer: string | null;
}

export function RedemptionDesk({ clock, online }: { clock: ShopClock; online: boolean }) {
  const { t, i18n } = useTranslation('offers');
  const language = i18n.language;
  const { message } = App.useApp();
  const { db, vendorId } = useActiveVendor();
  const dayparts = useDayparts();
  const items = useItems();
  const settings = useLiveQuery(() => db.offerSettings.get('shop'), [db]) ?? defaultOfferSettings;
  const [text, setText] = useState('');
  const [shown, setShown] = useState<Shown | null>(null);
  const [notACode, setNotACode] = useState(false);
  const [done, setDone] = useState<{ redemption: Redemption; title: string } | null>(null);
  /** For an unknown typed code taken at the shop's risk: the offer the cashier named. */
  const [namedOffer, setNamedOffer] = useState<Offer | null>(null);
  const tracker = useMemo(() => new WedgeTracker(), []);
  const input = useRef<InputRef>(null);
  const pendingEnter = useRef(false);
  const busy = useRef(false);

  useEffect(() => input.current?.focus(), []);

  const codeState =
    isVoucherQrText(text) || text.trim() === '' ? null : voucherCodeInputState(text);
  const digits = stripVoucherCodeSeparators(text).length;

  async function lookUp(how: EntryHow | 'camera', entered = text) {
    const looked = await lookUpVoucher(db, vendorId, entered);
    setDone(null);
    setNamedOffer(null);
    if (!looked) {
      setShown(null);
      setNotACode(true);
      return;
    }
    setNotACode(false);
    const now = Date.now();
    const decision = deskDecision({
      ...looked,
      online,
      unverifiedToday: await unverifiedTakenOn(
        db,
        businessDate(now, clock.timeZone, clock.cutoffMinutes),
      ),
      now,
      clock,
      dayparts: dayparts ?? [],
    });
    let customer: string | null = null;
    if (looked.voucher) {
      const [record, personal] = await Promise.all([
        db.customer.get(looked.voucher.customerId),
        db.customerPersonal.get(looked.voucher.customerId),
      ]);
      if (record || personal) {
        const name = customerName(personal ?? null, Boolean(record?.erasedAt), t);
        customer = personal?.phone ? `${name} ${maskPhone(personal.phone)}` : name;
      }
    }
    setShown({ text: entered, looked, decision, how, customer });
  }

  /** What one more Enter or the button would redeem now, if anything. */
  function ready(): { offerId: string; title: string } | null {
    const decision = shown?.decision;
    if (decision?.kind === 'redeem') {
      return { offerId: decision.offer.id, title: inLanguage(decision.offer.title, language) };
    }
    if (decision?.kind !== 'redeemUnverified') return null;
    const offer = decision.offer ?? namedOffer;
    const offerId = decision.qr?.offerId ?? namedOffer?.id;
    if (!offerId) return null;
    return {
      offerId,
      title: offer ? inLanguage(offer.title, language) : t('desk.unverified.offerUnknown'),
    };
  }

  async function confirm() {
    const chosen = ready();
    if (!shown || !chosen) return;
    const decision = shown.decision;
    try {
      const redemption =
        decision.kind === 'redeem'
          ? await redeem(db, decision.voucher, shown.how, clock)
          : await redeemUnverified(
              db,
              vendorId,
              { code: shown.looked.code, offerId: chosen.offerId },
              shown.how,
              clock,
            );
      setDone({ redemption, title: chosen.title });
      setShown(null);
      setText('');
    } catch (error) {
      if (!(error instanceof StoreError && error.code === 'not_permitted')) {
        void message.error(
          t('desk.failed', { code: error instanceof StoreError ? error.code : 'failed' }),
        );
      }
    }
    input.current?.focus();
  }

  async function onEnter() {
    if (busy.current) return;
    busy.current = true;
    try {
      const how = tracker.enter(Date.now());
      if (shown && shown.text === text && ready()) await confirm();
      else if (text.trim() !== '') await lookUp(how);
    } finally {
      busy.current = false;
    }
  }

  const decision = shown?.decision;
  const voucher = shown?.looked.voucher ?? null;
  const offer = shown?.looked.offer ?? null;
  const itemNames = new Map((items ?? []).map((item) => [item.id, item.name]));
  const includes = offer
    ? offer.lines
        .map((line) =>
          line.kind === 'text'
            ? inLanguage(line.text, language)
            : `${itemNames.has(line.itemId) ? inLanguage(itemNames.get(line.itemId)!, language) : '?'} ×${line.quantity}`,
        )
        .join(language.startsWith('en') ? ', ' : '，')
    : '';
  const usesTaken = shown?.looked.entries.reduce((sum, entry) => sum + entry.uses, 0) ?? 0;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }}>
      <Flex gap={8} align="center">
        <Badge
          status={online ? 'success' : 'warning'}
          text={online ? t('desk.online') : t('desk.offline')}
        />
        <CameraScanner
          onVoucherQr={(qr) => {
            setText(qr);
            input.current?.focus();
            void lookUp('camera', qr);
          }}
        />
      </Flex>
      <label htmlFor="voucher-desk-input">
        <Typography.Text strong>{t('desk.inputLabel')}</Typography.Text>
      </label>
      <Input
        id="voucher-desk-input"
        ref={input}
        size="large"
        autoComplete="off"
        value={text}
        placeholder={t('desk.placeholder')}
        aria-describedby="voucher-desk-state"
        onChange={(event) => {
          const value = event.target.value;
          const added = value.length - text.length;
          if (added > 0) tracker.input(value.slice(-added), Date.now());
          setText(value);
          setNotACode(false);
        }}
        onCompositionEnd={() => {
          // An input method held back an Enter of a scanner: run it now that the text is in.
          if (pendingEnter.current) {
            pendingEnter.current = false;
            setTimeout(() => void onEnter(), 0);
          }
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          if (event.nativeEvent.isComposing) pendingEnter.current = true;
          else void onEnter();
        }}
      />
      <div id="voucher-desk-state" aria-live="polite">
        {codeState && codeState !== 'valid' && codeState !== 'incomplete' ? (
          <Alert type="warning" showIcon message={t(`desk.codeState.${codeState}`)} />
        ) : codeState ? (
          <Typography.Text type="secondary">
            {t(`desk.codeState.${codeState}`, { count: digits })}
          </Typography.Text>
        ) : null}
        {notACode ? <Alert type="warning" showIcon message={t('desk.notACode')} /> : null}
      </div>

      {done ? (
        <Alert
          type="success"
          showIcon
          role="status"
          message={t('desk.redeemed', {
            code: formatVoucherCode(done.redemption.code),
            title: done.title,
          })}
          action={
            <UndoButton
              redemption={done.redemption}
              clock={clock}
              undoWindowMin={settings.undoWindowMin}
              onDone={() => setDone(null)}
            />
          }
        />
      ) : null}
      {done ? <PrintSlipButton redemption={done.redemption} clock={clock} atDesk /> : null}

      {shown && decision ? (
        <section aria-label={t('desk.voucher')}>
          {voucher ? (
            <Descriptions bordered column={1} size="small">
              <Descriptions.Item label={t('desk.voucher')}>
                {formatVoucherCode(voucher.code)}
              </Descriptions.Item>
              {offer ? (
                <>
                  <Descriptions.Item label={t('desk.offer')}>
                    {inLanguage(offer.title, language)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('desk.includes')}>{includes}</Descriptions.Item>
                </>
              ) : null}
              {shown.customer ? (
                <Descriptions.Item label={t('desk.customer')}>{shown.customer}</Descriptions.Item>
              ) : null}
              <Descriptions.Item label={t('desk.usesLeft')}>
                {t('desk.usesLeftValue', {
                  left: Math.max(0, voucher.uses - usesTaken),
                  uses: voucher.uses,
                })}
              </Descriptions.Item>
              <Descriptions.Item label={t('desk.validUntil')}>
                {shopTime(voucher.validUntil, clock, language)}
              </Descriptions.Item>
            </Descriptions>
          ) : null}
          <div style={{ marginTop: 12 }}>
            {decision.kind === 'redeemUnverified' ? (
              <UnverifiedVoucher
                decision={decision}
                online={online}
                clock={clock}
                namedOffer={namedOffer}
                onNameOffer={(offer) => {
                  setNamedOffer(offer);
                  input.current?.focus();
                }}
                canConfirm={ready() !== null}
                onConfirm={() => void confirm()}
              />
            ) : decision.kind === 'redeem' ? (
              <Flex vertical gap={8}>
                <Alert
                  type="info"
                  showIcon
                  message={t('desk.allowedNow')}
                  description={t('desk.confirmHint')}
                />
                <Button type="primary" size="large" onClick={() => void confirm()}>
                  {t('desk.confirm')}
                </Button>
              </Flex>
            ) : (
              <Alert
                type="error"
                showIcon
                role="alert"
                message={refusalText(decision, t, clock, language)}
              />
            )}
          </div>
        </section>
      ) : null}
    </Flex>
  );
}
