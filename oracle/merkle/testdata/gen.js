// gen.js writes vectors.json: StandardMerkleTree roots, leaf hashes and
// proofs from OpenZeppelin's own JavaScript library, the reference the Go
// tree (../tree.go) is tested against. Run it again only to add cases:
//
//   npm install --prefix /tmp/ozmt @openzeppelin/merkle-tree@1.0.8
//   NODE_PATH=/tmp/ozmt/node_modules node gen.js > vectors.json
//
// The values are deterministic (no randomness), so the file is stable.
const { StandardMerkleTree } = require('@openzeppelin/merkle-tree');

const types = ['uint256', 'uint256', 'uint256', 'uint256'];
const max64 = (1n << 64n) - 1n;

// values(n, seed) gives n leaves (leaseId, delivered, undelivered, reasons)
// from a small linear congruential sequence, with edge values mixed in.
function values(n, seed) {
  let x = BigInt(seed);
  const next = () => {
    x = (x * 6364136223846793005n + 1442695040888963407n) & max64;
    return x;
  };
  const out = [];
  for (let i = 0; i < n; i++) {
    const id = BigInt(i + 1) + (next() % 1000n) * 100n;
    const delivered = next() % 10000n;
    const undelivered = i % 3 === 0 ? 0n : next() % 500n;
    const reasons = i % 4 === 0 ? 0n : (1n << 5n) | (i % 2 === 0 ? 1n << 6n : 0n);
    out.push([id, delivered, undelivered, reasons].map(String));
  }
  if (n >= 5) out[4] = [String(max64), String(max64), '0', String(max64)];
  return out;
}

const cases = [];
for (const [n, seed] of [[1, 1], [2, 2], [3, 3], [4, 4], [5, 5], [7, 7], [8, 8], [13, 13], [32, 32], [100, 100]]) {
  const vs = values(n, seed);
  const tree = StandardMerkleTree.of(vs, types);
  cases.push({
    values: vs,
    root: tree.root,
    leafHashes: vs.map(v => tree.leafHash(v)),
    proofs: vs.map((_, i) => tree.getProof(i)),
  });
}
// One case per line keeps the file diffable.
process.stdout.write('{"library":"@openzeppelin/merkle-tree 1.0.8","types":' + JSON.stringify(types) + ',"cases":[\n' +
  cases.map(c => JSON.stringify(c)).join(',\n') + '\n]}\n');
