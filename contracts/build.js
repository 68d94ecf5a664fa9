#!/usr/bin/env node
// Compiles every contract under src/ with the pinned solc (package.json)
// through its standard-JSON interface, optimizer on and an explicit EVM
// version, and writes artifacts/combined.json: the ABI and creation bytecode
// of each deployable contract, in solc's --combined-json shape so that abigen
// can read it. The output is deterministic (sorted, no metadata hash), so CI
// can rebuild it and fail on any difference.
//
// A second pass compiles the third-party contracts the tests lend against,
// Morpho Blue's Morpho and its IrmMock, from the pinned npm package with the
// compiler it was released with (solc19 = solc 0.8.19) and its own settings,
// into artifacts/morpho.json (same shape, same determinism).
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

function compile(inp, compiler = solc) {
  const out = JSON.parse(compiler.compile(JSON.stringify(inp), { import: findImport }));
  let failed = false;
  for (const e of out.errors || []) {
    if (e.severity === 'error') failed = true;
    if (inp === input || compiler !== solc) process.stderr.write(e.formattedMessage + '\n');
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

// Second pass: Morpho Blue 1.0.0 with Morpho's own settings (its
// foundry.toml: solc 0.8.19, via-IR, 999,999 optimizer runs, EVM paris,
// bytecode_hash none), the settings of its deployments. Paris is also the
// newest EVM version 0.8.19 knows; the code runs unchanged on later forks.
// Like Morpho's build it keeps the CBOR trailer, which without a hash holds
// only the compiler version: deterministic all the same.
const solc19 = require('solc19');
const MORPHO_PKG = '@morpho-org/morpho-blue';
const MORPHO_EVM_VERSION = 'paris';
const MORPHO_OPTIMIZER_RUNS = 999999;
const MORPHO_CONTRACTS = [MORPHO_PKG + '/src/Morpho.sol:Morpho', MORPHO_PKG + '/src/mocks/IrmMock.sol:IrmMock'];
const morphoInput = {
  language: 'Solidity',
  sources: {},
  settings: {
    evmVersion: MORPHO_EVM_VERSION,
    viaIR: true,
    optimizer: { enabled: true, runs: MORPHO_OPTIMIZER_RUNS },
    metadata: { bytecodeHash: 'none' },
    outputSelection: {},
  },
};
for (const key of MORPHO_CONTRACTS) {
  const [file, name] = key.split(':');
  morphoInput.sources[file] = { content: fs.readFileSync(path.join(root, 'node_modules', file), 'utf8') };
  morphoInput.settings.outputSelection[file] = { [name]: ['abi', 'evm.bytecode.object'] };
}
const morphoStart = Date.now();
const morphoOut = compile(morphoInput, solc19);
const morphoContracts = {};
for (const key of MORPHO_CONTRACTS) {
  const [file, name] = key.split(':');
  const c = morphoOut.contracts[file][name];
  morphoContracts[key] = { abi: c.abi, bin: c.evm.bytecode.object };
}
const morpho = {
  contracts: morphoContracts,
  package: MORPHO_PKG + '@' + JSON.parse(fs.readFileSync(path.join(root, 'node_modules', MORPHO_PKG, 'package.json'), 'utf8')).version,
  version: solc19.version(),
  evmVersion: MORPHO_EVM_VERSION,
  optimizerRuns: MORPHO_OPTIMIZER_RUNS,
  viaIR: true,
};
fs.writeFileSync(path.join(root, 'artifacts', 'morpho.json'), JSON.stringify(morpho, null, 1) + '\n');
process.stdout.write(`compiled ${MORPHO_CONTRACTS.length} contracts of ${morpho.package} with solc ${solc19.version()} ` +
  `(evm ${MORPHO_EVM_VERSION}, via-IR) in ${((Date.now() - morphoStart) / 1000).toFixed(1)} s\n`);
