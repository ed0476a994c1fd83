import { useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LocalizedName } from '@domain/menu/schema';
import type { ShopClock } from '@domain/menu/shop-clock';
import { termsAreLocked } from '@domain/offers/offer-terms';
import { MAX_OFFER_PHOTOS, type Offer } from '@domain/offers/schema';
import { newId } from '@domain/ids';
import { businessDate } from '@domain/time';
import { showFormProblems } from '../components/form-values';
import { PhotoField } from '../menu/photos/PhotoField';
import { useDayparts, useItems } from '../menu/use-menu';
import { useRun } from '../menu/use-run';
import { useNow } from '../time/use-now';
import { useActiveVendor } from '../vendors/use-vendor';
import { saveOffer } from './offer-actions';
import {
  newOfferBase,
  newOfferValues,
  offerFromValues,
  offerValues,
  type OfferValues,
} from './offer-values';
import { OfferPreview } from './preview/OfferPreview';
import { useOfferPhotos } from './use-offer-photos';

interface Props {
  /** Null: a new offer. */
  offer: Offer | null;
  clock: ShopClock;
  onClose: () => void;
}

const weekdayValues = [1, 2, 3, 4, 5, 6, 7] as const;

/** The offer the form's values and photos make, as of now (a new one gets its dates now). */
function offerFromForm(
  values: OfferValues,
  offer: Offer | null,
  photos: { id: string; hashes: string[] },
  clock: ShopClock,
) {
  const now = Date.now();
  const base = { ...(offer ?? newOfferBase(now)), id: photos.id, photoHashes: photos.hashes };
  return offerFromValues(values, base, clock, now);
}

/**
 * 编辑团购: the offer's words, contents, price and group, sale window, validity, usage rules and
 * refund policy, beside a live preview of the card the customer will see. Once the offer has been
 * on sale, the terms buyers paid for are read-only and the form says why; its words and photos
 * stay editable (they do not change what was bought).
 */
export function OfferEditor({ offer, clock, onClose }: Props) {
  const { t, i18n } = useTranslation('offers');
  const { db } = useActiveVendor();
  const { message, modal } = App.useApp();
  const run = useRun();
  const items = useItems();
  const dayparts = useDayparts();
  const [form] = Form.useForm<OfferValues>();
  const [saving, setSaving] = useState(false);
  const [offerId] = useState(() => offer?.id ?? newId());
  const photos = useOfferPhotos(db, offerId, offer?.photoHashes ?? []);
  const now = useNow();
  const today = businessDate(now, clock.timeZone, clock.cutoffMinutes);
  const initialValues = useMemo(
    () => (offer ? offerValues(offer, clock) : newOfferValues(today)),
    // The form starts from these once; a new day does not reset what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [offer, clock],
  );
  const values = (Form.useWatch([], form) as OfferValues | undefined) ?? initialValues;
  const locked = offer !== null && termsAreLocked(offer);
  const language = i18n.language;
  const itemName = (name: LocalizedName) =>
    language.startsWith('en') && name.en ? name.en : name.zh;

  const submit = async () => {
    const typed = form.getFieldsValue(true) as OfferValues;
    const parsed = offerFromForm(typed, offer, { id: offerId, hashes: photos.hashes }, clock);
    if (!parsed.ok) return showFormProblems(form, parsed.problems, t, 'editor.errors');
    setSaving(true);
    const result = await run(() => saveOffer(db, parsed.value));
    setSaving(false);
    if (!result) return;
    if (!result.ok) {
      message.error(t('editor.locked', { date: lockedDate }));
      return;
    }
    message.success(t('list.saved', { title: parsed.value.title.zh }));
    await photos.settle();
    onClose();
  };
  const lockedDate =
    offer?.firstOnSaleAt != null
      ? businessDate(offer.firstOnSaleAt, clock.timeZone, clock.cutoffMinutes)
      : '';
  const close = () => {
    const leave = () => void photos.settle().finally(onClose);
    if (!form.isFieldsTouched() && !photos.changed) return leave();
    modal.confirm({
      title: t('menu:form.discardTitle'),
      content: t('menu:form.discardBody'),
      okText: t('menu:form.discard'),
      okButtonProps: { danger: true },
      onOk: leave,
    });
  };
  const section = (key: string) => (
    <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
      {t(`editor.sections.${key}`)}
    </Typography.Title>
  );

  return (
    <Drawer
      open
      size={1080}
      title={offer ? t('editor.editTitle') : t('editor.addTitle')}
      onClose={close}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={close}>{t('common:actions.cancel')}</Button>
          <Button
            type="primary"
            loading={saving}
            disabled={photos.busy > 0}
            onClick={() => void submit()}
          >
            {t('editor.save')}
          </Button>
        </Flex>
      }
    >
      <Row gutter={24} wrap={false}>
        <Col flex="auto">
          <Form<OfferValues>
            form={form}
            layout="vertical"
            initialValues={initialValues}
            onFinish={() => void submit()}
            // A field's problem goes once it is changed; saving checks everything again.
            onValuesChange={(changed: Partial<OfferValues>) =>
              form.setFields(
                Object.keys(changed).map((name) => ({
                  name: name as keyof OfferValues,
                  errors: [],
                })),
              )
            }
          >
            {locked && (
              <Alert type="info" showIcon title={t('editor.locked', { date: lockedDate })} />
            )}
            {section('basics')}
            <Form.Item name="kind" label={t('editor.kind')}>
              <Radio.Group disabled={locked}>
                <Radio value="deal">{t('editor.kinds.deal')}</Radio>
                <Radio value="visitCard">{t('editor.kinds.visitCard')}</Radio>
              </Radio.Group>
            </Form.Item>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="titleZh" label={t('editor.titleZh')} required>
                  <Input maxLength={80} autoFocus />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="titleEn" label={t('editor.titleEn')}>
                  <Input maxLength={80} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="descriptionZh" label={t('editor.descriptionZh')}>
                  <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="descriptionEn" label={t('editor.descriptionEn')}>
                  <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
                </Form.Item>
              </Col>
            </Row>
            <PhotoField
              label={t('photos.label')}
              extra={t('photos.help', { max: MAX_OFFER_PHOTOS })}
              ids={photos.hashes}
              busy={photos.busy}
              max={MAX_OFFER_PHOTOS}
              onAdd={photos.add}
              onRemove={photos.remove}
              onMove={photos.move}
            />
            <Typography.Text strong>{t('editor.lines')}</Typography.Text>
            <Form.List name="lines">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => {
                    const kind = values.lines?.[field.name]?.kind ?? 'text';
                    return (
                      <Flex key={field.key} gap={8} align="start" wrap>
                        <Form.Item
                          name={[field.name, 'kind']}
                          label={t('editor.lineKind')}
                          style={{ width: 160 }}
                        >
                          <Select
                            disabled={locked}
                            options={(['item', 'text'] as const).map((value) => ({
                              value,
                              label: t(`editor.lineKinds.${value}`),
                            }))}
                          />
                        </Form.Item>
                        {kind === 'item' ? (
                          <>
                            <Form.Item
                              name={[field.name, 'itemId']}
                              label={t('editor.lineItem')}
                              style={{ width: 220 }}
                            >
                              <Select
                                showSearch={{ optionFilterProp: 'label' }}
                                disabled={locked}
                                options={(items ?? []).map((item) => ({
                                  value: item.id,
                                  label: itemName(item.name),
                                }))}
                              />
                            </Form.Item>
                            <Form.Item
                              name={[field.name, 'quantity']}
                              label={t('editor.lineQuantity')}
                              initialValue={1}
                            >
                              <InputNumber min={1} max={99} precision={0} disabled={locked} />
                            </Form.Item>
                          </>
                        ) : (
                          <>
                            <Form.Item
                              name={[field.name, 'textZh']}
                              label={t('editor.lineTextZh')}
                              style={{ width: 200 }}
                            >
                              <Input maxLength={80} disabled={locked} />
                            </Form.Item>
                            <Form.Item
                              name={[field.name, 'textEn']}
                              label={t('editor.lineTextEn')}
                              style={{ width: 200 }}
                            >
                              <Input maxLength={80} disabled={locked} />
                            </Form.Item>
                          </>
                        )}
                        {fields.length > 1 && !locked && (
                          <Button
                            type="text"
                            icon={<MinusCircleOutlined />}
                            aria-label={t('editor.removeLine')}
                            style={{ marginTop: 30 }}
                            onClick={() => remove(field.name)}
                          />
                        )}
                      </Flex>
                    );
                  })}
                  {!locked && (
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() => add({ kind: 'text', textZh: '', textEn: '' })}
                    >
                      {t('editor.addLine')}
                    </Button>
                  )}
                </>
              )}
            </Form.List>

            {section('terms')}
            <Flex gap={12} wrap>
              <Form.Item name="price" label={t('editor.price')} required>
                <Input prefix="¥" inputMode="decimal" style={{ width: 160 }} disabled={locked} />
              </Form.Item>
              <Form.Item name="originalPrice" label={t('editor.originalPrice')}>
                <Input prefix="¥" inputMode="decimal" style={{ width: 160 }} disabled={locked} />
              </Form.Item>
              <Form.Item name="usesPerVoucher" label={t('editor.usesPerVoucher')}>
                <InputNumber min={1} max={100} precision={0} disabled={locked} />
              </Form.Item>
            </Flex>
            {values.kind !== 'visitCard' && (
              <Flex gap={12} wrap>
                <Form.Item
                  name="groupSize"
                  label={t('editor.groupSize')}
                  extra={t('editor.groupSizeHint')}
                  style={{ maxWidth: 360 }}
                >
                  <InputNumber min={1} max={50} precision={0} disabled={locked} />
                </Form.Item>
                {values.groupSize > 1 && (
                  <Form.Item name="groupHours" label={t('editor.groupHours')}>
                    <InputNumber min={1} max={336} precision={0} disabled={locked} />
                  </Form.Item>
                )}
              </Flex>
            )}
            <Flex gap={12} wrap>
              <Form.Item name="stock" label={t('editor.stock')}>
                <InputNumber
                  min={1}
                  max={1_000_000}
                  precision={0}
                  placeholder={t('editor.noLimit')}
                />
              </Form.Item>
              <Form.Item name="perCustomerLimit" label={t('editor.perCustomerLimit')}>
                <InputNumber min={1} max={100} precision={0} placeholder={t('editor.noLimit')} />
              </Form.Item>
              <Form.Item name="saleFrom" label={t('editor.saleFrom')}>
                <Input type="date" style={{ width: 170 }} disabled={locked} />
              </Form.Item>
              <Form.Item
                name="saleUntil"
                label={t('editor.saleUntil')}
                extra={t('editor.saleUntilHint')}
              >
                <Input type="date" style={{ width: 170 }} />
              </Form.Item>
            </Flex>

            {section('validity')}
            <Form.Item name="validityKind" label={t('editor.validityKind')}>
              <Radio.Group disabled={locked}>
                <Radio value="afterPurchase">{t('editor.validityKinds.afterPurchase')}</Radio>
                <Radio value="fixed">{t('editor.validityKinds.fixed')}</Radio>
              </Radio.Group>
            </Form.Item>
            {values.validityKind === 'fixed' ? (
              <Flex gap={12}>
                <Form.Item name="validFrom" label={t('editor.validFrom')}>
                  <Input type="date" style={{ width: 170 }} disabled={locked} />
                </Form.Item>
                <Form.Item name="validUntil" label={t('editor.validUntil')}>
                  <Input type="date" style={{ width: 170 }} disabled={locked} />
                </Form.Item>
              </Flex>
            ) : (
              <Form.Item name="validDays" label={t('editor.validDays')}>
                <InputNumber min={1} max={3650} precision={0} disabled={locked} />
              </Form.Item>
            )}

            {section('usage')}
            <Form.Item
              name="weekdays"
              label={t('editor.weekdays')}
              extra={t('editor.weekdaysHint')}
            >
              <Checkbox.Group
                disabled={locked}
                options={weekdayValues.map((day) => ({
                  value: day,
                  label: t(`preview.weekdayNames.${day}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="daypartIds"
              label={t('editor.dayparts')}
              extra={t('editor.daypartsHint')}
            >
              <Select
                mode="multiple"
                disabled={locked}
                options={(dayparts ?? []).map((daypart) => ({
                  value: daypart.id,
                  label: itemName(daypart.name),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="excludedDates"
              label={t('editor.excludedDates')}
              extra={t('editor.excludedDatesHint')}
            >
              <Select mode="tags" open={false} disabled={locked} tokenSeparators={[',', ' ']} />
            </Form.Item>
            <Flex gap={24} wrap align="center">
              <Form.Item name="usesPerVisit" label={t('editor.usesPerVisit')}>
                <InputNumber min={1} max={99} precision={0} disabled={locked} />
              </Form.Item>
              <Form.Item name="combinable" label={t('editor.combinable')} valuePropName="checked">
                <Switch disabled={locked} />
              </Form.Item>
              <Form.Item
                name="bookingRequired"
                label={t('editor.bookingRequired')}
                valuePropName="checked"
              >
                <Switch disabled={locked} />
              </Form.Item>
            </Flex>

            {section('refund')}
            <Flex gap={24} wrap>
              <Form.Item
                name="refundBeforeUse"
                label={t('editor.refundBeforeUse')}
                valuePropName="checked"
              >
                <Switch disabled={locked} />
              </Form.Item>
              <Form.Item
                name="autoRefundExpired"
                label={t('editor.autoRefundExpired')}
                valuePropName="checked"
              >
                <Switch disabled={locked} />
              </Form.Item>
            </Flex>
          </Form>
        </Col>
        <Col flex="400px">
          <OfferPreview
            values={values}
            photoHashes={photos.hashes}
            items={items ?? []}
            dayparts={dayparts ?? []}
          />
        </Col>
      </Row>
    </Drawer>
  );
}
