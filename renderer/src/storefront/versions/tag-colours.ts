/**
 * Ant Design's coloured tags with text dark enough for WCAG AA on their pale backgrounds (the
 * defaults for green, orange and gold fall short): the colour name and the text colour to pass.
 */
export type TagColour = 'green' | 'orange' | 'blue' | 'red' | 'gold' | 'purple';

const darkText: Record<TagColour, string> = {
  green: '#135200',
  orange: '#873800',
  blue: '#003a8c',
  red: '#820014',
  gold: '#614700',
  purple: '#22075e',
};

export const tagProps = (colour: TagColour) => ({
  color: colour,
  style: { color: darkText[colour] },
});
