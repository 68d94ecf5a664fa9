#!/usr/bin/env node
// Compiles every contract under src/ with the pinned solc (package.json)
// through its standard-JSON interface, optimizer on and an explicit EVM
// version, and writes artifacts/combined.json: the ABI and creation bytecode
// of each deployable contract, in solc's --combined-json shape so that abigen
// can read it. The output is deterministic (sorted, no metadata hash), so CI
// can rebuild it and fail on any difference.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const EVM_VERSION = 'prague';
const OPTIMIZER_RUNS = 1000000;
// Contracts compiled with fewer runs than OPTIMIZER_RUNS, to stay under the
// 24,576 bytes of deployed code a contract may have (EIP-170): with 1,000,000
// runs the optimizer inlines more into ProviderVault than fits. Measured
// deployed sizes with delivery settlement and spot leases (openSpotLease):
// 25,390 bytes with 20,000 or 10,000 runs, 24,227 with 8,000, 23,598 with
// 5,000. Each is compiled a second time, alone, with its own runs.
const RUNS_OVERRIDE = { 'src/ProviderVault.sol:ProviderVault': 5000 };
const root = __dirname;

function listSol(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listSol(p) : e.name.endsWith('.sol') ? [p] : [];
  }).sort();
}

const sources = {};
for (const file of listSol(path.join(root, 'src'))) {
  sources[path.relative(root, file).split(path.sep).join('/')] = { content: fs.readFileSync(file, 'utf8') };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    evmVersion: EVM_VERSION,
    optimizer: { enabled: true, runs: OPTIMIZER_RUNS },
    // No metadata hash in the bytecode: the artifacts then depend only on
    // the sources and the compiler, not on paths or comments.
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: {},
  },
};
// Every file's contracts but those of RUNS_OVERRIDE (compiled below).
for (const file of Object.keys(sources)) {
  const skip = Object.keys(RUNS_OVERRIDE).filter((k) => k.startsWith(file + ':')).map((k) => k.split(':')[1]);
  input.settings.outputSelection[file] = skip.length ? {} : { '*': ['abi', 'evm.bytecode.object'] };
}

function findImport(p) {
  for (const base of [path.join(root, 'node_modules'), root]) {
    const full = path.join(base, p);
    if (fs.existsSync(full)) return { contents: fs.readFileSync(full, 'utf8') };
  }
  return { error: 'not found: ' + p };
}

function compile(inp) {
  const out = JSON.parse(solc.compile(JSON.stringify(inp), { import: findImport }));
  let failed = false;
  for (const e of out.errors || []) {
    if (e.severity === 'error') failed = true;
    if (inp === input) process.stderr.write(e.formattedMessage + '\n');
  }
  if (failed) process.exit(1);
  return out;
}

const output = compile(input);
for (const key of Object.keys(RUNS_OVERRIDE).sort()) {
  const [file, name] = key.split(':');
  const alone = JSON.parse(JSON.stringify(input));
  alone.settings.optimizer.runs = RUNS_OVERRIDE[key];
  alone.settings.outputSelection = { [file]: { [name]: ['abi', 'evm.bytecode.object'] } };
  output.contracts[file] = output.contracts[file] || {};
  output.contracts[file][name] = compile(alone).contracts[file][name];
}

const contracts = {};
for (const file of Object.keys(output.contracts).sort()) {
  if (!file.startsWith('src/')) continue;
  for (const name of Object.keys(output.contracts[file]).sort()) {
    const c = output.contracts[file][name];
    const bin = c.evm.bytecode.object;
    if (!bin) continue; // interfaces and abstract contracts
    contracts[file + ':' + name] = { abi: c.abi, bin };
  }
}
const combined = {
  contracts, version: solc.version(), evmVersion: EVM_VERSION, optimizerRuns: OPTIMIZER_RUNS, optimizerRunsOverride: RUNS_OVERRIDE,
};
fs.mkdirSync(path.join(root, 'artifacts'), { recursive: true });
fs.writeFileSync(path.join(root, 'artifacts', 'combined.json'), JSON.stringify(combined, null, 1) + '\n');
process.stdout.write(`compiled ${Object.keys(contracts).length} contracts with solc ${solc.version()} (evm ${EVM_VERSION})\n`);
