// pnpm hooks. `beforePacking` shapes the package.json that `pnpm pack`/`publish` writes into a
// tarball: a published package names no development dependencies (the SDK's point to private
// workspace packages that npm could never resolve, and npm does not install them anyway).
module.exports = {
  hooks: {
    beforePacking(pkg) {
      const { devDependencies: _dev, ...published } = pkg;
      return published;
    },
  },
};
