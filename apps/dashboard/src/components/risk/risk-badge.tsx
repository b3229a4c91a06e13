import type { OrderRisk, RiskLevel } from '@bosonline/contracts';
import { Badge, type MantineColor, Tooltip } from '@mantine/core';
import { useT } from '../../i18n/i18n.tsx';

const colors: Record<RiskLevel, MantineColor> = { low: 'green', medium: 'yellow', high: 'red' };

/** The order's COD risk in a list row: level and score, its top reason on hover. */
export function RiskBadge({ risk }: { risk: OrderRisk }) {
  const t = useT();
  if (!risk) return null;
  const top = risk.reasons[0];
  const badge = (
    // Light variant: dark text on a pale fill keeps the contrast readable (axe).
    <Badge color={colors[risk.level]} variant="light" style={{ flexShrink: 0 }}>
      {`${t.risk.shortLevel[risk.level]} · ${Math.round(risk.score * 100)}`}
    </Badge>
  );
  if (!top) return badge;
  return (
    <Tooltip label={t.lang === 'en' ? top.en : top.id} withArrow>
      {badge}
    </Tooltip>
  );
}

export { colors as riskColors };
