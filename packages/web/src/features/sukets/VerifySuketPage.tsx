import type { VerifySuketReply } from '@sigap/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { FormField } from '../../components/FormField';
import { ErrorAlert } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useDocumentTitle } from '../../lib/use-document-title';
import { verifySuket } from './sukets.api';
import { VerdictCard } from './VerdictCard';
import './sukets.css';

/** Public verification (no login): the QR opens it with `?t=<token>`; a number can be typed instead. */
export function VerifySuketPage() {
  const t = useT();
  useDocumentTitle(t('suket.verify.title'));
  const [params] = useSearchParams();
  const token = params.get('t');
  const [number, setNumber] = useState('');
  const [reply, setReply] = useState<VerifySuketReply | null>(null);
  const check = useApiMutation((q: { token?: string; number?: string }) => verifySuket(q));
  const { run } = check;
  useEffect(() => {
    if (token) run({ token }).then(setReply, () => undefined);
  }, [token, run]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    check.run({ number: number.trim() }).then(setReply, () => undefined);
  };
  return (
    <main className="page suket-public">
      <header className="page-header">
        <h1>{t('suket.verify.title')}</h1>
        <p className="muted">{t('suket.verify.intro')}</p>
      </header>
      {reply && <VerdictCard reply={reply} />}
      <ErrorAlert error={check.error} />
      <form className="stack" onSubmit={submit} noValidate>
        <FormField id="suket-number" label={t('suket.verify.number')} required>
          {(c) => <input {...c} value={number} onChange={(e) => setNumber(e.target.value)} />}
        </FormField>
        <button type="submit" className="button" disabled={check.pending || number.trim() === ''}>
          {t('suket.verify.submit')}
        </button>
      </form>
    </main>
  );
}
