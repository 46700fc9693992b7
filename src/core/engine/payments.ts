/**
 * Payments with a local test provider. A bot sends an invoice (inputMessageInvoice with a test
 * provider token, `<digits>:TEST:<anything>`, as Telegram's test providers give); a user pays it:
 *
 *   getPaymentForm    → the invoice, the test provider, the user's saved order info and card
 *   validateOrderInfo → the fields the invoice asks for are checked; for a flexible invoice with
 *                       shipping the bot gets updateNewShippingQuery and answers with
 *                       answerShippingQuery (its options, or an error the user sees)
 *   sendPaymentForm   → the bot gets updateNewPreCheckoutQuery and answers answerPreCheckoutQuery;
 *                       on its yes a messagePaymentSuccessful from the payer lands in the chat, the
 *                       invoice message points at it (receipt_message_id), the card is charged
 *                       by the test provider (any JSON card data; nothing leaves the machine)
 *   getPaymentReceipt → from the payment message
 *
 * The order info and card can be saved (getSavedOrderInfo, deleteSavedOrderInfo,
 * deleteSavedCredentials). The user's calls wait for the bot like callback queries do (rows of
 * bot_queries, kinds 'shipping' and 'precheckout'), so the bot may run in another process.
 * Invoices, orders, payments and saved data are rows of migration 13.
 */
import { randomBytes } from 'node:crypto';
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest, err, required } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { type ConvRow, type MessageRow, getAccount, sql } from '../network/model.js';
import { getConv, lastMessageId, memberDialogs, postMessage } from '../network/ops.js';
import { type Ctx, type HandlerEntry, ask, pending, read, write } from './context.js';
import { isErr, resolveChat } from './chats.js';
import { messageRow } from './messages.js';

/** Provider tokens of the local test provider. */
const TEST_TOKEN = /^\d+:TEST:\S+$/;
const CURRENCY = /^[A-Z]{3}$/;

interface InvoiceRow {
  conv: number;
  msg: number;
  bot: number;
  invoice: string;
  payload: string;
  title: string;
}

interface OrderRow {
  id: string;
  user_id: number;
  conv: number;
  msg: number;
  order_info: string | null;
  shipping_options: string;
}

interface QueryRow {
  id: number;
  kind: string;
  bot: number;
  sender: number;
  conv: number;
  msg: number;
  payload: string;
  state: 'open' | 'answered' | 'expired';
  answer: string | null;
}

/** What sendPaymentForm hands the bot and keeps for the receipt. */
interface Checkout {
  invoice: T.invoice;
  payload: string;
  order_info: T.orderInfo | null;
  shipping_option: T.shippingOption | null;
  credentials_title: string;
  save: { id: string; title: string } | null;
  total: number;
  chat_id: number;
}

const BOTS_ONLY = (): TdError => badRequest('The method is available only for bots');
const QUERY_ID_INVALID = (): TdError => badRequest('QUERY_ID_INVALID');

const total = (prices: T.labeledPrice[]): number => prices.reduce((s, p) => s + p.amount, 0);

/**
 * The content of an inputMessageInvoice a bot sends into `conv`; the invoice's details are kept
 * for the message about to be posted (postMessage gives it the next id of the conversation, in
 * this same transaction). Or the error to answer.
 */
export function invoiceContent(c: Ctx, conv: ConvRow, input: T.inputMessageInvoice): T.messageInvoice | TdError {
  if (!getAccount(c.db, c.me)?.is_bot) return badRequest('Invoices can be sent only by bots');
  if (conv.kind !== 'private') return badRequest('Invoices can be sent only to private chats');
  const inv = input.invoice;
  if (inv === null) return required('invoice');
  if (!CURRENCY.test(inv.currency)) return badRequest('CURRENCY_INVALID');
  if (inv.prices.length === 0 || inv.prices.some((p) => p.label.trim() === '' || !Number.isSafeInteger(p.amount))) return badRequest('PRICES_INVALID');
  if (total(inv.prices) <= 0) return badRequest('Invoice total must be positive');
  if (input.title.trim() === '' || input.title.length > 32) return badRequest('TITLE_INVALID');
  if (input.description.length > 255) return badRequest('DESCRIPTION_INVALID');
  if (!TEST_TOKEN.test(input.provider_token)) return badRequest('PAYMENT_PROVIDER_INVALID: only the local test provider (a token like 123:TEST:abc) is served');
  const payload = Buffer.from(input.payload, 'base64');
  if (payload.length === 0 || payload.length > 128) return badRequest('Invoice payload must have 1 to 128 bytes');
  if (inv.is_flexible && !inv.need_shipping_address) return badRequest('A flexible invoice needs the shipping address');
  const invoice: T.invoice = { ...inv, _: 'invoice', prices: inv.prices.map((p) => ({ _: 'labeledPrice', label: p.label, amount: p.amount })), is_test: true };
  const msg = lastMessageId(c.db, conv) + 1;
  sql(c.db, 'INSERT OR REPLACE INTO invoices (conv, msg, bot, invoice, payload, title) VALUES (?, ?, ?, ?, ?, ?)').run(conv.id, msg, c.me, JSON.stringify(invoice), payload.toString('base64'), input.title);
  return {
    _: 'messageInvoice',
    title: input.title,
    description: input.description,
    photo: null,
    currency: invoice.currency,
    total_amount: total(invoice.prices),
    start_parameter: input.start_parameter,
    is_test: true,
    need_shipping_address: invoice.need_shipping_address,
    receipt_message_id: 0,
  };
}

/** The invoice message `messageId` of `chatId` as the payer sees it, not paid yet; or the error. */
function payable(c: Ctx, chatId: number, messageId: number): { inv: InvoiceRow; invoice: T.invoice; m: MessageRow; conv: ConvRow; chatId: number } | TdError {
  const r = resolveChat(c, chatId);
  if (isErr(r)) return r;
  const m = messageRow(c.db, c.me, r.conv.id, messageId);
  if (!m) return err('MESSAGE_NOT_FOUND');
  const inv = sql(c.db, 'SELECT * FROM invoices WHERE conv = ? AND msg = ?').get(r.conv.id, m.id) as InvoiceRow | undefined;
  const content = JSON.parse(m.content) as T.MessageContent;
  if (!inv || content._ !== 'messageInvoice') return badRequest('Message is not an invoice');
  if (inv.bot === c.me) return badRequest("Bots can't pay invoices");
  if (content.receipt_message_id !== 0) return badRequest('Invoice is already paid');
  return { inv, invoice: JSON.parse(inv.invoice) as T.invoice, m, conv: r.conv, chatId: r.d.chat_id };
}

/** The order info checked against what the invoice asks for; or the error. */
function checkOrder(invoice: T.invoice, o: T.orderInfo | null): T.orderInfo | TdError {
  const info: T.orderInfo = { _: 'orderInfo', name: o?.name ?? '', phone_number: o?.phone_number ?? '', email: o?.email ?? '', shipping_address: o?.shipping_address ?? null };
  if (invoice.need_name && info.name.trim() === '') return badRequest('REQ_INFO_NAME_INVALID');
  if (invoice.need_phone_number && !/^\+?\d{5,15}$/.test(info.phone_number)) return badRequest('REQ_INFO_PHONE_INVALID');
  if (invoice.need_email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(info.email)) return badRequest('REQ_INFO_EMAIL_INVALID');
  if (invoice.need_shipping_address) {
    const a = info.shipping_address;
    if (!a) return badRequest('ADDRESS_INVALID');
    if (!/^[A-Z]{2}$/.test(a.country_code)) return badRequest('ADDRESS_COUNTRY_INVALID');
    if (a.city.trim() === '') return badRequest('ADDRESS_CITY_INVALID');
    if (a.street_line1.trim() === '') return badRequest('ADDRESS_STREET_LINE1_INVALID');
    if (a.post_code.trim() === '') return badRequest('ADDRESS_POSTCODE_INVALID');
    info.shipping_address = { _: 'shippingAddress', country_code: a.country_code, state: a.state, city: a.city, street_line1: a.street_line1, street_line2: a.street_line2, post_code: a.post_code };
  }
  return info;
}

function savedInfo(c: Ctx): { order_info: string | null; credentials_id: string | null; credentials_title: string } | undefined {
  return sql(c.db, 'SELECT order_info, credentials_id, credentials_title FROM saved_payment_info WHERE user_id = ?').get(c.me) as
    | { order_info: string | null; credentials_id: string | null; credentials_title: string }
    | undefined;
}

function newQuery(c: Ctx, kind: string, bot: number, conv: number, msg: number, chatId: number, payload: unknown): number {
  return Number(
    sql(c.db, 'INSERT INTO bot_queries (kind, bot, sender, conv, msg, chat_id, payload, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(kind, bot, c.me, conv, msg, chatId, JSON.stringify(payload), c.now())
      .lastInsertRowid,
  );
}

function queryRow(c: Ctx, id: number): QueryRow | undefined {
  return sql(c.db, 'SELECT * FROM bot_queries WHERE id = ?').get(id) as QueryRow | undefined;
}

/** The bot's open query of that id and kind. */
function openQuery(c: Ctx, idText: string, kind: string): QueryRow | undefined {
  const id = Number(idText);
  const q = Number.isSafeInteger(id) ? queryRow(c, id) : undefined;
  return q && q.kind === kind && q.bot === c.me && q.state === 'open' ? q : undefined;
}

function answerQuery(c: Ctx, q: QueryRow, value: unknown): void {
  sql(c.db, "UPDATE bot_queries SET state = 'answered', answer = ? WHERE id = ?").run(JSON.stringify(value), q.id);
}

/** The final answer once the bot answered; undefined while it has not. */
function answered<R>(c: Ctx, id: number, read: (a: { error?: string } & Record<string, unknown>) => R | TdError): R | TdError | undefined {
  const q = queryRow(c, id);
  if (!q || q.state !== 'answered') return undefined;
  const a = JSON.parse(q.answer!) as { error?: string } & Record<string, unknown>;
  return a.error ? badRequest(a.error) : read(a);
}

function expire(c: Ctx, id: number): void {
  sql(c.db, "UPDATE bot_queries SET state = 'expired' WHERE id = ? AND state = 'open'").run(id);
}

/** The order of a validateOrderInfo, as its answer. */
function validated(c: Ctx, orderId: string): T.validatedOrderInfo {
  const o = sql(c.db, 'SELECT * FROM payment_orders WHERE id = ?').get(orderId) as OrderRow;
  return { _: 'validatedOrderInfo', order_info_id: o.id, shipping_options: JSON.parse(o.shipping_options) as T.shippingOption[] };
}

/** Payment methods. */
export const paymentHandlers: HandlerEntry[] = [
  read('getPaymentForm', (c, p) => {
    const f = payable(c, p.chat_id, p.message_id);
    if (isErr(f)) return f;
    const saved = savedInfo(c);
    return {
      _: 'paymentForm',
      invoice: f.invoice,
      url: `https://payments.luatd.invalid/test/${f.inv.conv}/${f.inv.msg}`,
      payments_provider: { _: 'paymentsProviderStripe', publishable_key: 'pk_test_luatd_local', need_country: false, need_zip: false, need_cardholder_name: false },
      saved_order_info: saved?.order_info ? (JSON.parse(saved.order_info) as T.orderInfo) : null,
      saved_credentials: saved?.credentials_id ? { _: 'savedCredentials', id: saved.credentials_id, title: saved.credentials_title } : null,
      can_save_credentials: true,
      need_password: false,
    };
  }),

  ask(
    'validateOrderInfo',
    (c, p) => {
      const f = payable(c, p.chat_id, p.message_id);
      if (isErr(f)) return f;
      const info = checkOrder(f.invoice, p.order_info);
      if (isErr(info)) return info;
      if (p.allow_save) {
        sql(c.db, 'INSERT INTO saved_payment_info (user_id, order_info) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET order_info = excluded.order_info').run(c.me, JSON.stringify(info));
      }
      const id = randomBytes(12).toString('hex');
      sql(c.db, "INSERT INTO payment_orders (id, user_id, conv, msg, order_info, shipping_options, created) VALUES (?, ?, ?, ?, ?, '[]', ?)").run(id, c.me, f.inv.conv, f.inv.msg, JSON.stringify(info), c.now());
      // a flexible invoice's shipping options come from the bot; the user's call waits for them
      const q = newQuery(c, 'shipping', f.inv.bot, f.inv.conv, f.inv.msg, f.chatId, { order_id: id, flexible: f.invoice.is_flexible });
      if (!f.invoice.is_flexible) {
        sql(c.db, "UPDATE bot_queries SET state = 'answered', answer = ? WHERE id = ?").run(JSON.stringify({ order_id: id }), q);
        return pending(q);
      }
      feedAccount(c.db, f.inv.bot, { _: 'updateNewShippingQuery', id: String(q), sender_user_id: c.me, invoice_payload: Buffer.from(f.inv.payload, 'base64').toString('utf8'), shipping_address: info.shipping_address });
      return pending(q);
    },
    (c, q) => answered(c, q, (a) => validated(c, a.order_id as string)),
    (c, q) => {
      const a = answered(c, q, (x) => validated(c, x.order_id as string));
      if (a) return a;
      expire(c, q);
      return badRequest('BOT_RESPONSE_TIMEOUT');
    },
  ),

  write('answerShippingQuery', (c, p) => {
    if (!getAccount(c.db, c.me)?.is_bot) return BOTS_ONLY();
    const q = openQuery(c, p.shipping_query_id, 'shipping');
    if (!q) return QUERY_ID_INVALID();
    if (p.error_message !== '') {
      answerQuery(c, q, { error: p.error_message });
      return { _: 'ok' };
    }
    if (p.shipping_options.length === 0) return badRequest('SHIPPING_OPTIONS_EMPTY: give at least one option, or an error_message');
    const ids = new Set<string>();
    const options: T.shippingOption[] = [];
    for (const o of p.shipping_options) {
      if (o.id === '' || ids.has(o.id)) return badRequest('SHIPPING_ID_INVALID');
      if (o.prices.length === 0 || o.prices.some((x) => !Number.isSafeInteger(x.amount) || x.amount < 0)) return badRequest('PRICES_INVALID');
      ids.add(o.id);
      options.push({ _: 'shippingOption', id: o.id, title: o.title, prices: o.prices.map((x) => ({ _: 'labeledPrice', label: x.label, amount: x.amount })) });
    }
    const { order_id } = JSON.parse(q.payload) as { order_id: string };
    sql(c.db, 'UPDATE payment_orders SET shipping_options = ? WHERE id = ?').run(JSON.stringify(options), order_id);
    answerQuery(c, q, { order_id });
    return { _: 'ok' };
  }),

  ask(
    'sendPaymentForm',
    (c, p) => {
      const f = payable(c, p.chat_id, p.message_id);
      if (isErr(f)) return f;
      const needsInfo = f.invoice.need_name || f.invoice.need_phone_number || f.invoice.need_email || f.invoice.need_shipping_address;
      const order = p.order_info_id === '' ? undefined : (sql(c.db, 'SELECT * FROM payment_orders WHERE id = ?').get(p.order_info_id) as OrderRow | undefined);
      if (p.order_info_id !== '' && (!order || order.user_id !== c.me || order.conv !== f.inv.conv || order.msg !== f.inv.msg)) return badRequest('ORDER_INFO_ID_INVALID');
      if (needsInfo && !order) return badRequest('Order info must be validated first (validateOrderInfo)');
      let shipping: T.shippingOption | null = null;
      if (f.invoice.is_flexible) {
        shipping = (JSON.parse(order!.shipping_options) as T.shippingOption[]).find((o) => o.id === p.shipping_option_id) ?? null;
        if (!shipping) return badRequest('SHIPPING_OPTION_INVALID');
      }
      // the test provider: new card data is any JSON object; a saved card is the one saved
      const cred = p.credentials;
      if (cred === null) return required('credentials');
      let title: string;
      let save: Checkout['save'] = null;
      if (cred._ === 'inputCredentialsSaved') {
        const saved = savedInfo(c);
        if (!saved?.credentials_id || saved.credentials_id !== cred.saved_credentials_id) return badRequest('CREDENTIALS_INVALID');
        title = saved.credentials_title;
      } else {
        let card: Record<string, unknown>;
        try {
          card = JSON.parse(cred.data) as Record<string, unknown>;
        } catch {
          return badRequest('CREDENTIALS_INVALID: the test provider takes the card data as JSON');
        }
        if (typeof card !== 'object' || card === null) return badRequest('CREDENTIALS_INVALID: the test provider takes the card data as JSON');
        const number = String(card.number ?? card.card_number ?? '4242');
        title = `Test card *${number.slice(-4)}`;
        if (cred.allow_save) save = { id: randomBytes(8).toString('hex'), title };
      }
      const sum = total(f.invoice.prices) + (shipping ? total(shipping.prices) : 0);
      const checkout: Checkout = {
        invoice: f.invoice,
        payload: f.inv.payload,
        order_info: order?.order_info ? (JSON.parse(order.order_info) as T.orderInfo) : null,
        shipping_option: shipping,
        credentials_title: title,
        save,
        total: sum,
        chat_id: f.chatId,
      };
      const q = newQuery(c, 'precheckout', f.inv.bot, f.inv.conv, f.inv.msg, f.chatId, checkout);
      feedAccount(c.db, f.inv.bot, {
        _: 'updateNewPreCheckoutQuery',
        id: String(q),
        sender_user_id: c.me,
        currency: f.invoice.currency,
        total_amount: sum,
        invoice_payload: f.inv.payload,
        shipping_option_id: shipping?.id ?? '',
        order_info: checkout.order_info,
      });
      return pending(q);
    },
    (c, q) => answered(c, q, () => ({ _: 'paymentResult', success: true, verification_url: '' }) as T.paymentResult),
    (c, q) => {
      const a = answered(c, q, () => ({ _: 'paymentResult', success: true, verification_url: '' }) as T.paymentResult);
      if (a) return a;
      expire(c, q);
      return badRequest('BOT_RESPONSE_TIMEOUT');
    },
  ),

  write('answerPreCheckoutQuery', (c, p) => {
    if (!getAccount(c.db, c.me)?.is_bot) return BOTS_ONLY();
    const q = openQuery(c, p.pre_checkout_query_id, 'precheckout');
    if (!q) return QUERY_ID_INVALID();
    if (p.error_message !== '') {
      answerQuery(c, q, { error: p.error_message });
      return { _: 'ok' };
    }
    const k = JSON.parse(q.payload) as Checkout;
    const conv = getConv(c.db, q.conv)!;
    const invoiceMsg = sql(c.db, 'SELECT * FROM messages WHERE conv = ? AND id = ?').get(q.conv, q.msg) as MessageRow | undefined;
    const content = invoiceMsg ? (JSON.parse(invoiceMsg.content) as T.MessageContent) : undefined;
    if (!invoiceMsg || content?._ !== 'messageInvoice' || content.receipt_message_id !== 0) {
      answerQuery(c, q, { error: 'Invoice is already paid' });
      return { _: 'ok' };
    }
    const now = c.now();
    // the test provider charges the card; the payment shows in the chat, from the payer
    const receipt = postMessage(c.db, conv, q.sender, { _: 'messagePaymentSuccessful', currency: k.invoice.currency, total_amount: k.total }, now);
    const paid: T.messageInvoice = { ...content, receipt_message_id: receipt.id };
    sql(c.db, 'UPDATE messages SET content = ? WHERE conv = ? AND id = ?').run(JSON.stringify(paid), q.conv, q.msg);
    for (const d of memberDialogs(c.db, q.conv)) feedAccount(c.db, d.owner, { _: 'updateMessageContent', chat_id: d.chat_id, message_id: q.msg, new_content: paid });
    sql(
      c.db,
      'INSERT INTO payments (conv, receipt_msg, invoice_msg, payer, bot, invoice, order_info, shipping_option, credentials_title, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(q.conv, receipt.id, q.msg, q.sender, c.me, JSON.stringify(k.invoice), JSON.stringify(k.order_info), JSON.stringify(k.shipping_option), k.credentials_title, now);
    if (k.save) {
      sql(c.db, 'INSERT INTO saved_payment_info (user_id, credentials_id, credentials_title) VALUES (?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET credentials_id = excluded.credentials_id, credentials_title = excluded.credentials_title').run(
        q.sender,
        k.save.id,
        k.save.title,
      );
    }
    answerQuery(c, q, { receipt: receipt.id });
    return { _: 'ok' };
  }),

  read('getPaymentReceipt', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    const m = messageRow(c.db, c.me, r.conv.id, p.message_id);
    if (!m) return err('MESSAGE_NOT_FOUND');
    const row = sql(c.db, 'SELECT * FROM payments WHERE conv = ? AND receipt_msg = ?').get(r.conv.id, m.id) as
      | { date: number; bot: number; invoice: string; order_info: string; shipping_option: string; credentials_title: string }
      | undefined;
    if (!row) return badRequest('Message is not a successful payment');
    return {
      _: 'paymentReceipt',
      date: row.date,
      payments_provider_user_id: row.bot,
      invoice: JSON.parse(row.invoice) as T.invoice,
      order_info: JSON.parse(row.order_info) as T.orderInfo | null,
      shipping_option: JSON.parse(row.shipping_option) as T.shippingOption | null,
      credentials_title: row.credentials_title,
    };
  }),

  read('getSavedOrderInfo', (c) => {
    const saved = savedInfo(c);
    // nothing saved: an empty order info (TDLib answers null)
    return saved?.order_info ? (JSON.parse(saved.order_info) as T.orderInfo) : { _: 'orderInfo', name: '', phone_number: '', email: '', shipping_address: null };
  }),

  write('deleteSavedOrderInfo', (c) => {
    sql(c.db, 'UPDATE saved_payment_info SET order_info = NULL WHERE user_id = ?').run(c.me);
    return { _: 'ok' };
  }),

  write('deleteSavedCredentials', (c) => {
    sql(c.db, "UPDATE saved_payment_info SET credentials_id = NULL, credentials_title = '' WHERE user_id = ?").run(c.me);
    return { _: 'ok' };
  }),
];
