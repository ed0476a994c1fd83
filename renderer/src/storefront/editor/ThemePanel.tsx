/**
 * The page's theme: its colours (with a live warning when text or buttons would be hard to read,
 * by WCAG contrast), corner style, text size, and the logo and cover photos the header shows.
 */
import { useEffect, useState } from 'react';
import { Alert, Flex, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  BODY_TEXT_CONTRAST,
  LARGE_TEXT_CONTRAST,
  contrastRatio,
} from '@domain/storefront/contrast';
import { colourSchema, type ThemeFields } from '@domain/storefront/schema';
import { BlockPhotos } from './BlockPhotos';

/** How long a colour rests before it is saved (a colour picker fires while it is dragged). */
const COLOUR_SAVE_DELAY_MS = 400;

type Colour = 'primary' | 'background' | 'text';

function ColourField({
  field,
  value,
  onChange,
}: {
  field: Colour;
  value: string;
  onChange: (colour: string) => void;
}) {
  const { t } = useTranslation('storefront');
  const [local, setLocal] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setLocal(value);
  }
  const valid = colourSchema.safeParse(local.toLowerCase()).success;
  useEffect(() => {
    const colour = local.toLowerCase();
    if (colour === value || !colourSchema.safeParse(colour).success) return;
    const timer = setTimeout(() => onChange(colour), COLOUR_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [local, value, onChange]);
  const label = t(`editor.theme.${field}`);
  return (
    <Form.Item
      label={label}
      htmlFor={`sf-theme-${field}`}
      validateStatus={valid ? undefined : 'error'}
      help={valid ? undefined : t('editor.theme.badColour')}
      style={{ marginBottom: 8 }}
    >
      <Flex gap={6} align="center">
        <input
          type="color"
          aria-label={t('editor.theme.pick', { label })}
          value={valid ? local.toLowerCase() : value}
          onChange={(event) => setLocal(event.target.value)}
          style={{
            width: 36,
            height: 32,
            padding: 0,
            border: '1px solid #d9d9d9',
            borderRadius: 6,
          }}
        />
        <Input
          id={`sf-theme-${field}`}
          value={local}
          maxLength={7}
          onChange={(event) => setLocal(event.target.value)}
          style={{ width: 110 }}
        />
      </Flex>
    </Form.Item>
  );
}

export function ThemePanel({
  ownerId,
  theme,
  onEdit,
}: {
  ownerId: string;
  theme: ThemeFields;
  onEdit: (fields: Partial<ThemeFields>) => void;
}) {
  const { t } = useTranslation('storefront');
  const body = contrastRatio(theme.text, theme.background);
  const button = contrastRatio(theme.primary, theme.background);
  const ratio = (n: number) => n.toFixed(1);
  return (
    <Form layout="vertical" component="div">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('editor.theme.help')}
      </Typography.Paragraph>
      <Flex gap={8} wrap>
        {(['primary', 'background', 'text'] as const).map((field) => (
          <ColourField
            key={field}
            field={field}
            value={theme[field]}
            onChange={(colour) => onEdit({ [field]: colour })}
          />
        ))}
      </Flex>
      <div aria-live="polite">
        {body < BODY_TEXT_CONTRAST && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            title={t('editor.theme.lowTextContrast', {
              ratio: ratio(body),
              need: BODY_TEXT_CONTRAST,
            })}
          />
        )}
        {button < LARGE_TEXT_CONTRAST && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            title={t('editor.theme.lowPrimaryContrast', {
              ratio: ratio(button),
              need: LARGE_TEXT_CONTRAST,
            })}
          />
        )}
      </div>
      <Form.Item label={t('editor.theme.corner')} style={{ marginBottom: 8 }}>
        <Radio.Group
          aria-label={t('editor.theme.corner')}
          value={theme.corner}
          onChange={(event) => onEdit({ corner: event.target.value })}
          optionType="button"
          options={(['square', 'rounded', 'pill'] as const).map((corner) => ({
            value: corner,
            label: t(`editor.theme.corners.${corner}`),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('editor.theme.textSize')} style={{ marginBottom: 8 }}>
        <Radio.Group
          aria-label={t('editor.theme.textSize')}
          value={theme.textSize}
          onChange={(event) => onEdit({ textSize: event.target.value })}
          optionType="button"
          options={(['small', 'medium', 'large'] as const).map((size) => ({
            value: size,
            label: t(`editor.theme.sizes.${size}`),
          }))}
        />
      </Form.Item>
      <BlockPhotos
        ownerId={ownerId}
        label={t('editor.theme.logo')}
        extra={t('editor.theme.logoHelp')}
        hashes={theme.logo ? [theme.logo] : []}
        max={1}
        onChange={(hashes) => onEdit({ logo: hashes[0] ?? null })}
      />
      <BlockPhotos
        ownerId={ownerId}
        label={t('editor.theme.cover')}
        extra={t('editor.theme.coverHelp')}
        hashes={theme.cover ? [theme.cover] : []}
        max={1}
        onChange={(hashes) => onEdit({ cover: hashes[0] ?? null })}
      />
    </Form>
  );
}
