/** Payments with the local test provider: invoices from a bot, the form, order info (with the bot's shipping options), pre-checkout, receipts, saved data. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBot, createMemoryNetwork, openEmbeddedCore } from '../../src/core/index.js';
import type { TdObject } from '../../src/core/client.js';
import { call, login, ok, Updates } from './helpers.js';

type Any = any;
const PAYLOAD = Buffer.from('order-1').toString('base64');
const TOKEN = '284685063:TEST:luatd';

function world() {
  const net = createMemoryNetwork();
  const created = createBot(net, 'Shop');
  const user = openEmbeddedCore({ network: net, session: 'user', botTimeoutMs: 3000 });
  const bot = openEmbeddedCore({ network: net, session: 'bot', botTimeoutMs: 3000 });
  const uid = login(user, '9996610001', 'Ulla');
  ok(bot, { _: 'checkAuthBotToken', token: created.token });
  ok(user, { _: 'createPrivateChat', user_id: created.user_id });
  ok(bot, { _: 'createPrivateChat', user_id: uid });
  return {
    user,
    bot,
    uid,
    botId: created.user_id,
    ub: new Updates(user),
    bb: new Updates(bot),
    done: async () => {
      await user.close();
      await bot.close();
      net.close();
    },
  };
}

function invoiceMessage(extra: Record<string, unknown> = {}, invoice: Record<string, unknown> = {}, token = TOKEN): TdObject {
  return {
    _: 'sendMessage',
    chat_id: 0,
    reply_to_message_id: 0,
    disable_notification: false,
    from_background: false,
    reply_markup: null,
    input_message_content: {
      _: 'inputMessageInvoice',
      invoice: { _: 'invoice', currency: 'EUR', prices: [{ _: 'labeledPrice', label: 'Tea', amount: 1000 }, { _: 'labeledPrice', label: 'Cake', amount: 500 }], is_test: true, need_name: true, need_phone_number: false, need_email: true, need_shipping_address: false, is_flexible: false, ...invoice },
      title: 'Tea time',
      description: 'Tea and cake',
      photo_url: '',
      photo_size: 0,
      photo_width: 0,
      photo_height: 0,
      payload: PAYLOAD,
      provider_token: token,
      start_parameter: 'tea',
      ...extra,
    },
  };
}

const send = (w: ReturnType<typeof world>, req: TdObject): Any => call(w.bot, { ...req, chat_id: w.uid });
const card = (allowSave: boolean) => ({ _: 'inputCredentialsNew', data: JSON.stringify({ number: '4242424242424242', exp: '12/30' }), allow_save: allowSave });
const ORDER = { _: 'orderInfo', name: 'Ulla', phone_number: '', email: 'ulla@example.org', shipping_address: null };

test('an invoice paid with a new card: form, order info saved, pre-checkout answered by the bot, the payment message, the receipt; paid twice is refused', async () => {
  const w = world();
  try {
    const inv = send(w, invoiceMessage());
    assert.deepEqual(inv.content, { _: 'messageInvoice', title: 'Tea time', description: 'Tea and cake', photo: null, currency: 'EUR', total_amount: 1500, start_parameter: 'tea', is_test: true, need_shipping_address: false, receipt_message_id: 0 });
    const form = ok(w.user, { _: 'getPaymentForm', chat_id: w.botId, message_id: inv.id }) as Any;
    assert.equal(form.invoice.currency, 'EUR');
    assert.deepEqual(form.invoice.prices.map((p: Any) => p.amount), [1000, 500]);
    assert.equal(form.payments_provider.publishable_key, 'pk_test_luatd_local');
    assert.equal(form.saved_order_info, null);
    assert.equal(form.saved_credentials, null);
    assert.equal(call(w.bot, { _: 'getPaymentForm', chat_id: w.uid, message_id: inv.id }).message, "Bots can't pay invoices");
    // order info: what the invoice asks for is required
    assert.equal((await w.user.invoke({ _: 'validateOrderInfo', chat_id: w.botId, message_id: inv.id, order_info: { ...ORDER, name: '' }, allow_save: false })).message, 'REQ_INFO_NAME_INVALID');
    assert.equal((await w.user.invoke({ _: 'validateOrderInfo', chat_id: w.botId, message_id: inv.id, order_info: { ...ORDER, email: 'nope' }, allow_save: false })).message, 'REQ_INFO_EMAIL_INVALID');
    const valid = (await w.user.invoke({ _: 'validateOrderInfo', chat_id: w.botId, message_id: inv.id, order_info: ORDER, allow_save: true })) as Any;
    assert.equal(valid._, 'validatedOrderInfo');
    assert.deepEqual(valid.shipping_options, []);
    assert.equal((ok(w.user, { _: 'getSavedOrderInfo' }) as Any).email, 'ulla@example.org');
    assert.equal((await w.user.invoke({ _: 'sendPaymentForm', chat_id: w.botId, message_id: inv.id, order_info_id: '', shipping_option_id: '', credentials: card(true) })).message, 'Order info must be validated first (validateOrderInfo)');
    const paying = w.user.invoke({ _: 'sendPaymentForm', chat_id: w.botId, message_id: inv.id, order_info_id: valid.order_info_id, shipping_option_id: '', credentials: card(true) });
    const pre = await w.bb.waitFor((u) => u._ === 'updateNewPreCheckoutQuery');
    assert.equal(pre.sender_user_id, w.uid);
    assert.equal(pre.currency, 'EUR');
    assert.equal(pre.total_amount, 1500);
    assert.equal(pre.invoice_payload, PAYLOAD);
    assert.equal((pre.order_info as Any).name, 'Ulla');
    assert.equal(call(w.user, { _: 'answerPreCheckoutQuery', pre_checkout_query_id: pre.id, error_message: '' }).message, 'The method is available only for bots');
    ok(w.bot, { _: 'answerPreCheckoutQuery', pre_checkout_query_id: pre.id, error_message: '' });
    assert.equal(call(w.bot, { _: 'answerPreCheckoutQuery', pre_checkout_query_id: pre.id, error_message: '' }).message, 'QUERY_ID_INVALID', 'answered once');
    assert.deepEqual(await paying, { _: 'paymentResult', success: true, verification_url: '' });
    const paid = (await w.ub.waitFor((u) => u._ === 'updateNewMessage' && (u.message as Any).content._ === 'messagePaymentSuccessful')).message as Any;
    assert.deepEqual(paid.content, { _: 'messagePaymentSuccessful', currency: 'EUR', total_amount: 1500 });
    assert.equal(paid.sender_user_id, w.uid);
    await w.ub.waitFor((u) => u._ === 'updateMessageContent' && u.message_id === inv.id);
    assert.equal(((ok(w.user, { _: 'getMessage', chat_id: w.botId, message_id: inv.id }) as Any).content).receipt_message_id, paid.id);
    const receipt = ok(w.user, { _: 'getPaymentReceipt', chat_id: w.botId, message_id: paid.id }) as Any;
    assert.equal(receipt.payments_provider_user_id, w.botId);
    assert.equal(receipt.credentials_title, 'Test card *4242');
    assert.equal(receipt.order_info.name, 'Ulla');
    assert.equal(receipt.shipping_option, null);
    assert.equal(receipt.invoice.currency, 'EUR');
    assert.equal(call(w.user, { _: 'getPaymentReceipt', chat_id: w.botId, message_id: inv.id }).message, 'Message is not a successful payment');
    assert.equal(call(w.user, { _: 'getPaymentForm', chat_id: w.botId, message_id: inv.id }).message, 'Invoice is already paid');
    // the next invoice offers the saved card and order info; the bot may refuse at pre-checkout
    const second = send(w, invoiceMessage());
    const form2 = ok(w.user, { _: 'getPaymentForm', chat_id: w.botId, message_id: second.id }) as Any;
    assert.equal(form2.saved_credentials.title, 'Test card *4242');
    assert.equal(form2.saved_order_info.name, 'Ulla');
    const v2 = (await w.user.invoke({ _: 'validateOrderInfo', chat_id: w.botId, message_id: second.id, order_info: form2.saved_order_info, allow_save: false })) as Any;
    const refused = w.user.invoke({ _: 'sendPaymentForm', chat_id: w.botId, message_id: second.id, order_info_id: v2.order_info_id, shipping_option_id: '', credentials: { _: 'inputCredentialsSaved', saved_credentials_id: form2.saved_credentials.id } });
    const pre2 = await w.bb.waitFor((u) => u._ === 'updateNewPreCheckoutQuery' && u.id !== pre.id);
    ok(w.bot, { _: 'answerPreCheckoutQuery', pre_checkout_query_id: pre2.id, error_message: 'Out of cake' });
    assert.equal((await refused).message, 'Out of cake');
    assert.equal((await w.user.invoke({ _: 'sendPaymentForm', chat_id: w.botId, message_id: second.id, order_info_id: v2.order_info_id, shipping_option_id: '', credentials: { _: 'inputCredentialsSaved', saved_credentials_id: 'other' } })).message, 'CREDENTIALS_INVALID');
    // forgetting what was saved
    ok(w.user, { _: 'deleteSavedCredentials' });
    ok(w.user, { _: 'deleteSavedOrderInfo' });
    const form3 = ok(w.user, { _: 'getPaymentForm', chat_id: w.botId, message_id: second.id }) as Any;
    assert.equal(form3.saved_credentials, null);
    assert.equal(form3.saved_order_info, null);
    assert.deepEqual(ok(w.user, { _: 'getSavedOrderInfo' }), { _: 'orderInfo', name: '', phone_number: '', email: '', shipping_address: null });
  } finally {
    await w.done();
  }
});

test('a flexible invoice: validateOrderInfo asks the bot (updateNewShippingQuery), answerShippingQuery gives the options, the chosen one is added to the total', async () => {
  const w = world();
  try {
    const inv = send(w, invoiceMessage({}, { need_email: false, need_shipping_address: true, is_flexible: true }));
    const address = { _: 'shippingAddress', country_code: 'DE', state: '', city: 'Berlin', street_line1: 'Unter den Linden 1', street_line2: '', post_code: '10117' };
    assert.equal((await w.user.invoke({ _: 'validateOrderInfo', chat_id: w.botId, message_id: inv.id, order_info: { ...ORDER, shipping_address: null }, allow_save: false })).message, 'ADDRESS_INVALID');
    const asking = w.user.invoke({ _: 'validateOrderInfo', chat_id: w.botId, message_id: inv.id, order_info: { ...ORDER, shipping_address: address }, allow_save: false });
    const sq = await w.bb.waitFor((u) => u._ === 'updateNewShippingQuery');
    assert.equal(sq.invoice_payload, 'order-1');
    assert.equal((sq.shipping_address as Any).city, 'Berlin');
    assert.match(call(w.bot, { _: 'answerShippingQuery', shipping_query_id: sq.id, shipping_options: [], error_message: '' }).message as string, /SHIPPING_OPTIONS_EMPTY/);
    const options = [{ _: 'shippingOption', id: 'post', title: 'Post', prices: [{ _: 'labeledPrice', label: 'Post', amount: 300 }] }];
    ok(w.bot, { _: 'answerShippingQuery', shipping_query_id: sq.id, shipping_options: options, error_message: '' });
    const valid = (await asking) as Any;
    assert.deepEqual(valid.shipping_options, options);
    assert.equal((await w.user.invoke({ _: 'sendPaymentForm', chat_id: w.botId, message_id: inv.id, order_info_id: valid.order_info_id, shipping_option_id: 'air', credentials: card(false) })).message, 'SHIPPING_OPTION_INVALID');
    const paying = w.user.invoke({ _: 'sendPaymentForm', chat_id: w.botId, message_id: inv.id, order_info_id: valid.order_info_id, shipping_option_id: 'post', credentials: card(false) });
    const pre = await w.bb.waitFor((u) => u._ === 'updateNewPreCheckoutQuery');
    assert.equal(pre.total_amount, 1800);
    assert.equal(pre.shipping_option_id, 'post');
    ok(w.bot, { _: 'answerPreCheckoutQuery', pre_checkout_query_id: pre.id, error_message: '' });
    assert.equal(((await paying) as Any).success, true);
    const paid = (await w.ub.waitFor((u) => u._ === 'updateNewMessage' && (u.message as Any).content._ === 'messagePaymentSuccessful')).message as Any;
    const receipt = ok(w.user, { _: 'getPaymentReceipt', chat_id: w.botId, message_id: paid.id }) as Any;
    assert.equal(receipt.shipping_option.id, 'post');
    assert.equal(receipt.order_info.shipping_address.city, 'Berlin');
    // a shipping error reaches the user
    const other = send(w, invoiceMessage({}, { need_email: false, need_shipping_address: true, is_flexible: true }));
    const asking2 = w.user.invoke({ _: 'validateOrderInfo', chat_id: w.botId, message_id: other.id, order_info: { ...ORDER, shipping_address: address }, allow_save: false });
    const sq2 = await w.bb.waitFor((u) => u._ === 'updateNewShippingQuery' && u.id !== sq.id);
    ok(w.bot, { _: 'answerShippingQuery', shipping_query_id: sq2.id, shipping_options: [], error_message: 'We do not ship there' });
    assert.equal((await asking2).message, 'We do not ship there');
    assert.equal(call(w.user, { _: 'answerShippingQuery', shipping_query_id: sq2.id, shipping_options: [], error_message: '' }).message, 'The method is available only for bots');
  } finally {
    await w.done();
  }
});

test('invoices: only bots send them, only with the local test provider, with valid prices', async () => {
  const w = world();
  try {
    assert.equal(call(w.user, { ...invoiceMessage(), chat_id: w.botId }).message, 'Invoices can be sent only by bots');
    assert.match(send(w, invoiceMessage({}, {}, 'live-token')).message, /PAYMENT_PROVIDER_INVALID/);
    assert.equal(send(w, invoiceMessage({}, { currency: 'euro' })).message, 'CURRENCY_INVALID');
    assert.equal(send(w, invoiceMessage({}, { prices: [] })).message, 'PRICES_INVALID');
    assert.equal(send(w, invoiceMessage({ title: '' })).message, 'TITLE_INVALID');
    assert.equal(send(w, invoiceMessage({}, { is_flexible: true })).message, 'A flexible invoice needs the shipping address');
    assert.equal(call(w.bot, { _: 'answerShippingQuery', shipping_query_id: '999', shipping_options: [], error_message: 'x' }).message, 'QUERY_ID_INVALID');
    assert.equal(call(w.user, { _: 'getPaymentForm', chat_id: w.botId, message_id: 1 }).message, 'Message not found');
  } finally {
    await w.done();
  }
});
