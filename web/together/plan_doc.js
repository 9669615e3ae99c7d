// The plan as a shared Yjs document, per item and field, so two people editing different fields
// never conflict and the same field settles on one value everywhere (docs/collaboration.md):
//   Y.Map "plan"        the plan's own fields: id, name, language, created, updated, voting (a round's
//                       settings without its participants)
//   Y.Map "context"     the business context's fields
//   per list (customKpis, objectives, goals, tactics, tasks, checkins, voters):
//   Y.Map "<list>"          items by id, each a Y.Map of its fields
//   Y.Array "<list>.order"  the ids in order
// Values are the plan format's JSON for the field (docs/plan-format.md). The C++ core stays the
// only thing views read: its operations come in through applyOps, and what other browsers change
// goes out as "remote changes" (watchRemoteChanges) for src/core/plan/remote_changes.h.
import * as Y from 'yjs';

export const LISTS = ['customKpis', 'objectives', 'goals', 'tactics', 'tasks', 'checkins', 'voters'];
const PLAN_FIELDS = ['id', 'name', 'language', 'created', 'updated', 'voting'];
// The origin of this browser's own transactions (operations, the seed, repairs written back).
export const LOCAL_ORIGIN = 'waymark-local';

const orderOf = (doc, list) => doc.getArray(`${list}.order`);

function itemMap(json) {
  const item = new Y.Map();
  for (const [key, value] of Object.entries(json)) item.set(key, value);
  return item;
}

// A list's order as every browser reads it: the order array's ids that have an item, each at its
// first place (concurrent moves of one item leave it twice), then items the array lacks, by id.
export function listOrder(doc, list) {
  const items = doc.getMap(list);
  const seen = new Set();
  const ids = [];
  for (const id of orderOf(doc, list).toArray())
    if (items.has(id) && !seen.has(id)) { seen.add(id); ids.push(id); }
  const rest = [...items.keys()].filter((id) => !seen.has(id)).sort();
  return ids.concat(rest);
}

function dropFromOrder(order, id) {
  const ids = order.toArray();
  for (let i = ids.length - 1; i >= 0; i--) if (ids[i] === id) order.delete(i, 1);
}

// Where in the order array an item goes to stand at `at` in the list as read (listOrder).
function arrayIndexFor(doc, list, at) {
  const read = listOrder(doc, list);
  if (at >= read.length) return orderOf(doc, list).length;
  const ids = orderOf(doc, list).toArray();
  const at_ = ids.indexOf(read[at]);
  return at_ < 0 ? ids.length : at_;
}

function applyOp(doc, op) {
  if (op.part === 'plan' || op.part === 'context') {
    const fields = doc.getMap(op.part);
    if (op.op !== 'set') throw new Error(`${op.op} on ${op.part}`);
    if ('to' in op) fields.set(op.field, op.to);
    else fields.delete(op.field);
    return;
  }
  if (!LISTS.includes(op.part)) throw new Error(`unknown part ${op.part}`);
  const items = doc.getMap(op.part);
  const order = orderOf(doc, op.part);
  switch (op.op) {
    case 'set': {
      const item = items.get(op.id);
      if (!item) return;  // deleted elsewhere meanwhile: the delete wins
      if ('to' in op) item.set(op.field, op.to);
      else item.delete(op.field);
      return;
    }
    case 'insert':
      items.set(op.id, itemMap(op.item));
      dropFromOrder(order, op.id);
      order.insert(arrayIndexFor(doc, op.part, op.at), [op.id]);
      return;
    case 'remove':
      items.delete(op.id);
      dropFromOrder(order, op.id);
      return;
    case 'move':
      if (!items.has(op.id)) return;
      dropFromOrder(order, op.id);
      order.insert(arrayIndexFor(doc, op.part, op.to), [op.id]);
      return;
    default:
      throw new Error(`unknown operation ${op.op}`);
  }
}

// Applies the core's operations (docs/operations.md, their JSON form: a list, or its text) in one
// transaction with this browser's origin. An operation on an item deleted elsewhere is skipped.
export function applyOps(doc, ops) {
  const list = typeof ops === 'string' ? JSON.parse(ops) : ops;
  if (!Array.isArray(list)) throw new Error('operations must be a list');
  doc.transact(() => { for (const op of list) applyOp(doc, op); }, LOCAL_ORIGIN);
}

function planObject(plan) {
  const p = typeof plan === 'string' ? JSON.parse(plan) : plan;
  return p && p.format === 'waymark-plan' ? p.plan : p;
}

// Fills an empty document from a plan (a plan file's JSON, as text or object, or its "plan").
// A big plan is written in transactions of about chunkBytes of items each, so each travels as a
// message the server takes (its limit per message, docs/collaboration.md).
export function seed(doc, plan, { chunkBytes = 256 * 1024 } = {}) {
  const p = planObject(plan);
  if (!p || typeof p !== 'object') throw new Error('not a plan');
  if (doc.getMap('plan').size > 0) throw new Error('the document is not empty');
  doc.transact(() => {
    const fields = doc.getMap('plan');
    for (const key of PLAN_FIELDS) {
      if (!(key in p)) continue;
      if (key === 'voting') {
        const settings = { ...p.voting };
        delete settings.participants;  // they are the "voters" list
        fields.set(key, settings);
      } else {
        fields.set(key, p[key]);
      }
    }
    const context = doc.getMap('context');
    for (const [key, value] of Object.entries(p.context || {})) context.set(key, value);
  }, LOCAL_ORIGIN);
  let batch = [];
  let bytes = 0;
  const flush = () => {
    if (!batch.length) return;
    const items = batch;
    doc.transact(() => {
      for (const [list, item] of items) {
        doc.getMap(list).set(item.id, itemMap(item));
        orderOf(doc, list).push([item.id]);
      }
    }, LOCAL_ORIGIN);
    batch = [];
    bytes = 0;
  };
  for (const list of LISTS) {
    const items = list === 'voters' ? (p.voting ? p.voting.participants : []) : p[list] || [];
    for (const item of items) {
      if (typeof item.id !== 'string' || !item.id) throw new Error(`an item of ${list} has no id (seed the core's exportPlan)`);
      batch.push([list, item]);
      bytes += JSON.stringify(item).length;
      if (bytes >= chunkBytes) flush();
    }
  }
  flush();
}

function itemJson(item) {
  return item instanceof Y.Map ? item.toJSON() : null;
}

// The whole document as remote changes (the form of watchRemoteChanges): what a browser that
// joins applies to an empty plan.
export function wholeChanges(doc) {
  const changes = { plan: doc.getMap('plan').toJSON(), context: doc.getMap('context').toJSON(), items: {}, order: {} };
  for (const list of LISTS) {
    const items = doc.getMap(list);
    changes.items[list] = {};
    for (const [id, item] of items.entries()) changes.items[list][id] = itemJson(item);
    changes.order[list] = listOrder(doc, list);
  }
  return changes;
}

// The document as a plan file's JSON object (its items in listOrder; what a merge broke is
// repaired by the core, not here).
export function planFromDoc(doc) {
  const plan = doc.getMap('plan').toJSON();
  const { voting, ...fields } = plan;
  const out = { ...fields };
  const context = doc.getMap('context').toJSON();
  if (Object.keys(context).length) out.context = context;
  for (const list of LISTS) {
    const items = doc.getMap(list);
    const values = listOrder(doc, list).map((id) => itemJson(items.get(id)));
    if (list === 'voters') {
      if (voting) out.voting = { ...voting, participants: values };
    } else if (values.length) {
      out[list] = values;
    }
  }
  return { format: 'waymark-plan', version: 1, plan: out };
}

// Calls onChanges(changes) after every transaction that did not start in this browser (another
// browser's edits, the server's copy on connecting), with what it left, in the form of
// src/core/plan/remote_changes.h:
//   {plan: {field: value|null}, context: {...}, items: {list: {id: item|null}}, order: {list: [ids]}}
// (keys only for what changed; an item is its whole JSON, null once deleted; an order is the whole
// list as listOrder reads it, for each list whose order or membership changed). Returns a
// function that stops watching.
export function watchRemoteChanges(doc, onChanges) {
  const fieldsOf = new Map([[doc.getMap('plan'), 'plan'], [doc.getMap('context'), 'context']]);
  const itemsOf = new Map(LISTS.map((list) => [doc.getMap(list), list]));
  const ordersOf = new Map(LISTS.map((list) => [orderOf(doc, list), list]));
  const handler = (tr) => {
    if (tr.local) return;
    const fields = { plan: new Set(), context: new Set() };
    const items = new Map(LISTS.map((list) => [list, new Set()]));
    const orders = new Set();
    for (const [type, keys] of tr.changed) {
      if (fieldsOf.has(type)) {
        for (const key of keys) if (key !== null) fields[fieldsOf.get(type)].add(key);
      } else if (itemsOf.has(type)) {
        const list = itemsOf.get(type);
        for (const key of keys) if (key !== null) items.get(list).add(key);
        orders.add(list);
      } else if (ordersOf.has(type)) {
        orders.add(ordersOf.get(type));
      } else if (type._item && itemsOf.has(type._item.parent)) {
        items.get(itemsOf.get(type._item.parent)).add(type._item.parentSub);
      }
    }
    const changes = {};
    for (const part of ['plan', 'context']) {
      if (!fields[part].size) continue;
      const map = doc.getMap(part);
      changes[part] = {};
      for (const key of fields[part]) changes[part][key] = map.has(key) ? map.get(key) : null;
    }
    for (const [list, ids] of items) {
      if (!ids.size) continue;
      const map = doc.getMap(list);
      changes.items ??= {};
      changes.items[list] = {};
      for (const id of ids) changes.items[list][id] = itemJson(map.get(id));
    }
    for (const list of orders) {
      changes.order ??= {};
      changes.order[list] = listOrder(doc, list);
    }
    if (Object.keys(changes).length) onChanges(changes);
  };
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}
