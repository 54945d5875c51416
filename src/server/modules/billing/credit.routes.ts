import { idParams, problemSchema } from '../../../contracts/common.js';
import { accountCreditQuery, creditAssessment, creditPolicy, updateCreditPolicyBody } from '../../../contracts/credit.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { findVisibleAccount } from '../accounts/index.js';
import { notFound } from '../../kernel/errors.js';
import { assessCredit } from './use-cases/assess-credit.js';
import { getCreditPolicy, updateCreditPolicy } from './use-cases/credit-policy.js';

const tags = ['credit'];

export function creditRoutes(app: App): void {
  app.get('/api/v1/credit-policy', {
    config: { access: 'credit:read' },
    schema: { tags, summary: 'The rules that turn an account’s history into a credit rating and the payment terms it allows', response: { 200: creditPolicy } },
    handler: (req, reply) => req.run(async (ctx) => withEtag(reply, await getCreditPolicy(ctx))),
  });

  app.put('/api/v1/credit-policy', {
    config: { access: 'credit:manage' },
    schema: {
      tags,
      summary: 'Replace the credit rules, tried in order; the last one has no conditions (send If-Match with the version)',
      body: updateCreditPolicyBody,
      response: { 200: creditPolicy, 400: problemSchema, 412: problemSchema, 422: problemSchema },
    },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await updateCreditPolicy(ctx, req.body.rules, version)));
    },
  });

  app.get('/api/v1/accounts/:id/credit', {
    config: { access: 'credit:read' },
    schema: {
      tags,
      summary: 'The credit assessment of an account, counting an amount about to be committed (a quote or order total)',
      params: idParams,
      querystring: accountCreditQuery,
      response: { 200: creditAssessment, 400: problemSchema, 404: problemSchema, 422: problemSchema },
    },
    handler: (req) =>
      req.run(async (ctx) => {
        const account = await findVisibleAccount(ctx, req.params.id);
        if (!account) throw notFound('Account');
        return assessCredit(ctx, account.id, { amount: req.query.amount ?? '0', currency: req.query.currency ?? account.currency });
      }),
  });
}
