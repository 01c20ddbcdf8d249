#!/usr/bin/env node
import { runCli } from '../dist/cli.js';

// `aichips scan … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`aichips: unexpected error: ${error?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
