import {
  CreateUserBody,
  IdParam,
  UpdateUserBody,
  UserListQuery,
  UserPage,
  UserReply,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { createUser, getUserInScope, listUsersInScope, updateUser } from './users.service';

export function usersRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/users',
      {
        config: { policy: { action: 'user.read', region: 'query:region' } },
        schema: {
          tags: ['users'],
          summary: 'Users inside your scope',
          querystring: UserListQuery,
          response: { 200: UserPage },
        },
      },
      async (req) => listUsersInScope(deps.handle, requireContext(req), req.query),
    );

    app.get(
      '/api/v1/users/:id',
      {
        config: { policy: { action: 'user.read', region: 'row:user' } },
        schema: {
          tags: ['users'],
          summary: 'One user inside your scope',
          params: IdParam,
          response: { 200: UserReply },
        },
      },
      async (req) => ({ user: await getUserInScope(deps.handle, requireContext(req), req.params.id) }),
    );

    app.post(
      '/api/v1/users',
      {
        config: { policy: { action: 'user.manage', region: 'body:regionCode' } },
        schema: {
          tags: ['users'],
          summary: 'Create a user inside your scope, with a role not above yours',
          body: CreateUserBody,
          response: { 201: UserReply },
        },
      },
      async (req, reply) => {
        const user = await createUser(deps.handle, requireContext(req), req.body);
        return reply.status(201).send({ user });
      },
    );

    app.patch(
      '/api/v1/users/:id',
      {
        config: { policy: { action: 'user.manage', region: 'row:user' } },
        schema: {
          tags: ['users'],
          summary: 'Change name, role, region, active flag or password',
          params: IdParam,
          body: UpdateUserBody,
          response: { 200: UserReply },
        },
      },
      async (req) => ({ user: await updateUser(deps.handle, requireContext(req), req.params.id, req.body) }),
    );
  };
}
