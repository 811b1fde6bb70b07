import {
  AdjustStockBody,
  ConsumeStockBody,
  CountStockBody,
  CoverQuery,
  CoverReply,
  IdParam,
  ReceiveShipmentBody,
  ReceiveStockBody,
  ShipmentList,
  ShipmentListQuery,
  ShipmentReply,
  ShipStockBody,
  StockCard,
  StockCardQuery,
  StockList,
  StockListQuery,
  StockMoveReply,
  StockSuggestion,
  SuggestionQuery,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { listStock, stockCard } from './stock.service';
import { stockCover } from './stock-cover.service';
import { adjustStock, consumeStockByHand, countStock, receiveStock } from './stock-moves.service';
import { getShipment, listShipments, receiveShipment, shipStock } from './stock-shipments.service';
import { suggestQuantity } from './stock-suggestion.service';

const tags = ['stock'];
const P = '/api/v1/stock';

export function stockRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const h = deps.handle;
    const read = (region: 'query:region' | 'query:location') => ({
      policy: { action: 'stock.read', region } as const,
    });
    const move = { policy: { action: 'stock.move', region: 'body:location' } as const };
    app.get(
      P,
      {
        config: read('query:region'),
        schema: {
          tags,
          summary: 'On hand and in transit per item and office of a region',
          querystring: StockListQuery,
          response: { 200: StockList },
        },
      },
      async (req) => ({
        items: await listStock(h, requireContext(req), req.query.region),
      }),
    );
    app.get(
      `${P}/card`,
      {
        config: read('query:location'),
        schema: {
          tags,
          summary: 'The stock card of an item at an office, with running balances',
          querystring: StockCardQuery,
          response: { 200: StockCard },
        },
      },
      async (req) => stockCard(h, requireContext(req), req.query.location, req.query.item),
    );
    app.get(
      `${P}/cover`,
      {
        config: read('query:region'),
        schema: {
          tags,
          summary: 'Days of cover to voting day per item and office, with alerts',
          querystring: CoverQuery,
          response: { 200: CoverReply },
        },
      },
      async (req) => stockCover(h, requireContext(req), req.query.region),
    );
    app.get(
      `${P}/suggestion`,
      {
        config: read('query:location'),
        schema: {
          tags,
          summary: 'Suggested request quantity, by demand and by consumption',
          querystring: SuggestionQuery,
          response: { 200: StockSuggestion },
        },
      },
      async (req) => suggestQuantity(h, requireContext(req), req.query.location, req.query.item),
    );
    const post = <B>(
      path: string,
      summary: string,
      body: B,
      run: (ctx: ReturnType<typeof requireContext>, b: never) => Promise<StockMoveReply>,
    ) =>
      app.post(
        `${P}/${path}`,
        { config: move, schema: { tags, summary, body: body as never, response: { 201: StockMoveReply } } },
        async (req, reply) => reply.status(201).send(await run(requireContext(req), req.body as never)),
      );
    post(
      'receive',
      'Receive stock from outside the ledger (with its document number)',
      ReceiveStockBody,
      (ctx, b) => receiveStock(h, ctx, b),
    );
    post('consume', 'Consume or spoil stock at an office', ConsumeStockBody, (ctx, b) =>
      consumeStockByHand(h, ctx, b),
    );
    post('adjust', 'Adjust stock with a reason (credit or debit)', AdjustStockBody, (ctx, b) =>
      adjustStock(h, ctx, b),
    );
    post('count', 'Physical count (stock opname): records the derived difference', CountStockBody, (ctx, b) =>
      countStock(h, ctx, b),
    );
    app.post(
      `${P}/ship`,
      {
        config: move,
        schema: {
          tags,
          summary: 'Ship stock to an office below (in transit there until received)',
          body: ShipStockBody,
          response: { 201: ShipmentReply },
        },
      },
      async (req, reply) =>
        reply.status(201).send({ shipment: await shipStock(h, requireContext(req), req.body) }),
    );
    app.get(
      `${P}/shipments`,
      {
        config: read('query:region'),
        schema: {
          tags,
          summary: 'Shipments from or to offices of a region',
          querystring: ShipmentListQuery,
          response: { 200: ShipmentList },
        },
      },
      async (req) => ({
        items: await listShipments(h, requireContext(req), req.query.region, req.query.status),
      }),
    );
    app.get(
      `${P}/shipments/:id`,
      {
        config: { policy: { action: 'stock.read', region: 'row:stock_shipment' } },
        schema: { tags, summary: 'One shipment', params: IdParam, response: { 200: ShipmentReply } },
      },
      async (req) => ({
        shipment: await getShipment(h, requireContext(req), req.params.id),
      }),
    );
    app.post(
      `${P}/shipments/:id/receive`,
      {
        config: { policy: { action: 'stock.move', region: 'row:stock_shipment' } },
        schema: {
          tags,
          summary: 'Receive a shipment with proof of delivery (accepted + rejected = shipped)',
          params: IdParam,
          body: ReceiveShipmentBody,
          response: { 200: ShipmentReply },
        },
      },
      async (req) => ({
        shipment: await receiveShipment(h, requireContext(req), req.params.id, req.body),
      }),
    );
  };
}
