// Module QuadStore.
