/**
 * The pre-publish checks' findings where they are: a mark on a block in the list (how many
 * problems, red when one must be fixed) and the sentences above the block's or the theme's
 * properties, so a shop owner sees what to fix while editing, not only when publishing.
 */
import { Alert, Flex, Tag, Tooltip } from 'antd';
import { ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Problem } from '@domain/storefront/checks';
import { tagProps } from '../versions/tag-colours';

const hasError = (problems: readonly Problem[]) =>
  problems.some((problem) => problem.severity === 'error');

export function ProblemMark({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation('storefront');
  if (problems.length === 0) return null;
  const error = hasError(problems);
  const label = t(error ? 'editor.problems.markError' : 'editor.problems.markWarning', {
    count: problems.length,
  });
  return (
    <Tooltip
      title={problems.map((problem) => t(`checks.${problem.code}`, problem.values)).join(' ')}
    >
      <Tag
        {...tagProps(error ? 'red' : 'gold')}
        icon={error ? <ExclamationCircleOutlined /> : <WarningOutlined />}
      >
        {label}
      </Tag>
    </Tooltip>
  );
}

export function ProblemNotes({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation('storefront');
  if (problems.length === 0) return null;
  return (
    <Flex
      vertical
      gap={6}
      role="list"
      aria-label={t('editor.problems.title')}
      style={{ marginBottom: 12 }}
    >
      {problems.map((problem, i) => (
        <Alert
          key={`${problem.code}-${i}`}
          role="listitem"
          type={problem.severity === 'error' ? 'error' : 'warning'}
          showIcon
          title={t(`checks.${problem.code}`, problem.values)}
        />
      ))}
    </Flex>
  );
}
