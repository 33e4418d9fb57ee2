import { describe, expect, it } from 'vitest';
import { runCli, type CliIO, type Command } from '../../src/cli/program.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { EXIT } from '../../src/cli/errors.js';

/** An in-memory outside world. */
function memoryIO(
  files: Record<string, string> = {},
  stdin = '',
): CliIO & { out: string; err: string; written: Record<string, string>; writes: string[] } {
  const io = {
    out: '',
    err: '',
    written: {} as Record<string, string>,
    /** Each write of a chunked output, to see how chunks were gathered. */
    writes: [] as string[],
    readFile: async (path: string) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
    readStdin: async () => new TextEncoder().encode(stdin),
    writeFile: async (path: string, text: string) => {
      if (path.startsWith('/readonly/')) throw Object.assign(new Error('denied'), { code: 'EACCES' });
      io.written[path] = text;
    },
    openOutput: async (path: string | undefined) => {
      if (path?.startsWith('/readonly/')) throw Object.assign(new Error('denied'), { code: 'EACCES' });
      if (path !== undefined) io.written[path] = '';
      return {
        write: async (chunk: string) => {
          io.writes.push(chunk);
          if (path === undefined) io.out += chunk;
          else io.written[path] += chunk;
        },
        end: async () => {},
      };
    },
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
    version: () => '9.9.9',
  };
  return io;
}

/** A command that echoes its input through the shared helpers, as later commands will. */
const echo: Command = {
  name: 'echo',
  summary: { 'zh-CN': '回显', 'zh-TW': '回顯', en: 'echo' },
  description: { 'zh-CN': '回显', 'zh-TW': '回顯', en: 'echo' },
  usage: '<file|-> [-o file]',
  argumentsHelp: [],
  positionals: { min: 1, max: 1, name: '<file|->' },
  output: true,
  flags: [{ name: 'upper', short: 'u', help: { 'zh-CN': '大写', 'zh-TW': '大寫', en: 'upper case' } }],
  async run(ctx) {
    const value = await ctx.readJson(ctx.args[0]!);
    const text = JSON.stringify(value);
    await ctx.write(ctx.flags['upper'] === true ? text.toUpperCase() : text);
    return EXIT.ok;
  },
};

/** A command that writes many small chunks, as the catalog renderers do. */
const chunky: Command = {
  ...echo,
  name: 'chunky',
  positionals: { min: 0, max: 0, name: '' },
  flags: [{ name: 'fail', help: { 'zh-CN': '失败', 'zh-TW': '失敗', en: 'fail' } }],
  async run(ctx) {
    const fail = ctx.flags['fail'] === true;
    function* chunks(): Generator<string> {
      for (let i = 0; i < 20_000; i++) {
        if (fail && i === 10) throw new TypeError('renderer broke');
        yield `${i % 10}`.repeat(10);
      }
    }
    await ctx.writeChunks(chunks());
    return EXIT.ok;
  },
};

describe('the dispatcher', () => {
  it('chunked output: gathered into blocks, written in order, to stdout or -o', async () => {
    const io = memoryIO();
    expect(await runCli(['chunky'], [chunky], io)).toBe(0);
    expect(io.out).toHaveLength(200_000);
    expect(io.out.slice(0, 30)).toBe('000000000011111111112222222222');
    expect(io.writes.length).toBeGreaterThan(1);
    expect(io.writes.length).toBeLessThan(10);
    const file = memoryIO();
    expect(await runCli(['chunky', '-o', 'out.txt'], [chunky], file)).toBe(0);
    expect(file.written['out.txt']).toBe(io.out);
    expect(file.out).toBe('');
  });

  it('chunked output: an unwritable -o is exit 2, a renderer failure one line and exit 1', async () => {
    const io = memoryIO();
    expect(await runCli(['chunky', '-o', '/readonly/x', '--locale', 'en'], [chunky], io)).toBe(2);
    expect(io.err).toContain('cannot write "/readonly/x": EACCES');
    const broken = memoryIO();
    expect(await runCli(['chunky', '--fail', '--locale', 'en'], [chunky], broken)).toBe(1);
    expect(broken.err).toBe('integrity-risk: internal error: renderer broke (please report it)\n');
  });

  it('writes a command\'s result to -o <file>, or to stdout for - or no -o', async () => {
    const io = memoryIO({ 'in.json': '{"a":"b"}' });
    expect(await runCli(['echo', 'in.json', '-o', 'out.json', '-u'], [echo], io)).toBe(0);
    expect(io.written['out.json']).toBe('{"A":"B"}');
    expect(await runCli(['echo', 'in.json', '--output=-'], [echo], io)).toBe(0);
    expect(await runCli(['echo', '-'], [echo], memoryIO({}, '[1]'))).toBe(0);
    expect(io.out).toBe('{"a":"b"}');
  });

  it('an unwritable -o file is a usage error (exit 2)', async () => {
    const io = memoryIO({ 'in.json': '{}' });
    expect(await runCli(['echo', 'in.json', '-o', '/readonly/x'], [echo], io)).toBe(2);
    expect(io.err).toContain('无法写入 "/readonly/x"：EACCES');
  });

  it('-o is refused by commands that write no result', async () => {
    const io = memoryIO({ 'in.json': '{}' });
    expect(await runCli(['validate', 'in.json', '-o', 'x'], COMMANDS, io)).toBe(2);
    expect(io.err).toContain('未知选项 "-o"');
  });

  it('a flag that takes no value refuses one; -- ends the flags', async () => {
    const io = memoryIO({ '-u': '[2]' });
    expect(await runCli(['echo', '--upper=yes', 'x'], [echo], io)).toBe(2);
    expect(await runCli(['echo', '--', '-u'], [echo], io)).toBe(0);
    expect(io.out).toBe('[2]');
  });

  it('an unexpected exception becomes one line and exit 1', async () => {
    const boom: Command = { ...echo, name: 'boom', run: async () => { throw new TypeError('bad state'); } };
    const io = memoryIO();
    expect(await runCli(['boom', 'x', '--locale', 'en'], [boom], io)).toBe(1);
    expect(io.err).toBe('integrity-risk: internal error: bad state (please report it)\n');
  });

  it('--version wins, --help lists every command', async () => {
    const io = memoryIO();
    expect(await runCli(['-V'], [echo, ...COMMANDS], io)).toBe(0);
    expect(io.out).toBe('9.9.9\n');
    const help = memoryIO();
    expect(await runCli(['-h', '--locale', 'en'], [echo, ...COMMANDS], help)).toBe(0);
    expect(help.out).toMatch(/ {2}echo +echo\n {2}validate +check an organization document\n/);
  });
});
