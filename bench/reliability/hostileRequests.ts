import * as net from 'node:net';
import { startEmulatorServer } from '../../workbench/emulator/server';

export interface HostileFigures {
  requests: number;
  crashes: number;
  serverErrors: number;
  /** Requests that should have been refused but got a 2xx. */
  wronglyAccepted: number;
  examples: string[];
}

interface Hostile {
  name: string;
  /** The raw HTTP/1.1 request, without the Host line unless it is the thing under test. */
  raw: (host: string, digest: string) => string;
  /** A $batch is answered 200 as a whole: then every part inside must be refused. */
  refusedIn: 'answer' | 'batch parts';
}

const user = 'x-custodian-user: priya.shah@council.example';

function request(method: string, path: string, headers: string[] = [], body = ''): Hostile['raw'] {
  return (host, digest) =>
    [`${method} ${path} HTTP/1.1`, `Host: ${host}`, 'Accept: application/json', user, `X-RequestDigest: ${digest}`, ...headers, `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close', '', body].join('\r\n');
}

const api = '/sites/custodian/_api';
const items = `${api}/web/lists/getbytitle('Hostile')/items`;

/** A few hundred requests SharePoint refuses, each of which must be refused here with a 4xx, not a 5xx or a 2xx. */
export function hostileRequests(): Hostile[] {
  const all: Hostile[] = [];
  const add = (name: string, raw: Hostile['raw']): void => void all.push({ name, raw, refusedIn: name.startsWith('$batch') ? 'batch parts' : 'answer' });
  for (const bad of ['%', '%E0%A4%A', '%ZZ', '%C0%AF', '%FF%FE', "getbytitle('%", '%00']) {
    add(`percent-encoding ${bad} in the path`, request('GET', `${api}/web/lists/${bad}`));
    add(`percent-encoding ${bad} in an argument`, request('GET', `${api}/web/lists/getbytitle('${bad}')/items`));
  }
  for (const depth of [101, 500, 5000, 20000]) {
    add(`$filter nested ${depth} deep`, request('GET', `${items}?$filter=${'('.repeat(depth)}Id%20eq%201${')'.repeat(depth)}`));
    add(`$filter with ${depth} nots`, request('GET', `${items}?$filter=${'not%20'.repeat(depth)}Id%20eq%201`));
  }
  for (const filter of ["Title eq 'unclosed", 'Id eq', 'eq 1', 'Id eq 1 and', "datetime'nonsense' eq Id", 'Id xx 1', 'substringof(Title)', 'startswith(,)', '(((', ')))', 'Id eq 1)', 'Nope eq 1', "Title eq 'a' or", 'Id eq 99999999999999999999999']) {
    add(`$filter "${filter}"`, request('GET', `${items}?$filter=${encodeURIComponent(filter)}`));
  }
  add('a $filter of 2,000 conditions', request('GET', `${items}?$filter=${encodeURIComponent(Array.from({ length: 2000 }, (_, n) => `Id eq ${n}`).join(' or '))}`));
  for (const top of ['-1', 'abc', '5001', '1e3', '0x10', '']) add(`$top=${top}`, request('GET', `${items}?$top=${top}`));
  for (const token of ['Paged=TRUE', 'p_ID=abc', '%%%', 'Paged=TRUE&p_ID=']) add(`$skiptoken ${token}`, request('GET', `${items}?$skiptoken=${encodeURIComponent(token)}`));
  for (const order of ['Nope asc', 'Title sideways', '']) add(`$orderby ${order}`, request('GET', `${items}?$orderby=${encodeURIComponent(order)}`));
  for (const select of ['Nope', 'Title,Nope', 'Author/Title', 'Title/Nope/Deeper']) add(`$select ${select}`, request('GET', `${items}?$select=${encodeURIComponent(select)}`));
  for (const expand of ['Nope', 'Title', 'Author/Nope']) add(`$expand ${expand}`, request('GET', `${items}?$expand=${encodeURIComponent(expand)}&$select=Id`));
  for (const id of ['0x10', '1e1', '-1', '1.5', '99999999999', 'abc', "'1'x", '1)(2']) {
    add(`item id ${id}`, request('GET', `${items.replace('/items', '')}/items(${id})`));
    add(`delete item id ${id}`, request('POST', `${items.replace('/items', '')}/items(${id})`, ['X-HTTP-Method: DELETE', 'If-Match: *']));
  }
  for (const body of ['{', '[]', '"text"', '1', 'null', '{"Title":', '\u0000', '{"Title":"x","Title":}', 'x'.repeat(1000)]) {
    add(`body ${JSON.stringify(body.slice(0, 12))} to add an item`, request('POST', items, ['Content-Type: application/json'], body));
    add(`body ${JSON.stringify(body.slice(0, 12))} to create a list`, request('POST', `${api}/web/lists`, ['Content-Type: application/json'], body));
  }
  for (const value of ['"0x10"', '"Infinity"', '"1,000"', '[]', '{}', 'true', '"2026-02-30"']) {
    add(`Count=${value}`, request('POST', items, ['Content-Type: application/json'], `{"Title":"x","Count":${value}}`));
    add(`When=${value}`, request('POST', items, ['Content-Type: application/json'], `{"Title":"x","When":${value === 'true' ? '"9000-01-01"' : value}}`));
  }
  for (const properties of ['{"Title":"' + 'x'.repeat(512) + '"}', '{"Title":""}', '{"Title":"ok","Colour":"red"}', '{"Title":"ok","BaseTemplate":"abc"}', '{"Title":"ok","BaseTemplate":106}', '{"Title":5}', '{"Title":"ok","EnableVersioning":"yes"}']) {
    add(`create a list with ${properties.slice(0, 40)}`, request('POST', `${api}/web/lists`, ['Content-Type: application/json'], properties));
    add(`update a list with ${properties.slice(0, 40)}`, request('POST', `${api}/web/lists/getbytitle('Hostile')`, ['Content-Type: application/json', 'X-HTTP-Method: MERGE'], properties.replace('{"Title":"ok",', '{')));
  }
  for (const field of ['{"MaxLength":"abc"}', '{"MaxLength":1000}', '{"Required":"yes"}', '{"Nonsense":1}', '{"Choices":"a"}', '{"Title":""}', '{"EnforceUniqueValues":true}']) {
    add(`update a field with ${field}`, request('POST', `${api}/web/lists/getbytitle('Hostile')/fields/getbyinternalnameortitle('Title')`, ['Content-Type: application/json', 'X-HTTP-Method: MERGE'], field));
  }
  for (const xml of ['<Field', '<Field Type="Text"/>', '<Field Name="a b" Type="Text"/>', '<Field Name="X" Type="Bogus"/>', '<Field Name="Y" Type="Text" MaxLength="abc"/>', '<NotAField/>', '<!DOCTYPE x [<!ENTITY a "aaaa">]><Field Name="Z" Type="Text" DisplayName="&a;&a;"/>']) {
    add(`create a field from ${xml.slice(0, 30)}`, request('POST', `${api}/web/lists/getbytitle('Hostile')/fields/createfieldasxml`, ['Content-Type: application/json'], JSON.stringify({ parameters: { SchemaXml: xml } })));
  }
  for (const path of ['web/nonsense', 'web/lists/getbytitle(', "web/lists/getbytitle('Hostile'", "web/lists/getbytitle('Hostile')/items(1", 'web/sitegroups/getbyid(abc)', 'web/roledefinitions/getbyname(', '', 'nonsense', 'web/siteusers(@v)', "web/siteusers(@v)?@v=unquoted", 'web/getusereffectivepermissions(@u)', 'web/currentuser/nonsense', 'web/lists(guid\'not-a-guid\')', "web/lists/getbytitle('Hostile')/roleassignments/addroleassignment(principalid=abc)"]) {
    add(`address ${path}`, request(path.includes('addrole') ? 'POST' : 'GET', `${api}/${path}`));
  }
  for (const method of ['PROPFIND', 'OPTIONS', 'TRACE', 'PUT', 'DELETE', 'PATCH']) add(`${method} on the web`, request(method, `${api}/web`, ['Content-Type: application/json'], '{"Nope":1}'));
  add('GET contextinfo', request('GET', `${api}/contextinfo`));
  for (const digest of ['x', '0x,', `0x${'0'.repeat(64)},Sun, 22 Nov 2026 10:00:00 GMT`, '0xAB,not a date']) {
    add(`digest ${digest.slice(0, 12)}`, (host) => request('POST', items, ['Content-Type: application/json'], '{"Title":"x"}')(host, digest));
  }
  for (const identity of ['nobody@nowhere.example', '1073741823', 'SHAREPOINT\\system', '0', '-1', '']) {
    add(`identity ${identity || '(empty)'}`, (host, digest) => request('GET', `${api}/web`)(host, digest).replace(user, `x-custodian-user: ${identity}`));
  }
  add('no identity', (host, digest) => request('GET', `${api}/web`)(host, digest).replace(`${user}\r\n`, ''));
  for (const cookie of ['custodian-user=%E0%A4%A', 'custodian-user=%', 'custodian-user=nobody']) {
    add(`cookie ${cookie}`, (host, digest) => request('GET', `${api}/web`, [`Cookie: ${cookie}`])(host, digest).replace(`${user}\r\n`, ''));
  }
  for (const host of ['', 'bad host', 'a'.repeat(300), 'evil.example:99999x', '[::1', '127.0.0.1:8080/../', '%41']) {
    add(`Host "${host.slice(0, 20)}"`, (_, digest) => request('GET', `${api}/web`)(host, digest));
  }
  const batch = (boundary: string, parts: string[]): string => [...parts.map((part) => `--${boundary}\r\n${part}`), `--${boundary}--`, ''].join('\r\n');
  const partOf = (line: string, body = ''): string => ['Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', line, 'Content-Type: application/json', '', body].join('\r\n');
  add('$batch with no boundary', request('POST', `${api}/$batch`, ['Content-Type: multipart/mixed'], 'anything'));
  add('$batch with only a malformed part', request('POST', `${api}/$batch`, ['Content-Type: multipart/mixed; boundary=b'], batch('b', [partOf('NOT A REQUEST LINE')])));
  add('$batch with a part for another site', request('POST', `${api}/$batch`, ['Content-Type: multipart/mixed; boundary=b'], batch('b', [partOf('GET http://elsewhere.example/sites/x/_api/web HTTP/1.1')])));
  add('$batch inside a $batch', request('POST', `${api}/$batch`, ['Content-Type: multipart/mixed; boundary=b'], batch('b', [partOf(`POST http://127.0.0.1${api}/$batch HTTP/1.1`)])));
  add('$batch with a bad address in a part', request('POST', `${api}/$batch`, ['Content-Type: multipart/mixed; boundary=b'], batch('b', [partOf('GET http://[bad HTTP/1.1')])));
  add('$batch of 1,001 parts', request('POST', `${api}/$batch`, ['Content-Type: multipart/mixed; boundary=b'], batch('b', Array.from({ length: 1001 }, () => partOf(`GET http://127.0.0.1${api}/web HTTP/1.1`)))));
  add('GET $batch', request('GET', `${api}/$batch`));
  add('a body of 11 MB', request('POST', items, ['Content-Type: application/json'], `{"Title":"${'x'.repeat(11 * 1024 * 1024)}"}`));
  add('a Content-Length of 64 MB with no body', (host, digest) => request('POST', items, ['Content-Type: application/json'])(host, digest).replace('Content-Length: 0', `Content-Length: ${64 * 1024 * 1024}`));
  return all;
}

/** Sends raw bytes and reads every status line: the answer's, then a batch's parts'. Empty when nothing came back. */
function send(port: number, raw: string): Promise<number[]> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.setTimeout(15_000, () => socket.destroy());
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve([...answer.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((match) => Number(match[1]))));
    socket.end(raw);
  });
}

export async function runHostileRequests(): Promise<HostileFigures> {
  const running = await startEmulatorServer(0);
  const port = Number(new URL(running.siteUrl).port);
  const host = `127.0.0.1:${port}`;
  try {
    const headers = { accept: 'application/json', 'x-custodian-user': 'priya.shah@council.example' };
    const { FormDigestValue: digest } = (await (await fetch(`${running.siteUrl}/_api/contextinfo`, { method: 'POST', headers })).json()) as { FormDigestValue: string };
    await fetch(`${running.siteUrl}/_api/web/lists`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'x-requestdigest': digest }, body: '{"Title":"Hostile"}' });
    for (const xml of ['<Field Type="Number" Name="Count" DisplayName="Count" />', '<Field Type="DateTime" Name="When" DisplayName="When" />']) {
      await fetch(`${running.siteUrl}/_api/web/lists/getbytitle('Hostile')/fields/createfieldasxml`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'x-requestdigest': digest }, body: JSON.stringify({ parameters: { SchemaXml: xml } }) });
    }
    const figures: HostileFigures = { requests: 0, crashes: 0, serverErrors: 0, wronglyAccepted: 0, examples: [] };
    for (const hostile of hostileRequests()) {
      figures.requests++;
      const [status, ...parts] = await send(port, hostile.raw(host, digest));
      const alive = (await fetch(`${running.siteUrl}/_api/web`, { headers }).catch(() => undefined))?.status === 200;
      if (!alive) {
        figures.crashes++;
        figures.examples.push(`crash: ${hostile.name}`);
        break;
      }
      const refused = hostile.refusedIn === 'answer' ? status >= 400 : status >= 400 || (parts.length > 0 && parts.every((part) => part >= 400 && part < 500));
      if (status === undefined || status >= 500 || parts.some((part) => part >= 500)) {
        figures.serverErrors++;
        figures.examples.push(`${status ?? 'no answer'}: ${hostile.name}`);
      } else if (!refused) {
        figures.wronglyAccepted++;
        figures.examples.push(`${[status, ...parts].join(', ')}: ${hostile.name}`);
      }
    }
    return figures;
  } finally {
    await running.close();
  }
}
