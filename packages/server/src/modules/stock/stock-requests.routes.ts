import {
  ApproveStockRequestBody,
  CreateStockRequestBody,
  IdParam,
  RejectStockRequestBody,
  ShipStockRequestBody,
  StockRequestList,
  StockRequestListQuery,
  StockRequestReply,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import {
  approveRequest,
  createRequest,
  getRequest,
  listRequests,
  rejectRequest,
  shipRequest,
  submitRequest,
} from './stock-requests.service';

const tags = ['stock'];
const P = '/api/v1/stock/requests';

/** Requests up the hierarchy: draft → submitted → approved → shipped → received, or rejected with a reason. */
export function stockRequestRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const h = deps.handle;
    const asRequester = { policy: { action: 'stock.request', region: 'row:stock_request' } as const };
    const asSupplier = { policy: { action: 'stock.approve', region: 'row:stock_request' } as const };
    const one = { 200: StockRequestReply };
    app.get(
      P,
      {
        config: { policy: { action: 'stock.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'Requests made by or addressed to offices of a region',
          querystring: StockRequestListQuery,
          response: { 200: StockRequestList },
        },
      },
      async (req) => ({
        items: await listRequests(h, requireContext(req), req.query.region, req.query.status),
      }),
    );
    app.get(
      `${P}/:id`,
      {
        config: { policy: { action: 'stock.read', region: 'row:stock_request' } },
        schema: {
          tags,
          summary: 'A request with its history and suggested quantity',
          params: IdParam,
          response: one,
        },
      },
      async (req) => ({
        request: await getRequest(h, requireContext(req), req.params.id),
      }),
    );
    app.post(
      P,
      {
        config: { policy: { action: 'stock.request', region: 'body:location' } },
        schema: {
          tags,
          summary: 'Draft a request to the office above',
          body: CreateStockRequestBody,
          response: { 201: StockRequestReply },
        },
      },
      async (req, reply) =>
        reply.status(201).send({ request: await createRequest(h, requireContext(req), req.body) }),
    );
    app.post(
      `${P}/:id/submit`,
      {
        config: asRequester,
        schema: {
          tags,
          summary: 'Submit a draft',
          params: IdParam,
          body: z.object({}).optional(),
          response: one,
        },
      },
      async (req) => ({
        request: await submitRequest(h, requireContext(req), req.params.id),
      }),
    );
    app.post(
      `${P}/:id/approve`,
      {
        config: asSupplier,
        schema: {
          tags,
          summary: 'Approve a submitted request, possibly another quantity',
          params: IdParam,
          body: ApproveStockRequestBody,
          response: one,
        },
      },
      async (req) => ({
        request: await approveRequest(h, requireContext(req), req.params.id, req.body),
      }),
    );
    app.post(
      `${P}/:id/reject`,
      {
        config: asSupplier,
        schema: {
          tags,
          summary: 'Reject a submitted request with a reason',
          params: IdParam,
          body: RejectStockRequestBody,
          response: one,
        },
      },
      async (req) => ({
        request: await rejectRequest(h, requireContext(req), req.params.id, req.body.reason),
      }),
    );
    app.post(
      `${P}/:id/ship`,
      {
        config: asSupplier,
        schema: {
          tags,
          summary: 'Ship the approved quantity to the requester',
          params: IdParam,
          body: ShipStockRequestBody,
          response: one,
        },
      },
      async (req) => ({
        request: await shipRequest(h, requireContext(req), req.params.id, req.body),
      }),
    );
  };
}
