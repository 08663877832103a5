// The ceiling for the HTTP figures: a bare node:http server that answers every request with the bytes and headers
// of one paradip answer, read from a file. `node --import tsx bench/http/bare-server.ts PORT BODY HEADERS.json`
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [port, bodyFile, headersFile] = process.argv.slice(2);
const body = readFileSync(bodyFile!);
const headers = { ...JSON.parse(readFileSync(headersFile!, 'utf8')), 'content-length': body.length };
createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
}).listen(Number(port), '127.0.0.1');
