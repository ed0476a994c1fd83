/**
 * The password for `create-vendor` and `create-provider`: from PLATFORM_PASSWORD, or typed at a
 * prompt that does not echo it (or one line of piped input). Never from the command line, where
 * `ps` and the shell's history would show it to anyone on the machine.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

export const PASSWORD_VARIABLE = 'PLATFORM_PASSWORD';

export interface PasswordSource {
  env: NodeJS.ProcessEnv;
  input: NodeJS.ReadableStream;
  /** Where the prompt goes; what is typed is not echoed. */
  prompt: NodeJS.WritableStream;
}

/** A terminal echoes keys itself: read them raw, one by one, until Enter. */
function readHidden(input: NodeJS.ReadStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let typed = '';
    input.setRawMode(true);
    input.resume();
    const onData = (chunk: Buffer) => {
      for (const key of chunk.toString('utf8')) {
        if (key === '\r' || key === '\n' || key === '\u0004') return finish(null);
        if (key === '\u0003') return finish(new Error('cancelled'));
        typed = key === '\u007f' || key === '\b' ? typed.slice(0, -1) : typed + key;
      }
    };
    const finish = (error: Error | null) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      if (error) reject(error);
      else resolve(typed);
    };
    input.on('data', onData);
  });
}

export async function readPassword({ env, input, prompt }: PasswordSource): Promise<string> {
  const fromEnv = env[PASSWORD_VARIABLE];
  if (fromEnv) return fromEnv;
  prompt.write('password (not shown): ');
  const terminal = input as NodeJS.ReadStream;
  if (terminal.isTTY) {
    const typed = await readHidden(terminal);
    prompt.write('\n');
    if (!typed) throw new Error('no password given');
    return typed;
  }
  // readline echoes what it reads to `output`; a sink that drops it keeps the password unseen.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const reader = createInterface({ input, output: silent, terminal: false });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      reader.once('line', resolve);
      reader.once('close', () => reject(new Error('no password given')));
    });
    prompt.write('\n');
    if (!line) throw new Error('no password given');
    return line;
  } finally {
    reader.close();
  }
}
