import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useT } from '../i18n';
import { usePolicy } from '../useSettings';

/*
 * The parts of the pane's frame that show the policy in force. Their own chunk: the policy
 * brings zod and the region tables, which the first step does not need (App shows these once
 * the services are ready).
 */

/** The policy in force, under the pane's title. */
export function PolicyLine({ className }: { className?: string }) {
  const t = useT();
  const policy = usePolicy();
  return (
    <Text size={200} className={className}>
      {t('app.policy', { naam: policy.naam, versie: policy.versie })}
    </Text>
  );
}

/** A warning when the workbook was made with another policy than the one in force. */
export function OtherPolicyWarning({ restoredPolicy }: { restoredPolicy?: string }) {
  const t = useT();
  const policy = usePolicy();
  const policyKey = `${policy.id} ${policy.versie}`;
  if (!restoredPolicy || restoredPolicy === policyKey) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{t('app.otherPolicy', { beleid: restoredPolicy, huidig: policyKey })}</MessageBarBody>
    </MessageBar>
  );
}
