/**
 * A customer list from another system's spreadsheet: which column holds what (suggested from the
 * usual Chinese and English headers, changed by the shop in the preview), then one customer per
 * row. The old system's "source" column becomes a tag, since a customer's own source is 'import'.
 */
import type { CsvTable } from '../../csv/parse';
import {
  finishRow,
  phoneCandidatesOfCell,
  readAmount,
  readBirthday,
  readGender,
  readName,
  readNote,
  readPhones,
  readPoints,
  readTags,
} from './fields';
import { blankRow, customerImportFields, type CustomerImportField, type ImportRow } from './row';

/** Column index (in the file's headers) per field; a field left out is not imported. */
export type CustomerColumnMapping = Partial<Record<CustomerImportField, number>>;

const suggestions: Record<CustomerImportField, readonly string[]> = {
  name: [
    '姓名',
    '名字',
    '会员姓名',
    '客户姓名',
    '顾客姓名',
    '会员名',
    '会员名称',
    '客户名称',
    '名称',
    'name',
    'fullname',
    'customername',
    'customer',
  ],
  phone: [
    '手机',
    '手机号',
    '手机号码',
    '会员手机',
    '会员手机号',
    '电话',
    '电话号码',
    '联系电话',
    '联系方式',
    'mobile',
    'mobilephone',
    'phone',
    'phonenumber',
    'tel',
    'telephone',
    'cell',
  ],
  gender: ['性别', 'gender', 'sex'],
  birthday: [
    '生日',
    '出生日期',
    '生日日期',
    '出生年月',
    'birthday',
    'birthdate',
    'dateofbirth',
    'dob',
  ],
  tags: ['标签', '会员标签', '客户标签', 'tags', 'tag', 'labels'],
  note: ['备注', '说明', '会员备注', 'note', 'notes', 'remark', 'remarks', 'memo', 'comment'],
  principal: [
    '储值余额',
    '本金',
    '本金余额',
    '储值本金',
    '卡内余额',
    '充值余额',
    '余额',
    '储值',
    'storedvalue',
    'balance',
    'principal',
  ],
  bonus: [
    '赠送余额',
    '赠送金额',
    '赠金',
    '赠送',
    '赠送储值',
    'bonus',
    'bonusbalance',
    'giftbalance',
  ],
  points: [
    '积分',
    '可用积分',
    '积分余额',
    '剩余积分',
    '当前积分',
    'points',
    'pointbalance',
    'loyaltypoints',
  ],
  source: ['来源', '客户来源', '会员来源', '渠道', 'source', 'channel'],
};

/** Headers compare without case, spaces, underscores, a unit in brackets or a required mark. */
export function normalizeCustomerHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s_\-*:：]/g, '');
}

/** A first guess at the mapping from the headers; each column is used at most once. */
export function suggestCustomerMapping(headers: readonly string[]): CustomerColumnMapping {
  const mapping: CustomerColumnMapping = {};
  const used = new Set<number>();
  const normalized = headers.map(normalizeCustomerHeader);
  for (const field of customerImportFields) {
    const index = normalized.findIndex((h, i) => !used.has(i) && suggestions[field].includes(h));
    if (index !== -1) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

/** A mapping needs a name or a phone column, or no row could become a customer. */
export const mappingIsUsable = (mapping: CustomerColumnMapping): boolean =>
  mapping.name !== undefined || mapping.phone !== undefined;

/** Every record of the table as a customer row; the parser's broken records as skipped rows. */
export function readCustomerTable(table: CsvTable, mapping: CustomerColumnMapping): ImportRow[] {
  // A line of empty cells (Excel writes one for each blank row of a sheet) holds no one.
  const filled = table.rows.filter(({ fields }) => fields.some((field) => field.trim() !== ''));
  const rows = filled.map(({ line, fields }) => {
    const get = (field: CustomerImportField) => {
      const index = mapping[field];
      return index === undefined ? undefined : fields[index];
    };
    const row = blankRow(line);
    readName(row, get('name'));
    readPhones(row, phoneCandidatesOfCell(get('phone')));
    readGender(row, get('gender'));
    readBirthday(row, get('birthday'));
    readTags(row, get('tags'));
    readTags(row, get('source'), 'source');
    readNote(row, get('note'));
    readAmount(row, get('principal'), 'principal');
    readAmount(row, get('bonus'), 'bonus');
    readPoints(row, get('points'));
    return finishRow(row);
  });
  const broken = table.errors.map((error) => {
    const row = blankRow(error.line);
    row.name = error.start;
    row.errors.push({ field: 'row', code: error.code, params: { ...error.params } });
    return row;
  });
  return [...rows, ...broken].sort((a, b) => a.line - b.line);
}
