import { useTranslation } from 'react-i18next';
import type { CouncilRating } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';

const COLOR = { effective: 'green', partly_effective: 'orange', ineffective: 'red' } as const;

/** A council's effectiveness rating, in words (the colour only repeats them). */
export function RatingTag({ rating }: { rating: CouncilRating }) {
  const { t } = useTranslation();
  return (
    <span data-rating={rating}>
      <Tag color={COLOR[rating]}>{t(`registers.councils.ratings.${rating}`)}</Tag>
    </span>
  );
}
