import { CloudAdapter, type AuthConfiguration, type TurnContext } from '@microsoft/agents-hosting';
import type { Logger } from '../../logger.js';
import { withConnectorRetry, type ConnectorRetryOptions } from './connector-retry.js';

type Activities = Parameters<CloudAdapter['sendActivities']>[1];

/**
 * A CloudAdapter whose outgoing activities (replies and proactive messages alike; both go
 * through `sendActivities`) are retried through the Bot Connector's 429s and 5xx. The SDK's
 * connector client tries once. Each activity is sent, and retried, on its own, so one that
 * already went out is never sent twice.
 *
 * @example
 * const adapter = createRetryingAdapter({ clientId: appId, clientSecret }, { logger });
 */
export function createRetryingAdapter(authConfig: AuthConfiguration, opts: ConnectorRetryOptions & { logger: Logger }): CloudAdapter {
  class RetryingCloudAdapter extends CloudAdapter {
    override async sendActivities(context: TurnContext, activities: Activities) {
      const responses: Awaited<ReturnType<CloudAdapter['sendActivities']>> = [];
      for (const activity of activities) {
        responses.push(...(await withConnectorRetry(() => super.sendActivities(context, [activity]), opts)));
      }
      return responses;
    }
  }
  return new RetryingCloudAdapter(authConfig);
}
