import type { ResidentDetail } from '@sigap/contracts';
import { isForwardOrRerecord, RECORDING_STATUSES, type Role, roleMayChange } from '@sigap/domain';
import { useLocale, useT } from '../../lib/i18n';
import { printLabel, recordingLabel } from './resident-labels';
import type { StatusValues } from './resident-status.schema';
import { editable, printChoices, recordingChoices } from './resident-status-rules';
import { ChoiceField, DateInput, Group, type InputContext, TextInput } from './StatusInputs';

interface Props {
  ctx: InputContext;
  resident: ResidentDetail;
  values: StatusValues;
  role: Role;
}

/**
 * Recording, printing and IKD: each input offers what the user's role may change by hand (an operator
 * everything, a counter clerk a capture, a handover and IKD), the rest read-only with the reason as hint.
 */
export function PipelineGroups({ ctx, resident, values, role }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const can = editable(resident, values, role);
  // The pipeline the server enforces, shown beforehand so a clerk is not surprised by a refusal.
  const allowed = RECORDING_STATUSES.filter((s) => isForwardOrRerecord(resident.recordingStatus, s));
  const recordingChoicesNow = recordingChoices(resident, role);
  const printChoicesNow = printChoices(resident, role);
  const recordingHint = roleMayChange(role, 'recording')
    ? allowed.length > 0
      ? t('statusForm.allowedNext', { list: allowed.map((s) => recordingLabel(s, locale)).join(', ') })
      : t('statusForm.noNext')
    : t(recordingChoicesNow.length > 1 ? 'integrity.role.capture' : 'integrity.role.recordingNone');
  const printHint = roleMayChange(role, 'print')
    ? undefined
    : t(printChoicesNow.length > 1 ? 'integrity.role.handover' : 'integrity.role.printNone');

  return (
    <>
      <Group legend={t('resident.recording')}>
        <ChoiceField
          ctx={ctx}
          name="recordingStatus"
          label={t('statusForm.recordingStatus')}
          hint={recordingHint}
          choices={recordingChoicesNow}
          labelOf={(s) => recordingLabel(s, locale)}
        />
        <div className="form-grid">
          <DateInput
            ctx={ctx}
            name="recordingDate"
            label={t('resident.recordingDate')}
            editable={can.recordingDate}
            value={values.recordingDate}
          />
          <TextInput ctx={ctx} name="recordingPlace" label={t('resident.recordingPlace')} maxLength={200} />
        </div>
      </Group>
      <Group legend={t('resident.print')}>
        <ChoiceField
          ctx={ctx}
          name="printStatus"
          label={t('statusForm.printStatus')}
          hint={printHint}
          choices={printChoicesNow}
          labelOf={(s) => printLabel(s, locale)}
        />
        <div className="form-grid">
          <DateInput
            ctx={ctx}
            name="printedDate"
            label={t('resident.printedDate')}
            editable={can.printedDate}
            value={values.printedDate}
          />
          <DateInput
            ctx={ctx}
            name="handedOverDate"
            label={t('resident.handedOverDate')}
            editable={can.handedOverDate}
            value={values.handedOverDate}
          />
        </div>
      </Group>
      <Group legend={t('resident.ikd')}>
        <DateInput
          ctx={ctx}
          name="ikdActivatedDate"
          label={t('statusForm.ikdActivatedDate')}
          hint={can.ikdActivatedDate ? undefined : t('integrity.role.ikdNone')}
          editable={can.ikdActivatedDate}
          value={values.ikdActivatedDate}
        />
      </Group>
    </>
  );
}
