/**
 * The shop's formatted text (domain/storefront/text-format.ts) as elements: the tree holds no
 * HTML and links only to https:// and tel:, so nothing the shop types becomes markup.
 */
import { Fragment, type ReactElement, type ReactNode } from 'react';
import { parseTextFormat, type Inline, type TextNode } from '../../domain/storefront/text-format';
import { pageTextIn } from '../i18n/page';
import { BlockSection, type BlockProps } from './kit';

function inlines(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.kind) {
      case 'text':
        return <Fragment key={index}>{node.text}</Fragment>;
      case 'break':
        return <br key={index} />;
      case 'bold':
        return <strong key={index}>{inlines(node.children)}</strong>;
      case 'italic':
        return <em key={index}>{inlines(node.children)}</em>;
      case 'link':
        return (
          <a key={index} href={node.href} rel="noopener noreferrer nofollow">
            {inlines(node.children)}
          </a>
        );
    }
  });
}

export function FormattedText({ nodes }: { nodes: readonly TextNode[] }): ReactElement {
  return (
    <>
      {nodes.map((node, index) =>
        node.kind === 'paragraph' ? (
          <p key={index}>{inlines(node.children)}</p>
        ) : (
          <ul key={index}>
            {node.items.map((item, itemIndex) => (
              <li key={itemIndex}>{inlines(item)}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

export function TextBlock({ block, context, t }: BlockProps<'text'>): ReactElement | null {
  const nodes = parseTextFormat(pageTextIn(block.body, context.language));
  if (nodes.length === 0) return null;
  return (
    <BlockSection block={block} className="sf-block sf-text" label={t('text.label')}>
      <FormattedText nodes={nodes} />
    </BlockSection>
  );
}
