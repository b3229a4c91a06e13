import type { OrderRisk, RiskLevel } from '@bosonline/contracts';
import { Badge, type MantineColor } from '@mantine/core';
import { useT } from '../../i18n/i18n.tsx';

const colors: Record<RiskLevel, MantineColor> = { low: 'green', medium: 'yellow', high: 'red' };

/**
 * The order's COD risk in a list row: level and score, its top reason on hover. The browser's own
 * tooltip (title): a floating one in every row cost the order list's first load its positioning
 * code and each row a floating element's hooks.
 */
export function RiskBadge({ risk }: { risk: OrderRisk }) {
  const t = useT();
  if (!risk) return null;
  const top = risk.reasons[0];
  return (
    // Light variant: dark text on a pale fill keeps the contrast readable (axe).
    <Badge
      color={colors[risk.level]}
      variant="light"
      style={{ flexShrink: 0 }}
      title={top && (t.lang === 'en' ? top.en : top.id)}
    >
      {`${t.risk.shortLevel[risk.level]} · ${Math.round(risk.score * 100)}`}
    </Badge>
  );
}

export { colors as riskColors };
