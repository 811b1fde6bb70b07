import type { ResidentDetail } from '@sigap/contracts';
import type { Role } from '@sigap/domain';
import { useT } from '../../lib/i18n';
import { lifeLabel } from './resident-labels';
import type { StatusValues } from './resident-status.schema';
import { isDeathReport, lifeChoices, mayCorrectLife, needsLifeEvidence } from './resident-status-rules';
import { ChoiceField, DateInput, Group, type InputContext, TextInput } from './StatusInputs';

interface Props {
  ctx: InputContext;
  resident: ResidentDetail;
  values: StatusValues;
  role: Role;
  deathPending: boolean;
}

/**
 * Life status. A move out or back carries its source document and reason; a death becomes a death report
 * (date, document, reason) that waits for a second officer, and the form says so before it is sent.
 */
export function LifeStatusGroup({ ctx, resident, values, role, deathPending }: Props) {
  const t = useT();
  const report = isDeathReport(resident, values);
  const corrector = mayCorrectLife(role);
  const hints = [corrector ? '' : t('integrity.role.life'), deathPending ? t('integrity.deathPending') : '']
    .filter(Boolean)
    .join(' ');
  return (
    <Group legend={t('resident.life')}>
      <div className="form-grid">
        <ChoiceField
          ctx={ctx}
          name="lifeStatus"
          label={t('statusForm.lifeStatus')}
          hint={hints || undefined}
          choices={lifeChoices(resident, role, deathPending)}
          labelOf={(s) => lifeLabel(s, t)}
        />
        <DateInput
          ctx={ctx}
          name="lifeStatusDate"
          label={report ? t('integrity.deathDate') : t('statusForm.lifeStatusDate')}
          editable={report || corrector}
          value={values.lifeStatusDate}
        />
      </div>
      {report ? (
        <p className="alert alert-info" data-testid="death-note">
          {t('integrity.deathNote')}
        </p>
      ) : null}
      {report || needsLifeEvidence(resident, values) ? (
        <div className="form-grid">
          <TextInput
            ctx={ctx}
            name="lifeStatusDocument"
            label={t('integrity.lifeDocument')}
            hint={t(report ? 'integrity.deathDocumentHint' : 'integrity.lifeDocumentHint')}
            maxLength={60}
            required
          />
          <TextInput
            ctx={ctx}
            name="lifeStatusReason"
            label={t('integrity.lifeReason')}
            maxLength={300}
            multiline
            required
          />
        </div>
      ) : null}
    </Group>
  );
}
