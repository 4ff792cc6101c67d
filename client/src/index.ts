export {
  type ClientOptions,
  createClient,
  type ImportProgress,
  type ImportResult,
  type ListOrdersParams,
  type ShinsaClient,
  ShinsaError,
} from "./shinsa-client.js";
export { type VerifyOptions, verifyWebhook, WebhookSignatureError } from "./verify-webhook.js";
