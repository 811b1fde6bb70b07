import type { fieldId } from './messages-field';

/** English strings of the field lists; same keys as `fieldId`. */
export const fieldEn: Record<keyof typeof fieldId, string> = {
  'fieldList.kind': 'List',
  'fieldList.kind.not_recorded': 'Residents who must hold an e-KTP, not recorded',
  'fieldList.kind.print_ready_waiting': 'Print-ready (PRR) residents not yet printed',
  'fieldList.kind.needs_rerecording': 'Residents to be recorded again',
  'fieldList.subtitle': '{region} · as of {date} · {count} people',
  'fieldList.privacy':
    'Personal data (UU PDP): for field visits only. Every list opened or downloaded is written to the audit log; NIKs are masked.',
  'fieldList.chooseRegion': 'Open a list from a district or village row of the dashboard’s coverage table.',
  'fieldList.downloadXlsx': 'Download XLSX',
  'fieldList.downloadPdf': 'Print the list (PDF)',
  'fieldList.empty': 'Nobody is on this list.',
  'fieldList.table': 'Residents to visit',
  'fieldList.col.no': 'No',
  'fieldList.col.name': 'Name',
  'fieldList.col.nik': 'NIK',
  'fieldList.col.age': 'Age',
  'fieldList.col.address': 'Address',
  'fieldList.col.rtRw': 'RT/RW',
  'fieldList.col.village': 'Village',
  'fieldList.col.phone': 'Phone',
  'fieldList.col.status': 'Recording status',
  'fieldList.open': 'Open the list of residents: {label} in {region}',
};
