import type { CemeteryList } from '@sigap/contracts';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from '../../components/FormField';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { cemeteriesPath } from '../burials/burials.api';

/** A cemetery manager's cemetery, chosen among those of the account's region (the server checks again). */
export function CemeteryChoice({
  region,
  error,
  field,
}: {
  region: string;
  error: string | undefined;
  field: UseFormRegisterReturn;
}) {
  const t = useT();
  const { data } = useApiGet<CemeteryList>(queryKeys.burials, region ? cemeteriesPath(region) : null);
  return (
    <FormField
      id="user-cemetery"
      label={t('users.cemetery')}
      hint={t('users.cemetery.hint')}
      error={error}
      required
    >
      {(control) => (
        <select {...control} {...field}>
          <option value="">—</option>
          {data?.items.map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
