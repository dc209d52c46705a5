import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';
import { RouteTable } from '../src/http/route-table.js';

describe('gateway route table', () => {
  let base = '';
  let close: () => void = () => {};
  const says = (text: string): RequestHandler => (_req, res) => void res.type('text').send(text);

  before(async () => {
    const table = new RouteTable();
    table.get('/q/:w/e', says('parameter, registered first'));
    table.get('/q/r/e', says('plain, registered second'));
    table.get('/a/b/c/x', says('abc x'));
    table.post('/a/b/c/x', says('abc x (post)'));
    table.get('/a/b/c', says('abc'));
    table.use('/a/b/c/mount', (req, res) => void res.type('text').send(`mount ${req.path}`));
    table.get('/a/:p/c', says('parameter p'));
    table.get('/short', says('short'));
    table.use('/pre', (_req, _res, next) => next()); // a short mount reaches every key
    table.get('/a/b/c/after-use', (req, res) => void res.type('text').send(`after ${req.baseUrl}|${req.route?.path}`));
    const app = express();
    app.use(table.handler());
    app.use((_req, res) => void res.status(404).type('text').send('none'));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  after(() => close());

  const get = async (path: string, method = 'GET') => {
    const res = await fetch(base + path, { method });
    return `${res.status} ${await res.text()}`;
  };

  it('answers each request with the route one router would have picked', async () => {
    assert.equal(await get('/a/b/c/x'), '200 abc x');
    assert.equal(await get('/a/b/c/x', 'POST'), '200 abc x (post)');
    assert.equal(await get('/A/B/C/X'), '200 abc x', 'case-insensitive, as express routes are');
    assert.equal(await get('/a/b/c'), '200 abc');
    assert.equal(await get('/a/b/c/'), '200 abc');
    assert.equal(await get('/a/b/c/mount/deeper'), '200 mount /deeper');
    assert.equal(await get('/a/zz/c'), '200 parameter p');
    assert.equal(await get('/short'), '200 short');
    assert.equal(await get('/a/b/c/after-use'), '200 after |/a/b/c/after-use');
  });

  it('keeps the order of a parameter route before a plain one that matches the same path', async () => {
    assert.equal(await get('/q/r/e'), '200 parameter, registered first');
    assert.equal(await get('/q/s/e'), '200 parameter, registered first');
  });

  it('falls through to what follows when nothing matches', async () => {
    assert.equal(await get('/a/b/c/unknown'), '404 none');
    assert.equal(await get('/nowhere/at/all'), '404 none');
    assert.equal(await get('/a/b/c/x', 'DELETE'), '404 none');
  });
});
