import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerColumnMapping } from '@domain/customers/import/csv';
import { customerImportFields } from '@domain/customers/import/row';

interface ColumnMappingProps {
  headers: string[];
  mapping: CustomerColumnMapping;
  onChange: (mapping: CustomerColumnMapping) => void;
}

/** Which column of the spreadsheet holds each field; suggested from the headers, changed by the shop. */
export function ColumnMapping({ headers, mapping, onChange }: ColumnMappingProps) {
  const { t } = useTranslation('customers');
  const columns = headers.map((header, index) => ({
    value: index,
    label: header || t('transfer.import.mapping.unnamed', { n: index + 1 }),
  }));
  return (
    <Form layout="vertical" aria-label={t('transfer.import.mapping.title')}>
      <Row gutter={12}>
        {customerImportFields.map((field) => (
          <Col span={6} key={field}>
            <Form.Item
              label={t(`transfer.import.mapping.fields.${field}`)}
              htmlFor={`customer-map-${field}`}
            >
              <Select
                id={`customer-map-${field}`}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('transfer.import.mapping.none')}
                value={mapping[field]}
                options={columns}
                onChange={(value?: number) => {
                  const next = { ...mapping };
                  if (value === undefined) delete next[field];
                  else next[field] = value;
                  onChange(next);
                }}
              />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </Form>
  );
}
