import type { Db } from '../../db/connect';
import { recordAudit } from '../audit';
import { insertResponse } from './skm.repository';

export interface SkmAnswerInput {
  pointId: number;
  regionCode: string;
  ticketId: number | null;
  channel: 'link' | 'kiosk';
  service: 'recording' | 'printing' | 'ikd_activation' | 'data_change' | null;
  answers: number[];
  comment: string | null;
  answeredOn: string;
  ip: string | null;
}

/**
 * Stores one answer sheet and its `skm.answer` audit entry in one transaction; undefined (nothing written)
 * when the ticket was answered meanwhile. The audit keeps the channel and point, not the comment (free text
 * may name people).
 */
export async function recordSkmAnswerCommand(handle: Db, input: SkmAnswerInput): Promise<number | undefined> {
  return handle.db.transaction().execute(async (trx) => {
    const id = await insertResponse(trx, {
      service_point_id: input.pointId,
      region_code: input.regionCode,
      ticket_id: input.ticketId,
      channel: input.channel,
      service: input.service,
      answers: JSON.stringify(input.answers),
      comment: input.comment,
      answered_on: input.answeredOn,
      created_at: new Date().toISOString(),
    });
    if (id === undefined) return undefined;
    await recordAudit(trx, handle.store, {
      actor: null,
      action: 'skm.answer',
      entity: 'skm_response',
      entityId: id,
      regionCode: input.regionCode,
      summary: { channel: input.channel, servicePointId: input.pointId, ticketId: input.ticketId },
      ip: input.ip,
    });
    return id;
  });
}
