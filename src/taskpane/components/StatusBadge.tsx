import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { CheckStatus, EligibilityStatus } from '../../rules/outcome';
import { useT } from '../i18n';
import type { MessageKey } from '../i18n/nl';

const COLORS: Record<EligibilityStatus | CheckStatus, BadgeProps['color']> = {
  geschikt: 'success',
  'niet geschikt': 'danger',
  onvolledig: 'warning',
  voldoet: 'success',
  'voldoet niet': 'danger',
  onbekend: 'warning',
};

const LABELS: Record<EligibilityStatus | CheckStatus, MessageKey> = {
  geschikt: 'status.geschikt',
  'niet geschikt': 'status.nietGeschikt',
  onvolledig: 'status.onvolledig',
  voldoet: 'status.voldoet',
  'voldoet niet': 'status.voldoetNiet',
  onbekend: 'status.onbekend',
};

export function StatusBadge({ status }: { status: EligibilityStatus | CheckStatus }) {
  const t = useT();
  return (
    <Badge appearance="tint" color={COLORS[status]} shape="rounded">
      {t(LABELS[status])}
    </Badge>
  );
}
