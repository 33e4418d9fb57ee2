// The CLI's yardstick (`npm run bench`): the unavoidable work of `integrity-risk catalog` on the
// same data, in a process of its own: read and JSON.parse the input, JSON.stringify the very values
// the CLI wrote (for JSON the catalog's values, post by post; for the other formats their lines),
// write them. Loading the values written from the CLI's output is not timed.
//
// The output is read back in pieces of about 16 MiB, never as one string (a 100,000-post catalog
// is gigabytes): for JSON each post is cut out by its lines (the catalog's posts open with the line
// `    {` and close with `    }` or `    },`), parsed untimed, then stringified and written timed;
// what is left (the head and the tail, `posts` emptied) is parsed and stringified once.
//
// Timed in CPU time of the process (`process.cpuUsage`, every thread), as the CLI is, and in wall
// time. `node bench/limit.mjs <input.json> <output> <format>` prints {"ms": …, "wallMs": …,
// "posts": …}; node's start-up is not in it.
import { closeSync, openSync, readFileSync, readSync, rmSync, writeSync } from 'node:fs';

const [input, output, format] = process.argv.slice(2);
const PIECE = 16 * 2 ** 20;
let ms = 0;
let wallMs = 0;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const timed = (f) => {
  const t0 = performance.now();
  const c0 = cpu();
  const r = f();
  ms += cpu() - c0;
  wallMs += performance.now() - t0;
  return r;
};

const posts = timed(() => JSON.parse(readFileSync(input, 'utf8')).posts.length);
const target = `${output}.limit`;
const out = openSync(target, 'w');
const write = (text) => {
  if (text.length > 0) writeSync(out, text);
};

/** The output's lines, piece by piece (each piece ends at a line end). */
function* linePieces() {
  const fd = openSync(output, 'r');
  const buf = Buffer.alloc(PIECE);
  let carry = Buffer.alloc(0);
  for (;;) {
    const n = readSync(fd, buf, 0, PIECE, null);
    if (n === 0) break;
    const bytes = Buffer.concat([carry, buf.subarray(0, n)]);
    const end = bytes.lastIndexOf(10);
    if (end < 0) {
      carry = bytes;
      continue;
    }
    carry = Buffer.from(bytes.subarray(end + 1));
    yield bytes.subarray(0, end).toString('utf8').split('\n');
  }
  closeSync(fd);
  if (carry.length > 0) yield [carry.toString('utf8')];
}

if (format === 'json') {
  const rest = [];
  let post = null;
  for (const lines of linePieces()) {
    const values = [];
    for (const line of lines) {
      if (post === null) {
        if (line === '    {') post = [line];
        else rest.push(line);
        continue;
      }
      if (line === '    }' || line === '    },') {
        post.push('    }');
        values.push(JSON.parse(post.join('\n')));
        post = null;
      } else post.push(line);
    }
    timed(() => {
      let text = '';
      for (const v of values) text += `${JSON.stringify(v, null, 2)}\n`;
      write(text);
    });
  }
  const headTail = JSON.parse(rest.join('\n'));
  timed(() => write(JSON.stringify(headTail, null, 2)));
} else {
  for (const lines of linePieces()) {
    timed(() => {
      let text = '';
      for (const line of lines) text += `${JSON.stringify(line)}\n`;
      write(text);
    });
  }
}
closeSync(out);
rmSync(target);
process.stdout.write(`${JSON.stringify({ ms, wallMs, posts })}\n`);
