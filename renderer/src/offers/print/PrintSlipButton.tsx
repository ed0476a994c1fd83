/**
 * 打印核销单: a button beside a redemption that shows its slip and opens the browser's print
 * dialog with only the slip on the page. Who redeemed is known while the change waits in this
 * desk's outbox (its actor), or, right after redeeming at the desk, the member at the desk; a
 * slip printed later from another desk's entry leaves that line out.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Button, Modal } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ShopClock } from '@domain/menu/shop-clock';
import type { Redemption } from '@domain/offers/schema';
import { useDeskState } from '../../staff/use-staff';
import { useActiveVendor, useVendorProfile } from '../../vendors/use-vendor';
import { inLanguage } from '../preview/offer-card-text';
import { RedemptionSlip, slipStyles, type SlipContent } from './RedemptionSlip';
import { maskVoucherCode, slipFacts } from './slip-facts';

const PRINTING = 'printing-offer-slip';

function useSlip(redemption: Redemption, open: boolean, atDesk: boolean): SlipContent | undefined {
  const { i18n } = useTranslation('offers');
  const { db } = useActiveVendor();
  const profile = useVendorProfile();
  const desk = useDeskState();
  const read = useLiveQuery(async () => {
    if (!open) return null;
    const [voucher, offer, entries, pending] = await Promise.all([
      db.voucher.get(redemption.voucherId),
      db.offer.get(redemption.offerId),
      db.redemption.where('voucherId').equals(redemption.voucherId).toArray(),
      db.outbox.toArray(),
    ]);
    const change = pending.find(
      (entry) =>
        (entry.args as { redemption?: { id?: string } } | null)?.redemption?.id === redemption.id,
    );
    const actor = change?.actorStaffId ? await db.staffMember.get(change.actorStaffId) : undefined;
    return { voucher: voucher ?? null, offer: offer ?? null, entries, actor: actor?.name ?? null };
  }, [db, redemption, open]);
  if (!read || !profile) return undefined;
  return {
    shopName: profile.name,
    offerTitle: read.offer ? inLanguage(read.offer.title, i18n.language) : '',
    by: read.actor ?? (atDesk ? (desk?.member?.name ?? null) : null),
    facts: slipFacts(redemption, read.voucher, read.entries),
  };
}

export function PrintSlipButton({
  redemption,
  clock,
  atDesk = false,
  short = false,
}: {
  redemption: Redemption;
  clock: ShopClock;
  /** Just redeemed at this desk: the member at the desk redeemed it. */
  atDesk?: boolean;
  /** In a table row: the button says only 打印 / Print. */
  short?: boolean;
}) {
  const { t } = useTranslation('offers');
  const [open, setOpen] = useState(false);
  const printed = useRef(false);
  const slip = useSlip(redemption, open, atDesk);

  // While the preview is open, printing the page prints the slip alone.
  useEffect(() => {
    if (!open) return;
    document.body.classList.add(PRINTING);
    return () => document.body.classList.remove(PRINTING);
  }, [open]);
  // The print dialog once the slip is on the page (the preview's button prints again).
  const ready = open && slip !== undefined;
  useEffect(() => {
    if (!ready || printed.current) return;
    printed.current = true;
    window.print();
  }, [ready]);

  return (
    <>
      <Button
        icon={<PrinterOutlined aria-hidden />}
        aria-label={t('slip.printNamed', { code: maskVoucherCode(redemption.code) })}
        onClick={() => {
          printed.current = false;
          setOpen(true);
        }}
      >
        {t(short ? 'slip.printShort' : 'slip.print')}
      </Button>
      {open && slip ? (
        <>
          <Modal
            open
            title={t('slip.dialogTitle')}
            onCancel={() => setOpen(false)}
            footer={[
              <Button key="close" onClick={() => setOpen(false)}>
                {t('slip.close')}
              </Button>,
              <Button key="print" type="primary" onClick={() => window.print()}>
                {t('slip.print')}
              </Button>,
            ]}
          >
            <style>{slipStyles}</style>
            <RedemptionSlip slip={slip} clock={clock} />
          </Modal>
          {createPortal(
            <div className="offer-slip-print">
              <RedemptionSlip slip={slip} clock={clock} />
            </div>,
            document.body,
          )}
        </>
      ) : null}
    </>
  );
}
