// Preloaded into every Node process of a platform under test (NODE_OPTIONS=--import=<this file>,
// which forked services inherit): each outgoing TCP connection's host, with the process id, is
// appended to the file named by SFXD_CONNECTIONS_FILE. The offline test reads it.
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const file = process.env.SFXD_CONNECTIONS_FILE;
if (file) {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    const [first, second] = args;
    const options = Array.isArray(first) ? first[0] : first;
    let host;
    if (typeof options === 'object' && options) host = options.path ? 'unix-socket' : (options.host ?? 'localhost');
    else if (typeof options === 'string') host = 'unix-socket';
    else host = typeof second === 'string' ? second : 'localhost';
    appendFileSync(file, `${process.pid} ${host}\n`);
    return connect.apply(this, args);
  };
}
