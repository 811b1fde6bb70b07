import {
  CancelLoanBody,
  ConfirmLoanBody,
  IdParam,
  LoanList,
  LoanListQuery,
  LoanReply,
  ReserveLoanBody,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { getLoan, listLoans, moveLoan, reserveLoan } from './equipment-loans.service';

const tags = ['equipment'];

/** The province pool's loans: the calendar, reservation, cancellation, arrival and return. */
export function equipmentLoanRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const h = deps.handle;
    const now = () => deps.now?.() ?? new Date();
    app.get(
      '/api/v1/equipment/loans',
      {
        config: { policy: { action: 'equipment.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'Loans from or to a region whose period meets [from, to] (the pool calendar)',
          querystring: LoanListQuery,
          response: { 200: LoanList },
        },
      },
      async (req) => ({ items: await listLoans(h, requireContext(req), req.query, now()) }),
    );
    app.post(
      '/api/v1/equipment/loans',
      {
        config: { policy: { action: 'equipment.lend', region: 'body:toRegion' } },
        schema: {
          tags,
          summary: 'Reserve pool items with operators for a regency; 409 names the loan already holding them',
          body: ReserveLoanBody,
          response: { 201: LoanReply },
        },
      },
      async (req, reply) =>
        reply.status(201).send({ loan: await reserveLoan(h, requireContext(req), req.body, now()) }),
    );
    app.get(
      '/api/v1/equipment/loans/:id',
      {
        config: { policy: { action: 'equipment.read', region: 'row:equipment_loan' } },
        schema: {
          tags,
          summary: 'A loan with its items and operators',
          params: IdParam,
          response: { 200: LoanReply },
        },
      },
      async (req) => ({ loan: await getLoan(h, requireContext(req), req.params.id) }),
    );
    const actions = [
      ['cancel', 'equipment.lend', CancelLoanBody, 'Cancel a reservation that has not left (the province)'],
      ['arrival', 'equipment.confirm', ConfirmLoanBody, 'Confirm the arrival (the receiving regency only)'],
      ['return', 'equipment.confirm', ConfirmLoanBody, 'Confirm the return (the regency, or the province)'],
    ] as const;
    for (const [path, action, body, summary] of actions) {
      app.post(
        `/api/v1/equipment/loans/:id/${path}`,
        {
          config: { policy: { action, region: 'row:equipment_loan' } },
          schema: { tags, summary, params: IdParam, body, response: { 200: LoanReply } },
        },
        async (req) => {
          const move = path === 'arrival' ? 'arrive' : path;
          return { loan: await moveLoan(h, requireContext(req), req.params.id, move, req.body) };
        },
      );
    }
  };
}
