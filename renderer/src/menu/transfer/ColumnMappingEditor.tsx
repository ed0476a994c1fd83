import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { mappableFields, requiredMappedFields, type ColumnMapping } from '@domain/menu/csv/mapping';

interface ColumnMappingEditorProps {
  headers: string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

/** For a spreadsheet in no known layout: which column holds each field (name and price required). */
export function ColumnMappingEditor({ headers, mapping, onChange }: ColumnMappingEditorProps) {
  const { t } = useTranslation('menu');
  const columns = headers.map((header, index) => ({
    value: index,
    label: header || t('import.mapping.unnamed', { n: index + 1 }),
  }));
  return (
    <Form layout="vertical">
      <Row gutter={12}>
        {mappableFields.map((field) => (
          <Col span={6} key={field}>
            <Form.Item
              label={t(`import.mapping.fields.${field}`)}
              required={requiredMappedFields.includes(field)}
              htmlFor={`map-${field}`}
            >
              <Select
                id={`map-${field}`}
                allowClear
                // A file may have dozens of columns ("Price [Main St]"…): type to find one.
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('import.mapping.none')}
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
