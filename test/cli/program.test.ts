import { describe, expect, it } from 'vitest';
import { runCli, type CliIO, type Command } from '../../src/cli/program.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { EXIT } from '../../src/cli/errors.js';

/** An in-memory outside world. */
function memoryIO(files: Record<string, string> = {}, stdin = ''): CliIO & { out: string; err: string; written: Record<string, string> } {
  const io = {
    out: '',
    err: '',
    written: {} as Record<string, string>,
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

describe('the dispatcher', () => {
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
    expect(help.out).toMatch(/echo {6}echo\n {2}validate {2}check an organization document/);
  });
});
