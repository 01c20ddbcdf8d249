#!/usr/bin/env node
import { runCli } from '../dist/cli.js';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`aichips: unexpected error: ${error?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
