// Loaded with `node --require` into a process under test: records every attempt to reach
// the network (sockets, DNS, http/https, fetch) to the file named by CLAUSEMARK_NET_LOG.
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');

// Read at each attempt, so a test that is done with the spy unsets the variable to stop it.
const record = (what) => {
  const log = process.env.CLAUSEMARK_NET_LOG;
  if (log) fs.appendFileSync(log, `${what}\n`);
};
const wrap = (object, name, label) => {
  const original = object[name];
  object[name] = function (...args) {
    record(`${label} ${String(args[0] && (args[0].host || args[0].hostname || args[0].href || args[0]))}`);
    return original.apply(this, args);
  };
};
wrap(net.Socket.prototype, 'connect', 'socket');
wrap(dns, 'lookup', 'dns');
wrap(dns.promises, 'lookup', 'dns');
wrap(http, 'request', 'http');
wrap(https, 'request', 'https');
if (typeof globalThis.fetch === 'function') wrap(globalThis, 'fetch', 'fetch');
