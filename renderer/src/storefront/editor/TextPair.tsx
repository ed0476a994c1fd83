/**
 * A shop-written text in both languages, side by side. What is typed is saved when the field
 * loses focus or after a pause in typing, not per keystroke; a change from elsewhere (an undo,
 * another desk) shows when the field is not being typed in.
 */
import { useEffect, useRef, useState } from 'react';
import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PageText } from '@domain/storefront/schema';

/** How long typing pauses before what was typed is saved. */
export const TEXT_SAVE_DELAY_MS = 800;

function LanguageInput({
  id,
  label,
  value,
  multiline,
  onCommit,
}: {
  id: string;
  label: string;
  value: string;
  multiline: boolean;
  onCommit: (text: string) => void;
}) {
  const [local, setLocal] = useState(value);
  const [seen, setSeen] = useState(value);
  const [typing, setTyping] = useState(false);
  if (value !== seen) {
    setSeen(value);
    if (!typing) setLocal(value);
  }
  useEffect(() => {
    if (local === value) return;
    const timer = setTimeout(() => onCommit(local), TEXT_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [local, value, onCommit]);
  const props = {
    id,
    value: local,
    maxLength: 2000,
    onFocus: () => setTyping(true),
    onBlur: () => {
      setTyping(false);
      if (local !== value) onCommit(local);
    },
  };
  return (
    <Form.Item label={label} htmlFor={id} style={{ marginBottom: 8 }}>
      {multiline ? (
        <Input.TextArea
          {...props}
          autoSize={{ minRows: 2, maxRows: 8 }}
          onChange={(event) => setLocal(event.target.value)}
        />
      ) : (
        <Input {...props} onChange={(event) => setLocal(event.target.value)} />
      )}
    </Form.Item>
  );
}

export function TextPair({
  id,
  label,
  value,
  multiline = false,
  onChange,
}: {
  id: string;
  label: string;
  value: PageText;
  multiline?: boolean;
  onChange: (text: PageText) => void;
}) {
  const { t } = useTranslation('storefront');
  // The latest text, the other language's commit included as soon as it is made: the second
  // language saved before the first one's write comes back from the store would otherwise carry
  // the first one's old text and wipe what was just typed there.
  const current = useRef(value);
  useEffect(() => {
    current.current = value;
  }, [value]);
  const commit = (part: Partial<PageText>) => {
    current.current = { ...current.current, ...part };
    onChange(current.current);
  };
  return (
    <Row gutter={8}>
      <Col span={12}>
        <LanguageInput
          id={`${id}-zh`}
          label={t('editor.fields.inZh', { label })}
          value={value.zh}
          multiline={multiline}
          onCommit={(zh) => commit({ zh })}
        />
      </Col>
      <Col span={12}>
        <LanguageInput
          id={`${id}-en`}
          label={t('editor.fields.inEn', { label })}
          value={value.en}
          multiline={multiline}
          onCommit={(en) => commit({ en })}
        />
      </Col>
    </Row>
  );
}
