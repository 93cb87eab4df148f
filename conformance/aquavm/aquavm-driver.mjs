#!/usr/bin/env node
// airproof's AquaVM oracle: drives the real AquaVM 0.62.0 interpreter (avm.wasm inside marine-js 0.13.0) through
// a deterministic multi-peer scenario and prints a report. The scenario format, the driver semantics and the
// report format are the shared contract of conformance/SCENARIO-SPEC.md, with the points it leaves open decided
// in conformance/README.md ("Contract clarifications"). airproof's Java runner implements the same contract, so
// both reports must be byte-identical whenever both interpreters behave the same.
//
// Usage:
//   node aquavm-driver.mjs SCENARIO.json     print the report of one scenario (pretty JSON, 2-space indent)
//   node aquavm-driver.mjs --serve           newline-delimited JSON requests on stdin, one answer line each:
//        {"id": n, "scenario": {...}}  ->  {"id": n, "report": {...}}  or  {"id": n, "error": "message"}
//        {"id": n, "ast": "AIR text"}  ->  {"id": n, "ast": "<the interpreter's ast export result>"}
//   node aquavm-driver.mjs --ast FILE        print the interpreter's `ast` export result for the AIR in FILE
//
// AquaVM is AGPL-3.0. It is an external test oracle installed by npm (scripts/setup-test-deps) into
// node_modules; nothing of it is bundled with or copied into airproof.

import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { MarineService } from '@fluencelabs/marine-js/MarineService';
import { defaultCallParameters } from '@fluencelabs/marine-js/types';

const require = createRequire(import.meta.url);
// CommonJS helpers shipped with the interpreter: multicodec-prefixed MessagePack and call-request decoding.
const { MulticodecRepr, MsgPackRepr, deserializeAvmResult } = require('@fluencelabs/avm');
const callResultsRepr = new MulticodecRepr(new MsgPackRepr());

/** Soft size limit for AIR, particle and call results (4 GiB, as the Fluence JS client). */
const SIZE_LIMIT = 4294967296;

// ------------------------------------------------------------------------------------------------------------
// Identities (aquavm-wasm-driving.md §8): Ed25519 seed = SHA-256(alias), peer id = base58(identity multihash).

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** PKCS#8 DER prefix of a raw 32-byte Ed25519 seed (RFC 8410). */
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

/** base58btc (Bitcoin alphabet) of a byte array; leading zero bytes become '1'. */
function base58(bytes) {
  let digits = [];
  for (const byte of bytes) {
    let carry = byte;
    for (let i = 0; i < digits.length; i++) {
      carry += digits[i] << 8;
      digits[i] = carry % 58;
      carry = (carry / 58) | 0;
    }
    for (; carry > 0; carry = (carry / 58) | 0) digits.push(carry % 58);
  }
  let zeros = '';
  for (let i = 0; i < bytes.length && bytes[i] === 0; i++) zeros += '1';
  return zeros + digits.reverse().map((d) => BASE58[d]).join('');
}

/** Derives {alias, seed, peerId, signatureKey} for a test peer alias (checked against §8's vector below). */
function identity(alias) {
  const seed = createHash('sha256').update(alias, 'utf8').digest();
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32);
  const multihash = Buffer.concat([Buffer.from([0x00, 0x24, 0x08, 0x01, 0x12, 0x20]), publicKey]);
  const signatureKey = base58(Buffer.concat([Buffer.from([0x00]), publicKey]));
  return { alias, seed, peerId: base58(multihash), signatureKey };
}

/** The `user` vector of aquavm-wasm-driving.md §8: a wrong derivation would silently change every report. */
function checkIdentityVector() {
  const user = identity('user');
  if (user.peerId !== '12D3KooWCNR6wpQhZuw72LvLvwu78yh3yw8PNeRTzcqwibwJswk2'
      || user.signatureKey !== '13Z3wCgpzP1fccTQvJM9mNBcDVc5kLxLz32UvLcnQz126') {
    throw new Error(`peer id derivation is broken: user -> ${user.peerId} / ${user.signatureKey}`);
  }
}

// ------------------------------------------------------------------------------------------------------------
// The interpreter (aquavm-wasm-driving.md §2-§7).

/** A failure of the wasm call itself (not an interpreter ret code): the instance may be unusable afterwards. */
class AquaVmError extends Error {}

/** One avm.wasm instance inside marine-js; `invoke`, `ast` and `to_human_readable_data` are synchronous. */
class AquaVm {
  static #controlModule;
  static #avmBytes;

  /** Compiles marine-js once per process and instantiates a fresh interpreter service. */
  static async load() {
    if (!AquaVm.#controlModule) {
      checkIdentityVector();
      AquaVm.#controlModule = await WebAssembly.compile(readFileSync(require.resolve('@fluencelabs/marine-js/marine-js.wasm')));
      AquaVm.#avmBytes = new Uint8Array(readFileSync(require.resolve('@fluencelabs/avm/dist/avm.wasm')));
    }
    const wasi = { envs: { WASM_LOG: 'off' }, preopened_files: new Set(), mapped_dirs: new Map() };
    const config = { modules_config: [{ import_name: 'avm', config: { logger_enabled: true, logging_mask: 0, wasi } }] };
    const service = new MarineService(AquaVm.#controlModule, 'avm', () => {}, config, { avm: AquaVm.#avmBytes }, {});
    await service.init();
    return new AquaVm(service);
  }

  constructor(service) { this.service = service; }

  #call(fn, args) {
    try {
      return this.service.call(fn, args, defaultCallParameters);
    } catch (error) {
      throw new AquaVmError(`marine-js call '${fn}' failed: ${error?.message ?? error}`);
    }
  }

  /** The `ast` export: the interpreter's AST as JSON text, or text starting with `error:`. */
  ast(air) { return this.#call('ast', [air]); }

  /** Decodes opaque interpreter data into its human-readable JSON object (empty data -> null). */
  humanReadable(data) { return data.length === 0 ? null : JSON.parse(this.#call('to_human_readable_data', [Array.from(data)])); }

  /**
   * One interpreter call. `callResults` maps call id -> {ret_code, result}. Returns {retCode, errorMessage,
   * data: Uint8Array, nextPeerPks, callRequests: [[key, {serviceId, functionName, arguments, tetraplets}]]}.
   */
  invoke(air, prevData, data, runParameters, callResults) {
    const params = {
      init_peer_id: runParameters.initPeerId,
      current_peer_id: runParameters.currentPeerId,
      timestamp: runParameters.timestamp,
      ttl: runParameters.ttl,
      key_format: 0,
      secret_key_bytes: Array.from(runParameters.secretKey),
      particle_id: runParameters.particleId,
      air_size_limit: SIZE_LIMIT,
      particle_size_limit: SIZE_LIMIT,
      call_result_size_limit: SIZE_LIMIT,
      hard_limit_enabled: false, // a boolean: the npm helper's serializeAvmArgs wrongly puts a number here (§4)
    };
    const encodedResults = Array.from(callResultsRepr.toBinary(callResults));
    const raw = this.#call('invoke', [air, Array.from(prevData), Array.from(data), params, encodedResults]);
    const outcome = deserializeAvmResult(raw);
    return { ...outcome, data: Uint8Array.from(outcome.data) };
  }
}

// ------------------------------------------------------------------------------------------------------------
// JSON helpers.

/** Applies `f` to every string of a JSON value (object keys too when `keys`); returns a new value. */
function mapStrings(value, f, keys = true) {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f, keys));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [keys ? f(k) : k, mapStrings(v, f, keys)]));
  }
  return value;
}

/** Compact JSON with object keys sorted (numbers rendered by JavaScript). */
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The parsed JSON value of a result text when it is valid JSON, else the text itself. */
function parseOrText(text) {
  try { return JSON.parse(text); } catch { return text; }
}

// ------------------------------------------------------------------------------------------------------------
// Scenario normalisation (SCENARIO-SPEC.md "Scenario"): defaults filled in, aliases resolved.

function normalise(raw) {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('scenario must be a JSON object');
  const peers = raw.peers;
  if (!Array.isArray(peers) || peers.length === 0 || !peers.every((p) => typeof p === 'string')) {
    throw new Error('scenario.peers must be a non-empty array of alias strings');
  }
  if (new Set(peers).size !== peers.length) throw new Error('scenario.peers has duplicate aliases');
  const initPeer = raw.initPeer ?? peers[0];
  if (!peers.includes(initPeer)) throw new Error(`initPeer '${initPeer}' is not in peers`);
  const air = Array.isArray(raw.air) ? raw.air.join('\n') : raw.air;
  if (typeof air !== 'string') throw new Error('scenario.air must be a string or an array of lines');
  const ids = Object.fromEntries(peers.map((alias) => [alias, identity(alias)]));
  /** Replaces every {{alias}} by the peer id of that scenario peer; an alias that is no peer is an error. */
  const toIds = (text) => text.replace(/\{\{([^{}]*)\}\}/g, (m, alias) => {
    if (!Object.hasOwn(ids, alias)) throw new Error(`unknown alias "${alias}" in {{${alias}}} (peers: ${peers.join(', ')})`);
    return ids[alias].peerId;
  });
  const particle = raw.particle ?? {};
  const delivery = raw.delivery ?? {};
  const onError = delivery.onError ?? {};
  const callResults = delivery.callResults ?? 'queue';
  const maxSteps = raw.maxSteps ?? 1000;
  if (!Number.isInteger(maxSteps) || maxSteps < 0) throw new Error('scenario.maxSteps must be a non-negative integer');
  const seed = delivery.seed ?? null;
  if (seed !== null && !Number.isInteger(seed)) throw new Error('delivery.seed must be an integer or null');
  if (callResults !== 'queue' && callResults !== 'inline') throw new Error(`unknown delivery.callResults '${callResults}'`);
  return {
    name: raw.name ?? '',
    air: toIds(air),
    peers,
    ids,
    initPeer,
    services: mapTables(raw.services ?? {}, (b) => substituteBehaviour(b, toIds)),
    particle: {
      id: particle.id ?? 'particle-1',
      timestamp: particle.timestamp ?? 1700000000000,
      ttl: particle.ttl ?? 120000,
    },
    seed,
    inline: callResults === 'inline',
    storeData: onError.storeData ?? true,
    forward: onError.forward ?? true,
    maxSteps,
  };
}

/** Applies `f` to every behaviour of a services object {peer: {key: behaviour}}. */
function mapTables(services, f) {
  if (services === null || typeof services !== 'object' || Array.isArray(services)) throw new Error('scenario.services must be an object');
  return Object.fromEntries(Object.entries(services).map(([peer, table]) => {
    if (table === null || typeof table !== 'object' || Array.isArray(table)) throw new Error(`services["${peer}"] must be an object`);
    return [peer, Object.fromEntries(Object.entries(table).map(([key, b]) => [key, f(b)]))];
  }));
}

/** Replaces {{alias}} in the string values (not keys) of `return` and `error` values, also inside lists. */
function substituteBehaviour(behaviour, toIds) {
  if (behaviour === null || typeof behaviour !== 'object' || Array.isArray(behaviour)) return behaviour;
  const out = { ...behaviour };
  for (const kind of ['return', 'error']) if (kind in out) out[kind] = mapStrings(out[kind], toIds, false);
  for (const kind of ['sequence', 'oneOf']) {
    if (Array.isArray(out[kind])) out[kind] = out[kind].map((b) => substituteBehaviour(b, toIds));
  }
  return out;
}

// ------------------------------------------------------------------------------------------------------------
// Delivery order: FIFO, or mulberry32 seeded selection (SCENARIO-SPEC.md "Driver").

function mulberry32(seed) {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ------------------------------------------------------------------------------------------------------------
// Service behaviours (SCENARIO-SPEC.md "BEHAVIOUR").

/** Finds the behaviour of a call of `service`/`fn` on peer `alias`, or undefined. */
function lookupBehaviour(services, alias, service, fn) {
  for (const table of [services[alias], services['*']]) {
    if (!table) continue;
    for (const key of [`${service}/${fn}`, `${service}/*`, '*']) {
      if (Object.hasOwn(table, key)) return table[key];
    }
  }
  return undefined;
}

/** Answer {retCode, result: text} of a behaviour for the `index`-th call of its triple; null = no response. */
function answer(behaviour, args, index, service, fn) {
  if (behaviour === undefined) {
    const message = `No service found for service call: serviceId='${service}', fnName='${fn}' args='${JSON.stringify(args)}'`;
    return { retCode: 1, result: JSON.stringify(message) };
  }
  if (behaviour === null || typeof behaviour !== 'object') throw new Error(`invalid behaviour ${JSON.stringify(behaviour)}`);
  if ('sequence' in behaviour) {
    const list = behaviour.sequence;
    if (!Array.isArray(list) || list.length === 0) throw new Error('a sequence behaviour needs a non-empty array');
    return answer(list[Math.min(index, list.length - 1)], args, index, service, fn);
  }
  if ('oneOf' in behaviour) {
    // A nondeterministic choice for airproof's explorer; a deterministic run takes the first alternative.
    const list = behaviour.oneOf;
    if (!Array.isArray(list) || list.length === 0) throw new Error('a oneOf behaviour needs a non-empty array');
    return answer(list[0], args, index, service, fn);
  }
  if ('return' in behaviour) return { retCode: 0, result: JSON.stringify(behaviour.return) };
  if ('error' in behaviour) return { retCode: behaviour.retCode ?? 1, result: JSON.stringify(behaviour.error) };
  if ('echo' in behaviour) return { retCode: 0, result: JSON.stringify(args) };
  if ('arg' in behaviour) return { retCode: 0, result: JSON.stringify(args[behaviour.arg] ?? null) };
  if ('raw' in behaviour) {
    if (typeof behaviour.raw?.result !== 'string') throw new Error('a raw behaviour needs a result string');
    return { retCode: behaviour.raw.retCode ?? 0, result: behaviour.raw.result };
  }
  if ('noResponse' in behaviour) return null;
  throw new Error(`unknown behaviour ${JSON.stringify(behaviour)}`);
}

// ------------------------------------------------------------------------------------------------------------
// The driver (SCENARIO-SPEC.md "Driver"): one queue of particle and call-results messages, one interpreter call
// per step.

class Driver {
  constructor(vm, scenario) {
    this.vm = vm;
    this.s = scenario;
    this.byId = new Map(scenario.peers.map((alias) => [scenario.ids[alias].peerId, alias]));
    this.state = Object.fromEntries(scenario.peers.map((alias) => [alias, { data: new Uint8Array(0), invocations: 0 }]));
    this.queue = [{ kind: 'particle', to: scenario.initPeer, from: null, data: new Uint8Array(0) }];
    this.random = scenario.seed === null ? null : mulberry32(scenario.seed);
    this.counters = new Map(); // JSON [alias, service, fn] -> calls of that triple so far (sequence index)
    this.steps = [];
    this.executedCalls = [];
    this.undelivered = [];
  }

  run() {
    let stopReason;
    for (;;) {
      if (this.steps.length === this.s.maxSteps) { stopReason = 'maxSteps'; break; }
      const index = this.random === null ? 0 : Math.floor(this.random() * this.queue.length);
      const [message] = this.queue.splice(index, 1);
      const cut = this.s.inline ? this.deliverInline(message) : this.deliverQueued(message);
      if (cut) { stopReason = 'maxSteps'; break; }
      if (this.queue.length === 0) { stopReason = 'quiescent'; break; }
    }
    return this.report(stopReason);
  }

  /** Queue policy: one invocation; forward, then queue the answers as one call-results message. */
  deliverQueued(message) {
    const outcome = this.invoke(message);
    if (outcome.retCode === 0 || this.s.forward) this.forward(message.to, outcome.nextPeerPks, outcome.data);
    const results = this.answerAll(message.to, outcome.callRequests);
    if (Object.keys(results).length > 0) this.queue.push({ kind: 'callResults', to: message.to, results });
    return false;
  }

  /**
   * Inline policy: answer requests at once and re-invoke the same peer; forward the last data at the end.
   * Returns true when the step bound cut the loop while answers were still pending (the run then stops with
   * "maxSteps" after the forwarding, even if the queue is empty).
   */
  deliverInline(message) {
    let outcome = this.invoke(message);
    const next = new Set(outcome.nextPeerPks);
    let cut = false;
    for (;;) {
      const results = this.answerAll(message.to, outcome.callRequests);
      if (Object.keys(results).length === 0) break;
      if (this.steps.length === this.s.maxSteps) { cut = true; break; }
      outcome = this.invoke({ kind: 'callResults', to: message.to, results });
      outcome.nextPeerPks.forEach((id) => next.add(id));
    }
    if (outcome.retCode === 0 || this.s.forward) this.forward(message.to, [...next], outcome.data);
    return cut;
  }

  /** Runs the interpreter on the recipient, stores data per the error policy and records the step. */
  invoke(message) {
    const alias = message.to;
    const peer = this.state[alias];
    const id = this.s.ids[alias];
    const particle = message.kind === 'particle';
    const outcome = this.vm.invoke(this.s.air, peer.data, particle ? message.data : new Uint8Array(0), {
      initPeerId: this.s.ids[this.s.initPeer].peerId,
      currentPeerId: id.peerId,
      secretKey: id.seed,
      timestamp: this.s.particle.timestamp,
      ttl: this.s.particle.ttl,
      particleId: this.s.particle.id,
    }, particle ? {} : message.results);
    peer.invocations++;
    if (outcome.retCode === 0 || this.s.storeData) peer.data = outcome.data;
    outcome.callRequests.sort((a, b) => Number(a[0]) - Number(b[0]));
    this.steps.push({
      step: this.steps.length + 1,
      peer: alias,
      trigger: particle
        ? { kind: 'particle', from: message.from }
        : { kind: 'callResults', results: Object.entries(message.results).map(([key, r]) => ({ key: Number(key), retCode: r.ret_code, result: parseOrText(r.result) })) },
      retCode: outcome.retCode,
      errorMessage: outcome.errorMessage,
      nextPeers: this.orderPeers(outcome.nextPeerPks).names,
      callRequests: outcome.callRequests.map(([key, r]) => ({
        key: Number(key),
        service: r.serviceId,
        function: r.functionName,
        args: r.arguments,
        tetraplets: r.tetraplets.map((list) => list.map((t) => ({ peer_pk: t.peer_pk, service_id: t.service_id, function_name: t.function_name, lens: t.lens }))),
      })),
    });
    return outcome;
  }

  /** Splits peer ids into scenario aliases (in `peers` order) and unknown raw ids (sorted). */
  orderPeers(peerIds) {
    const set = new Set(peerIds);
    const known = this.s.peers.filter((alias) => set.has(this.s.ids[alias].peerId));
    const unknown = [...set].filter((id) => !this.byId.has(id)).sort();
    return { known, unknown, names: [...known, ...unknown] };
  }

  /** Appends one particle message per known next peer; unknown ids become undelivered. */
  forward(from, peerIds, data) {
    const { known, unknown } = this.orderPeers(peerIds);
    for (const alias of known) this.queue.push({ kind: 'particle', to: alias, from, data });
    this.undelivered.push(...unknown);
  }

  /** Answers the call requests of the last step in key order; returns call id -> {ret_code, result}. */
  answerAll(alias, callRequests) {
    const step = this.steps.length;
    const results = {};
    for (const [key, request] of callRequests) {
      const { serviceId: service, functionName: fn, arguments: args } = request;
      const counterKey = JSON.stringify([alias, service, fn]);
      const index = this.counters.get(counterKey) ?? 0;
      this.counters.set(counterKey, index + 1);
      const reply = answer(lookupBehaviour(this.s.services, alias, service, fn), args, index, service, fn);
      if (reply !== null) results[key] = { ret_code: reply.retCode, result: reply.result };
      this.executedCalls.push({
        step, peer: alias, key: Number(key), service, function: fn, args,
        retCode: reply === null ? null : reply.retCode,
        result: reply === null ? null : parseOrText(reply.result),
      });
    }
    return results;
  }

  report(stopReason) {
    const final = {};
    for (const alias of this.s.peers) {
      const peer = this.state[alias];
      const data = this.vm.humanReadable(peer.data)?.data ?? { trace: [], lcid: 0 };
      final[alias] = { invocations: peer.invocations, lcid: data.lcid, compactTrace: compactTrace(data), trace: data.trace };
    }
    const body = {
      stopReason,
      invocations: this.steps.length,
      steps: this.steps,
      executedCalls: this.executedCalls,
      undelivered: this.undelivered,
      final,
    };
    const peers = Object.fromEntries(this.s.peers.map((alias) => [alias, this.s.ids[alias].peerId]));
    return { name: this.s.name, peers, ...mapStrings(body, this.aliasText()) };
  }

  /** A string rewriter writing peer ids as {{alias}} and signature-store keys as {{key:alias}}. */
  aliasText() {
    const pairs = this.s.peers.flatMap((alias) => [
      [this.s.ids[alias].peerId, `{{${alias}}}`],
      [this.s.ids[alias].signatureKey, `{{key:${alias}}}`],
    ]).sort((a, b) => b[0].length - a[0].length);
    return (text) => pairs.reduce((acc, [from, to]) => acc.split(from).join(to), text);
  }
}

// ------------------------------------------------------------------------------------------------------------
// Compact trace: one line per state, CIDs resolved through the stores (SCENARIO-SPEC.md "compactTrace").

function compactTrace(data) {
  if (!data.cid_info) return [];
  const stores = data.cid_info;
  const value = (cid) => JSON.parse(stores.value_store[cid]);
  const origin = (tetrapletCid) => {
    const t = stores.tetraplet_store[tetrapletCid];
    return `${t.peer_pk} ${t.service_id}.${t.function_name}`;
  };
  const serviceResult = (cid) => {
    const aggregate = stores.service_result_store[cid];
    return `${canonicalJson(value(aggregate.value_cid))} <- ${origin(aggregate.tetraplet_cid)}`;
  };
  return data.trace.map((state) => {
    if (state.par) return `par ${state.par[0]} ${state.par[1]}`;
    if (state.ap) return `ap gens=[${state.ap.gens.join(',')}]`;
    if (state.fold) {
      const lore = state.fold.lore.map((l) => `${l.pos}:[${l.desc.map((d) => `${d.pos}+${d.len}`).join(' ')}]`);
      return ['fold', ...lore].join(' ');
    }
    if (state.canon) {
      if ('sent_by' in state.canon) return `canon sent_by ${state.canon.sent_by}`;
      const result = stores.canon_result_store[state.canon.executed];
      const values = result.values.map((cid) => value(stores.canon_element_store[cid].value));
      return `canon ${canonicalJson(values)} by ${stores.tetraplet_store[result.tetraplet].peer_pk}`;
    }
    if (state.call) return compactCall(state.call, serviceResult);
    throw new Error(`unknown trace state ${JSON.stringify(state)}`);
  });
}

function compactCall(call, serviceResult) {
  if (call.failed) return `call failed ${serviceResult(call.failed)}`;
  if (call.sent_by) {
    const sender = call.sent_by;
    if (sender.PeerId !== undefined) return `call sent_by ${sender.PeerId}`;
    return `call sent_by ${sender.PeerIdWithCallId.peer_id} call_id=${sender.PeerIdWithCallId.call_id}`;
  }
  const executed = call.executed;
  if (executed.scalar) return `call scalar ${serviceResult(executed.scalar)}`;
  if (executed.stream) return `call stream gen=${executed.stream.generation} ${serviceResult(executed.stream.cid)}`;
  if (executed.unused) return 'call unused';
  throw new Error(`unknown call state ${JSON.stringify(call)}`);
}

// ------------------------------------------------------------------------------------------------------------
// Command line.

/** Runs one scenario object on a loaded interpreter and returns its report. */
function runScenario(vm, rawScenario) {
  return new Driver(vm, normalise(rawScenario)).run();
}

/** Serves newline-delimited JSON requests until stdin closes; a failing request never stops the server. */
async function serve() {
  let vm = await AquaVm.load();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let id = null;
    let reply;
    try {
      const request = JSON.parse(line);
      id = request.id ?? null;
      if (typeof request.ast === 'string') reply = { id, ast: vm.ast(request.ast) };
      else reply = { id, report: runScenario(vm, request.scenario) };
    } catch (error) {
      reply = { id, error: String(error?.message ?? error) };
      // A trap inside the wasm may leave the instance unusable: start a fresh one (the compiled module is cached).
      if (error instanceof AquaVmError) vm = await AquaVm.load();
    }
    process.stdout.write(`${JSON.stringify(reply)}\n`);
  }
}

async function main(argv) {
  if (argv[0] === '--serve' && argv.length === 1) return serve();
  if (argv[0] === '--ast' && argv.length === 2) {
    const vm = await AquaVm.load();
    process.stdout.write(`${vm.ast(readFileSync(argv[1], 'utf8'))}\n`);
    return;
  }
  if (argv.length === 1 && !argv[0].startsWith('--')) {
    const vm = await AquaVm.load();
    const report = runScenario(vm, JSON.parse(readFileSync(argv[0], 'utf8')));
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  process.stderr.write('usage: aquavm-driver.mjs SCENARIO.json | --serve | --ast FILE\n');
  process.exitCode = 2;
}

export { AquaVm, identity, runScenario };

// Run as a program (not when imported by a tool or a test).
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`aquavm-driver: ${error?.message ?? error}\n`);
    process.exitCode = 1;
  });
}
