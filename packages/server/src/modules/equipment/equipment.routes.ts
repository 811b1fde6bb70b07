import {
  CreateEquipmentBody,
  CreateOperatorBody,
  EquipmentList,
  EquipmentListQuery,
  EquipmentReply,
  IdParam,
  IncidentBody,
  OperatorList,
  OperatorReply,
  UncoveredQuery,
  UncoveredReply,
  UpdateEquipmentBody,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import {
  createEquipment,
  createOperator,
  getEquipment,
  listEquipment,
  listOperators,
  reportIncident,
  updateEquipment,
} from './equipment.service';
import { uncoveredEquipment } from './equipment-coverage.service';
import { equipmentLoanRoutes } from './equipment-loans.routes';

const tags = ['equipment'];

/** Items, their incidents, the pool's operators and the uncovered-breakdown feed; loans in their own file. */
export function equipmentRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const h = deps.handle;
    const now = () => deps.now?.() ?? new Date();
    const manage = { action: 'equipment.manage', region: 'row:equipment' } as const;
    app.get(
      '/api/v1/equipment',
      {
        config: { policy: { action: 'equipment.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'Recording sets and card printers owned in a region (default: your scope), with status',
          querystring: EquipmentListQuery,
          response: { 200: EquipmentList },
        },
      },
      async (req) => ({ items: await listEquipment(h, requireContext(req), req.query.region) }),
    );
    app.get(
      '/api/v1/equipment/uncovered',
      {
        config: { policy: { action: 'equipment.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'Regencies whose broken equipment no arrived loan covers on a date (the watch-list feed)',
          querystring: UncoveredQuery,
          response: { 200: UncoveredReply },
        },
      },
      async (req) => uncoveredEquipment(h, requireContext(req), req.query, now()),
    );
    app.get(
      '/api/v1/equipment/operators',
      {
        config: { policy: { action: 'equipment.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'The operators of the province pool (lent with its equipment)',
          querystring: EquipmentListQuery,
          response: { 200: OperatorList },
        },
      },
      async (req) => ({ items: await listOperators(h, requireContext(req), req.query.region) }),
    );
    app.post(
      '/api/v1/equipment/operators',
      {
        config: { policy: { action: 'equipment.lend', region: 'body:regionCode' } },
        schema: {
          tags,
          summary: 'Add an operator to a province pool',
          body: CreateOperatorBody,
          response: { 201: OperatorReply },
        },
      },
      async (req, reply) =>
        reply.status(201).send({ operator: await createOperator(h, requireContext(req), req.body) }),
    );
    app.get(
      '/api/v1/equipment/:id',
      {
        config: { policy: { action: 'equipment.read', region: 'row:equipment' } },
        schema: {
          tags,
          summary: 'An item with its incident history',
          params: IdParam,
          response: { 200: EquipmentReply },
        },
      },
      async (req) => getEquipment(h, requireContext(req), req.params.id),
    );
    app.post(
      '/api/v1/equipment',
      {
        config: { policy: { action: 'equipment.manage', region: 'body:regionCode' } },
        schema: {
          tags,
          summary: 'Record an item of a province pool or a regency office',
          body: CreateEquipmentBody,
          response: { 201: EquipmentReply },
        },
      },
      async (req, reply) => reply.status(201).send(await createEquipment(h, requireContext(req), req.body)),
    );
    app.patch(
      '/api/v1/equipment/:id',
      {
        config: { policy: manage },
        schema: {
          tags,
          summary: 'Change an item’s name, tag or notes',
          params: IdParam,
          body: UpdateEquipmentBody,
          response: { 200: EquipmentReply },
        },
      },
      async (req) => updateEquipment(h, requireContext(req), req.params.id, req.body),
    );
    app.post(
      '/api/v1/equipment/:id/incidents',
      {
        config: { policy: manage },
        schema: {
          tags,
          summary: 'Report a breakdown, a repair or the return to service, with the reason',
          params: IdParam,
          body: IncidentBody,
          response: { 201: EquipmentReply },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await reportIncident(h, requireContext(req), req.params.id, req.body)),
    );
    await app.register(equipmentLoanRoutes(deps));
  };
}
